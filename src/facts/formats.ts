import {parseDuration} from '../lang/durations.js'
import {isValidPhone} from '../lang/numbers.js'
import {parseRetention} from '../lang/retention.js'
import {isValidBin} from './bin.js'
import {isCleanMultiline, isSingleLine} from './text-hazards.js'

/**
 * Characters a web address may not hold as written: a browser reads `\` as `/` and Markdown as an
 * escape (`https://yandex.ru\@evil.com` would link to evil.com), `|` ends a table's cell, and
 * `<`, `>`, `"`, `{`, `}`, `^` and `` ` `` are never part of an address unencoded.
 */
export const unsafeInUrl = /[\\|<>"{}^`]/

/** An https address with a real host name (`example.kz`, `портал.қаз`), no user name or password, none of `unsafeInUrl`. */
export function isHttpsUrl(value: string): boolean {
  if (!/^https:\/\/[^\s]+$/.test(value) || unsafeInUrl.test(value)) return false
  try {
    const url = new URL(value)
    return url.protocol === 'https:' && url.username === '' && url.password === '' && /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9][a-z0-9-]*[a-z0-9]$/.test(url.hostname)
  } catch {
    return false
  }
}

/** The string formats policygen's schema uses beyond JSON Schema's own, each a check of one value. */
export const customFormats: Readonly<Record<string, (value: string) => boolean>> = {
  phone: isValidPhone,
  'kz-bin': isValidBin,
  period: (value) => parseDuration(value)?.kind === 'period',
  retention: (value) => parseRetention(value, 'cookie') !== undefined,
  'data-retention': (value) => parseRetention(value, 'data') !== undefined,
  'consent-validity': (value) => value === 'until-withdrawn' || parseDuration(value)?.kind === 'period',
  'https-url': isHttpsUrl,
  'single-line': isSingleLine,
  'multiline-text': isCleanMultiline
}
