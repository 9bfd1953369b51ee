import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {buildSite} from '../../src/site/build.js'
import {compareWithFolder} from '../../src/site/check.js'
import {createPdfRenderer} from '../../src/formats/pdf/render.js'
import {exampleOrganizations} from '../helpers/example-organizations.js'
import {root, shippedTemplates} from '../helpers/templates.js'

// dist/ is committed so reviewers see rendered documents change; it must be what the facts in content/
// give today, for whatever organizations content/ holds.
describe('the committed dist/', () => {
  it('is exactly what `policygen build` makes from content/ (run `npm run build` and commit dist/ if not)', async () => {
    const files = await buildSite(await exampleOrganizations(), await shippedTemplates(), {extraRenderers: [createPdfRenderer()]})
    expect(await compareWithFolder(path.join(root, 'dist'), files)).toEqual({stale: [], missing: [], extra: []})
  })
})
