import {readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {renderMarkdownDocuments} from '../../src/document/documents.js'
import {fixtureOrganization, organizationsFolder} from '../helpers/fixture-organizations.js'
import {shippedTemplates} from '../helpers/templates.js'

// Golden files of the test organizations (test/fixtures/organizations/<id>): one per kind of company the
// templates must serve — a full one (acme), the fewest facts (minimal), a mobile app (tenge-app), a service
// with no cookies and no database (quiet-service), a cookie list of examples only (shop-examples) and a
// microfinance organization with statutory retention (mfo-credit). Review their diffs like contract text;
// after an intended change, `npx vitest run test/document/golden.test.ts -u` rewrites them.
describe('documents of the test organizations', async () => {
  const templates = await shippedTemplates()
  const ids = readdirSync(organizationsFolder, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()

  it('cover every kind of company the issue names', () => {
    expect(ids).toEqual(['acme', 'mfo-credit', 'minimal', 'quiet-service', 'shop-examples', 'tenge-app'])
  })

  for (const id of ids) {
    for (const document of renderMarkdownDocuments(fixtureOrganization(id), templates)) {
      it(`${id}/${document.locale}/${document.document}.md`, async () => {
        await expect(document.markdown).toMatchFileSnapshot(`./golden/${id}/${document.locale}/${document.document}.md`)
      })
    }
  }
})
