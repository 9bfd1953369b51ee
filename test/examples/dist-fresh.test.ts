import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {buildSite} from '../../src/site/stream.js'
import {compareWithFolder} from '../../src/site/check.js'
import {exampleOrganizations} from '../helpers/example-organizations.js'
import {root, shippedTemplates} from '../helpers/templates.js'

// dist/ is committed so reviewers see rendered documents change; it must be what the facts in content/
// give today, for whatever organizations content/ holds.
describe('the committed dist/', () => {
  it('is exactly what `policygen build` makes from content/ (run `npm run build` and commit dist/ if not)', async () => {
    const files = await buildSite(await exampleOrganizations(), await shippedTemplates(), {pdf: true})
    // The manifest's inputs hashes name the code that made the files (build/ for the command, src/ here),
    // so they differ between the two; everything else in it must be the same.
    const withoutInputs = (text: string) => text.replace(/,\n  "inputs": \{[^}]*\}/, '')
    const manifest = files.find((file) => file.path === 'manifest.json')
    const committed = await readFile(path.join(root, 'dist', 'manifest.json'), 'utf8')
    expect(withoutInputs(committed)).toBe(withoutInputs(new TextDecoder().decode(manifest?.content)))
    const differences = await compareWithFolder(path.join(root, 'dist'), files)
    expect({...differences, stale: differences.stale.filter((file) => file !== 'manifest.json')}).toEqual({stale: [], missing: [], extra: []})
  })
})
