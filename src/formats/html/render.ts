import Handlebars from 'handlebars'
import rehypeSlug from 'rehype-slug'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import type {Root as HastRoot} from 'hast'
import rehypeBreakPoints from './rehype-break-points.js'
import rehypeHeadingIds from './rehype-heading-ids.js'
import rehypeResponsiveTables from './rehype-responsive-tables.js'
import rehypeSafeLinks from './rehype-safe-links.js'
import rehypeToc, {type TocEntry} from './rehype-toc.js'
import remarkNoBareLinks from './remark-no-bare-links.js'
import {VFile} from 'vfile'
import type {TemplateSource} from '../../document/templates.js'

/** Markdown → HTML syntax tree, the one tree both the HTML page and the PDF are made from. */
export const markdownToHast = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkNoBareLinks)
  .use(remarkRehype)
  .use(rehypeSlug)
  .use(rehypeSafeLinks)
  .use(rehypeResponsiveTables)
  .freeze()

const hastToHtml = unified().use(rehypeStringify).freeze()
/** The page's own touches on a copy of the tree (break points in identifiers), which the PDF does not get. */
const forThePage = unified().use(rehypeBreakPoints).freeze()

/** A document as HTML: the body fragment, its syntax tree and its table of contents. */
export interface RenderedHtml {
  fragment: string
  tree: HastRoot
  toc: TocEntry[]
}

const withToc = new Map<string, ReturnType<typeof createProcessor>>()

function createProcessor(tocTitle: string, idPrefix: string) {
  return markdownToHast().use(rehypeHeadingIds, {prefix: idPrefix}).use(rehypeToc, {title: tocTitle}).freeze()
}

/** Where a fragment will be embedded: its document (for the wrapper's class and the ids' prefix) and language. */
export interface FragmentOptions {
  /** `cookie-policy` or `privacy-policy`: the wrapper gets `policygen-<document>`, the ids `cookies-` or `privacy-`. */
  document: string
  lang: string
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
  const file = new VFile({value: markdown})
  const tree = processor.runSync(processor.parse(file), file) as HastRoot
  const body = `${hastToHtml().stringify(forThePage().runSync(structuredClone(tree)) as HastRoot)}\n`
  const fragment = options ? `<article class="policygen policygen-${options.document}" lang="${options.lang}">\n${body}</article>\n` : body
  return {fragment, tree, toc: file.data.toc ?? []}
}

/** What the page layout prints around the fragment; plain text, escaped by the layout for HTML. */
export interface PageContext {
  lang: string
  title: string
  description: string
  organization: string
  otherLanguage: {href: string; label: string; lang: string}
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
    template = Handlebars.create().compile<PageContext>(layout.source, {strict: true})
    layouts.set(layout.source, template)
  }
  return template(context)
}
