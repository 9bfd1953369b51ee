import {unescapeMarkdown} from '../document/escape.js'
import {renderMarkdownDocuments, type OrganizationFacts} from '../document/documents.js'
import type {DocumentKind} from '../document/resolve.js'
import type {TemplateSet} from '../document/templates.js'
import {renderHtmlFragment} from '../formats/html/render.js'
import type {Locale} from '../lang/locale.js'
import type {PreviewDocument} from './state.js'

/** What decides a fragment's bytes besides the facts and the templates: the build's options. */
export interface FragmentOptions {
  locales?: readonly Locale[]
  fragmentTitle?: boolean
}

/**
 * Render only `documents` of an organization, in every language it publishes, to the fragments
 * `buildSite` would write for them (`<document>.fragment.html`), and nothing else: the preview's
 * fast path for the documents open in a browser, shown before `buildSite` renders the whole
 * organization. A test holds the two to the same bytes. Throws `TemplateError` as `buildSite` does.
 */
export function renderFragments(given: OrganizationFacts, templates: TemplateSet, documents: readonly DocumentKind[], options: FragmentOptions = {}): PreviewDocument[] {
  const locales = options.locales
  const organization = locales ? {...given, facts: {...given.facts, locales: locales.filter((locale) => given.facts.locales.includes(locale))}} : given
  const rendered = new Map<DocumentKind, PreviewDocument>()
  for (const {locale, document, view, markdown} of renderMarkdownDocuments(organization, templates)) {
    if (!documents.includes(document)) continue
    const html = renderHtmlFragment(markdown, view.ui.contents, {document, lang: locale, title: options.fragmentTitle ?? true})
    const entry = rendered.get(document) ?? {document, version: unescapeMarkdown(view.version.number), effectiveDate: view.version.isoDate, columns: []}
    entry.columns.push({locale, title: view.title, html: html.fragment})
    rendered.set(document, entry)
  }
  return documents.flatMap((document) => {
    const entry = rendered.get(document)
    return entry ? [entry] : []
  })
}
