import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {validateFacts} from '../../src/facts/validate.js'
import {composeFixture} from '../helpers/fixtures.js'

describe('localisation-abroad', () => {
  const fixture = readFileSync(new URL('../fixtures/invalid/localisation-abroad.yaml', import.meta.url), 'utf8')
  const problems = validateFacts({path: 'facts.yaml', bytes: new TextEncoder().encode(composeFixture(fixture))}, 'en').problems.filter((problem) => problem.ruleId === 'localisation-abroad')

  it('asks for `dataCountry` only of a processor that does not give it', () => {
    const [google, kazcloud] = problems
    expect(google?.path).toBe('thirdParties[0].country')
    expect(google?.message).toContain('give `dataCountry`')
    expect(kazcloud?.path).toBe('thirdParties[1].dataCountry')
    expect(kazcloud?.message.replace(/^`[^`]*`: /, '')).not.toContain('dataCountry')
    expect(kazcloud?.message).toContain('keeps it abroad, in Germany (DE), while')
  })

  it('names the country in words in Russian and Kazakh, not by its code', () => {
    const said = (language: 'ru' | 'kk') => validateFacts({path: 'facts.yaml', bytes: new TextEncoder().encode(composeFixture(fixture))}, language).problems.filter((problem) => problem.ruleId === 'localisation-abroad').map((problem) => problem.message)
    const [googleRu, kazcloudRu] = said('ru')
    expect(googleRu).toContain('хранит их за рубежом (Соединённые Штаты Америки), а в документах указано')
    expect(kazcloudRu).toContain('хранит их за рубежом (Германия), а в документах указано')
    expect(said('kk')[1]).toContain('оларды шетелде (Германия) сақтайды')
  })
})
