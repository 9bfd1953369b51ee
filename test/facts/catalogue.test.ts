import {readFileSync} from 'node:fs'
import {parse} from 'yaml'
import {describe, expect, it} from 'vitest'
import {buildCatalogue, normalizeRetention, parseCsv, withServiceIds} from '../../scripts/build-catalogue.mjs'
import {catalogue, type CatalogueService} from '../../src/facts/services.js'
import type {Facts} from '../../src/facts/types.js'
import {baseFactsPath} from '../helpers/fixtures.js'
import {validateObject} from '../helpers/fixture-organizations.js'
import {buildText} from '../helpers/templates.js'

const root = new URL('../../', import.meta.url)
const read = (file: string) => readFileSync(new URL(file, root), 'utf8')

/** The base organization using only `service`, with what the law then asks of it: its category, the transfer, the recipient. */
function factsUsing(service: CatalogueService): Record<string, unknown> {
  const facts = parse(readFileSync(baseFactsPath, 'utf8')) as Facts
  const provider = catalogue.providers[service.provider]
  const purposes = [...new Set([...service.purposes, ...service.cookies.map((cookie) => cookie.purpose)])]
  const categories = (facts.cookieCategories ?? []).filter((category) => category.id !== service.category)
  const advertising = service.category === 'marketing' || purposes.some((purpose) => ['advertising', 'retargeting', 'ad-frequency', 'campaign-measurement'].includes(purpose))
  return {
    ...facts,
    services: [service.id],
    cookieCategories: [...categories, {id: service.category, purposes, canDisable: service.category !== 'strictly-necessary'}],
    crossBorder: {enabled: true, countries: [...new Set(['US', provider?.country ?? 'US'])].filter((country) => country !== 'KZ'), basis: ['consent']},
    personalData: {
      ...facts.personalData,
      // Cookies that serve advertising need an advertising purpose of their own in the privacy policy.
      purposes: [...(facts.personalData?.purposes ?? []), ...(advertising ? [{id: 'advertising', basis: ['consent'], consentBy: ['cookie-banner'], data: ['technical']}] : [])],
      recipients: [...(facts.personalData?.recipients ?? []), {kind: 'service-providers', thirdParties: [service.provider], purposes: [advertising ? 'advertising' : 'analytics']}]
    }
  }
}

describe('every service of the catalogue', () => {
  for (const service of catalogue.services) {
    it(`${service.id}: validates, and renders its provider and cookies in Russian and Kazakh`, async () => {
      const {facts, problems} = validateObject(factsUsing(service))
      expect(problems.filter((problem) => problem.severity === 'error').map((problem) => `${problem.path}: ${problem.message}`)).toEqual([])
      const provider = catalogue.providers[service.provider]
      // Only a provider policygen could not confirm is warned of, and one whose script usually sets
      // cookies that the catalogue does not know: the company is asked to declare them.
      const unnamed = service.cookies.length === 0 && ['analytics', 'advertising', 'chat'].includes(service.kind)
      expect(problems.map((problem) => problem.ruleId).sort()).toEqual([...(unnamed ? ['cookie-party-unnamed'] : []), ...(provider?.verify ? ['service-unverified'] : [])])
      const organizations = [{id: 'svc', facts: facts as Facts}]
      for (const locale of ['ru', 'kk'] as const) {
        const cookies = await buildText(organizations, `svc/${locale}/cookie-policy.md`)
        const name = locale === 'kk' ? provider?.localizedName?.kk ?? provider?.name : provider?.name
        // A provider is named as placing cookies only with cookies the facts name.
        const ownParties = (parse(readFileSync(baseFactsPath, 'utf8')) as Facts).thirdParties ?? []
        if (service.cookies.length > 0) expect(cookies, locale).toContain(name)
        else if (!ownParties.some((party) => party.id === service.provider)) expect(cookies, locale).not.toContain(name)
        for (const cookie of service.cookies) expect(cookies, `${locale} ${cookie.name}`).toContain(`\`${cookie.name}\``)
        const privacy = await buildText(organizations, `svc/${locale}/privacy-policy.md`)
        expect(privacy, locale).toContain(name)
      }
    }, 30_000)
  }
})

