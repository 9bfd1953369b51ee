import type Handlebars from 'handlebars'
import {toString} from 'hast-util-to-string'
import type {Root as HastRoot} from 'hast'
import {createRequire} from 'node:module'
import rehypeBreakPoints from './rehype-break-points.js'
import rehypeCrossLinks, {type CrossLink} from './rehype-cross-links.js'
import rehypeHeadingIds from './rehype-heading-ids.js'
import rehypeResponsiveTables from './rehype-responsive-tables.js'
import rehypeSafeLinks from './rehype-safe-links.js'
import rehypeSharedColumns from './rehype-shared-columns.js'
import rehypeToc, {type TocEntry} from './rehype-toc.js'
import remarkGfmWithoutAutolinks from './remark-gfm-without-autolinks.js'
import remarkNoBareLinks from './remark-no-bare-links.js'
import {copyTree} from './copy-tree.js'
import {sectionParser} from './section-parse.js'
import type {TemplateSource} from '../../document/templates.js'
import {strictEnvironment} from '../../document/strict-block-params.js'
import {compileTemplate} from '../../document/precompiled.js'
import {located} from '../../document/markdown.js'

const require = createRequire(import.meta.url)

/**
 * unified and the parts of it this stage uses, loaded when the first document is converted: a
 * command that converts none (`validate`, a build that reuses every file, `diff`) does without
 * their 0.2 s of loading.
 */
function loadConverter() {
  const {unified} = require('unified') as typeof import('unified')
  const use = <T>(name: string) => (require(name) as {default: T}).default
  const remarkParse = use<typeof import('remark-parse').default>('remark-parse')
  const remarkRehype = use<typeof import('remark-rehype').default>('remark-rehype')
  const rehypeSlug = use<typeof import('rehype-slug').default>('rehype-slug')
  const rehypeStringify = use<typeof import('rehype-stringify').default>('rehype-stringify')
  const {VFile} = require('vfile') as typeof import('vfile')
  /** Markdown → HTML syntax tree, the one tree both the HTML page and the PDF are made from. */
  const markdownToHast = unified()
    .use(remarkParse)
    .use(remarkGfmWithoutAutolinks)
    .use(remarkNoBareLinks)
    .use(remarkRehype)
    .use(rehypeSlug)
    .use(rehypeSafeLinks)
    .use(rehypeResponsiveTables)
    .freeze()
  return {
    unified,
    VFile,
    markdownToHast,
    /** The Markdown parser of `markdownToHast`, section by section with the sections' trees kept. */
    parseMarkdown: sectionParser((markdown) => markdownToHast.parse(markdown)),
    hastToHtml: unified().use(rehypeStringify).freeze(),
    /** The page's own touches on a copy of the tree (shared column widths, break points in identifiers), which the PDF lays out itself. */
    forThePage: unified().use(rehypeSharedColumns).use(rehypeBreakPoints).freeze()
  }
}

let converter: ReturnType<typeof loadConverter> | undefined

function converterOf(): ReturnType<typeof loadConverter> {
  converter ??= loadConverter()
  return converter
}

/** Markdown → HTML syntax tree, the one tree both the HTML page and the PDF are made from (unified's processor). */
export function markdownToHast(): ReturnType<typeof loadConverter>['markdownToHast'] {
  return converterOf().markdownToHast
}

/** A document as HTML: the body fragment, its syntax tree and its table of contents. */
export interface RenderedHtml {
  /** The document for embedding in another page (wrapped when `FragmentOptions` are given). */
  fragment: string
  /** The document as the standalone page shows it: always with its title, and linking the other policy. */
  page: string
  tree: HastRoot
  toc: TocEntry[]
}

const withToc = new Map<string, ReturnType<typeof createProcessor>>()

function createProcessor(tocTitle: string, idPrefix: string) {
  return markdownToHast()().use(rehypeHeadingIds, {prefix: idPrefix}).use(rehypeToc, {title: tocTitle}).freeze()
}

/** Where a fragment will be embedded: its document (for the wrapper's class and the ids' prefix) and language. */
export interface FragmentOptions {
  /** `cookie-policy` or `privacy-policy`: the wrapper gets `policygen-<document>`, the ids `cookies-` or `privacy-`. */
  document: string
  lang: string
  /**
   * Whether the fragment keeps the document's title as its `<h1>` (optional, default: true). A site
   * whose page has a heading of its own leaves it out; the wrapper is then named by `aria-label`.
   */
  title?: boolean
  /** Where the standalone page links the other policy where the document names it (optional, default: nowhere). */
  crossLinks?: readonly CrossLink[]
}

