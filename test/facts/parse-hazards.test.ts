import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {maxAliasCount, maxDepth, maxFileSize, parseFacts, type ParseResult} from '../../src/facts/parse.js'
import {validateFacts} from '../../src/facts/validate.js'
import {fixtureFactsText} from '../helpers/fixture-organizations.js'
import type {Problem} from '../../src/facts/problem.js'

// Cases that live in bytes rather than in a fixture with marker comments: files that are not text,
// not UTF-8, too large or empty, and YAML built to hurt the parser.

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
const validText = fixtureFactsText('acme')
const encode = (text: string) => new TextEncoder().encode(text)
const bytesOf = (...parts: Array<string | number[]>) => new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...encode(part)] : part)))

function parse(bytes: Uint8Array, extra: {size?: number} = {}): ParseResult {
  return parseFacts({path: 'org/facts.yaml', bytes, ...extra}, 'en')
}

function summary(result: ParseResult): string[] {
  return result.problems.map((problem) => `${problem.line}:${problem.column} ${problem.ruleId}`)
}

describe('files that are not YAML text', () => {
  it('refuses NUL bytes as a binary file, at the first NUL', () => {
    const result = parse(bytesOf('schemaVersion: 1\nlo', [0], 'cales: [ru]\n'))
    expect(summary(result)).toEqual(['2:3 binary-file'])
    expect(result.parsed).toBeUndefined()
    expect(result.problems[0]?.message).toBe('This is not a text file (it contains NUL bytes). Facts files are YAML text saved as UTF-8.')
  })

  it('refuses UTF-16 (which is full of NUL bytes for Latin text)', () => {
    const utf16 = [0xff, 0xfe, ...[...'schemaVersion: 1\n'].flatMap((char) => [char.charCodeAt(0), 0])]
    const result = parse(new Uint8Array(utf16))
    expect(result.problems.map((problem) => `${problem.line} ${problem.ruleId}`)).toEqual(['1 binary-file'])
  })

  it('refuses invalid UTF-8 at the line and column of the first bad byte', () => {
    // A Latin-1 `é` (0xE9) after three Cyrillic letters: column 12 counts characters, not bytes.
    const result = parseFacts({path: 'org/facts.yaml', bytes: bytesOf('organization:\n  legalName:\n    ru: Каз', [0xe9], 'x\n')}, 'ru')
    expect(summary(result)).toEqual(['3:12 not-utf8'])
    expect(result.problems[0]?.message).toMatch(/^Файл не в кодировке UTF-8\./)
  })

  it('refuses a multi-byte character cut off at the end of the file', () => {
    expect(summary(parse(bytesOf('a: Каз', [0xd0])))).toEqual(['1:7 not-utf8'])
  })

  it('refuses a lone continuation byte and a byte that never starts a character', () => {
    expect(summary(parse(bytesOf('a: 1\nb: ', [0x80], '\n')))).toEqual(['2:4 not-utf8'])
    expect(summary(parse(bytesOf('a: ', [0xff], '\n')))).toEqual(['1:4 not-utf8'])
  })

  // Regression (fixed) in parse-facts.ts (`firstInvalidUtf8`): it checks only lead and continuation bytes, so it lets
  // through encoded UTF-16 surrogates (CESU-8), overlong forms and code points above U+10FFFF. None of
  // these is UTF-8; TextDecoder then silently turns them into U+FFFD and the facts are quietly corrupted.
  it.each([
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['an overlong slash', [0xe0, 0x80, 0xaf]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]]
  ])('refuses %s', (_, bad) => {
    expect(summary(parse(bytesOf('name: ', bad, '\n')))).toEqual(['1:7 not-utf8'])
  })

  it(`refuses a file over ${maxFileSize} bytes before reading it`, () => {
    const bytes = new Uint8Array(maxFileSize + 1).fill(0x23) // `#`: it would be a comment, if it were read
    const result = parse(bytes)
    expect(summary(result)).toEqual(['1:1 file-too-large'])
    expect(result.problems[0]?.message).toBe(
      `The file is ${maxFileSize + 1} bytes; facts files may be at most ${maxFileSize} bytes. Split it or remove what is not a fact.`
    )
  })

  it('refuses a large file by its size on disk when only its start was read', () => {
    const result = parse(encode(validText), {size: 5 * maxFileSize})
    expect(summary(result)).toEqual(['1:1 file-too-large'])
    expect(result.problems[0]?.message).toContain(`The file is ${5 * maxFileSize} bytes`)
  })

  it('accepts a file of exactly the largest size', () => {
    const padding = `#${'x'.repeat(maxFileSize - encode(validText).length - 2)}\n`
    const bytes = encode(validText + padding)
    expect(bytes.length).toBe(maxFileSize)
    expect(validateFacts({path: 'org/facts.yaml', bytes}, 'en').problems.filter((problem) => problem.severity !== 'waived')).toEqual([])
  })

  it.each([
    ['nothing at all', ''],
    ['blank lines', '\n\n   \n\t\n'],
    ['comments only', '# facts to come\n\n  # schemaVersion: 1\n'],
    ['a byte-order mark only', '\uFEFF'],
    ['CRLF comments', '# one\r\n# two\r\n']
  ])('calls a file with %s empty', (_, text) => {
    const result = parse(encode(text))
    expect(summary(result)).toEqual(['1:1 empty-file'])
    expect(result.problems[0]?.message).toBe("The file is empty. Expected the organization's facts, starting with `schemaVersion: 1`.")
  })
})

