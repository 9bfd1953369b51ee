import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import type {SourceFile} from '../../src/facts/parse.js'
import {validateFacts} from '../../src/facts/validate.js'
import {validateInThreads} from '../../src/site/validate-threads.js'
import {organizationsFolder} from '../helpers/fixture-organizations.js'

const invalidFolder = fileURLToPath(new URL('../fixtures/invalid/', import.meta.url))

/** Every invalid fixture and every test organization, as facts files: errors, warnings, waivers and clean files. */
function sources(): SourceFile[] {
  const invalid = readdirSync(invalidFolder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => path.join(invalidFolder, name))
  const valid = readdirSync(organizationsFolder)
    .sort()
    .map((id) => path.join(organizationsFolder, id, 'facts.yaml'))
  return [...invalid, ...valid].map((file) => ({path: path.relative(process.cwd(), file), bytes: new Uint8Array(readFileSync(file))}))
}

describe('validateInThreads', () => {
  it('gives every file the result validating it here gives, in the same order', async () => {
    const files = sources()
    expect(files.length).toBeGreaterThan(90)
    const here = files.map((source) => {
      const {parsed: _parsed, ...result} = validateFacts(source, 'ru', {locales: ['ru', 'kk']})
      return result
    })
    const threaded = await validateInThreads(files, 'ru', {locales: ['ru', 'kk']}, 3)
    expect(threaded).toHaveLength(files.length)
    expect(threaded).toEqual(here)
    // Some of each: the comparison covers refused files, files with warnings and valid facts.
    expect(threaded.filter((result) => result.facts === undefined).length).toBeGreaterThan(50)
    expect(threaded.filter((result) => result.facts !== undefined).length).toBeGreaterThan(3)
  }, 60_000)

  it('validates here what a thread could not', async () => {
    const files = sources().slice(0, 5)
    // A file whose bytes cannot cross to a thread: the thread fails to start, and the files are validated here.
    const unsendable = files.map((source) => ({...source, bytes: source.bytes, extra: () => undefined})) as unknown as SourceFile[]
    const results = await validateInThreads(unsendable, 'en', {}, 2).catch((error: unknown) => error)
    expect(results).toEqual(files.map((source) => {
      const {parsed: _parsed, ...result} = validateFacts(source, 'en', {})
      return result
    }))
  }, 60_000)
})
