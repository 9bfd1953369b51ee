import type {Element, ElementContent, Root, RootContent} from 'hast'

/** A run of text in one style; `href` is an https/mailto/tel URL, or `#id` for a place in the document. */
export interface Inline {
  text: string
  bold: boolean
  italic: boolean
  code: boolean
  href?: string
}

/** One entry of the table of contents: the heading it points to and its text. */
export interface TocItem {
  id: string
  inlines: Inline[]
}

/** The document as the PDF lays it out: the blocks of the HTML tree, in reading order. */
export type Block =
  | {type: 'title'; inlines: Inline[]}
  | {type: 'meta'; inlines: Inline[]}
  | {type: 'heading'; level: 2 | 3; id: string | undefined; inlines: Inline[]}
  | {type: 'paragraph'; inlines: Inline[]}
  | {type: 'list'; ordered: boolean; start: number; items: Block[][]}
  | {type: 'table'; head: Inline[][]; body: Inline[][][]}
  | {type: 'toc'; title: Inline[]; items: TocItem[]}
  | {type: 'rule'}

interface Style {
  bold: boolean
  italic: boolean
  code: boolean
  href?: string
}

const plain: Style = {bold: false, italic: false, code: false}

/**
 * Read the HTML syntax tree (the one the HTML page is made from) into blocks: the `h1` and the
 * paragraph right after it form the title block, `nav.policygen-toc` the table of contents, and tables
 * (wrapped in `div.policygen-table`) keep their header row apart from the body rows.
 */
export function blocksFromTree(tree: Root): Block[] {
  const blocks: Block[] = []
  let afterTitle = false
  for (const node of tree.children) {
    if (node.type !== 'element') continue
    const block = readBlocks(node)
    for (const item of block) {
      if (afterTitle && item.type === 'paragraph') {
        blocks.push({type: 'meta', inlines: item.inlines})
      } else {
        blocks.push(item)
      }
      afterTitle = item.type === 'title'
    }
  }
  return blocks
}

function readBlocks(node: Element): Block[] {
  switch (node.tagName) {
    case 'h1':
      return [{type: 'title', inlines: readInlines(node.children, plain)}]
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return [{type: 'heading', level: node.tagName === 'h2' ? 2 : 3, id: stringProperty(node, 'id'), inlines: readInlines(node.children, plain)}]
    case 'p':
    case 'pre':
      return paragraph(readInlines(node.children, node.tagName === 'pre' ? {...plain, code: true} : plain))
    case 'ul':
    case 'ol':
      return [readList(node)]
    case 'table':
      return [readTable(node)]
    case 'hr':
      return [{type: 'rule'}]
    case 'nav':
      return hasClass(node, 'policygen-toc') ? [readToc(node)] : childBlocks(node.children)
    default:
      return childBlocks(node.children)
  }
}

function childBlocks(children: readonly (ElementContent | RootContent)[]): Block[] {
  const blocks: Block[] = []
  let pending: ElementContent[] = []
  const flush = () => {
    blocks.push(...paragraph(readInlines(pending, plain)))
    pending = []
  }
  for (const child of children) {
    if (child.type === 'element' && blockTags.has(child.tagName)) {
      flush()
      blocks.push(...readBlocks(child))
    } else if (child.type === 'element' || child.type === 'text') {
      pending.push(child)
    }
  }
  flush()
  return blocks
}

const blockTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'pre', 'ul', 'ol', 'table', 'hr', 'nav', 'div', 'blockquote', 'section', 'li'])

function paragraph(inlines: Inline[]): Block[] {
  return inlines.some((inline) => inline.text.trim() !== '') ? [{type: 'paragraph', inlines: trim(inlines)}] : []
}

function readList(node: Element): Block {
  const start = Number(node.properties.start ?? 1)
  return {
    type: 'list',
    ordered: node.tagName === 'ol',
    start: Number.isFinite(start) ? start : 1,
    items: elements(node, 'li').map((item) => childBlocks(item.children.filter((child) => !(child.type === 'element' && child.tagName === 'input'))))
  }
}

function readTable(node: Element): Block {
  const rows = (section: string) => elements(node, section).flatMap((part) => elements(part, 'tr'))
  const cells = (row: Element) => row.children.filter((child): child is Element => child.type === 'element' && (child.tagName === 'td' || child.tagName === 'th'))
  const direct = elements(node, 'tr')
  const head = rows('thead')[0]
  const body = [...rows('tbody'), ...direct]
  return {
    type: 'table',
    head: head ? cells(head).map((cell) => trim(readInlines(cell.children, plain))) : [],
    body: body.map((row) => cells(row).map((cell) => trim(readInlines(cell.children, plain))))
  }
}

function readToc(node: Element): Block {
  const titleNode = elements(node, 'p')[0]
  const list = elements(node, 'ol')[0] ?? elements(node, 'ul')[0]
  const items: TocItem[] = []
  for (const item of list ? elements(list, 'li') : []) {
    const link = elements(item, 'a')[0]
    const href = link ? stringProperty(link, 'href') : undefined
    if (!link || !href?.startsWith('#')) continue
    items.push({id: href.slice(1), inlines: trim(readInlines(link.children, plain))})
  }
  return {type: 'toc', title: titleNode ? trim(readInlines(titleNode.children, plain)) : [], items}
}

function readInlines(children: readonly ElementContent[], style: Style): Inline[] {
  const inlines: Inline[] = []
  for (const child of children) {
    if (child.type === 'text') {
      const text = style.code ? child.value.replace(/\s+/g, ' ') : child.value.replace(/[ \t\r\n]+/g, ' ')
      if (text) inlines.push({...style, text})
    } else if (child.type === 'element') {
      inlines.push(...readInline(child, style))
    }
  }
  return inlines
}

function readInline(node: Element, style: Style): Inline[] {
  switch (node.tagName) {
    case 'strong':
    case 'b':
      return readInlines(node.children, {...style, bold: true})
    case 'em':
    case 'i':
      return readInlines(node.children, {...style, italic: true})
    case 'code':
    case 'kbd':
    case 'samp':
      return readInlines(node.children, {...style, code: true})
    case 'a': {
      const href = stringProperty(node, 'href')
      return readInlines(node.children, href ? {...style, href} : style)
    }
    case 'br':
      return [{...style, text: '\n'}]
    case 'img': {
      const alt = stringProperty(node, 'alt')
      return alt ? [{...style, text: alt}] : []
    }
    case 'input':
      return []
    default:
      return readInlines(node.children, style)
  }
}

/** Drop the spaces at the start and end of a run list (HTML ignores them too). */
function trim(inlines: Inline[]): Inline[] {
  const result = inlines.map((inline) => ({...inline}))
  const first = result[0]
  if (first) first.text = first.text.replace(/^ +/, '')
  const last = result[result.length - 1]
  if (last) last.text = last.text.replace(/ +$/, '')
  return result.filter((inline) => inline.text !== '')
}

function elements(node: Element, tagName: string): Element[] {
  return node.children.filter((child): child is Element => child.type === 'element' && child.tagName === tagName)
}

function stringProperty(node: Element, name: string): string | undefined {
  const value = node.properties[name]
  return typeof value === 'string' ? value : undefined
}

function hasClass(node: Element, name: string): boolean {
  const value = node.properties.className
  return Array.isArray(value) && value.includes(name)
}
