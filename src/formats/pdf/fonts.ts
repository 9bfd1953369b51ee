import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {create, type Font} from 'fontkit'
import PDFDocument from 'pdfkit'
import {remembered} from '../remembered.js'
import type {FontKey} from './font-keys.js'
import {internalFont, registerParsedFont, shareGlyphDecoding, shareSubsetEncoding, type FontkitFont, type InternalFont, type ShapedRun} from './internals.js'
import {seededRun, seedEntry, usableSeed, type SeededFont} from './shaping-seed.js'
import {shapingSeed} from './shaped-words.js'

export {fontKey, type FontFamily, type FontKey} from './font-keys.js'

const files: Record<FontKey, string> = {
  serif: '@expo-google-fonts/pt-serif/400Regular/PTSerif_400Regular.ttf',
  'serif-bold': '@expo-google-fonts/pt-serif/700Bold/PTSerif_700Bold.ttf',
  'serif-italic': '@expo-google-fonts/pt-serif/400Regular_Italic/PTSerif_400Regular_Italic.ttf',
  'serif-bold-italic': '@expo-google-fonts/pt-serif/700Bold_Italic/PTSerif_700Bold_Italic.ttf',
  sans: '@expo-google-fonts/pt-sans/400Regular/PTSans_400Regular.ttf',
  'sans-bold': '@expo-google-fonts/pt-sans/700Bold/PTSans_700Bold.ttf',
  'sans-italic': '@expo-google-fonts/pt-sans/400Regular_Italic/PTSans_400Regular_Italic.ttf',
  'sans-bold-italic': '@expo-google-fonts/pt-sans/700Bold_Italic/PTSans_700Bold_Italic.ttf'
}

const fontKeys = Object.keys(files) as FontKey[]
const require = createRequire(import.meta.url)
const fontBytes = new Map<FontKey, Buffer>()

/**
 * The tables of each font as fontkit parsed them, shared by every document of the process. Parsing
 * them (glyph outlines, metrics, the OpenType layout tables) was most of the cost of a short PDF.
 */
const parsedTables = new Map<FontKey, object>()

/**
 * Each glyph's outline record as fontkit decoded it from the `glyf` table, per font: the subsetter
 * decodes every glyph a document uses (only to find a compound glyph's parts), the same glyphs in
 * every document. The records are only read after decoding, so one copy serves all documents.
 */
const decodedGlyphs = new Map<FontKey, Map<number, unknown>>()

/** Most encoded subsets kept per font before the store starts over (each some tens of kilobytes). */
const maxSubsets = 24

/**
 * Font files encoded as subsets, per font, by the ids of their glyphs: documents in one language
 * mostly use the same letters, so most of them embed the same subset (see `subsetInGlyphOrder`).
 */
const encodedSubsets = new Map<FontKey, Map<string, Uint8Array>>()

/** Most shaped words kept per font before the store starts over. */
const maxShapedWords = 6000

/**
 * Words shaped so far, per font, shared by all documents. Shaping (fontkit's GSUB/GPOS layout) is
 * most of the cost of a PDF, and its result depends only on the font and the word. Each document
 * still has its own font object with its own glyph cache (fontkit caches glyphs in the font, and its
 * subsetter adds glyphs without their characters, which would leak into the next document's text
 * layer); only the parsed tables are shared. The store keeps plain copies of the glyph ids, widths
 * and characters, tied to no font.
 */
const shapedWords = new Map<FontKey, Map<string, ShapedRun>>()

/**
 * Glyphs more than one character sequence leads to: two characters mapped to one glyph (µ and μ),
 * or a ligature the font also encodes as a character (ﬁ), each with the characters it stands for in
 * the text layer. fontkit gives a glyph the characters it was first met with, which would make the
 * text layer depend on what the document (or, through the shared widths, another one) met first:
 * every document's font is given these glyphs, with these characters, before anything else; and a
 * word with such a glyph is never shared. Found on a font of its own, as probing fills its glyph cache.
 */
const ambiguousGlyphs = new Map<FontKey, ReadonlyMap<number, readonly number[]>>()

/**
 * The shipped seed of each font when it was made from these very bytes by this fontkit and pdfkit
 * (null when not): its ambiguous glyphs are then taken as they are, and its words once checked.
 */
const usableSeeds = new Map<FontKey, SeededFont | null>()

