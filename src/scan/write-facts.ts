import {isDeepStrictEqual} from 'node:util'
import {Document, isMap, isSeq, parseDocument, YAMLMap, YAMLSeq} from 'yaml'
import type {Undeclared} from './compare.js'
import type {MessageLanguage} from '../facts/messages.js'
import {lifetimeAsRetention} from './report.js'
import {scanWords} from './report-words.js'

/** What `addToFacts` changed: services added by id, cookies added by name. */
export interface FactsChange {
  text: string
  services: string[]
  cookies: string[]
}

/**
 * Add what the scan found undeclared to a facts file's text, keeping its comments and layout: a
 * catalogue service it belongs to goes to `services` (once), any other cookie or key to `cookies`
 * with what the browser showed (name, kind, party, lifetime) and a comment; its category and
 * purpose are left for the company to state, so `validate` asks for them until someone does.
 * The comment is in `language` (default: English), the language the scan's messages were asked in.
 */
export function addToFacts(given: string, undeclared: readonly Undeclared[], seenOn: string, language: MessageLanguage = 'en'): FactsChange {
  // A byte order mark stays where it is, before everything added.
  const bom = given.startsWith('\uFEFF') ? '\uFEFF' : ''
  const text = given.slice(bom.length)
  const doc = parseDocument(text)
  const services: string[] = []
  const cookies: string[] = []
  const existingServices = new Set(seqOf(doc, 'services')?.items.map((item) => (isMap(item) ? String(item.get('id')) : String((item as {value?: unknown}).value ?? item))) ?? [])
  for (const item of undeclared) {
    if (item.service) {
      if (existingServices.has(item.service.id) || services.includes(item.service.id)) continue
      services.push(item.service.id)
      continue
    }
    if (cookies.includes(item.name)) continue
    cookies.push(item.name)
  }
  const entries = cookies.flatMap((name) => {
    const item = undeclared.find((candidate) => candidate.name === name && !candidate.service)
    if (!item) return []
    // localStorage keeps a key until it is removed: its retention, like its category and purpose, is the company's to state.
    const entry = {name, ...(item.kind === 'cookie' ? {} : {type: item.kind}), party: item.party, ...(item.kind === 'local-storage' ? {} : {retention: lifetimeAsRetention(item.lifetime)})}
    return [{entry, comment: scanWords[language].seenComment(seenOn, item.where, item.kind === 'local-storage').replace(/[\r\n]+/g, ' ')}]
  })
  // Where to insert is read off the document as parsed, before the library adds to it.
  const inPlace = insertedInPlace(text, doc, services, entries)
  const expected = withAdded(doc, services, entries)
  // The insertion leaves every other byte as it was; should it ever not read as the facts with the
  // additions (a layout it does not foresee), the file is written out again by the YAML library, which
  // keeps the comments but not always where they stood.
  const written = inPlace !== undefined && readsAs(inPlace, expected) ? inPlace : expected.toString({lineWidth: 0, flowCollectionPadding: false})
  return {text: `${bom}${written}`, services, cookies: entries.map(({entry}) => entry.name)}
}

/** A cookie `addToFacts` adds, and the comment above it. */
interface AddedCookie {
  entry: {name: string; type?: string; party: string; retention?: string}
  comment: string
}

/** `doc` with the services and cookies added through the YAML library (comments kept, layout redone). */
function withAdded(doc: Document, services: readonly string[], entries: readonly AddedCookie[]): Document {
  if (services.length > 0) {
    const seq = seqOf(doc, 'services') ?? addSeq(doc, 'services', 'cookies')
    for (const id of services) seq.add(doc.createNode(id))
  }
  if (entries.length > 0) {
    const seq = seqOf(doc, 'cookies') ?? addSeq(doc, 'cookies')
    for (const {entry, comment} of entries) {
      const node = doc.createNode(entry) as YAMLMap
      node.flow = true
      node.commentBefore = ` ${comment}`
      seq.add(node)
    }
  }
  return doc
}

/** Whether `text` is a YAML document without errors whose data are those of `expected`. */
function readsAs(text: string, expected: Document): boolean {
  const parsed = parseDocument(text)
  return parsed.errors.length === 0 && isDeepStrictEqual(parsed.toJS(), expected.toJS())
}

/** One piece of text to put in at an offset of the file. */
interface Insertion {
  at: number
  text: string
}

/**
 * `text` with the additions put in, every other byte as it was: new items after the last item of a
 * list, in its indentation; a list the file does not have yet, before `cookies` (for `services`,
 * above the comments on it) or at the end. Undefined for a layout it does not know.
 */
