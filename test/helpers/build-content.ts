import {readFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {parse, stringify} from 'yaml'
import {buildSite, type OutputFile} from '../../src/site/build.js'
import type {OrganizationFacts} from '../../src/document/documents.js'
import type {Facts} from '../../src/facts/types.js'
import {loadContent} from '../../src/facts/load.js'
import {loadTemplates, type TemplateSet} from '../../src/document/templates.js'
import {validateFacts} from '../../src/facts/validate.js'

/** The project's root folder. */
export const root = fileURLToPath(new URL('../../', import.meta.url))

/** Validate every example organization under content/ and return their facts (throws on problems). */
export async function exampleOrganizations(): Promise<OrganizationFacts[]> {
  const sources = await loadContent(`${root}content`, (file) => file.slice(root.length))
  return sources.map(({id, source}) => {
    const {facts, problems} = validateFacts(source, 'en')
    if (!facts) throw new Error(`${id} does not validate: ${problems.map((problem) => problem.message).join('; ')}`)
    return {id, facts}
  })
}

/** The kazteleport facts as a plain object, to change in a test and validate again. */
export async function kazteleportFacts(): Promise<Record<string, unknown>> {
  return parse(await readFile(`${root}content/kazteleport/facts.yaml`, 'utf8')) as Record<string, unknown>
}

/** Validate facts given as an object (written out as YAML first, as a user's file would be). */
export function validateObject(data: unknown, path = 'content/test/facts.yaml') {
  return validateFacts({path, bytes: new TextEncoder().encode(stringify(data))}, 'en')
}

/** Validate facts that must be valid, returning them typed. */
export function validFacts(data: unknown): Facts {
  const {facts, problems} = validateObject(data)
  if (!facts) throw new Error(problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n'))
  return facts
}

let templates: TemplateSet | undefined

/** The shipped templates, loaded once per test file. */
export async function shippedTemplates(): Promise<TemplateSet> {
  templates ??= await loadTemplates(undefined, (file) => file.slice(root.length))
  return templates
}

/** Build organizations in memory and return the file at `path` as text. */
export async function buildText(organizations: OrganizationFacts[], path: string): Promise<string> {
  const files = await buildSite(organizations, await shippedTemplates())
  const file = files.find((candidate: OutputFile) => candidate.path === path)
  if (!file) throw new Error(`no ${path} among ${files.map((candidate) => candidate.path).join(', ')}`)
  return new TextDecoder().decode(file.content)
}
