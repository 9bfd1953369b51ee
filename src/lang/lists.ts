/**
 * Lists joined with a conjunction.
 *
 * Written by hand rather than with `Intl.ListFormat`, which has no conjunction
 * for Kazakh (`A, B, C`), so both languages behave the same on every ICU.
 */

import type {Locale} from './locale.js'

/** How the items of a list relate: all of them (`и`, `және`) or one of them (`или`, `немесе`). */
export type ListType = 'and' | 'or'

/**
 * Join items as `A, B и C` (ru) or `A, B және C` (kk), with no comma before the conjunction.
 * When an item holds a comma or the conjunction itself (`браузер и его версия`), commas would
 * blur where one item ends, so the items are separated by semicolons instead, as legal texts do:
 * `A; B и его версия; C` — and, for one of them, `A; B; или C`. Of two items, only the first's
 * commas do: `A или B, C` is one list of two.
 */
export function joinList(
  items: readonly string[],
  locale: Locale,
  type: ListType = 'and'
): string {
  const last = items.at(-1)
  if (last === undefined) return ''
  if (items.length === 1) return last

  const conjunction = conjunctions[locale][type]
  // The commas of the second of two items come after the conjunction, where they cannot blur where the
  // first item ends: `письмом на адрес X или заявлением по адресу: г. Алматы, ул. Абая, 1`.
  const blurs = (item: string, index: number) => (item.includes(',') && !(items.length === 2 && index === 1)) || conjunctionWords[locale].test(item)
  const ambiguous = items.some(blurs)
  // An alternative keeps its conjunction, or the list would read as all of the items: `A; или B`.
  if (ambiguous) return type === 'or' ? `${items.slice(0, -1).join('; ')}; ${conjunction} ${last}` : items.join('; ')
  return joined(items, conjunction)
}

/**
 * Join phrases that each begin or end with their own head word (`на сайте X`, `в мобильных
 * приложениях A и B`; `X сайтында`, `A және B қосымшаларында`) as `A, B и C`: a conjunction inside a
 * phrase cannot blur where the phrase ends, so they are never separated by semicolons. The same holds
 * of items each in quotes (`«A, B»`, `«C и D»`).
 */
export function joinPhrases(phrases: readonly string[], locale: Locale): string {
  const last = phrases.at(-1)
  if (last === undefined) return ''
  if (phrases.length === 1) return last
  return joined(phrases, conjunctions[locale].and)
}

/** `A, B и C`: commas, and the conjunction before the last of two or more items. */
function joined(items: readonly string[], conjunction: string): string {
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1) ?? ''}`
}

const conjunctions: Record<Locale, Record<ListType, string>> = {
  ru: {and: 'и', or: 'или'},
  kk: {and: 'және', or: 'немесе'}
}

/** Either conjunction of a locale as a word of its own, inside an item (`браузер и его версия`). */
const conjunctionWords: Record<Locale, RegExp> = {
  ru: new RegExp(`(^|\\s)(${conjunctions.ru.and}|${conjunctions.ru.or})(\\s|$)`),
  kk: new RegExp(`(^|\\s)(${conjunctions.kk.and}|${conjunctions.kk.or})(\\s|$)`)
}
