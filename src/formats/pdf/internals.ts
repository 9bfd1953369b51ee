import zlib, {type InputType, type ZlibOptions} from 'node:zlib'
import {remembered} from '../remembered.js'

/**
 * The few parts of pdfkit (0.20) that its public API and type definitions do not cover, each behind a
 * narrow typed view so the rest of the PDF stage never reaches into pdfkit's internals.
 */

/** The font pdfkit currently sets text in: its vertical metrics and the parsed fontkit font. */
export interface InternalFont {
  ascender: number
  descender: number
  font?: FontkitFont
  /** Shape one word with fontkit (no cache). */
  layoutRun: (text: string) => ShapedRun
  /** Shape one word, from pdfkit's cache of the document's words unless replaced. */
  layoutCached: (text: string) => ShapedRun
}

/** A font parsed by fontkit. */
export interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean
  glyphForCodePoint(codePoint: number): {id: number}
  characterSet: number[]
}

/** A word as fontkit shaped it and pdfkit scaled it: what pdfkit reads of its layout cache. */
export interface ShapedRun {
  glyphs: ReadonlyArray<{id: number; advanceWidth: number; codePoints: readonly number[]}>
  positions: readonly unknown[]
  advanceWidth: number
}

interface DocumentInternals {
  _font: InternalFont
  _id: Uint8Array
  _root: {data: Record<string, unknown>}
  _addInfo: () => void
}

interface OutlineInternals {
  outlineData: Record<string, unknown>
}

function internals(doc: PDFKit.PDFDocument): DocumentInternals {
  return doc as unknown as DocumentInternals
}

/** The font selected by the last `doc.font(...)`. */
export function internalFont(doc: PDFKit.PDFDocument): InternalFont {
  return internals(doc)._font
}

/** Replace the trailer `/ID` pdfkit derives from the Info dictionary (it must be 16 bytes or more). */
export function setFileId(doc: PDFKit.PDFDocument, id: Uint8Array): void {
  internals(doc)._id = id
}

/** Set an entry of the document catalog (`/PageMode`, …). */
export function setCatalogEntry(doc: PDFKit.PDFDocument, key: string, value: unknown): void {
  internals(doc)._root.data[key] = value
}

/**
 * Replace pdfkit's XMP packet body (built from the Info dictionary without XML escaping and without
 * `xmp:ModifyDate`, `dc:language`) by `xml`, appended when the document ends, after the PDF/A id.
 */
export function replaceXmpInfo(doc: PDFKit.PDFDocument, xml: string): void {
  internals(doc)._addInfo = () => doc.appendXML(xml)
}

/** Point an outline item at a named destination (pdfkit only knows page/position destinations). */
export function setOutlineDestination(item: PDFKit.PDFOutline, name: string): void {
  ;(item as unknown as OutlineInternals).outlineData.Dest = new String(name)
}

/**
 * Register a font fontkit has already parsed. pdfkit takes any object with a `layout` method as a
 * font (its types only name file paths and bytes).
 */
export function registerParsedFont(doc: PDFKit.PDFDocument, name: string, font: {layout: unknown}): void {
  doc.registerFont(name, font as unknown as Buffer)
}

interface GlyphInternals {
  id: number
  _decode: () => unknown
}

/**
 * Make every glyph `font` hands out decode its outline record through `decoded` (by glyph id): the
 * first document to need a glyph decodes it, the others reuse the record. The glyph objects stay
 * the font's own (their characters differ from document to document).
 */
export function shareGlyphDecoding(font: object, decoded: Map<number, unknown>): void {
  const fontkit = font as {getGlyph: (id: number, codePoints?: number[]) => GlyphInternals | null}
  const getGlyph = fontkit.getGlyph.bind(font)
  const shared = new WeakSet<GlyphInternals>()
  fontkit.getGlyph = (id, codePoints) => {
    const glyph = getGlyph(id, codePoints)
    if (glyph && !shared.has(glyph)) {
      const decode = glyph._decode.bind(glyph)
      glyph._decode = () => {
        if (!decoded.has(glyph.id)) decoded.set(glyph.id, decode())
        return decoded.get(glyph.id)
      }
      shared.add(glyph)
    }
    return glyph
  }
}

/**
 * Run `paint`, which makes pdfkit compress every stream it finishes (the pages' contents, the fonts),
 * with zlib at `level` instead of zlib's default: pdfkit has no option for it, and calls
 * `zlib.deflateSync` as it finds it. Level 1 takes a third of the time for files a few per cent
 * larger. Safe because it is synchronous: nothing else runs in this thread meanwhile, and every
 * thread has its own `zlib`.
 */
export function withDeflateLevel<T>(level: number, paint: () => T): T {
  const deflateSync = zlib.deflateSync
  zlib.deflateSync = (data: InputType, options?: ZlibOptions) => deflateSync(data, {...options, level})
  try {
    return paint()
  } finally {
    zlib.deflateSync = deflateSync
  }
}

