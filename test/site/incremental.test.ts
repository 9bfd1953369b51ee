import {appendFile, copyFile, cp, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile} from 'node:fs/promises'
import {spawnSync} from 'node:child_process'
import {tmpdir} from 'node:os'
import {fileURLToPath} from 'node:url'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {run} from '../../src/cli/main.js'
import {buildSite, streamSite, inShard, type StagedFile} from '../../src/site/stream.js'
import {readManifest} from '../../src/site/manifest.js'
import {dependencyVersions, inputsKey, templatesHash} from '../../src/site/inputs.js'
import {RenderPool, RenderThreadError} from '../../src/site/pool.js'
import {TemplateError} from '../../src/document/markdown.js'
import {createIo} from '../helpers/cli-io.js'
import {baseFactsPath, fixtureFactsPath, fixtureOrganization} from '../helpers/fixture-organizations.js'
import {shippedTemplates} from '../helpers/templates.js'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))

/** Every file under `folder` with its bytes, by `/`-separated path. */
async function contents(folder: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(folder, {recursive: true, withFileTypes: true})
  const files = new Map<string, Buffer>()
  for (const entry of entries.filter((candidate) => candidate.isFile()).sort((a, b) => (a.parentPath + a.name < b.parentPath + b.name ? -1 : 1))) {
    const full = path.join(entry.parentPath, entry.name)
    files.set(path.relative(folder, full).split(path.sep).join('/'), await readFile(full))
  }
  return files
}

async function build(cwd: string, ...args: string[]): Promise<string> {
  const {io, stdout, stderr} = createIo(cwd)
  const code = await run(['build', '--quiet', ...args], io)
  expect(code, stderr()).toBe(0)
  return stdout()
}

