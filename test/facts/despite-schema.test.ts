import {describe, expect, it} from 'vitest'
import {validateFacts} from '../../src/facts/validate.js'
import {composeFixture} from '../helpers/fixtures.js'

function rulesOf(text: string): string[] {
  return validateFacts({path: 'facts.yaml', bytes: new TextEncoder().encode(composeFixture(text))}, 'en')
    .problems.map((problem) => `${problem.ruleId} ${problem.path}`)
    .sort()
}

describe('the rules on a file the schema refuses', () => {
  it('still report a missing translation elsewhere (a rule that looks at every text is not silenced whole)', () => {
    const problems = rulesOf('responsiblePerson: {position: {ru: Директор}, email: info@example.kz}\nthirdParties:\n  - {id: google, name: Google LLC, kind: analytics, role: processor, country: USA, purposes: [usage-statistics], privacyPolicy: "https://policies.google.com/privacy"}\n')
    expect(problems).toEqual(['missing-translation responsiblePerson.position', 'unknown-country thirdParties[0].country'])
  })

  it('say nothing of the texts\' languages when `locales` is missing', () => {
    const base = composeFixture('')
    const text = base.replace(/^locales:.*\n/m, '')
    expect(text).not.toBe(base)
    const problems = validateFacts({path: 'facts.yaml', bytes: new TextEncoder().encode(text)}, 'en').problems.map((problem) => problem.ruleId)
    expect(problems).toEqual(['missing-fact'])
  })

  it('do not call a third party a misspelt service would bring "not listed", nor its waiver unused', () => {
    const problems = rulesOf('services: [yandex-metrca]\nwaivers:\n  - {rule: service-unverified, reason: "Проверено юристом."}\n')
    expect(problems).toEqual(['unknown-key services[0]'])
  })
})
