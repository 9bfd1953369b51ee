import {stringify} from 'yaml'
import {describe, expect, it} from 'vitest'
import {renderMarkdownDocuments} from '../../src/document/documents.js'
import {transferCountries, transferGroups} from '../../src/facts/transfers.js'
import type {Facts} from '../../src/facts/types.js'
import {validateFacts} from '../../src/facts/validate.js'
import {fixtureOrganization} from '../helpers/fixture-organizations.js'
import {shippedTemplates} from '../helpers/templates.js'

describe('transferGroups and transferCountries', () => {
  it('read one basis for all countries as one group, and `transfers` as written', () => {
    expect(transferGroups({enabled: true, countries: ['US', 'RU'], basis: ['consent']})).toEqual([{countries: ['US', 'RU'], basis: ['consent']}])
    const transfers = [
      {countries: ['DE' as const, 'IE' as const], basis: ['adequate-protection' as const]},
      {countries: ['US' as const], basis: ['consent' as const, 'international-treaty' as const]}
    ]
    expect(transferGroups({enabled: true, transfers})).toEqual(transfers)
    expect(transferCountries({enabled: true, transfers})).toEqual(['DE', 'IE', 'US'])
  })

  it('are empty when no transfer is declared, whatever countries the facts still list', () => {
    expect(transferGroups({enabled: false, countries: ['US'], basis: ['consent']})).toEqual([])
    expect(transferCountries({enabled: false, countries: ['US'], basis: ['consent']})).toEqual([])
    expect(transferGroups(undefined)).toEqual([])
    // Countries without a basis are named (the rule reports the missing basis), but make no group.
    expect(transferGroups({enabled: true, countries: ['US']})).toEqual([])
    expect(transferCountries({enabled: true, countries: ['US']})).toEqual(['US'])
  })
})

