import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {extractText, getDocumentProxy} from 'unpdf'
import type {Facts} from '../../src/facts/types.js'
import {loadTemplates, type TemplateSet} from '../../src/document/templates.js'
import type {Locale} from '../../src/lang/locale.js'
import {renderHtmlFragment, type RenderedHtml} from '../../src/formats/html/render.js'
import {compileLocale, renderMarkdown} from '../../src/document/markdown.js'
import {resolveDocument, type DocumentKind, type DocumentView} from '../../src/document/resolve.js'
import {validateFacts} from '../../src/facts/validate.js'

/** The project's root folder. */
export const root = fileURLToPath(new URL('../../', import.meta.url))

/** Whether the Kazakh templates of both documents exist (they are written separately). */
export const kazakhReady = ['cookie-policy', 'privacy-policy'].every((document) => existsSync(`${root}templates/kk/${document}.md.hbs`)) && existsSync(`${root}templates/kk/terms.yaml`)

let templates: Promise<TemplateSet> | undefined
let facts: Promise<Facts> | undefined

/** The kazteleport example's validated facts. */
export function kazteleport(): Promise<Facts> {
  facts ??= readFile(`${root}content/kazteleport/facts.yaml`).then((bytes) => {
    const result = validateFacts({path: 'content/kazteleport/facts.yaml', bytes}, 'en')
    if (!result.facts) throw new Error(result.problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n'))
    return result.facts
  })
  return facts
}

/** One document of the kazteleport example as the build makes it: view, Markdown and HTML tree. */
export async function kazteleportDocument(locale: Locale, document: DocumentKind): Promise<{view: DocumentView; markdown: string; html: RenderedHtml; facts: Facts}> {
  templates ??= loadTemplates()
  const set = await templates
  const data = await kazteleport()
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
