import type {Block, Inline, TocItem} from './blocks.js'
import {fontKey} from './font-keys.js'
import type {Measurer} from './fonts.js'
import type {Layout, LinkTarget, Op, PageGeometry, StructNode, StructType, TextOp} from './ops.js'
import {Paginator, shift, type Chunk} from './paginate.js'
import {breakLines, type Line, type TextStyle} from './text.js'

/** Colours of the PDF (dark text on white, one accent for headings and links). */
export const colors = {text: '#1a1a1a', heading: '#16263d', muted: '#59626e', link: '#1d4e89', rule: '#9aa4b1', fill: '#eef1f5', code: '#f0f1f3'} as const

const styles = {
  body: {family: 'serif', size: 10.5, lineHeight: 15, color: colors.text, linkColor: colors.link},
  title: {family: 'serif', size: 18, lineHeight: 23, color: colors.heading, bold: true},
  meta: {family: 'sans', size: 9.5, lineHeight: 13, color: colors.muted, linkColor: colors.link},
  h2: {family: 'sans', size: 12.5, lineHeight: 16, color: colors.heading, bold: true},
  h3: {family: 'sans', size: 10.5, lineHeight: 14, color: colors.heading, bold: true},
  cell: {family: 'sans', size: 9, lineHeight: 12, color: colors.text, linkColor: colors.link},
  headCell: {family: 'sans', size: 9, lineHeight: 12, color: colors.heading, bold: true},
  tocTitle: {family: 'sans', size: 11, lineHeight: 15, color: colors.heading, bold: true}
} satisfies Record<string, TextStyle>

const space = {paragraph: 6, h2: 16, h3: 10, item: 3, list: 5, table: 8}
const cellPadding = {x: 5, y: 3.5}

interface Frame {
  x: number
  width: number
}

interface Context {
  measure: Measurer
  /** Named destination of each heading id. */
  dests: ReadonlyMap<string, string>
  /** Column widths shared by the tables with the same header row (the cookie tables of each category). */
  tableWidths: Map<string, number[]>
  /** All body rows of the tables with each header row. */
  tableRows: ReadonlyMap<string, ReadonlyArray<readonly Inline[][]>>
}

/**
 * Lay the blocks out on pages: line breaking, keep-together rules (a heading stays with two lines
 * of what follows, no single first or last line of a paragraph alone on a page, a table row moves
 * whole to the next page unless it is taller than a page, the header row repeats after a break).
 */
export function layoutDocument(blocks: readonly Block[], page: PageGeometry, measure: Measurer): Layout {
  const dests = new Map<string, string>()
  for (const block of blocks) if (block.type === 'heading' && block.id && !dests.has(block.id)) dests.set(block.id, `h${String(dests.size + 1).padStart(3, '0')}`)
  const tableRows = new Map<string, Array<readonly Inline[][]>>()
  for (const block of blocks) {
    if (block.type !== 'table' || block.head.length === 0) continue
    const key = tableKey(block.head)
    tableRows.set(key, [...(tableRows.get(key) ?? []), ...block.body])
  }
  const root: StructNode = {type: 'Document'}
  const chunks = layoutBlocks(blocks, {x: page.left, width: page.right - page.left}, root, 0, {measure, dests, tableWidths: new Map(), tableRows})
  const paginator = new Paginator(page)
  paginator.place(chunks)
  return {pages: paginator.pages, destPages: paginator.destPages, root}
}

function layoutBlocks(blocks: readonly Block[], frame: Frame, parent: StructNode, depth: number, context: Context): Chunk[] {
  const chunks: Chunk[] = []
  for (const block of blocks) {
    switch (block.type) {
      case 'title':
        chunks.push(...titleChunks(block.inlines, frame, parent, context))
        break
      case 'meta':
        chunks.push(...lineChunks(block.inlines, frame, styles.meta, node('P', parent), context, {align: 'center', spaceBefore: 4}))
        chunks.push({height: 1, spaceBefore: 12, keepWithNext: false, ops: [{kind: 'line', x1: frame.x, y1: 0.5, x2: frame.x + frame.width, y2: 0.5, color: colors.rule, width: 0.75}]})
        break
      case 'heading':
        chunks.push(headingChunk(block, frame, parent, context))
        break
      case 'paragraph':
        chunks.push(...lineChunks(block.inlines, frame, styles.body, node('P', parent), context, {spaceBefore: space.paragraph}))
        break
      case 'list':
        chunks.push(...listChunks(block, frame, parent, depth, context))
        break
      case 'table':
        chunks.push(...tableChunks(block.head, block.body, frame, parent, context))
        break
      case 'toc':
        chunks.push(...tocChunks(block.title, block.items, frame, parent, context))
        break
      case 'rule':
        chunks.push({height: 1, spaceBefore: 10, keepWithNext: false, ops: [{kind: 'line', x1: frame.x, y1: 0.5, x2: frame.x + frame.width, y2: 0.5, color: colors.rule, width: 0.5}]})
        break
    }
  }
  return chunks
}

