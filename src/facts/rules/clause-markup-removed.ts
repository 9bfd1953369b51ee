import {parseClauseBody, unpublishedMarkup} from '../clause-markdown.js'
import {where} from '../messages.js'
import {clauseBodies} from './clause-body.js'
import {defineRule, type Finding} from './rule.js'

/** `clause-markup-removed`: A clause body holds no raw HTML, images or unsafe links, which are never published. */
export const clauseMarkupRemoved = defineRule({
  id: 'clause-markup-removed',
  severity: 'warning',
  summary: {
    en: 'A custom clause body holds no raw HTML, images or links other than https, mailto and tel: they are left out of every output.',
    ru: 'Текст собственного раздела компании не содержит HTML-разметки, изображений и ссылок, кроме https, mailto и tel: всё это исключается из любого выходного формата.',
    kk: 'Компанияның өз бөлімінің мәтінінде HTML белгілеуі, суреттер және https, mailto, tel сілтемелерінен басқа сілтемелер болмайды: олардың бәрі барлық шығыс пішімдерінен алынып тасталады.'
  },
  check: (facts) =>
    clauseBodies(facts).flatMap(({text, path}): Finding[] => {
      const {tree} = parseClauseBody(text)
      if (!tree) return []
      const {html, images, unsafeLinks} = unpublishedMarkup(tree)
      if (html + images + unsafeLinks === 0) return []
      const en = [html ? 'raw HTML' : '', images ? 'images' : '', unsafeLinks ? 'links that are not https, mailto or tel' : ''].filter(Boolean)
      const ru = [html ? 'HTML-разметка' : '', images ? 'изображения' : '', unsafeLinks ? 'ссылки не на https, mailto или tel' : ''].filter(Boolean)
      const kk = [html ? 'HTML белгілеуі' : '', images ? 'суреттер' : '', unsafeLinks ? 'https, mailto немесе tel емес сілтемелер' : ''].filter(Boolean)
      const join = (items: string[], and: string) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1) ?? ''}` : items[0] ?? '')
      return [{path, params: {en: join(en, 'and'), ru: join(ru, 'и'), kk: join(kk, 'және')}}]
    }),
  message: {
    en: (p) => `${where(p, 'en')}the text holds ${p.en}. No published page shows them (a policy page must not load anything or run code), so write that part as Markdown text.`,
    ru: (p) => `${where(p, 'ru')}в тексте есть ${p.ru}. Ни на одной опубликованной странице их не будет (страница политики не должна ничего загружать и выполнять), поэтому напишите эту часть обычным текстом Markdown.`,
    // The finding names the kinds in English and Russian; Kazakh reads them off the English (or takes `kk`, once given).
    kk: (p) => {
      const kinds = [/HTML/.test(p.en ?? '') ? 'HTML белгілеуі' : '', /image/.test(p.en ?? '') ? 'суреттер' : '', /link/.test(p.en ?? '') ? 'https, mailto немесе tel емес сілтемелер' : ''].filter(Boolean)
      const found = p.kk ?? (kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} және ${kinds.at(-1) ?? ''}` : kinds[0] ?? p.en)
      return `${where(p, 'kk')}мәтінде ${found} бар. Жарияланған бірде-бір бетте олар көрсетілмейді (саясат беті ештеңе жүктемеуі және код орындамауы керек), сондықтан бұл бөлікті кәдімгі Markdown мәтінімен жазыңыз.`
    }
  }
})
