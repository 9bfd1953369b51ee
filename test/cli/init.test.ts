import {mkdir, mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {run, type CliIo} from '../../src/cli/main.js'
import {pullRequestWorkflow} from '../../src/cli/workflow.js'

function createIo(cwd: string) {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {cwd, stdout: (text) => out.push(text), stderr: (text) => err.push(text), isTTY: false, env: {}}
  return {io, stdout: () => out.join(''), stderr: () => err.join('')}
}

describe('policygen init', () => {
  let work: string
  beforeEach(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'policygen-init-'))
    await mkdir(path.join(work, '.git'))
  })
  afterEach(() => rm(work, {recursive: true, force: true}))

  it('writes a config, starter facts that validate and build, and the workflow', async () => {
    const {io, stdout} = createIo(work)
    expect(await run(['init', '--org', 'kaspi-shop'], io)).toBe(0)
    expect(stdout()).toMatch(/^Wrote policygen\.config\.yaml\nWrote content\/kaspi-shop\/facts\.yaml\nWrote \.github\/workflows\/policies\.yml\n/)
    expect(await readFile(path.join(work, '.github/workflows/policies.yml'), 'utf8')).toBe(pullRequestWorkflow)
    const facts = await readFile(path.join(work, 'content/kaspi-shop/facts.yaml'), 'utf8')
    expect(facts.split('\n')[0]).toBe('# yaml-language-server: $schema=../../node_modules/policygen-kz/schema/facts.schema.json')
    expect(facts).toContain('ЗАПОЛНИТЕ')
    expect(await run(['validate'], createIo(work).io)).toBe(0)
    const build = createIo(path.join(work, 'content'))
    expect(await run(['build', '--quiet'], build.io)).toBe(0)
    expect((await readdir(path.join(work, 'dist', 'kaspi-shop', 'ru'))).sort()).toEqual(['cookie-policy.fragment.html', 'cookie-policy.html', 'cookie-policy.md', 'cookie-policy.pdf', 'privacy-policy.fragment.html', 'privacy-policy.html', 'privacy-policy.md', 'privacy-policy.pdf'])
  })

  it('overwrites nothing: when one file exists, it writes none and names it', async () => {
    await writeFile(path.join(work, 'policygen.config.yaml'), 'out: public\n')
    const {io, stderr} = createIo(work)
    expect(await run(['init'], io)).toBe(1)
    expect(stderr()).toBe('policygen: init writes nothing, because `policygen.config.yaml` exists already. Move it away, or edit it by hand.\n')
    expect((await readdir(work)).sort()).toEqual(['.git', 'policygen.config.yaml'])
    expect(await readFile(path.join(work, 'policygen.config.yaml'), 'utf8')).toBe('out: public\n')
  })

  it('refuses a folder name that cannot be an organization id', async () => {
    const {io, stderr} = createIo(work)
    expect(await run(['init', '--org', 'Kaspi Shop'], io)).toBe(2)
    expect(stderr()).toContain('`Kaspi Shop` cannot be an organization\'s folder name')
    expect(await readdir(work)).toEqual(['.git'])
  })
})
