import {maxClauseDepth, parseClauseBody} from '../clause-markdown.js'
import {where} from '../messages.js'
import {clauseBodies} from './clause-body.js'
import {defineRule} from './rule.js'

/** `clause-too-deep`: A clause body does not nest block quotes, lists or emphasis past the limit. */
export const clauseTooDeep = defineRule({
  id: 'clause-too-deep',
  severity: 'error',
  summary: {
    en: 'A custom clause body does not nest block quotes, lists or emphasis past what a document can lay out.',
    ru: 'В тексте собственного раздела компании цитаты, списки и выделение не вложены глубже, чем позволяет вёрстка документа.',
    kk: 'Компанияның өз бөлімінің мәтінінде дәйексөздер, тізімдер мен ерекшелеулер құжат беттеуі көтере алатын деңгейден тереңірек кірістірілмейді.'
  },
  check: (facts) => clauseBodies(facts).flatMap(({text, path}) => (parseClauseBody(text).tooDeep ? [{path, params: {limit: String(maxClauseDepth)}}] : [])),
  message: {
    en: (p) => `${where(p, 'en')}the text nests quotes (\`>\`), lists or emphasis (\`*\`, \`_\`) more than ${p.limit} levels deep. No policy needs that: flatten it into plain paragraphs and lists.`,
    ru: (p) => `${where(p, 'ru')}в тексте цитаты (\`>\`), списки или выделение (\`*\`, \`_\`) вложены глубже ${p.limit} уровней. Политике это не нужно: перепишите текст простыми абзацами и списками.`,
    kk: (p) => `${where(p, 'kk')}мәтінде дәйексөздер (\`>\`), тізімдер немесе ерекшелеу (\`*\`, \`_\`) ${p.limit} деңгейден тереңірек кірістірілген. Саясатқа мұндай тереңдік керек емес: мәтінді қарапайым абзацтармен және тізімдермен қайта жазыңыз.`
  }
})
