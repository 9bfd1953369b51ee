import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {run, type CliIo} from '../../src/cli/main.js'
import {summarize} from '../../src/cli/report.js'
import type {Problem} from '../../src/facts/problem.js'
import {fixtureFactsText} from '../helpers/fixture-organizations.js'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
const packageVersion = (JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8')) as {version: string}).version

interface Captured {
  code: number
  stdout: string
  stderr: string
}

async function cli(argv: string[], cwd = projectRoot): Promise<Captured> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    cwd,
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    isTTY: false,
    env: {}
  }
  const code = await run(argv, io)
  return {code, stdout, stderr}
}

const problemLine = /^(content\/[a-z-]+\/facts\.yaml):(\d+):(\d+) {2}(error|warning) {2}(.+) {2}([a-z][a-z0-9-]*)$/

let workDir: string

/** Make `<workDir>/<name>/<org>/facts.yaml` holding each organization's facts text; returns `<name>`. */
async function contentDir(name: string, organizations: Record<string, string>): Promise<string> {
  for (const [org, text] of Object.entries(organizations)) {
    await mkdir(path.join(workDir, name, org), {recursive: true})
    await writeFile(path.join(workDir, name, org, 'facts.yaml'), text)
  }
  return name
}

/** The facts of the acme test organization (test/fixtures/organizations/acme), which are valid. */
// acme keeps a cookie-review period on purpose, with a waiver that `validate` prints every time; these
// tests want facts with no line at all, so they drop that period and its waiver.
const validFacts = fixtureFactsText('acme')
  .replace('    cookieReview: P90D\n', '')
  .replace(/\nwaivers:\n(?:  [^\n]*\n?)+$/, '\n')

/** The acme facts with the first occurrence of each `from` replaced by `to` (each must occur). */
function acmeWith(...edits: Array<[from: string, to: string]>): string {
  return edits.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`the acme facts have no ${JSON.stringify(from)}`)
    return text.replace(from, () => to)
  }, validFacts)
}

/** The 1-based number of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle))
  if (index < 0) throw new Error(`no line with ${JSON.stringify(needle)}`)
  return index + 1
}

/** Links that are not https:// links: two sites and a third party's privacy policy. */
const insecureLinks = acmeWith(
  ['  - url: https://acme.kz\n', '  - url: http://acme.kz\n'],
  ['  - url: https://acmecloud.kz\n', '  - url: acmecloud.kz\n'],
  ['    privacyPolicy: https://yandex.ru/legal/confidential/\n', '    privacyPolicy: javascript:alert(1)\n']
)

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'policygen-cli-'))
})

afterAll(async () => {
  await rm(workDir, {recursive: true, force: true})
})