function insertedInPlace(text: string, doc: Document, services: readonly string[], entries: readonly AddedCookie[]): string | undefined {
  const insertions: Insertion[] = []
  if (services.length > 0) {
    const at = listInsertion(text, doc, 'services', services.map((id) => ({value: yamlLine(id)})), 'cookies')
    if (!at) return undefined
    insertions.push(at)
  }
  if (entries.length > 0) {
    const at = listInsertion(text, doc, 'cookies', entries.map(({entry, comment}) => ({comment, value: yamlLine(entry)})))
    if (!at) return undefined
    insertions.push(at)
  }
  // From the end, so earlier offsets stay true; at one offset, in the order made (services first).
  let result = text
  for (const {at, text: added} of [...insertions].reverse().sort((a, b) => b.at - a.at)) result = `${result.slice(0, at)}${added}${result.slice(at)}`
  return result
}

/** An item to add to a list: its value on one line of YAML, and the comment above it (if any). */
interface ListItem {
  value: string
  comment?: string
}

/**
 * Where and what to insert to add `items` to the top-level list `key`: lines after its last item,
 * or, in a list in flow style (`[a, b]`), the values before its `]` (without comments, which a flow
 * list keeps on lines of their own only).
 */
function listInsertion(text: string, doc: Document, key: string, items: readonly ListItem[], before?: string): Insertion | undefined {
  const contents = doc.contents
  if (!isMap(contents)) return undefined
  const pairOf = (name: string) => contents.items.find((pair) => String((pair.key as {value?: unknown} | null)?.value ?? pair.key) === name)
  const pair = pairOf(key)
  const lines = (indent: number) => items.flatMap(({value, comment}) => [...(comment === undefined ? [] : [`# ${comment}`]), `- ${value}`]).map((line) => `${' '.repeat(indent)}${line}\n`).join('')
  if (!pair) {
    const next = before === undefined ? undefined : (pairOf(before)?.key as {range?: [number, number, number]} | undefined)?.range
    if (next) return {at: commentsAbove(text, lineStart(text, next[0])), text: `${key}:\n${lines(2)}`}
    return atLineEnd(text, text.length, `${key}:\n${lines(2)}`)
  }
  const value = pair.value
  const keyRange = (pair.key as {range?: [number, number, number]} | null)?.range
  if (!keyRange) return undefined
  // `cookies:` with nothing after it: the list starts on the next line.
  if (value === null || (!isSeq(value) && (value as {value?: unknown}).value === null)) return atLineEnd(text, lineEnd(text, keyRange[1]), lines(columnOf(text, keyRange[0]) + 2))
  if (!isSeq(value) || !value.range) return undefined
  if (value.flow) {
    const close = value.range[1] - 1
    if (text[close] !== ']') return undefined
    return {at: close, text: `${value.items.length > 0 ? ', ' : ''}${items.map((item) => item.value).join(', ')}`}
  }
  if (value.items.length === 0) return undefined
  const last = value.items[value.items.length - 1] as {range?: [number, number, number]} | null
  if (!last?.range) return undefined
  return atLineEnd(text, lineEnd(text, last.range[1]), lines(columnOf(text, value.range[0])))
}

/** Lines to insert at `at`, a line's start, or the end of a text whose last line has no line break. */
function atLineEnd(text: string, at: number, lines: string): Insertion {
  return {at, text: at === text.length && text.length > 0 && !text.endsWith('\n') ? `\n${lines}` : lines}
}

/**
 * The start of the comment lines right above the line that starts at `start`, indented as it is
 * (itself, without any): they belong to it. A comment indented deeper ends what is above it.
 */
function commentsAbove(text: string, start: number): number {
  const indent = indentOf(text.slice(start, lineEnd(text, start + 1)))
  let at = start
  while (at > 0) {
    const above = lineStart(text, at - 1)
    const line = text.slice(above, at)
    if (!line.trimStart().startsWith('#') || indentOf(line) !== indent) break
    at = above
  }
  return at
}

/** How many spaces (or tabs) a line starts with. */
function indentOf(line: string): number {
  return line.length - line.trimStart().length
}

/** A value as YAML on one line: a flow mapping for an entry, a plain or quoted scalar for an id. */
function yamlLine(value: unknown): string {
  const doc = new Document(value)
  if (isMap(doc.contents)) doc.contents.flow = true
  return doc.toString({lineWidth: 0, flowCollectionPadding: false}).trimEnd()
}

/** The offset just after the line break that ends the line holding the character before `end` (or the text's end). */
function lineEnd(text: string, end: number): number {
  const at = text.indexOf('\n', Math.max(0, end - 1))
  return at === -1 ? text.length : at + 1
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset)
}

function seqOf(doc: Document, key: string): YAMLSeq | undefined {
  const node = doc.get(key, true)
  return isSeq(node) ? node : undefined
}

/** A new top-level list, placed before `before` when the file has it (so `services` sits beside `cookies`). */
function addSeq(doc: Document, key: string, before?: string): YAMLSeq {
  const seq = new YAMLSeq()
  const contents = doc.contents
  if (isMap(contents)) {
    const pair = doc.createPair(key, seq)
    const at = before === undefined ? -1 : contents.items.findIndex((item) => String((item.key as {value?: unknown} | null)?.value ?? item.key) === before)
    if (at === -1) contents.items.push(pair)
    else contents.items.splice(at, 0, pair)
  }
  return seq
}
