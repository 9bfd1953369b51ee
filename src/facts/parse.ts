import {
  CST,
  Lexer,
  LineCounter,
  isAlias,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  parseAllDocuments,
  visit,
  Document,
  type YAMLError
} from 'yaml'
import {formatMessage, type MessageLanguage, type MessageParams, type RuleId} from './messages.js'
import {placeOf, type PathSegment} from './locate.js'
import {formatFactPath, type Place, type Problem} from './problem.js'
import {schemaNodeAt} from './schema.js'

/** Largest facts file accepted, in bytes. */
export const maxFileSize = 1024 * 1024
/** Deepest nesting of mappings and lists accepted. */
export const maxDepth = 32
/** Most alias expansions accepted while reading one file (guards against alias bombs). */
export const maxAliasCount = 100

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype'])

/** A facts file read from disk: its display path and raw bytes. */
export interface SourceFile {
  path: string
  bytes: Uint8Array
  /** The file's full size when only its start was read (files over the limit are not read whole). */
  size?: number
  /** The operating system's error when the file could not be read (`EACCES`): reported instead of parsing. */
  unreadable?: string
}

/** A facts file parsed into data, with what is needed to locate facts in its source. */
export interface ParsedFacts {
  file: string
  /** The file's text, as the offsets of `doc` count it. */
  text: string
  data: Record<string, unknown>
  doc: Document
  lineCounter: LineCounter
}

/** What parsing gives: the parsed facts when the file could be read, and every problem found. */
export interface ParseResult {
  parsed?: ParsedFacts
  problems: Problem[]
}

/**
 * Read a facts file's bytes as YAML, refusing anything that is not one plain YAML mapping:
 * oversized, binary, non-UTF-8 or empty files, tabs in indentation, syntax errors,
 * duplicate keys, several documents, alias bombs, absurd nesting and prototype keys.
 */
