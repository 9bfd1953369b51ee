import {copyFile, mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {run, type CliIo} from '../../src/cli/main.js'
import {ruleById, rules} from '../../src/facts/rules/index.js'
import {baseFactsPath} from '../helpers/fixtures.js'

function ruleNamed(id: string) {
  const found = ruleById(id)
  if (!found) throw new Error(`no rule ${id}`)
  return found
}

async function cli(args: readonly string[], cwd = process.cwd()): Promise<{code: number; stdout: string; stderr: string}> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), isTTY: false, env: {}}
  return {code: await run(args, io), stdout, stderr}
}

describe('policygen rules', () => {
  it('lists every rule with its severity and article, cited in the language asked for', async () => {
    const {code, stdout} = await cli(['rules', '--lang', 'ru'])
    expect(code).toBe(0)
    for (const rule of rules) expect(stdout).toContain(rule.id)
    expect(stdout).toMatch(/^undeclared-transfer +error +\(Закон № 94-V, ст\. 16\) /m)
    expect(stdout).toMatch(/^self-imposed-deadline +warning +Срок, не установленный Законом/m)
    expect(stdout).not.toContain('A deadline the Law does not fix')
    expect(stdout).toContain(`${rules.length} rules; each has a page in docs/rules/<id>.md.`)
  })

  it('prints each rule\'s summary in the language asked for', async () => {
    const kk = await cli(['rules', '--lang', 'kk'])
    expect(kk.code).toBe(0)
    expect(kk.stdout).toMatch(
      /^database-outside-kazakhstan +error +\(№ 94-V Заң, 12-бап, 2-тармақ\) Дербес деректерді қамтитын база Қазақстан аумағында орналасады\.$/m
    )
    for (const rule of rules) expect(kk.stdout).toContain(rule.summary.kk)
    expect(kk.stdout).not.toContain(ruleNamed('database-outside-kazakhstan').summary.en)
    const en = await cli(['rules'])
    expect(en.stdout).toMatch(/^database-outside-kazakhstan +error +\(Law No\. 94-V, Art\. 12\(2\)\) The database holding personal data is in Kazakhstan\.$/m)
  })

  it('gives JSON for tools', async () => {
    const listed = JSON.parse((await cli(['rules', '--format', 'json'])).stdout) as Array<{id: string; severity: string; article: string | null; docs: string}>
    expect(listed).toHaveLength(rules.length)
    expect(listed.find((rule) => rule.id === 'database-outside-kazakhstan')).toMatchObject({
      severity: 'error',
      article: 'Art. 12(2)',
      summary: 'The database holding personal data is in Kazakhstan.',
      summaries: {
        en: 'The database holding personal data is in Kazakhstan.',
        ru: 'База, содержащая персональные данные, находится на территории Казахстана.',
        kk: 'Дербес деректерді қамтитын база Қазақстан аумағында орналасады.'
      },
      docs: 'docs/rules/database-outside-kazakhstan.md'
    })
  })
})

describe('waivers in validate', () => {
  it('prints a waived warning every time, with its reason, and does not fail', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'policygen-waivers-'))
    try {
      await mkdir(path.join(root, 'content', 'acme'), {recursive: true})
      await copyFile(baseFactsPath, path.join(root, 'content', 'acme', 'facts.yaml'))
      const facts = path.join(root, 'content', 'acme', 'facts.yaml')
      const {readFile} = await import('node:fs/promises')
      const text = (await readFile(facts, 'utf8')).replace('    changeNotice: [publication-only]\n', '    changeNotice: [publication-only]\n    cookieReview: P90D\n')
      await writeFile(facts, `${text}waivers:\n  - {rule: self-imposed-deadline, reason: "The list is reviewed every quarter under the company's rules."}\n`)
      const {code, stdout} = await cli(['validate'], root)
      expect(code).toBe(0)
      expect(stdout).toMatch(/content\/acme\/facts\.yaml:\d+:\d+ {2}waived {2}`documents\.cookiePolicy\.cookieReview`: .* self-imposed-deadline\n {4}waived because: The list is reviewed every quarter under the company's rules\.\n/)
      expect(stdout).toContain('0 errors, 0 warnings. 1 waived.')
    } finally {
      await rm(root, {recursive: true, force: true})
    }
  })
})

describe('the command line, as a company uses it', () => {
  it('shows a command’s help with `policygen help <command>`', async () => {
    const help = await cli(['help', 'build'])
    expect(help.code).toBe(0)
    expect(help.stdout).toBe((await cli(['build', '--help'])).stdout)
    expect(help.stdout).toMatch(/^Usage: policygen build/)
  })

  it('validates a single facts file named on the command line', async () => {
    const {code, stdout} = await cli(['validate', 'test/fixtures/base/facts.yaml'])
    expect({code, stdout}).toEqual({code: 0, stdout: 'No problems found.\n'})
    const broken = await cli(['validate', 'test/fixtures/invalid/invalid-url.yaml'])
    expect(broken.code).toBe(1)
    expect(broken.stdout).toMatch(/^test\/fixtures\/invalid\/invalid-url\.yaml:\d+:\d+ {2}error /)
  })

  it('keeps --format json valid JSON on stderr when the facts have errors', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'policygen-json-'))
    try {
      await mkdir(path.join(root, 'content', 'acme'), {recursive: true})
      await writeFile(path.join(root, 'content', 'acme', 'facts.yaml'), 'schemaVersion: 1\n')
      const {code, stderr} = await cli(['build', '--format', 'json'], root)
      expect(code).toBe(1)
      expect(Array.isArray(JSON.parse(stderr))).toBe(true)
    } finally {
      await rm(root, {recursive: true, force: true})
    }
  })
})
