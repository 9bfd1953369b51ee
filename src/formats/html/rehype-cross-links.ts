import type {Element, ElementContent, Root} from 'hast'
import {eachElement} from './walk.js'

/** Where a document names the other policy, and where that policy's page is. */
export interface CrossLink {
  /** Its title, which the text names in quotes: «Политика конфиденциальности». */
  title: string
  /** The page to link, e.g. `privacy-policy.html`. */
  href: string
}

/** Elements whose text never becomes a link: links themselves, code, headings and the contents. */
const untouched = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'nav'])

/**
 * Link each place where a document names the other policy to that policy's page, so the reader
 * of one can open the other where it is referred to. For the standalone page, whose neighbour in
 * the same folder is the other policy; a fragment or a PDF links it only through the address the
 * facts give (`documents.<policy>.url`), which the Markdown already carries.
 */
export default function rehypeCrossLinks(options: {links: readonly CrossLink[]}) {
  return function (tree: Root) {
    eachElement(tree, (node) => {
      if (untouched.has(node.tagName)) return 'skip'
      node.children = node.children.flatMap((child): ElementContent[] => (child.type === 'text' ? linked(child.value, options.links) : [child]))
      return undefined
    })
  }
}

/** The text with each «title» of `links` made a link, the quotes left outside it. */
function linked(value: string, links: readonly CrossLink[]): ElementContent[] {
  for (const link of links) {
    const at = value.indexOf(`«${link.title}»`)
    if (at === -1) continue
    const before: ElementContent[] = [{type: 'text', value: value.slice(0, at + 1)}]
    const anchor: Element = {type: 'element', tagName: 'a', properties: {href: link.href}, children: [{type: 'text', value: link.title}]}
    return [...before, anchor, {type: 'text', value: '»'}, ...linked(value.slice(at + link.title.length + 2), links)]
  }
  return value === '' ? [] : [{type: 'text', value}]
}