async function collect(files: AsyncIterable<StagedFile>): Promise<Array<{path: string; content: Uint8Array}>> {
  const made: Array<{path: string; content: Uint8Array}> = []
  for await (const file of files) {
    if ('from' in file) throw new Error(`${file.path} was reused`)
    made.push(file)
  }
  return made.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

describe('incremental builds', () => {
  let work: string
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'policygen-incremental-'))
    for (const [id, facts] of [['acme', fixtureFactsPath('acme')], ['base', baseFactsPath], ['other', baseFactsPath]] as const) {
      await mkdir(path.join(work, 'content', id), {recursive: true})
      await copyFile(facts, path.join(work, 'content', id, 'facts.yaml'))
    }
  })
  afterAll(() => rm(work, {recursive: true, force: true}))

  it('renders only the organization whose facts changed, and gives the bytes of a cold build', async () => {
    await build(work, '--out', 'site')
    const before = await contents(path.join(work, 'site'))
    const facts = path.join(work, 'content', 'base', 'facts.yaml')
    const text = await readFile(facts, 'utf8')
    const changed = text.replace(/(email: *)(\S+)@/, '$1privacy.$2@')
    expect(changed).not.toBe(text)
    await writeFile(facts, changed)

    const {io, stdout} = createIo(work)
    expect(await run(['build', '--out', 'site'], io)).toBe(0)
    expect(stdout()).toMatch(/2 organizations unchanged since the last build, their files reused\)/)
    await build(work, '--out', 'cold', '--no-cache')
    const incremental = await contents(path.join(work, 'site'))
    const cold = await contents(path.join(work, 'cold'))
    expect([...incremental.keys()]).toEqual([...cold.keys()])
    for (const [file, bytes] of cold) expect(incremental.get(file)?.equals(bytes), file).toBe(true)
    // Only base's files changed; acme's and other's are the previous build's, byte for byte.
    const changedFiles = [...incremental].filter(([file, bytes]) => !before.get(file)?.equals(bytes)).map(([file]) => file)
    expect(changedFiles.length).toBeGreaterThan(0)
    expect(changedFiles.every((file) => file.startsWith('base/') || file === 'manifest.json')).toBe(true)
    expect(String(incremental.get('base/ru/privacy-policy.md'))).toContain('privacy.')
  })

  it('renders an organization again when a file of it was deleted from the previous output', async () => {
    await build(work, '--out', 'site')
    await rm(path.join(work, 'site', 'acme', 'kk', 'cookie-policy.pdf'))
    const {io, stdout, stderr} = createIo(work)
    expect(await run(['build', '--out', 'site'], io), stderr()).toBe(0)
    expect(stdout()).toMatch(/2 organizations unchanged since the last build/)
    expect((await contents(path.join(work, 'site'))).has('acme/kk/cookie-policy.pdf')).toBe(true)
  })

  it('reads what it may reuse only under the lock, so a build that waited for another reuses nothing stale', async () => {
    await build(work, '--out', 'site')
    const facts = path.join(work, 'content', 'other', 'facts.yaml')
    const original = await readFile(facts, 'utf8')
    await writeFile(facts, original.replace(/(email: *)(\S+)@/, '$1edited.$2@'))
    const first = createIo(work)
    const edited = run(['build', '--quiet', '--out', 'site'], first.io)
    // The second build reads the facts as they were, while the first still holds the folder.
    await new Promise((resolve) => setTimeout(resolve, 50))
    await writeFile(facts, original)
    const second = createIo(work)
    const reverted = run(['build', '--quiet', '--out', 'site'], second.io)
    expect(await edited, first.stderr()).toBe(0)
    expect(await reverted, second.stderr()).toBe(0)
    await build(work, '--out', 'cold', '--no-cache')
    const [incremental, cold] = [await contents(path.join(work, 'site')), await contents(path.join(work, 'cold'))]
    expect([...incremental.keys()]).toEqual([...cold.keys()])
    for (const [file, bytes] of cold) expect(incremental.get(file)?.equals(bytes), file).toBe(true)
  })

  it('renders everything again with --no-cache', async () => {
    const {io, stdout} = createIo(work)
    expect(await run(['build', '--out', 'site', '--no-cache'], io)).toBe(0)
    expect(stdout()).not.toContain('reused')
  })

  it('records for each organization the hash of what its files were made from', async () => {
    const manifest = await readManifest(path.join(work, 'site'))
    expect(Object.keys(manifest?.inputs ?? {})).toEqual(['acme', 'base', 'other'])
    expect(manifest?.inputs.acme).toMatch(/^[0-9a-f]{64}$/)
  })

  it('renders again when a template, a setting or the facts change, never when nothing does', async () => {
    const templates = await shippedTemplates()
    const organization = fixtureOrganization('acme')
    const key = inputsKey(organization, templatesHash(templates), {fragmentTitle: true, pdf: false})
    expect(inputsKey(organization, templatesHash(templates), {fragmentTitle: true, pdf: false})).toBe(key)
    const edited = {...templates, locales: {...templates.locales, kk: {...templates.locales.kk, terms: {...templates.locales.kk.terms, ui: {...templates.locales.kk.terms.ui, contents: 'Басқа мазмұны'}}}}}
    expect(inputsKey(organization, templatesHash(edited), {fragmentTitle: true, pdf: false})).not.toBe(key)
    expect(inputsKey(organization, templatesHash({...templates, documentStylesheet: `${templates.documentStylesheet}\n`}), {fragmentTitle: true, pdf: false})).not.toBe(key)
    expect(inputsKey(organization, templatesHash(templates), {fragmentTitle: false, pdf: false})).not.toBe(key)
    const otherFacts = {...organization, facts: {...organization.facts, locales: ['ru' as const]}}
    expect(inputsKey(otherFacts, templatesHash(templates), {fragmentTitle: true, pdf: false})).not.toBe(key)
  })

  it('reuses nothing from a build made with other templates', async () => {
    const templates = await shippedTemplates()
    const organizations = [fixtureOrganization('acme')]
    const folder = path.join(work, 'site')
    const manifest = await readManifest(folder)
    if (!manifest) throw new Error('no manifest')
    const reused: string[] = []
    const edited = {...templates, stylesheet: `${templates.stylesheet}\n/* changed */\n`}
    for await (const file of streamSite(organizations, edited, {pdf: true, jobs: 1, previous: {folder, manifest}, onReuse: (id) => reused.push(id)})) void file
    expect(reused).toEqual([])
  })
})

