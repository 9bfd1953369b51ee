import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {messages, type MessageLanguage} from '../../src/facts/messages.js'
import {rules} from '../../src/facts/rules/index.js'
import type {Problem} from '../../src/facts/problem.js'
import {validateFacts, type ValidatedFacts} from '../../src/facts/validate.js'
import {baseFactsPath, composeFixture, isStandalone} from '../helpers/fixtures.js'

// Every file in test/fixtures/invalid shows one case: the few top-level facts that break something,
// composed with the shared base (test/fixtures/base/facts.yaml) for every fact it does not name; see
// test/helpers/fixtures.ts. The fixture's own lines come first, so the problems it must give are written
// as comments on the line where each must be reported (markdownlint style):
//   `# {rule-id}` on the line itself, `# {rule-id:+2}` / `# {rule-id:-1}` for a line below or above.
// A fixture must give exactly its marked problems: too few or too many both fail, so a problem in the
// base's part of the file fails too. A fixture with `# fixture: standalone` is read as written.

const fixturesDir = fileURLToPath(new URL('../fixtures/invalid/', import.meta.url))
const markerPattern = /#\s*\{([a-z][a-z0-9-]*)(?::([+-]\d+))?\}/g

/** Most lines a fixture (other than a standalone one) may have: it shows its case, not a whole company. */
const maxFixtureLines = 40

/** Fixtures that show an open bug in src/: their tests are expected to fail until the bug is fixed. */
// Fixtures of bugs that were found and fixed stay, named `bug-*.yaml`, so they cannot come back.
const knownBugs: Readonly<Record<string, string>> = {}

/** Rules that cannot come from a file that carries comments; test/facts/parse-hazards.test.ts covers them. */
const bytesOnlyRules = new Set(['file-too-large', 'binary-file', 'not-utf8'])

/** Rules about the content folder itself (folder names, missing facts files); test/facts/content-folder.test.ts covers them. */
const folderRules = new Set(['organization-folder-name', 'organization-without-facts', 'content-symlink', 'content-not-a-file', 'facts-outside-folder'])

/** Every rule id a problem can carry: the schema's and parser's messages, and the rules in src/facts/rules/. */
const allRuleIds = new Set([...Object.keys(messages), ...rules.map((rule) => rule.id)])

interface Marker {
  line: number
  ruleId: string
}

interface Fixture {
  name: string
  /** The fixture file as written. */
  text: string
  /** What is validated: the fixture composed with the base, as bytes. */
  bytes: Uint8Array
  markers: Marker[]
}

function loadFixture(name: string): Fixture {
  const text = readFileSync(fixturesDir + name, 'utf8')
  const bytes = new TextEncoder().encode(composeFixture(text))
  const markers: Marker[] = []
  text.split('\n').forEach((content, index) => {
    for (const match of content.matchAll(markerPattern)) {
      markers.push({line: index + 1 + Number(match[2] ?? 0), ruleId: match[1] ?? ''})
    }
  })
  return {name, text, bytes, markers}
}

const fixtureNames = readdirSync(fixturesDir).filter((name) => name.endsWith('.yaml')).sort()
const fixtures = fixtureNames.map(loadFixture)

function run(fixture: Fixture, language: MessageLanguage): ValidatedFacts {
  return validateFacts({path: `test/fixtures/invalid/${fixture.name}`, bytes: fixture.bytes}, language)
}

/** `line ruleId` keys, sorted, so a mismatch shows as a readable diff; repeats are kept. */
function keys(items: ReadonlyArray<{line: number; ruleId: string}>): string[] {
  return items.map((item) => `${String(item.line).padStart(4, '0')} ${item.ruleId}`).sort()
}

function expectWellWorded(problems: readonly Problem[]): void {
  for (const problem of problems) {
    expect(problem.message, problem.ruleId).not.toMatch(/undefined|\[object Object\]|NaN/)
    expect(problem.message, problem.ruleId).toMatch(/[.?]$/)
    expect(problem.message.trim(), problem.ruleId).toBe(problem.message)
  }
}

/** The 1-based line holding `# {ruleId}` in a fixture. */
function markedLine(fixture: Fixture, ruleId: string, nth = 0): number {
  const lines = fixture.markers.filter((marker) => marker.ruleId === ruleId).map((marker) => marker.line)
  const line = lines[nth]
  if (line === undefined) throw new Error(`${fixture.name} has no marker ${ruleId} #${nth}`)
  return line
}

function fixture(name: string): Fixture {
  const found = fixtures.find((candidate) => candidate.name === name)
  if (!found) throw new Error(`no fixture ${name}`)
  return found
}