/** pdfkit's writer of the file and of a stream's data, as `collectOutput` and `fastStreamWrites` replace them. */
interface WriterInternals {
  _write: (data: string | Uint8Array) => void
  _offset: number
}

interface ReferenceInternals {
  write: (chunk: string | Uint8Array) => void
  finalize: () => void
  uncompressedLength: number
  buffer: Uint8Array[]
  compress: boolean
  data: {Length?: number; Filter?: string}
}

/**
 * Bytes written as lines of text and as blocks, in order. The lines are kept as text and turned into
 * bytes together, when a block comes or the bytes are taken: pdfkit writes a PDF a line at a time,
 * and bytes made line by line (pdfkit made them one character at a time) were garbage that the
 * collector saw late, as memory outside the heap. Text becomes bytes as pdfkit makes them: the low
 * byte of each character, which is what `latin1` keeps.
 */
class LineBuffer {
  readonly #chunks: Uint8Array[]
  #lines: string[] = []

  constructor(chunks: Uint8Array[]) {
    this.#chunks = chunks
  }

  /** Add `text` and a line break; its length in bytes. */
  line(text: string): number {
    this.#lines.push(text, '\n')
    return text.length + 1
  }

  /** Add bytes after what was written before. */
  block(bytes: Uint8Array): void {
    this.flush()
    this.#chunks.push(bytes)
  }

