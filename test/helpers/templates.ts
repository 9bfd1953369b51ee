import {fileURLToPath} from 'node:url'
import type {OrganizationFacts} from '../../src/document/documents.js'
import {loadTemplates, type TemplateSet} from '../../src/document/templates.js'
import type {OutputFile} from '../../src/site/build.js'
import {buildSite} from '../../src/site/stream.js'

/** The project's root folder. */
export const root = fileURLToPath(new URL('../../', import.meta.url))

let templates: TemplateSet | undefined

/** The shipped templates (templates/), loaded once per test file. */
export async function shippedTemplates(): Promise<TemplateSet> {
  templates ??= await loadTemplates(undefined, (file) => file.slice(root.length))
  return templates
}

/** Build organizations in memory with the shipped templates and return the file at `path` as text. */
export async function buildText(organizations: OrganizationFacts[], path: string): Promise<string> {
  const files = await buildSite(organizations, await shippedTemplates())
  const file = files.find((candidate: OutputFile) => candidate.path === path)
  if (!file) throw new Error(`no ${path} among ${files.map((candidate) => candidate.path).join(', ')}`)
  return new TextDecoder().decode(file.content)
}
