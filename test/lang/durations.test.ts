import {describe, expect, it} from 'vitest'
import {
  compareDurations,
  durationInWords,
  formatDuration,
  formatDurationRange,
  parseDuration,
  type Duration
} from '../../src/lang/durations.js'

const nbsp = '\u00A0'

/** Parse a duration known to be valid. */
function duration(value: string): Duration {
  const result = parseDuration(value)
  if (!result) throw new Error('Invalid test duration: ' + value)
  return result
}

/** Write the spaces of an expected string as no-break spaces between a number and its unit. */
function tie(value: string): string {
  return value.replace(/(\d) /g, '$1' + nbsp)
}

describe('parseDuration', () => {
  it.each([
    ['session', {kind: 'session'}],
    ['P1Y', {kind: 'period', amount: 1, unit: 'year'}],
    ['P24M', {kind: 'period', amount: 24, unit: 'month'}],
    ['P2W', {kind: 'period', amount: 2, unit: 'week'}],
    ['P30D', {kind: 'period', amount: 30, unit: 'day'}],
    ['PT12H', {kind: 'period', amount: 12, unit: 'hour'}],
    ['PT15M', {kind: 'period', amount: 15, unit: 'minute'}],
    ['PT30S', {kind: 'period', amount: 30, unit: 'second'}],
    ['P400D', {kind: 'period', amount: 400, unit: 'day'}]
  ])('%s', (value, expected) => {
    expect(parseDuration(value)).toEqual(expected)
  })

  it.each([
    'P0D',
    'PT0S',
    'P1Y2M',
    'PT1H30M',
    'P1DT12H',
    'P',
    'PT',
    '1Y',
    'P-1D',
    '-P1D',
    'P1.5Y',
    'P1,5Y',
    'P01D',
    'PT1D',
    'P1H',
    'p1y',
    ' P1Y',
    'P1Y ',
    'Session',
    'P99999999999999999999D',
    ''
  ])('rejects %j', (value) => {
    expect(parseDuration(value)).toBe(undefined)
  })
})

describe('formatDuration', () => {
  it.each([
    ['P1Y', '1 год', '1 жыл'],
    ['P2Y', '2 года', '2 жыл'],
    ['P5Y', '5 лет', '5 жыл'],
    ['P11Y', '11 лет', '11 жыл'],
    ['P21Y', '21 год', '21 жыл'],
    ['P1M', '1 месяц', '1 ай'],
    ['P11M', '11 месяцев', '11 ай'],
    ['P24M', '24 месяца', '24 ай'],
    ['P1W', '1 неделя', '1 апта'],
    ['P2W', '2 недели', '2 апта'],
    ['P5W', '5 недель', '5 апта'],
    ['P1D', '1 день', '1 күн'],
    ['P14D', '14 дней', '14 күн'],
    ['P21D', '21 день', '21 күн'],
    ['P30D', '30 дней', '30 күн'],
    ['P111D', '111 дней', '111 күн'],
    ['PT1H', '1 час', '1 сағат'],
    ['PT3H', '3 часа', '3 сағат'],
    ['PT12H', '12 часов', '12 сағат'],
    ['PT1M', '1 минута', '1 минут'],
    ['PT15M', '15 минут', '15 минут'],
    ['PT22M', '22 минуты', '22 минут'],
    ['PT1S', '1 секунда', '1 секунд'],
    ['PT30S', '30 секунд', '30 секунд'],
    ['PT33S', '33 секунды', '33 секунд']
  ])('%s → %s, %s', (value, ru, kk) => {
    expect(formatDuration(duration(value), 'ru')).toBe(tie(ru))
    expect(formatDuration(duration(value), 'kk')).toBe(tie(kk))
  })

  it('ties the number to the unit with a no-break space', () => {
    expect(formatDuration(duration('P2Y'), 'ru')).toBe('2\u00A0года')
  })

  it('writes a session', () => {
    expect(formatDuration(duration('session'), 'ru')).toBe('до конца сеанса')
    expect(formatDuration(duration('session'), 'kk')).toBe(
      'сеанс аяқталғанға дейін'
    )
  })
})