function node(type: StructType, parent: StructNode): StructNode {
  return {type, parent}
}

/** Text ops of set lines, starting at `top`; a link's lines share one `Link` element. */
function textOps(lines: readonly Line[], x: number, top: number, style: TextStyle, parent: StructNode, context: Context, align: 'left' | 'center' = 'left', width = 0): Op[][] {
  const {measure} = context
  const base = fontKey(style.family, style.bold === true, false)
  const ascent = measure.ascender(base, style.size)
  const lead = (style.lineHeight - ascent - measure.descender(base, style.size)) / 2
  let link: {href: string; target: LinkTarget | undefined} | undefined
  return lines.map((line, index) => {
    const ops: Op[] = []
    const baseline = top + index * style.lineHeight + lead + ascent
    const offset = align === 'center' ? (width - line.width) / 2 : 0
    for (const segment of line.segments) {
      if (!segment.href) link = undefined
      else if (link?.href !== segment.href) link = {href: segment.href, target: linkTarget(segment.href, parent, context)}
      const y = baseline - measure.ascender(segment.font, style.size)
      const text: TextOp = {kind: 'text', x: x + offset + segment.x, y, width: segment.width, text: segment.text, font: segment.font, size: style.size, color: segment.color, node: link?.target?.node ?? parent}
      if (link?.target) text.link = link.target
      if (segment.code) {
        ops.push({kind: 'rect', x: text.x - 1.5, y: baseline - style.size * 0.78, width: segment.width + 3, height: style.size * 1.02, fill: colors.code})
      }
      ops.push(text)
    }
    return ops
  })
}

function linkTarget(href: string, parent: StructNode, context: Context): LinkTarget | undefined {
  if (href.startsWith('#')) {
    const dest = context.dests.get(href.slice(1)) ?? context.dests.get(safeDecode(href.slice(1)))
    return dest ? {kind: 'dest', target: dest, node: node('Link', parent)} : undefined
  }
  return /^(https:|mailto:|tel:)/i.test(href) ? {kind: 'uri', target: href, node: node('Link', parent)} : undefined
}

/** Lines of a paragraph, one chunk each, with widow and orphan control. */
function lineChunks(inlines: readonly Inline[], frame: Frame, style: TextStyle, parent: StructNode, context: Context, options: {align?: 'left' | 'center'; spaceBefore: number}): Chunk[] {
  const lines = breakLines(inlines, frame.width, style, context.measure)
  const perLine = textOps(lines, frame.x, 0, style, parent, context, options.align ?? 'left', frame.width)
  const count = perLine.length
  const base = fontKey(style.family, style.bold === true, false)
  const baseline = (style.lineHeight - context.measure.ascender(base, style.size) - context.measure.descender(base, style.size)) / 2 + context.measure.ascender(base, style.size)
  return perLine.map((ops, index) => ({
    height: style.lineHeight,
    spaceBefore: index === 0 ? options.spaceBefore : 0,
    keepWithNext: count <= 3 ? index < count - 1 : index === 0 || index === count - 2,
    ops: ops.map((op) => shift(op, -index * style.lineHeight)),
    baseline
  }))
}

function titleChunks(inlines: readonly Inline[], frame: Frame, parent: StructNode, context: Context): Chunk[] {
  const chunks = lineChunks(inlines, frame, styles.title, node('H1', parent), context, {align: 'center', spaceBefore: 0})
  const first = chunks[0]
  if (first) first.ops.unshift({kind: 'dest', name: 'h000', y: 0, level: 1, title: plainText(inlines)})
  for (const chunk of chunks) chunk.keepWithNext = true
  return chunks
}

function headingChunk(block: Extract<Block, {type: 'heading'}>, frame: Frame, parent: StructNode, context: Context): Chunk {
  const style = block.level === 2 ? styles.h2 : styles.h3
  const lines = breakLines(block.inlines, frame.width, style, context.measure)
  const ops = textOps(lines, frame.x, 0, style, node(block.level === 2 ? 'H2' : 'H3', parent), context).flat()
  const dest = block.id ? context.dests.get(block.id) : undefined
  if (dest) ops.unshift({kind: 'dest', name: dest, y: 0, level: block.level, title: plainText(block.inlines)})
  return {height: lines.length * style.lineHeight + 2, spaceBefore: block.level === 2 ? space.h2 : space.h3, keepWithNext: true, ops}
}

