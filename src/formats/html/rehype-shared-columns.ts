import type {Element, ElementContent, Root} from 'hast'
import {toString} from 'hast-util-to-string'
import {copyTree} from './copy-tree.js'
import {eachElement} from './walk.js'

/** Column widths are given in steps of this many percent, each step a class of policygen.css (`policygen-w-25`). */
export const widthStep = 5

/** The narrowest a column may be, in steps. */
const minSteps = 2

/**
 * Give the tables of one document that have the same header row (the cookie tables of each
 * category) the same column widths, so they read as one list: each such table gets a fixed layout
 * (`policygen-fixed`) and a `<colgroup>` whose `<col class="policygen-w-N">` come from the text of
 * every table of the group. Classes, not inline styles, so a site's content security policy
 * never blocks them. A table whose header no other table shares keeps the browser's own layout.
 */
export default function rehypeSharedColumns() {
  return function (tree: Root) {
    const groups = new Map<string, Element[]>()
    eachElement(tree, (node) => {
      if (node.tagName !== 'table') return
      const head = headerCells(node)
      if (head.length < 2) return
      const key = head.map((cell) => toString(cell)).join('\u0000')
      groups.set(key, [...(groups.get(key) ?? []), node])
    })
    for (const tables of groups.values()) {
      if (tables.length < 2) continue
      const columns = headerCells(tables[0] as Element).length
      const steps = shareOut(columnWeights(tables, columns), 100 / widthStep)
      const colgroup: Element = {type: 'element', tagName: 'colgroup', properties: {}, children: steps.map((step): Element => ({type: 'element', tagName: 'col', properties: {className: [`policygen-w-${step * widthStep}`]}, children: []}))}
      for (const table of tables) {
        table.properties.className = [...classNames(table), 'policygen-fixed']
        table.children = [copyTree(colgroup), ...table.children]
      }
    }
  }
}

/** How much room each column wants: its longest word, and half of its longest text, whichever is more. */
function columnWeights(tables: readonly Element[], columns: number): number[] {
  const weights = Array.from({length: columns}, () => 1)
  for (const table of tables) {
    for (const row of rows(table)) {
      cells(row).forEach((cell, column) => {
        if (column >= columns) return
        const text = toString(cell).trim()
        const longestWord = Math.max(0, ...text.split(/\s+/).map((word) => word.length))
        weights[column] = Math.max(weights[column] ?? 1, longestWord, Math.min(text.length, 80) / 2)
      })
    }
  }
  return weights
}

/** Share `total` steps out in proportion to `weights`, none below the minimum, summing to `total` exactly. */
export function shareOut(weights: readonly number[], total: number): number[] {
  const free = total - minSteps * weights.length
  const sum = weights.reduce((a, b) => a + b, 0)
  const exact = weights.map((weight) => (free * weight) / sum)
  const steps = exact.map((value) => minSteps + Math.floor(value))
  let left = total - steps.reduce((a, b) => a + b, 0)
  // Largest remainders first; ties go to the earlier column, so the result never depends on sort stability.
  const order = exact.map((value, index) => ({index, rest: value - Math.floor(value)})).sort((a, b) => b.rest - a.rest || a.index - b.index)
  for (const {index} of order) {
    if (left <= 0) break
    steps[index] = (steps[index] ?? 0) + 1
    left--
  }
  return steps
}

function headerCells(table: Element): Element[] {
  return children(table, 'thead').flatMap((head) => children(head, 'tr')).slice(0, 1).flatMap((row) => children(row, 'th'))
}

function rows(table: Element): Element[] {
  return [...children(table, 'thead'), ...children(table, 'tbody')].flatMap((part) => children(part, 'tr'))
}

function cells(row: Element): Element[] {
  return row.children.filter((child: ElementContent): child is Element => child.type === 'element' && (child.tagName === 'td' || child.tagName === 'th'))
}

function classNames(node: Element): string[] {
  const value = node.properties.className
  return Array.isArray(value) ? value.map(String) : []
}

function children(node: Element, tagName: string): Element[] {
  return node.children.filter((child: ElementContent): child is Element => child.type === 'element' && child.tagName === tagName)
}
