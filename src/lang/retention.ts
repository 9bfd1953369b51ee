/**
 * Retention as a company states it: `session`, a period (`P2Y`), a range (`P1D/P2Y`), or a fixed
 * phrase (`until-purpose`, `until-account-deletion`, `as-required-by-law`, `set-by-provider`),
 * and its words in Russian and Kazakh.
 */

import type {Locale} from './locale.js'
import {compareDurations, formatDuration, formatDurationRange, parseDuration, russianGenitive, type Duration} from './durations.js'
import {withKazakhSuffix} from './kazakh-suffix.js'

/** A period with one unit, as `parseDuration` reads it. */
export type Period = Extract<Duration, {kind: 'period'}>

/** What a retention fact says. */
export type Retention =
  | Duration
  | {kind: 'range'; from: Period; to: Period}
  | {kind: 'until-purpose' | 'until-account-deletion' | 'as-required-by-law' | 'set-by-provider'}

/** Where a retention stands: a cookie's (session, set by the provider) or a data category's (until the purpose …). */
export type RetentionPlace = 'cookie' | 'data'

const phrases = {
  cookie: ['set-by-provider'],
  data: ['until-purpose', 'until-account-deletion', 'as-required-by-law']
} as const

/** Read a retention fact; `undefined` when it is not a form allowed at `place`. */
export function parseRetention(value: string, place: RetentionPlace): Retention | undefined {
  if ((phrases[place] as readonly string[]).includes(value)) return {kind: value as (typeof phrases)[typeof place][number]}
  const range = /^(P[^/]+)\/(P[^/]+)$/.exec(value)
  if (range) {
    const from = parseDuration(range[1] ?? '')
    const to = parseDuration(range[2] ?? '')
    if (from?.kind !== 'period' || to?.kind !== 'period' || compareDurations(from, to) >= 0) return undefined
    return {kind: 'range', from, to}
  }
  const duration = parseDuration(value)
  if (!duration || (place === 'data' && duration.kind === 'session')) return undefined
  return duration
}

/** The forms of a retention fact allowed at `place`, for messages: `session`, `P2Y`, `P1D/P2Y`, `set-by-provider`. */
export function retentionForms(place: RetentionPlace): string[] {
  return place === 'cookie' ? ['session', 'P2Y', 'P1D/P2Y', 'set-by-provider'] : ['P5Y', 'P1Y/P5Y', 'until-purpose', 'until-account-deletion', 'as-required-by-law']
}

const fixedWords: Record<'until-purpose' | 'until-account-deletion' | 'as-required-by-law' | 'set-by-provider', Record<Locale, string>> = {
  'until-purpose': {ru: 'до достижения целей обработки', kk: 'өңдеу мақсаттарына қол жеткізілгенге дейін'},
  'until-account-deletion': {ru: 'до удаления учётной записи', kk: 'есептік жазба жойылғанға дейін'},
  'as-required-by-law': {ru: 'в течение срока, установленного законодательством', kk: 'заңнамада белгіленген мерзім ішінде'},
  'set-by-provider': {ru: 'срок устанавливает поставщик', kk: 'мерзімін жеткізуші белгілейді'}
}

/**
 * A retention in words: `2 года`, `от 1 дня до 2 лет`, `до удаления учётной записи`. With `upTo`, a
 * period reads as a limit (`не более 5 лет`, `5 жылдан аспайды`); with `law`, `as-required-by-law`
 * names the act (`в течение срока, установленного Законом …`).
 */
export function retentionInWords(retention: Retention, locale: Locale, options: {upTo?: boolean; law?: string} = {}): string {
  switch (retention.kind) {
    case 'session':
      return formatDuration(retention, locale)
    case 'period':
      if (!options.upTo) return formatDuration(retention, locale)
      return locale === 'ru' ? `не более ${russianGenitive(retention)}` : `${retention.amount}\u00A0${withKazakhSuffix(kazakhUnit[retention.unit], 'ablative')} аспайтын мерзім`
    case 'range':
      return formatDurationRange(retention.from, retention.to, locale)
    case 'as-required-by-law':
      if (options.law) return locale === 'ru' ? `в течение срока, установленного ${russianActInstrumental(options.law)}` : `${kazakhLawLocative(options.law)} белгіленген мерзім ішінде`
      return fixedWords[retention.kind][locale]
    default:
      return fixedWords[retention.kind][locale]
  }
}