describe('policygen help and version', () => {
  it('--help lists the commands and exits 0', async () => {
    const {code, stdout, stderr} = await cli(['--help'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^policygen — /)
    expect(stdout).toContain('Usage: policygen <command> [options]')
    expect(stdout).toMatch(/^ {2}validate {3}Check every CONTENT_DIR\/\*\/facts\.yaml/m)
    expect(stderr).toBe('')
    expect((await cli(['-h'])).stdout).toBe(stdout)
  })

  it('shows the help but exits 2 when no command is given', async () => {
    const {code, stdout} = await cli([])
    expect(code).toBe(2)
    expect(stdout).toContain('Usage: policygen <command> [options]')
  })

  it('--version prints the package version', async () => {
    expect(await cli(['--version'])).toEqual({code: 0, stdout: `${packageVersion}\n`, stderr: ''})
    expect((await cli(['-v'])).stdout).toBe(`${packageVersion}\n`)
  })

  it('validate --help explains the command and its exit codes', async () => {
    const {code, stdout, stderr} = await cli(['validate', '--help'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Usage: policygen validate \[CONTENT_DIR\] \[--no-cache\] \[--lang en\|ru\|kk\] \[--format text\|json\]\n\n/)
    expect(stdout).toContain('path/to/facts.yaml:line:column  error|warning  message  rule-id')
    expect(stdout).toContain('Exit codes: 0 no errors (warnings allowed), 1 errors in the facts, 2 wrong usage.')
    expect(stderr).toBe('')
  })

  it.each(['validate', 'build', 'diff'])('%s --help offers the three message languages', async (command) => {
    const {code, stdout} = await cli([command, '--help'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Usage: policygen .*\[--lang en\|ru\|kk\]/)
    expect(stdout).toMatch(/^ {2}--lang en\|ru\|kk +language of /m)
  })
})

describe('policygen wrong usage exits 2', () => {
  it.each([
    [['validate', '--lang', 'de'], 'policygen: --lang must be en, ru or kk, not `de`.\n'],
    [['validate', '--lang', 'xx'], 'policygen: --lang must be en, ru or kk, not `xx`.\n'],
    [['build', '--lang', 'xx'], 'policygen: --lang must be en, ru or kk, not `xx`.\n'],
    [['validate', '--lang', 'KK'], 'policygen: --lang must be en, ru or kk, not `KK`.\n'],
    [['validate', '--lang', 'toString'], 'policygen: --lang must be en, ru or kk, not `toString`.\n'],
    [['validate', '--format', 'xml'], 'policygen: --format must be text or json, not `xml`.\n'],
    [['validate', 'content', 'more'], 'policygen: validate takes one CONTENT_DIR, got 2.\n']
  ])('%j', async (argv, message) => {
    expect(await cli(argv)).toEqual({code: 2, stdout: '', stderr: message})
  })

  it('names an unknown command and lists the known ones', async () => {
    const {code, stdout, stderr} = await cli(['frobnicate'])
    expect({code, stdout}).toEqual({code: 2, stdout: ''})
    expect(stderr).toMatch(/^policygen: unknown command `frobnicate`\. Commands: ([a-z]+, )*validate(, [a-z]+)*\.\n$/)
  })

  it('names an unknown option and shows the usage', async () => {
    const {code, stdout, stderr} = await cli(['validate', '--strict'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^policygen: .*--strict/)
    expect(stderr).toContain('Usage: policygen validate [CONTENT_DIR]')
  })

  it('says so when the content folder does not exist', async () => {
    const {code, stdout, stderr} = await cli(['validate', 'no-such-folder'], workDir)
    expect({code, stdout}).toEqual({code: 2, stdout: ''})
    expect(stderr).toBe('policygen: cannot read the content folder `no-such-folder`. Give the folder that holds <org>/facts.yaml.\n')
  })

  it('says so in Kazakh with --lang kk', async () => {
    expect(await cli(['validate', 'no-such-folder', '--lang', 'kk'], workDir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'policygen: `no-such-folder` фактілер қалтасын оқу мүмкін болмады. Ішінде <ұйым>/facts.yaml файлдары бар қалтаны көрсетіңіз.\n'
    })
  })

  it('says so when the content folder holds no facts', async () => {
    await mkdir(path.join(workDir, 'empty-content'), {recursive: true})
    expect(await cli(['validate', 'empty-content'], workDir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'policygen: no <org>/facts.yaml found in `empty-content`.\n'
    })
  })
})

describe('policygen validate', () => {
  it('finds no problems in ./content (the default) and exits 0', async () => {
    await contentDir(path.join('default', 'content'), {acme: validFacts})
    expect(await cli(['validate'], path.join(workDir, 'default'))).toEqual({code: 0, stdout: 'No problems found.\n', stderr: ''})
  })

  it('reports an organization folder without facts as an error in the facts, not as wrong usage', async () => {
    await mkdir(path.join(workDir, 'facts-missing', 'org-without-facts'), {recursive: true})
    const {code, stdout, stderr} = await cli(['validate', 'facts-missing'], workDir)
    expect({code, stderr}).toEqual({code: 1, stderr: ''})
    expect(stdout).toMatch(/^facts-missing\/org-without-facts\/:1:1 {2}error {2}The folder `org-without-facts` has no `facts\.yaml`.* {2}organization-without-facts\n\n1 error, 0 warnings in 1 file\.\n$/)
  })

  it('says so in Russian with --lang ru', async () => {
    const dir = await contentDir('valid', {acme: validFacts})
    expect(await cli(['validate', dir, '--lang', 'ru'], workDir)).toEqual({code: 0, stdout: 'Проблем не найдено.\n', stderr: ''})
  })

  it('says so in Kazakh with --lang kk', async () => {
    const dir = await contentDir('valid-kk', {acme: validFacts})
    expect(await cli(['validate', dir, '--lang', 'kk'], workDir)).toEqual({code: 0, stdout: 'Мәселе табылмады.\n', stderr: ''})
  })

  it('prints an empty JSON array for valid facts', async () => {
    const dir = await contentDir('valid-json', {acme: validFacts})
    const {code, stdout} = await cli(['validate', dir, '--format', 'json'], workDir)
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual([])
  })

  it('prints one line per problem, a summary, and exits 1', async () => {
    const dir = await contentDir('content', {acme: insecureLinks})
    const {code, stdout, stderr} = await cli(['validate'], workDir)
    expect(code).toBe(1)
    expect(stderr).toBe('')
    const [problems = '', summary, ...rest] = stdout.split('\n\n')
    expect(dir).toBe('content')
    const lines = problems.split('\n')
    expect(lines).toHaveLength(3)
    for (const line of lines) expect(line).toMatch(problemLine)
    expect(lines.map((line) => problemLine.exec(line)?.slice(1, 5).concat(problemLine.exec(line)?.[6] ?? ''))).toEqual([
      ['content/acme/facts.yaml', '22', '10', 'error', 'invalid-url'],
      ['content/acme/facts.yaml', '24', '10', 'error', 'invalid-url'],
      ['content/acme/facts.yaml', String(lineOf(insecureLinks, 'javascript:alert(1)')), '20', 'error', 'invalid-url']
    ])
    expect(lines[0]).toBe(
      'content/acme/facts.yaml:22:10  error  `sites[0].url`: `http://acme.kz` is not a secure web address. Links start with `https://` and the site\'s name, for example `https://example.kz`.  invalid-url'
    )
    expect(summary).toBe('3 errors, 0 warnings in 1 file.\n')
    expect(rest).toEqual([])
  })

  it('reports every organization, sorted by file, and counts the files', async () => {
    const abroad = acmeWith(['  primaryDatabaseCountry: KZ\n', '  primaryDatabaseCountry: DE\n'])
    const badIdentifiers = acmeWith(['  bin: "110340004560"\n', '  bin: "110340004561"\n  iin: "85010130012A"\n'])
    const dir = await contentDir('several', {zeta: abroad, alpha: badIdentifiers, fine: validFacts})
    const {code, stdout} = await cli(['validate', dir], workDir)
    expect(code).toBe(1)
    const lines = stdout.trimEnd().split('\n')
    expect(lines.map((line) => line.replace(/ {2}.*/, ''))).toEqual([
      'several/alpha/facts.yaml:13:8',
      'several/alpha/facts.yaml:14:8',
      `several/zeta/facts.yaml:${lineOf(abroad, 'primaryDatabaseCountry')}:27`,
      '',
      '3 errors, 0 warnings in 2 files.'
    ])
  })

  it('exits 0 when there are only warnings, and still prints them', async () => {
    // Legitimate interests alone are a warning; with a legal obligation beside them they are fine.
    const interests = acmeWith(
      ['    - id: analytics\n      basis: [consent]\n', '    - id: analytics\n      basis: [legitimate-interests]\n'],
      ['      basis: [legal-obligation]\n', '      basis: [legitimate-interests, legal-obligation]\n']
    )
    const dir = await contentDir('warnings', {acme: interests})
    const {code, stdout} = await cli(['validate', dir], workDir)
    expect(code).toBe(0)
    expect(stdout.startsWith(`warnings/acme/facts.yaml:${lineOf(interests, 'basis: [legitimate-interests]')}:14  warning  `)).toBe(true)
    expect(stdout).toMatch(/^warnings\/acme\/facts\.yaml:\d+:14 {2}warning {2}`personalData\.purposes\[1\]\.basis`: .+ {2}legitimate-interest-only\n\n0 errors, 1 warning in 1 file\.\n$/)
  })

  it('--format json prints the problems as a JSON array', async () => {
    const periods = acmeWith(
      ['    changeNotice: [publication-only]\n', '    changeNotice: [publication-only]\n    cookieReview: P1Y2M\n'],
      ['    purpose: site-operation\n    retention: session\n', '    purpose: site-operation\n    retention: 2 years\n'],
      ['      retention: P3Y\n', '      retention: forever\n'],
      ['      sources: [cookies-and-similar, server-logs]\n      retention: P1Y\n', '      sources: [cookies-and-similar, server-logs]\n      retention: session\n']
    )
    const dir = await contentDir('json', {acme: periods})
    const {code, stdout} = await cli(['validate', dir, '--format', 'json'], workDir)
    expect(code).toBe(1)
    const problems = JSON.parse(stdout) as Array<Record<string, unknown>>
    expect(problems).toHaveLength(4)
    for (const problem of problems) {
      expect(Object.keys(problem).sort()).toEqual(['column', 'file', 'line', 'message', 'path', 'ruleId', 'severity'])
      expect(problem).toMatchObject({file: 'json/acme/facts.yaml', severity: 'error', ruleId: 'invalid-duration'})
      expect(typeof problem.line).toBe('number')
      expect(typeof problem.column).toBe('number')
      expect(problem.message).toMatch(/^`.+`: `.+` is not a period policygen understands\./)
    }
    expect(problems.map((problem) => problem.path)).toEqual([
      'documents.cookiePolicy.cookieReview',
      'cookies[0].retention',
      'personalData.categories[0].retention',
      'personalData.categories[1].retention'
    ])
  })

  it('--lang ru words the problems and the summary in Russian', async () => {
    const dir = await contentDir('russian', {acme: insecureLinks})
    const english = await cli(['validate', dir], workDir)
    const {code, stdout} = await cli(['validate', dir, '--lang', 'ru'], workDir)
    expect(code).toBe(1)
    const lines = stdout.split('\n\n')[0]?.split('\n') ?? []
    expect(lines).toHaveLength(3)
    for (const line of lines) {
      expect(line).toMatch(/^russian\/acme\/facts\.yaml:\d+:\d+ {2}error {2}.+ {2}invalid-url$/)
      expect(line).toMatch(/не защищённый веб-адрес/)
    }
    expect(lines.map((line) => line.split('  ')[0])).toEqual(english.stdout.split('\n').slice(0, 3).map((line) => line.split('  ')[0]))
    expect(stdout.endsWith('\n\nОшибок: 3, предупреждений: 0, файлов с проблемами: 1.\n')).toBe(true)
  })

  it('--lang kk words the problems and the summary in Kazakh, at the same places as in Russian', async () => {
    const dir = await contentDir('kazakh', {acme: insecureLinks})
    const russian = await cli(['validate', dir, '--lang', 'ru'], workDir)
    const {code, stdout, stderr} = await cli(['validate', dir, '--lang', 'kk'], workDir)
    expect({code, stderr}).toEqual({code: 1, stderr: ''})
    const [problems = '', summary, ...rest] = stdout.split('\n\n')
    expect(rest).toEqual([])
    const lines = problems.split('\n')
    const placeAndRule = (line: string) => `${line.split('  ')[0] ?? ''} ${line.split('  ').at(-1) ?? ''}`
    expect(lines.map(placeAndRule)).toEqual((russian.stdout.split('\n\n')[0] ?? '').split('\n').map(placeAndRule))
    for (const line of lines) {
      expect(line).toMatch(/^kazakh\/acme\/facts\.yaml:\d+:\d+ {2}(error|warning) {2}.+ {2}[a-z][a-z0-9-]*$/)
      // Kazakh words, outside the quoted YAML: a letter Russian does not have.
      expect(line.split('  ')[2]?.replace(/`[^`]*`/g, '')).toMatch(/[ӘҒҚҢӨҰҮҺІәғқңөұүһі]/)
    }
    const links = lines.filter((line) => line.endsWith('  invalid-url'))
    expect(links).toHaveLength(3)
    expect(links[0]).toMatch(/ {2}`sites\[0\]\.url`: `http:\/\/acme\.kz` — қорғалған веб-мекенжай емес\. Сілтеме `https:\/\/` белгісінен және сайттың атауынан басталады, мысалы `https:\/\/example\.kz`\. {2}invalid-url$/)
    const errors = lines.filter((line) => line.includes('  error  ')).length
    expect(summary).toBe(`Қателер: ${errors}, ескертулер: ${lines.length - errors}, мәселесі бар файлдар: 1.\n`)
  })

  it('--lang ru with --format json keeps the keys and words the messages in Russian', async () => {
    const emptyTexts = acmeWith(['    kk: Акме\n', '    kk: ""\n'], ['  brandName: Acme\n', "  brandName: ''\n"], ['    name: Google LLC\n', '    name: ""\n'])
    const dir = await contentDir('russian-json', {acme: emptyTexts})
    const problems = JSON.parse((await cli(['validate', dir, '--lang', 'ru', '--format', 'json'], workDir)).stdout) as Array<{ruleId: string; message: string}>
    expect(problems.map((problem) => problem.ruleId)).toEqual(['empty-text', 'empty-text', 'empty-text'])
    for (const problem of problems) expect(problem.message).toMatch(/текст пуст/)
  })
})

describe('the summary line', () => {
  const problem = (file: string, severity: Problem['severity']): Problem => ({file, line: 1, column: 1, severity, ruleId: 'invalid-url', message: 'm', path: ''})
  const problems = [problem('a/facts.yaml', 'error'), problem('a/facts.yaml', 'error'), problem('a/facts.yaml', 'warning')]

  it('counts errors, warnings and files in every message language, Russian and Kazakh without plurals', () => {
    expect(summarize(problems, 'en')).toBe('2 errors, 1 warning in 1 file.')
    expect(summarize(problems, 'ru')).toBe('Ошибок: 2, предупреждений: 1, файлов с проблемами: 1.')
    expect(summarize(problems, 'kk')).toBe('Қателер: 2, ескертулер: 1, мәселесі бар файлдар: 1.')
    expect(summarize([problem('a/facts.yaml', 'warning'), problem('b/facts.yaml', 'warning')], 'kk')).toBe('Қателер: 0, ескертулер: 2, мәселесі бар файлдар: 2.')
  })

  it('counts waived warnings apart, and only when there are some', () => {
    const withWaived = [...problems, problem('a/facts.yaml', 'waived')]
    expect(summarize(withWaived, 'en')).toBe('2 errors, 1 warning in 1 file. 1 waived.')
    expect(summarize(withWaived, 'ru')).toBe('Ошибок: 2, предупреждений: 1, файлов с проблемами: 1. Снято предупреждений: 1.')
    expect(summarize(withWaived, 'kk')).toBe('Қателер: 2, ескертулер: 1, мәселесі бар файлдар: 1. Алынып тасталған ескертулер: 1.')
    // Only waived ones: no file is named, as though only those had been checked.
    const onlyWaived = [problem('a/facts.yaml', 'waived'), problem('b/facts.yaml', 'waived'), problem('c/facts.yaml', 'warning')]
    expect(summarize(onlyWaived.slice(0, 2), 'en')).toBe('0 errors, 0 warnings. 2 waived.')
    expect(summarize(onlyWaived, 'en')).toBe('0 errors, 1 warning in 1 file. 2 waived.')
    expect(summarize(onlyWaived.slice(0, 2), 'ru')).toBe('Ошибок: 0, предупреждений: 0. Снято предупреждений: 2.')
    expect(summarize(onlyWaived.slice(0, 2), 'kk')).toBe('Қателер: 0, ескертулер: 0. Алынып тасталған ескертулер: 2.')
    expect(summarize(onlyWaived, 'ru')).toBe('Ошибок: 0, предупреждений: 1, файлов с проблемами: 1. Снято предупреждений: 2.')
  })
})
