import type {Root, RootContent} from 'mdast'
import {remembered} from '../remembered.js'

/** Most sections kept before the store starts over. */
const maxSections = 2000

/** A Markdown parser: text in, syntax tree out (remark's `processor.parse`). */
export type MarkdownParser = (markdown: string) => Root

/**
 * A parser that gives the tree `parse` gives, but parses a document section by section and keeps each
 * section's tree: the documents of many organizations repeat most of their sections word for word
 * (the templates' text, which names the company by its defined term), and parsing was the largest
 * part of rendering a page. A section runs from one ATX heading at the start of a line (`## …`) to
 * the next: such a heading ends whatever block is open above it (a paragraph, list, table or quote),
 * so the sections parse the same on their own. A section is cut again before each paragraph that no
 * block above can reach into (see `splitSections`): the paragraph that names the company is parsed
 * again for each organization, the rest of its section is not. Each tree handed out is a fresh copy, its positions
 * moved to where the section is in the document, so the tree is exactly the whole document's.
 * A document with something that reaches across sections (a fenced code block, a link reference or
 * footnote definition, HTML, a carriage return) is parsed whole.
 */
export function sectionParser(parse: MarkdownParser): MarkdownParser {
  const sections = new Map<string, Root>()
  return (markdown) => {
    if (reachesAcross.test(markdown)) return parse(markdown)
    const children: RootContent[] = []
    let offset = 0
    let line = 1
    for (const section of splitSections(markdown)) {
      const tree = remembered(sections, maxSections, section, (own) => parse(own))
      for (const child of tree.children) children.push(copyAt(child, offset, line - 1))
      offset += section.length
      line += lineCount(section)
    }
    return {type: 'root', children, position: {start: {line: 1, column: 1, offset: 0}, end: endOf(markdown)}}
  }
}

/** Lines that open something a heading does not close, or that refers across the document. */
const reachesAcross = /\r|^ {0,3}(?:`{3}|~{3}|<|\[[^\]\n]*\]:)/m

/**
 * The document cut before each line that starts with an ATX heading, and before each paragraph that
 * starts at the margin with a letter, a quote or a bracket after an empty line; the pieces join back to
 * it. Nothing open above such a paragraph reaches into it: an empty line ends a paragraph, a table and
 * a quote, and a list or indented code goes on after it only with an indented line or a list marker.
 * So a section whose first paragraph names the company is parsed again only up to its next paragraph.
 */
export function splitSections(markdown: string): string[] {
  const starts = [0]
  const cut = /\n(?=#{1,6}(?:[ \t]|\n|$))|\n\n(?=[\p{L}«"(])/gu
  for (let match = cut.exec(markdown); match; match = cut.exec(markdown)) starts.push(match.index + match[0].length)
  return starts.map((start, index) => markdown.slice(start, starts[index + 1] ?? markdown.length)).filter((section) => section !== '')
}

function lineCount(text: string): number {
  let count = 0
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++
  return count
}

/** Where the whole document's tree ends, as the parser gives it: after its last character. */
function endOf(markdown: string): Required<Point> {
  return {line: lineCount(markdown) + 1, column: markdown.length - markdown.lastIndexOf('\n'), offset: markdown.length}
}

type Point = {line: number; column: number; offset?: number}

/** A deep copy of `node` with every position moved down `lines` lines and on `offset` characters. */
function copyAt<T>(node: T, offset: number, lines: number): T {
  if (Array.isArray(node)) return node.map((item: unknown) => copyAt(item, offset, lines)) as T
  if (node === null || typeof node !== 'object') return node
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    if (key === 'position' && value && typeof value === 'object') {
      const {start, end} = value as {start: Point; end: Point}
      copy[key] = {start: moved(start, offset, lines), end: moved(end, offset, lines)}
    } else copy[key] = copyAt(value, offset, lines)
  }
  return copy as T
}

function moved(point: Point, offset: number, lines: number): Point {
  return point.offset === undefined ? {line: point.line + lines, column: point.column} : {line: point.line + lines, column: point.column, offset: point.offset + offset}
}
