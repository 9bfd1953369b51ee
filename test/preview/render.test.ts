import {describe, expect, it} from 'vitest'
import {renderFragments} from '../../src/preview/render.js'
import {documentsOf} from '../../src/preview/state.js'
import {buildSite} from '../../src/site/stream.js'
import {fixtureOrganization} from '../helpers/fixture-organizations.js'
import {hostileOrganization} from '../helpers/hostile-organization.js'
import {shippedTemplates} from '../helpers/templates.js'

// The preview shows the documents open in a browser before buildSite has rendered the whole
// organization; what it shows first must be what buildSite then gives, byte for byte.

describe('the fast path for the documents open in a browser', () => {
  const cases = [
    {name: 'acme', organization: () => fixtureOrganization('acme'), options: {}},
    {name: 'minimal, without the fragments\' titles', organization: () => fixtureOrganization('minimal'), options: {fragmentTitle: false}},
    {name: 'acme, publishing Kazakh first', organization: () => fixtureOrganization('acme'), options: {locales: ['kk', 'ru'] as const}},
    {name: 'acme with markup in its facts', organization: hostileOrganization, options: {}}
  ]
  for (const {name, organization, options} of cases) {
    it(`renders what buildSite renders: ${name}`, async () => {
      const templates = await shippedTemplates()
      const given = organization()
      const built = documentsOf(await buildSite([given], templates, options), options.locales ?? given.facts.locales)
      expect(built).toHaveLength(2)
      for (const entry of built) expect(renderFragments(given, templates, [entry.document], options)).toEqual([entry])
      expect(renderFragments(given, templates, ['privacy-policy', 'cookie-policy'], options)).toEqual([built[1], built[0]])
    })
  }
})
