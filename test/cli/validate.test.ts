import {copyFile, mkdir, mkdtemp, readFile, rm} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {run, type CliIo} from '../src/cli/main.js'

const projectRoot = fileURLToPath(new URL('..', import.meta.url))
const fixturesDir = path.join(projectRoot, 'test/fixtures/invalid')
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

/** Make `<workDir>/<name>/<org>/facts.yaml` from fixtures (or the kazteleport facts); returns `<name>`. */
async function contentDir(name: string, organizations: Record<string, string>): Promise<string> {
  for (const [org, source] of Object.entries(organizations)) {
    await mkdir(path.join(workDir, name, org), {recursive: true})
    await copyFile(source, path.join(workDir, name, org, 'facts.yaml'))
  }
  return name
}

const fixture = (name: string) => path.join(fixturesDir, name)
const validFacts = path.join(projectRoot, 'content/kazteleport/facts.yaml')

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
    expect(stdout).toMatch(/^Usage: policygen validate \[CONTENT_DIR\] \[--lang en\|ru\] \[--format text\|json\]\n\n/)
    expect(stdout).toContain('path/to/facts.yaml:line:column  error|warning  message  rule-id')
    expect(stdout).toContain('Exit codes: 0 no errors (warnings allowed), 1 errors in the facts, 2 wrong usage.')
    expect(stderr).toBe('')
  })
})

describe('policygen wrong usage exits 2', () => {
  it.each([
    [['validate', '--lang', 'de'], 'policygen: --lang must be en or ru, not `de`.\n'],
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

  it('says so when the content folder holds no facts', async () => {
    await mkdir(path.join(workDir, 'empty-content', 'org-without-facts'), {recursive: true})
    expect(await cli(['validate', 'empty-content'], workDir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'policygen: no <org>/facts.yaml found in `empty-content`.\n'
    })
  })
})

describe('policygen validate', () => {
  it('finds no problems in ./content (the default) and exits 0', async () => {
    expect(await cli(['validate'])).toEqual({code: 0, stdout: 'No problems found.\n', stderr: ''})
  })

  it('says so in Russian with --lang ru', async () => {
    const dir = await contentDir('valid', {kazteleport: validFacts})
    expect(await cli(['validate', dir, '--lang', 'ru'], workDir)).toEqual({code: 0, stdout: 'Проблем не найдено.\n', stderr: ''})
  })

  it('prints an empty JSON array for valid facts', async () => {
    const dir = await contentDir('valid-json', {kazteleport: validFacts})
    const {code, stdout} = await cli(['validate', dir, '--format', 'json'], workDir)
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual([])
  })

  it('prints one line per problem, a summary, and exits 1', async () => {
    const dir = await contentDir('content', {acme: fixture('invalid-url.yaml')})
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
      ['content/acme/facts.yaml', '137', '20', 'error', 'invalid-url']
    ])
    expect(lines[0]).toBe(
      'content/acme/facts.yaml:22:10  error  `sites[0].url`: `http://kazteleport.kz` is not a secure web address. Links must start with `https://`, for example `https://example.kz`.  invalid-url'
    )
    expect(summary).toBe('3 errors, 0 warnings in 1 file.\n')
    expect(rest).toEqual([])
  })

  it('reports every organization, sorted by file, and counts the files', async () => {
    const dir = await contentDir('several', {
      zeta: fixture('database-outside-kazakhstan.yaml'),
      alpha: fixture('invalid-bin.yaml'),
      fine: validFacts
    })
    const {code, stdout} = await cli(['validate', dir], workDir)
    expect(code).toBe(1)
    const lines = stdout.trimEnd().split('\n')
    expect(lines.map((line) => line.replace(/ {2}.*/, ''))).toEqual([
      'several/alpha/facts.yaml:13:8',
      'several/alpha/facts.yaml:14:8',
      'several/zeta/facts.yaml:161:27',
      '',
      '3 errors, 0 warnings in 2 files.'
    ])
  })

  it('exits 0 when there are only warnings, and still prints them', async () => {
    const dir = await contentDir('warnings', {acme: fixture('legitimate-interest-only.yaml')})
    const {code, stdout} = await cli(['validate', dir], workDir)
    expect(code).toBe(0)
    expect(stdout).toMatch(/^warnings\/acme\/facts\.yaml:\d+:14 {2}warning {2}`personalData\.purposes\[1\]\.basis`: .+ {2}legitimate-interest-only\n\n0 errors, 1 warning in 1 file\.\n$/)
  })

  it('--format json prints the problems as a JSON array', async () => {
    const dir = await contentDir('json', {acme: fixture('invalid-duration.yaml')})
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
    const dir = await contentDir('russian', {acme: fixture('invalid-url.yaml')})
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

  it('--lang ru with --format json keeps the keys and words the messages in Russian', async () => {
    const dir = await contentDir('russian-json', {acme: fixture('empty-text.yaml')})
    const problems = JSON.parse((await cli(['validate', dir, '--lang', 'ru', '--format', 'json'], workDir)).stdout) as Array<{ruleId: string; message: string}>
    expect(problems.map((problem) => problem.ruleId)).toEqual(['empty-text', 'empty-text', 'empty-text'])
    for (const problem of problems) expect(problem.message).toMatch(/текст пуст/)
  })
})
