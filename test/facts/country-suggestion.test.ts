import {describe, expect, it} from 'vitest'
import {validateFacts} from '../../src/facts/validate.js'
import {composeFixture} from '../helpers/fixtures.js'

function suggestionFor(country: string): string | undefined {
  const text = composeFixture(`crossBorder: {enabled: true, countries: [${country}], basis: [consent]}\n`)
  const problem = validateFacts({path: 'facts.yaml', bytes: new TextEncoder().encode(text)}, 'en').problems.find((each) => each.ruleId === 'unknown-country')
  return /did you mean `([A-Z]{2})`\?/.exec(problem?.message ?? '')?.[1]
}

describe('a country written by its name', () => {
  it('is answered with its code, whichever language the name is in', () => {
    expect(suggestionFor('Russia')).toBe('RU')
    expect(suggestionFor('Россия')).toBe('RU')
    expect(suggestionFor('Ресей')).toBe('RU')
    expect(suggestionFor('Германия')).toBe('DE')
    expect(suggestionFor('USA')).toBe('US')
    expect(suggestionFor('США')).toBe('US')
    expect(suggestionFor('us')).toBe('US')
    expect(suggestionFor('Соединённые Штаты Америки')).toBe('US')
    expect(suggestionFor('Turkey')).toBe('TR')
  })

  it('gets no guess when it names no country', () => {
    expect(suggestionFor('Narnia')).toBeUndefined()
    // Not Australia: the EU is no country, its countries are listed one by one.
    expect(suggestionFor('EU')).toBeUndefined()
  })
})
