import {describe, expect, it} from 'vitest'
import {buildSite} from '../../src/site/build.js'
import {exampleOrganizations, shippedTemplates} from '../helpers/build-content.js'

// Golden files: the exact Markdown and HTML page of every example document. Review their diffs in
// pull requests as you would review the text of a contract. `npx vitest run -u` rewrites them.
describe('example documents', async () => {
  const files = await buildSite(await exampleOrganizations(), await shippedTemplates())
  const documents = files.filter((file) => /\/(ru|kk)\/[a-z-]+\.(md|html)$/.test(file.path) && !file.path.endsWith('.fragment.html'))

  it('covers every organization, locale and document', () => {
    expect(documents.length).toBe(5 * 2 * 2 * 2)
  })

  for (const file of documents) {
    it(file.path, async () => {
      await expect(new TextDecoder().decode(file.content)).toMatchFileSnapshot(`../golden/${file.path}`)
    })
  }
})
