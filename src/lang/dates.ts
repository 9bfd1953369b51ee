/**
 * Calendar dates in Russian and Kazakh.
 *
 * Dates are read as plain calendar dates, never as instants, so the time zone
 * of the machine cannot shift them by a day.
 * A no-break space (U+00A0) keeps the year with its marker: `2025 г.` in
 * Russian and `2025 жылғы` in Kazakh; the other spaces are ordinary.
 */

import type {Locale} from './locale.js'

/** Format a `YYYY-MM-DD` date as `17 ноября 2025 г.` (ru) or `2025 жылғы 17 қараша` (kk), throwing a `TypeError` if it is not a real date. */
export function formatDate(isoDate: string, locale: Locale): string {
  const date = parseIsoDate(isoDate)

  if (!date) {
    throw new TypeError(
      'Expected a calendar date as `YYYY-MM-DD`, not `' + isoDate + '`'
    )
  }

  const {year, month, day} = date
  const name = monthNames[locale][month - 1]

  return locale === 'ru'
    ? `${day} ${name} ${year}\u00A0г.`
    : `${year}\u00A0жылғы ${day} ${name}`
}

/** Check whether `value` is a `YYYY-MM-DD` date that exists in the Gregorian calendar. */
export function isValidIsoDate(value: string): boolean {
  return parseIsoDate(value) !== undefined
}

/**
 * Month names: Russian in the genitive (`17 ноября`), Kazakh in the nominative
 * (`17 қараша`).
 */
const monthNames: Record<Locale, readonly string[]> = {
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря'
  ],
  kk: [
    'қаңтар',
    'ақпан',
    'наурыз',
    'сәуір',
    'мамыр',
    'маусым',
    'шілде',
    'тамыз',
    'қыркүйек',
    'қазан',
    'қараша',
    'желтоқсан'
  ]
}

interface CalendarDate {
  year: number
  month: number
  day: number
}

function parseIsoDate(value: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return undefined

  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])

  if (month < 1 || month > 12) return undefined
  if (day < 1 || day > daysInMonth(year, month)) return undefined

  return {year, month, day}
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}