describe('rendering in worker threads', () => {
  it('gives the same bytes as rendering in this thread', async () => {
    const templates = await shippedTemplates()
    // threadsFrom: 1, or so few organizations would be rendered in this thread whatever `jobs` says.
    const organizations = ['acme', 'mfo-credit', 'minimal', 'quiet-service', 'shop-examples'].map((id) => fixtureOrganization(id))
    const inThisThread = await buildSite(organizations, templates, {pdf: true})
    const sent = vi.spyOn(RenderPool.prototype, 'render')
    const inThreads = await collect(streamSite(organizations, templates, {pdf: true, jobs: 2, threadsFrom: 1}))
    expect(sent).toHaveBeenCalledTimes(organizations.length)
    sent.mockRestore()
    expect(inThreads.map((file) => file.path)).toEqual(inThisThread.map((file) => file.path))
    inThreads.forEach((file, index) => expect(Buffer.from(file.content).equals(Buffer.from(inThisThread[index]?.content ?? [])), file.path).toBe(true))
  })
})

describe('rendering in worker threads started by a node with options of its own', () => {
  it('works when node was given an option only a process may have (--v8-pool-size)', () => {
    const script = [
      "const {streamSite} = await import('./src/site/stream.ts')",
      "const {shippedTemplates} = await import('./test/helpers/templates.ts')",
      "const {fixtureOrganization} = await import('./test/helpers/fixture-organizations.ts')",
      "let files = 0",
      "for await (const file of streamSite([fixtureOrganization('minimal'), fixtureOrganization('acme')], await shippedTemplates(), {jobs: 2, threadsFrom: 1})) files++",
      "console.log('files', files)"
    ].join('\n')
    const child = spawnSync(process.execPath, ['--v8-pool-size=2', '--import', 'tsx', '--input-type=module', '-e', script], {cwd: projectRoot, encoding: 'utf8'})
    expect(child.stderr).toBe('')
    expect(child.stdout).toMatch(/^files \d{2,}\n$/)
    expect(child.status).toBe(0)
  }, 60_000)
})

