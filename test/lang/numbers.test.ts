import {describe, expect, it} from 'vitest'
import {
  formatNumber,
  formatPhone,
  formatWorkingDays,
  isValidPhone,
  phoneHref
} from '../../src/lang/numbers.js'

const nbsp = '\u00A0'

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1234, `1${nbsp}234`],
    [1_234_567, `1${nbsp}234${nbsp}567`],
    [1234.5, `1${nbsp}234,5`],
    [-20_000, `-20${nbsp}000`]
  ])('%d', (value, expected) => {
    expect(formatNumber(value, 'ru')).toBe(expected)
    expect(formatNumber(value, 'kk')).toBe(expected)
  })
})

describe('formatWorkingDays', () => {
  it.each([
    [1, 'рабочий день', 'жұмыс күні'],
    [2, 'рабочих дня', 'жұмыс күні'],
    [3, 'рабочих дня', 'жұмыс күні'],
    [5, 'рабочих дней', 'жұмыс күні'],
    [10, 'рабочих дней', 'жұмыс күні'],
    [11, 'рабочих дней', 'жұмыс күні'],
    [14, 'рабочих дней', 'жұмыс күні'],
    [15, 'рабочих дней', 'жұмыс күні'],
    [21, 'рабочий день', 'жұмыс күні'],
    [22, 'рабочих дня', 'жұмыс күні'],
    [30, 'рабочих дней', 'жұмыс күні']
  ])('%i', (count, ru, kk) => {
    expect(formatWorkingDays(count, 'ru')).toBe(count + nbsp + ru)
    expect(formatWorkingDays(count, 'kk')).toBe(count + nbsp + kk)
  })

  it('throws a `RangeError` on a count that is not a whole number', () => {
    expect(() => formatWorkingDays(1.5, 'ru')).toThrow(RangeError)
    expect(() => formatWorkingDays(-1, 'kk')).toThrow(RangeError)
    expect(() => formatWorkingDays(Number.NaN, 'kk')).toThrow(RangeError)
  })
})

describe('isValidPhone', () => {
  it.each([
    '+77273383993',
    '+7 727 338 39 93',
    '+7 (727) 338-39-93',
    '+7(727)3383993',
    '+7 701 234-56-78',
    '8 (727) 338-39-93',
    '87273383993',
    '8 727 338 39 93',
    '+49 30 1234567',
    '+49301234', // 8 digits
    '+123456789012345', // 15 digits
    '  +7 727 338 39 93  '
  ])('accepts %j', (value) => {
    expect(isValidPhone(value)).toBe(true)
  })

  it.each([
    '',
    '+',
    '+7',
    '+1234567', // 7 digits
    '+1234567890123456', // 16 digits
    '+7 727 CALL NOW',
    '+7 727 338 39 93 доб. 12',
    '+7 (727) (338) 39 93',
    '+7 (727 338 39 93',
    '+7 727) 338 39 93',
    '+7 727  338--39-93x',
    '++77273383993',
    '+07273383993',
    '7273383993',
    '77273383993',
    '8727338399', // 10 digits after all
    '872733839933',
    '3383993',
    '+7 727.338.39.93'
  ])('rejects %j', (value) => {
    expect(isValidPhone(value)).toBe(false)
  })
})

describe('formatPhone', () => {
  it.each([
    ['+77273383993', '+7 727 338 39 93'],
    ['+7 727 338 39 93', '+7 727 338 39 93'],
    ['+7 (727) 338-39-93', '+7 727 338 39 93'],
    ['8 (727) 338-39-93', '+7 727 338 39 93'],
    ['87012345678', '+7 701 234 56 78'],
    ['+7 495 123-45-67', '+7 495 123 45 67'],
    ['+49 30 1234567', '+49 30 1234567'],
    ['+998 71 123-45-67', '+998 71 123 45 67'],
    // Astana's area code has four digits: the groups written are kept (before: +7 717 255 12 34).
    ['8 (7172) 55-12-34', '+7 7172 55 12 34'],
    ['+7 7172 55 12 34', '+7 7172 55 12 34'],
    ['87172 551234', '+7 7172 551234'],
    ['+49301234567', '+49301234567'],
    // The 7 written against the area code, and groups too long to be groups.
    ['+7727 338 39 93', '+7 727 338 39 93'],
    ['+7701 123 45 67', '+7 701 123 45 67'],
    ['+7 7273383993', '+7 727 338 39 93'],
    ['8 7273383993', '+7 727 338 39 93']
  ])('%j → %j', (value, expected) => {
    expect(formatPhone(value)).toBe(expected)
  })

  it('throws a `TypeError` on an invalid number', () => {
    expect(() => formatPhone('338-39-93')).toThrow(TypeError)
    expect(() => formatPhone('call us')).toThrow(
      'Invalid phone number `call us`'
    )
  })
})

describe('phoneHref', () => {
  it.each([
    ['+7 727 338 39 93', 'tel:+77273383993'],
    ['8 (727) 338-39-93', 'tel:+77273383993'],
    ['+49 30 1234567', 'tel:+49301234567']
  ])('%j → %j', (value, expected) => {
    expect(phoneHref(value)).toBe(expected)
  })

  it('throws a `TypeError` on an invalid number', () => {
    expect(() => phoneHref('+7 727')).toThrow(TypeError)
  })
})