function listChunks(block: Extract<Block, {type: 'list'}>, frame: Frame, parent: StructNode, depth: number, context: Context): Chunk[] {
  const {measure} = context
  const list = node('L', parent)
  const style = styles.body
  const font = fontKey(style.family, false, false)
  const markers = block.items.map((_, index) => (block.ordered ? `${block.start + index}.` : (['•', '–', '·'][depth % 3] ?? '•')))
  const markerWidth = Math.max(...markers.map((marker) => measure.width(marker, font, style.size)), 0)
  const indent = block.ordered ? Math.max(18, markerWidth + 6) : 14
  const chunks: Chunk[] = []
  block.items.forEach((item, index) => {
    const itemNode = node('LI', list)
    const label = node('Lbl', itemNode)
    const body = node('LBody', itemNode)
    const itemChunks = layoutBlocks(item, {x: frame.x + indent, width: frame.width - indent}, body, depth + 1, context)
    const first = itemChunks[0]
    if (!first) return
    first.spaceBefore = index === 0 ? (depth === 0 ? space.list : space.item) : space.item
    const marker = markers[index] ?? ''
    const width = measure.width(marker, font, style.size)
    const baseline = first.baseline ?? style.size
    first.ops.unshift({
      kind: 'text',
      x: block.ordered ? frame.x + indent - 5 - width : frame.x + 2,
      y: baseline - measure.ascender(font, style.size),
      width,
      text: marker,
      font,
      size: style.size,
      color: colors.text,
      node: label
    })
    chunks.push(...itemChunks)
  })
  return chunks
}

function tableChunks(head: readonly Inline[][], body: readonly Inline[][][], frame: Frame, parent: StructNode, context: Context): Chunk[] {
  const {measure} = context
  const table = node('Table', parent)
  const columns = Math.max(head.length, ...body.map((row) => row.length))
  if (columns === 0) return []
  const key = `${frame.width}\u0000${tableKey(head)}`
  let widths = context.tableWidths.get(key)
  if (!widths || widths.length !== columns) {
    widths = columnWidths([head, ...(context.tableRows.get(tableKey(head)) ?? body)], columns, frame.width, context)
    if (head.length > 0) context.tableWidths.set(key, widths)
  }
  const sharedWidths = widths
  const lines = (cells: readonly Inline[][], style: TextStyle) =>
    Array.from({length: columns}, (_, column) => breakLines(cells[column] ?? [], (sharedWidths[column] ?? 0) - 2 * cellPadding.x, style, measure))
  const chunks: Chunk[] = []
  let header: Chunk | undefined
  if (head.length > 0) {
    const row = node('TR', node('THead', table))
    header = rowChunk(lines(head, styles.headCell), sharedWidths, frame, styles.headCell, Array.from({length: columns}, () => ({type: 'TH', parent: row, scope: 'Column'})), true, context)
    header.keepWithNext = true
    header.spaceBefore = space.table
    chunks.push(header)
  }
  const tbody = node('TBody', table)
  body.forEach((cells, index) => {
    const row = node('TR', tbody)
    const chunk = rowChunk(lines(cells, styles.cell), sharedWidths, frame, styles.cell, Array.from({length: columns}, () => node('TD', row)), false, context)
    if (header) chunk.header = header
    if (index === 0 && !header) chunk.spaceBefore = space.table
    chunks.push(chunk)
  })
  const last = chunks[chunks.length - 1]
  if (last) last.spaceAfter = 4
  return chunks
}

/** Column widths as HTML's automatic table layout gives them, filling the frame. */
function columnWidths(rows: ReadonlyArray<readonly Inline[][]>, columns: number, total: number, context: Context): number[] {
  const {measure} = context
  const min = new Array<number>(columns).fill(0)
  const max = new Array<number>(columns).fill(0)
  const padding = 2 * cellPadding.x
  rows.forEach((row, rowIndex) =>
    row.forEach((cell, column) => {
      const style: TextStyle = rowIndex === 0 ? styles.headCell : styles.cell
      let full = 0
      let longest = 0
      for (const inline of cell) {
        const font = fontKey(inline.code ? 'sans' : style.family, inline.bold || style.bold === true, inline.italic)
        full += measure.width(inline.text, font, style.size)
        for (const word of inline.text.split(' ')) longest = Math.max(longest, measure.width(word, font, style.size))
      }
      min[column] = Math.max(min[column] ?? 0, Math.min(longest, total * 0.4) + padding)
      max[column] = Math.max(max[column] ?? 0, full + padding + 0.5)
    })
  )
  const maxSum = max.reduce((a, b) => a + b, 0)
  if (maxSum <= total) return max.map((width) => (width / maxSum) * total)
  // Columns whose whole text fits in a fair share get it; the rest share what is left between their
  // narrowest (longest word) and widest (one line) widths.
  const widths = [...max]
  let open = max.map((_, column) => column)
  let remaining = total
  for (;;) {
    const fair = remaining / Math.max(open.length, 1)
    const fitting = open.filter((column) => (max[column] ?? 0) <= fair)
    if (fitting.length === 0 || fitting.length === open.length) break
    for (const column of fitting) remaining -= max[column] ?? 0
    open = open.filter((column) => !fitting.includes(column))
  }
  const minSum = open.reduce((sum, column) => sum + (min[column] ?? 0), 0)
  const openMax = open.reduce((sum, column) => sum + (max[column] ?? 0), 0)
  for (const column of open) {
    const low = min[column] ?? 0
    const high = max[column] ?? low
    widths[column] = minSum >= remaining ? (low / minSum) * remaining : low + (high - low) * ((remaining - minSum) / Math.max(openMax - minSum, 1e-9))
  }
  return widths
}

