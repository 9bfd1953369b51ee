import {copyFile, mkdir, mkdtemp, rm} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {run} from '../../src/cli/main.js'
import {loadContent} from '../../src/facts/load.js'
import {parseFacts} from '../../src/facts/parse.js'
import {createIo} from '../helpers/cli-io.js'
import {baseFactsPath} from '../helpers/fixtures.js'

// Tests run as root, whom no permission stops: the operating system's refusal is played by the mock,
// for every file in a folder named `locked`.
vi.mock('node:fs', async (original) => {
  const actual = await original<typeof import('node:fs')>()
  const openSync = ((file: Parameters<typeof actual.openSync>[0], ...rest: unknown[]) => {
    if (String(file).includes(`${path.sep}locked${path.sep}`)) throw Object.assign(new Error(`EACCES: permission denied, open '${String(file)}'`), {code: 'EACCES', syscall: 'open'})
    return (actual.openSync as (...args: unknown[]) => number)(file, ...rest)
  }) as typeof actual.openSync
  // A folder named `sealed` may not be searched: its facts file's status cannot be had.
  const lstatSync = ((file: Parameters<typeof actual.lstatSync>[0], ...rest: unknown[]) => {
    if (String(file).includes(`${path.sep}sealed${path.sep}`)) throw Object.assign(new Error(`EACCES: permission denied, lstat '${String(file)}'`), {code: 'EACCES', syscall: 'lstat'})
    return (actual.lstatSync as (...args: unknown[]) => unknown)(file, ...rest)
  }) as typeof actual.lstatSync
  return {...actual, default: {...actual, openSync, lstatSync}, openSync, lstatSync}
})

// A folder named `unlisted` (which has no facts file) may not be listed.
vi.mock('node:fs/promises', async (original) => {
  const actual = await original<typeof import('node:fs/promises')>()
  const readdir = ((folder: string, ...rest: unknown[]) => {
    if (String(folder).endsWith(`${path.sep}unlisted`)) return Promise.reject(Object.assign(new Error(`EPERM: operation not permitted, scandir '${folder}'`), {code: 'EPERM', syscall: 'scandir'}))
    return (actual.readdir as (...args: unknown[]) => unknown)(folder, ...rest)
  }) as typeof actual.readdir
  return {...actual, default: {...actual, readdir}, readdir}
})

let root: string

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'policygen-unreadable-'))
  for (const id of ['acme', 'locked']) {
    await mkdir(path.join(root, 'content', id), {recursive: true})
    await copyFile(baseFactsPath, path.join(root, 'content', id, 'facts.yaml'))
  }
})

afterEach(async () => {
  await rm(root, {recursive: true, force: true})
})

describe('a facts file that cannot be read', () => {
  it('is marked with the reason, and the others are read', async () => {
    const sources = await loadContent(path.join(root, 'content'), (file) => path.relative(root, file))
    expect(sources.map((source) => [source.id, source.source.unreadable ?? 'read', source.source.bytes.length > 0])).toEqual([
      ['acme', 'read', true],
      ['locked', 'EACCES', false]
    ])
  })

  it('is a problem located at the file, in every language', () => {
    const source = {path: 'content/locked/facts.yaml', bytes: new Uint8Array(0), size: 120, unreadable: 'EACCES'}
    expect(parseFacts(source, 'en').problems).toEqual([
      expect.objectContaining({file: 'content/locked/facts.yaml', line: 1, column: 1, severity: 'error', ruleId: 'unreadable-file', message: 'The file cannot be read (EACCES): the system does not let policygen open it. Check that you may read it (its permissions, its owner), then validate again.'})
    ])
    expect(parseFacts(source, 'ru').problems[0]?.message).toBe('Не удалось прочитать файл (EACCES): операционная система не разрешает policygen открыть его. Убедитесь, что у вас есть право на чтение этого файла (проверьте права доступа к нему и его владельца), и запустите проверку снова.')
    expect(parseFacts(source, 'kk').problems[0]?.message).toBe('Файлды оқу мүмкін болмады (EACCES): операциялық жүйе policygen-ге оны ашуға рұқсат бермейді. Бұл файлды оқуға рұқсатыңыз бар екеніне көз жеткізіңіз (файлдың қол жеткізу құқықтарын және иесін тексеріңіз), содан кейін тексеруді қайта іске қосыңыз.')
  })

  it('is reported by validate and refused by build, named, never as the whole folder; and again on the next run', async () => {
    await mkdir(path.join(root, 'node_modules'))
    for (let round = 0; round < 2; round++) {
      const validate = createIo(root)
      expect(await run(['validate'], validate.io)).toBe(1)
      expect(validate.stdout()).toMatch(/^content\/locked\/facts\.yaml:1:1 {2}error {2}The file cannot be read \(EACCES\).* {2}unreadable-file\n/)
      expect(validate.stdout()).not.toContain('content/acme')
      expect(validate.stderr()).not.toContain('cannot read the content folder')
    }
    const build = createIo(root)
    expect(await run(['build'], build.io)).toBe(1)
    expect(build.stderr()).toContain('content/locked/facts.yaml:1:1  error  The file cannot be read (EACCES)')
    expect(build.stderr()).toContain('Nothing was written')
  })
})

