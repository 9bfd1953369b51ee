import Handlebars from 'handlebars'
import rehypeSlug from 'rehype-slug'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import type {Root as HastRoot} from 'hast'
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

/** A document as HTML: the body fragment, its syntax tree and its table of contents. */
export interface RenderedHtml {
  fragment: string
  tree: HastRoot
  toc: TocEntry[]
}

const withToc = new Map<string, ReturnType<typeof createProcessor>>()

function createProcessor(tocTitle: string) {
  return markdownToHast().use(rehypeToc, {title: tocTitle}).freeze()
}

/**
 * Render a document's Markdown to an HTML fragment with a table of contents titled `tocTitle`
 * before the first section. Raw HTML in the Markdown is dropped, not rendered.
 */
export function renderHtmlFragment(markdown: string, tocTitle: string): RenderedHtml {
  let processor = withToc.get(tocTitle)
  if (!processor) {
    processor = createProcessor(tocTitle)
    withToc.set(tocTitle, processor)
  }
  const file = new VFile({value: markdown})
  const tree = processor.runSync(processor.parse(file), file) as HastRoot
  return {fragment: `${hastToHtml().stringify(tree)}\n`, tree, toc: file.data.toc ?? []}
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
