import {readdir} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {OrganizationFacts} from '../../src/document/documents.js'
import {loadContent} from '../../src/facts/load.js'
import {validateFacts} from '../../src/facts/validate.js'
import {buildSite} from '../../src/site/stream.js'
import {root, shippedTemplates} from './templates.js'

// The examples: whatever organizations content/ holds. They belong to the users (a company replaces them
// with its own), so only test/examples/ reads them, and it finds them by listing content/, never by name.

/** The content folder, as `policygen build` reads it by default. */
export const contentFolder = path.join(root, 'content')

/** The golden files: the expected Markdown and HTML page of every example document. */
export const goldenFolder = fileURLToPath(new URL('../examples/golden/', import.meta.url))

/** Validate every organization under content/ and return their facts (throws on problems). */
export async function exampleOrganizations(): Promise<OrganizationFacts[]> {
  const sources = await loadContent(contentFolder, (file) => path.relative(root, file))
  return sources.map(({id, source}) => {
    const {facts, problems} = validateFacts(source, 'en')
    if (!facts) throw new Error(`${source.path} does not validate: ${problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}`)
    return {id, facts}
  })
}

/** A document as its golden file holds it: `<org>/<locale>/<document>.{md,html}` and the text. */
export interface GoldenDocument {
  path: string
  text: string
}

/** The Markdown and the HTML page of every document of the given organizations, as the build makes them. */
export async function goldenDocuments(organizations: readonly OrganizationFacts[]): Promise<GoldenDocument[]> {
  const files = await buildSite(organizations, await shippedTemplates())
  return files
    .filter((file) => /^[^/]+\/[a-z]+\/[a-z-]+\.(md|html)$/.test(file.path) && !file.path.endsWith('.fragment.html'))
    .map((file) => ({path: file.path, text: new TextDecoder().decode(file.content)}))
}

/** Every file under the golden folder, as a `/`-separated path relative to it, sorted. */
export async function goldenFilesOnDisk(): Promise<string[]> {
  const entries = await readdir(goldenFolder, {recursive: true, withFileTypes: true}).catch(() => [])
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(goldenFolder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}
