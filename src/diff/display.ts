/**
 * Values of facts written for reviewers, in English: `P2Y` → `2 years`, `US` → `United States (US)`,
 * `true` → `yes`, long free text shortened and quoted. The changelog is read by reviewers of a pull
 * request, not by the public, so it is in English whatever the documents' languages.
 */

import {parseDuration, type DurationUnit} from '../lang/index.js'

export {englishCountry} from '../lang/index.js'

/** Longest free text shown whole in a changelog line; longer text is cut with `…`. */
export const maxTextLength = 60

/** A retention period in English words: `2 years`, `90 days`, `session`, `until the purpose is achieved`. */
export function englishDuration(value: string): string {
  if (value === 'until-purpose') return 'until the purpose is achieved'
  const duration = parseDuration(value)
  if (!duration) return value
  if (duration.kind === 'session') return 'session'
  return `${duration.amount} ${englishUnit(duration.unit, duration.amount)}`
}

/** Free text in quotes, cut to {@link maxTextLength} characters, line breaks shown as spaces. */
export function quotedText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return `"${flat.length > maxTextLength ? `${flat.slice(0, maxTextLength - 1).trimEnd()}…` : flat}"`
}

/**
 * Any other value: `yes`/`no` for booleans, numbers as they are, strings that are keys or codes
 * as they are, strings with spaces (free text) quoted and shortened, lists joined with commas.
 */
export function plainValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return /\s/.test(value) || value.length > maxTextLength || value === '' ? quotedText(value) : value
  if (Array.isArray(value)) return value.map(plainValue).join(', ')
  if (value === null || value === undefined) return 'none'
  return quotedText(JSON.stringify(value))
}

function englishUnit(unit: DurationUnit, amount: number): string {
  return amount === 1 ? unit : `${unit}s`
}
