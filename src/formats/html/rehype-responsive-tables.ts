import type {Element, ElementContent, Root} from 'hast'
import {toString} from 'hast-util-to-string'
import {eachElement} from './walk.js'

/**
 * Make tables readable on narrow screens: each table is wrapped in a scrolling container, and each
 * body cell carries its column's heading in `data-label`, so the stylesheet can stack rows as cards.
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
      const wrapper: Element = {type: 'element', tagName: 'div', properties: {className: ['policygen-table']}, children: [node]}
      parent.children[index] = wrapper
      return 'skip'
    })
  }
}

function children(node: Element, tagName: string): Element[] {
  return node.children.filter((child: ElementContent): child is Element => child.type === 'element' && child.tagName === tagName)
}
