import type Handlebars from 'handlebars'
import {createRequire} from 'node:module'
import {strictEnvironment} from '../document/strict-block-params.js'
import {compileTemplate} from '../document/precompiled.js'
import {located} from '../document/markdown.js'
import type {Facts} from '../facts/types.js'
import type {TemplateSource} from '../document/templates.js'
import type {Locale} from '../lang/locale.js'
import type {DocumentKind} from '../document/resolve.js'

/** One document of the index, with the words its locale labels it with. */
export interface IndexEntry {
  locale: Locale
  document: DocumentKind
  title: string
  version: string
  /** The effective date as the locale writes it, and as ISO 8601 for `<time datetime>`. */
  date: string
  isoDate: string
  /** «Редакция», «Действует с», «Версия в PDF», from the locale's `ui` terms. */
  labels: {version: string; effective: string; pdf: string}
}

/** What the organization's index page lists: each document in each locale. */
export interface IndexInput {
  facts: Facts
  /** The organization's short name in the first locale, e.g. «АО «Казтелепорт»». */
  organization: string
  entries: readonly IndexEntry[]
  stylesheet: string
  /** Whether PDFs are built next to the pages (optional, default: false). */
  withPdf?: boolean
}

const require = createRequire(import.meta.url)

const compiled = new Map<string, Handlebars.TemplateDelegate>()

const headings: Record<Locale, string> = {ru: 'На русском языке', kk: 'Қазақ тілінде'}

/**
 * Render `OUT/<org>/index.html`: for each locale, each document by its title, with the version in
 * force, its effective date and its PDF, each link named for what it opens.
 */
export function renderIndexPage(template: TemplateSource, input: IndexInput): string {
  let render = compiled.get(template.source)
  if (!render) {
    // Handlebars is loaded when the first index page is rendered.
    render = compileTemplate(strictEnvironment(require('handlebars') as typeof Handlebars), template.source, {strict: true})
    compiled.set(template.source, render)
  }
  const [first] = input.facts.locales
  const lang = first ?? 'ru'
  const page = render
  // A company's own index template that asks for a value that is not there is an error in that file, located.
  return located(template, () =>
    page({
      lang,
      organization: input.organization,
      stylesheet: input.stylesheet,
      groups: input.facts.locales.map((locale) => ({
        locale,
        heading: headings[locale],
        documents: input.entries
          .filter((entry) => entry.locale === locale)
          .map((entry) => ({
            title: entry.title,
            href: `${locale}/${entry.document}.html`,
            pdf: input.withPdf ? {href: `${locale}/${entry.document}.pdf`, label: entry.labels.pdf, name: `${entry.title}: ${entry.labels.pdf}`} : false,
            versionLabel: entry.labels.version,
            version: entry.version,
            effectiveLabel: entry.labels.effective,
            date: entry.date,
            isoDate: entry.isoDate
          }))
      }))
    }),
    'page'
  )
}