describe('text that is fine', () => {
  it('accepts a byte-order mark at the start', () => {
    const result = validateFacts({path: 'org/facts.yaml', bytes: bytesOf([0xef, 0xbb, 0xbf], validText)}, 'en')
    expect(result.problems.filter((problem) => problem.severity !== 'waived')).toEqual([])
    expect(result.facts?.schemaVersion).toBe(1)
    expect(Object.keys(result.parsed?.data ?? {})[0]).toBe('schemaVersion')
  })

  it('keeps lines and columns right after a byte-order mark', () => {
    const broken = validText.replace('  - url: https://acme.kz', '  - url: http://acme.kz')
    const unwaived = (problems: Problem[]) => problems.filter((problem) => problem.severity !== 'waived')
    const plain = unwaived(validateFacts({path: 'f', bytes: encode(broken)}, 'en').problems)
    const withBom = unwaived(validateFacts({path: 'f', bytes: bytesOf([0xef, 0xbb, 0xbf], broken)}, 'en').problems)
    expect(withBom.map((problem) => `${problem.line}:${problem.column}`)).toEqual(['22:10'])
    expect(withBom).toEqual(plain)
  })

  it('accepts Windows line ends', () => {
    const result = validateFacts({path: 'org/facts.yaml', bytes: encode(validText.replace(/\n/g, '\r\n'))}, 'en')
    expect(result.problems.filter((problem) => problem.severity !== 'waived')).toEqual([])
    expect(result.facts?.organization.bin).toBe('110340004560')
  })

  it('accepts a few aliases of a shared value', () => {
    const text = `shared: &text {ru: Текст, kk: Мәтін}\n${Array.from({length: 20}, (_, index) => `copy${index}: *text`).join('\n')}\n`
    const result = parse(encode(text))
    expect(result.problems.filter((problem) => problem.severity !== 'waived')).toEqual([])
    expect(result.parsed?.data.copy19).toEqual({ru: 'Текст', kk: 'Мәтін'})
  })

  // Regression (fixed) in parse-facts.ts (`findIndentTabs`): every tab before the first other character of a line
  // counts as indentation, even inside a block scalar, where a tab after the indentation is content.
  // The `yaml` package reads this file without an error.
  it.each(['>', '|'])('accepts a tab inside the text of a `%s` block scalar', (indicator) => {
    // A custom clause's body: the one kind of text that may hold a tab.
    const clause = [
      'customClauses:',
      '  cookiePolicy:',
      '    - id: tabs',
      '      placement: after',
      '      section: introduction',
      '      title: {ru: Табуляция, kk: Табуляция}',
      '      body:',
      `        ru: ${indicator}`,
      '          Первая строка',
      '          \tс табуляцией.',
      '        kk: Мәтін.',
      ''
    ].join('\n')
    expect(validateFacts({path: 'org/facts.yaml', bytes: encode(`${validText}${clause}`)}, 'en').problems.filter((problem) => problem.severity !== 'waived')).toEqual([])
  })

  // Regression (fixed) in parse-facts.ts: the "comments only" test `/^(\s*(#.*)?\n?)*$/` backtracks exponentially
  // (`\s*` and `\n?` can both take a line end) whenever a file STARTS with several blank or comment lines
  // and then holds facts: 10 comment lines take about half a second, 14 more than 30 seconds, 40 never
  // finish. The child process is given 15 seconds to do milliseconds of work; this is no speed
  // measurement, only a way to see that validation never returns without hanging the test run.
  it('returns for a valid file that starts with 40 comment lines', () => {
    expect(parseInChild(`${'# A line of the file header.\n'.repeat(40)}${validText}`)).toEqual({signal: null, stdout: '[]'})
  })

  it('returns from the same child-process check for a file that starts with 3 comment lines', () => {
    expect(parseInChild(`${'# A line of the file header.\n'.repeat(3)}${validText}`)).toEqual({signal: null, stdout: '[]'})
  })
})

