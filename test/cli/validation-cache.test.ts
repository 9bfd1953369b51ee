import {mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {run} from '../../src/cli/main.js'
import {deserialize, serialize} from 'node:v8'
import {defaultCacheDir, readCacheFile, writeCacheFile} from '../../src/site/cache-folder.js'
import {validateFacts} from '../../src/facts/validate.js'
import type {Facts} from '../../src/facts/types.js'
import {ValidationCache} from '../../src/site/validation-cache.js'
import {fixtureFactsText} from '../helpers/fixture-organizations.js'
import {createIo} from '../helpers/cli-io.js'

let project: string
let cacheDir: string

beforeEach(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), 'policygen-validation-cache-'))
  cacheDir = path.join(project, 'node_modules', '.cache', 'policygen')
  await mkdir(path.join(project, 'node_modules'))
  for (const id of ['acme', 'beta']) {
    await mkdir(path.join(project, 'content', id), {recursive: true})
    await writeFile(path.join(project, 'content', id, 'facts.yaml'), fixtureFactsText())
  }
})

afterEach(async () => {
  await rm(project, {recursive: true, force: true})
})

async function validate(...args: string[]): Promise<{code: number; stdout: string}> {
  const {io, stdout} = createIo(project)
  const code = await run(['validate', ...args], io)
  return {code, stdout: stdout()}
}

const broken = (text: string) => text.replace(/^schemaVersion: .*$/m, 'schemaVersion: 99')

describe('the validation cache', () => {
  it('keeps the results in node_modules/.cache/policygen and reports the same problems from them', async () => {
    await writeFile(path.join(project, 'content', 'beta', 'facts.yaml'), broken(fixtureFactsText()))
    const first = await validate()
    expect(first.code).toBe(1)
    expect(first.stdout).toMatch(/^content\/beta\/facts\.yaml:\d+:\d+ {2}error .*schemaVersion/m)
    expect(await readdir(cacheDir)).toEqual([expect.stringMatching(/^validation-[0-9a-f]{16}\.v8$/)])
    const second = await validate()
    expect(second).toEqual(first)
  })

  it('validates again a file whose bytes changed, and only that one', async () => {
    await validate()
    const file = path.join(project, 'content', 'acme', 'facts.yaml')
    await writeFile(file, broken(fixtureFactsText()))
    const after = await validate()
    expect(after.code).toBe(1)
    expect(after.stdout).toMatch(/^content\/acme\/facts\.yaml:\d+:\d+ {2}error .*schemaVersion/m)
    expect(after.stdout).not.toMatch(/^content\/beta\/facts\.yaml:\d+:\d+ {2}error/m)
    await writeFile(file, fixtureFactsText())
    expect((await validate()).code).toBe(0)
  })

  it('keeps each message language apart', async () => {
    await writeFile(path.join(project, 'content', 'beta', 'facts.yaml'), broken(fixtureFactsText()))
    const english = await validate()
    const russian = await validate('--lang', 'ru')
    expect(russian.stdout).not.toBe(english.stdout)
    expect(russian.stdout).toMatch(/здесь должно быть/)
    expect(await validate()).toEqual(english)
  })

  it('reuses nothing from a file it cannot read, and with --no-cache reads and writes nothing', async () => {
    await validate()
    const [name] = await readdir(cacheDir)
    await writeFile(path.join(cacheDir, name ?? ''), 'not a cache')
    await writeFile(path.join(project, 'content', 'beta', 'facts.yaml'), broken(fixtureFactsText()))
    expect((await validate()).code).toBe(1)
    await rm(cacheDir, {recursive: true})
    expect((await validate('--no-cache')).code).toBe(1)
    await expect(readdir(cacheDir)).rejects.toThrow()
  })

  it('uses nothing of a cache file that is not what was written, or not of the shape it writes', async () => {
    await writeFile(path.join(project, 'content', 'beta', 'facts.yaml'), broken(fixtureFactsText()))
    const first = await validate()
    const [name = ''] = await readdir(cacheDir)
    const file = path.join(cacheDir, name)
    const bytes = await readFile(file)
    const at = bytes.indexOf(Buffer.from('schemaVersion'), 40)
    expect(at).toBeGreaterThan(0)
    bytes.write('POISONVersion', at)
    await writeFile(file, bytes)
    expect(await validate()).toEqual(first)
    await writeCacheFile(cacheDir, name, {format: 1, context: 'any', entries: 5})
    expect(await validate()).toEqual(first)
  })

  it('is not kept inside the content folder, which is said', async () => {
    const {io, stderr} = createIo(project)
    const inside = {...io, env: {POLICYGEN_CACHE_DIR: 'content/cache'}}
    expect(await run(['validate'], inside)).toBe(0)
    expect(await run(['validate'], inside)).toBe(0)
    expect(stderr()).toContain('warning: the cache folder `content/cache` is inside the content folder')
    await expect(readdir(path.join(project, 'content', 'cache'))).rejects.toThrow()
  })

  it('is not used by build --check, which validates afresh', async () => {
    const {io} = createIo(project)
    await run(['build', '--check', '--if-present', '--quiet'], io)
    await expect(readdir(cacheDir)).rejects.toThrow()
  })

  it('forgets the content folders validated longest ago, past sixteen', async () => {
    await mkdir(cacheDir, {recursive: true})
    const old = new Date('2026-01-01T00:00:00Z')
    for (let index = 0; index < 16; index++) {
      const file = path.join(cacheDir, `validation-${String(index).padStart(16, '0')}.v8`)
      await writeFile(file, '')
      await utimes(file, old, new Date(old.getTime() + index * 1000))
    }
    await writeFile(path.join(cacheDir, 'notes.txt'), 'not ours')
    await validate()
    const left = await readdir(cacheDir)
    expect(left).toHaveLength(17)
    expect(left).toContain('notes.txt')
    expect(left).not.toContain(`validation-${'0'.repeat(16)}.v8`)
  })
})

