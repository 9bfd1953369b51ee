/**
 * Numbers, working-day deadlines and phone numbers.
 *
 * A no-break space (U+00A0) joins a count to its noun (`15 рабочих дней`), and
 * `Intl.NumberFormat` groups thousands with one in both languages (`1 234 567`).
 */

import type {Locale} from './locale.js'
import {pluralRu} from './plural.js'

/** Format a number with local grouping and decimal comma, such as `1 234 567,5`. */
export function formatNumber(value: number, locale: Locale): string {
  const format = (numberFormats[locale] ??= new Intl.NumberFormat(locale))
  return format.format(value)
}

/** Write a deadline in working days, such as `3 рабочих дня` or `15 жұмыс күні`, throwing a `RangeError` if `count` is not a whole number of days. */
export function formatWorkingDays(count: number, locale: Locale): string {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(
      'Expected a whole, non-negative number of working days, not `' +
        count +
        '`'
    )
  }

  return (
    count +
    '\u00A0' +
    (locale === 'ru'
      ? pluralRu(count, {
          one: 'рабочий день',
          few: 'рабочих дня',
          many: 'рабочих дней'
        })
      : 'жұмыс күні')
  )
}

/** Check whether `value` is `+` and 8 to 15 digits (spaces, hyphens and one pair of parentheses allowed) or a Kazakh `8XXXXXXXXXX` number. */
export function isValidPhone(value: string): boolean {
  const trimmed = value.trim()
  // Turn `(727)` into a group of its own; a second pair of parentheses stays
  // and fails the pattern below.
  const grouped = trimmed.replace(/\((\d+)\)/, ' $1 ').trim()

  if (!/^\+?\d+(?:[ -]+\d+)*$/.test(grouped)) return false

  const digits = digitsOf(trimmed)

  return trimmed.startsWith('+')
    ? digits.length >= 8 && digits.length <= 15 && !digits.startsWith('0')
    : /^8\d{10}$/.test(digits)
}

/**
 * Normalize a phone number, throwing a `TypeError` if it is not valid: in the international form,
 * its digits in the groups the company wrote them in, with spaces (`8 (7172) 55-12-34` →
 * `+7 7172 55 12 34`: an area code of four digits, as Astana's, is no group of three); written
 * without groups, `+7 727 338 39 93` for Kazakhstan and Russia, `+` and the digits otherwise.
 */
export function formatPhone(value: string): string {
  const digits = internationalDigits(value)
  const groups = value.match(/\d+/g) ?? []
  if (groups.length > 1) {
    const [first = '', ...rest] = groups
    // The trunk prefix 8 of a Kazakh number written nationally is the country code 7, and so is the 7
    // of +7 written against the area code (`+7727 …`): the country code is a group of its own.
    const national = !value.trim().startsWith('+')
    const lead = national || (digits.length === 11 && first.startsWith('7')) ? ['7', ...(first.length > 1 ? [first.slice(1)] : [])] : [first]
    const written = [...lead, ...rest]
    // A group of eight digits or more after the country code is no grouping: the usual one is used.
    if (!(digits.startsWith('7') && written.slice(1).some((group) => group.length >= 8))) return '+' + written.join(' ')
  }
  const national = /^7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(digits)

  return national
    ? '+7 ' + national.slice(1).join(' ')
    : '+' + digits
}

/** Turn a phone number into a `tel:` link target, such as `tel:+77273383993`. */
export function phoneHref(value: string): string {
  return 'tel:+' + internationalDigits(value)
}

/**
 * Each locale's number format, made when first used: making one loads the locale's ICU data (13 ms),
 * which `validate`, checking only phone numbers, never needs.
 */
const numberFormats: Partial<Record<Locale, Intl.NumberFormat>> = {}

/** The digits of a valid phone number in international form, without `+`. */
function internationalDigits(value: string): string {
  if (!isValidPhone(value)) {
    throw new TypeError(
      'Invalid phone number `' +
        value +
        '`: expected `+` and 8 to 15 digits, or a Kazakh number such as `8 727 338 39 93`'
    )
  }

  const digits = digitsOf(value)
  // The Kazakh and Russian trunk prefix `8` stands for the country code `7`.
  return value.trim().startsWith('+') ? digits : '7' + digits.slice(1)
}

function digitsOf(value: string): string {
  return value.replace(/\D/g, '')
}