/** Parse `text` in a child process that is killed after 15 s; what it printed (the rule ids) and how it ended. */
function parseInChild(text: string): {signal: NodeJS.Signals | null; stdout: string} {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policygen-parse-'))
  try {
    const facts = path.join(dir, 'facts.yaml')
    writeFileSync(facts, text)
    const script = path.join(dir, 'check.mts')
    const parseModule = new URL('../../src/facts/parse.ts', import.meta.url).href
    writeFileSync(
      script,
      [
        `import {readFileSync} from 'node:fs'`,
        `import {parseFacts} from ${JSON.stringify(parseModule)}`,
        `const result = parseFacts({path: 'facts.yaml', bytes: new Uint8Array(readFileSync(${JSON.stringify(facts)}))}, 'en')`,
        `process.stdout.write(JSON.stringify(result.problems.map((problem) => problem.ruleId)))`
      ].join('\n')
    )
    const child = spawnSync(process.execPath, ['--import', 'tsx', script], {cwd: projectRoot, encoding: 'utf8', timeout: 15_000})
    return {signal: child.signal, stdout: child.stdout}
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

describe('YAML built to hurt', () => {
  it(`refuses a "billion laughs" alias bomb (more than ${maxAliasCount} alias uses) and returns`, () => {
    // Ten levels of ten: fully expanded this would be 10^10 strings.
    const lines = ['lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]']
    for (let level = 1; level < 10; level++) {
      lines.push(`lol${level}: &lol${level} [${Array.from({length: 10}, () => `*lol${level - 1}`).join(', ')}]`)
    }
    const result = parse(encode(`${lines.join('\n')}\n`))
    expect(summary(result)).toEqual(['2:14 too-many-aliases'])
    expect(result.parsed).toBeUndefined()
    expect(result.problems[0]?.message).toBe(
      'The YAML aliases (`*name`) expand to too much data (more than 100 uses). Write the values out instead.'
    )
  })

  it('refuses 40 levels of nested mappings at the first level past the limit', () => {
    const text = `${Array.from({length: 40}, (_, level) => `${'  '.repeat(level)}level${level}:`).join('\n')} deep\n`
    const result = parse(encode(text))
    // The mapping holding `level32` is the 33rd; its first key is on line 33 after 64 spaces.
    expect(summary(result)).toEqual([`${maxDepth + 1}:${2 * maxDepth + 1} too-deep`])
    expect(result.problems[0]?.message).toBe(
      'The facts are nested more than 32 levels deep here. No fact needs that; check the indentation.'
    )
  })

  it(`accepts exactly ${maxDepth} levels and refuses ${maxDepth + 1}`, () => {
    const nested = (levels: number) => encode(`a: ${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}\n`)
    expect(parse(nested(maxDepth)).problems).toEqual([])
    expect(summary(parse(nested(maxDepth + 1)))).toEqual([`1:${3 + maxDepth} too-deep`])
  })

  it('refuses brackets opened hundreds deep before the YAML parser runs out of memory on them', () => {
    // 1,000 `[` made the parser abort the whole process (V8: "Allocation failed - process out of memory").
    expect(summary(parse(encode('['.repeat(1000))))).toEqual([`1:${2 * maxDepth + 1} too-deep`])
    expect(summary(parse(encode(`a:\n  b: ${'{x: '.repeat(500)}1${'}'.repeat(500)}\n`)))).toEqual([`2:${6 + 4 * 2 * maxDepth} too-deep`])
    // Brackets in quoted strings and comments are text, not nesting; an apostrophe in a word opens nothing.
    const quoted = `a: "${'['.repeat(100)}"\nb: '${'{'.repeat(100)}'\n# ${'['.repeat(100)}\nc: O'Brien [x]\n`
    expect(parse(encode(quoted)).problems).toEqual([])
  })

  it('refuses `__proto__` keys and leaves Object.prototype alone', () => {
    const text = [
      '__proto__: {polluted: yes}',
      'organization:',
      '  "__proto__":',
      '    polluted: yes',
      'list:',
      '  - constructor: {prototype: {polluted: yes}}',
      ''
    ].join('\n')
    const result = parse(encode(text))
    expect(summary(result)).toEqual(['1:1 forbidden-key', '3:3 forbidden-key', '6:5 forbidden-key'])
    expect(result.problems.map((problem) => problem.message)).toEqual([
      '`__proto__` cannot be used as a key (it would change how the program works). Rename it.',
      '`__proto__` cannot be used as a key (it would change how the program works). Rename it.',
      '`constructor` cannot be used as a key (it would change how the program works). Rename it.'
    ])
    expect(result.parsed).toBeUndefined()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false)
  })

  it('reports a key given twice, and every one of them', () => {
    const result = parse(encode('a: 1\nb: 2\nb: 3\nc:\n  d: 1\n  d: 2\n'))
    expect(result.problems.map((problem) => `${problem.line}:${problem.column} ${problem.ruleId} ${problem.path}`)).toEqual([
      '3:1 duplicate-key b',
      '6:3 duplicate-key c.d'
    ])
  })

  // Regression (fixed) in parse-facts.ts (`pathAtOffset`): a value's range ends where the next key begins, and the
  // inclusive `offset <= end` takes the repeated key for part of the value before it, so the message
  // names the wrong fact: here "`b` is given twice" (for `a: [1]`) and "`a[0]` is given twice".
  it.each([
    ['a: [1]\nb: [2]\na: 3\n', '3:1 a'],
    ['a:\n  - 1\na: 2\n', '3:1 a'],
    ['x: 1\ngdpr:\n  applies: false\ngdpr:\n  applies: true\n', '4:1 gdpr']
  ])('names the key given twice in %j', (text, expected) => {
    expect(parse(encode(text)).problems.map((problem) => `${problem.line}:${problem.column} ${problem.path}`)).toEqual([expected])
  })

  it('refuses a second document, even an empty one', () => {
    expect(summary(parse(encode('a: 1\n---\nb: 2\n')))).toEqual(['2:1 multiple-documents'])
    expect(summary(parse(encode('a: 1\n---\n')))).toEqual(['2:1 multiple-documents'])
    expect(parse(encode('---\na: 1\n...\n')).problems).toEqual([])
  })

  it.each([
    ['a list', '- a\n- b\n', '1:1', 'a list'],
    ['a single value', 'just words\n', '1:1', 'a single value'],
    ['a number', '42\n', '1:1', 'a single value']
  ])('refuses %s at the top level', (_, text, place, actual) => {
    const result = parse(encode(text))
    expect(summary(result)).toEqual([`${place} not-a-mapping`])
    expect(result.problems[0]?.message).toBe(
      `The file must hold named facts (\`key: value\` lines), but it holds ${actual}. Start with \`schemaVersion: 1\`.`
    )
  })
})

describe('YAML slips reported where they are', () => {
  it('refuses a YAML tag, which would be dropped, and a list as a fact\'s name, without the parser\'s console warning', () => {
    expect(summary(parse(encode("schemaVersion: 1\nbrandName: !!js/function 'function(){return 1}'\n")))).toEqual(['2:26 yaml-tag'])
    expect(parse(encode('schemaVersion: 1\nbrandName: !foo bar\n')).problems[0]?.message).toBe(
      '`!foo` is a YAML tag, which facts do not use: it would be dropped, and the value read as plain text. Remove `!foo`; write dates as `2025-06-01` and texts as they are.'
    )
    expect(summary(parse(encode('schemaVersion: 1\nlogo: !!binary aGVsbG8=\n')))).toEqual(['2:16 yaml-tag'])
    const warnings: unknown[] = []
    const onWarning = (warning: unknown) => warnings.push(warning)
    process.on('warning', onWarning)
    try {
      expect(summary(parse(encode('schemaVersion: 1\n? [a, b]\n: x\n')))).toEqual(['2:3 complex-key'])
    } finally {
      process.off('warning', onWarning)
    }
    expect(warnings).toEqual([])
  })

  it('says a fact lacks `: ` after its name, in plain words, where moving the lines above would seem to help', () => {
    for (const line of ['retention P1Y', 'retention:P1Y']) {
      const result = parse(encode(`schemaVersion: 1\ncookies:\n  - name: _ga\n    purpose: usage-statistics\n    ${line}\n`))
      expect(summary(result)).toEqual(['5:5 yaml-syntax'])
      expect(result.problems[0]?.message).toBe(
        `The YAML cannot be read here: \`${line}\` has no \`: \` (a colon, then a space) after the fact's name, so it is not read as a fact. Write \`retention: P1Y\`. Check indentation, colons and quotes on this line.`
      )
    }
  })

  it('says a list item among named facts is one line too many, not the facts under it indented one level off', () => {
    const facts = '  legalName: {ru: Тестовая компания, kk: Тестілік компания}\n  legalForm: llp\n  bin: "180940004961"\n'
    const placements = [
      // In the column of `legalName`, right under `organization:`.
      {text: `schemaVersion: 1\norganization:\n  - x\n${facts}sites: [{url: https://example.kz}]\n`, at: '3:3'},
      // In the column of `organization` itself.
      {text: `schemaVersion: 1\norganization:\n- x\n${facts}sites: [{url: https://example.kz}]\n`, at: '3:1'},
      // Between two of its facts.
      {text: 'schemaVersion: 1\norganization:\n  legalName: {ru: Тестовая компания, kk: Тестілік компания}\n  - x\n  legalForm: llp\n', at: '4:3'}
    ]
    for (const {text, at} of placements) {
      const result = parse(encode(text))
      expect(summary(result)).toEqual([`${at} yaml-syntax`])
      expect(result.problems[0]?.path).toBe('organization')
      expect(result.problems[0]?.message).toBe(
        'The YAML cannot be read here: `- x` is a list item, but `organization` holds facts by name, not a list. Delete this line, or, if it was meant as a fact, write the fact\'s name and `: ` in place of the dash: `name: x`. Check indentation, colons and quotes on this line.'
      )
      const ru = parseFacts({path: 'org/facts.yaml', bytes: encode(text)}, 'ru').problems
      expect(ru.map((problem) => `${problem.line}:${problem.column} ${problem.path}`)).toEqual([`${at} organization`])
      expect(ru[0]?.message).toContain('строка `- x` — это элемент списка, но в `organization` факты записываются по названиям, а не списком')
      expect(ru[0]?.message).toContain('Удалите эту строку, а если здесь должен быть факт, напишите вместо дефиса его название и «: » (двоеточие и пробел): `name: x`')
      const kk = parseFacts({path: 'org/facts.yaml', bytes: encode(text)}, 'kk').problems
      expect(kk[0]?.message).toContain('`- x` жолы — тізім элементі, ал `organization` ішінде фактілер тізіммен емес, атауларымен жазылады')
    }
  })

  it('names the mapping a stray list item stands in, also a list item\'s or the top level, and reads on without it', () => {
    const inItem = parse(encode('schemaVersion: 1\ncookies:\n  - name: _ga\n    - analytics\n    purpose: usage-statistics\n'))
    expect(inItem.problems.map((problem) => `${problem.line}:${problem.column} ${problem.path}`)).toEqual(['4:5 cookies[0]'])
    expect(inItem.problems[0]?.message).toContain('`- analytics` is a list item, but `cookies[0]` holds facts by name')
    const top = parse(encode('schemaVersion: 1\n- x\nlocales: [ru]\n'))
    expect(summary(top)).toEqual(['2:1 yaml-syntax'])
    expect(top.problems[0]?.path).toBe('')
    expect(top.problems[0]?.message).toContain('`- x` is a list item, but the top level of the file holds facts by name')
    // Another slip further down is still named for what it is, at its own line.
    const two = parse(encode('schemaVersion: 1\norganization:\n  - x\n  legalName: a\ncookies:\n  - name: _ga\n    retention P1Y\n'))
    expect(summary(two)).toEqual(['3:3 yaml-syntax', '7:5 yaml-syntax'])
    expect(two.problems[1]?.message).toContain('`retention P1Y` has no `: `')
  })

  it('leaves a list whose next lines slipped in from the top level, or whose last item slipped out, to the indentation slips', () => {
    // `locales` is a list: `organization` is the slip, not `- ru`.
    const slipIn = parse(encode('schemaVersion: 1\nlocales:\n  - ru\n  organization:\n    legalName: a\n    legalForm: llp\nsites: []\n'))
    expect(summary(slipIn)).toEqual(['4:3 wrong-indent'])
    const slipOut = parse(encode('schemaVersion: 1\ncollectedData:\n  items:\n    - referrer\n  - clicks-and-actions\n  purposes: [security]\n'))
    expect(summary(slipOut)).toEqual(['5:3 wrong-indent'])
    expect(slipOut.problems[0]?.message).toContain('belongs to `collectedData.items` above: indent it by 2 spaces')
  })

  it('puts a quote closed only by the next key\'s opening quote, in braces, where it opens', () => {
    const result = parse(encode('schemaVersion: 1\norganization:\n  legalName: {ru: "ЗАПОЛНИТЕ наименование, kk: "ЗАПОЛНИТЕ атауы"}\n'))
    expect(summary(result)).toEqual(['3:19 unclosed-quote'])
    expect(result.problems[0]?.message).toBe(
      'The quote `"` that opens here is not closed, so everything after it is read as part of the text. Close it where the text ends: `"ЗАПОЛНИТЕ наименование"`.'
    )
    // A quote inside a quoted text is still that: the text does not end in a key.
    expect(summary(parse(encode('schemaVersion: 1\norganization:\n  legalName: {ru: "ТОО "Ромашка", г. Алматы", kk: Ромашка}\n')))).toEqual(['3:24 quote-inside-quotes'])
  })

  it('puts a quote never closed where it opens, even when the parser gives up at the end of the file', () => {
    const result = parse(encode('schemaVersion: 1\ngdpr:\n  applies: true\n  representative: "Rep GmbH\n'))
    expect(summary(result)).toEqual(['4:19 unclosed-quote'])
    expect(result.problems[0]?.message).toBe(
      'The quote `"` that opens here is not closed, so everything after it is read as part of the text. Close it where the text ends: `"Rep GmbH"`.'
    )
  })

  it('reads doubled single quotes as a quote inside the text, not as its end', () => {
    expect(summary(parse(encode("a: 'it''s fine'\nb: 'it''s not\n")))).toEqual(['2:4 unclosed-quote'])
    expect(parse(encode("a: 'it''s fine'\n")).problems).toEqual([])
  })

  it('keeps what the parser said before an unclosed quote', () => {
    expect(summary(parse(encode('a: b: c\nd: "open\n')))).toEqual(['1:4 yaml-syntax', '2:4 unclosed-quote'])
  })

  it('does not take a colon inside a value for an indentation slip', () => {
    const result = parse(encode('organization:\n  address: г. Алматы: ул. Абая\n'))
    expect(summary(result)).toEqual(['2:12 yaml-syntax'])
    expect(result.problems[0]?.message).toContain('there is a second `: ` on this line')
  })

  it('does not blame the indentation above an error a move would not clear', () => {
    // The lines are indented right: a move of `hosting` above the error would leave it where it is.
    expect(summary(parse(encode('storage:\n  hosting:\n    ru: @Акме\n    kk: Акме\n')))).toEqual(['3:9 yaml-syntax'])
    expect(summary(parse(encode('storage:\n  hosting:\n    ru: Акме\n    kk: Акме: x\n')))).toEqual(['4:9 yaml-syntax'])
  })

  it('says in plain words what a text in braces or one starting with @ needs: quotes', () => {
    const braces = parse(encode('storage:\n  hosting: {ru: Акме: офис, kk: Акме}\n'))
    expect(summary(braces)).toEqual(['2:17 yaml-syntax'])
    expect(braces.problems[0]?.message).toContain('inside `{ }` or `[ ]`, a text that holds `: ` or starts with `- ` must be in quotes (`{ru: "Акме: офис"}`)')
    const at = parse(encode('storage:\n  hosting:\n    ru: @Акме\n'))
    expect(at.problems[0]?.message).toContain('a text that starts with `@` must be in quotes')
    expect(parse(encode('a: `b`\n')).problems[0]?.message).toContain('a text that starts with `` ` `` must be in quotes')
    expect(parseFacts({path: 'f.yaml', bytes: encode('a: >b\n  c: {ru: > d}\n')}, 'kk').problems.map((problem) => problem.message).join('\n')).not.toContain('Plain value')
  })

  it('finds several slips in one file, from the top down', () => {
    const text = ['a:', '  b: 1', 'c: 2', '  d: 3', 'list:', '  - x: 1', '      y: 2', ''].join('\n')
    expect(summary(parse(encode(text)))).toEqual(['3:1 wrong-indent', '7:7 wrong-indent'])
  })

  it(`looks for slips only in files up to 256 KiB, and reports the parser's errors in larger ones`, () => {
    const padding = `# ${'x'.repeat(78)}\n`.repeat(3300)
    const result = parse(encode(`${padding}a:\n  b: 1\nc: 2\n  d: 3\n`))
    expect(result.problems.map((problem) => problem.ruleId)).not.toContain('wrong-indent')
    expect(result.problems.length).toBeGreaterThan(0)
  })
})
