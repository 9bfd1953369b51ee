/**
 * A redline of a Markdown document written as Markdown, for a pull-request comment: only the changed
 * paragraphs, each under the heading of its section (a changed table row also under its table's header),
 * deletions as `~~old~~` and insertions as `**new**`, the deletion first. Pure.
 */

import {redline, type Segment, type SegmentType} from './redline.js'

interface Part {
  type: SegmentType
  text: string
}

interface Line {
  parts: Part[]
  /** The line as it reads in the old and in the new text. */
  old: string
  now: string
  changed: boolean
}

/** The changed paragraphs of a redlined Markdown document, as Markdown; empty when nothing changed. */
export function markdownExcerpt(segments: readonly Segment[]): string {
  const lines = toLines(segments)
  // Each shown line with the block (paragraph, list, table) it belongs to: lines of one block stay together.
  const shown = new Map<number, number>()
  let start = 0
  while (start < lines.length) {
    if (isBlank(lines[start])) {
      start++
      continue
    }
    let end = start
    while (end < lines.length && !isBlank(lines[end])) end++
    showBlock(lines, start, end, shown)
    start = end
  }
  const blocks: string[] = []
  let previousBlock = -1
  for (const [index, block] of [...shown].sort((a, b) => a[0] - b[0])) {
    const text = renderLine(lines[index] as Line)
    if (block === previousBlock) blocks[blocks.length - 1] += `\n${text}`
    else blocks.push(text)
    previousBlock = block
  }
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n` : ''
}

function showBlock(lines: readonly Line[], start: number, end: number, shown: Map<number, number>): void {
  const block = lines.slice(start, end)
  if (!block.some((line) => line.changed)) return
  const heading = findHeading(lines, start)
  if (heading !== undefined) shown.set(heading, heading)
  const isTable = block.every((line) => line.now.startsWith('|') || line.old.startsWith('|'))
  const isList = block.every((line) => /^\s*([-*+]|\d+\.) /.test(line.now) || /^\s*([-*+]|\d+\.) /.test(line.old))
  block.forEach((line, offset) => {
    const tableHeader = isTable && offset < 2
    if (line.changed || tableHeader || (!isTable && !isList)) shown.set(start + offset, start)
  })
}

function findHeading(lines: readonly Line[], before: number): number | undefined {
  for (let index = before - 1; index >= 0; index--) {
    const line = lines[index] as Line
    if (line.now.startsWith('#') || line.old.startsWith('#')) return index
  }
  return undefined
}

function isBlank(line: Line | undefined): boolean {
  return line === undefined || (line.old.trim() === '' && line.now.trim() === '')
}

function toLines(segments: readonly Segment[]): Line[] {
  const lines: Part[][] = [[]]
  for (const segment of segments) {
    segment.text.split('\n').forEach((piece, index) => {
      if (index > 0) lines.push([])
      if (piece) (lines[lines.length - 1] as Part[]).push({type: segment.type, text: piece})
    })
  }
  return lines.map((parts) => ({
    parts,
    old: parts.filter((part) => part.type !== 'insert').map((part) => part.text).join(''),
    now: parts.filter((part) => part.type !== 'delete').map((part) => part.text).join(''),
    changed: parts.some((part) => part.type !== 'equal' && part.text.trim() !== '')
  }))
}

const blockMarker = /^(\s*(?:#{1,6} |[-*+] |\d+\. |> ))/

/** A table row's cells between its bars (an escaped `\\|` stays in its cell). */
function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/)
}

/**
 * A changed line, marked. A table row whose cells are as many before as after is marked cell by
 * cell: marked as one text, the words of one cell could be matched with another's, and the bars of
 * both rows shown, shifting every cell after them.
 */
function renderLine(line: Line): string {
  if (line.changed && isRow(line.old) && isRow(line.now) && cells(line.old).length === cells(line.now).length) {
    const before = cells(line.old)
    return withoutRawHtml(
      cells(line.now)
        .map((cell, index) => {
          const old = before[index] ?? ''
          return old === cell ? cell : marked(toLines(redline(old, cell))[0] ?? {parts: [], old, now: cell, changed: true}, true)
        })
        .join('|')
    )
  }
  return withoutRawHtml(marked(line, isRow(line.old) || isRow(line.now)))
}

function isRow(text: string): boolean {
  return text.startsWith('|')
}

/** The line's parts with their marks; `row`: it is a table row (or a cell of one), whose bars stay outside the marks. */
function marked(line: Line, row: boolean): string {
  let out = ''
  line.parts.forEach((part, index) => {
    let text = part.text
    if (index === 0 && part.type !== 'equal') {
      const marker = blockMarker.exec(text)?.[1]
      if (marker) {
        out += marker
        text = text.slice(marker.length)
      }
    }
    const previous = line.parts[index - 1]
    if (part.type === 'insert' && previous?.type === 'delete' && !/\s$/.test(previous.text) && !/^\s/.test(text)) out += ' '
    out += part.type === 'equal' ? text : mark(text, part.type === 'delete' ? '~~' : '**', part.type === 'insert', row)
  })
  return out
}

/**
 * `line` with every `<` that could open raw HTML or an autolink (`<img …>`, `</details>`, `<!--`,
 * `<https://…>`) written as `&lt;`. The documents hold none: a clause's code block may, and an
 * excerpt shows only its changed lines, out of their fence and marked, where GitHub would read them
 * as HTML. A link's own `(<https://…>)` and an escaped `\<` stay.
 */
function withoutRawHtml(line: string): string {
  return line.replace(/(?<![\\(])<(?=[A-Za-z/!?])/g, '&lt;')
}

/**
 * Wrap text in a marker, keeping spaces outside it (spaces only kept for insertions), and in a table
 * row its bars and delimiter cells (`---`). Outside a table a bar is text: it may be in a code span.
 */
function mark(text: string, marker: string, keepSpaces: boolean, row: boolean): string {
  return text
    // Split at the table's own bars, not at an escaped `\|` inside a cell.
    .split(row ? /((?<!\\)\|)/ : /(?!)/)
    .map((piece) => {
      if (piece === '|' || /^\s*:?-{3,}:?\s*$/.test(piece)) return piece
      const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(piece)
      const [, lead = '', core = '', trail = ''] = match ?? []
      if (!core) return keepSpaces ? piece : ''
      return `${lead}${marker}${core}${marker}${trail}`
    })
    .join('')
}
