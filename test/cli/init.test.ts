import {mkdir, mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {run} from '../../src/cli/main.js'
import {createIo} from '../helpers/cli-io.js'
import {pullRequestWorkflow} from '../../src/cli/workflow.js'

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
    // A .gitignore written anew keeps the installed packages and the cache folder out of the first commit.
    expect(await readFile(path.join(work, '.gitignore'), 'utf8')).toBe("node_modules/\n# policygen: a build's staging copy and lock (removed by the build; left only by a crash)\n.*.policygen-*\n")
    const facts = await readFile(path.join(work, 'content/kaspi-shop/facts.yaml'), 'utf8')
    expect(facts.split('\n')[0]).toBe('# yaml-language-server: $schema=../../node_modules/policygen-kz/schema/facts.schema.json')
    expect(facts).toContain('ЗАПОЛНИТЕ')
    // It validates, and warns at each placeholder still to replace, in the language asked.
    const validated = createIo(work)
    expect(await run(['validate', '--lang', 'ru'], validated.io)).toBe(0)
    expect(validated.stdout()).toMatch(/^content\/kaspi-shop\/facts\.yaml:9:\d+ {2}warning {2}`organization\.legalName\.ru`: «ЗАПОЛНИТЕ наименование» — заготовка, которую записал `policygen init`, и документы печатают её как есть\. Перед публикацией замените её настоящим значением — фактом о самой компании\. {2}placeholder-left\n/)
    expect(validated.stdout().match(/placeholder-left\n/g)).toHaveLength(12)
    // The site, the e-mail addresses and the БИН, which keep their form, warn too.
    expect(validated.stdout()).toContain('`organization.bin`: «000000000000» — заготовка')
    expect(validated.stdout()).toContain('`sites[0].url`: «https://zapolnite.kz» — заготовка')
    const build = createIo(path.join(work, 'content'))
    expect(await run(['build', '--quiet'], build.io)).toBe(0)
    expect((await readdir(path.join(work, 'dist', 'kaspi-shop', 'ru'))).sort()).toEqual(['cookie-policy.fragment.html', 'cookie-policy.html', 'cookie-policy.md', 'cookie-policy.pdf', 'privacy-policy.fragment.html', 'privacy-policy.html', 'privacy-policy.md', 'privacy-policy.pdf'])
  })

  it('adds .gitignore lines and npm scripts, keeping what the repository has', async () => {
    await writeFile(path.join(work, 'package.json'), '{\n    "name": "site",\n    "scripts": {"policies:build": "make policies"}\n}\n')
    await writeFile(path.join(work, '.gitignore'), 'node_modules/')
    const {io, stdout} = createIo(work)
    expect(await run(['init'], io)).toBe(0)
    expect(stdout()).toContain('Added policygen lines to .gitignore\nAdded the npm scripts policies:validate, policies:diff to package.json\n')
    expect(await readFile(path.join(work, '.gitignore'), 'utf8')).toBe("node_modules/\n# policygen: a build's staging copy and lock (removed by the build; left only by a crash)\n.*.policygen-*\n")
    expect(JSON.parse(await readFile(path.join(work, 'package.json'), 'utf8'))).toEqual({name: 'site', scripts: {'policies:build': 'make policies', 'policies:validate': 'policygen validate', 'policies:diff': 'policygen diff origin/main HEAD'}})
    expect(await readFile(path.join(work, 'package.json'), 'utf8')).toMatch(/^\{\n {4}"name": "site",/)
    const again = createIo(work)
    expect(await run(['init', '--org', 'shop'], again.io)).toBe(0)
    expect(again.stdout()).toContain('Kept .gitignore (it has the policygen lines)\nKept package.json (it has the policies:* scripts)\n')
  })

  it('overwrites nothing: an existing config is kept, and --org adds another organization', async () => {
    await writeFile(path.join(work, 'policygen.config.yaml'), 'out: public\n')
    const first = createIo(work)
    expect(await run(['init'], first.io)).toBe(0)
    expect(first.stdout()).toMatch(/^Kept policygen\.config\.yaml \(it exists\)\nWrote content\/company\/facts\.yaml\nWrote \.github\/workflows\/policies\.yml\n/)
    expect(await readFile(path.join(work, 'policygen.config.yaml'), 'utf8')).toBe('out: public\n')
    const second = createIo(work)
    expect(await run(['init', '--org', 'shop'], second.io)).toBe(0)
    expect(second.stdout()).toMatch(/^Kept policygen\.config\.yaml \(it exists\)\nWrote content\/shop\/facts\.yaml\nKept \.github\/workflows\/policies\.yml \(it exists\)\n/)
    expect((await readdir(path.join(work, 'content'))).sort()).toEqual(['company', 'shop'])
  })

  it('puts the facts where an existing config says, with a modeline that still finds the schema', async () => {
    await writeFile(path.join(work, 'package.json'), JSON.stringify({name: 'site', policygen: {content: 'legal/facts'}}))
    const {io, stdout} = createIo(work)
    expect(await run(['init', '--org', 'shop'], io)).toBe(0)
    expect(stdout()).toMatch(/^Kept package\.json \(it has the settings\)\nWrote legal\/facts\/shop\/facts\.yaml\n/)
    const facts = await readFile(path.join(work, 'legal', 'facts', 'shop', 'facts.yaml'), 'utf8')
    expect(facts.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../node_modules/policygen-kz/schema/facts.schema.json')
    expect(await run(['validate'], createIo(work).io)).toBe(0)
  })

  it('refuses an organization that has its folder, and writes nothing', async () => {
    await mkdir(path.join(work, 'content', 'company'), {recursive: true})
    await writeFile(path.join(work, 'content', 'company', 'facts.yaml'), 'schemaVersion: 1\n')
    const {io, stderr} = createIo(work)
    expect(await run(['init'], io)).toBe(1)
    expect(stderr()).toBe('policygen: init writes nothing, because `content/company` exists already: the organization `company` has its facts. Choose another --org, or edit content/company/facts.yaml by hand.\n')
    expect((await readdir(work)).sort()).toEqual(['.git', 'content'])
    expect(await readFile(path.join(work, 'content', 'company', 'facts.yaml'), 'utf8')).toBe('schemaVersion: 1\n')
  })

  it('refuses a folder name that cannot be an organization id', async () => {
    const {io, stderr} = createIo(work)
    expect(await run(['init', '--org', 'Kaspi Shop'], io)).toBe(2)
    expect(stderr()).toContain('`Kaspi Shop` cannot be an organization\'s folder name')
    expect(await readdir(work)).toEqual(['.git'])
  })
})
