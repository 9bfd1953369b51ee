import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import type {FontKey} from './font-keys.js'
import type {ShapedRun} from './internals.js'

/**
 * Words of the shipped wording as fontkit shaped them, per font, made ahead by `npm run shaping-seed`
 * (src/formats/pdf/shaped-words.ts): shaping is most of the cost of a process's first PDF, and most
 * of a document's words are the templates' own, the same for every company. A word is in the seed
 * only when each of its characters is one glyph, moved by nothing but its advance (kerning), so a
 * glyph id and an advance per character say all of it.
 */
export interface ShapingSeed {
  /** The fontkit and pdfkit the words were shaped with (`fontkit@2.0.4 pdfkit@0.20.2`). */
  shapedWith: string
  fonts: Partial<Record<FontKey, SeededFont>>
}

/** One font's seeded words. */
export interface SeededFont {
  /** The font file's sha256: the words hold only for these very bytes. */
  sha256: string
  /** pdfkit's scale of the font's units to its 1000-unit em. */
  scale: number
  /** Each glyph's advance in the font's units, by glyph id. */
  advances: Record<string, number>
  /** Each word (with the space after it, as pdfkit cuts them): glyph id and scaled x advance, for each character. */
  words: Record<string, number[]>
  /**
   * The font's glyphs that more than one character leads to, with the characters their text layer
   * gives, by glyph id (see `ambiguousGlyphs` in fonts.ts): found by probing every character of the
   * font, 0.15–0.25 s of each process's first PDF (optional: probed when absent).
   */
  ambiguous?: Array<[number, number[]]>
}

const require = createRequire(import.meta.url)

let installed: string | undefined

/** The fontkit and pdfkit of this installation, as a seed records them. */
export function shapedWith(): string {
  installed ??= ['fontkit', 'pdfkit'].map((name) => `${name}@${packageVersion(name)}`).join(' ')
  return installed
}

function packageVersion(name: string): string {
  // Neither package exports its package.json; it is found beside the folder of its main file.
  let folder = path.dirname(require.resolve(name))
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as {name?: string; version?: string}
      if (manifest.name === name) return manifest.version ?? '?'
    } catch {
      // No package.json here: look further up.
    }
    const parent = path.dirname(folder)
    if (parent === folder) return '?'
    folder = parent
  }
}

/** sha256 of a font file, as a seed records it. */
export function fontHash(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** The seed's words of one font, when the seed was made from these very bytes of it by this fontkit and pdfkit. */
export function usableSeed(seed: ShapingSeed, key: FontKey, data: Uint8Array): SeededFont | undefined {
  const font = seed.fonts[key]
  return font && seed.shapedWith === shapedWith() && font.sha256 === fontHash(data) ? font : undefined
}

/** `word` as the seed's font holds it, exactly as the font's layout store keeps a run; undefined when it does not. */
export function seededRun(font: SeededFont, word: string): ShapedRun | undefined {
  const glyphs = Object.hasOwn(font.words, word) ? font.words[word] : undefined
  return glyphs && runOf(word, glyphs, font)
}

/** Every word of the seed's font as runs (none when the seed does not hold for these bytes, this fontkit and pdfkit). */
export function seededRuns(seed: ShapingSeed, key: FontKey, data: Uint8Array): Map<string, ShapedRun> {
  const font = usableSeed(seed, key, data)
  const runs = new Map<string, ShapedRun>()
  for (const word of Object.keys(font?.words ?? {})) {
    const run = font && seededRun(font, word)
    if (run) runs.set(word, run)
  }
  return runs
}

function runOf(word: string, glyphs: readonly number[], font: SeededFont): ShapedRun | undefined {
  const codePoints = [...word].map((char) => char.codePointAt(0) ?? 0)
  if (glyphs.length !== codePoints.length * 2) return undefined
  const run: {glyphs: ShapedRun['glyphs'][number][]; positions: Array<Record<string, number>>; advanceWidth: number} = {glyphs: [], positions: [], advanceWidth: 0}
  for (const [index, codePoint] of codePoints.entries()) {
    const id = glyphs[index * 2] ?? 0
    const advance = font.advances[id]
    if (advance === undefined) return undefined
    const xAdvance = glyphs[index * 2 + 1] ?? 0
    run.glyphs.push({id, advanceWidth: advance, codePoints: [codePoint]})
    run.positions.push({xAdvance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance * font.scale})
    // Summed in order, as fontkit sums a run's advances.
    run.advanceWidth += xAdvance
  }
  return run
}

/**
 * A run as a seed keeps it, or undefined when a seed cannot hold it: a glyph for more or less than
 * one character, or moved otherwise than along the line.
 */
export function seedEntry(word: string, run: ShapedRun): number[] | undefined {
  const codePoints = [...word].map((char) => char.codePointAt(0))
  if (run.glyphs.length !== codePoints.length) return undefined
  const entry: number[] = []
  for (const [index, glyph] of run.glyphs.entries()) {
    const position = run.positions[index] as Record<string, number> | undefined
    if (!position || glyph.codePoints.length !== 1 || glyph.codePoints[0] !== codePoints[index]) return undefined
    if (position.yAdvance !== 0 || position.xOffset !== 0 || position.yOffset !== 0) return undefined
    entry.push(glyph.id, position.xAdvance ?? 0)
  }
  return entry
}
