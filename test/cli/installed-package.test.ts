import {execFileSync} from 'node:child_process'
import {copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

// A company installs policygen from its packed form into its own repository and runs the installed
// command there: nothing may depend on this checkout (its TypeScript, its build/ folder, its paths).

const projectRoot = fileURLToPath(new URL('../../', import.meta.url))
const baseFacts = fileURLToPath(new URL('../fixtures/base/facts.yaml', import.meta.url))
let work: string
let company: string

function run(command: string, args: readonly string[], cwd = company): {code: number; stdout: string; stderr: string} {
  try {
    const stdout = execFileSync(command, [...args], {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, npm_config_audit: 'false', npm_config_fund: 'false'}})
    return {code: 0, stdout, stderr: ''}
  } catch (error) {
    const failed = error as {status?: number; stdout?: string; stderr?: string}
    return {code: failed.status ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? ''}
  }
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'policygen-package-'))
  // Pack a copy of what the package is made from, so that `prepack` compiles into the copy's build/
  // and never rewrites this checkout's build/ while other tests run the command from it.
  const source = path.join(work, 'source')
  for (const entry of ['bin', 'schema', 'templates', 'catalogue', 'docs', 'src', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'README.md', 'LICENSE']) {
    await cp(path.join(projectRoot, entry), path.join(source, entry), {recursive: true})
  }
  await symlink(path.join(projectRoot, 'node_modules'), path.join(source, 'node_modules'))
  const packed = run('npm', ['pack', '--pack-destination', work, '--silent'], source)
  expect(packed.code, packed.stderr).toBe(0)
  const tarball = path.join(work, packed.stdout.trim().split('\n').at(-1) ?? '')
  company = path.join(work, 'company')
  await mkdir(path.join(company, 'content', 'acme'), {recursive: true})
  await copyFile(baseFacts, path.join(company, 'content', 'acme', 'facts.yaml'))
  await writeFile(path.join(company, 'package.json'), `${JSON.stringify({name: 'company-policies', private: true, type: 'module'}, null, 2)}\n`)
  const installed = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--save-dev', tarball])
  expect(installed.code, installed.stderr).toBe(0)
}, 240_000)

afterAll(async () => {
  if (work) await rm(work, {recursive: true, force: true})
})

describe('the installed package', () => {
  const policygen = () => path.join(company, 'node_modules', '.bin', 'policygen')

  it('ships the compiled code, the schema, the templates, the catalogue, the rule pages and the licences, and no sources or tests', async () => {
    const root = path.join(company, 'node_modules', 'policygen-kz')
    const shipped = (await readdir(root)).sort()
    expect(shipped).toEqual(['LICENSE', 'README.md', 'bin', 'build', 'catalogue', 'docs', 'package.json', 'schema', 'templates'])
    // The rule pages `policygen rules` points to, and nothing else of docs/.
    expect(await readdir(path.join(root, 'docs'))).toEqual(['rules'])
    expect(await readdir(path.join(root, 'docs', 'rules'))).toContain('placeholder-left.md')
    expect((await readdir(path.join(root, 'build'))).sort()).toContain('index.d.ts')
  })

  it('says where the installed rule pages are', () => {
    const listed = run(policygen(), ['rules'], company)
    expect(listed.code, listed.stderr).toBe(0)
    expect(listed.stdout).toMatch(/ rules; each has a page in node_modules\/policygen-kz\/docs\/rules\/<id>\.md\.\n$/)
  })

  it('validates and builds the company’s facts', async () => {
    const validated = run(policygen(), ['validate'])
    expect(validated, validated.stderr).toMatchObject({code: 0, stdout: 'No problems found.\n'})
    const built = run(policygen(), ['build'])
    expect(built.code, built.stderr).toBe(0)
    expect(built.stdout).toMatch(/^Built 4 documents for 1 organization into dist \(19 files\)\./)
    expect((await readFile(path.join(company, 'dist', 'acme', 'ru', 'privacy-policy.md'), 'utf8')).startsWith('# Политика конфиденциальности\n')).toBe(true)
  })

  it('ships the services catalogue with its licence notice', async () => {
    const found = run(policygen(), ['services', '_ym_uid'])
    expect(found, found.stderr).toMatchObject({code: 0})
    expect(found.stdout).toMatch(/^yandex-metrica +ООО «ЯНДЕКС» \(RU\)/m)
    const installed = path.join(company, 'node_modules', 'policygen-kz', 'catalogue')
    expect(await readdir(installed)).toEqual(['NOTICE', 'services.json', 'source'])
    expect(await readdir(path.join(installed, 'source'))).toEqual(['LICENSE-open-cookie-database'])
  })

  it('starts a new repository whose modeline finds the installed schema', async () => {
    const fresh = path.join(work, 'fresh-company')
    await mkdir(path.join(fresh, 'node_modules'), {recursive: true})
    await symlink(path.join(company, 'node_modules', 'policygen-kz'), path.join(fresh, 'node_modules', 'policygen-kz'))
    const started = run(policygen(), ['init', '--org', 'shop'], fresh)
    expect(started.code, started.stderr).toBe(0)
    const facts = path.join(fresh, 'content', 'shop', 'facts.yaml')
    const modeline = (await readFile(facts, 'utf8')).split('\n')[0]?.replace('# yaml-language-server: $schema=', '') ?? ''
    expect(JSON.parse(await readFile(path.resolve(path.dirname(facts), modeline), 'utf8'))).toHaveProperty('$schema')
    // The starter validates, with a warning at each placeholder still to replace.
    const validated = run(policygen(), ['validate'], fresh)
    expect(validated.code, validated.stderr).toBe(0)
    expect(validated.stdout).toMatch(/^content\/shop\/facts\.yaml:9:\d+ {2}warning {2}`organization\.legalName\.ru`: «ЗАПОЛНИТЕ наименование» is a placeholder/)
    expect(validated.stdout).toMatch(/\n0 errors, 12 warnings in 1 file\.\n$/)
  })

  it('compares two commits of the company’s repository', async () => {
    const git = (...args: string[]) => run('git', ['-c', 'user.email=legal@acme.kz', '-c', 'user.name=Legal', ...args])
    git('init', '-q')
    await writeFile(path.join(company, '.gitignore'), 'node_modules/\ndist/\n')
    git('add', '.')
    git('commit', '-qm', 'facts')
    const facts = path.join(company, 'content', 'acme', 'facts.yaml')
    await writeFile(facts, (await readFile(facts, 'utf8')).replace('retention: P2Y}', 'retention: P3Y}'))
    git('commit', '-qam', 'longer')
    const diff = run(policygen(), ['diff', 'HEAD~1', 'HEAD'])
    expect(diff.code, diff.stderr).toBe(0)
    expect(diff.stdout).toContain('**material** cookie "\\_ga": retention 2 years → 3 years')
  })

  it('gives its API and types to other programs', async () => {
    const script = path.join(company, 'api.mjs')
    await writeFile(script, "import {validateFacts, rules} from 'policygen-kz'\nconsole.log(typeof validateFacts, rules.length > 0)\n")
    expect(run(process.execPath, [script]).stdout).toBe('function true\n')
  })
})