export function parseFacts(source: SourceFile, language: MessageLanguage): ParseResult {
  const report = createReporter(source.path, language)
  if (source.unreadable !== undefined) return report.only('unreadable-file', {line: 1, column: 1}, {code: source.unreadable})
  const {bytes} = source
  const size = source.size ?? bytes.length
  if (size > maxFileSize) {
    return report.only('file-too-large', {line: 1, column: 1}, {size: String(size), limit: String(maxFileSize)})
  }
  if (bytes.includes(0)) return report.only('binary-file', placeInBytes(bytes, bytes.indexOf(0)), {})
  const invalidAt = firstInvalidUtf8(bytes)
  if (invalidAt !== -1) return report.only('not-utf8', placeInBytes(bytes, invalidAt), {})

  const text = new TextDecoder('utf-8').decode(bytes)
  if (text.split('\n').every((line) => /^\s*(#.*)?$/.test(line))) return report.only('empty-file', {line: 1, column: 1}, {})

  // Brackets opened hundreds deep (`[[[[…`) make the YAML parser itself run out of memory: refused first.
  const deepFlow = deepFlowOffset(text, 2 * maxDepth)
  if (deepFlow !== -1) return report.only('too-deep', placeInText(text, deepFlow), {limit: String(maxDepth)})

  const lineCounter = new LineCounter()
  const tabs = findIndentTabs(text)
  const docs = parseYaml(text, lineCounter)
  const [doc, second] = docs
  if (second) report.add('multiple-documents', placeOf(lineCounter, second.range[0]), {})
  if (!doc) return report.only('empty-file', {line: 1, column: 1}, {})
  // A tab in the indentation confuses the parser about every line after it: when the file does not
  // parse and has such tabs, the tabs are the problem to report. (A tab inside a block scalar's text
  // is fine: the file then parses.)
  if (doc.errors.length > 0 && tabs.length > 0) for (const tab of tabs) report.add('tab-indent', tab, {})
  else if (doc.errors.length > 0) reportSyntaxErrors(text, doc, lineCounter, report)
  if (report.problems.length > 0) return {problems: report.problems}

  if (!isMap(doc.contents)) {
    const actual = isSeq(doc.contents) ? 'list' : doc.contents === null ? 'nothing' : 'value'
    const words: Record<string, [string, string]> = {
      list: ['a list', 'список'],
      nothing: ['nothing', 'ничего'],
      value: ['a single value', 'одно значение']
    }
    const place = doc.contents?.range ? placeOf(lineCounter, doc.contents.range[0]) : {line: 1, column: 1}
    const pair = words[actual] ?? ['?', '?']
    return report.only('not-a-mapping', place, {actual: language === 'en' ? pair[0] : pair[1]})
  }

  checkShape(doc, lineCounter, report)
  if (report.problems.length > 0) return {problems: report.problems}

  let data: unknown
  try {
    data = doc.toJS({maxAliasCount})
  } catch {
    const alias = firstAliasPlace(doc, lineCounter)
    return report.only('too-many-aliases', alias, {limit: String(maxAliasCount)})
  }
  return {parsed: {file: source.path, text, data: data as Record<string, unknown>, doc, lineCounter}, problems: []}
}

interface Reporter {
  problems: Problem[]
  add(ruleId: RuleId, place: Place, params: MessageParams, path?: string): void
  only(ruleId: RuleId, place: Place, params: MessageParams): ParseResult
}

function createReporter(file: string, language: MessageLanguage): Reporter {
  const problems: Problem[] = []
  const add: Reporter['add'] = (ruleId, place, params, path = '') => {
    const message = formatMessage(ruleId, {...params, path}, language)
    problems.push({file, ...place, severity: 'error', ruleId, message, path})
  }
  return {
    problems,
    add,
    only(ruleId, place, params) {
      add(ruleId, place, params)
      return {problems}
    }
  }
}

// A YAML error is reported where the slip is, not where the parser gave up: an unclosed quote or
// bracket where it opens, a line indented one level off as that line. Only what is left is reported
// in the parser's terms, once per line.
// `strays` is how many stray list items may still be taken out before the rest is looked at (each one
// found is reported, and the file read again without it, its lines where they were).
function reportSyntaxErrors(text: string, doc: Document, lineCounter: LineCounter, report: Reporter, strays = maxStrayItems): void {
  const syntax = doc.errors.filter((error) => error.code !== 'DUPLICATE_KEY')
  // The duplicates were reported from the file as written; the file without a stray item repeats them.
  if (strays === maxStrayItems) for (const error of doc.errors) if (error.code === 'DUPLICATE_KEY') reportYamlError(error, doc, lineCounter, report)
  if (syntax.length === 0) return
  const firstError = Math.min(...syntax.map((error) => error.pos[0]))
  const unclosed = unclosedQuote(text, firstError) ?? quoteInsideQuotes(text, firstError) ?? unclosedBracket(text)
  if (unclosed) {
    // What the parser said before the quote or bracket opened is a problem of its own.
    for (const error of syntax) if (error.pos[0] < unclosed.offset) reportYamlError(error, doc, lineCounter, report, text)
    report.add(unclosed.ruleId, placeOf(lineCounter, unclosed.offset), unclosed.params)
    return
  }
  // A list item among named facts is one line too many, not the facts under it indented one level off.
  const stray = strays > 0 && text.length <= maxSlipSearch ? findStrayItem(text, placeOf(lineCounter, firstError).line, syntax.length) : undefined
  if (stray) {
    report.add('yaml-syntax', {line: stray.line, column: stray.column}, {code: 'STRAY_ITEM', ...stray.params}, stray.path)
    const rest = stray.without
    if (rest.errors.some((error) => error.code !== 'DUPLICATE_KEY')) reportSyntaxErrors(rest.text, rest.doc, rest.lineCounter, report, strays - 1)
    return
  }
  // A fact without `: ` after its name is what it is, whatever moving the lines above would make of it.
  const first = syntax.find((error) => error.pos[0] === firstError)
  const slips = text.length <= maxSlipSearch && !(first && missingColon(text, first)) ? findIndentSlips(text) : undefined
  if (slips) {
    for (const slip of slips.found) report.add('wrong-indent', {line: slip.line, column: slip.column}, slip.params, slip.path)
    const seen = new Set<number>(slips.found.map((slip) => slip.line))
    for (const error of slips.errors) {
      if (error.code === 'DUPLICATE_KEY') continue
      const place = placeOf(slips.lineCounter, error.pos[0])
      if (seen.has(place.line)) continue
      seen.add(place.line)
      reportYamlError(error, slips.doc, slips.lineCounter, report)
    }
    return
  }
  const lines = new Set<number>()
  for (const error of syntax) {
    const {line} = placeOf(lineCounter, error.pos[0])
    if (lines.has(line)) continue
    lines.add(line)
    reportYamlError(error, doc, lineCounter, report, text)
  }
}

/** `text`, when given, is the text `doc` was parsed from: a line there may say more than the parser does. */
function reportYamlError(error: YAMLError, doc: Document, lineCounter: LineCounter, report: Reporter, text?: string): void {
  const place = placeOf(lineCounter, error.pos[0])
  if (error.code === 'DUPLICATE_KEY') {
    const path = pathAtOffset(doc, error.pos[0])
    report.add('duplicate-key', place, {}, formatFactPath(path))
    return
  }
  const detail = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code
  const missing = text === undefined ? undefined : missingColon(text, error)
  report.add('yaml-syntax', place, missing ? {detail, code: 'MISSING_COLON', ...missing} : {detail, code: error.code})
}

/**
 * A fact written without `: ` after its name (`retention P1Y`, `retention:P1Y`), where the parser
 * found a key with no value: its line as it was written, and as it was meant (`retention: P1Y`).
 */
function missingColon(text: string, error: YAMLError): {written: string; fixed: string} | undefined {
  if (error.code !== 'MISSING_CHAR' && error.code !== 'MULTILINE_IMPLICIT_KEY') return undefined
  const start = text.lastIndexOf('\n', error.pos[0] - 1) + 1
  const end = text.indexOf('\n', start)
  const line = text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '').replace(/\s+#.*$/, '')
  if (line.includes(': ')) return undefined
  const match = /^[ \t]*((?:- )?[A-Za-z][\w$-]*)(?::(?=[^\s:])| +(?=[^\s:#]))(.+)$/.exec(line)
  if (!match) return undefined
  const [, key = '', value = ''] = match
  return {written: line.trim(), fixed: `${key}: ${value.trim()}`}
}

/** Most stray list items reported in one file. */
const maxStrayItems = 3

interface StrayItem {
  line: number
  column: number
  params: MessageParams
  /** The path of the mapping the item stands in. */
  path: string
  /** The file read with the item's line blanked (so every other line keeps its place). */
  without: {text: string; doc: Document; lineCounter: LineCounter; errors: YAMLError[]}
}

/**
 * A list item (`- x`) standing among a mapping's named facts, where the file reads once that one line
 * is taken out: under `organization:` in the column of its facts (or of `organization` itself), or
 * between two of its facts. `firstLine` is the line of the parser's first error (1-based), `errors`
 * how many it found: without the line, the errors must end before it and be fewer.
 *
 * Right under a fact that opens a block, a list item followed by named facts may as well be a list whose
 * next lines slipped in from the top level (`locales:` / `  - ru` / `  organization:`): there the schema
 * decides, and the item is stray only where the schema wants named facts.
 */
function findStrayItem(text: string, firstLine: number, errors: number): StrayItem | undefined {
  const lines = text.split('\n')
  const shapes = lines.map(shapeOf)
  markBlockScalars(lines, shapes)
  const significant = (index: number) => shapes[index]?.kind === 'key' || shapes[index]?.kind === 'item'
  const previous = (index: number) => {
    for (let before = index - 1; before >= 0; before--) if (significant(before)) return before
    return -1
  }
  const next = (index: number) => {
    for (let after = index + 1; after < lines.length; after++) if (significant(after)) return after
    return -1
  }
  let tried = 0
  // From the parser's first error up: it stops at the item itself, or at the first fact after it (or,
  // for an item in the first column, at the blank line above it).
  const errorLine = Math.min(firstLine, lines.length) - 1
  const start = significant(errorLine) ? errorLine : next(errorLine)
  for (let index = start, passed = 0; index >= 0 && passed < 3 && tried < 3; index = previous(index), passed++) {
    const shape = shapes[index]
    if (!shape || shape.kind !== 'item') continue
    const value = strayValue(lines[index] ?? '')
    if (value === undefined) continue
    const anchor = strayAnchor(lines, shapes, index, previous(index), next(index))
    if (!anchor) continue
    tried++
    const blanked = [...lines]
    blanked[index] = (lines[index] ?? '').replace(/[^\r]/g, ' ')
    const without = parseForSlips(blanked.join('\n'))
    const left = without.errors.filter((error) => error.code !== 'DUPLICATE_KEY')
    if (left.length >= errors || left.some((error) => placeOf(without.lineCounter, error.pos[0]).line <= index + 1)) continue
    const anchorShape = shapes[anchor.index]
    const offset = lines.slice(0, anchor.index).reduce((sum, line) => sum + line.length + 1, 0) + (anchorShape?.content ?? anchorShape?.indent ?? 0)
    const keyPath = pathAtOffset(without.doc, offset)
    if (typeof keyPath[keyPath.length - 1] !== 'string') continue
    const path = keyPath.slice(0, -1)
    const map = path.length === 0 ? without.doc.contents : nodeAtPath(without.doc, path)
    if (!isMap(map) || map.flow) continue
    const schema = schemaNodeAt(path)
    const wantsFacts = schema?.type === 'object' || schema?.properties !== undefined
    const wantsList = schema?.type === 'array' || schema?.items !== undefined
    if (anchor.under ? !wantsFacts : wantsList) continue
    return {
      line: index + 1,
      column: shape.indent + 1,
      path: formatFactPath(path),
      params: {written: `- ${value}`, value, top: path.length === 0 ? 'yes' : undefined},
      without: {...without, text: blanked.join('\n')}
    }
  }
  return undefined
}

/** The value of a list item line that holds one plain value (`- x`, `- "x"`), not a fact, a group or a list. */
function strayValue(line: string): string | undefined {
  const value = line.replace(/\r$/, '').replace(/^ *- +/, '').replace(/\s+#.*$/, '').trim()
  if (value === '' || /^[-{[|>&*!?%@`#]/.test(value) || /:( |$)/.test(value)) return undefined
  return value
}

/**
 * The line that places a list item among named facts, with the item at `index`, the key or item line
 * before it at `before` and the one after it at `after`: the first fact under the key that opens right
 * above the item (`under`), or the fact in the item's column above it.
 */
function strayAnchor(lines: readonly string[], shapes: readonly LineShape[], index: number, before: number, after: number): {index: number; under: boolean} | undefined {
  const shape = shapes[index]
  const above = shapes[before]
  const below = shapes[after]
  if (!shape || !above) return undefined
  // A fact with a block of text (`body: |`) opens no facts: the item is beside it.
  if (above.kind === 'key' && above.opens && !/:\s*[|>][-+0-9]*\s*(#.*)?$/.test(lines[before] ?? '')) {
    // `organization:` / `  - x` / `  legalName: …` (or `- x` in the column of `organization`).
    if (below?.kind === 'key' && below.indent > above.indent && above.indent <= shape.indent && shape.indent <= below.indent) return {index: after, under: true}
    return undefined
  }
  // `legalName: …` / `- x` / `legalForm: llp`, or the last of the facts: what follows is not under the item.
  if (below && below.indent > shape.indent) return undefined
  for (let line = before; line >= 0; line--) {
    const other = shapes[line]
    if (!other || other.kind === 'blank' || other.kind === 'other') continue
    // After a list one level in (`items:` / `    - referrer` / `  - clicks-and-actions`), the item is more
    // likely one of that list that slipped out of it: the indentation slips say so.
    if (other.kind === 'item' && other.indent > shape.indent && other.indent <= shape.indent + 2) return undefined
    if (other.indent > shape.indent) continue
    if (other.kind === 'key' && other.indent === shape.indent) return {index: line, under: false}
    if (other.kind === 'item' && other.content === shape.indent) return {index: line, under: false}
    return undefined
  }
  return undefined
}

function nodeAtPath(doc: Document, path: readonly PathSegment[]): unknown {
  let node: unknown = doc.contents
  for (const segment of path) {
    if (isMap(node)) node = node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(segment))?.value
    else if (isSeq(node) && typeof segment === 'number') node = node.items[segment]
    else return undefined
  }
  return node
}

interface Unclosed {
  ruleId: 'unclosed-quote' | 'unclosed-bracket' | 'quote-inside-quotes'
  offset: number
  params: MessageParams
}

/** The source of every token the YAML lexer reads, with its offset in the text. */
function tokensOf(text: string): Array<{offset: number; source: string; type: string | null}> {
  const tokens: Array<{offset: number; source: string; type: string | null}> = []
  let offset = 0
  let scalarNext = false
  for (const source of new Lexer().lex(text)) {
    const type: string | null = scalarNext ? 'scalar-text' : CST.tokenType(source)
    scalarNext = type === 'scalar'
    tokens.push({offset, source, type})
    // The lexer's markers (a scalar follows, a document starts, a flow collection is cut off) take no room.
    if (type !== 'scalar' && type !== 'doc-mode' && type !== 'flow-error-end') offset += source.length
  }
  return tokens
}

// A quote that is never closed: the lexer's quoted text runs to where it gives up. A quote closed only by
// the opening quote of a later line (`ru: "Акме` then `kk: "Акме"`) counts too, when the parser fails
// there, and so does one closed only by the opening quote of the next key in braces
// (`{ru: "Акме, kk: "Акме"}`: the text would end in `, kk: `).
function unclosedQuote(text: string, firstError: number): Unclosed | undefined {
  for (const token of tokensOf(text)) {
    if (token.type !== 'double-quoted-scalar' && token.type !== 'single-quoted-scalar') continue
    const closed = isClosedQuote(token.source)
    const end = token.offset + token.source.length
    const lineStart = text.lastIndexOf('\n', token.offset) + 1
    const before = text.slice(lineStart, token.offset)
    const nearError = firstError >= token.offset && firstError <= end + 200
    const swallowsLine = token.source.includes('\n') && /\n[ \t]*(- )?[\w$-]+:[ \t]/.test(token.source)
    const swallowsFlowKey = !token.source.includes('\n') && inFlow(before) && /,[ \t]*[\w$-]+[ \t]*:[ \t]*.$/.test(token.source)
    const swallowsKey = closed && (swallowsLine || swallowsFlowKey) && nearError
    if (closed && !swallowsKey) continue
    const quote = token.source[0] ?? '"'
    let rest = (token.source.slice(1).split('\n')[0] ?? '').replace(/\s+#.*$/, '')
    if (closed) rest = rest.replace(new RegExp(`${quote === '"' ? '"' : "'"}$`), '')
    if (inFlow(before)) rest = rest.replace(/(,\s*[\w$-]+\s*:|[}\]]).*$/, '')
    rest = rest.trim()
    return {ruleId: 'unclosed-quote', offset: token.offset, params: {quote: quote === '"' ? '`"`' : "`'`", example: rest ? `${quote}${rest}${quote}` : undefined}}
  }
  return undefined
}

/**
 * A quote inside a quoted text (`ru: "ТОО "Ромашка", г. Алматы"`): the text ends at it and the
 * parser meets a word right after a closing quote, where the error is. Its place (the inner quote)
 * and the text as it can be written, the inner quotes as «…».
 */
function quoteInsideQuotes(text: string, firstError: number): Unclosed | undefined {
  for (const token of tokensOf(text)) {
    if (token.type !== 'double-quoted-scalar' && token.type !== 'single-quoted-scalar') continue
    const end = token.offset + token.source.length
    if (end > firstError || !isClosedQuote(token.source) || token.source.includes('\n')) continue
    const next = text[end] ?? ''
    if (next === '' || /[\s,}\]#:]/.test(next)) continue
    const quote = token.source[0] ?? '"'
    const lineEnd = text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end)
    const line = text.slice(end, lineEnd).replace(/\r$/, '')
    // The text meant ends at the first quote before the next key (`, kk:`), a closing brace, a
    // comment or the line's end; else at the last quote before a comma.
    const closing = new RegExp(`\\${quote}(?=[ \\t]*(?:[,}\\]]|#|$))`, 'g')
    let last = -1
    for (let found = closing.exec(line); found; found = closing.exec(line)) {
      last = found.index
      if (/^[ \t]*(?:,[ \t]*[\w$-]+[ \t]*:|[}\]]|#|$)/.test(line.slice(found.index + 1))) break
    }
    if (last === -1) continue
    const meant = `${token.source.slice(1, -1)}${quote}${line.slice(0, last)}`
    const fixed = withGuillemets(meant, quote)
    return {ruleId: 'quote-inside-quotes', offset: end - 1, params: {quote: quote === '"' ? '`"`' : "`'`", example: fixed === undefined ? undefined : `${quote}${fixed}${quote}`}}
  }
  return undefined
}

/**
 * The inner quotes of `text` as «…»: a quote after a space, a bracket or the start opens, any other
 * closes. A quote escaped in double quotes (\\") is the text's own and stays. Undefined when the
 * quotes do not pair (`ТОО "Ромашка"", а также "Б`): a guess would be a wrong fix.
 */
export function withGuillemets(text: string, quote: string): string | undefined {
  let depth = 0
  let paired = true
  const fixed = text.replace(new RegExp(quote === '"' ? '(?<!\\\\)"' : "'", 'g'), (_, index: number) => {
    const opens = index === 0 || /[\s(«\[{]/.test(text[index - 1] ?? '')
    depth += opens ? 1 : -1
    if (depth < 0) paired = false
    return opens ? '«' : '»'
  })
  return paired && depth === 0 ? fixed : undefined
}

function isClosedQuote(source: string): boolean {
  const quote = source[0]
  for (let index = 1; index < source.length; index++) {
    const char = source[index]
    if (quote === '"' && char === '\\') {
      index++
      continue
    }
    if (char !== quote) continue
    if (quote === "'" && source[index + 1] === "'") {
      index++
      continue
    }
    return true
  }
  return false
}

/** Whether a line, up to some point, has opened a `{` or `[` it has not closed (quotes aside). */
function inFlow(before: string): boolean {
  const plain = before.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '')
  return (plain.match(/[[{]/g)?.length ?? 0) > (plain.match(/[\]}]/g)?.length ?? 0)
}

// A `[` or `{` the lexer had to cut off (a flow collection never closed): reported where it opens.
function unclosedBracket(text: string): Unclosed | undefined {
  const open: Array<{offset: number; source: string}> = []
  for (const token of tokensOf(text)) {
    if (token.type === 'flow-seq-start' || token.type === 'flow-map-start') open.push(token)
    else if (token.type === 'flow-seq-end' || token.type === 'flow-map-end') open.pop()
    else if (token.type === 'flow-error-end' && open.length > 0) {
      const [first] = open
      if (!first) return undefined
      const bracket = first.source
      const closing = bracket === '[' ? ']' : '}'
      const lineEnd = text.indexOf('\n', first.offset)
      const rest = text
        .slice(first.offset + 1, lineEnd === -1 ? text.length : lineEnd)
        .replace(/\s+#.*$/, '')
        .trim()
        .replace(/,$/, '')
      return {ruleId: 'unclosed-bracket', offset: first.offset, params: {bracket, closing, example: rest ? `${bracket}${rest}${closing}` : undefined}}
    }
  }
  return undefined
}

/** Largest file in which a YAML error is looked into as an indentation slip (each try parses it again). */
const maxSlipSearch = 256 * 1024
/** Most slips looked for in one file. */
const maxSlips = 5

interface LineShape {
  indent: number
  kind: 'blank' | 'key' | 'item' | 'other'
  /** For a list item with a fact on its line (`- name: _ga`), the column the fact starts in (0-based). */
  content?: number
  /** The line opens a block below it (`key:` with nothing after it). */
  opens: boolean
}

interface FoundSlip {
  line: number
  column: number
  params: MessageParams
  path: string
}

// A line indented one level off: try the likely indentations for the lines around the first error, and
// keep the one change that makes the errors go away (the fewest lines moved, the shortest move).
function findIndentSlips(text: string): {found: FoundSlip[]; errors: YAMLError[]; doc: Document; lineCounter: LineCounter} | undefined {
  let lines = text.split('\n')
  const moves: Array<{start: number; count: number; delta: number; dash: boolean; column: number}> = []
  let current = parseForSlips(lines.join('\n'))
  for (let attempt = 0; attempt < maxSlips && current.errors.length > 0; attempt++) {
    const firstLine = Math.min(...current.errors.map((error) => placeOf(current.lineCounter, error.pos[0]).line)) - 1
    const shapes = lines.map(shapeOf)
    markBlockScalars(lines, shapes)
    let best: (Scored & {parsed: ReturnType<typeof parseForSlips>}) | undefined
    // Each line moves once, and the slips are found from the top of the file down.
    const from = Math.max(0, firstLine - 2, ...moves.map((move) => move.start + 1))
    for (let index = from; index <= Math.min(lines.length - 1, firstLine + 2); index++) {
      for (const candidate of candidatesAt(lines, shapes, index)) {
        const parsed = parseForSlips(candidate.lines.join('\n'))
        // The change must clear every error up to the lines it changed, and leave no more errors.
        const firstLeft = Math.min(...parsed.errors.map((error) => placeOf(parsed.lineCounter, error.pos[0]).line))
        if (parsed.errors.length > current.errors.length || firstLeft <= index + candidate.count) continue
        // …and get further: a move above an error that stays where it was (`ru: @Акме`) fixed nothing.
        if (parsed.errors.length === current.errors.length && firstLeft <= firstLine + 1) continue
        // …and leave each moved key or list item a key or an item (not words of the text above it).
        if (!keepsLines(candidate, parsed.doc)) continue
        const scored = {...candidate, errors: parsed.errors.length, firstLeft}
        if (!best || compareCandidates(scored, best) < 0) best = {...scored, parsed}
      }
    }
    if (!best) break
    moves.push({start: best.start, count: best.count, delta: best.delta, dash: best.dash, column: (shapes[best.start]?.indent ?? 0) + 1})
    lines = best.lines
    current = best.parsed
  }
  if (moves.length === 0) return undefined
  const fixedShapes = lines.map(shapeOf)
  const found = moves.map((move) => {
    const shape = fixedShapes[move.start]
    const item = shape?.kind === 'item'
    const offset = lines.slice(0, move.start).reduce((sum, line) => sum + line.length + 1, 0) + (item ? shape.content ?? shape.indent + 2 : shape?.indent ?? 0)
    const path = pathAtOffset(current.doc, offset)
    // A list item belongs to its list; a fact to the mapping it is in.
    const lastIndex = path.map((segment) => typeof segment === 'number').lastIndexOf(true)
    const parentPath = item || move.dash ? path.slice(0, Math.max(0, lastIndex)) : path.slice(0, -1)
    const key = typeof path[path.length - 1] === 'string' ? String(path[path.length - 1]) : ''
    const below = lines.slice(move.start + 1, move.start + move.count).filter((line) => line.trim() !== '' && !line.trim().startsWith('#')).length
    return {
      line: move.start + 1,
      column: move.column,
      path: formatFactPath(item && !move.dash && lastIndex >= 0 ? path.slice(0, lastIndex + 1) : path),
      params: {
        keys: key,
        item: item && !move.dash ? 'yes' : undefined,
        dash: move.dash ? 'yes' : undefined,
        parent: formatFactPath(parentPath),
        spaces: String(Math.abs(move.delta)),
        more: move.delta > 0 ? 'yes' : undefined,
        align: shape?.kind === 'key' ? siblingKey(current.doc, parentPath, key) : undefined,
        below: below > 0 && !move.dash ? String(below) : undefined
      }
    }
  })
  return {found, errors: current.errors, doc: current.doc, lineCounter: current.lineCounter}
}

interface Candidate {
  lines: string[]
  start: number
  count: number
  delta: number
  /** The line is a list item written without its `- `. */
  dash: boolean
}

// The changes tried at a line: move it (alone, with the lines under it, or with the lines beside it) to
// a likely column; or, for a fact in the column of a list's dashes, start a new item with `- `.
function candidatesAt(lines: readonly string[], shapes: readonly LineShape[], index: number): Candidate[] {
  const shape = shapes[index]
  if (!shape || (shape.kind !== 'key' && shape.kind !== 'item')) return []
  const candidates: Candidate[] = []
  for (const target of targetColumns(shapes, index)) {
    for (const count of blockSizes(shapes, index)) {
      const delta = target - shape.indent
      const moved = shift(lines, index, count, delta)
      if (moved) candidates.push({lines: moved, start: index, count, delta, dash: false})
    }
  }
  if (shape.kind === 'key' && isDashColumn(shapes, index)) {
    const children = blockExtent(shapes, index, true)
    const moved = shift(lines, index + 1, children - 1, 2)
    if (moved) {
      moved[index] = `${' '.repeat(shape.indent)}- ${(lines[index] ?? '').slice(shape.indent)}`
      candidates.push({lines: moved, start: index, count: children, delta: 2, dash: true})
    }
  }
  return candidates
}

/** Whether a line starts in the column of the dashes of a list just above it. */
function isDashColumn(shapes: readonly LineShape[], index: number): boolean {
  const shape = shapes[index]
  for (let before = index - 1; before >= 0 && shape; before--) {
    const other = shapes[before]
    if (!other || other.kind === 'blank' || other.kind === 'other' || other.indent > shape.indent) continue
    return other.indent === shape.indent && other.kind === 'item'
  }
  return false
}

type Scored = Candidate & {errors: number; firstLeft: number}

function keepsLines(candidate: Candidate, doc: Document): boolean {
  const starts = new Set<number>()
  visit(doc, {
    Pair(_, pair) {
      const start = (pair.key as {range?: [number, number, number]} | null)?.range?.[0]
      if (start !== undefined) starts.add(start)
    },
    Node(_, node) {
      if (node.range) starts.add(node.range[0])
    }
  })
  let offset = candidate.lines.slice(0, candidate.start).reduce((sum, line) => sum + line.length + 1, 0)
  for (let index = candidate.start; index < candidate.start + candidate.count; index++) {
    const line = candidate.lines[index] ?? ''
    const shape = shapeOf(line)
    const at = shape.kind === 'item' ? shape.content ?? shape.indent + 2 : shape.indent
    const empty = shape.kind === 'item' && line.slice(at).trim() === ''
    if ((shape.kind === 'key' || shape.kind === 'item') && !empty && !starts.has(offset + at)) return false
    offset += line.length + 1
  }
  return true
}

// The change that lets the parser read furthest (all of the file, best), then the fewest lines changed;
// then indenting more (into the block above) before a missing dash, before indenting less (out of it);
// then the shortest move, and the fewest errors left.
function compareCandidates(a: Scored, b: Scored): number {
  const kind = (candidate: Candidate) => (candidate.dash ? 1 : candidate.delta > 0 ? 0 : 2)
  const further = a.firstLeft === b.firstLeft ? 0 : a.firstLeft > b.firstLeft ? -1 : 1
  return further || a.count - b.count || kind(a) - kind(b) || Math.abs(a.delta) - Math.abs(b.delta) || a.errors - b.errors
}

function parseForSlips(text: string): {doc: Document; lineCounter: LineCounter; errors: YAMLError[]} {
  const lineCounter = new LineCounter()
  const [doc = new Document()] = parseYaml(text, lineCounter)
  return {doc, lineCounter, errors: doc.errors}
}

/**
 * The YAML parser's documents of `text`. The parser (yaml 2) looks up `process.env.LOG_TOKENS` for
 * every token it reads, and each lookup of `process.env` asks the operating system's environment:
 * half a microsecond, a third of the time a facts file took to parse. While it parses (synchronously,
 * so no other code sees it) `process.env` is a plain object with the two switches the parser reads.
 */
function parseYaml(text: string, lineCounter: LineCounter): Document.Parsed[] {
  const environment = process.env
  process.env = {LOG_TOKENS: environment.LOG_TOKENS, LOG_STREAM: environment.LOG_STREAM}
  try {
    const documents = parseAllDocuments(text, {lineCounter, uniqueKeys: true, prettyErrors: false})
    // An empty stream (no document at all) is not an array.
    return Array.isArray(documents) ? documents : []
  } finally {
    process.env = environment
  }
}

function shapeOf(line: string): LineShape {
  const text = line.replace(/\r$/, '')
  const indent = /^ */.exec(text)?.[0].length ?? 0
  const rest = text.slice(indent)
  if (rest === '' || rest.startsWith('#')) return {indent, kind: 'blank', opens: false}
  const item = /^-( +|$)/.exec(rest)
  if (item) {
    const after = rest.slice(item[0].length)
    const keyed = /^([\w$-]+|"[^"]*"|'[^']*') *:( |$)/.test(after)
    const opens = after === '' || /^#/.test(after)
    return keyed ? {indent, kind: 'item', content: indent + item[0].length, opens} : {indent, kind: 'item', opens}
  }
  const key = /^([^\s#'"{[\]},&*!|>%@`-][^:#]*|"[^"]*"|'[^']*') *:( +|$)(.*)$/.exec(rest)
  if (key) {
    const value = (key[3] ?? '').replace(/\s*#.*$/, '')
    return {indent, kind: 'key', opens: value === '' || /^[|>][-+0-9]*$/.test(value)}
  }
  return {indent, kind: 'other', opens: false}
}

// The text of a block scalar (`body: |`) is text, whatever its indentation.
function markBlockScalars(lines: readonly string[], shapes: LineShape[]): void {
  for (let index = 0; index < lines.length; index++) {
    const shape = shapes[index]
    if (!shape || !/:\s*[|>][-+0-9]*\s*(#.*)?$/.test(lines[index] ?? '')) continue
    for (let next = index + 1; next < lines.length; next++) {
      const inner = shapes[next]
      if (!inner) break
      if (inner.kind !== 'blank' && inner.indent <= shape.indent) break
      shapes[next] = {indent: inner.indent, kind: 'other', opens: false}
    }
  }
}

// The columns a key or list item at `index` could have been meant to start in: in line with the line
// above, under it (when it opens a block), or in line with an enclosing block.
function targetColumns(shapes: readonly LineShape[], index: number): number[] {
  const shape = shapes[index]
  if (!shape) return []
  const columns: number[] = []
  let limit = Number.POSITIVE_INFINITY
  let nearest = true
  for (let before = index - 1; before >= 0; before--) {
    const other = shapes[before]
    if (!other || other.kind === 'blank' || other.kind === 'other') continue
    if (nearest) {
      if (other.opens) columns.push(other.kind === 'item' ? other.indent + 2 : other.indent + 2)
      nearest = false
    }
    if (other.indent >= limit) continue
    limit = other.indent
    if (shape.kind === 'item') {
      if (other.kind === 'item') columns.push(other.indent)
      else columns.push(other.indent)
    } else {
      if (other.kind === 'item' && other.content !== undefined) columns.push(other.content)
      if (other.kind === 'key') columns.push(other.indent)
    }
    if (other.indent === 0) break
  }
  return [...new Set(columns)].filter((column) => column !== shape.indent && column >= 0)
}

// How many lines move together: the line alone, with the lines under it, or with the lines beside it.
function blockSizes(shapes: readonly LineShape[], index: number): number[] {
  const shape = shapes[index]
  if (!shape) return []
  return [...new Set([1, blockExtent(shapes, index, true), blockExtent(shapes, index, false)])]
}

/** How many lines from `index` on belong with it: those under it (`deeperOnly`), or also those beside it. */
function blockExtent(shapes: readonly LineShape[], index: number, deeperOnly: boolean): number {
  const shape = shapes[index]
  // Only a line that opens a block (`key:`, `- `) has lines under it; under `key: value`, a deeper line is a slip.
  if (!shape || (deeperOnly && !shape.opens)) return 1
  let last = index
  for (let end = index + 1; end < shapes.length; end++) {
    const other = shapes[end]
    if (!other) break
    if (other.kind === 'blank') continue
    if (deeperOnly ? other.indent <= shape.indent : other.indent < shape.indent) break
    last = end
  }
  return last - index + 1
}

function shift(lines: readonly string[], start: number, count: number, delta: number): string[] | undefined {
  const moved = [...lines]
  for (let index = start; index < start + count; index++) {
    const line = moved[index] ?? ''
    if (line.trim() === '') continue
    if (delta > 0) moved[index] = ' '.repeat(delta) + line
    else if (line.startsWith(' '.repeat(-delta))) moved[index] = line.slice(-delta)
    else return undefined
  }
  return moved
}

/** The key beside `key` in the mapping at `path` (the one before it, or else the one after). */
function siblingKey(doc: Document, path: readonly PathSegment[], key: string): string | undefined {
  let node: unknown = doc.contents
  for (const segment of path) {
    if (isMap(node)) node = node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(segment))?.value
    else if (isSeq(node) && typeof segment === 'number') node = node.items[segment]
    else return undefined
  }
  if (!isMap(node)) return undefined
  const keys = node.items.flatMap((pair) => (isScalar(pair.key) ? [String(pair.key.value)] : []))
  const index = keys.indexOf(key)
  return index > 0 ? keys[index - 1] : keys.find((other) => other !== key)
}

function checkShape(doc: Document, lineCounter: LineCounter, report: Reporter): void {
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && forbiddenKeys.has(String(pair.key.value))) {
        const place = placeOf(lineCounter, pair.key.range?.[0] ?? 0)
        report.add('forbidden-key', place, {key: String(pair.key.value)})
        return visit.SKIP
      }
      // A list or a group as a name: the parser would make a text of it (and say so on the console).
      if (isCollection(pair.key)) {
        report.add('complex-key', placeOf(lineCounter, pair.key.range?.[0] ?? 0), {})
        return visit.SKIP
      }
      return undefined
    },
    Node(_, node, visitPath) {
      // An explicit tag (`!!js/function`, `!foo`, `!!binary`): the facts' schema knows none of them.
      if (node.tag !== undefined) {
        report.add('yaml-tag', placeOf(lineCounter, node.range?.[0] ?? 0), {tag: node.tag.replace(/^tag:yaml\.org,2002:/, '!!')})
        return visit.SKIP
      }
      if (!isCollection(node)) return undefined
      const depth = visitPath.filter((ancestor) => isCollection(ancestor)).length
      if (depth >= maxDepth) {
        report.add('too-deep', placeOf(lineCounter, node.range?.[0] ?? 0), {limit: String(maxDepth)})
        return visit.BREAK
      }
      return undefined
    }
  })
}

function pathAtOffset(doc: Document, offset: number): PathSegment[] {
  const path: PathSegment[] = []
  let node: unknown = doc.contents
  while (isCollection(node)) {
    let next: unknown
    if (isMap(node)) {
      for (const item of node.items) {
        const start = isScalar(item.key) ? item.key.range?.[0] ?? -1 : -1
        const end = (item.value as {range?: [number, number, number]} | null)?.range?.[2] ?? start + 1
        if (isScalar(item.key) && start <= offset && offset < end) {
          path.push(String(item.key.value))
          next = start === offset ? undefined : item.value
          break
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const range = (item as {range?: [number, number, number]} | null)?.range
        if (range && range[0] <= offset && offset < range[2]) {
          path.push(index)
          next = item
        }
      })
    }
    node = next
  }
  return path
}

function firstAliasPlace(doc: Document, lineCounter: LineCounter): Place {
  let place: Place = {line: 1, column: 1}
  visit(doc, {
    Alias(_, node) {
      if (isAlias(node) && node.range) place = placeOf(lineCounter, node.range[0])
      return visit.BREAK
    }
  })
  return place
}

function findIndentTabs(text: string): Place[] {
  const places: Place[] = []
  text.split('\n').forEach((line, index) => {
    const indent = /^[ \t]*/.exec(line)?.[0] ?? ''
    const tab = indent.indexOf('\t')
    if (tab !== -1 && line.trim() !== '') places.push({line: index + 1, column: tab + 1})
  })
  return places
}

/**
 * Where `text` opens its `limit + 1`-th flow bracket (`[` or `{`) inside others, or -1. Quoted
 * strings and comments are skipped; brackets in a block scalar's text count too, which no real
 * facts file nests anywhere near the limit.
 */
function deepFlowOffset(text: string, limit: number): number {
  let depth = 0
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '[' || char === '{') {
      if (++depth > limit) return index
    } else if (char === ']' || char === '}') {
      depth = Math.max(0, depth - 1)
    } else if ((char === '"' || char === "'") && /[\s[{,:]/.test(text[index - 1] ?? ' ')) {
      // A quote that opens a quoted scalar (an apostrophe inside a word does not).
      index = closingQuote(text, index)
    } else if (char === '#' && (index === 0 || /\s/.test(text[index - 1] ?? ''))) {
      const end = text.indexOf('\n', index)
      index = end === -1 ? text.length : end
    }
  }
  return -1
}

/** The offset of the quote that closes the one at `start` (the text's end when none does). */
function closingQuote(text: string, start: number): number {
  const quote = text[start]
  for (let index = start + 1; index < text.length; index++) {
    const char = text[index]
    if (quote === '"' && char === '\\') index++
    else if (char === quote) {
      // '' inside single quotes is a quote, not the end.
      if (quote === "'" && text[index + 1] === "'") index++
      else return index
    }
  }
  return text.length
}

/** The line and column (from 1, in characters) of `offset` in `text`. */
function placeInText(text: string, offset: number): Place {
  const before = text.slice(0, offset)
  const lineStart = before.lastIndexOf('\n') + 1
  return {line: before.split('\n').length, column: offset - lineStart + 1}
}

function placeInBytes(bytes: Uint8Array, offset: number): Place {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset; index++) {
    if (bytes[index] === 0x0a) {
      line++
      lineStart = index + 1
    }
  }
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1
  return {line, column}
}

// Strict UTF-8 (RFC 3629): no overlong forms, no encoded surrogates, nothing above U+10FFFF.
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0
    if (byte < 0x80) {
      index++
      continue
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0
    if (length === 0 || index + length > bytes.length) return index
    const second = bytes[index + 1] ?? 0
    const [low, high] = secondByteRange(byte)
    if (second < low || second > high) return index
    for (let next = 2; next < length; next++) {
      if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return index
    }
    index += length
  }
  return -1
}

function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf]
  if (lead === 0xed) return [0x80, 0x9f]
  if (lead === 0xf0) return [0x90, 0xbf]
  if (lead === 0xf4) return [0x80, 0x8f]
  return [0x80, 0xbf]
}
