import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {extractLinks, getDocumentProxy, getMeta} from 'unpdf'
import {describe, expect, it} from 'vitest'
import type {Locale} from '../../../src/lang/locale.js'
import {pageLabel, pdfRenderer, renderPdf} from '../../../src/formats/pdf/render.js'
import type {DocumentKind} from '../../../src/document/resolve.js'
import {acmeDocument, kazakhReady, latin1, pageTexts, squash} from './helpers.js'

const rendered = new Map<string, Promise<Uint8Array>>()

/** Each acme document rendered once per test file (a copy each time: pdf.js takes over what it reads). */
async function pdfOf(locale: Locale, document: DocumentKind): Promise<Uint8Array> {
  const key = `${locale}/${document}`
  let pdf = rendered.get(key)
  if (!pdf) {
    pdf = acmeDocument(locale, document).then(({view, html}) => renderPdf({view, html}))
    rendered.set(key, pdf)
  }
  return (await pdf).slice()
}

const cases: Array<{locale: Locale; document: DocumentKind}> = [
  {locale: 'ru', document: 'cookie-policy'},
  {locale: 'ru', document: 'privacy-policy'},
  {locale: 'kk', document: 'cookie-policy'},
  {locale: 'kk', document: 'privacy-policy'}
]

describe.each(cases)('the $locale $document PDF', ({locale, document}) => {
  const skip = locale === 'kk' && !kazakhReady

  it.skipIf(skip)('has the title, every heading of the table of contents and the page label as text', async () => {
    const {view, html} = await acmeDocument(locale, document)
    const pages = await pageTexts(await pdfOf(locale, document))
    const text = squash(pages.join('\n'))
    expect(text).toContain(view.title)
    expect(html.toc.length).toBeGreaterThan(3)
    for (const entry of html.toc) expect(text).toContain(squash(entry.title))
    pages.forEach((page, index) => expect(squash(page)).toContain(pageLabel(locale, index + 1, pages.length)))
  })

  it.skipIf(skip)('has the contacts and (cookie policy) the cookie names', async () => {
    const text = squash((await pageTexts(await pdfOf(locale, document))).join('\n'))
    expect(text).toMatch(/[a-z]+@acme\.kz/)
    if (document === 'cookie-policy') {
      expect(text).toContain('_ga')
      expect(text).toContain('PHPSESSID')
    }
  })

  it.skipIf(skip)('is the same bytes every time, whatever was rendered before', async () => {
    const {view, html} = await acmeDocument(locale, document)
    const first = await pdfOf(locale, document)
    const other = await acmeDocument(locale === 'ru' ? 'kk' : 'ru', document === 'cookie-policy' ? 'privacy-policy' : 'cookie-policy').catch(() => undefined)
    if (other) await renderPdf({view: other.view, html: other.html})
    const again = await renderPdf({view, html})
    expect(Buffer.compare(Buffer.from(first), Buffer.from(again))).toBe(0)
  })

  it.skipIf(skip)('embeds subsets of PT Serif and PT Sans', async () => {
    const bytes = latin1(await pdfOf(locale, document))
    expect(bytes).toContain('/FontFile2')
    expect(bytes).toMatch(/\/[A-Z]{6}\+PTSerif-Regular/)
    expect(bytes).toMatch(/\/[A-Z]{6}\+PTSans-Bold/)
    expect(bytes).not.toMatch(/Helvetica|Times-Roman/)
  })

  it.skipIf(skip)('carries title, author, language, PDF/A-2a identification and a structure tree', async () => {
    const {view} = await acmeDocument(locale, document)
    const pdf = await pdfOf(locale, document)
    const {info, metadata} = await getMeta(pdf.slice())
    expect(info.Title).toBe(view.title)
    expect(info.Author).toBe(view.org.fullName.replace(/\\(.)/g, '$1'))
    expect(squash(info.Subject)).toContain(squash(view.version.date))
    expect(info.Language).toBe(`${locale}-KZ`)
    expect(metadata.get('dc:title')).toBe(view.title)
    expect(metadata.get('pdfaid:part')).toBe('2')
    expect(metadata.get('pdfaid:conformance')).toBe('A')
    const bytes = latin1(pdf)
    expect(bytes).toContain('/OutputIntents')
    expect(bytes).toContain('/StructTreeRoot')
    const proxy = await getDocumentProxy(pdf.slice())
    expect(await proxy.getMarkInfo()).toMatchObject({Marked: true})
    const roles = new Set<string>()
    const collect = (node: unknown) => {
      if (typeof node !== 'object' || node === null) return
      if ('role' in node && typeof node.role === 'string') roles.add(node.role)
      if ('children' in node && Array.isArray(node.children)) node.children.forEach(collect)
    }
    for (let page = 1; page <= proxy.numPages; page++) collect(await (await proxy.getPage(page)).getStructTree())
    for (const role of ['Document', 'H1', 'H2', 'P', 'L', 'LI', 'Table', 'TH', 'TD', 'TOC', 'TOCI', 'Link']) expect(roles).toContain(role)
  })

  it.skipIf(skip)('has a bookmark per section and clickable links', async () => {
    const {html} = await acmeDocument(locale, document)
    const pdf = await pdfOf(locale, document)
    const proxy = await getDocumentProxy(pdf.slice())
    const outline = await proxy.getOutline()
    const titles = outline.map((item) => item.title)
    for (const entry of html.toc) expect(titles).toContain(entry.title)
    for (const item of outline) expect(item.dest).toBeTruthy()
    const {links} = await extractLinks(pdf.slice())
    expect(links.some((link) => link.startsWith('https://acme.kz'))).toBe(true)
    expect(links.some((link) => /^mailto:[a-z]+@acme\.kz$/.test(link))).toBe(true)
  })
}, 120_000)

