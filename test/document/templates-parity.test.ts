import {describe, expect, it} from 'vitest'
import {locales} from '../../src/lang/locale.js'
import {enumValues, factsSchema} from '../../src/facts/schema.js'
import {shippedTemplates} from '../helpers/templates.js'

const keyGroups = [
  'legalForm', 'audience', 'changeNotice', 'cookieCategory', 'cookiePurpose', 'technologyType', 'dataItem', 'dataCategory',
  'dataSource', 'processingPurpose', 'legalBasis', 'recipientKind', 'thirdPartyKind', 'right', 'consentMethod',
  'withdrawalChannel', 'securityMeasure', 'optOutChannel', 'transferBasis', 'gdprMechanism'
]

describe('locale parity', async () => {
  const templates = await shippedTemplates()
  const [reference, ...others] = locales
  const base = templates.locales[reference]

  for (const locale of others) {
    const current = templates.locales[locale]
    it(`${locale} has the same documents as ${reference}`, () => {
      expect(Object.keys(current.documents).sort()).toEqual(Object.keys(base.documents).sort())
    })
    it(`${locale} has the same section partials as ${reference}`, () => {
      expect(Object.keys(current.partials).sort()).toEqual(Object.keys(base.partials).sort())
    })
    it(`${locale} words the same terms, in the same shapes, as ${reference}`, () => {
      const shape = (terms: typeof base.terms) =>
        Object.fromEntries(Object.entries(terms).map(([group, keys]) => [group, Object.fromEntries(Object.entries(keys).map(([key, wording]) => [key, typeof wording === 'string' ? 'text' : Object.keys(wording).sort()]))]))
      expect(shape(current.terms)).toEqual(shape(base.terms))
    })
    it(`${locale} shows and hides the same parts of each section as ${reference}`, () => {
      const facts = (source: string) => [...new Set(source.match(/\{\{#(?:if|each|unless) [\w.]+/g) ?? [])].sort()
      for (const [name, partial] of Object.entries(base.partials)) {
        expect(facts(current.partials[name]?.source ?? ''), name).toEqual(facts(partial.source))
      }
    })
  }

  for (const locale of locales) {
    it(`${locale} words every key the schema allows`, () => {
      const terms = templates.locales[locale].terms
      for (const group of keyGroups) {
        expect(Object.keys(terms[group] ?? {}).sort(), group).toEqual(enumValues(group).sort())
      }
      const properties = factsSchema.properties as Record<string, {properties?: Record<string, {properties?: Record<string, {items?: {enum?: string[]}}>}>}>
      const channels = properties.personalData?.properties?.requests?.properties?.channels?.items?.enum ?? []
      expect(Object.keys(terms.requestChannel ?? {}).sort()).toEqual([...channels].sort())
      expect(Object.keys(terms.thirdPartyRole ?? {}).sort()).toEqual(['controller', 'processor'])
    })
  }
})