/**
 * Register the PT fonts (from their npm packages, read once per process) under their `FontKey`s,
 * in a fixed order, so the subset tags pdfkit derives from its font ids are the same every time.
 * Only the fonts the document uses are embedded, each as a subset of the glyphs it uses.
 */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const key of fontKeys) {
    // Each store has one entry per font: it never needs to start over.
    const data = fontData(key)
    const usable = remembered(usableSeeds, Infinity, key, () => usableSeed(shapingSeed, key, data) ?? null)
    const ambiguous = remembered(ambiguousGlyphs, Infinity, key, () => (usable?.ambiguous ? new Map(usable.ambiguous) : ambiguousIn(data)))
    registerParsedFont(doc, key, documentFont(key, data, ambiguous))
    shareLayouts(internalFont(doc.font(key)), key, data, usable, ambiguous)
    shareSubsetEncoding(doc, key, remembered(encodedSubsets, Infinity, key, () => new Map()), maxSubsets)
  }
}

/** The bytes of the font file of `key`, read once per process. */
export function fontData(key: FontKey): Buffer {
  // The store has one entry per font: it never needs to start over.
  return remembered(fontBytes, Infinity, key, () => readFileSync(require.resolve(files[key])))
}

/**
 * A font object of its own for one document, on the tables parsed once per process: what fontkit
 * itself does for a font's variations. The directory is read again (a few hundred bytes); the glyph
 * cache, the character map and the layout engine are the document's own, so nothing one document
 * met changes another's output.
 */
function documentFont(key: FontKey, data: Buffer, ambiguous: ReadonlyMap<number, readonly number[]>): Font {
  const font = create(data) as Font & {_tables: object}
  const tables = parsedTables.get(key)
  if (tables) font._tables = tables
  else parsedTables.set(key, font._tables)
  shareGlyphDecoding(font, remembered(decodedGlyphs, Infinity, key, () => new Map()))
  for (const [id, codePoints] of ambiguous) font.getGlyph(id, [...codePoints])
  return font
}

/**
 * The shipped seed's words of each font (see `ShapingSeed`), checked once per process: null when the
 * seed does not hold for this font file, fontkit and pdfkit, or when fontkit shapes a sample of its
 * words otherwise than the seed says. A word is read from it when a document first needs it.
 */
const seeds = new Map<FontKey, SeededFont | null>()

/** How many of a font's seeded words are shaped again to check the seed before it is used. */
const seedSample = 4

/** Make the font take its shaped words from the store shared by all documents (or the seed), and add to it. */
function shareLayouts(font: InternalFont, key: FontKey, data: Buffer, usable: SeededFont | null, ambiguous: ReadonlyMap<number, readonly number[]>): void {
  const seed = remembered(seeds, Infinity, key, () => checkedSeed(key, data, usable, ambiguous) ?? null)
  let store = shapedWords.get(key)
  if (!store || store.size > maxShapedWords) {
    store = new Map()
    shapedWords.set(key, store)
  }
  const words = store
  const layoutRun = font.layoutRun.bind(font)
  font.layoutCached = (text) => {
    const known = words.get(text) ?? (seed ? seededRun(seed, text) : undefined)
    if (known) {
      words.set(text, known)
      return known
    }
    const run = layoutRun(text)
    if (canonical(text, run) && run.glyphs.every((glyph) => !ambiguous.has(glyph.id))) words.set(text, detach(run))
    return run
  }
}

/**
 * The usable seed's words of the font, when fontkit shapes an even sample of them exactly so; else
 * none. Shaped with a font object of its own, so that no document's glyph cache sees the sample.
 */
function checkedSeed(key: FontKey, data: Buffer, seed: SeededFont | null, ambiguous: ReadonlyMap<number, readonly number[]>): SeededFont | undefined {
  const words = Object.keys(seed?.words ?? {})
  if (!seed || words.length === 0) return undefined
  const probe = new PDFDocument({autoFirstPage: false})
  registerParsedFont(probe, key, documentFont(key, data, ambiguous))
  const font = internalFont(probe.font(key))
  for (let index = 0; index < Math.min(seedSample, words.length); index++) {
    const word = words[Math.floor((index * words.length) / seedSample)] ?? ''
    const fresh = seedEntry(word, font.layoutRun(word))
    if (!fresh || fresh.join(' ') !== seed.words[word]?.join(' ') || !seededRun(seed, word)) return undefined
  }
  return seed
}

