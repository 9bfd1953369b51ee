import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {rules, type Rule} from '../../src/facts/rules/index.js'
import type {Problem} from '../../src/facts/problem.js'
import {validateFacts} from '../../src/facts/validate.js'
import {composeFixture} from '../helpers/fixtures.js'

// Every rule in src/facts/rules/ has its page, docs/rules/<id>.md, written for the lawyer who edits the
// facts. A page's examples are checked for real: the first ```yaml block under "Failing example",
// composed with the shared base (test/fixtures/base/facts.yaml) like an invalid fixture, must make the
// rule report; the one under "Passing example" must validate with no problem at all, save a warning of
// another rule that the example waives (`waivers`) with its reason.

const docsDir = fileURLToPath(new URL('../../docs/rules/', import.meta.url))

/** The sections of a rule page, in this order. */
const sections = ['What it checks', 'Why', 'How to fix', 'Failing example', 'Passing example'] as const

const pageIds = existsSync(docsDir)
  ? readdirSync(docsDir)
      .filter((name) => name.endsWith('.md') && name !== 'README.md')
      .map((name) => name.replace(/\.md$/, ''))
  : []

/** Rule ids in src/facts/rules/, so that a problem of the schema or the parser can be told apart. */
const ruleIds = new Set(rules.map((rule) => rule.id))

function readPage(id: string): string {
  return readFileSync(`${docsDir}${id}.md`, 'utf8')
}

/** The `## …` headings of a page, in order. */
function headings(page: string): string[] {
  return page.split('\n').flatMap((line) => /^## (.+?)\s*$/.exec(line)?.[1] ?? [])
}

/** The text of a `## heading` section, up to the next `## ` heading. */
function section(page: string, heading: string): string {
  const lines = page.split('\n')
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`)
  if (start === -1) return ''
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '))
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n')
}

/** The first ```yaml block of a section. */
function yamlBlock(text: string): string | undefined {
  return /^```yaml\n([\s\S]*?)^```\s*$/m.exec(text)?.[1]
}

/** The line under the title that gives the severity and the article. */
function statusLine(page: string): string {
  const [title, ...rest] = page.split('\n')
  expect(title).toMatch(/^# /)
  return rest.find((line) => line.trim() !== '') ?? ''
}

function validate(id: string, kind: string, yaml: string): Problem[] {
  const bytes = new TextEncoder().encode(composeFixture(yaml))
  return validateFacts({path: `docs/rules/${id}.md (${kind})`, bytes}, 'en').problems
}

function describeProblems(problems: readonly Problem[]): string {
  return problems.map((problem) => `${problem.severity} ${problem.ruleId} at ${problem.path}: ${problem.message}`).join('\n') || 'no problem'
}

const cases = rules.map((rule) => [rule.id, rule] as const)

describe('the rule pages in docs/rules/', () => {
  it('exist for every rule, and only for rules', () => {
    expect(rules.map((rule) => rule.id).filter((id) => !pageIds.includes(id)), 'rules without a page').toEqual([])
    expect(pageIds.filter((id) => !ruleIds.has(id)), 'pages of no rule').toEqual([])
  })

  it('are all listed in the index, which links to no other page', () => {
    const index = readFileSync(`${docsDir}README.md`, 'utf8')
    const links = [...index.matchAll(/\]\(\.\/([a-z0-9-]+)\.md\)/g)].map((match) => match[1] ?? '')
    expect(rules.map((rule) => rule.id).filter((id) => !links.includes(id)), 'rules missing from the index').toEqual([])
    expect(links.filter((id) => !ruleIds.has(id)), 'index links to no rule').toEqual([])
    // Each row reads | [`id`](./id.md) | severity | article, or — | summary |.
    for (const rule of rules) {
      const row = index.split('\n').find((line) => line.startsWith(`| [\`${rule.id}\`](./${rule.id}.md) |`))
      const cells = row?.split('|').map((cell) => cell.trim())
      expect([cells?.[2], cells?.[3]], rule.id).toEqual([rule.severity, rule.article ?? '—'])
    }
  })

  describe.each(cases)('%s', (id: string, rule: Rule) => {
    const page = existsSync(`${docsDir}${id}.md`) ? readPage(id) : ''

    it('has the title and the sections, in order', () => {
      expect(page.split('\n')[0]).toBe(`# ${id}`)
      expect(headings(page).filter((heading) => (sections as readonly string[]).includes(heading))).toEqual([...sections])
      for (const heading of sections) expect(section(page, heading).trim(), heading).not.toBe('')
    })

    it('gives the rule\'s severity and article', () => {
      const line = statusLine(page)
      expect(/^Severity: \*\*(error|warning)\*\*/.exec(line)?.[1]).toBe(rule.severity)
      if (rule.article) {
        expect(line).toContain(`Law No. 94-V, ${rule.article}`)
      } else {
        expect(line).toContain("no article: a rule of policygen's own")
        expect(line).not.toContain('Law No. 94-V')
      }
    })

    it('has a failing example that makes the rule report', () => {
      const yaml = yamlBlock(section(page, 'Failing example'))
      expect(yaml, 'a ```yaml block under "Failing example"').toBeDefined()
      const problems = validate(id, 'failing example', yaml ?? '')
      expect(problems.map((problem) => problem.ruleId), describeProblems(problems)).toContain(id)
      // The example shows facts of the right shape: no problem of the parser or the schema.
      expect(problems.filter((problem) => !ruleIds.has(problem.ruleId)), describeProblems(problems)).toEqual([])
    })

    it('has a passing example that validates with no problem', () => {
      const yaml = yamlBlock(section(page, 'Passing example'))
      expect(yaml, 'a ```yaml block under "Passing example"').toBeDefined()
      const problems = validate(id, 'passing example', yaml ?? '')
      // Waiving the rule itself would not make a passing example.
      expect(problems.filter((problem) => problem.severity !== 'waived' || problem.ruleId === id), describeProblems(problems)).toEqual([])
    })
  })
})
