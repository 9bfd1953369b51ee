import {unescapeMarkdown} from '../document/escape.js'
import {renderMarkdownDocuments, type OrganizationFacts} from '../document/documents.js'
import type {DocumentKind} from '../document/resolve.js'
import type {TemplateSet} from '../document/templates.js'
import {documentHtml, publishedIn} from '../site/build.js'
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
  const rendered = new Map<DocumentKind, PreviewDocument>()
  for (const markdown of renderMarkdownDocuments(publishedIn(given, options.locales), templates)) {
    const {locale, document, view} = markdown
    if (!documents.includes(document)) continue
    const html = documentHtml(markdown, options)
    const entry = rendered.get(document) ?? {document, version: unescapeMarkdown(view.version.number), effectiveDate: view.version.isoDate, columns: []}
    entry.columns.push({locale, title: view.title, html: html.fragment})
    rendered.set(document, entry)
  }
  return documents.flatMap((document) => {
    const entry = rendered.get(document)
    return entry ? [entry] : []
  })
}
