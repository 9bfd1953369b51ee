import type {Element, ElementContent, Root} from 'hast'
import {eachElement} from './walk.js'

/** Characters after which a long identifier or address may break: `_ga_|XXXX`, `policies.|google.|com/|privacy`. */
const breakAfter = /(?<=[_./@?&=-])(?=[^\s_./@?&=-])/u

/** Identifiers shorter than this never need a break point. */
const minLength = 14

/**
 * Let cookie names and web addresses break only between their parts, never inside a word: a
 * `<wbr>` goes after `_`, `.`, `/`, `@`, `-`, `?`, `&` and `=` in the text of long `code` and link
 * elements, so the stylesheet need not break them anywhere (`cookie_conse|nt`). For the HTML page
 * only; the PDF lays out its own lines.
 */
export default function rehypeBreakPoints() {
  return function (tree: Root) {
    eachElement(tree, (node) => {
      if (node.tagName !== 'code' && node.tagName !== 'a') return
      node.children = node.children.flatMap((child): ElementContent[] => {
        if (child.type !== 'text' || child.value.length < minLength) return [child]
        const parts = child.value.split(breakAfter)
        return parts.flatMap((part, index): ElementContent[] => (index === 0 ? [{type: 'text', value: part}] : [{type: 'element', tagName: 'wbr', properties: {}, children: []}, {type: 'text', value: part}]))
      })
    })
  }
}
