import type {Element, Root} from 'hast'
import {eachElement} from './walk.js'

/** Options of `rehypeHeadingIds`. */
export interface HeadingIdOptions {
  /** Put before every id, so two documents on one page never share one (`cookies-`, `privacy-`). */
  prefix: string
}

/**
 * Make the heading ids rehype-slug gave stable and unique on a shared page: the section number is
 * dropped (`4-перечень-файлов-cookie` → `перечень-файлов-cookie`), so renumbering the sections
 * keeps every link, and the document's prefix is put in front. Repeated ids get `-2`, `-3`, ….
 */
export default function rehypeHeadingIds(options: HeadingIdOptions) {
  return function (tree: Root) {
    const seen = new Map<string, number>()
    eachElement(tree, (node) => {
      if (!/^h[1-6]$/.test(node.tagName) || typeof node.properties.id !== 'string') return
      const base = `${options.prefix}${node.properties.id.replace(/^\d+(?:-\d+)*-(?=.)/, '')}`
      const count = (seen.get(base) ?? 0) + 1
      seen.set(base, count)
      node.properties.id = count === 1 ? base : `${base}-${count}`
    })
  }
}
