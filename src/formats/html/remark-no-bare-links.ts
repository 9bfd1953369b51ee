import type {Parent, Root} from 'mdast'
import type {VFile} from 'vfile'

/**
 * Keep only links the Markdown writes as links (`[label](<url>)` or `<url>`): GFM would also turn any
 * bare `https://…` or `www.…` in a fact's text (a name, a note) into a live link, which no template
 * means and no company asked for. Such a link becomes its text again.
 */
export default function remarkNoBareLinks() {
  return function (tree: Root, file: VFile) {
    unlinkBare(tree, String(file.value))
  }
}

/**
 * Replace each bare link under `parent` by its children, in document order, as unist-util-visit
 * would with `[SKIP, index]`: the children that took its place are looked at next. A walk of its own,
 * as `eachElement` is for the page: `visit` allocated for every node of every document.
 */
function unlinkBare(parent: Parent, source: string): void {
  const children = parent.children
  for (let index = 0; index < children.length; index++) {
    const node = children[index]
    if (!node) continue
    if (node.type === 'link') {
      const start = node.position?.start.offset
      const written = start !== undefined && (source[start] === '[' || source[start] === '<')
      if (!written) {
        children.splice(index, 1, ...node.children)
        index--
        continue
      }
    }
    if ('children' in node) unlinkBare(node, source)
  }
}
