import {clausePlaceholders, isClausePlaceholder, parseClauseBody, placeholdersOf} from '../clause-markdown.js'
import {where} from '../messages.js'
import {closest} from '../suggest.js'
import {clauseBodies} from './clause-body.js'
import {defineRule, type Finding} from './rule.js'

const known = clausePlaceholders.map((name) => `\`{{${name}}}\``).join(', ')

/** `unknown-placeholder`: A `{{…}}` in a custom clause body names a fact policygen can print there. */
export const unknownPlaceholder = defineRule({
  id: 'unknown-placeholder',
  severity: 'error',
  summary: {
    en: 'Every `{{…}}` in a custom clause body names a fact policygen can print there, such as `{{org.term}}`, so none is printed as written.',
    ru: 'Каждая вставка `{{…}}` в тексте собственного раздела компании называет факт, который policygen может подставить, например `{{org.term}}`, поэтому ни одна не печатается как есть.',
    kk: 'Компанияның өз бөлімінің мәтініндегі әр `{{…}}` қойындысы policygen қоя алатын фактіні атайды, мысалы `{{org.term}}`, сондықтан ешқайсысы жазылған күйінде басылмайды.'
  },
  check: (facts) =>
    clauseBodies(facts).flatMap(({text, path}): Finding[] => {
      const {tree} = parseClauseBody(text)
      if (!tree) return []
      return placeholdersOf(tree)
        .filter(({name}) => !isClausePlaceholder(name))
        .map(({name, written}) => {
          const suggestion = closest(name, clausePlaceholders)
          return {path, text: written, params: {written, ...(suggestion ? {suggestion: `{{${suggestion}}}`} : {})}}
        })
    }),
  message: {
    en: (p) => `${where(p, 'en')}\`${p.written}\` is not a fact policygen can print here${p.suggestion ? `; did you mean \`${p.suggestion}\`?` : '.'} A clause may print ${known}. To print the braces themselves, write them as code, between backticks.`,
    ru: (p) => `${where(p, 'ru')}\`${p.written}\` — не факт, который policygen может подставить${p.suggestion ? `; возможно, имелось в виду \`${p.suggestion}\`?` : '.'} В тексте раздела можно использовать ${known}. Чтобы напечатать сами фигурные скобки, оформите их как код — в обратных кавычках.`,
    kk: (p) => `${where(p, 'kk')}\`${p.written}\` — policygen қоя алатын факт емес${p.suggestion ? `; мүмкін, \`${p.suggestion}\` деп жазу керек пе?` : '.'} Бөлім мәтінінде мыналарды пайдалануға болады: ${known}. Фигуралық жақшалардың өзін басып шығару үшін оларды код ретінде, кері тырнақшалардың ішіне жазыңыз.`
  }
})
