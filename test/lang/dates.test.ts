import {afterEach, describe, expect, it} from 'vitest'
import {formatDate, isValidIsoDate} from '../../src/lang/dates.js'

const nbsp = '\u00A0'

describe('formatDate', () => {
  const originalTz = process.env['TZ']

  afterEach(() => {
    if (originalTz === undefined) delete process.env['TZ']
    else process.env['TZ'] = originalTz
  })

  it('writes a Russian date with the month in the genitive', () => {
    expect(formatDate('2025-11-17', 'ru')).toBe('17 ноября 2025' + nbsp + 'г.')
  })

  it('writes a Kazakh date as year, `жылғы`, day and month', () => {
    expect(formatDate('2025-11-17', 'kk')).toBe(
      '2025' + nbsp + 'жылғы 17 қараша'
    )
  })

  it('drops the leading zero of the day', () => {
    expect(formatDate('2026-01-05', 'ru')).toBe('5 января 2026' + nbsp + 'г.')
    expect(formatDate('2026-01-05', 'kk')).toBe('2026' + nbsp + 'жылғы 5 қаңтар')
  })

  it('names every month in both languages', () => {
    const months = Array.from({length: 12}, (_, index) =>
      String(index + 1).padStart(2, '0')
    )

    expect(months.map((month) => formatDate(`2025-${month}-01`, 'ru'))).toEqual(
      [
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
      ].map((name) => `1 ${name} 2025${nbsp}г.`)
    )
    expect(months.map((month) => formatDate(`2025-${month}-01`, 'kk'))).toEqual(
      [
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
      ].map((name) => `2025${nbsp}жылғы 1 ${name}`)
    )
  })

  it('keeps the calendar day whatever the time zone', () => {
    for (const tz of ['Pacific/Kiritimati', 'America/Adak', 'Asia/Almaty']) {
      process.env['TZ'] = tz
      expect(formatDate('2025-11-17', 'ru')).toBe('17 ноября 2025' + nbsp + 'г.')
      expect(formatDate('2025-12-31', 'kk')).toBe(
        '2025' + nbsp + 'жылғы 31 желтоқсан'
      )
    }
  })

  it('throws a `TypeError` on something that is not a date', () => {
    expect(() => formatDate('2025-02-30', 'ru')).toThrow(TypeError)
    expect(() => formatDate('17.11.2025', 'kk')).toThrow(
      'Expected a calendar date as `YYYY-MM-DD`, not `17.11.2025`'
    )
  })
})

describe('isValidIsoDate', () => {
  it.each([
    ['2025-11-17', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2025-12-31', true],
    ['2025-04-30', true],
    ['2025-02-30', false],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['2025-1-1', false],
    ['25-01-01', false],
    ['2025-11-17T00:00:00Z', false],
    [' 2025-11-17', false],
    ['2025/11/17', false],
    ['', false]
  ])('%j → %s', (value, expected) => {
    expect(isValidIsoDate(value)).toBe(expected)
  })
})
