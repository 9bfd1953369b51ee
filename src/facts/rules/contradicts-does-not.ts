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

type Absent = NonNullable<NonNullable<Facts['personalData']>['notCollected']>[number]

/** The data items that are exactly what a `notCollected` entry says the company does not collect. */
const itemsOf: Partial<Record<Absent, string>> = {health: 'health', 'identity-document-copies': 'id-document-copy'}

/**
 * Facts that say the company collects what `notCollected` says it does not, with their paths. Only
 * the unmistakable ones: `geolocation` may be a city's worth of precision, and `payment-details`
 * need not be a card or an account, so `precise-location`, `payment-cards` and `bank-accounts`
 * have nothing that contradicts them.
 */
function collected(facts: Facts, absent: Absent): PathSegment[][] {
  const data = facts.personalData
  const item = itemsOf[absent]
  const listed = (items: readonly string[] | undefined, at: PathSegment[]): PathSegment[][] => (item && items?.includes(item) ? [[...at, 'items', items.indexOf(item)]] : [])
  switch (absent) {
    case 'biometric':
      return data?.biometric === true ? [['personalData', 'biometric']] : []
    case 'children':
      return data?.minors?.collected === true ? [['personalData', 'minors', 'collected']] : []
    default:
      return [
        ...(data?.categories ?? []).flatMap((category, index) => listed(category.items, ['personalData', 'categories', index])),
        ...listed(facts.collectedData?.items, ['collectedData']),
        ...listed(facts.serverLogs?.items, ['serverLogs'])
      ]
  }
}

/** `contradicts-does-not`: What the company says it does not do, or does not collect, is not contradicted by another fact. */
export const contradictsDoesNot = defineRule({
  id: 'contradicts-does-not',
  severity: 'error',
  summary: {
    en: 'What the company says it does not do (`doesNot`) or does not collect (`personalData.notCollected`) is not contradicted by another fact: no cookie policy and cookies with `use-cookies`, no analytics category with `use-analytics`, no `health` data item with `notCollected: [health]`, and so on.',
    ru: 'То, чего компания, по её словам, не делает (`doesNot`) или не собирает (`personalData.notCollected`), не опровергается другим фактом: политика cookie и файлы cookie несовместимы с `use-cookies`, аналитическая категория — с `use-analytics`, сведения `health` — с `notCollected: [health]` и так далее.',
    kk: 'Компания істемейміз (`doesNot`) немесе жинамаймыз (`personalData.notCollected`) деп мәлімдеген нәрсеге басқа факт қайшы келмейді: cookie саясаты мен cookie файлдары `use-cookies` мәлімдемесімен, аналитикалық санат `use-analytics` мәлімдемесімен, `health` мәліметі `notCollected: [health]` мәлімдемесімен сыйыспайды және сол сияқты.'
  },
  check: (facts) => [
    ...(facts.doesNot ?? []).flatMap((statement, index): Finding[] =>
      contradictions(facts, statement).map((found) => ({path: ['doesNot', index], params: {statement, what: found.what, other: formatFactPath(found.path)}}))
    ),
    ...(facts.personalData?.notCollected ?? []).flatMap((absent, index): Finding[] =>
      collected(facts, absent).map((path) => ({path: ['personalData', 'notCollected', index], params: {statement: absent, collect: 'yes', other: formatFactPath(path)}}))
    )
  ],
  message: {
    en: (p) =>
      p.collect
        ? `${where(p, 'en')}the facts say the company does not collect \`${p.statement}\`, but \`${p.other}\` says it does, and the privacy policy would print both. One of the two is wrong: remove \`${p.statement}\` from \`personalData.notCollected\`, or correct \`${p.other}\`.`
        : `${where(p, 'en')}the facts say the company does not \`${p.statement}\`, but ${p.what} (\`${p.other}\`). One of the two is wrong: remove the statement or the fact.`,
    ru: (p) =>
      p.collect
        ? `${where(p, 'ru')}в фактах сказано, что компания не собирает \`${p.statement}\`, но факт \`${p.other}\` говорит, что собирает, и политика конфиденциальности напечатала бы и то и другое. Одно из двух неверно: уберите \`${p.statement}\` из \`personalData.notCollected\` или исправьте \`${p.other}\`.`
        : `${where(p, 'ru')}в фактах сказано, что компания не делает \`${p.statement}\`, но это противоречит факту \`${p.other}\`. Одно из двух неверно: уберите утверждение или факт.`,
    kk: (p) =>
      p.collect
        ? `${where(p, 'kk')}фактілерде компанияның \`${p.statement}\` жинамайтыны айтылған, бірақ \`${p.other}\` фактісі жинайтынын көрсетеді, ал құпиялылық саясаты екеуін де басып шығарар еді. Екеуінің бірі қате: \`${p.statement}\` мәнін \`personalData.notCollected\` ішінен алып тастаңыз немесе \`${p.other}\` фактісін түзетіңіз.`
        : `${where(p, 'kk')}фактілерде компанияның \`${p.statement}\` істемейтіні айтылған, бірақ бұған \`${p.other}\` фактісі қайшы келеді. Екеуінің бірі қате: мәлімдемені немесе фактіні алып тастаңыз.`
  }
})