/**
 * Every word shaped so far in this process, per font, as the layout stores keep them (the seed's
 * among them): what `npm run shaping-seed` keeps of a build of the examples.
 */
export function shapedSoFar(): ReadonlyMap<FontKey, ReadonlyMap<string, ShapedRun>> {
  return shapedWords
}

/**
 * The font's glyphs that more than one character leads to, or that stand for a ligature of its own
 * (ﬁ), each with the characters its text layer gives: those of the lowest character that leads to
 * it, in their compatibility form (ﬁ → "fi", µ → μ, the ohm sign → Ω), whatever the text said.
 * Probes every character of the font, on a font object of its own.
 */
export function ambiguousIn(data: Buffer): ReadonlyMap<number, readonly number[]> {
  const probe = new PDFDocument({autoFirstPage: false})
  probe.registerFont('probe', data)
  const font: FontkitFont | undefined = internalFont(probe.font('probe')).font
  const sources = new Map<number, number[]>()
  for (const codePoint of font?.characterSet ?? []) {
    const id = font?.glyphForCodePoint(codePoint).id ?? 0
    sources.set(id, [...(sources.get(id) ?? []), codePoint])
  }
  const ambiguous = new Map<number, readonly number[]>()
  for (const [id, codePoints] of sources) {
    const lowest = Math.min(...codePoints)
    if (codePoints.length < 2 && !(lowest >= 0xfb00 && lowest <= 0xfb4f)) continue
    ambiguous.set(id, [...String.fromCodePoint(lowest).normalize('NFKC')].map((char) => char.codePointAt(0) ?? 0))
  }
  return ambiguous
}

/** Whether the glyphs' characters spell `text` exactly (else the text layer would not be the word). */
function canonical(text: string, run: ShapedRun): boolean {
  const spelled = run.glyphs.flatMap((glyph) => glyph.codePoints)
  const expected = [...text].map((char) => char.codePointAt(0))
  return spelled.length === expected.length && spelled.every((codePoint, index) => codePoint === expected[index])
}

function detach(run: ShapedRun): ShapedRun {
  return {
    glyphs: run.glyphs.map((glyph) => ({id: glyph.id, advanceWidth: glyph.advanceWidth, codePoints: [...glyph.codePoints]})),
    positions: run.positions,
    advanceWidth: run.advanceWidth
  }
}

/** Most widths and glyph answers kept per font before its store starts over (60 organizations measure about 3,000 texts in all). */
const maxMeasured = 10_000

/**
 * Widths of text at 1000 points, by font and text, and whether a font has a character, shared by
 * all documents: both depend on nothing but the font's file, which is the same for every document.
 */
const widths = new Map<FontKey, Map<string, number>>()
const glyphs = new Map<FontKey, Map<string, boolean>>()

/**
 * The store of `font` among `stores`: by font, then text, so a lookup hashes the text as it is (a
 * string the documents share hashes once), where a key made of both was a new string every time.
 */
function storeOf<V>(stores: Map<FontKey, Map<string, V>>, font: FontKey): Map<string, V> {
  return remembered(stores, Infinity, font, () => new Map<string, V>())
}

/** Widths and vertical metrics of text in the registered fonts, measured by pdfkit exactly as it sets the text. */
export class Measurer {
  constructor(readonly doc: PDFKit.PDFDocument) {}

  /** Width of `text` in `font` at `size` points. */
  width(text: string, font: FontKey, size: number): number {
    return remembered(storeOf(widths, font), maxMeasured, text, (own) => this.doc.font(font).fontSize(1000).widthOfString(own) / 1000) * size
  }

  /** Height above the baseline of `font` at `size` (the font's ascender). */
  ascender(font: FontKey, size: number): number {
    return (internalFont(this.doc.font(font)).ascender / 1000) * size
  }

  /** Depth below the baseline of `font` at `size` (positive). */
  descender(font: FontKey, size: number): number {
    return (-internalFont(this.doc.font(font)).descender / 1000) * size
  }

  /** Whether `font` has a glyph for the character `char` (else it would print as an empty box). */
  hasGlyph(font: FontKey, char: string): boolean {
    return remembered(storeOf(glyphs, font), maxMeasured, char, () => internalFont(this.doc.font(font)).font?.hasGlyphForCodePoint(char.codePointAt(0) ?? 0) ?? true)
  }
}
