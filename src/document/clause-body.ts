import type {Nodes, PhrasingContent, Root, RootContent} from 'mdast'
import {createRequire} from 'node:module'
import {isSafeUrl, parseClauseBody, placeholderPattern, type ClausePlaceholder} from '../facts/clause-markdown.js'

const require = createRequire(import.meta.url)

function makeWriter() {
  const {unified} = require('unified') as typeof import('unified')
  const remarkGfm = (require('remark-gfm') as typeof import('remark-gfm')).default
  const remarkStringify = (require('remark-stringify') as typeof import('remark-stringify')).default
  return unified().use(remarkGfm).use(remarkStringify, {bullet: '-', emphasis: '*', strong: '*', rule: '-', fences: true, listItemIndent: 'one'}).freeze()
}

let writer: ReturnType<typeof makeWriter> | undefined

/** The Markdown writer of clause bodies, loaded when the first custom clause is rendered. */
function toMarkdown(): ReturnType<typeof makeWriter> {
  writer ??= makeWriter()
  return writer
}

/**
 * A custom clause's body as clean Markdown, contained so that it cannot reach the rest of the
 * document: it is parsed on its own (an unclosed code fence, comment, `<pre>` or `<script>` ends with
 * the clause) and written back without raw HTML, images, or links other than https, mailto and tel
 * (their text stays). Headings in the body become subsections (`###`), so they never turn into
 * numbered sections of the policy. Each `{{name}}` in the text is replaced by the fact of that name
 * in `values` (as plain text, escaped where it lands); in code it stays as written. Validation has
 * already refused bodies nested too deeply and unknown placeholders.
 */
export function cleanClauseBody(text: string, values: Readonly<Record<ClausePlaceholder, string>>): string {
  const parsed = parseClauseBody(text.replace(/\r\n?/g, '\n'))
  if (!parsed.tree) throw new TypeError('a clause body nested too deeply reached rendering; validation refuses it')
  const tree = parsed.tree
  const definitions = new Map<string, string>()
  for (const node of tree.children) if (node.type === 'definition') definitions.set(node.identifier, node.url)
  const cleaned: Root = {type: 'root', children: cleanChildren(tree.children, definitions) as RootContent[]}
  fillPlaceholders(cleaned, values)
  return String(toMarkdown().stringify(cleaned)).trim()
}

function fillPlaceholders(node: Nodes, values: Readonly<Record<string, string>>): void {
  if (node.type === 'text') {
    node.value = node.value.replace(placeholderPattern, (written, name: string) => {
      const value = values[name]
      if (value === undefined) throw new TypeError(`the clause placeholder ${written} reached rendering; validation refuses it`)
      return value
    })
  }
  if ('children' in node) for (const child of node.children) fillPlaceholders(child, values)
}

function cleanChildren(children: readonly Nodes[], definitions: ReadonlyMap<string, string>): Nodes[] {
  return children.flatMap((child) => cleanNode(child, definitions))
}

function cleanNode(node: Nodes, definitions: ReadonlyMap<string, string>): Nodes[] {
  switch (node.type) {
    case 'html':
    case 'image':
    case 'imageReference':
    case 'definition':
      return []
    case 'link':
      if (!isSafeUrl(node.url)) return cleanChildren(node.children, definitions)
      break
    case 'linkReference': {
      const url = definitions.get(node.identifier)
      const children = cleanChildren(node.children, definitions) as PhrasingContent[]
      return url !== undefined && isSafeUrl(url) ? [{type: 'link', url, children}] : children
    }
    case 'heading':
      node.depth = Math.max(node.depth, 3) as typeof node.depth
      break
    // Footnotes would move the note's text to the end of the document, under an English heading, and two
    // clauses with `[^1]` would share one note: they stay where they are written, as plain text.
    case 'footnoteReference':
      return [{type: 'text', value: `[^${node.label ?? node.identifier}]`}]
    case 'footnoteDefinition': {
      const [first, ...rest] = cleanChildren(node.children, definitions)
      const marker: PhrasingContent = {type: 'text', value: `[^${node.label ?? node.identifier}]: `}
      const lead: Nodes = first?.type === 'paragraph' ? {...first, children: [marker, ...first.children]} : {type: 'paragraph', children: [marker]}
      return first?.type === 'paragraph' ? [lead, ...rest] : [lead, ...(first ? [first] : []), ...rest]
    }
    default:
      break
  }
  if ('children' in node) (node as {children: Nodes[]}).children = cleanChildren(node.children, definitions)
  return [node]
}