  /** Turn the lines written so far into bytes, after the chunks before them. */
  flush(): void {
    if (this.#lines.length === 0) return
    this.#chunks.push(Buffer.from(this.#lines.join(''), 'latin1'))
    this.#lines = []
  }
}

/**
 * Take the file's bytes as pdfkit writes them, instead of through its stream (see `LineBuffer`):
 * the same bytes, complete once `doc.end()` returns, as it does at once for a document without images
 * to load. Call it before anything is added to the document; the function it returns gives the bytes.
 */
export function collectOutput(doc: PDFKit.PDFDocument): () => Uint8Array[] {
  const writer = doc as unknown as WriterInternals
  const chunks: Uint8Array[] = []
  // The header, which pdfkit writes as the document is made, is waiting in the stream.
  const written: unknown = doc.read()
  if (written instanceof Uint8Array) chunks.push(written)
  const output = new LineBuffer(chunks)
  writer._write = (data) => {
    if (data instanceof Uint8Array) {
      output.block(data)
      writer._offset += data.length
    } else {
      writer._offset += output.line(String(data))
    }
  }
  return () => {
    output.flush()
    return chunks
  }
}

const fastReferences = new WeakSet<object>()
const streamLines = new WeakMap<ReferenceInternals, LineBuffer>()

/**
 * Make the streams of `doc` (the pages' contents, the fonts) take their text the way `collectOutput`
 * does, and a shared font file (see `shareSubsetEncoding`) compressed once: the same bytes, by the
 * same rules, set once on the class all of pdfkit's references share (found from the first page).
 */
export function fastStreamWrites(doc: PDFKit.PDFDocument): void {
  const content = (doc as unknown as {page?: {content?: object}}).page?.content
  const prototype: unknown = content ? Object.getPrototypeOf(content) : undefined
  if (!prototype || typeof prototype !== 'object' || fastReferences.has(prototype)) return
  fastReferences.add(prototype)
  const reference = prototype as ReferenceInternals
  const lines = (ref: ReferenceInternals): LineBuffer => {
    let buffer = streamLines.get(ref)
    if (!buffer) {
      buffer = new LineBuffer(ref.buffer)
      streamLines.set(ref, buffer)
    }
    return buffer
  }
  const finalize = reference.finalize
  reference.finalize = function (this: ReferenceInternals) {
    streamLines.get(this)?.flush()
    finalize.call(this)
  }
  reference.write = function (this: ReferenceInternals, chunk: string | Uint8Array) {
    // A shared font file, alone in its stream: compressed once, with the zlib the document is compressed with.
    const compressed = chunk instanceof Uint8Array && this.compress && this.buffer.length === 0 && !streamLines.has(this) ? packedFontFile(chunk) : undefined
    let length: number
    if (!(chunk instanceof Uint8Array)) length = lines(this).line(String(chunk))
    else {
      if (compressed) this.buffer.push(compressed)
      else lines(this).block(chunk)
      length = chunk.length
    }
    this.uncompressedLength += length
    this.data.Length ??= 0
    this.data.Length += compressed?.length ?? length
    if (this.compress) this.data.Filter = 'FlateDecode'
    if (compressed) this.compress = false
  }
}

/** A font file `shareSubsetEncoding` shares, compressed (once); undefined for any other bytes. */
function packedFontFile(bytes: Uint8Array): Uint8Array | undefined {
  if (!packable.has(bytes)) return undefined
  let compressed = packed.get(bytes)
  if (!compressed) {
    compressed = zlib.deflateSync(bytes)
    packed.set(bytes, compressed)
  }
  return compressed
}

/** Where a glyph goes, as fontkit positions it and pdfkit scales it (to 1000 units per em). */
interface GlyphPosition {
  xAdvance: number
  advanceWidth: number
  xOffset: number
  yOffset: number
}

/** fontkit's subset of a document's font: the glyphs in the order they were included, and its encoder. */
interface SubsetInternals {
  glyphs: number[]
  includeGlyph: (id: number) => number
  encode: () => Uint8Array
}

/** What pdfkit's embedded font keeps of the glyphs a document uses, for its subset and text layer. */
interface EmbeddedFontInternals {
  /** The font's PostScript name (`PTSerif-Regular`). */
  name: string
  id: string
  ref: () => unknown
  subset: SubsetInternals
  widths: Array<number | undefined>
  unicode: Array<readonly number[] | undefined>
  scale: number
}

interface TextInternals {
  _font: InternalFont & EmbeddedFontInternals
  _fontSize: number
  page: {height: number; fonts: Record<string, unknown>}
}

/**
 * The glyphs of `text` as hexadecimal subset ids, and their positions: what pdfkit's `encode` gives,
 * word by word from its layout cache (a word with the space after it), without copying the arrays
 * built so far once per word, and adding each glyph to the document's subset and text layer.
 */
function encodeText(font: EmbeddedFontInternals & InternalFont, text: string): [string[], GlyphPosition[]] {
  const encoded: string[] = []
  const positions: GlyphPosition[] = []
  eachRun(font, text, (run) => {
    run.glyphs.forEach((glyph, at) => {
      const gid = font.subset.includeGlyph(glyph.id)
      encoded.push(`0000${gid.toString(16)}`.slice(-4))
      font.widths[gid] ??= glyph.advanceWidth * font.scale
      font.unicode[gid] ??= glyph.codePoints
      const position = run.positions[at]
      if (position) positions.push(position)
    })
  })
  return [encoded, positions]
}

/** Each word of `text` (with the space or tab after it) as `font` shapes it, from its layout cache. */
function eachRun(font: InternalFont, text: string, visit: (run: ShapedRun & {positions: readonly GlyphPosition[]}) => void): void {
  let last = 0
  for (let index = 0; index <= text.length; index++) {
    const end = index === text.length ? last < index : text[index] === ' ' || text[index] === '\t'
    if (!end) continue
    visit(font.layoutCached(text.slice(last, index + 1)) as ShapedRun & {positions: readonly GlyphPosition[]})
    last = index + 1
  }
}

/**
 * Put the glyphs of the lines each font will show into the font's subset first, in the order of
 * their ids, so the subset of the same glyphs is the same bytes whatever the order the document
 * met them in: documents that set the same letters share one subset (see `shareSubsetEncoding`).
 * `lines` must be shown in full by `showText` afterwards: a glyph in the subset whose width and
 * character `showText` did not record would break the font's width table and text layer. A glyph
 * met only later (a page number) is added after these, in the order it is met.
 */
export function subsetInGlyphOrder(doc: PDFKit.PDFDocument, lines: ReadonlyMap<string, readonly string[]>): void {
  for (const [name, texts] of lines) {
    const font = internals(doc.font(name))._font as InternalFont & EmbeddedFontInternals
    const first = new Map<number, ShapedRun['glyphs'][number]>()
    // A word the layout cache gives again is the same run: its glyphs were met the first time.
    const visited = new Set<ShapedRun>()
    for (const text of texts) {
      eachRun(font, shownLine(text), (run) => {
        if (visited.has(run)) return
        visited.add(run)
        for (const glyph of run.glyphs) if (!first.has(glyph.id)) first.set(glyph.id, glyph)
      })
    }
    const ids = [...first.keys()].sort((a, b) => a - b)
    for (const id of ids) {
      const glyph = first.get(id)
      const gid = font.subset.includeGlyph(id)
      // The width and character `encodeText` would record on the glyph's first showing.
      if (glyph) {
        font.widths[gid] ??= glyph.advanceWidth * font.scale
        font.unicode[gid] ??= glyph.codePoints
      }
    }
    const signature = remembered(signatures, maxSignatures, `${font.name}\u0000${ids.join(',')}`, () => ++signaturesMade)
    startedWith.set(font, {signature, count: font.subset.glyphs.length})
  }
}

/**
 * Each font's subset as `subsetInGlyphOrder` started it: a number for the font and the glyphs it
 * started with (the same number for the same glyphs, in `signatures`), and how many it then held.
 */
const startedWith = new WeakMap<object, {signature: number; count: number}>()
const signatures = new Map<string, number>()
const maxSignatures = 1000
// Never reused, even after the store starts over: a number always means the same glyphs.
let signaturesMade = 0

/** Most lines whose operators are kept (see `showText`) before the store starts over. */
const maxShownLines = 10_000

/**
 * What `showText` writes of a line after setting its font and size (its glyphs, their spacing), by
 * the glyphs its font's subset started with and the text: the same for every document whose subset
 * starts with the same glyphs, as the line's glyphs then have the same ids in it.
 */
const shownLines = new Map<string, string>()

/** Font files fontkit encoded, which a stream may take compressed once for every document (see `fastStreamWrites`). */
const packable = new WeakSet<Uint8Array>()
const packed = new WeakMap<Uint8Array, Uint8Array>()

/**
 * Make the subset of the font registered as `name` in `doc` take its encoded file from `store`
 * (by the ids of its glyphs, in their order) and add to it: fontkit's encoding of a subset, and its
 * compression, were a quarter of the time of a PDF, the same for every document with the same
 * glyphs. The file depends on nothing but the font and those ids. `store` keeps at most `max`.
 */
export function shareSubsetEncoding(doc: PDFKit.PDFDocument, name: string, store: Map<string, Uint8Array>, max: number): void {
  const subset = (internals(doc.font(name))._font as InternalFont & EmbeddedFontInternals).subset
  const encode = subset.encode.bind(subset)
  subset.encode = () =>
    remembered(store, max, subset.glyphs.join(','), () => {
      const bytes = encode()
      packable.add(bytes)
      return bytes
    })
}

/** The text `showText` shows of `text`, as pdfkit's `text` does: without its line breaks. */
function shownLine(text: string): string {
  return text.replace(/\n/g, '')
}

/** A number as pdfkit writes it into a content stream (rounded to six decimals). */
function pdfNumber(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6
  throw new Error(`unsupported number: ${n}`)
}

/**
 * Show one line of `text` with its top-left corner at (`x`, `y`), in the font and size last set:
 * the same operators, byte for byte, that `doc.text(text, x, y, {lineBreak: false})` writes, without
 * what that call does on top (three layouts of the line to measure it twice, its options, one
 * stream write per operator), which made it most of the cost of painting a page.
 */
export function showText(doc: PDFKit.PDFDocument, text: string, x: number, y: number): void {
  const line = shownLine(text)
  if (line.length === 0) return
  const {_font: font, _fontSize: size, page} = doc as unknown as TextInternals
  const baseline = page.height - y - (font.ascender / 1000) * size
  if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref()
  const out = ['q', `1 0 0 -1 0 ${pdfNumber(page.height)} cm`, 'BT', `1 0 0 1 ${pdfNumber(x)} ${pdfNumber(baseline)} Tm`, `/${font.id} ${pdfNumber(size)} Tf`]
  const started = startedWith.get(font)
  const key = started === undefined ? undefined : `${started.signature}\u0000${line}`
  const known = key === undefined ? undefined : shownLines.get(key)
  if (known !== undefined) {
    doc.addContent(`${out.join('\n')}\n${known}`)
    return
  }
  const [encoded, positions] = encodeText(font, line)
  const scale = size / 1000
  const commands: string[] = []
  let last = 0
  let hadOffset = false
  let moved = false
  let at = x
  const addSegment = (cur: number) => {
    if (last < cur) {
      const position = positions[cur - 1]
      const advance = position ? position.xAdvance - position.advanceWidth : 0
      commands.push(`<${encoded.slice(last, cur).join('')}> ${pdfNumber(-advance)}`)
    }
    last = cur
  }
  const flush = (cur: number) => {
    addSegment(cur)
    if (commands.length > 0) {
      out.push(`[${commands.join(' ')}] TJ`)
      commands.length = 0
    }
  }
  let index = 0
  for (; index < positions.length; index++) {
    const position = positions[index]
    if (!position) continue
    if (position.xOffset || position.yOffset) {
      flush(index)
      out.push(`1 0 0 1 ${pdfNumber(at + position.xOffset * scale)} ${pdfNumber(baseline + position.yOffset * scale)} Tm`)
      flush(index + 1)
      hadOffset = true
      moved = true
    } else {
      if (hadOffset) {
        out.push(`1 0 0 1 ${pdfNumber(at)} ${pdfNumber(baseline)} Tm`)
        hadOffset = false
      }
      if (position.xAdvance - position.advanceWidth !== 0) addSegment(index + 1)
    }
    at += position.xAdvance * scale
  }
  flush(index)
  out.push('ET', 'Q')
  // Kept when its glyphs' ids are the subset's first ones and nothing in it depends on where it is.
  if (key !== undefined && started && !moved && font.subset.glyphs.length === started.count) remembered(shownLines, maxShownLines, key, () => out.slice(5).join('\n'))
  doc.addContent(out.join('\n'))
}