describe('shards', () => {
  let work: string
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'policygen-shards-'))
    for (const id of ['alpha', 'beta', 'gamma', 'delta', 'epsilon']) {
      await mkdir(path.join(work, 'content', id), {recursive: true})
      await copyFile(baseFactsPath, path.join(work, 'content', id, 'facts.yaml'))
    }
  })
  afterAll(() => rm(work, {recursive: true, force: true}))

  it('puts every organization in exactly one shard, whatever others there are', () => {
    const ids = Array.from({length: 200}, (_, index) => `org-${index}`)
    for (const count of [1, 2, 3, 7]) {
      for (const id of ids) expect(Array.from({length: count}, (_, index) => inShard(id, {index: index + 1, count})).filter(Boolean)).toHaveLength(1)
    }
    const inFirst = ids.filter((id) => inShard(id, {index: 1, count: 3})).length
    expect(inFirst).toBeGreaterThan(40)
    expect(inFirst).toBeLessThan(95)
  })

  it('merges the shards into exactly the output of one whole build', async () => {
    await build(work, '--shard', '1/2', '--out', 'shard-1')
    await build(work, '--shard', '2/2', '--out', 'shard-2')
    await build(work, '--out', 'whole')
    const first = await readManifest(path.join(work, 'shard-1'))
    const second = await readManifest(path.join(work, 'shard-2'))
    expect(first?.shard).toEqual({index: 1, count: 2})
    expect([...Object.keys(first?.inputs ?? {}), ...Object.keys(second?.inputs ?? {})].sort()).toEqual(['alpha', 'beta', 'delta', 'epsilon', 'gamma'])
    const {io, stdout, stderr} = createIo(work)
    expect(await run(['merge', 'shard-2', 'shard-1', '--out', 'merged'], io), stderr()).toBe(0)
    expect(stdout()).toBe('Merged 2 shards (5 organizations) into merged.\n')
    const russian = createIo(work)
    expect(await run(['merge', 'shard-1', 'shard-2', '--out', 'merged', '--lang', 'ru'], russian.io), russian.stderr()).toBe(0)
    expect(russian.stdout()).toBe('Объединены 2 части сборки (5 организаций) в папку merged.\n')
    const merged = await contents(path.join(work, 'merged'))
    const whole = await contents(path.join(work, 'whole'))
    expect([...merged.keys()]).toEqual([...whole.keys()])
    for (const [file, bytes] of whole) expect(merged.get(file)?.equals(bytes), file).toBe(true)
  })

  it('refuses, before writing anything, shards that do not make one whole build', async () => {
    const refusal = async (...args: string[]) => {
      const {io, stderr} = createIo(work)
      expect(await run(['merge', ...args, '--out', 'refused'], io)).toBe(1)
      return stderr()
    }
    expect(await refusal('shard-1')).toBe('policygen: shard 2 of 2 is missing: a merged output must hold every organization.\n')
    expect(await refusal('shard-1', 'shard-2', 'shard-1')).toContain('shard 1 of 2 is given twice: `shard-1` and `shard-1`.')
    expect(await refusal('shard-1', 'whole')).toContain('`whole` holds a whole build, not a shard')
    expect(await refusal('content')).toContain('`content` is not the output of a policygen build')
    const tampered = path.join(work, 'shard-1', (await readManifest(path.join(work, 'shard-1')))?.files[0]?.path ?? '')
    await writeFile(tampered, 'changed by hand')
    expect(await refusal('shard-1', 'shard-2')).toMatch(/`shard-1\/.+` was changed after it was built\./)
    await expect(readdir(path.join(work, 'refused'))).rejects.toThrow()
  })

  it('refuses shards in the language of --lang', async () => {
    const refusal = async (language: string, ...args: string[]) => {
      const {io, stderr} = createIo(work)
      expect(await run(['merge', ...args, '--out', 'refused', '--lang', language], io)).toBe(1)
      return stderr()
    }
    expect(await refusal('ru', 'shard-2')).toBe('policygen: нет части 1 из 2: в объединённых результатах должны быть все организации.\n')
    expect(await refusal('kk', 'shard-2')).toBe('policygen: 2 бөліктің 1-бөлігі жоқ: біріктірілген нәтижелерде барлық ұйым болуы керек.\n')
    expect(await refusal('ru', 'shard-2', 'whole')).toBe('policygen: в `whole` лежит вся сборка, а не её часть: соберите каждую часть командой `policygen build --shard I/N`.\n')
    expect(await refusal('kk', 'content')).toBe('policygen: `content` — policygen құрастыруының нәтижесі емес: бұл қалтада policygen жазған `manifest.json` жоқ.\n')
    // Merging a shard into itself: the example is never the folder refused.
    await cp(path.join(work, 'shard-2'), path.join(work, 'dist'), {recursive: true})
    const into = createIo(work)
    expect(await run(['merge', 'dist', '--out', 'dist', '--lang', 'kk'], into.io)).toBe(1)
    expect(into.stderr()).toBe('policygen: `dist` нәтижелер қалтасы — `dist` құрастыру бөлігінің өзі: бөліктерді бөлек қалтаға біріктіріңіз, мысалы `--out merged`.\n')
    await rm(path.join(work, 'dist'), {recursive: true, force: true})
    expect(await refusal('ru', 'no-such-folder')).toBe('policygen: папки `no-such-folder` нет (или её нельзя прочитать): укажите папки, в которые команда `policygen build --shard I/N` записала части сборки.\n')
    await expect(readdir(path.join(work, 'refused'))).rejects.toThrow()
  })

  it('copies the shards\' files, so changing the merged output changes no shard', async () => {
    await rm(path.join(work, 'shard-1'), {recursive: true, force: true})
    await build(work, '--shard', '1/2', '--out', 'shard-1')
    const {io, stderr} = createIo(work)
    expect(await run(['merge', 'shard-1', 'shard-2', '--out', 'copied'], io), stderr()).toBe(0)
    const manifest = await readManifest(path.join(work, 'shard-1'))
    const file = manifest?.files.find((entry) => entry.path.includes('/'))?.path ?? ''
    const [shardFile, mergedFile] = [path.join(work, 'shard-1', file), path.join(work, 'copied', file)]
    expect((await stat(shardFile)).ino).not.toBe((await stat(mergedFile)).ino)
    await appendFile(mergedFile, 'changed')
    expect((await readFile(shardFile)).includes('changed')).toBe(false)
  })

  it('refuses to merge into a shard or a folder inside one, and shards of builds from other facts', async () => {
    const refusal = async (...args: string[]) => {
      const {io, stderr} = createIo(work)
      expect(await run(['merge', ...args], io)).toBe(1)
      return stderr()
    }
    expect(await refusal('shard-1', 'shard-2', '--out', 'shard-1')).toContain('the output folder `shard-1` is the shard `shard-1`')
    expect(await refusal('shard-1', 'shard-2', '--out', 'shard-2/inside')).toContain('the output folder `shard-2/inside` is inside the shard `shard-2`')
    await symlink(path.join(work, 'shard-2'), path.join(work, 'link-to-shard'))
    expect(await refusal('shard-1', 'shard-2', '--out', 'link-to-shard')).toContain('is the shard `shard-2`')
    expect(await refusal('shard-1', 'no-such-shard', '--out', 'merged-again')).toContain('`no-such-shard` does not exist')
    // Shard 2 of another build: one organization's facts changed in between.
    const facts = path.join(work, 'content', 'gamma', 'facts.yaml')
    await writeFile(facts, (await readFile(facts, 'utf8')).replace(/(email: *)(\S+)@/, '$1other.$2@'))
    await build(work, '--shard', '2/2', '--out', 'shard-2-later')
    expect(await refusal('shard-1', 'shard-2-later', '--out', 'merged-again')).toContain('was built by another policygen, or with other templates, settings or facts')
    await expect(readdir(path.join(work, 'merged-again'))).rejects.toThrow()
  })

  it('says what --shard and --jobs take', async () => {
    for (const [args, message] of [
      [['--shard', '3/2'], '--shard takes I/N, the share I of N, with I from 1 to N and N at most 1000, not `3/2` (for example `--shard 1/4`).'],
      [['--shard', 'half'], '--shard takes I/N'],
      [['--jobs', '0'], '--jobs takes a whole number of threads from 1 to 999, not `0`'],
      [['--shard', '1/5000'], 'N at most 1000'],
      [['--jobs', '-1'], 'the option `--jobs` of `build` needs a value after it, and a value that starts with a dash is read as another option: write it `--jobs=…`']
    ] as const) {
      const {io, stderr} = createIo(work)
      expect(await run(['build', ...args, '--out', 'x'], io)).toBe(2)
      expect(stderr()).toContain(message)
    }
  })
})

