import {describe, expect, it} from 'vitest'
import {enumValues} from '../../src/facts/schema.js'
import {closest, editDistance} from '../../src/facts/suggest.js'

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['retention', 'retention', 0],
    ['retension', 'retention', 1],
    ['kitten', 'sitting', 3],
    ['USA', 'US', 1],
    ['flaw', 'lawn', 2],
    ['абв', 'абг', 1]
  ])('%j → %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance)
    expect(editDistance(b, a)).toBe(distance)
  })

  it('counts case as a difference (closest ignores case itself)', () => {
    expect(editDistance('brandName', 'brandname')).toBe(1)
  })
})

describe('closest', () => {
  const cookieFacts = ['name', 'category', 'type', 'provider', 'purpose', 'retention', 'description']
  const countries = enumValues('country')

  it('finds the fact a misspelling meant', () => {
    expect(closest('retension', cookieFacts)).toBe('retention')
    expect(closest('catgory', cookieFacts)).toBe('category')
    expect(closest('providr', cookieFacts)).toBe('provider')
  })

  it('ignores case', () => {
    expect(closest('brandname', ['legalName', 'brandName', 'bin'])).toBe('brandName')
    expect(closest('kz', countries)).toBe('KZ')
  })

  it('prefers the code a value starts with on a tie: USA → US, not SA or UA', () => {
    expect(countries).toEqual(expect.arrayContaining(['SA', 'UA', 'US']))
    expect(closest('USA', countries)).toBe('US')
    expect(closest('USA', ['SA', 'UA', 'US'])).toBe('US')
    expect(closest('USA', ['US', 'UA', 'SA'])).toBe('US')
  })

  it('gives undefined when nothing is close', () => {
    expect(closest('website', cookieFacts)).toBeUndefined()
    expect(closest('Kazakhstan', countries)).toBeUndefined()
    expect(closest('anything', [])).toBeUndefined()
  })

  it('allows more edits for longer words', () => {
    // Up to a third of the value's length, and at least 2.
    expect(closest('abcdefghi', ['abcxyzghi'])).toBe('abcxyzghi')
    expect(closest('abcdefghi', ['abcxyzwhi'])).toBeUndefined()
  })

  // Regression (fixed) in suggest.ts: the limit is never below 2 edits, so for a two-letter value EVERY two-letter
  // candidate is "close": `locales: [ru, en]` is answered with "did you mean `ru`?", and a code that
  // shares nothing with the candidates still gets one.
  it('does not suggest a two-letter word that shares no letter with the value', () => {
    expect(closest('en', ['ru', 'kk'])).toBeUndefined()
  })
})
