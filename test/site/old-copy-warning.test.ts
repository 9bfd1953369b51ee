import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {writeOutput} from '../../src/site/write.js'

// Tests run as root, whom no permission stops: the refusal to remove the previous copy is played by
// the mock, for every folder whose name marks it as an old copy (`.out.policygen-old-…`).
vi.mock('node:fs', async (original) => {
  const actual = await original<typeof import('node:fs')>()
  const refuse = (name: string) => (folder: unknown) => {
    if (String(folder).includes('.policygen-old')) throw Object.assign(new Error(`EACCES: permission denied, ${name} '${String(folder)}'`), {code: 'EACCES', syscall: name})
  }
  const rmdirSync = ((folder: string, ...rest: unknown[]) => {
    refuse('rmdir')(folder)
    return (actual.rmdirSync as (...args: unknown[]) => unknown)(folder, ...rest)
  }) as typeof actual.rmdirSync
  const rmSync = ((folder: string, ...rest: unknown[]) => {
    refuse('rm')(folder)
    return (actual.rmSync as (...args: unknown[]) => unknown)(folder, ...rest)
  }) as typeof actual.rmSync
  return {...actual, default: {...actual, rmdirSync, rmSync}, rmdirSync, rmSync}
})

let root: string

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'policygen-old-copy-'))
  await mkdir(path.join(root, 'out'))
  await writeFile(path.join(root, 'out', 'old.md'), 'old\n')
})

afterEach(async () => {
  await rm(root, {recursive: true, force: true})
})

describe('a previous copy that cannot be removed', () => {
  it('leaves the new output in place and says so once, with the path as the user gave it', async () => {
    const warnings: string[] = []
    const display = (file: string) => path.relative(root, file)
    await writeOutput(path.join(root, 'out'), [{path: 'new.md', content: new TextEncoder().encode('new\n')}], {display, warn: (message) => warnings.push(message)})
    expect(await readFile(path.join(root, 'out', 'new.md'), 'utf8')).toBe('new\n')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^the new output is in place, but the previous copy `\.out\.policygen-old-[^`/]+` could not be removed \(EACCES\); remove it by hand\.$/)
    expect(warnings[0]).not.toContain(root)
  })

  it('says so in the language of --lang', async () => {
    const warnings: string[] = []
    await writeOutput(path.join(root, 'out'), [{path: 'new.md', content: new TextEncoder().encode('new\n')}], {display: (file) => path.relative(root, file), language: 'ru', warn: (message) => warnings.push(message)})
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^новые результаты сборки записаны, но прежнюю копию `\.out\.policygen-old-[^`/]+` удалить не удалось \(нет прав на запись в это место, EACCES\); удалите её вручную\.$/)
  })
})