describe('the base of the fixtures', () => {
  it('validates with no problem at all, not even a warning', () => {
    const {facts, problems} = validateFacts({path: 'test/fixtures/base/facts.yaml', bytes: new Uint8Array(readFileSync(baseFactsPath))}, 'en')
    expect(problems).toEqual([])
    expect(facts).toBeDefined()
  })

  it('is what a fixture that names no fact composes to', () => {
    const {facts, problems} = validateFacts({path: 'base', bytes: new TextEncoder().encode(composeFixture('# nothing changed\n'))}, 'en')
    expect(problems).toEqual([])
    expect(facts?.organization.bin).toBe('180940004961')
  })
})

describe('invalid fixtures', () => {
  it('are there, and every one marks at least one problem', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40)
    for (const each of fixtures) expect(each.markers.length, each.name).toBeGreaterThan(0)
  })

  it('are small: each shows its case in at most 40 lines, and says first what the case is', () => {
    for (const each of fixtures) {
      const lines = each.text.replace(/\n$/, '').split('\n')
      expect(lines[0], each.name).toMatch(/^# \S/)
      if (!isStandalone(each.text)) expect(lines.length, each.name).toBeLessThanOrEqual(maxFixtureLines)
    }
  })

  it('are validated with their own lines first, where their markers are', () => {
    for (const each of fixtures) {
      const composed = new TextDecoder().decode(each.bytes)
      expect(composed.startsWith(each.text.replace(/\n*$/, '')), each.name).toBe(true)
      const ownLines = each.text.replace(/\n$/, '').split('\n').length
      for (const marker of each.markers) expect(marker.line, `${each.name}: ${marker.ruleId}`).toBeLessThanOrEqual(ownLines)
    }
  })

  it('cover every rule a YAML file can break', () => {
    const covered = new Set(fixtures.filter((each) => !(each.name in knownBugs)).flatMap((each) => each.markers.map((marker) => marker.ruleId)))
    const reachable = [...allRuleIds].filter((ruleId) => !ruleId.startsWith('template-') && !bytesOnlyRules.has(ruleId) && !folderRules.has(ruleId))
    expect(reachable.filter((ruleId) => !covered.has(ruleId))).toEqual([])
    // And no marker names a rule that does not exist (a typo in a marker would never match).
    expect([...covered].filter((ruleId) => !allRuleIds.has(ruleId))).toEqual([])
  })

  describe.each(fixtures)('$name', (each) => {
    const bug = knownBugs[each.name]
    const exact = bug ? it.fails : it

    exact(`reports exactly the marked problems${bug ? ` (known bug: ${bug})` : ''}`, () => {
      expect(keys(run(each, 'en').problems)).toEqual(keys(each.markers))
    })

    it('words every message fully, in English', () => {
      const {problems} = run(each, 'en')
      expect(problems.length).toBeGreaterThan(0)
      expectWellWorded(problems)
      for (const problem of problems) {
        expect(problem.file).toBe(`test/fixtures/invalid/${each.name}`)
        expect(problem.line).toBeGreaterThanOrEqual(1)
        expect(problem.column).toBeGreaterThanOrEqual(1)
      }
    })

    exact('reports the same problems in Russian, in Russian words', () => {
      const english = run(each, 'en').problems
      const russian = run(each, 'ru').problems
      expect(keys(russian)).toEqual(keys(english))
      expect(keys(russian)).toEqual(keys(each.markers))
      expectWellWorded(russian)
      for (const problem of russian) expect(problem.message, problem.ruleId).toMatch(/[А-Яа-яЁё]{3}/)
      russian.forEach((problem, index) => expect(problem.message).not.toBe(english[index]?.message))
    })
  })
})

