import {describe, expect, it} from 'vitest'
import {binCheckDigit, isValidBin} from '../../src/facts/bin.js'

describe('isValidBin', () => {
  it.each(['060440001230', '110340004560', '180940004961', '850101300124'])('accepts %s', (value) => {
    expect(isValidBin(value)).toBe(true)
  })

  it.each([
    ['a wrong check digit', '060440001231'],
    ['another wrong check digit', '180940004960'],
    ['11 digits', '06044000123'],
    ['13 digits', '0604400012300'],
    ['a letter', '06044000123A'],
    ['Cyrillic О for zero', 'О60440001230'],
    ['spaces', '060 440 001 230'],
    ['a leading space', ' 060440001230'],
    ['a trailing newline', '060440001230\n'],
    ['nothing', ''],
    ['a minus sign', '-60440001230'],
    ['digits whose check digit would be 10 in both passes', '060440001340']
  ])('refuses %s', (_, value) => {
    expect(isValidBin(value)).toBe(false)
  })

  it('accepts exactly one last digit for the first 11 digits', () => {
    const valid = Array.from({length: 10}, (_, digit) => `18094000496${digit}`).filter(isValidBin)
    expect(valid).toEqual(['180940004961'])
  })
})

describe('binCheckDigit', () => {
  it.each([
    ['06044000123', 0],
    ['11034000456', 0],
    ['18094000496', 1],
    ['85010130012', 4]
  ])('gives the check digit of %s: %i', (first11, digit) => {
    expect(binCheckDigit(first11)).toBe(digit)
  })

  it('uses the second weights when the first pass gives 10', () => {
    // 1·1+8·2+0·3+9·4+4·5+0+0+0+4·9+0+0 = 109, and 109 mod 11 = 10; the second pass gives 7.
    expect(binCheckDigit('18094000400')).toBe(7)
    expect(isValidBin('180940004007')).toBe(true)
  })

  it('gives undefined when both passes give 10 (no БИН starts with these digits)', () => {
    expect(binCheckDigit('06044000134')).toBeUndefined()
  })

  it('agrees with isValidBin', () => {
    for (const first11 of ['06044000123', '11034000456', '18094000496', '85010130012', '99999999999', '00000000001']) {
      const digit = binCheckDigit(first11)
      if (digit === undefined) continue
      expect(isValidBin(`${first11}${digit}`)).toBe(true)
      expect(isValidBin(`${first11}${(digit + 1) % 10}`)).toBe(false)
    }
  })
})
