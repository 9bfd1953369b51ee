import {execFileSync} from 'node:child_process'
import {copyFile, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {run} from '../../src/cli/main.js'
import {readOutputStatuses} from '../../src/site/output-statuses.js'
import {createIo} from '../helpers/cli-io.js'
import {baseFactsPath} from '../helpers/fixture-organizations.js'

let work: string
let cacheDir: string

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'policygen-output-statuses-'))
  cacheDir = path.join(work, 'node_modules', '.cache', 'policygen')
  await mkdir(path.join(work, 'node_modules'))
  for (const id of ['base', 'other']) {
    await mkdir(path.join(work, 'content', id), {recursive: true})
    await copyFile(baseFactsPath, path.join(work, 'content', id, 'facts.yaml'))
  }
})

afterEach(() => rm(work, {recursive: true, force: true}))

async function build(...args: string[]): Promise<{code: number; stderr: string}> {
  const {io, stderr} = createIo(work)
  const code = await run(['build', '--quiet', '--out', 'site', ...args], io)
  return {code, stderr: stderr()}
}

describe('the output files\' statuses kept between builds', () => {
  it('are kept for every file after a build, and make the next build trust only files left as they were', async () => {
    expect((await build()).code).toBe(0)
    const names = await readdir(cacheDir)
    expect(names.filter((name) => name.startsWith('output-'))).toHaveLength(1)
    const seen = await readOutputStatuses(cacheDir, path.join(work, 'site'))
    const manifest = JSON.parse(await readFile(path.join(work, 'site', 'manifest.json'), 'utf8')) as {files: Array<{path: string}>}
    expect([...seen.keys()].sort()).toEqual(manifest.files.map((entry) => entry.path).filter((file) => file !== 'manifest.json').sort())
    expect((await build()).code).toBe(0)
    expect((await readOutputStatuses(cacheDir, path.join(work, 'site'))).size).toBe(seen.size)
  })

  it('still refuse a file edited by hand after the build, even one of the same size', async () => {
    expect((await build()).code).toBe(0)
    const file = path.join(work, 'site', 'base', 'ru', 'cookie-policy.md')
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.replace('Компания', 'Кампания'))
    expect((await stat(file)).size).toBe(Buffer.byteLength(text))
    const refused = await build()
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('base/ru/cookie-policy.md')
    expect(await readFile(file, 'utf8')).not.toBe(text)
  })

  it('still refuse a file edited by hand whose modification time was set back', async () => {
    expect((await build()).code).toBe(0)
    const file = path.join(work, 'site', 'other', 'kk', 'privacy-policy.md')
    const before = await stat(file, {bigint: true})
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.replace('Компания', 'Кампания'))
    // Set back to the nanosecond (utimes takes seconds as a float, which rounds them).
    const seconds = before.mtimeNs / 1_000_000_000n
    const nanoseconds = String(before.mtimeNs % 1_000_000_000n).padStart(9, '0')
    execFileSync('touch', ['-m', '-d', `@${seconds}.${nanoseconds}`, file])
    expect((await stat(file, {bigint: true})).mtimeNs).toBe(before.mtimeNs)
    const refused = await build()
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('other/kk/privacy-policy.md')
  })

  it('still refuse a file whose size in manifest.json was edited', async () => {
    expect((await build()).code).toBe(0)
    const manifestFile = path.join(work, 'site', 'manifest.json')
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as {files: Array<{path: string; size: number}>}
    const entry = manifest.files.find((file) => file.path === 'base/ru/cookie-policy.html')
    if (!entry) throw new Error('no base/ru/cookie-policy.html in the manifest')
    entry.size += 7
    await writeFile(manifestFile, JSON.stringify(manifest, null, 2))
    const refused = await build()
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('base/ru/cookie-policy.html')
  })

  it('are not kept in a cache folder inside the output folder, which is said', async () => {
    const {io, stderr} = createIo(work)
    const inside = {...io, env: {POLICYGEN_CACHE_DIR: 'site/.cache'}}
    expect(await run(['build', '--quiet', '--out', 'site'], inside), stderr()).toBe(0)
    expect(await run(['build', '--quiet', '--out', 'site'], inside), stderr()).toBe(0)
    expect(stderr()).toContain('warning: the cache folder `site/.cache` is inside the output folder')
    await expect(readdir(path.join(work, 'site', '.cache'))).rejects.toThrow()
  })

  it('are kept by merge too', async () => {
    for (const shard of ['1/2', '2/2']) expect((await build('--shard', shard, '--out', `shard-${shard[0]}`)).code).toBe(0)
    const {io, stderr} = createIo(work)
    expect(await run(['merge', 'shard-1', 'shard-2', '--out', 'merged', '--quiet'], io), stderr()).toBe(0)
    const seen = await readOutputStatuses(cacheDir, path.join(work, 'merged'))
    const manifest = JSON.parse(await readFile(path.join(work, 'merged', 'manifest.json'), 'utf8')) as {files: Array<{path: string}>}
    expect(seen.size).toBe(manifest.files.filter((entry) => entry.path !== 'manifest.json').length)
  })

  it('are neither read nor kept with --no-cache', async () => {
    expect((await build('--no-cache')).code).toBe(0)
    await expect(readdir(cacheDir)).rejects.toThrow()
  })
})
