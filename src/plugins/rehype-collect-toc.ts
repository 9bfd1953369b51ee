import type {Element, Root} from 'hast'
import {toString} from 'hast-util-to-string'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'

/** One entry of a document's table of contents. */
export interface TocEntry {
  id: string
  title: string
}

/**
 * Collect the document's `h2` headings (after rehype-slug gave them ids) into `file.data.toc`,
 * for the page's table of contents.
 */
export default function rehypeCollectToc() {
  return function (tree: Root, file: VFile) {
    const toc: TocEntry[] = []
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'h2' && typeof node.properties.id === 'string') toc.push({id: node.properties.id, title: toString(node)})
    })
    file.data.toc = toc
  }
}

declare module 'vfile' {
  interface DataMap {
    toc: TocEntry[]
  }
}