describe('where and how problems are reported', () => {
  function only(name: string, ruleId: string): Problem[] {
    return run(fixture(name), 'en').problems.filter((problem) => problem.ruleId === ruleId)
  }

  it('puts a YAML syntax error at the column where the parser stops', () => {
    const each = fixture('yaml-syntax.yaml')
    expect(only('yaml-syntax.yaml', 'yaml-syntax').map(({line, column}) => ({line, column}))).toEqual([
      {line: markedLine(each, 'yaml-syntax'), column: 14}
    ])
  })

  it('puts tabs at their own column', () => {
    const each = fixture('tab-indent.yaml')
    const places = only('tab-indent.yaml', 'tab-indent').map(({line, column}) => `${line}:${column}`)
    expect(places).toEqual([0, 1, 2, 3].map((nth) => `${markedLine(each, 'tab-indent', nth)}:1`).concat(`${markedLine(each, 'tab-indent', 4)}:3`))
  })

  it('puts too-deep nesting at the first list past the limit', () => {
    // `  nested: ` is 10 characters; the root and `gdpr` are two levels, so the 31st `[` is the 33rd level.
    const [problem] = only('too-deep.yaml', 'too-deep')
    expect(problem).toMatchObject({line: markedLine(fixture('too-deep.yaml'), 'too-deep'), column: 41, path: ''})
    expect(problem?.message).toContain('more than 32 levels')
  })

  it('puts an alias bomb at its first alias', () => {
    const [problem] = only('too-many-aliases.yaml', 'too-many-aliases')
    expect(problem).toMatchObject({line: markedLine(fixture('too-many-aliases.yaml'), 'too-many-aliases'), column: 10})
  })

  it('puts a bad value at the value, and says what would be right', () => {
    const problems = only('invalid-url.yaml', 'invalid-url')
    expect(problems.map((problem) => [problem.path, problem.column])).toEqual([
      ['sites[0].url', 10],
      ['sites[2].url', 10],
      ['thirdParties[0].privacyPolicy', 20]
    ])
    expect(problems[2]?.message).toBe(
      "`thirdParties[0].privacyPolicy`: `javascript:alert(1)` is not a secure web address. Links start with `https://` and the site's name, for example `https://example.kz`."
    )
  })

  it('puts a missing fact at the nearest key the file has', () => {
    const each = fixture('missing-fact.yaml')
    expect(only('missing-fact.yaml', 'missing-fact').map(({line, column, path}) => ({line, column, path}))).toEqual([
      {line: markedLine(each, 'missing-fact', 0), column: 1, path: 'consent'},
      {line: markedLine(each, 'missing-fact', 1), column: 1, path: 'organization.legalForm'},
      {line: markedLine(each, 'missing-fact', 2), column: 5, path: 'cookies[0].retention'}
    ])
  })

  it('suggests the fact a misspelt name probably meant', () => {
    const messagesByPath = Object.fromEntries(only('unknown-fact.yaml', 'unknown-fact').map((problem) => [problem.path, problem.message]))
    expect(messagesByPath['cookies[1].retension']).toContain('did you mean `retention`?')
    expect(messagesByPath['organization.brandname']).toContain('did you mean `brandName`?')
    expect(messagesByPath.website).toContain('`website` is not a known fact. Known here: `$schema`, `schemaVersion`')
  })

  it('suggests a country code for a country name close to one', () => {
    const problems = only('unknown-country.yaml', 'unknown-country')
    expect(problems.map((problem) => problem.message.includes('(did you mean `US`?)'))).toEqual([true, true, false])
  })

  it('says an unquoted БИН became a number', () => {
    const [problem] = only('wrong-type.yaml', 'wrong-type')
    expect(problem?.message).toBe('`organization.bin`: expected text, got `60440001230`. Example: `"180940004961"`.')
  })

  it('names both positions of a repeated list item', () => {
    expect(only('duplicate-item.yaml', 'duplicate-item').map((problem) => problem.message)).toEqual([
      '`consent.withdrawal`: the list repeats an item (positions 1 and 3). Remove the repetition.',
      '`crossBorder.countries`: the list repeats an item (positions 1 and 3). Remove the repetition.'
    ])
  })

  it('reports legitimate interests alone as a warning that does not stop the build', () => {
    const result = run(fixture('legitimate-interest-only.yaml'), 'en')
    expect(result.problems.map((problem) => [problem.ruleId, problem.severity, problem.path])).toEqual([
      ['legitimate-interest-only', 'warning', 'personalData.purposes[1].basis']
    ])
    expect(result.facts?.organization.bin).toBe('180940004961')
  })

  it('gives no facts when there is an error', () => {
    expect(run(fixture('database-outside-kazakhstan.yaml'), 'en').facts).toBeUndefined()
  })

  it('sorts problems by line and column', () => {
    const {problems} = run(fixture('unknown-key.yaml'), 'en')
    const places = problems.map((problem) => problem.line * 1000 + problem.column)
    expect(places).toEqual([...places].sort((a, b) => a - b))
  })

  // Regression (fixed) in parse-facts.ts (`pathAtOffset`): a value's range ends where the next key starts, and the
  // comparison `offset <= end` is inclusive, so a key repeated right after a block mapping is taken for
  // part of that mapping: the second `gdpr` is reported as "`gdpr.applies` is given twice".
  it('names the key that is given twice', () => {
    expect(only('duplicate-key.yaml', 'duplicate-key').map((problem) => problem.path)).toEqual(['organization.legalForm', 'gdpr'])
  })
})
