import {describe, expect, it} from 'vitest'
import {validateFacts} from '../../src/facts/validate.js'
import {composeFixture} from '../helpers/fixtures.js'

// `third-party-not-recipient` (error) and `third-party-without-recipient` (warning) between them: each
// party of `thirdParties` is reported by one of them at most, and only where the privacy policy's
// own section on transfers would name it without saying what data goes to it.

const google = '  - {id: google, name: Google LLC, kind: analytics, role: processor, country: US, purposes: [usage-statistics]}\n'
const hosting = '  - {id: ps-kz, name: ТОО «PS Cloud Services», kind: hosting, role: processor, country: KZ}\n'

/** The base facts with `own` in place of their top-level facts of the same names: each problem of the two rules, as `line rule`. */
function reported(own: string): string[] {
  const text = composeFixture(own)
  const {problems} = validateFacts({path: 'facts.yaml', bytes: new TextEncoder().encode(text)}, 'en')
  return problems.filter((problem) => problem.ruleId?.startsWith('third-party-') || problem.ruleId === 'unknown-reference').map((problem) => `${problem.line} ${problem.ruleId}`)
}

describe('a third party that no recipient names', () => {
  it('is warned of at its id, by its name and id, when it places no cookies', () => {
    const text = composeFixture(`thirdParties:\n${google}${hosting}`)
    const problem = validateFacts({path: 'facts.yaml', bytes: new TextEncoder().encode(text)}, 'en').problems.find((each) => each.ruleId === 'third-party-without-recipient')
    expect(problem).toMatchObject({line: 3, severity: 'warning', path: 'thirdParties[1].id'})
    expect(problem?.message).toContain('names ТОО «PS Cloud Services» (`ps-kz`) in its table of third parties')
  })

  it('is refused as an error, which no waiver lifts, when it is given the purposes of its cookies', () => {
    const yandex = '  - {id: yandex, name: ООО «ЯНДЕКС», kind: analytics, role: processor, country: KZ, purposes: [usage-statistics]}\n'
    expect(reported(`thirdParties:\n${google}${yandex}waivers:\n  - {rule: third-party-without-recipient, reason: test}\n`)).toEqual(['3 third-party-not-recipient'])
  })

  it('is reported once when its id is listed twice', () => {
    expect(reported(`thirdParties:\n${google}${hosting}${hosting}`)).toEqual(['3 third-party-without-recipient'])
  })

  it('is not warned of while a recipient names an id that does not exist: the slip is there', () => {
    const recipients = `personalData:
  categories:
    - {id: contact, items: [full-name, email], sources: [data-subject], retention: P3Y}
    - {id: technical, items: [ip-address, pages-visited], sources: [cookies-and-similar], retention: P1Y}
  purposes:
    - {id: customer-support, basis: [consent], consentBy: [web-form-checkbox], data: [contact]}
    - {id: analytics, basis: [consent], consentBy: [cookie-banner], data: [technical]}
  recipients:
    - {kind: analytics-providers, thirdParties: [google], purposes: [analytics]}
    - {kind: hosting-providers, thirdParties: [pskz], purposes: [analytics]}
  requests: {channels: [email]}
  security: [access-control]
`
    expect(reported(`thirdParties:\n${google}${hosting}${recipients}`)).toEqual(['13 unknown-reference'])
  })

  it('is not warned of where the company writes the section on transfers itself', () => {
    const clause = `customClauses:
  privacyPolicy:
    - id: transfers
      placement: replace
      section: recipients
      body: {ru: Данные передаются только хостинг-провайдеру., kk: Деректер тек хостинг-провайдерге беріледі.}
`
    const text = composeFixture(`thirdParties:\n${google}${hosting}${clause}`)
    // The facts are otherwise sound, so the silence is the rule's own.
    expect(validateFacts({path: 'facts.yaml', bytes: new TextEncoder().encode(text)}, 'en').problems.map((problem) => problem.ruleId)).toEqual([])
    expect(reported(`thirdParties:\n${google}${hosting}${clause.replace('placement: replace', 'placement: after\n      title: {ru: Хостинг, kk: Хостинг}')}`)).toEqual(['3 third-party-without-recipient'])
  })
})