/** The prefix of a document's heading ids, short and readable in a link (`#cookies-сроки-хранения`). */
export function headingIdPrefix(document: string): string {
  return `${document.replace(/-policy$/, '').replace(/^cookie$/, 'cookies')}-`
}

/**
 * Render a document's Markdown to an HTML fragment with a table of contents titled `tocTitle`
 * before the first section. Raw HTML in the Markdown is dropped, not rendered. With `options`, the
 * fragment is wrapped in `<article class="policygen policygen-<document>" lang="…">` and its ids are
 * prefixed, so both policies can share one page of the company's site.
 */
export function renderHtmlFragment(markdown: string, tocTitle: string, options?: FragmentOptions): RenderedHtml {
  const prefix = options ? headingIdPrefix(options.document) : ''
  const key = `${prefix}\u0000${tocTitle}`
  let processor = withToc.get(key)
  if (!processor) {
    processor = createProcessor(tocTitle, prefix)
    withToc.set(key, processor)
  }
  const {VFile, parseMarkdown, forThePage, hastToHtml, unified} = converterOf()
  const file = new VFile({value: markdown})
  const tree = processor.runSync(parseMarkdown(markdown), file) as HastRoot
  const shown = forThePage().runSync(copyTree(tree)) as HastRoot
  const toc = file.data.toc ?? []
  const html = (root: HastRoot) => `${hastToHtml().stringify(root)}\n`
  const body = html(shown)
  const links = options?.crossLinks ?? []
  // Without its title, the fragment is the page's tree less the `<h1>`, named by the title instead:
  // a copy taken before the links change the page's tree (which is changed in place, not copied).
  const untitled = options?.title === false ? copyTree(shown) : undefined
  const page = links.length > 0 ? html(unified().use(rehypeCrossLinks, {links}).runSync(shown) as HastRoot) : body
  if (!options) return {fragment: body, page, tree, toc}
  const wrap = (inner: string, label?: string) =>
    `<article class="policygen policygen-${options.document}" lang="${options.lang}"${label === undefined ? '' : ` aria-label="${escapeAttribute(label)}"`}>\n${inner}</article>\n`
  const title = untitled ? withoutTitle(untitled) : undefined
  return {fragment: untitled && title !== undefined ? wrap(html(untitled), title) : wrap(body), page: wrap(page), tree, toc}
}

/** Take the document's `<h1>` out of the tree (and the line break after it); its text, for the wrapper's name. */
function withoutTitle(tree: HastRoot): string | undefined {
  const at = tree.children.findIndex((node) => node.type === 'element' && node.tagName === 'h1')
  const heading = tree.children[at]
  if (!heading || heading.type !== 'element') return undefined
  const next = tree.children[at + 1]
  tree.children.splice(at, next?.type === 'text' && next.value.trim() === '' ? 2 : 1)
  return toString(heading)
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}

/** What the page layout prints around the fragment; plain text, escaped by the layout for HTML. */
export interface PageContext {
  lang: string
  title: string
  description: string
  organization: string
  /** The same document in the other published language, or `false` when the site publishes one. */
  otherLanguage: {href: string; label: string; lang: string} | false
  indexHref: string
  indexLabel: string
  stylesheet: string
  fragment: string
  /** The page's footer: the version in force, its effective date (also as ISO 8601 for `<time>`), and the PDF when there is one. */
  footer: {version: string; effective: string; date: string; isoDate: string; pdfHref: string; pdfLabel: string}
}

const layouts = new Map<string, Handlebars.TemplateDelegate<PageContext>>()

/** Render the standalone page: the layout template (HTML-escaping everything but the fragment and CSS). */
export function renderHtmlPage(layout: TemplateSource, context: PageContext): string {
  let template = layouts.get(layout.source)
  if (!template) {
    template = compileTemplate<PageContext>(strictEnvironment(require('handlebars') as typeof Handlebars), layout.source, {strict: true})
    layouts.set(layout.source, template)
  }
  const render = template
  // A company's own layout that asks for a value that is not there is an error in that file, located.
  return located(layout, () => render(context), 'page')
}
