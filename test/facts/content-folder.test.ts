import {execFileSync} from 'node:child_process'
import {copyFile, mkdir, mkdtemp, rm, symlink, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {run, type CliIo} from '../../src/cli/main.js'
import {checkContentFolder} from '../../src/facts/content-folder.js'
import {baseFactsPath} from '../helpers/fixtures.js'

// Folder names become page addresses, and a folder that is not built must never vanish from the
// published pages without a word: every such entry of the content folder is reported.

let root: string
let content: string
const display = (file: string) => path.relative(root, file)

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'policygen-content-'))
  content = path.join(root, 'content')
  await mkdir(path.join(content, 'acme'), {recursive: true})
  await copyFile(baseFactsPath, path.join(content, 'acme', 'facts.yaml'))
})

afterEach(async () => {
  await rm(root, {recursive: true, force: true})
})

async function problems(): Promise<string[]> {
  return (await checkContentFolder(content, display, 'en')).map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.ruleId}: ${problem.message}`)
}

describe('checkContentFolder', () => {
  it('is silent about organization folders, hidden entries and a README', async () => {
    await writeFile(path.join(content, '.gitkeep'), '')
    await writeFile(path.join(content, 'README.md'), '# Facts\n')
    expect(await problems()).toEqual([])
  })

  it('reports a folder name that is not a lowercase slug, with a slug for it', async () => {
    await mkdir(path.join(content, 'Acme Corp'))
    await copyFile(baseFactsPath, path.join(content, 'Acme Corp', 'facts.yaml'))
    await mkdir(path.join(content, 'manifest.json'))
    await copyFile(baseFactsPath, path.join(content, 'manifest.json', 'facts.yaml'))
    expect(await problems()).toEqual([
      'content/Acme Corp/:1:1 organization-folder-name: The folder name `Acme Corp` becomes part of the organization\'s page addresses, so it must be a lowercase slug: Latin letters a–z, digits and hyphens, for example `acme-corp`. Rename the folder.',
      'content/manifest.json/:1:1 organization-folder-name: The folder name `manifest.json` becomes part of the organization\'s page addresses, so it must be a lowercase slug: Latin letters a–z, digits and hyphens, for example `manifest-json`. Rename the folder.'
    ])
  })

  it('reports a folder without facts.yaml, suggesting the misspelt file', async () => {
    await mkdir(path.join(content, 'beta'))
    await copyFile(baseFactsPath, path.join(content, 'beta', 'fact.yaml'))
    await mkdir(path.join(content, 'gamma'))
    expect(await problems()).toEqual([
      'content/beta/:1:1 organization-without-facts: The folder `beta` has no `facts.yaml`, so this organization would not be published; did you mean to name `fact.yaml` `facts.yaml`? Add the facts file, or remove the folder.',
      'content/gamma/:1:1 organization-without-facts: The folder `gamma` has no `facts.yaml`, so this organization would not be published (it is empty). Add the facts file, or remove the folder.'
    ])
  })

  it('warns of a hidden folder that holds facts, and says when facts.yaml is a folder', async () => {
    await mkdir(path.join(content, '.acme-old'))
    await copyFile(baseFactsPath, path.join(content, '.acme-old', 'facts.yaml'))
    await mkdir(path.join(content, 'beta', 'facts.yaml'), {recursive: true})
    const found = await checkContentFolder(content, display, 'en')
    expect(found.map((problem) => `${problem.file} ${problem.severity} ${problem.ruleId}`)).toEqual([
      'content/.acme-old/ warning hidden-organization',
      'content/beta/facts.yaml error content-not-a-file'
    ])
    expect(found[1]?.message).toBe('`beta/facts.yaml` is a folder; the facts must be an ordinary file named `facts.yaml`. Move what it holds out and save the facts there as a file.')
  })

  it('reports symlinked folders and facts files, a FIFO, and facts put directly in the content folder', async () => {
    await symlink(path.join(content, 'acme'), path.join(content, 'linked'))
    await mkdir(path.join(content, 'delta'))
    await symlink(path.join(content, 'acme', 'facts.yaml'), path.join(content, 'delta', 'facts.yaml'))
    execFileSync('mkfifo', [path.join(content, 'pipe')])
    await copyFile(baseFactsPath, path.join(content, 'facts.yaml'))
    expect((await problems()).map((line) => line.split(': ')[0])).toEqual([
      'content/delta/facts.yaml:1:1 content-symlink',
      'content/facts.yaml:1:1 facts-outside-folder',
      'content/linked:1:1 content-symlink',
      'content/pipe:1:1 content-not-a-file'
    ])
  })

  it('makes validate and build fail, saying why, so no organization disappears silently', async () => {
    await mkdir(path.join(content, 'beta'))
    await writeFile(path.join(content, 'beta', 'fact.yaml'), 'schemaVersion: 1\n')
    let stderr = ''
    const io: CliIo = {cwd: root, stdout: (text) => (stderr += text), stderr: (text) => (stderr += text), isTTY: false, env: {}}
    expect(await run(['validate'], io)).toBe(1)
    expect(stderr).toContain('content/beta/:1:1  error  The folder `beta` has no `facts.yaml`')
    stderr = ''
    expect(await run(['build', '--out', 'out'], io)).toBe(1)
    expect(stderr).toContain('organization-without-facts')
    expect(stderr).toContain('Nothing was written')
  })
})
