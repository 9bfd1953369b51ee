/**
 * Retention periods: `session`, or an ISO 8601 duration with one unit
 * (`P1Y`, `P6M`, `P2W`, `P30D`, `PT12H`, `PT15M`, `PT30S`).
 *
 * A no-break space (U+00A0) joins a number to its unit: `2 года`, `24 ай`.
 */

import type {Locale} from './locale.js'
import {withKazakhSuffix} from './kazakh-suffix.js'
import {pluralRu, type RussianPluralForms} from './plural.js'

/** A unit a retention period can be counted in. */
export type DurationUnit =
  | 'year'
  | 'month'
  | 'week'
  | 'day'
  | 'hour'
  | 'minute'
  | 'second'

/** A retention period: until the end of the session, or a whole number of one unit. */
export type Duration =
  | {kind: 'session'}
  | {kind: 'period'; amount: number; unit: DurationUnit}

/** Parse `session` or a one-unit ISO 8601 duration such as `P24M` or `PT12H`, returning `undefined` if `value` is neither. */
export function parseDuration(value: string): Duration | undefined {
  if (value === 'session') return {kind: 'session'}

  const match = /^P(?:([1-9]\d*)([YMWD])|T([1-9]\d*)([HMS]))$/.exec(value)
  if (!match) return undefined

  const [, dateAmount, dateDesignator, timeAmount, timeDesignator] = match
  const amount = Number(dateAmount ?? timeAmount)
  const unit = dateDesignator
    ? dateUnits[dateDesignator]
    : timeUnits[timeDesignator ?? '']

  if (!unit || !Number.isSafeInteger(amount)) return undefined

  return {kind: 'period', amount, unit}
}

/** Write a duration in words, such as `2 года`, `24 ай` or `до конца сеанса`. */
export function formatDuration(duration: Duration, locale: Locale): string {
  if (duration.kind === 'session') return sessionPhrase[locale]

  const {amount, unit} = duration

  return (
    amount +
    '\u00A0' +
    (locale === 'ru' ? pluralRu(amount, russianUnits[unit]) : kazakhUnits[unit])
  )
}

/** Write a range of durations, such as `от 1 дня до 24 месяцев` or `1 күннен 24 айға дейін`. */
export function formatDurationRange(
  from: Duration,
  to: Duration,
  locale: Locale
): string {
  return locale === 'ru'
    ? 'от ' + russianFrom(from) + ' до ' + russianTo(to)
    : kazakhFrom(from) + ' ' + kazakhTo(to)
}

/** Compare two durations for sorting (negative when `a` is shorter), counting a month as 30 days and a year as 365. */
export function compareDurations(a: Duration, b: Duration): number {
  if (a.kind === 'session') return b.kind === 'session' ? 0 : -1
  if (b.kind === 'session') return 1
  return Math.sign(toSeconds(a) - toSeconds(b))
}

/** Parse and write a duration in one go, such as `P2Y` → `2 года`, throwing a `TypeError` if `value` is not a valid duration. */
export function durationInWords(value: string, locale: Locale): string {
  const duration = parseDuration(value)

  if (!duration) {
    throw new TypeError(
      'Invalid retention period `' +
        value +
        '`: expected `session` or an ISO 8601 duration with one positive ' +
        'whole unit, such as `P1Y`, `P6M`, `P2W`, `P30D`, `PT12H`, `PT15M` or `PT30S`'
    )
  }

  return formatDuration(duration, locale)
}

const dateUnits: Partial<Record<string, DurationUnit>> = {
  Y: 'year',
  M: 'month',
  W: 'week',
  D: 'day'
}

const timeUnits: Partial<Record<string, DurationUnit>> = {
  H: 'hour',
  M: 'minute',
  S: 'second'
}

const sessionPhrase: Record<Locale, string> = {
  ru: 'до конца сеанса',
  kk: 'сеанс аяқталғанға дейін'
}

/** Russian units after a number in the nominative: `1 год`, `2 года`, `5 лет`. */
const russianUnits: Record<DurationUnit, RussianPluralForms> = {
  year: {one: 'год', few: 'года', many: 'лет'},
  month: {one: 'месяц', few: 'месяца', many: 'месяцев'},
  week: {one: 'неделя', few: 'недели', many: 'недель'},
  day: {one: 'день', few: 'дня', many: 'дней'},
  hour: {one: 'час', few: 'часа', many: 'часов'},
  minute: {one: 'минута', few: 'минуты', many: 'минут'},
  second: {one: 'секунда', few: 'секунды', many: 'секунд'}
}

/**
 * Russian units after a number in the genitive (`от 1 дня`, `до 2 дней`):
 * singular after numbers ending in 1 (but not 11), plural otherwise.
 */
const russianGenitiveUnits: Record<DurationUnit, RussianPluralForms> = {
  year: {one: 'года', few: 'лет', many: 'лет'},
  month: {one: 'месяца', few: 'месяцев', many: 'месяцев'},
  week: {one: 'недели', few: 'недель', many: 'недель'},
  day: {one: 'дня', few: 'дней', many: 'дней'},
  hour: {one: 'часа', few: 'часов', many: 'часов'},
  minute: {one: 'минуты', few: 'минут', many: 'минут'},
  second: {one: 'секунды', few: 'секунд', many: 'секунд'}
}

/** Kazakh units, which stay singular after a number: `1 жыл`, `2 жыл`. */
const kazakhUnits: Record<DurationUnit, string> = {
  year: 'жыл',
  month: 'ай',
  week: 'апта',
  day: 'күн',
  hour: 'сағат',
  minute: 'минут',
  second: 'секунд'
}

const secondsPerUnit: Record<DurationUnit, number> = {
  year: 365 * 86_400,
  month: 30 * 86_400,
  week: 7 * 86_400,
  day: 86_400,
  hour: 3600,
  minute: 60,
  second: 1
}

function russianFrom(duration: Duration): string {
  return duration.kind === 'session' ? 'сеанса' : russianGenitive(duration)
}

function russianTo(duration: Duration): string {
  return duration.kind === 'session' ? 'конца сеанса' : russianGenitive(duration)
}

/** A period after a preposition that takes the genitive in Russian: «от 1 дня», «не более 5 лет». */
export function russianGenitive(duration: Period): string {
  const {amount, unit} = duration
  return amount + '\u00A0' + pluralRu(amount, russianGenitiveUnits[unit])
}

function kazakhFrom(duration: Duration): string {
  return duration.kind === 'session'
    ? withKazakhSuffix('сеанс', 'ablative')
    : duration.amount +
        '\u00A0' +
        withKazakhSuffix(kazakhUnits[duration.unit], 'ablative')
}

function kazakhTo(duration: Duration): string {
  return duration.kind === 'session'
    ? sessionPhrase.kk
    : duration.amount +
        '\u00A0' +
        withKazakhSuffix(kazakhUnits[duration.unit], 'dative') +
        ' дейін'
}

function toSeconds(duration: Period): number {
  return duration.amount * secondsPerUnit[duration.unit]
}

type Period = Extract<Duration, {kind: 'period'}>
