import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse, stringify} from 'yaml'
import type {OrganizationFacts} from '../../src/document/documents.js'
import type {Facts} from '../../src/facts/types.js'
import {validateFacts} from '../../src/facts/validate.js'

// The organizations the behaviour tests build on: test/fixtures/organizations/<id>/facts.yaml, fictional
// companies that belong to the tests. The examples in content/ belong to the users and are read only by
// test/examples/ (see example-organizations.ts); a small one is test/fixtures/base/facts.yaml.

/** The folder of the test organizations. */
export const organizationsFolder = fileURLToPath(new URL('../fixtures/organizations/', import.meta.url))

/** A small valid organization, the base the invalid-input fixtures build on (test/fixtures/base/facts.yaml). */
export {baseFactsPath} from './fixtures.js'

/** The facts file of a test organization; `acme` (АО «Акме») uses every part of the templates the tests need. */
export function fixtureFactsPath(id = 'acme'): string {
  return path.join(organizationsFolder, id, 'facts.yaml')
}

/** The facts file of a test organization, as text. */
export function fixtureFactsText(id = 'acme'): string {
  return readFileSync(fixtureFactsPath(id), 'utf8')
}

/** A test organization's facts as a plain object (a fresh copy each call), to change in a test and validate again. */
export function fixtureFacts(id = 'acme'): Record<string, unknown> {
  return parse(fixtureFactsText(id)) as Record<string, unknown>
}

/** A test organization's validated facts, under its own id or `as` another (throws on problems). */
export function fixtureOrganization(id = 'acme', as = id): OrganizationFacts {
  const {facts, problems} = validateFacts({path: path.relative(organizationsFolder, fixtureFactsPath(id)), bytes: new TextEncoder().encode(fixtureFactsText(id))}, 'en')
  if (!facts) throw new Error(`${id} does not validate: ${problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}`)
  return {id: as, facts}
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
