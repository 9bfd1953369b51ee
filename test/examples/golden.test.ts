import {describe, expect, it} from 'vitest'
import {exampleOrganizations, goldenDocuments, goldenFilesOnDisk} from '../helpers/example-organizations.js'

// Golden files: the exact Markdown and HTML page of every document of every organization in content/,
// kept in test/examples/golden/<org>/<locale>/<document>.{md,html}. Review their diffs in pull requests
// as you would review the text of a contract. After an intended change of wording or facts, or after
// replacing the organizations in content/, `npm run golden` rewrites them all (and removes the files of
// organizations and documents that are gone); `npx vitest run -u` only rewrites the ones that exist.
describe('example documents', async () => {
  const organizations = await exampleOrganizations()
  const documents = await goldenDocuments(organizations)

  it('finds the organizations in content/', () => {
    expect(organizations.length, 'content/ holds no <org>/facts.yaml').toBeGreaterThan(0)
  })

  it('covers every organization, locale and published document, as Markdown and as an HTML page', () => {
    const expected = organizations.flatMap(({id, facts}) => {
      // `documents.cookiePolicy` → `cookie-policy`
      const published = Object.keys(facts.documents).map((key) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`))
      return facts.locales.flatMap((locale) => published.flatMap((document) => [`${id}/${locale}/${document}.html`, `${id}/${locale}/${document}.md`]))
    })
    expect(documents.map((document) => document.path).sort()).toEqual(expected.sort())
  })

  it('has no stale golden files (of organizations or documents that content/ no longer has)', async () => {
    const built = new Set(documents.map((document) => document.path))
    const stale = (await goldenFilesOnDisk()).filter((file) => !built.has(file))
    expect(stale, 'stale golden files in test/examples/golden/: nothing in content/ makes them; run `npm run golden`').toEqual([])
  })

  for (const document of documents) {
    it(document.path, async () => {
      await expect(document.text).toMatchFileSnapshot(`./golden/${document.path}`)
    })
  }
})