describe('the Kazakh text layer', () => {
  it.skipIf(!kazakhReady)('keeps every Kazakh letter of the cookie policy', async () => {
    const text = (await pageTexts(await pdfOf('kk', 'cookie-policy'))).join('\n')
    for (const letter of ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і']) expect(text).toContain(letter)
    expect(squash(text)).toContain('Мазмұны')
  })

  it.skipIf(!kazakhReady)('sets all nine Kazakh letters, small and capital, as real text', async () => {
    const {view} = await acmeDocument('kk', 'cookie-policy')
    const {renderHtmlFragment} = await import('../../../src/formats/html/render.js')
    const letters = 'ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І'
    const html = renderHtmlFragment(`# Әліпби\n\n## Әріптер\n\n${letters}. Шаһар, құқық, өңір, үміт.\n`, 'Мазмұны')
    const text = squash((await pageTexts(await renderPdf({view, html}))).join('\n'))
    expect(text).toContain(letters)
    expect(text).toContain('Шаһар, құқық, өңір, үміт.')
  })
})

describe('renderPdf', () => {
  it('dates the PDF by the effective date, or by sourceDateEpoch when given', async () => {
    const {view, html} = await acmeDocument('ru', 'cookie-policy')
    const plain = await getMeta(await pdfOf('ru', 'cookie-policy'), {parseDates: true})
    expect((plain.info.CreationDate as Date).toISOString()).toBe(`${view.version.isoDate}T00:00:00.000Z`)
    const epoch = 1_767_225_600 // 2026-01-01T00:00:00Z
    const dated = await renderPdf({view, html}, {sourceDateEpoch: epoch})
    const meta = await getMeta(dated.slice(), {parseDates: true})
    expect((meta.info.CreationDate as Date).toISOString()).toBe('2026-01-01T00:00:00.000Z')
    expect((meta.info.ModDate as Date).toISOString()).toBe('2026-01-01T00:00:00.000Z')
    expect(latin1(dated)).toContain('<xmp:ModifyDate>2026-01-01T00:00:00Z</xmp:ModifyDate>')
    expect(Buffer.compare(Buffer.from(dated), Buffer.from(await renderPdf({view, html}, {sourceDateEpoch: epoch})))).toBe(0)
  })

  it('changes the file ID when the content changes, and only then', async () => {
    const {view, html} = await acmeDocument('ru', 'cookie-policy')
    const {renderHtmlFragment} = await import('../../../src/formats/html/render.js')
    const changed = renderHtmlFragment('# Политика\n\nИзменённый текст.\n', 'Содержание')
    const id = (pdf: Uint8Array) => /\/ID \[(<[0-9a-f]+>)/.exec(latin1(pdf))?.[1]
    const original = id(await pdfOf('ru', 'cookie-policy'))
    expect(original).toMatch(/^<[0-9a-f]{32}>$/)
    expect(id(await renderPdf({view, html: changed}))).not.toBe(original)
    expect(id(await renderPdf({view, html}))).toBe(original)
  })

  it('is the same file whether the site\'s fragments keep their title or not', async () => {
    const {view, markdown} = await acmeDocument('ru', 'cookie-policy')
    const {renderHtmlFragment} = await import('../../../src/formats/html/render.js')
    const withTitle = renderHtmlFragment(markdown, 'Содержание', {document: 'cookie-policy', lang: 'ru'})
    const withoutTitle = renderHtmlFragment(markdown, 'Содержание', {document: 'cookie-policy', lang: 'ru', title: false})
    expect(withoutTitle.fragment).not.toBe(withTitle.fragment)
    expect(Buffer.from(await renderPdf({view, html: withoutTitle})).equals(Buffer.from(await renderPdf({view, html: withTitle})))).toBe(true)
  })

  it('is what pdfRenderer gives the build, as a .pdf', async () => {
    const document = await acmeDocument('ru', 'cookie-policy')
    const [file, ...rest] = await pdfRenderer(document)
    expect(rest).toEqual([])
    expect(file?.extension).toBe('pdf')
    expect(Buffer.compare(Buffer.from(file?.content ?? []), Buffer.from(await pdfOf('ru', 'cookie-policy')))).toBe(0)
  })

  it('embeds the same font file for the same letters met in another order, and the text stays the text', async () => {
    const {view} = await acmeDocument('ru', 'cookie-policy')
    const {renderHtmlFragment} = await import('../../../src/formats/html/render.js')
    // Every embedded font file's stream, in the order of the fonts' dictionaries.
    const fontFile = (pdf: Uint8Array) => {
      const bytes = latin1(pdf)
      return [...bytes.matchAll(/\/FontFile2 (\d+) 0 R/g)].map(([, ref]) => {
        const start = bytes.indexOf(`\n${ref} 0 obj`)
        return bytes.slice(bytes.indexOf('stream\n', start), bytes.indexOf('endstream', start))
      }).join('\n')
    }
    const forwards = await renderPdf({view, html: renderHtmlFragment('# Ж\n\nяблоко зебра 42\n', 'Содержание')})
    const backwards = await renderPdf({view, html: renderHtmlFragment('# Ж\n\n24 арбез околбя\n', 'Содержание')})
    expect(fontFile(forwards).length).toBeGreaterThan(1000)
    expect(fontFile(backwards)).toBe(fontFile(forwards))
    expect(squash((await pageTexts(forwards)).join('\n'))).toContain('яблоко зебра 42')
    expect(squash((await pageTexts(backwards)).join('\n'))).toContain('24 арбез околбя')
    const other = await renderPdf({view, html: renderHtmlFragment('# Ж\n\nяблоко зебра 42 Ё\n', 'Содержание')})
    expect(fontFile(other)).not.toBe(fontFile(forwards))
  })

  it('gives a glyph that stands for two characters one text, whatever was rendered before', async () => {
    // PT Serif draws ﬁ (U+FB01) and the ligature of "fi" with one glyph, µ and μ with another: the
    // text layer says "fi" and "μ" for each, in every document, not what some document met first.
    const {view} = await acmeDocument('ru', 'cookie-policy')
    const {renderHtmlFragment} = await import('../../../src/formats/html/render.js')
    const page = (text: string) => renderHtmlFragment(`# Ж\n\n${text}\n`, 'Содержание')
    const target = page('Слово ﬁx и fix, µ и μ.')
    await renderPdf({view, html: page('ﬁrst µ')})
    const first = await renderPdf({view, html: target})
    await renderPdf({view, html: page('first μ fix')})
    const second = await renderPdf({view, html: target})
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0)
    expect(squash((await pageTexts(first)).join('\n'))).toContain('Слово fix и fix, μ и μ.')
  })

  it('lets go of each document once it is made, in a build that renders one after another', () => {
    // pdfkit leaves callbacks for the next tick that hold the whole document; a chain of promises
    // that never lets the event loop turn would keep every document until it ends.
    const script = [
      "const {default: PDFDocument} = await import('pdfkit')",
      "const made = []",
      "const end = PDFDocument.prototype.end",
      "PDFDocument.prototype.end = function () { made.push(new WeakRef(this)); return end.call(this) }",
      "const {acmeDocument} = await import('./test/formats/pdf/helpers.ts')",
      "const {renderPdf} = await import('./src/formats/pdf/render.ts')",
      "const {view, html} = await acmeDocument('ru', 'cookie-policy')",
      "for (let index = 0; index < 6; index++) await renderPdf({view, html})",
      "globalThis.gc()",
      "console.log('alive', made.filter((doc) => doc.deref() !== undefined).length, 'of', made.length)"
    ].join('\n')
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script], {cwd: fileURLToPath(new URL('../../..', import.meta.url)), encoding: 'utf8'})
    const [, alive, of] = /alive (\d+) of (\d+)/.exec(child.stdout) ?? []
    expect(Number(of), `${child.stdout}\n${child.stderr}`).toBe(6)
    expect(Number(alive), `${child.stdout}\n${child.stderr}`).toBeLessThanOrEqual(1)
  }, 60_000)

  it('labels pages in Russian and Kazakh', () => {
    expect(pageLabel('ru', 2, 5)).toBe('стр. 2 из 5')
    expect(pageLabel('kk', 2, 5)).toBe('5 беттің 2-беті')
    expect(pageLabel('kk', 2, 5, 'Бет {page} / {pages}')).toBe('Бет 2 / 5')
  })
})
