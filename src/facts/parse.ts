import {
  LineCounter,
  isAlias,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  parseAllDocuments,
  visit,
  type Document,
  type YAMLError
} from 'yaml'
import {formatMessage, type MessageLanguage, type MessageParams, type RuleId} from './messages.js'
import {placeOf, type PathSegment} from './locate.js'
import {formatFactPath, type Place, type Problem} from './problem.js'

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
}

/** A facts file parsed into data, with what is needed to locate facts in its source. */
export interface ParsedFacts {
  file: string
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

  const lineCounter = new LineCounter()
  const tabs = findIndentTabs(text)
  const documents = parseAllDocuments(text, {lineCounter, uniqueKeys: true, prettyErrors: false})
  const docs = Array.isArray(documents) ? documents : []
  const [doc, second] = docs
  if (second) report.add('multiple-documents', placeOf(lineCounter, second.range[0]), {})
  if (!doc) return report.only('empty-file', {line: 1, column: 1}, {})
  // A tab in the indentation confuses the parser about every line after it: when the file does not
  // parse and has such tabs, the tabs are the problem to report. (A tab inside a block scalar's text
  // is fine: the file then parses.)
  if (doc.errors.length > 0 && tabs.length > 0) for (const tab of tabs) report.add('tab-indent', tab, {})
  else for (const error of doc.errors) reportYamlError(error, doc, lineCounter, report)
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
  return {parsed: {file: source.path, data: data as Record<string, unknown>, doc, lineCounter}, problems: []}
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

function reportYamlError(error: YAMLError, doc: Document, lineCounter: LineCounter, report: Reporter): void {
  const place = placeOf(lineCounter, error.pos[0])
  if (error.code === 'DUPLICATE_KEY') {
    const path = pathAtOffset(doc, error.pos[0])
    report.add('duplicate-key', place, {}, formatFactPath(path))
    return
  }
  const detail = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code
  report.add('yaml-syntax', place, {detail})
}

function checkShape(doc: Document, lineCounter: LineCounter, report: Reporter): void {
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && forbiddenKeys.has(String(pair.key.value))) {
        const place = placeOf(lineCounter, pair.key.range?.[0] ?? 0)
        report.add('forbidden-key', place, {key: String(pair.key.value)})
        return visit.SKIP
      }
      return undefined
    },
    Node(_, node, visitPath) {
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
