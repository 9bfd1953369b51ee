import {describe, expect, it} from 'vitest'
import {withGuillemets} from '../../src/facts/parse.js'
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

  it('offers no rewrite when the inner quotes do not pair, rather than a wrong one', () => {
    const [problem] = problemsOf('storage: {primaryDatabaseCountry: KZ, hosting: {ru: "ТОО "Ромашка"", а также "Б"", kk: "«Ромашка» ЖШС"}}\n')
    expect(problem?.ruleId).toBe('quote-inside-quotes')
    expect(problem?.message).toMatch(/as «…»: in each pair, the opening quote as `«` and the closing one as `»`\.$/)
    expect(problem?.message).not.toContain('»«')
  })
})

describe('withGuillemets', () => {
  it('opens a quote after a space or a bracket and closes any other', () => {
    expect(withGuillemets('ТОО "Ромашка" и "Б"', '"')).toBe('ТОО «Ромашка» и «Б»')
    expect(withGuillemets('ТОО "Компания "Б""', '"')).toBe('ТОО «Компания «Б»»')
    expect(withGuillemets('"Акме" (г. Алматы)', '"')).toBe('«Акме» (г. Алматы)')
    expect(withGuillemets("сайт 'работает' хуже", "'")).toBe('сайт «работает» хуже')
  })

  it('keeps a quote escaped in double quotes', () => {
    expect(withGuillemets('ТОО "А" \\"x', '"')).toBe('ТОО «А» \\"x')
  })

  it('gives nothing for quotes that do not pair', () => {
    expect(withGuillemets('ТОО "Ромашка"", а также "Б', '"')).toBeUndefined()
    expect(withGuillemets('ТОО "Ромашка', '"')).toBeUndefined()
  })
})
