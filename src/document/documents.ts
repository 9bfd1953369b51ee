import type {Facts} from '../facts/types.js'
import {locales, type Locale} from '../lang/locale.js'
import {compileLocale, publishedDocuments, renderMarkdown, type CompiledLocale} from './markdown.js'
import {resolveDocument, type DocumentKind, type DocumentView} from './resolve.js'
import type {TemplateSet} from './templates.js'

/** One organization's validated facts, ready to render. */
export interface OrganizationFacts {
  id: string
  facts: Facts
}

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
      rendered.push({organization: id, locale, document, view, markdown: renderMarkdown(compiled[locale], view, facts, [view.ui.history])})
    }
  }
  return rendered
}