describe('an organization folder that cannot be read', () => {
  beforeEach(async () => {
    await rm(path.join(root, 'content', 'locked'), {recursive: true})
    await mkdir(path.join(root, 'content', 'sealed'))
    await copyFile(baseFactsPath, path.join(root, 'content', 'sealed', 'facts.yaml'))
    await mkdir(path.join(root, 'content', 'unlisted'))
  })

  it('is a problem of that folder, with the system\'s reason, in every language; the others are validated', async () => {
    const validate = createIo(root)
    expect(await run(['validate'], validate.io)).toBe(1)
    expect(validate.stdout().split('\n').filter((line) => line.includes('  error  '))).toEqual([
      'content/sealed/:1:1  error  The folder `sealed` cannot be read (EACCES): the system does not let policygen open it, so this organization cannot be built. Check that you may read the folder (its permissions, its owner), then validate again.  unreadable-folder',
      'content/unlisted/:1:1  error  The folder `unlisted` cannot be read (EPERM): the system does not let policygen open it, so this organization cannot be built. Check that you may read the folder (its permissions, its owner), then validate again.  unreadable-folder'
    ])
    expect(validate.stderr()).not.toContain('cannot read the content folder')
    const russian = createIo(root)
    await run(['validate', '--lang', 'ru'], russian.io)
    expect(russian.stdout()).toContain('content/sealed/:1:1  error  Не удалось прочитать папку `sealed` (EACCES): операционная система не разрешает policygen открыть её, поэтому документы этой организации не собрать.')
    const kazakh = createIo(root)
    await run(['validate', '--lang', 'kk'], kazakh.io)
    expect(kazakh.stdout()).toContain('content/unlisted/:1:1  error  `unlisted` қалтасын оқу мүмкін болмады (EPERM): операциялық жүйе policygen-ге оны ашуға рұқсат бермейді, сондықтан бұл ұйымның құжаттарын жасау мүмкін емес.')
  })

  it('makes diff refuse to compare, instead of calling the organization removed', async () => {
    await mkdir(path.join(root, 'before', 'acme'), {recursive: true})
    await copyFile(baseFactsPath, path.join(root, 'before', 'acme', 'facts.yaml'))
    const diff = createIo(root)
    expect(await run(['diff', 'before', 'content'], diff.io)).toBe(2)
    expect(diff.stderr()).toContain('content/sealed/: The folder `sealed` cannot be read (EACCES)')
    expect(diff.stdout()).toBe('')
  })

  it('says so, with the reason, when it is the content folder itself', async () => {
    await mkdir(path.join(root, 'unlisted'), {recursive: true})
    const validate = createIo(root)
    expect(await run(['validate', 'unlisted'], validate.io)).toBe(2)
    expect(validate.stderr()).toContain('the system does not let policygen read the content folder `unlisted` (EPERM). Check that you may read it (its permissions, its owner).')
    const kazakh = createIo(root)
    await run(['validate', 'unlisted', '--lang', 'kk'], kazakh.io)
    expect(kazakh.stderr()).toContain('операциялық жүйе policygen-ге `unlisted` фактілер қалтасын оқуға рұқсат бермейді (EPERM).')
  })

  it('stops the build before anything is written', async () => {
    const build = createIo(root)
    expect(await run(['build'], build.io)).toBe(1)
    expect(build.stderr()).toContain('content/sealed/:1:1  error  The folder `sealed` cannot be read (EACCES)')
    expect(build.stderr()).toContain('Nothing was written')
  })
})
