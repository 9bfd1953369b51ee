import type {Link, Root} from 'mdast'
import {visit, SKIP} from 'unist-util-visit'
import type {VFile} from 'vfile'

/**
 * Keep only links the Markdown writes as links (`[label](<url>)` or `<url>`): GFM would also turn any
 * bare `https://…` or `www.…` in a fact's text (a name, a note) into a live link, which no template
 * means and no company asked for. Such a link becomes its text again.
 */
export default function remarkNoBareLinks() {
  return function (tree: Root, file: VFile) {
    const source = String(file.value)
    visit(tree, 'link', (node: Link, index, parent) => {
      const start = node.position?.start.offset
      const written = start !== undefined && (source[start] === '[' || source[start] === '<')
      if (written || !parent || index === undefined) return
      parent.children.splice(index, 1, ...node.children)
      return [SKIP, index]
    })
  }
}
