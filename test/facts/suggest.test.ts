import {describe, expect, it} from 'vitest'
import {enumValues} from '../../src/facts/schema.js'
import {closest, closestKey, editDistance, glossesOf, readDate, readPeriod, splitList, termKey} from '../../src/facts/suggest.js'

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

  it('prefers, between equally close candidates, the one written in the same case', () => {
    expect(closest('org.terms', ['org.Term', 'org.term'])).toBe('org.term')
    expect(closest('org.Terms', ['org.term', 'org.Term'])).toBe('org.Term')
  })

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

describe('closestKey', () => {
  const categories = enumValues('cookieCategory')
  const legalForms = enumValues('legalForm')
  const legalFormGlosses = glossesOf('llp — ТОО/ЖШС, jsc — АО/АҚ, sole-proprietor — ИП/ЖК, mfo — МФО/МҚҰ.', legalForms)

  it.each([
    ['Strictly Necessary', 'strictly-necessary'],
    ['strictly_necessary', 'strictly-necessary'],
    ['analitics', 'analytics'],
    ['necessary', 'strictly-necessary'],
    ['Analytics', 'analytics']
  ])('reads %j as %j', (value, key) => {
    expect(closestKey(value, categories)).toBe(key)
  })

  it('finds a key by the words the schema gives it', () => {
    expect(legalFormGlosses).toEqual({llp: ['ТОО', 'ЖШС'], jsc: ['АО', 'АҚ'], 'sole-proprietor': ['ИП', 'ЖК'], mfo: ['МФО', 'МҚҰ']})
    expect(closestKey('ТОО', legalForms, legalFormGlosses)).toBe('llp')
    expect(closestKey('ао', legalForms, legalFormGlosses)).toBe('jsc')
    expect(closestKey('аналитические', categories, glossesOf('analytics — аналитические, marketing — маркетинговые', categories))).toBe('analytics')
  })

  it('takes the one nearest key within half the length, and nothing when two are as near or none is', () => {
    expect(closestKey('ltd', legalForms)).toBe('llp')
    expect(closestKey('xyzzy', legalForms)).toBeUndefined()
    expect(closestKey('', categories)).toBeUndefined()
  })
})

describe('splitList', () => {
  it.each([
    ['site-operation, security', ['site-operation', 'security']],
    ['analytics,strictly-necessary', ['analytics', 'strictly-necessary']],
    ['a; b; c', ['a', 'b', 'c']],
    ['one value', undefined],
    ['trailing,', undefined]
  ])('%j → %j', (value, parts) => {
    expect(splitList(value)).toEqual(parts)
  })
})

describe('termKey', () => {
  it.each([
    ['First Name', 'first-name'],
    ['имя', 'imya'],
    ['Номер договора', 'nomer-dogovora'],
    ['Қала', 'qala'],
    ['2 factor', 'factor'],
    ['!!!', 'my-term']
  ])('%j → %j', (value, key) => {
    expect(termKey(value)).toBe(key)
    expect(termKey(value)).toMatch(/^[a-z][a-z0-9-]*$/)
  })
})

describe('readDate', () => {
  it.each([
    ['13.09.2025', ['2025-09-13']],
    ['13.09.2025 г.', ['2025-09-13']],
    ['1.6.2025', ['2025-06-01']],
    ['13.09.25', ['2025-09-13']],
    ['2025/09/13', ['2025-09-13']],
    ['2025.9.13', ['2025-09-13']],
    ['20250913', ['2025-09-13']],
    ['13 сентября 2025', ['2025-09-13']],
    ['«13» сентября 2025 года', ['2025-09-13']],
    ['2025 жылғы 13 қыркүйек', ['2025-09-13']],
    ['September 13, 2025', ['2025-09-13']],
    ['13 Sept 2025', ['2025-09-13']],
    ['13/09/2025', ['2025-09-13']],
    ['09/13/2025', ['2025-09-13']],
    ['01/02/2025', ['2025-02-01', '2025-01-02']],
    ['05/05/2025', ['2025-05-05']]
  ])('reads %j as %j', (text, dates) => {
    expect(readDate(text)).toEqual({dates, real: true})
  })

  it('tells a date that does not exist', () => {
    expect(readDate('31.02.2025')).toEqual({dates: ['2025-02-31'], real: false})
    expect(readDate('29.02.2024')).toEqual({dates: ['2024-02-29'], real: true})
  })

  it.each(['soon', '2025', '13.13.2025', '13 smarch 2025', 'P2Y'])('does not read %j', (text) => {
    expect(readDate(text)).toBeUndefined()
  })
})

describe('readPeriod', () => {
  it.each([
    ['2 years', 'P2Y'],
    ['2 года', 'P2Y'],
    ['5 лет', 'P5Y'],
    ['30 дней', 'P30D'],
    ['6 ай', 'P6M'],
    ['1 жыл', 'P1Y'],
    ['24 hours', 'PT24H'],
    ['15 минут', 'PT15M'],
    ['p2y', 'P2Y'],
    ['2Y', 'P2Y'],
    ['P1Y2M', 'P14M'],
    ['P1W3D', 'P10D'],
    ['P1DT12H', 'PT36H'],
    ['1-2 года', 'P1Y/P2Y'],
    ['от 1 дня до 2 лет', 'P1D/P2Y']
  ])('reads %j as %j', (text, period) => {
    expect(readPeriod(text)).toBe(period)
  })

  it.each(['forever', 'session', 'until-purpose', 'P', 'P1Y2D', 'года'])('does not read %j', (text) => {
    expect(readPeriod(text)).toBeUndefined()
  })
})