describe('a transfer whose basis differs by country (Art. 16)', async () => {
  const templates = await shippedTemplates()
  const facts = structuredClone(fixtureOrganization('minimal').facts) as unknown as Record<string, unknown>
  const party = (id: string, name: string, country: string) => ({id, name, kind: 'analytics', role: 'processor', country, purposes: ['usage-statistics'], privacyPolicy: `https://${id}.example/privacy`})
  facts.thirdParties = [party('yandex', 'ООО «ЯНДЕКС»', 'RU'), party('google', 'Google LLC', 'US')]
  facts.cookieCategories = [
    {id: 'strictly-necessary', purposes: ['site-operation'], canDisable: false},
    {id: 'analytics', purposes: ['usage-statistics'], canDisable: true}
  ]
  facts.cookies = [
    {name: '_ym_uid', provider: 'yandex', category: 'analytics', purpose: 'usage-statistics', retention: 'P1Y', party: 'third'},
    {name: '_ga', provider: 'google', category: 'analytics', purpose: 'usage-statistics', retention: 'P2Y', party: 'third'}
  ]
  facts.crossBorder = {
    enabled: true,
    transfers: [
      {countries: ['RU'], basis: ['adequate-protection']},
      {countries: ['US'], basis: ['consent', 'international-treaty']}
    ]
  }
  const personalData = facts.personalData as Record<string, unknown> | undefined
  if (personalData) personalData.recipients = [{kind: 'analytics-providers', thirdParties: ['yandex', 'google'], purposes: ['analytics']}]
  const validated = validateFacts({path: 'facts.yaml', bytes: new TextEncoder().encode(stringify(facts))}, 'en')
  const documents = validated.facts ? renderMarkdownDocuments({id: 'minimal', facts: validated.facts as Facts}, templates) : []
  const text = (locale: string, document: string) => documents.find((each) => each.locale === locale && each.document === document)?.markdown ?? ''

  it('is valid facts', () => {
    expect(validated.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message)).toEqual([])
  })

  it('names each country with its own basis in the privacy policy, never one basis for all', () => {
    expect(text('ru', 'privacy-policy')).toContain('Трансграничная передача осуществляется в зависимости от государства-получателя на следующих основаниях:\n\n- Российская Федерация — обеспечение иностранным государством защиты персональных данных;\n- Соединённые Штаты Америки — согласие субъекта или его законного представителя на трансграничную передачу; или международный договор, ратифицированный Республикой Казахстан.\n')
    expect(text('kk', 'privacy-policy')).toContain('Трансшекаралық беру алушы мемлекетке қарай мына негіздерде жүзеге асырылады:\n\n- Ресей Федерациясы — шет мемлекеттің дербес деректердің қорғалуын қамтамасыз етуі;\n- Америка Құрама Штаттары — субъектінің немесе оның заңды өкілінің трансшекаралық беруге келісімі; немесе Қазақстан Республикасы ратификациялаған халықаралық шарт.\n')
    expect(text('ru', 'privacy-policy')).not.toContain('Основание передачи: ')
    expect(text('kk', 'privacy-policy')).not.toContain('Берудің негізі: ')
  })

  it('gives the basis for each provider’s country in the cookie policy', () => {
    expect(text('ru', 'cookie-policy')).toContain('Основания трансграничной передачи зависят от государства-получателя:\n\n- Российская Федерация — обеспечение иностранным государством защиты персональных данных;\n- Соединённые Штаты Америки — согласие субъекта или его законного представителя на трансграничную передачу; или международный договор, ратифицированный Республикой Казахстан.\n')
    expect(text('kk', 'cookie-policy')).toContain('Трансшекаралық берудің негіздері алушы мемлекетке байланысты:\n\n- Ресей Федерациясы — шет мемлекеттің дербес деректердің қорғалуын қамтамасыз етуі;\n- Америка Құрама Штаттары — субъектінің немесе оның заңды өкілінің трансшекаралық беруге келісімі; немесе Қазақстан Республикасы ратификациялаған халықаралық шарт.\n')
  })

  it('gives one basis in the cookie policy when the providers’ countries share a group', async () => {
    const onlyRussia = structuredClone(facts)
    onlyRussia.thirdParties = [party('yandex', 'ООО «ЯНДЕКС»', 'RU')]
    onlyRussia.cookies = (facts.cookies as Array<Record<string, unknown>>).slice(0, 1)
    if (onlyRussia.personalData) (onlyRussia.personalData as Record<string, unknown>).recipients = [{kind: 'analytics-providers', thirdParties: ['yandex'], purposes: ['analytics']}]
    const checked = validateFacts({path: 'facts.yaml', bytes: new TextEncoder().encode(stringify(onlyRussia))}, 'en')
    expect(checked.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message)).toEqual([])
    const cookiePolicy = renderMarkdownDocuments({id: 'minimal', facts: checked.facts as Facts}, templates).find((each) => each.locale === 'ru' && each.document === 'cookie-policy')?.markdown ?? ''
    expect(cookiePolicy).toContain('в страну: Российская Федерация. Основание трансграничной передачи: обеспечение иностранным государством защиты персональных данных.')
    expect(cookiePolicy).not.toContain('согласие субъекта')
  })
})

describe('a Kazakh third party that keeps the data abroad', async () => {
  const templates = await shippedTemplates()
  const facts = structuredClone(fixtureOrganization('minimal').facts) as unknown as Record<string, unknown>
  facts.thirdParties = [{id: 'ps-cloud', name: 'ТОО «PS Cloud Services»', kind: 'hosting', role: 'processor', country: 'KZ', dataCountry: 'DE'}]
  facts.crossBorder = {enabled: true, countries: ['DE'], basis: ['consent']}
  const personalData = facts.personalData as Record<string, unknown> | undefined
  if (personalData) personalData.recipients = [{kind: 'hosting-providers', thirdParties: ['ps-cloud'], purposes: ['customer-support']}]
  const validated = validateFacts({path: 'facts.yaml', bytes: new TextEncoder().encode(stringify(facts))}, 'en')
  const documents = validated.facts ? renderMarkdownDocuments({id: 'minimal', facts: validated.facts as Facts}, templates) : []
  const text = (locale: string) => documents.find((each) => each.locale === locale && each.document === 'privacy-policy')?.markdown ?? ''

  it('is in the table of transfers abroad, with the country where it keeps the data', () => {
    expect(validated.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message)).toEqual([])
    expect(text('ru')).toContain('| ТОО «PS Cloud Services» | Казахстан (место хранения данных: Германия) |')
    expect(text('kk')).toContain('(деректер сақталатын ел: Германия) |')
  })
})
