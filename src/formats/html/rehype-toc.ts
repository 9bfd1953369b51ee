import type {Element, Root} from 'hast'
import {toString} from 'hast-util-to-string'
import {eachElement} from './walk.js'
import type {VFile} from 'vfile'

/** One entry of a document's table of contents. */
export interface TocEntry {
  id: string
  title: string
}

/** Options of `rehypeToc`. */
export interface TocOptions {
  /** Heading of the table of contents, in the document's language. */
  title: string
}

/**
 * Build a table of contents from the document's `h2` headings (which rehype-slug gave ids): insert it
 * as `<nav class="policygen-toc">` before the first section, and keep the entries in `file.data.toc`.
 */
export default function rehypeToc(options: TocOptions) {
  return function (tree: Root, file: VFile) {
    const toc: TocEntry[] = []
    eachElement(tree, (node) => {
      if (node.tagName === 'h2' && typeof node.properties.id === 'string') toc.push({id: node.properties.id, title: toString(node)})
    })
    file.data.toc = toc
    const first = tree.children.findIndex((node) => node.type === 'element' && node.tagName === 'h2')
    if (first === -1 || toc.length === 0) return
    const nav: Element = {
      type: 'element',
      tagName: 'nav',
      properties: {className: ['policygen-toc'], ariaLabel: options.title},
      children: [
        {type: 'element', tagName: 'p', properties: {className: ['policygen-toc-title']}, children: [{type: 'text', value: options.title}]},
        {
          type: 'element',
          tagName: 'ol',
          properties: {},
          children: toc.map((entry) => ({
            type: 'element',
            tagName: 'li',
            properties: {},
            children: [{type: 'element', tagName: 'a', properties: {href: `#${entry.id}`}, children: [{type: 'text', value: entry.title}]}]
          }))
        }
      ]
    }
    tree.children.splice(first, 0, nav, {type: 'text', value: '\n'})
  }
}

declare module 'vfile' {
  interface DataMap {
    toc: TocEntry[]
  }
}