describe('services by class', () => {
  async function cookiePolicy(id: string, locale: 'ru' | 'kk' = 'ru'): Promise<string> {
    const service = catalogue.services.find((candidate) => candidate.id === id)
    if (!service) throw new Error(id)
    const {facts} = validateObject(factsUsing(service))
    return buildText([{id: 'svc', facts: facts as Facts}], `svc/${locale}/cookie-policy.md`)
  }

  it('an analytics service: its cookies under analytics, with the provider\'s country named as a transfer', async () => {
    const text = await cookiePolicy('yandex-metrica')
    expect(text).toMatch(/### Аналитические файлы cookie\n\n[^#]*`_ym_uid` \| [^|]+ \| ООО «ЯНДЕКС»/)
    expect(text).toMatch(/ООО «ЯНДЕКС»[^\n]*Российская Федерация/)
  })

  it('an advertising pixel: its cookies under marketing, which the visitor may refuse', async () => {
    const text = await cookiePolicy('meta-pixel')
    expect(text).toMatch(/### Маркетинговые файлы cookie\n\n[^#]*`_fbp`/)
  })

  it('a service the site cannot work without: strictly necessary, and not to be switched off', async () => {
    const text = await cookiePolicy('cloudflare')
    expect(text).toMatch(/### Строго необходимые файлы cookie\n\n[^#]*`__cf_bm`/)
  })

  it('a provider without cookies in the catalogue (payments, CRM): not said to place cookies, but a recipient in the privacy policy', async () => {
    for (const id of ['kaspi-pay', 'amocrm']) {
      const name = catalogue.providers[catalogue.services.find((service) => service.id === id)?.provider ?? '']?.localizedName?.kk ?? '?'
      expect(await cookiePolicy(id, 'kk')).not.toContain(name)
      const service = catalogue.services.find((candidate) => candidate.id === id)
      const {facts} = validateObject(factsUsing(service as CatalogueService))
      expect(await buildText([{id: 'svc', facts: facts as Facts}], 'svc/kk/privacy-policy.md')).toContain(name)
    }
  })
})

describe('reading the Open Cookie Database', () => {
  it('parses quoted fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,"b, c","say ""hi""\nthere"\r\nx,,z\n')).toEqual([['a', 'b, c', 'say "hi"\nthere'], ['x', '', 'z']])
  })

  it('turns its periods into ISO 8601, and leaves what is not a period', () => {
    expect(['2 years', '1 Year', '24 hours', '30 minutes', '179 days', '13 months', '1 week', 'Session', 'End of session (browser)'].map(normalizeRetention)).toEqual(['P2Y', 'P1Y', 'PT24H', 'PT30M', 'P179D', 'P13M', 'P1W', 'session', 'session'])
    for (const text of ['forever', 'Persistent', 'various', '10 years from set/ update', '1 year (in some countries, the period may be longer)', '']) expect(normalizeRetention(text), text).toBeUndefined()
  })
})

describe('catalogue/services.json', () => {
  it('is what `npm run catalogue` makes of catalogue/services.yaml and the Open Cookie Database', () => {
    const {catalogue: built, problems} = buildCatalogue(parse(read('catalogue/services.yaml')), read('catalogue/source/open-cookie-database.csv'))
    expect(problems).toEqual([])
    expect(`${JSON.stringify(built, null, 2)}\n`).toBe(read('catalogue/services.json'))
    const schema = JSON.parse(read('schema/facts.schema.json')) as Record<string, unknown>
    expect(withServiceIds(schema, built)).toEqual(schema)
  })

  it('names its source and carries its licence', () => {
    expect(read('catalogue/NOTICE')).toContain('Apache License, Version 2.0')
    expect(read('catalogue/source/LICENSE-open-cookie-database')).toContain('Apache License')
    const sources = catalogue.services.flatMap((service) => service.cookies.map((cookie) => cookie.source))
    expect(sources.every((source) => source === 'policygen' || /^open-cookie-database:[0-9a-f-]{36}$/.test(source))).toBe(true)
  })
})