describe('the render pool', () => {
  it('says a thread failed, not the organization, when a thread runs out of memory', async () => {
    const pool = new RenderPool(1, await shippedTemplates(), {pdf: true}, {maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1})
    try {
      const error = await pool.render(fixtureOrganization('acme')).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(RenderThreadError)
      expect(pool.failed).toBe(true)
    } finally {
      await pool.close()
    }
  })

  it('gives back a template error as the TemplateError it is, located in the template', async () => {
    const templates = await shippedTemplates()
    const ru = templates.locales.ru
    const document = {path: 'templates/ru/cookie-policy.md.hbs', source: '# {{title}}\n\n{{no.such.fact}}\n'}
    const broken = {...templates, locales: {...templates.locales, ru: {...ru, documents: {...ru.documents, 'cookie-policy': document}}}}
    const pool = new RenderPool(1, broken, {pdf: false})
    try {
      const error = await pool.render(fixtureOrganization('acme')).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(TemplateError)
      expect(error).toMatchObject({file: 'templates/ru/cookie-policy.md.hbs', line: expect.any(Number), column: expect.any(Number)})
      expect(pool.failed).toBe(false)
    } finally {
      await pool.close()
    }
  })
})

describe('what identifies the code that renders', () => {
  it('lists every package reachable through dependencies, found as Node finds them', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'policygen-dependencies-'))
    try {
      const write = async (at: string, manifest: object) => {
        await mkdir(path.join(folder, at), {recursive: true})
        await writeFile(path.join(folder, at, 'package.json'), JSON.stringify(manifest))
      }
      await write('.', {name: 'app', dependencies: {a: '^1'}})
      await write('node_modules/a', {name: 'a', version: '1.2.0', dependencies: {b: '*', c: '*'}})
      await write('node_modules/b', {name: 'b', version: '3.0.0'})
      // c is found nested under a, the nearest node_modules upward from a.
      await write('node_modules/a/node_modules/c', {name: 'c', version: '0.9.1', dependencies: {b: '*'}})
      expect(dependencyVersions(folder)).toEqual(['a@1.2.0', 'b@3.0.0', 'c@0.9.1'])
      await write('node_modules/b', {name: 'b', version: '3.0.1'})
      expect(dependencyVersions(folder)).toEqual(['a@1.2.0', 'b@3.0.1', 'c@0.9.1'])
    } finally {
      await rm(folder, {recursive: true, force: true})
    }
  })
})
