/**
 * Lists joined with a conjunction.
 *
 * Written by hand rather than with `Intl.ListFormat`, which has no conjunction
 * for Kazakh (`A, B, C`), so both languages behave the same on every ICU.
 */

import type {Locale} from '../lib/locale.js'

/** How the items of a list relate: all of them (`и`, `және`) or one of them (`или`, `немесе`). */
export type ListType = 'and' | 'or'

/** Join items as `A, B и C` (ru) or `A, B және C` (kk), with no comma before the conjunction. */
export function joinList(
  items: readonly string[],
  locale: Locale,
  type: ListType = 'and'
): string {
  const last = items.at(-1)
  if (last === undefined) return ''
  if (items.length === 1) return last

  return (
    items.slice(0, -1).join(', ') + ' ' + conjunctions[locale][type] + ' ' + last
  )
}

const conjunctions: Record<Locale, Record<ListType, string>> = {
  ru: {and: 'и', or: 'или'},
  kk: {and: 'және', or: 'немесе'}
}
