import Handlebars from 'handlebars'
import type {Facts} from '../facts/types.js'
import type {TemplateSource} from '../document/templates.js'
import type {Locale} from '../lang/locale.js'
import type {DocumentKind} from '../document/resolve.js'

/** What the organization's index page lists: each document in each locale. */
export interface IndexInput {
  facts: Facts
  /** The organization's short name in the first locale, e.g. «АО «Казтелепорт»». */
  organization: string
  entries: ReadonlyArray<{locale: Locale; document: DocumentKind; title: string; version: string; date: string}>
  stylesheet: string
  /** Whether PDFs are built next to the pages (optional, default: false). */
  withPdf?: boolean
}

const compiled = new Map<string, Handlebars.TemplateDelegate>()

const headings: Record<Locale, string> = {ru: 'На русском языке', kk: 'Қазақ тілінде'}
const versionLabels: Record<Locale, string> = {ru: 'редакция', kk: 'редакция'}

/** Render `OUT/<org>/index.html`, linking every document the organization publishes. */
export function renderIndexPage(template: TemplateSource, input: IndexInput): string {
  let render = compiled.get(template.source)
  if (!render) {
    render = Handlebars.create().compile(template.source, {strict: true})
    compiled.set(template.source, render)
  }
  const [first] = input.facts.locales
  const lang = first ?? 'ru'
  return render({
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
          markdownHref: `${locale}/${entry.document}.md`,
          pdfHref: input.withPdf ? `${locale}/${entry.document}.pdf` : false,
          versionLabel: versionLabels[locale],
          version: entry.version,
          date: entry.date
        }))
    }))
  })
}
