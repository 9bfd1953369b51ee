import {existsSync} from 'node:fs'
import {extractText, getDocumentProxy} from 'unpdf'
import type {Facts} from '../../../src/facts/types.js'
import {loadTemplates, type TemplateSet} from '../../../src/document/templates.js'
import type {Locale} from '../../../src/lang/locale.js'
import {renderHtmlFragment, type RenderedHtml} from '../../../src/formats/html/render.js'
import {compileLocale, renderMarkdown} from '../../../src/document/markdown.js'
import {resolveDocument, type DocumentKind, type DocumentView} from '../../../src/document/resolve.js'
import {fixtureOrganization} from '../../helpers/fixture-organizations.js'
import {root} from '../../helpers/templates.js'

/** Whether the Kazakh templates of both documents exist (they are written separately). */
export const kazakhReady = ['cookie-policy', 'privacy-policy'].every((document) => existsSync(`${root}templates/kk/${document}.md.hbs`)) && existsSync(`${root}templates/kk/terms.yaml`)

let templates: Promise<TemplateSet> | undefined
let facts: Facts | undefined

/** One document of the acme test organization (test/fixtures/organizations/acme) as the build makes it: view, Markdown and HTML tree. */
export async function acmeDocument(locale: Locale, document: DocumentKind): Promise<{view: DocumentView; markdown: string; html: RenderedHtml; facts: Facts}> {
  templates ??= loadTemplates()
  const set = await templates
  facts ??= fixtureOrganization('acme').facts
  const data = facts
  const view = resolveDocument(data, document, locale, set.locales[locale].terms)
  const markdown = renderMarkdown(compileLocale(set.locales[locale]), view, data, [view.ui.history ?? ''])
  return {view, markdown, html: renderHtmlFragment(markdown, view.ui.contents ?? ''), facts: data}
}

/** The text of each page, as pdf.js extracts it (a copy of the bytes: pdf.js takes them over). */
export async function pageTexts(pdf: Uint8Array): Promise<string[]> {
  const {text} = await extractText(await getDocumentProxy(pdf.slice()), {mergePages: false})
  return text
}

/** `text` with every run of white space made one space. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The PDF's bytes read as Latin-1, to look for dictionary keys and names. */
export function latin1(pdf: Uint8Array): string {
  return Buffer.from(pdf).toString('latin1')
}
