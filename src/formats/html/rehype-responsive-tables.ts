import type {Element, ElementContent, Root} from 'hast'
import {toString} from 'hast-util-to-string'
import {eachElement} from './walk.js'

/**
 * Make tables readable on narrow screens: each table is wrapped in a scrolling container, and each
 * body cell carries its column's heading in `data-label`, so the stylesheet can stack rows as cards.
 * A table of `denseColumns` columns or more is marked to be set a little smaller: the third parties'
 * six columns, set at the text's size, were wider than the text on every example's cookie policy
 * and lost their last column (each organization's policy) past the edge of the page.
 */
export default function rehypeResponsiveTables() {
  return function (tree: Root) {
    eachElement(tree, (node, index, parent) => {
      if (node.tagName !== 'table') return
      const headings = children(node, 'thead').flatMap((head) => children(head, 'tr')).flatMap((row) => children(row, 'th')).map((cell) => toString(cell))
      for (const body of children(node, 'tbody')) {
        for (const row of children(body, 'tr')) {
          children(row, 'td').forEach((cell, column) => {
            const label = headings[column]
            if (label) cell.properties.dataLabel = label
          })
        }
      }
      const className = headings.length >= denseColumns ? ['policygen-table', 'policygen-table-dense'] : ['policygen-table']
      const wrapper: Element = {type: 'element', tagName: 'div', properties: {className}, children: [node]}
      parent.children[index] = wrapper
      return 'skip'
    })
  }
}

/** Columns from which a table is set smaller (see `rehypeResponsiveTables`). */
const denseColumns = 5

function children(node: Element, tagName: string): Element[] {
  return node.children.filter((child: ElementContent): child is Element => child.type === 'element' && child.tagName === tagName)
}