/** The head word of a Russian act's name, in the nominative, and its instrumental (for «установленного …»). */
const actInstrumental: ReadonlyArray<[string, string]> = [
  ['Законы', 'Законами'],
  ['Закон', 'Законом'],
  ['Кодекс', 'Кодексом'],
  ['Постановление', 'Постановлением'],
  ['Приказ', 'Приказом'],
  ['Указ', 'Указом'],
  ['Правила', 'Правилами'],
  ['Положение', 'Положением'],
  ['Решение', 'Решением'],
  ['Инструкция', 'Инструкцией'],
  ['Перечень', 'Перечнем'],
  ['Требования', 'Требованиями'],
  ['Регламент', 'Регламентом'],
  ['Стандарт', 'Стандартом']
]

/**
 * The act a fixed retention comes from, as words that follow the retention: «срок установлен
 * Законом Республики Казахстан «О …»», ««…» Қазақстан Республикасының Заңында белгіленген мерзім».
 * A retention «as long as the law requires» names its act itself (see `retentionInWords`).
 */
export function retentionLawInWords(law: string, locale: Locale): string {
  return locale === 'ru' ? `срок установлен ${russianActInstrumental(law)}` : `${kazakhLawLocative(law)} белгіленген мерзім`
}

/**
 * The name of an act in the Russian instrumental, as «в течение срока, установленного …» needs it:
 * a name written in the nominative («Закон Республики Казахстан «О …»», «Трудовой кодекс Республики
 * Казахстан») gets its head word declined («Законом …», «Трудовым кодексом …»); the words after it are
 * in the genitive or in quotes, the same in both cases. A name in the instrumental already, or not
 * headed by such a word, stays as written.
 */
export function russianActInstrumental(name: string): string {
  for (const [nominative, instrumental] of actInstrumental) {
    const head = new RegExp(`^${nominative}(?=[\\s«"]|$)`, 'iu').exec(name)
    if (head) return `${matchCase(instrumental, head[0])}${name.slice(head[0].length)}`
  }
  // An adjective before «кодекс» or «закон»: Трудовой кодекс → Трудовым кодексом, Конституционный закон → Конституционным законом.
  const coded = /^([\p{L}-]+?)(ый|ой|ий) (кодекс|закон)(?=[\s«"]|$)/iu.exec(name)
  if (coded) {
    const [whole, stem = '', ending = '', noun = ''] = coded
    return `${stem}${matchCase(ending.toLowerCase() === 'ий' ? 'им' : 'ым', ending)} ${noun}${matchCase('ом', noun)}${name.slice(whole.length)}`
  }
  // An adjective before «правила» or «требования»: Типовые правила → Типовыми правилами.
  const plural = /^([\p{L}-]+?)(ые|ие) (правила|требования)(?=[\s«"]|$)/iu.exec(name)
  if (plural) {
    const [whole, stem = '', ending = '', noun = ''] = plural
    return `${stem}${matchCase(ending.toLowerCase() === 'ие' ? 'ими' : 'ыми', ending)} ${noun}${matchCase('ми', noun)}${name.slice(whole.length)}`
  }
  return name
}

/** `word` in the case `as` is written in: all small, all capitals, or as given. */
function matchCase(word: string, as: string): string {
  if (as === as.toLowerCase()) return word.toLowerCase()
  if (as === as.toUpperCase() && as.length > 1) return word.toUpperCase()
  return word
}

const kazakhUnit: Record<Period['unit'], string> = {year: 'жыл', month: 'ай', week: 'апта', day: 'күн', hour: 'сағат', minute: 'минут', second: 'секунд'}

/**
 * The name of an act in the Kazakh locative: «…» Заңы → «…» Заңында (the possessive takes `н`),
 * any other ending with its harmony (Кодекс → Кодексте).
 */
function kazakhLawLocative(law: string): string {
  if (law.endsWith('ы')) return `${law}нда`
  if (law.endsWith('і')) return `${law}нде`
  return withKazakhSuffix(law, 'locative')
}
