import type {Nodes, Root} from 'mdast'
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)

function makeClauseParser() {
  const {unified} = require('unified') as typeof import('unified')
  const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default
  const remarkGfm = (require('remark-gfm') as typeof import('remark-gfm')).default
  return unified().use(remarkParse).use(remarkGfm).freeze()
}

let parser: ReturnType<typeof makeClauseParser> | undefined

/**
 * Markdown → syntax tree, as policygen reads a custom clause's body (CommonMark with GFM tables).
 * Made, and the Markdown parser loaded, when first asked for: a command that parses no clause (an
 * unchanged `validate`, a build that reuses its files) does without the parser's 0.1-0.2 s of loading.
 */
export function clauseParser(): ReturnType<typeof makeClauseParser> {
  parser ??= makeClauseParser()
  return parser
}

/** How deeply a clause body may nest (block quotes in lists in emphasis …), counted in tree levels. */
export const maxClauseDepth = 16

// Runs this long of emphasis or container markers mean nesting past the limit; they are refused
// before parsing, because the parser itself would run out of stack on thousands of them. Counted by
// a plain scan (a regular expression with nested repetition backtracks exponentially on them).
const longDelimiterRun = /[*_~]{17,}/

/** The line of a text that opens with the most container markers, and how many it opens with. */
export interface DeepestLine {
  /** 1-based line and column (the column of its first marker). */
  line: number
  column: number
  /** How many container markers (`>`, `-`, `*`, `+`, `1.`) open the line, one inside another. */
  markers: number
}

/** The line of `text` that opens with the most container markers (`>`, `-`, `*`, `+`, `1.`); the first of equals. */
export function deepestLine(text: string): DeepestLine {
  const deepest: DeepestLine = {line: 1, column: 1, markers: 0}
  const lines = text.split(/\r?\n/)
  for (let number = 0; number < lines.length; number++) {
    const line = lines[number] ?? ''
    let count = 0
    let index = 0
    let first = -1
    for (;;) {
      while (line[index] === ' ' || line[index] === '\t') index++
      const rest = line.slice(index, index + 11)
      const marker = /^(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/.exec(rest)
      if (!marker) break
      if (first === -1) first = index
      count++
      index += marker[0].length
    }
    if (count > deepest.markers) Object.assign(deepest, {line: number + 1, column: first + 1, markers: count})
  }
  return deepest
}

/** A clause body read as Markdown: its tree, or `tooDeep` when it nests past `maxClauseDepth`. */
export type ParsedClause = {tree: Root; tooDeep?: undefined} | {tree?: undefined; tooDeep: true}

/** Parse a clause body on its own, refusing nesting that the rest of the pipeline could not lay out. */
export function parseClauseBody(text: string): ParsedClause {
  if (deepestLine(text).markers > maxClauseDepth || longDelimiterRun.test(text)) return {tooDeep: true}
  let tree: Root
  try {
    tree = clauseParser().parse(text)
  } catch (error) {
    if (error instanceof RangeError) return {tooDeep: true}
    throw error
  }
  return depth(tree) > maxClauseDepth ? {tooDeep: true} : {tree}
}

function depth(node: Nodes): number {
  if (!('children' in node)) return 1
  let deepest = 0
  for (const child of node.children) deepest = Math.max(deepest, depth(child))
  return deepest + 1
}

/** Links a policy may carry: https, e-mail and telephone (and in-page anchors). */
export function isSafeUrl(url: string): boolean {
  return /^(https:|mailto:|tel:|#)/i.test(url.trim())
}

/** What a clause body holds that is never published: raw HTML, images, and links that are not https, mailto or tel. */
export interface ClauseMarkup {
  html: number
  images: number
  unsafeLinks: number
}

/** Count what `cleanClauseBody` will remove from a clause body. */
export function unpublishedMarkup(tree: Root): ClauseMarkup {
  const found: ClauseMarkup = {html: 0, images: 0, unsafeLinks: 0}
  const definitions = new Map<string, string>()
  const visit = (node: Nodes, act: (node: Nodes) => void) => {
    act(node)
    if ('children' in node) for (const child of node.children) visit(child, act)
  }
  visit(tree, (node) => {
    if (node.type === 'definition') definitions.set(node.identifier, node.url)
  })
  visit(tree, (node) => {
    if (node.type === 'html') found.html++
    else if (node.type === 'image' || node.type === 'imageReference') found.images++
    else if (node.type === 'link' && !isSafeUrl(node.url)) found.unsafeLinks++
    else if (node.type === 'linkReference' && !isSafeUrl(definitions.get(node.identifier) ?? '')) found.unsafeLinks++
  })
  return found
}

/**
 * The facts a custom clause body may print by name, as `{{org.term}}`: the names stay few and
 * stable, and each is a fact every valid facts file has, so a placeholder never prints empty.
 * `Term` is the same word capitalised, for the start of a sentence.
 */
export const clausePlaceholders = ['org.term', 'org.Term', 'org.shortName', 'org.fullName', 'org.id', 'org.address', 'resource.term', 'resource.Term'] as const

/** A name of `clausePlaceholders`. */
export type ClausePlaceholder = (typeof clausePlaceholders)[number]

/** `{{ name }}` in a clause body's text; the name is group 1. */
export const placeholderPattern = /\{\{\s*([^{}]*?)\s*\}\}/g

/** Whether `name` is one of `clausePlaceholders`. */
export function isClausePlaceholder(name: string): name is ClausePlaceholder {
  return (clausePlaceholders as readonly string[]).includes(name)
}

/**
 * Braces in a clause body's source, outside code, that are not exactly a placeholder policygen
 * knows: `{{{org.id}}}`, `{{org.id}}}`, or `{{~org.id~}}`, which Markdown reads as a struck-out
 * `org.id` between braces (so no text of the tree holds the whole of it). Each as written.
 */
export function strayBraces(tree: Root, text: string): string[] {
  let plain = text
  const blank = (node: Nodes) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined) plain = `${plain.slice(0, start)}${' '.repeat(end - start)}${plain.slice(end)}`
  }
  const visit = (node: Nodes) => {
    if (node.type === 'code' || node.type === 'inlineCode') blank(node)
    else if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  const stray: string[] = []
  for (const match of plain.matchAll(/\{+[^{}\n]*\}+|\{\{|\}\}/g)) {
    const written = match[0]
    if (!written.startsWith('{{') && !written.endsWith('}}')) continue
    const exact = /^\{\{\s*([^{}]*?)\s*\}\}$/.exec(written)
    if (exact && isClausePlaceholder(exact[1] ?? '')) continue
    stray.push(written)
  }
  return stray
}

/**
 * Every `{{…}}` written in the text of a clause body, in order, with the name as written. Code
 * (`` `{{x}}` `` and fenced blocks) is not text: braces there print as they are.
 */
export function placeholdersOf(tree: Root): Array<{name: string; written: string}> {
  const found: Array<{name: string; written: string}> = []
  const visit = (node: Nodes) => {
    if (node.type === 'text') for (const match of node.value.matchAll(placeholderPattern)) found.push({name: match[1] ?? '', written: match[0]})
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return found
}
