import type {ExtraRenderer} from '../renderer.js'
import type {Locale} from '../../lang/locale.js'
import {unescapeMarkdown} from '../../document/escape.js'
import {blocksFromTree} from './blocks.js'
import {collectOutput, fastStreamWrites, replaceXmpInfo, setCatalogEntry, setFileId, withDeflateLevel} from './internals.js'
import {layoutDocument} from './layout.js'
import type {PageGeometry} from './ops.js'
import {fileId, infoDictionary, pdfDate, xmpDescriptions, type PdfMetadata} from './metadata.js'
import {paint} from './paint.js'
import type {RenderedHtml} from '../html/render.js'
import {editionLine, type DocumentView} from '../../document/resolve.js'

/** Options of `renderPdf`. */
export interface PdfOptions {
  /**
   * Seconds since 1970 to date the PDF with (the `SOURCE_DATE_EPOCH` of reproducible builds, which
   * the CLI reads and passes on); default: midnight UTC of the document's effective date.
   */
  sourceDateEpoch?: number
}

/**
 * pdfkit, fontkit and the fonts, loaded when the first PDF is rendered: a command that renders none
 * (`validate`, a build that reuses every organization, the preview) does without their 0.2 s.
 */
async function loadEngine() {
  const [pdfkit, fonts] = await Promise.all([import('pdfkit'), import('./fonts.js')])
  return {PDFDocument: pdfkit.default, Measurer: fonts.Measurer, registerFonts: fonts.registerFonts}
}
let engine: ReturnType<typeof loadEngine> | undefined

/** Bumped whenever the PDF's layout changes, so the file ID changes with it. */
const revision = 'policygen-pdf/2'

/** A4 portrait, in points: 22 mm side margins, 20 mm above, the footer in the 25 mm below. */
export const a4: PageGeometry = {width: 595.28, height: 841.89, top: 57, bottom: 841.89 - 72, left: 62, right: 595.28 - 62}

/**
 * The page label of the footer. Russian: «стр. 2 из 5». Kazakh: «5 беттің 2-беті» ("the 2nd page
 * of 5 pages"), the genitive-possessive form Kazakh uses for "X of Y"; its suffixes attach to the
 * word «бет», never to the number, so it is correct for every number without vowel harmony.
 * A `pageOf` wording in the terms' `ui` group (`{page}`, `{pages}`) takes precedence.
 */
export function pageLabel(locale: Locale, page: number, pages: number, wording?: string): string {
  if (wording) return wording.replace(/\{page\}/g, String(page)).replace(/\{pages\}/g, String(pages))
  return locale === 'kk' ? `${pages} беттің ${page}-беті` : `стр. ${page} из ${pages}`
}

/**
 * Render one document to PDF from the same HTML syntax tree the HTML page is made of: A4, PT Serif
 * and PT Sans embedded as subsets, a tagged structure tree, bookmarks, clickable links and
 * table of contents with page numbers, a footer with the page on every page, PDF/A-2a
 * identification, and byte-identical output for identical input.
 */
export async function renderPdf(input: {view: DocumentView; html: RenderedHtml}, options: PdfOptions = {}): Promise<Uint8Array> {
  const {view, html} = input
  const lang = `${view.locale}-KZ`
  const organization = unescapeMarkdown(view.org.fullName)
  const meta: PdfMetadata = {
    title: view.title,
    author: organization,
    subject: sentence(`${view.title}: ${organization}. ${editionLine(view)}`),
    lang,
    creator: 'policygen',
    producer: 'policygen (PDFKit)',
    date: pdfDate(view.version.isoDate, options.sourceDateEpoch)
  }
  engine ??= loadEngine()
  const {PDFDocument, Measurer, registerFonts} = await engine
  const doc = new PDFDocument({
    size: [a4.width, a4.height],
    margin: 0,
    // No default font: pdfkit would parse Helvetica's metrics for every document, and none is set in it.
    font: '',
    pdfVersion: '1.7',
    subset: 'PDF/A-2a',
    tagged: true,
    lang,
    displayTitle: true,
    info: infoDictionary(meta)
  })
  setFileId(doc, fileId(html.page, meta, revision))
  replaceXmpInfo(doc, xmpDescriptions(meta))
  setCatalogEntry(doc, 'PageMode', 'UseOutlines')
  registerFonts(doc)
  const measure = new Measurer(doc)
  const layout = layoutDocument(blocksFromTree(html.tree), a4, measure)
  const output = collectOutput(doc)
  fastStreamWrites(doc)
  withDeflateLevel(1, () => {
    paint(doc, layout, a4, {text: `${unescapeMarkdown(view.org.shortName)} · ${view.title}`, edition: editionLine(view), pageLabel: (page, pages) => pageLabel(view.locale, page, pages, view.ui.pageOf)}, measure)
    doc.end()
  })
  const bytes = Buffer.concat(output())
  // pdfkit's stream still has callbacks for the next tick (it was written to, and ended), which hold
  // the whole document: without a turn of the event loop, a build that renders one document after
  // another in a chain of promises would keep every one of them until it ends.
  await new Promise((resolve) => setImmediate(resolve))
  // pdfkit ends a document at once unless it waits for something to load (an image), which none has.
  if (!bytes.subarray(-8).toString('latin1').includes('%%EOF')) throw new Error('pdfkit did not finish the PDF when asked to end it')
  return new Uint8Array(bytes)
}

/** The PDF as an extra format of `buildSite`: `OUT/<org>/<locale>/<document>.pdf`. */
export function createPdfRenderer(options: PdfOptions = {}): ExtraRenderer {
  return async ({view, html}) => [{extension: 'pdf', content: await renderPdf({view, html}, options)}]
}

/** The PDF renderer with default options (dated by each document's effective date). */
export const pdfRenderer: ExtraRenderer = createPdfRenderer()

/** `text` with single spaces, ending in one full stop. */
function sentence(text: string): string {
  const words = text.replace(/[ \t\r\n]+/g, ' ').trim()
  return words.endsWith('.') ? words : `${words}.`
}

