import {describe, expect, it} from 'vitest'
import {validateFacts} from '../../src/facts/validate.js'
import {composeFixture} from '../helpers/fixtures.js'

function problemsOf(text: string) {
  return validateFacts({path: 'facts.yaml', bytes: new TextEncoder().encode(composeFixture(text))}, 'en').problems
}

describe('a quote inside a quoted text', () => {
  it('is reported at the inner quote, with the text as it was meant and «…» inside', () => {
    const [problem, ...rest] = problemsOf('storage: {primaryDatabaseCountry: KZ, hosting: {ru: "ТОО "PS Cloud Services", г. Астана", kk: "«PS Cloud Services» ЖШС"}}\n')
    expect(rest).toEqual([])
    expect([problem?.ruleId, problem?.line, problem?.column]).toEqual(['quote-inside-quotes', 1, 58])
    expect(problem?.message).toContain('`"ТОО «PS Cloud Services», г. Астана"`')
  })

  it('in single quotes too, and in a value of its own line', () => {
    const [problem] = problemsOf("contacts:\n  general: {email: info@example.kz}\nconsent:\n  methods: [banner-accept]\n  withdrawal: [browser-settings, email-request]\n  refusal: {ru: 'сайт 'работает' хуже', kk: 'сайт нашар жұмыс істейді'}\n")
    expect(problem?.ruleId).toBe('quote-inside-quotes')
    expect(problem?.message).toContain("`'сайт «работает» хуже'`")
  })

  it('is found with Windows line ends too', () => {
    const text = composeFixture('storage: {primaryDatabaseCountry: KZ, hosting: {ru: "ТОО "Ромашка"", kk: "«Ромашка» ЖШС"}}\n').replace(/\n/g, '\r\n')
    const [problem] = validateFacts({path: 'facts.yaml', bytes: new TextEncoder().encode(text)}, 'en').problems
    expect(problem?.ruleId).toBe('quote-inside-quotes')
    expect(problem?.message).toContain('`"ТОО «Ромашка»"`')
  })
})
