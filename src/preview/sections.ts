/** A document's HTML fragment cut at its top-level headings, so that two languages can be shown side by side. */
export interface SectionedDocument {
  /** The wrapper's opening tag as rendered (`<article class="policygen …" lang="ru">`), or `''` for an unwrapped fragment. */
  open: string
  /** What comes before the first section: the title, the edition line, the contents. */
  head: string
  /** Each top-level section, from its `<h2>` to the next one. */
  sections: string[]
}

const wrapper = /^\s*(<article\b[^>]*>)\n?([\s\S]*?)<\/article>\s*$/

/**
 * Cut a rendered fragment (`renderHtmlFragment`'s output) at its top-level `<h2>` headings. The
 * renderer puts every top-level element on a line of its own, so a heading that starts a line is a
 * section's; one nested in another element (a table cell, a list) never does, and stays inside its section.
 */
export function splitSections(fragment: string): SectionedDocument {
  const wrapped = wrapper.exec(fragment)
  const open = wrapped?.[1] ?? ''
  const inner = wrapped?.[2] ?? fragment
  const parts = inner.split(/\n(?=<h2[\s>])/)
  const head = inner.startsWith('<h2') ? '' : (parts.shift() ?? '')
  return {open, head: trimBreak(head), sections: parts.map(trimBreak)}
}

function trimBreak(html: string): string {
  return html.replace(/^\n+|\n+$/g, '')
}

/** Two or more languages of one document, row by row: row 0 the heads, row N every language's section N. */
export interface AlignedRows {
  /** `rows[row][column]`: a cell's HTML, `''` where a language has fewer sections than another. */
  rows: string[][]
  /** How many sections each column has, in the columns' order (they differ only when the templates do). */
  sectionCounts: number[]
}

/**
 * Line up the sections of the same document in several languages: the templates of both languages
 * have the same sections in the same order, so section N of one is section N of the other. When the
 * counts differ (a company's own template in one language only), the shorter column gets empty cells.
 */
export function alignSections(columns: readonly SectionedDocument[]): AlignedRows {
  const sectionCounts = columns.map((column) => column.sections.length)
  const count = Math.max(0, ...sectionCounts)
  const rows = [columns.map((column) => column.head)]
  for (let index = 0; index < count; index++) rows.push(columns.map((column) => column.sections[index] ?? ''))
  return {rows, sectionCounts}
}