describe('defaultCacheDir', () => {
  it('is POLICYGEN_CACHE_DIR when set, else node_modules/.cache/policygen of the nearest folder up that has node_modules, else none', async () => {
    await mkdir(path.join(project, 'content', 'deep'), {recursive: true})
    expect(defaultCacheDir(path.join(project, 'content', 'deep'), {})).toBe(cacheDir)
    expect(defaultCacheDir(project, {POLICYGEN_CACHE_DIR: 'cache'})).toBe(path.join(project, 'cache'))
    await rm(path.join(project, 'node_modules'), {recursive: true})
    const outside = defaultCacheDir(project, {})
    expect(outside === undefined || !outside.startsWith(project)).toBe(true)
  })
})

describe('ValidationCache', () => {
  it('gives a result only for the same path and the same bytes', async () => {
    const bytes = new TextEncoder().encode(fixtureFactsText())
    const cache = await ValidationCache.open(cacheDir, path.join(project, 'content'), 'en', {})
    cache.set({path: 'content/acme/facts.yaml', bytes}, {problems: []})
    await cache.save()
    const again = await ValidationCache.open(cacheDir, path.join(project, 'content'), 'en', {})
    expect(again.get({path: 'content/acme/facts.yaml', bytes})).toEqual({problems: []})
    expect(again.get({path: 'content/beta/facts.yaml', bytes})).toBeUndefined()
    expect(again.get({path: 'content/acme/facts.yaml', bytes: bytes.slice(1)})).toBeUndefined()
    const otherLocales = await ValidationCache.open(cacheDir, path.join(project, 'content'), 'en', {locales: ['ru']})
    expect(otherLocales.get({path: 'content/acme/facts.yaml', bytes})).toBeUndefined()
  })

  it('gives back the facts exactly as kept, decoding them only when they are read', async () => {
    const bytes = new TextEncoder().encode(fixtureFactsText())
    const validated = validateFacts({path: 'content/acme/facts.yaml', bytes}, 'en')
    const facts = validated.facts as Facts
    const cache = await ValidationCache.open(cacheDir, path.join(project, 'content'), 'en', {})
    cache.set({path: 'content/acme/facts.yaml', bytes}, {problems: validated.problems, facts})
    await cache.save()
    const again = await ValidationCache.open(cacheDir, path.join(project, 'content'), 'en', {})
    const kept = again.get({path: 'content/acme/facts.yaml', bytes})
    // Until read, the facts are bytes behind a getter: `validate` never pays for decoding them.
    expect(typeof Object.getOwnPropertyDescriptor(kept, 'facts')?.get).toBe('function')
    expect(kept?.facts).toEqual(facts)
    expect(kept?.facts).toBe(kept?.facts)
    // What the run used is kept again, facts and all, though they were never decoded.
    const unread = await ValidationCache.open(cacheDir, path.join(project, 'content'), 'en', {})
    unread.get({path: 'content/acme/facts.yaml', bytes})
    await unread.save()
    const third = await ValidationCache.open(cacheDir, path.join(project, 'content'), 'en', {})
    expect(third.get({path: 'content/acme/facts.yaml', bytes})?.facts).toEqual(facts)
  })

  it('validates the file again when its kept facts do not decode into facts, with a checksum that holds', async () => {
    const bytes = new TextEncoder().encode(fixtureFactsText())
    const validated = validateFacts({path: 'content/acme/facts.yaml', bytes}, 'en')
    const cache = await ValidationCache.open(cacheDir, path.join(project, 'content'), 'en', {})
    cache.set({path: 'content/acme/facts.yaml', bytes}, {problems: validated.problems, facts: validated.facts as Facts})
    await cache.save()
    const [name = ''] = await readdir(cacheDir)
    const stored = (await readCacheFile(cacheDir, name)) as {entries: Array<[string, {facts?: Uint8Array}]>}
    // Bytes v8 cannot read, and bytes of a value that is no facts: before, an internal error when a build read them.
    for (const garbage of [new Uint8Array([0xff, 0x0f, 0x01, 0x02]), serialize('not facts')]) {
      for (const [, entry] of stored.entries) entry.facts = garbage
      await writeCacheFile(cacheDir, name, stored)
      const again = await ValidationCache.open(cacheDir, path.join(project, 'content'), 'en', {})
      const kept = again.get({path: 'content/acme/facts.yaml', bytes})
      expect(kept?.problems).toEqual(validated.problems)
      expect(kept?.facts).toEqual(validated.facts)
      // And kept anew: the next run decodes the facts this one validated.
      await again.save()
      const healed = (await readCacheFile(cacheDir, name)) as {entries: Array<[string, {facts?: Uint8Array}]>}
      expect(healed.entries.map(([, entry]) => deserialize(entry.facts ?? new Uint8Array()))).toEqual([validated.facts])
    }
  })
})
