import type {Facts} from '../facts/types.js'
import type {Locale} from '../lang/locale.js'
import {unescapeMarkdown} from '../document/escape.js'
import {renderMarkdownDocuments, type MarkdownDocument, type OrganizationFacts} from '../document/documents.js'
import {editionLine, localized, type DocumentKind, type DocumentView} from '../document/resolve.js'
import type {TemplateSet} from '../document/templates.js'
import {renderHtmlFragment, renderHtmlPage, type RenderedHtml} from '../formats/html/render.js'
import type {CrossLink} from '../formats/html/rehype-cross-links.js'
import {renderIndexPage, type IndexEntry} from '../formats/index-page.js'
import {createPdfRenderer, type PdfOptions} from '../formats/pdf/render.js'
import type {DocumentMeta} from './manifest.js'

/** A file the build produces, in memory until it is written. */
export interface OutputFile {
  /** Path relative to the output folder, with `/` separators. */
  path: string
  content: Uint8Array
  /** What the manifest says of a document file. */
  document?: DocumentMeta
}

/** Options of a build. */
export interface BuildOptions {
  /** Called after each organization, for progress reports (optional). */
  onProgress?: (done: number, total: number, organization: string) => void
  /**
   * Whether every document is rendered to PDF as well, and how it is dated (optional, default: no
   * PDF; `true`: dated by each document's effective date).
   */
  pdf?: boolean | PdfOptions
  /**
   * The locales to publish, in this order (optional, default: each organization's own `locales`).
   * A locale an organization's facts do not publish is left out for it; validation with the same
   * locales (`ValidateOptions`) refuses such facts first.
   */
  locales?: readonly Locale[]
  /** Whether fragments keep the document's title as their `<h1>` (optional, default: true; the pages always do). */
  fragmentTitle?: boolean
}

const encoder = new TextEncoder()

/** The options that change what a build makes, as plain data (for the inputs key and for worker threads). */
export type SiteSettings = Pick<BuildOptions, 'locales' | 'fragmentTitle' | 'pdf'>

/** The settings of `options`, with defaults filled in, so that equal builds give equal keys. */
export function settingsOf(options: BuildOptions): {locales?: Locale[]; fragmentTitle: boolean; pdf: PdfOptions | false} {
  const pdf = options.pdf === true ? {} : (options.pdf ?? false)
  return {...(options.locales ? {locales: [...options.locales]} : {}), fragmentTitle: options.fragmentTitle ?? true, pdf}
}

/** The documents' stylesheet on its own, `policygen.css`, for a site that embeds the fragments. */
export function stylesheetFile(templates: TemplateSet): OutputFile {
  return {path: 'policygen.css', content: encoder.encode(templates.documentStylesheet)}
}

/**
 * Render one organization's files: every published document in every published locale as
 * Markdown, standalone page, fragment (and the extra formats), and its index page. Depends on
 * nothing but its arguments, so organizations can be rendered in any order, in any thread.
 */
export async function renderOrganization(given: OrganizationFacts, templates: TemplateSet, options: BuildOptions = {}): Promise<OutputFile[]> {
  return organizationFiles(given, templates, options, true)
}

/**
 * Render only what the templates make of an organization: its Markdown documents, the page around
 * each and its index page, so that every error of a template a build would meet is thrown
 * (`TemplateError`, `MissingTermError`), at a fraction of a build's cost: no HTML conversion, no PDF.
 * The page's body is a placeholder (`noConversion`): the layout places it, and may ask whether
 * there is one, never what it holds.
 */
export async function checkOrganizationTemplates(given: OrganizationFacts, templates: TemplateSet, options: Pick<BuildOptions, 'locales' | 'pdf'> = {}): Promise<void> {
  await organizationFiles(given, templates, options, false)
}

/**
 * What `checkOrganizationTemplates` puts where a document's HTML would go. Never empty, as no
 * document's HTML is: a layout that asks `{{#if fragment}}` takes the branch a build takes.
 */
const noConversion: RenderedHtml = {fragment: '<p></p>', page: '<p></p>', tree: {type: 'root', children: []}, toc: []}

