import {createHash} from 'node:crypto'
import type {Facts} from './facts.js'
import type {TemplateSet} from './load-templates.js'
import {locales, type Locale} from './locale.js'
import {compileLocale, publishedDocuments, renderMarkdown, type CompiledLocale} from './render-markdown.js'
import {renderHtmlFragment, renderHtmlPage} from './render-html.js'
import {renderIndexPage} from './render-index.js'
import {unescapeMarkdown} from './markdown-escape.js'
import {localized, resolveDocument, type DocumentKind, type DocumentView} from './resolve.js'

/** One organization's validated facts, ready to render. */
export interface OrganizationFacts {
  id: string
  facts: Facts
}

/** A file the build produces, held in memory until it is written. */
export interface OutputFile {
  /** Path relative to the output folder, with `/` separators. */
  path: string
  content: Uint8Array
  /** What the manifest says of a document file. */
  document?: {organization: string; locale: Locale; document: DocumentKind; version: string; effectiveDate: string}
}

/** A renderer of extra formats (PDF) from a document's view, Markdown and HTML tree; added by later stages. */
export type ExtraRenderer = (input: {view: DocumentView; markdown: string; html: ReturnType<typeof renderHtmlFragment>; facts: Facts}) => Promise<Array<{extension: string; content: Uint8Array}>>

/** Options of a build. */
export interface BuildOptions {
  /** Called after each organization, for progress reports (optional). */
  onProgress?: (done: number, total: number, organization: string) => void
  /** Extra formats to render for every document (optional, default: none). */
  extraRenderers?: readonly ExtraRenderer[]
}

const encoder = new TextEncoder()

/** One document of one organization in one locale, resolved and rendered to Markdown. */
export interface MarkdownDocument {
  organization: string
  locale: Locale
  document: DocumentKind
  view: DocumentView
  markdown: string
}

const compiledTemplates = new WeakMap<TemplateSet, Record<Locale, CompiledLocale>>()

/**
 * Resolve and render to Markdown every document an organization publishes, in every locale it
 * publishes, in a stable order. The first stage of `buildSite`; `diff` needs nothing more.
 * Throws `TemplateError` (located in the template) when a template cannot be rendered.
 */
export function renderMarkdownDocuments({id, facts}: OrganizationFacts, templates: TemplateSet): MarkdownDocument[] {
  let compiled = compiledTemplates.get(templates)
  if (!compiled) {
    compiled = Object.fromEntries(locales.map((locale) => [locale, compileLocale(templates.locales[locale])])) as Record<Locale, CompiledLocale>
    compiledTemplates.set(templates, compiled)
  }
  const rendered: MarkdownDocument[] = []
  for (const locale of facts.locales) {
    for (const document of publishedDocuments(facts)) {
      const view = resolveDocument(facts, document, locale, templates.locales[locale].terms)
      rendered.push({organization: id, locale, document, view, markdown: renderMarkdown(compiled[locale], view, facts, [view.ui.history ?? ''])})
    }
  }
  return rendered
}

/**
 * Render every organization's published documents in every published locale to Markdown, a
 * standalone HTML page and an embeddable HTML fragment, plus an index per organization and
 * `manifest.json`. Pure: nothing is written; the same facts always give the same bytes.
 * Throws `TemplateError` (located in the template) when a template cannot be rendered.
 */
export async function buildSite(organizations: readonly OrganizationFacts[], templates: TemplateSet, options: BuildOptions = {}): Promise<OutputFile[]> {
  const files: OutputFile[] = []
  let done = 0
  for (const organizationFacts of organizations) {
    const {id, facts} = organizationFacts
    const entries: Array<{locale: Locale; document: DocumentKind; title: string; version: string; date: string}> = []
    let organization = ''
    for (const {locale, document, view, markdown} of renderMarkdownDocuments(organizationFacts, templates)) {
      const html = renderHtmlFragment(markdown, view.ui.contents ?? '')
      const other = otherLocale(facts, locale)
      const page = renderHtmlPage(templates.layout, {
        lang: locale,
        title: view.title,
        description: `${view.title}: ${plainName(facts, locale)}. ${view.ui.version ?? ''} ${view.version.number}, ${view.ui.effective ?? ''} ${view.version.date}.`,
        organization: plainShortName(view),
        otherLanguage: other ? {href: `../${other}/${document}.html`, label: view.ui.otherLanguage ?? other, lang: other} : {href: '../index.html', label: view.ui.allDocuments ?? '', lang: locale},
        indexHref: '../index.html',
        indexLabel: view.ui.allDocuments ?? '',
        stylesheet: templates.stylesheet,
        fragment: html.fragment
      })
      const meta = {organization: id, locale, document, version: unescapeMarkdown(view.version.number), effectiveDate: view.version.isoDate}
      const base = `${id}/${locale}/${document}`
      files.push({path: `${base}.md`, content: encoder.encode(markdown), document: meta})
      files.push({path: `${base}.html`, content: encoder.encode(page), document: meta})
      files.push({path: `${base}.fragment.html`, content: encoder.encode(html.fragment), document: meta})
      for (const render of options.extraRenderers ?? []) {
        for (const extra of await render({view, markdown, html, facts})) {
          files.push({path: `${base}.${extra.extension}`, content: extra.content, document: meta})
        }
      }
      entries.push({locale, document, title: view.title, version: meta.version, date: view.version.date})
      organization ||= plainShortName(view)
    }
    files.push({path: `${id}/index.html`, content: encoder.encode(renderIndexPage(templates.index, {facts, organization, entries, stylesheet: templates.stylesheet, withPdf: (options.extraRenderers ?? []).length > 0}))})
    options.onProgress?.(++done, organizations.length, id)
  }
  files.push({path: 'manifest.json', content: encoder.encode(createManifest(files))})
  return files.sort(byPath)
}

/** The manifest: every file with its sha256 and size, and for documents their version and date. */
export function createManifest(files: readonly OutputFile[]): string {
  const listed = [...files]
    .sort(byPath)
    .map((file) => ({
      path: file.path,
      sha256: createHash('sha256').update(file.content).digest('hex'),
      size: file.content.byteLength,
      ...(file.document ?? {})
    }))
  return `${JSON.stringify({generator: 'policygen', files: listed}, null, 2)}\n`
}

// By code unit, not locale: the order must not depend on the machine's collation.
function byPath(a: OutputFile, b: OutputFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0
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