describe('formatDurationRange', () => {
  it.each([
    ['P1D', 'P24M', 'от 1 дня до 24 месяцев', '1 күннен 24 айға дейін'],
    ['P1Y', 'P5Y', 'от 1 года до 5 лет', '1 жылдан 5 жылға дейін'],
    ['P2Y', 'P21Y', 'от 2 лет до 21 года', '2 жылдан 21 жылға дейін'],
    ['P1M', 'P11M', 'от 1 месяца до 11 месяцев', '1 айдан 11 айға дейін'],
    ['P21M', 'P22M', 'от 21 месяца до 22 месяцев', '21 айдан 22 айға дейін'],
    ['P1W', 'P3W', 'от 1 недели до 3 недель', '1 аптадан 3 аптаға дейін'],
    ['PT1H', 'PT48H', 'от 1 часа до 48 часов', '1 сағаттан 48 сағатқа дейін'],
    ['PT1M', 'PT30M', 'от 1 минуты до 30 минут', '1 минуттан 30 минутқа дейін'],
    ['PT1S', 'PT59S', 'от 1 секунды до 59 секунд', '1 секундтан 59 секундқа дейін'],
    ['P11D', 'P31D', 'от 11 дней до 31 дня', '11 күннен 31 күнге дейін'],
    ['session', 'P24M', 'от сеанса до 24 месяцев', 'сеанстан 24 айға дейін'],
    [
      'P1D',
      'session',
      'от 1 дня до конца сеанса',
      '1 күннен сеанс аяқталғанға дейін'
    ]
  ])('%s to %s', (from, to, ru, kk) => {
    expect(formatDurationRange(duration(from), duration(to), 'ru')).toBe(tie(ru))
    expect(formatDurationRange(duration(from), duration(to), 'kk')).toBe(tie(kk))
  })
})

describe('compareDurations', () => {
  it.each([
    ['session', 'session', 0],
    ['session', 'PT1S', -1],
    ['PT1S', 'session', 1],
    ['P1D', 'P24M', -1],
    ['P2Y', 'P1Y', 1],
    ['P7D', 'P1W', 0],
    ['PT24H', 'P1D', 0],
    ['PT60M', 'PT1H', 0],
    ['P30D', 'P1M', 0],
    ['P12M', 'P1Y', -1], // 360 days against 365
    ['P365D', 'P1Y', 0],
    ['P13M', 'P1Y', 1]
  ])('%s against %s → %i', (a, b, expected) => {
    expect(compareDurations(duration(a), duration(b))).toBe(expected)
  })

  it('sorts retention periods from shortest to longest', () => {
    const values = ['P1Y', 'session', 'PT30M', 'P6M', 'P2W', 'PT12H']
    const sorted = values
      .map((value) => ({value, duration: duration(value)}))
      .sort((a, b) => compareDurations(a.duration, b.duration))
      .map((entry) => entry.value)

    expect(sorted).toEqual(['session', 'PT30M', 'PT12H', 'P2W', 'P6M', 'P1Y'])
  })
})

describe('durationInWords', () => {
  it('parses and formats', () => {
    expect(durationInWords('P2Y', 'ru')).toBe('2' + nbsp + 'года')
    expect(durationInWords('P24M', 'kk')).toBe('24' + nbsp + 'ай')
    expect(durationInWords('session', 'kk')).toBe('сеанс аяқталғанға дейін')
  })

  it('throws a `TypeError` naming the bad value', () => {
    expect(() => durationInWords('P1Y2M', 'ru')).toThrow(TypeError)
    expect(() => durationInWords('two years', 'ru')).toThrow(
      'Invalid retention period `two years`'
    )
  })
})
