import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {messages, type MessageLanguage} from '../../src/facts/messages.js'
import {rules} from '../../src/facts/rules/index.js'
import {waiverRuleIds} from '../../src/facts/waivers.js'
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

/** Rules that cannot come from a file that carries comments (or from one that can be read); test/facts/parse-hazards.test.ts and unreadable.test.ts cover them. */
const bytesOnlyRules = new Set(['file-too-large', 'binary-file', 'not-utf8', 'unreadable-file'])

/** Rules about the content folder itself (folder names, missing facts files); test/facts/content-folder.test.ts and unreadable.test.ts cover them. */
const folderRules = new Set(['unreadable-folder', 'organization-folder-name', 'organization-without-facts', 'content-symlink', 'content-not-a-file', 'facts-outside-folder', 'hidden-organization'])

/** Rules about the facts measured against the config (its `locales`); test/cli/build.test.ts covers them. */
const configRules = new Set(['locale-not-in-facts'])

/** Every rule id a problem can carry: the schema's and parser's messages, and the rules in src/facts/rules/. */
const allRuleIds = new Set([...Object.keys(messages), ...rules.map((rule) => rule.id), ...waiverRuleIds])

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

/** A letter of the Kazakh alphabet that Russian does not have. */
const kazakhLetter = /[ӘҒҚҢӨҰҮҺІәғқңөұүһі]/

