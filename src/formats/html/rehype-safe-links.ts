import type {Element, Root} from 'hast'
import {eachElement} from './walk.js'

const allowed = /^(https:|mailto:|tel:|#)/i

/**
 * Keep only links policygen trusts: https, mailto, tel and in-page anchors. Any other link
 * (javascript:, data:, http:) loses its `href` and stays as plain text.
 */
export default function rehypeSafeLinks() {
  return function (tree: Root) {
    eachElement(tree, (node) => {
      if (node.tagName !== 'a') return
      const href = node.properties.href
      if (typeof href !== 'string' || !allowed.test(href)) {
        node.tagName = 'span'
        node.properties = {}
      } else if (/^https:/i.test(href)) {
        node.properties.rel = ['noopener']
      }
    })
  }
}