/** An organization's files; with `convert` false, without a document's HTML, and without its extra formats. */
async function organizationFiles(given: OrganizationFacts, templates: TemplateSet, options: BuildOptions, convert: boolean): Promise<OutputFile[]> {
  const files: OutputFile[] = []
  const pdf = settingsOf(options).pdf
  const extraRenderers = pdf === false || !convert ? [] : [createPdfRenderer(pdf)]
  // The index page and each page link the PDF when the build makes it, converted here or not.
  const withPdf = pdf !== false
  // What a standalone page embeds: the page's stylesheet, then the documents' own.
  const stylesheet = `${templates.stylesheet}\n${templates.documentStylesheet}`
  const organizationFacts = publishedIn(given, options.locales)
  const {id, facts} = organizationFacts
  const entries: IndexEntry[] = []
  let organization = ''
  for (const rendered of renderMarkdownDocuments(organizationFacts, templates)) {
    const {locale, document, view, markdown} = rendered
    const html = convert ? documentHtml(rendered, options) : noConversion
    const other = otherLocale(facts, locale)
    const page = renderHtmlPage(templates.layout, {
      lang: locale,
      title: view.title,
      description: `${view.title}: ${plainName(facts, locale)}. ${editionLine(view)}.`,
      organization: plainShortName(view),
      otherLanguage: other ? {href: `../${other}/${document}.html`, label: view.ui.otherLanguage, lang: other} : false,
      indexHref: '../index.html',
      indexLabel: view.ui.allDocuments,
      stylesheet,
      fragment: html.page,
      footer: {
        version: `${view.ui.version} ${unescapeMarkdown(view.version.number)}`,
        effective: view.ui.effective,
        date: view.version.date,
        isoDate: view.version.isoDate,
        pdfHref: withPdf ? `${document}.pdf` : '',
        pdfLabel: view.ui.pdfVersion
      }
    })
    const meta = {organization: id, locale, document, version: unescapeMarkdown(view.version.number), effectiveDate: view.version.isoDate}
    const base = `${id}/${locale}/${document}`
    files.push({path: `${base}.md`, content: encoder.encode(markdown), document: meta})
    files.push({path: `${base}.html`, content: encoder.encode(page), document: meta})
    files.push({path: `${base}.fragment.html`, content: encoder.encode(html.fragment), document: meta})
    for (const render of extraRenderers) {
      for (const extra of await render({view, markdown, html, facts})) {
        files.push({path: `${base}.${extra.extension}`, content: extra.content, document: meta})
      }
    }
    entries.push({
      locale,
      document,
      title: view.title,
      version: meta.version,
      date: view.version.date,
      isoDate: view.version.isoDate,
      labels: {version: view.ui.version, effective: view.ui.effective, pdf: view.ui.pdfVersion}
    })
    organization ||= plainShortName(view)
  }
  files.push({path: `${id}/index.html`, content: encoder.encode(renderIndexPage(templates.index, {facts, organization, entries, stylesheet, withPdf}))})
  return files
}

/**
 * The organization as the site publishes it: only the locales of `locales` (the config's) that its
 * facts publish, in that order; as it is without `locales`.
 */
export function publishedIn(given: OrganizationFacts, locales?: readonly Locale[]): OrganizationFacts {
  return locales ? {...given, facts: {...given.facts, locales: locales.filter((locale) => given.facts.locales.includes(locale))}} : given
}

/** A document's HTML as the build makes it: the fragment (with or without its title) and the page's body. */
export function documentHtml({locale, document, view, markdown}: MarkdownDocument, options: Pick<BuildOptions, 'fragmentTitle'>): RenderedHtml {
  return renderHtmlFragment(markdown, view.ui.contents, {document, lang: locale, title: options.fragmentTitle ?? true, crossLinks: crossLinks(view)})
}

/**
 * Where the page links the other policy: its neighbour in the same folder, wherever the document
 * names it. Not needed when the facts give its address: the Markdown links that already.
 */
function crossLinks(view: DocumentView): CrossLink[] {
  if (!view.otherPolicy || view.otherPolicy.link) return []
  return [{title: unescapeMarkdown(view.otherPolicy.title), href: `${view.otherPolicy.document}.html`}]
}

function otherLocale(facts: Facts, locale: Locale): Locale | undefined {
  return facts.locales.find((candidate) => candidate !== locale)
}

function plainName(facts: Facts, locale: Locale): string {
  return localized(facts.organization.legalName, locale)
}

function plainShortName(view: DocumentView): string {
  return unescapeMarkdown(view.org.shortName)
}

