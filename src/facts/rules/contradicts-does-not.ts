import type {PathSegment} from '../locate.js'
import {where} from '../messages.js'
import {formatFactPath} from '../problem.js'
import type {Facts} from '../types.js'
import {defineRule, type Finding} from './rule.js'

type Statement = NonNullable<Facts['doesNot']>[number]

/** Facts that contradict a statement of absence, with the fact's path and what it says. */
function contradictions(facts: Facts, statement: Statement): Array<{path: PathSegment[]; what: string}> {
  const cookies = facts.cookies ?? []
  const categories = facts.cookieCategories ?? []
  const parties = facts.thirdParties ?? []
  switch (statement) {
    case 'use-cookies':
      return [
        ...(facts.documents.cookiePolicy ? [{path: ['documents', 'cookiePolicy'], what: 'a cookie policy is published'}] : []),
        ...(cookies.length > 0 ? [{path: ['cookies'], what: 'cookies are listed'}] : []),
        ...(categories.length > 0 ? [{path: ['cookieCategories'], what: 'cookie categories are declared'}] : [])
      ]
    case 'use-analytics':
      return [
        ...categories.flatMap((category, index) => (category.id === 'analytics' ? [{path: ['cookieCategories', index, 'id'], what: 'an analytics cookie category is declared'}] : [])),
        ...parties.flatMap((party, index) => (party.kind === 'analytics' ? [{path: ['thirdParties', index, 'kind'], what: `${party.name} is an analytics service`}] : []))
      ]
    case 'show-advertising':
      return [
        ...categories.flatMap((category, index) => (category.id === 'marketing' ? [{path: ['cookieCategories', index, 'id'], what: 'a marketing cookie category is declared'}] : [])),
        ...parties.flatMap((party, index) => (party.kind === 'advertising' ? [{path: ['thirdParties', index, 'kind'], what: `${party.name} is an advertising service`}] : []))
      ]
    case 'transfer-abroad':
      return [
        ...(facts.crossBorder?.enabled ? [{path: ['crossBorder', 'enabled'], what: 'a cross-border transfer is declared'}] : []),
        ...parties.flatMap((party, index) => (party.country !== 'KZ' ? [{path: ['thirdParties', index, 'country'], what: `${party.name} is outside Kazakhstan`}] : []))
      ]
    case 'keep-database':
      return facts.storage ? [{path: ['storage'], what: 'a database is described under `storage`'}] : []
    default:
      return []
  }
}

/** `contradicts-does-not`: What the company says it does not do is not contradicted by another fact. */
export const contradictsDoesNot = defineRule({
  id: 'contradicts-does-not',
  severity: 'error',
  summary: {
    en: 'What the company says it does not do (`doesNot`) is not contradicted by another fact: no cookie policy and cookies with `use-cookies`, no analytics category with `use-analytics`, and so on.',
    ru: 'То, чего компания, по её словам, не делает (`doesNot`), не опровергается другим фактом: политика cookie и файлы cookie несовместимы с `use-cookies`, аналитическая категория — с `use-analytics` и так далее.',
    kk: 'Компания істемейміз деп мәлімдеген нәрсеге (`doesNot`) басқа факт қайшы келмейді: cookie саясаты мен cookie файлдары `use-cookies` мәлімдемесімен, аналитикалық санат `use-analytics` мәлімдемесімен сыйыспайды және сол сияқты.'
  },
  check: (facts) =>
    (facts.doesNot ?? []).flatMap((statement, index): Finding[] =>
      contradictions(facts, statement).map((found) => ({path: ['doesNot', index], params: {statement, what: found.what, other: formatFactPath(found.path)}}))
    ),
  message: {
    en: (p) => `${where(p, 'en')}the facts say the company does not \`${p.statement}\`, but ${p.what} (\`${p.other}\`). One of the two is wrong: remove the statement or the fact.`,
    ru: (p) => `${where(p, 'ru')}в фактах сказано, что компания не делает \`${p.statement}\`, но это противоречит факту \`${p.other}\`. Одно из двух неверно: уберите утверждение или факт.`,
    kk: (p) => `${where(p, 'kk')}фактілерде компанияның \`${p.statement}\` істемейтіні айтылған, бірақ бұған \`${p.other}\` фактісі қайшы келеді. Екеуінің бірі қате: мәлімдемені немесе фактіні алып тастаңыз.`
  }
})
