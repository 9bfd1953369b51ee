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
    expect(kazcloud?.message).toContain('keeps it in DE')
  })
})