function expectWellWorded(problems: readonly Problem[]): void {
  for (const problem of problems) {
    expect(problem.message, problem.ruleId).not.toMatch(/undefined|\[object Object\]|NaN/)
    // An example that is no example reads as a broken message.
    expect(problem.message, problem.ruleId).not.toMatch(/(Example|Пример|Мысал|example|например|мысалы):? `…`/)
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
    // A fixture of a known bug covers a rule only where that rule is reported, at its marked line.
    const reported = (each: Fixture) => {
      const problems = each.name in knownBugs ? run(each, 'en').problems : []
      return each.markers.filter((marker) => !(each.name in knownBugs) || problems.some((problem) => problem.line === marker.line && problem.ruleId === marker.ruleId))
    }
    const covered = new Set(fixtures.flatMap((each) => reported(each).map((marker) => marker.ruleId)))
    const reachable = [...allRuleIds].filter((ruleId) => !ruleId.startsWith('template-') && !bytesOnlyRules.has(ruleId) && !folderRules.has(ruleId) && !configRules.has(ruleId))
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

    exact('reports the same problems in Kazakh, in Kazakh words', () => {
      const english = run(each, 'en').problems
      const russian = run(each, 'ru').problems
      const kazakh = run(each, 'kk').problems
      expect(keys(kazakh)).toEqual(keys(english))
      expect(keys(kazakh)).toEqual(keys(each.markers))
      expectWellWorded(kazakh)
      // Kazakh words outside the quoted YAML: a letter Russian does not have, and not the Russian text.
      for (const problem of kazakh) expect(problem.message.replace(/`[^`]*`/g, ''), problem.ruleId).toMatch(kazakhLetter)
      kazakh.forEach((problem, index) => {
        expect(problem.message).not.toBe(russian[index]?.message)
        expect(problem.message).not.toBe(english[index]?.message)
      })
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

  it('names the keys of a short list, and says where a long one is', () => {
    const messages = only('unknown-term.yaml', 'unknown-term').map((problem) => problem.message)
    expect(messages[0]).toContain('`first-name` is not a key of the list; did you mean `full-name`? The list has 46 keys (`$defs.dataItem` in the schema; the editor offers them as you type). If it is a term of your own, word it under `vocabulary.dataItem`')
    expect(messages.find((message) => message.includes('`loyalty`'))).toMatch(/The keys are `[a-z-]+`(, `[a-z-]+`)+\. If it is a term of your own, word it under `vocabulary\.dataCategory`/)
  })

  it('asks only for the country when transfers abroad are already enabled', () => {
    const [problem] = only('undeclared-transfer.yaml', 'undeclared-transfer')
    expect(problem?.message).toBe('`thirdParties[1].country`: data goes to RU (outside Kazakhstan), but `crossBorder` does not say so. List `RU` in `crossBorder.countries` (Law No. 94-V, Art. 16).')
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

  it('gives an example within a limit, and in Russian the fact\'s description that says where the Law sets it', () => {
    const [first] = only('out-of-range.yaml', 'out-of-range')
    expect(first?.message).toBe('`consent.stopProcessingWorkingDays`: 30 is too large: the most allowed is 15, for example `15`.')
    const ru = run(fixture('out-of-range.yaml'), 'ru').problems.find((problem) => problem.ruleId === 'out-of-range')
    expect(ru?.message).toContain('допускается не больше 15, например `15`. Число рабочих дней, за которые обработка прекращается после отзыва согласия (по закону — не более 15).')
  })

  it('suggests the data category an uncovered item belongs in', () => {
    const messages = only('cookie-data-not-in-privacy.yaml', 'cookie-data-not-in-privacy').map((problem) => problem.message)
    expect(messages.find((message) => message.includes('`device-id`'))).toContain("for example `technical` (")
    expect(messages.find((message) => message.includes('`referrer`'))).toContain("for example `usage` (")
  })

  it('names the sign a web address cannot hold, and what it would do', () => {
    expect(only('unsafe-url.yaml', 'invalid-url').map((problem) => problem.message)).toEqual([
      '`sites[0].url`: `https://example.kz/a|b` holds «|», which a web address cannot hold as written: it would break the document around the link. Remove it, or write it encoded (`%7C`) if the site\'s address really has it.',
      '`thirdParties[0].privacyPolicy`: `https://policies.google.com\\@evil.com/` holds «\\», which a web address cannot hold as written: a browser reads it as `/`, so the link would not go where it seems to. Remove it, or write it encoded (`%5C`) if the site\'s address really has it.'
    ])
  })

  it('says an unquoted БИН became a number, quoting it as the file writes it, with its leading zero', () => {
    const [problem] = only('wrong-type.yaml', 'wrong-type')
    expect(problem?.message).toBe(
      '`organization.bin`: expected text, got `060440001230`. Put it in quotes, so that it is read as text exactly as written (without them it is read as a number or a yes/no): `"060440001230"`.'
    )
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

  function messagesOf(name: string, ruleId: string, language: MessageLanguage): string[] {
    return run(fixture(name), language).problems.filter((problem) => problem.ruleId === ruleId).map((problem) => problem.message)
  }

  function placesOf(name: string, ruleId: string): string[] {
    return only(name, ruleId).map((problem) => `${problem.line}:${problem.column} ${problem.path}`)
  }

  it('reports a locale policygen does not publish once, at the list item', () => {
    const each = fixture('unsupported-locale.yaml')
    expect(placesOf('unsupported-locale.yaml', 'unsupported-locale')).toEqual([`${markedLine(each, 'unsupported-locale')}:19 locales[2]`])
    expect(messagesOf('unsupported-locale.yaml', 'unsupported-locale', 'en')).toEqual([
      '`locales[2]`: policygen publishes in Russian (`ru`) and Kazakh (`kk`) only; remove `en`.'
    ])
    expect(messagesOf('unsupported-locale.yaml', 'unsupported-locale', 'ru')).toEqual([
      '`locales[2]`: policygen публикует документы только на русском (`ru`) и казахском (`kk`) языках; уберите `en`.'
    ])
    expect(messagesOf('unsupported-locale.yaml', 'unsupported-locale', 'kk')).toEqual([
      '`locales[2]`: policygen құжаттарды тек орыс (`ru`) және қазақ (`kk`) тілдерінде жариялайды; `en` мәнін алып тастаңыз.'
    ])
  })

  it('says that performing a contract is not a ground of Article 16, naming the grounds it gives', () => {
    const each = fixture('transfer-basis-not-in-law.yaml')
    expect(placesOf('transfer-basis-not-in-law.yaml', 'transfer-basis-not-in-law')).toEqual([`${markedLine(each, 'transfer-basis-not-in-law')}:42 crossBorder.transfers[1].basis[1]`])
    expect(messagesOf('transfer-basis-not-in-law.yaml', 'transfer-basis-not-in-law', 'ru')).toEqual([
      '`crossBorder.transfers[1].basis[1]`: исполнение договора (`contract-performance`) не входит в число оснований трансграничной передачи, которые называет статья 16 Закона. Для страны, обеспечивающей защиту персональных данных, укажите `adequate-protection`; для другой — одно из оснований: `consent` (субъект или его законный представитель дал согласие именно на трансграничную передачу; запись: `basis: [consent]`), `international-treaty`, `law`, `rights-protection`.'
    ])
    // Reported once, as this, not also as a value outside the list.
    expect(only('transfer-basis-not-in-law.yaml', 'unknown-key')).toEqual([])
  })

  it('lists exactly the forms of a period allowed at each place', () => {
    const [validity, cookieWord, cookieDays, cookieRange, dataWord, dataRange] = messagesOf('invalid-duration-forms.yaml', 'invalid-duration', 'en')
    const forms = (message: string | undefined) => message?.split(/Write one of these: |Write ISO 8601/)[1] ?? ''
    const cookieForms = ['`session`', '`P2Y`', '`P6M`', '`P30D`', '`PT1H`', '`P1D/P2Y`', '`set-by-provider`']
    const dataForms = ['`P2Y`', '`P1D/P2Y`', '`until-purpose`', '`until-account-deletion`', '`as-required-by-law`']
    for (const message of [cookieWord, cookieDays, cookieRange]) {
      for (const form of cookieForms) expect(forms(message)).toContain(form)
      for (const form of ['`until-purpose`', '`until-account-deletion`', '`as-required-by-law`', '`until-withdrawn`']) expect(forms(message)).not.toContain(form)
    }
    for (const message of [dataWord, dataRange]) {
      for (const form of dataForms) expect(forms(message)).toContain(form)
      for (const form of ['`session`', '`set-by-provider`', '`until-withdrawn`']) expect(forms(message)).not.toContain(form)
    }
    expect(forms(validity)).toContain('`until-withdrawn`')
    expect(forms(validity)).not.toContain('`session`')
    expect(cookieWord).toContain('`until-purpose` cannot be used here.')
    expect(cookieDays).toContain('`2 года` is not a period policygen understands. Did you mean `P2Y`?')
    expect(cookieRange).toContain('A range goes from the shorter period to the longer one. Did you mean `P1D/P2Y`?')
    expect(dataRange).toContain('Did you mean `P1Y/P5Y`?')
    expect(messagesOf('invalid-duration.yaml', 'invalid-duration', 'en')).toEqual([
      expect.stringContaining('`P1Y2M` is not a period policygen understands. A period has one unit only. Did you mean `P14M`? Write ISO 8601 with one unit:'),
      expect.stringContaining('`2 years` is not a period policygen understands. Did you mean `P2Y`? Write one of these: `session`'),
      expect.stringContaining('`forever` is not a period policygen understands. Write one of these: a period'),
      expect.stringContaining('`session` (until the browser is closed) is for cookies only.')
    ])
    const russian = messagesOf('invalid-duration-forms.yaml', 'invalid-duration', 'ru')
    expect(russian[2]).toContain('`2 года` — непонятный срок. Может быть, имелось в виду `P2Y`? Укажите одно из: `session` (до закрытия браузера)')
    expect(russian[4]).toContain('`until-account-deletion` (до удаления учётной записи); или `as-required-by-law`')
    const kazakh = messagesOf('invalid-duration-forms.yaml', 'invalid-duration', 'kk')
    expect(kazakh[2]).toContain('`2 года` — policygen түсінбейтін мерзім. Мүмкін, `P2Y` деп жазғыңыз келді ме? Мыналардың бірін жазыңыз: `session` (браузер жабылғанға дейін)')
    expect(kazakh[4]).toContain('`until-account-deletion` (есептік жазба жойылғанға дейін); немесе `as-required-by-law` (заңнамада белгіленген мерзім ішінде)')
  })

  it('names an indentation slip once, at the fact that slipped, with the fix', () => {
    const each = fixture('wrong-indent.yaml')
    expect(placesOf('wrong-indent.yaml', 'wrong-indent')).toEqual([
      `${markedLine(each, 'wrong-indent', 0)}:1 organization.legalForm`,
      `${markedLine(each, 'wrong-indent', 1)}:1 consent.methods`,
      `${markedLine(each, 'wrong-indent', 2)}:3 storage`
    ])
    expect(messagesOf('wrong-indent.yaml', 'wrong-indent', 'en')).toEqual([
      '`legalForm` looks like it belongs to `organization` above: indent it by 2 spaces, in line with `legalName`.',
      '`methods`, `withdrawal` and `stopProcessingWorkingDays` look like they belong to `consent` above: indent them by 2 spaces.',
      '`storage` looks like a top-level fact, not part of `gdpr`: remove 2 spaces before it and the lines under it, so that it starts at the beginning of the line.'
    ])
    expect(messagesOf('wrong-indent.yaml', 'wrong-indent', 'ru')).toEqual([
      'Похоже, `legalForm` относится к `organization` выше: увеличьте отступ на 2 пробела, вровень с `legalName`.',
      'Похоже, `methods`, `withdrawal` и `stopProcessingWorkingDays` относятся к `consent` выше: увеличьте отступ на 2 пробела.',
      'Похоже, `storage` — факт верхнего уровня, а не часть `gdpr`: уберите 2 пробела в начале строки и строк под ней, чтобы она начиналась с первой колонки.'
    ])
    expect(messagesOf('wrong-indent.yaml', 'wrong-indent', 'kk')).toEqual([
      '`legalForm` жоғарыдағы `organization` ішіне жататын сияқты: `legalName` кілтімен бір бағанға келетіндей етіп, шегіністі 2 бос орынға ұлғайтыңыз.',
      '`methods`, `withdrawal` және `stopProcessingWorkingDays` жоғарыдағы `consent` ішіне жататын сияқты: олардың шегінісін 2 бос орынға ұлғайтыңыз.',
      '`storage` — `gdpr` ішіндегі емес, жоғарғы деңгейдегі факт сияқты: жолдың басындағы 2 бос орынды алып тастаңыз (оның астындағы жолдардан да), сонда ол бірінші бағаннан басталады.'
    ])
  })

  it('names an indentation slip the YAML parser cannot read at the line that slipped', () => {
    const syntax = fixture('wrong-indent-syntax.yaml')
    expect(placesOf('wrong-indent-syntax.yaml', 'wrong-indent')).toEqual([
      `${markedLine(syntax, 'wrong-indent', 0)}:1 organization.legalForm`,
      `${markedLine(syntax, 'wrong-indent', 1)}:7 cookies[1].category`
    ])
    expect(messagesOf('wrong-indent-syntax.yaml', 'wrong-indent', 'en')).toEqual([
      '`legalForm` looks like it belongs to `organization` above: indent it by 2 spaces, in line with `legalName`.',
      '`category` and the 3 lines below it are indented too far: they belong to `cookies[1]`, in line with `name`. Remove 2 spaces before them.'
    ])
    expect(messagesOf('wrong-indent-syntax.yaml', 'wrong-indent', 'ru')[1]).toBe(
      '`category` и ещё 3 строки под ним стоят со слишком большим отступом: они относятся к `cookies[1]`, вровень с `name`. Уменьшите отступ на 2 пробела.'
    )
    expect(placesOf('wrong-indent-list-item.yaml', 'wrong-indent')).toEqual([`${markedLine(fixture('wrong-indent-list-item.yaml'), 'wrong-indent')}:3 cookies[1].category`])
    expect(messagesOf('wrong-indent-list-item.yaml', 'wrong-indent', 'en')).toEqual([
      '`category` and the 3 lines below it look like they belong to `cookies[1]` above: indent them by 2 spaces, in line with `name`.'
    ])
  })

  it('puts an unclosed quote or bracket where it opens', () => {
    expect(placesOf('unclosed-quote.yaml', 'unclosed-quote')).toEqual([`${markedLine(fixture('unclosed-quote.yaml'), 'unclosed-quote')}:19 `])
    expect(placesOf('unclosed-quote-lines.yaml', 'unclosed-quote')).toEqual([`${markedLine(fixture('unclosed-quote-lines.yaml'), 'unclosed-quote')}:9 `])
    expect(messagesOf('unclosed-quote.yaml', 'unclosed-quote', 'en')).toEqual([
      'The quote `"` that opens here is not closed, so everything after it is read as part of the text. Close it where the text ends: `"Акме"`.'
    ])
    expect(messagesOf('unclosed-quote-lines.yaml', 'unclosed-quote', 'ru')).toEqual([
      'Кавычка `"`, которая открывается здесь, не закрыта, и всё, что идёт после неё, читается как часть текста. Закройте её там, где текст кончается: `"г. Алматы, ул. Абая, 1"`.'
    ])
    expect(placesOf('yaml-syntax-unclosed-flow.yaml', 'unclosed-bracket')).toEqual([`${markedLine(fixture('yaml-syntax-unclosed-flow.yaml'), 'unclosed-bracket')}:10 `])
    expect(messagesOf('yaml-syntax-unclosed-flow.yaml', 'unclosed-bracket', 'en')).toEqual([
      'The `[` that opens here is never closed with `]`. Close it where the list ends: `[ru, kk]`.'
    ])
  })

  it('recognizes a list written with commas, and two values where one belongs', () => {
    expect(messagesOf('comma-separated-list.yaml', 'comma-separated-list', 'en')).toEqual([
      '`consent.methods`: `banner-accept, written` looks like a list written with commas, but without square brackets it is read as one text. Write `[banner-accept, written]`.',
      '`cookieCategories[0].purposes`: `site-operation, security` looks like a list written with commas, but without square brackets it is read as one text. Write `purposes: [site-operation, security]`.',
      '`collectedData.items`: `ip-address, pages-visted` looks like a list written with commas, but without square brackets it is read as one text. Write `[ip-address, pages-visited]`.'
    ])
    expect(messagesOf('comma-separated-list.yaml', 'comma-separated-list', 'ru')[0]).toBe(
      '`consent.methods`: `banner-accept, written` похоже на список через запятую, но без квадратных скобок это читается как один текст. Напишите `[banner-accept, written]`.'
    )
    expect(messagesOf('comma-separated-list.yaml', 'wrong-type', 'en')).toEqual([
      '`collectedData.purposes`: expected a list (lines starting with `- `), got `site-operation`. Write it in square brackets, even for one item: `[site-operation]`.'
    ])
    expect(messagesOf('one-value-only.yaml', 'one-value-only', 'en')).toEqual([
      '`cookies[0].category`: only one value is allowed here, but 2 are given: `strictly-necessary` and `analytics`. Keep one of them (a list is not allowed here).',
      '`cookies[1].category`: only one value is allowed here, but 2 are given: `analytics` and `strictly-necessary`. Keep one of them.',
      '`cookies[2].category`: only one value is allowed here, but 2 are given: `analytics` and `marketing`. Keep one of them.'
    ])
    expect(messagesOf('one-value-only.yaml', 'one-value-only', 'ru')[1]).toBe(
      '`cookies[1].category`: здесь допускается только одно значение, а указано 2 значения: `analytics` и `strictly-necessary`. Оставьте одно.'
    )
    expect(messagesOf('one-value-only.yaml', 'wrong-type', 'ru')).toEqual(['`cookies[2].purpose`: ожидается одно значение, а здесь список. Напишите без скобок: `usage-statistics`.'])
    expect(messagesOf('one-value-only.yaml', 'one-value-only', 'kk')[1]).toBe(
      '`cookies[1].category`: мұнда тек бір мән болуы керек, ал 2 мән берілген: `analytics` және `strictly-necessary`. Біреуін ғана қалдырыңыз.'
    )
    expect(messagesOf('one-value-only.yaml', 'wrong-type', 'kk')).toEqual(['`cookies[2].purpose`: мұнда бір ғана мән болуы керек, ал берілгені — тізім. Жақшасыз жазыңыз: `usage-statistics`.'])
  })

  it('gives the closest allowed value, and points to `vocabulary` for a term of its own', () => {
    const english = messagesOf('unknown-key-vocabulary.yaml', 'unknown-key', 'en')
    expect(english.map((message) => /did you mean `([^`]+)`/.exec(message)?.[1])).toEqual(['llp', 'site-visitors', 'publication-only', 'full-name', undefined, 'analytics-providers'])
    expect(english[3]).toMatch(
      /^`personalData\.categories\[0\]\.items\[0\]`: `First Name` is not one of the fixed values; did you mean `full-name`\? Or add your own item under `vocabulary\.dataItem`: `first-name: \{ru: …, kk: …\}`, and write `first-name` here\. Fixed values: `full-name`, /
    )
    expect(english[4]).toContain('add your own item under `vocabulary.dataSource`: `mobilnoe-prilozhenie: {ru: мобильное приложение, kk: …}`')
    expect(english[5]).not.toContain('vocabulary')
    const russian = messagesOf('unknown-key-vocabulary.yaml', 'unknown-key', 'ru')
    expect(russian[3]).toContain('значения `First Name` нет среди готовых; может быть, имелось в виду `full-name`? Или добавьте свой термин в `vocabulary.dataItem`: `first-name: {ru: …, kk: …}` — и укажите здесь `first-name`.')
    const kazakh = messagesOf('unknown-key-vocabulary.yaml', 'unknown-key', 'kk')
    expect(kazakh[3]).toContain('`First Name` дайын мәндердің арасында жоқ; мүмкін, `full-name` деп жазғыңыз келді ме? Немесе `vocabulary.dataItem` ішіне өз терминіңізді қосыңыз: `first-name: {ru: …, kk: …}` — және мұнда `first-name` деп жазыңыз.')
    expect(messagesOf('unknown-key.yaml', 'unknown-key', 'en').map((message) => /did you mean `([^`]+)`/.exec(message)?.[1])).toEqual(['llp', 'site-visitors', undefined, 'processor'])
  })

  it('reads a date written another way and gives it as year-month-day', () => {
    expect(messagesOf('invalid-date-forms.yaml', 'invalid-date', 'en').map((message) => message.replace(/^`[^`]+`: /, ''))).toEqual([
      'write the date as `2025-09-13` (year-month-day), not `13.09.2025 г.`.',
      'write the date as `2025-09-13` (year-month-day), not `13 сентября 2025`.',
      'write the date as `2025-03-01` (year-month-day), not `2025/03/01`.',
      '`01/02/2025` could be 1 February or 2 January 2025. Write the date as year-month-day: `2025-02-01` or `2025-01-02`.',
      '`31.02.2025` is not a real date: February 2025 has 28 days. Write dates as year-month-day, for example `2025-09-13`.',
      'write the date as `2025-06-01` (year-month-day), not `2025 жылғы 1 маусым`.'
    ])
    expect(messagesOf('invalid-date-forms.yaml', 'invalid-date', 'ru').map((message) => message.replace(/^`[^`]+`: /, ''))).toEqual([
      'напишите дату как `2025-09-13` (год-месяц-день), а не `13.09.2025 г.`.',
      'напишите дату как `2025-09-13` (год-месяц-день), а не `13 сентября 2025`.',
      'напишите дату как `2025-03-01` (год-месяц-день), а не `2025/03/01`.',
      '`01/02/2025` можно прочитать и как 1 февраля, и как 2 января 2025 года. Напишите дату как год-месяц-день: `2025-02-01` или `2025-01-02`.',
      '`31.02.2025` — несуществующая дата: в феврале 2025 года 28 дней. Даты пишутся как год-месяц-день, например `2025-09-13`.',
      'напишите дату как `2025-06-01` (год-месяц-день), а не `2025 жылғы 1 маусым`.'
    ])
    expect(messagesOf('invalid-date-forms.yaml', 'invalid-date', 'kk').map((message) => message.replace(/^`[^`]+`: /, ''))).toEqual([
      'күнді `13.09.2025 г.` түрінде емес, `2025-09-13` түрінде (жыл-ай-күн) жазыңыз.',
      'күнді `13 сентября 2025` түрінде емес, `2025-09-13` түрінде (жыл-ай-күн) жазыңыз.',
      'күнді `2025/03/01` түрінде емес, `2025-03-01` түрінде (жыл-ай-күн) жазыңыз.',
      '`01/02/2025` жазуын 2025 жылғы 1 ақпан деп те, 2 қаңтар деп те оқуға болады. Күнді жыл-ай-күн түрінде жазыңыз: `2025-02-01` немесе `2025-01-02`.',
      '`31.02.2025` — күнтізбеде жоқ күн: 2025 жылғы ақпанда 28 күн бар. Күндер жыл-ай-күн түрінде жазылады, мысалы `2025-09-13`.',
      'күнді `2025 жылғы 1 маусым` түрінде емес, `2025-06-01` түрінде (жыл-ай-күн) жазыңыз.'
    ])
    expect(messagesOf('invalid-date.yaml', 'invalid-date', 'en').map((message) => message.replace(/^`[^`]+`: /, ''))).toEqual([
      '`2025-02-30` is not a real date: February 2025 has 28 days.',
      'write the date as `2025-06-01` (year-month-day), not `1.6.2025`.'
    ])
  })

  // Regression (fixed) in parse-facts.ts (`pathAtOffset`): a value's range ends where the next key starts, and the
  // comparison `offset <= end` is inclusive, so a key repeated right after a block mapping is taken for
  // part of that mapping: the second `gdpr` is reported as "`gdpr.applies` is given twice".
  it('names the key that is given twice', () => {
    expect(only('duplicate-key.yaml', 'duplicate-key').map((problem) => problem.path)).toEqual(['organization.legalForm', 'gdpr'])
  })
})