function rowChunk(cells: ReadonlyArray<readonly Line[]>, widths: readonly number[], frame: Frame, style: TextStyle, nodes: readonly StructNode[], header: boolean, context: Context): Chunk {
  const rows = Math.max(1, ...cells.map((lines) => lines.length))
  const height = rows * style.lineHeight + 2 * cellPadding.y
  const ops: Op[] = []
  if (header) ops.push({kind: 'rect', x: frame.x, y: 0, width: frame.width, height, fill: colors.fill})
  ops.push({kind: 'rect', x: frame.x, y: 0, width: frame.width, height, stroke: colors.rule, lineWidth: 0.5})
  let x = frame.x
  cells.forEach((lines, column) => {
    const width = widths[column] ?? 0
    if (column > 0) ops.push({kind: 'line', x1: x, y1: 0, x2: x, y2: height, color: colors.rule, width: 0.5})
    const cellNode = nodes[column]
    if (cellNode) ops.push(...textOps(lines, x + cellPadding.x, cellPadding.y, style, cellNode, context).flat())
    x += width
  })
  const chunk: Chunk = {height, spaceBefore: 0, keepWithNext: false, ops}
  if (rows > 1) {
    chunk.split = (available) => {
      const fit = Math.floor((available - 2 * cellPadding.y) / style.lineHeight)
      if (fit < 1 || fit >= rows) return undefined
      return [
        rowChunk(cells.map((lines) => lines.slice(0, fit)), widths, frame, style, nodes, header, context),
        rowChunk(cells.map((lines) => lines.slice(fit)), widths, frame, style, nodes, header, context)
      ]
    }
  }
  return chunk
}

function tocChunks(title: readonly Inline[], items: readonly TocItem[], frame: Frame, parent: StructNode, context: Context): Chunk[] {
  const {measure} = context
  const chunks = lineChunks(title, frame, styles.tocTitle, node('P', parent), context, {spaceBefore: 14})
  for (const chunk of chunks) chunk.keepWithNext = true
  const toc = node('TOC', parent)
  const style = styles.body
  const numberColumn = 30
  const font = fontKey(style.family, false, false)
  items.forEach((item, index) => {
    const dest = context.dests.get(item.id)
    const entry = node('TOCI', toc)
    const link = node('Link', entry)
    const lines = breakLines(item.inlines, frame.width - numberColumn - 12, style, measure)
    const ops = textOps(lines, frame.x, 0, style, link, context).flat()
    if (dest) {
      const target: LinkTarget = {kind: 'dest', target: dest, node: link}
      const last = lines[lines.length - 1]
      const lastTop = (lines.length - 1) * style.lineHeight
      const baseline = lastTop + (style.lineHeight - measure.ascender(font, style.size) - measure.descender(font, style.size)) / 2 + measure.ascender(font, style.size)
      // Leader dots on a grid from the left edge, so the dots of all entries stand in columns.
      const period = 3.4
      const from = frame.x + Math.ceil(((last?.width ?? 0) + 4) / period) * period
      const to = frame.x + Math.floor((frame.width - 18) / period) * period
      if (to > from) ops.push({kind: 'line', x1: from, y1: baseline, x2: to, y2: baseline, color: colors.muted, width: 0.8, dash: [0.01, period - 0.01]})
      const y = baseline - measure.ascender(font, style.size)
      const area = {left: frame.x, above: y, height: lines.length * style.lineHeight}
      ops.push({kind: 'pageref', right: frame.x + frame.width, y, font, size: style.size, color: colors.text, dest, node: link, link: target, area})
    }
    chunks.push({height: lines.length * style.lineHeight, spaceBefore: index === 0 ? 4 : 1, keepWithNext: index === 0, ops})
  })
  return chunks
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

function tableKey(head: readonly Inline[][]): string {
  return JSON.stringify(head.map(plainText))
}

function plainText(inlines: readonly Inline[]): string {
  return inlines.map((inline) => inline.text).join('').replace(/\s+/g, ' ').trim()
}
