import PDFDocument from 'pdfkit'
import {describe, expect, it} from 'vitest'
import {ambiguousIn, fontData, shapedSoFar} from '../../../src/formats/pdf/fonts.js'
import {internalFont} from '../../../src/formats/pdf/internals.js'
import {shapingSeed} from '../../../src/formats/pdf/shaped-words.js'
import {fontHash, seedEntry, seededRuns, shapedWith, type ShapingSeed} from '../../../src/formats/pdf/shaping-seed.js'
import type {FontKey} from '../../../src/formats/pdf/font-keys.js'
import {renderOrganization} from '../../../src/site/build.js'
import {fixtureOrganization} from '../../helpers/fixture-organizations.js'
import {shippedTemplates} from '../../helpers/templates.js'


const probes = new Map<FontKey, PDFKit.PDFDocument>()

/** `word` as fontkit and pdfkit shape it now, with no seed and no cache (one document of its own per font). */
function shapeAfresh(key: FontKey, word: string) {
  let doc = probes.get(key)
  if (!doc) {
    doc = new PDFDocument({autoFirstPage: false})
    doc.registerFont(key, fontData(key))
    probes.set(key, doc)
  }
  return internalFont(doc.font(key)).layoutRun(word)
}

describe('the shaping seed (src/formats/pdf/shaped-words.ts; `npm run shaping-seed` remakes it)', () => {
  const seeded = Object.keys(shapingSeed.fonts) as FontKey[]

  it('was made by the installed fontkit and pdfkit, from the installed fonts', () => {
    expect(shapingSeed.shapedWith).toBe(shapedWith())
    expect(seeded.length).toBeGreaterThan(0)
    for (const key of seeded) expect(shapingSeed.fonts[key]?.sha256, key).toBe(fontHash(fontData(key)))
  })

  it('says of every word exactly what fontkit shapes: the same glyphs, advances and characters', () => {
    for (const key of seeded) {
      const runs = seededRuns(shapingSeed, key, fontData(key))
      expect(runs.size, key).toBe(Object.keys(shapingSeed.fonts[key]?.words ?? {}).length)
      for (const [word, run] of runs) {
        const fresh = shapeAfresh(key, word)
        expect({glyphs: run.glyphs, positions: run.positions.map((position) => ({...(position as object)})), advanceWidth: run.advanceWidth}, `${key} ${JSON.stringify(word)}`).toEqual({
          glyphs: fresh.glyphs.map((glyph) => ({id: glyph.id, advanceWidth: glyph.advanceWidth, codePoints: [...glyph.codePoints]})),
          positions: fresh.positions.map((position) => ({...(position as object)})),
          advanceWidth: fresh.advanceWidth
        })
      }
    }
  }, 30_000)

  it('gives each font the glyphs more than one character leads to, as probing the font finds them now', () => {
    for (const key of seeded) {
      const entries = shapingSeed.fonts[key]?.ambiguous
      expect(entries, key).toBeDefined()
      const fresh = ambiguousIn(fontData(key))
      expect(new Map(entries), key).toEqual(new Map([...fresh].map(([id, codePoints]) => [id, [...codePoints]])))
      // µ (U+00B5) and μ (U+03BC) lead to one glyph in the PT fonts: the probe finds something to seed.
      expect(fresh.size, key).toBeGreaterThan(0)
    }
  })

  it('is not used for a font whose file is not the one it was made from, nor by another fontkit', () => {
    const key = seeded[0] as FontKey
    expect(seededRuns(shapingSeed, key, new Uint8Array([1, 2, 3])).size).toBe(0)
    const other: ShapingSeed = {...shapingSeed, shapedWith: 'fontkit@0.0.0 pdfkit@0.0.0'}
    expect(seededRuns(other, key, fontData(key)).size).toBe(0)
  })

  it('keeps no word a glyph id and an advance per character cannot say (a ligature, a moved mark)', () => {
    const glyph = (id: number, ...codePoints: number[]) => ({id, advanceWidth: 500, codePoints})
    const at = (xAdvance: number, xOffset = 0) => ({xAdvance, yAdvance: 0, xOffset, yOffset: 0, advanceWidth: 500})
    expect(seedEntry('fi ', {glyphs: [glyph(7, 0x66, 0x69), glyph(3, 0x20)], positions: [at(500), at(250)], advanceWidth: 750})).toBeUndefined()
    expect(seedEntry('а\u0301', {glyphs: [glyph(9, 0x430), glyph(11, 0x301)], positions: [at(500), at(0, -250)], advanceWidth: 500})).toBeUndefined()
    expect(seedEntry('аб', {glyphs: [glyph(9, 0x431), glyph(10, 0x430)], positions: [at(500), at(500)], advanceWidth: 1000})).toBeUndefined()
    expect(seedEntry('аб', {glyphs: [glyph(9, 0x430), glyph(10, 0x431)], positions: [at(480), at(500)], advanceWidth: 980})).toEqual([9, 480, 10, 500])
  })

  it('holds every word a PDF of the shipped wording needs for a test organization (else remake it)', async () => {
    await renderOrganization(fixtureOrganization('acme'), await shippedTemplates(), {pdf: true})
    const unseeded = [...shapedSoFar()].flatMap(([key, store]) => [...store.keys()].filter((word) => !(word in (shapingSeed.fonts[key]?.words ?? {}))).map((word) => `${key} ${JSON.stringify(word)}`))
    expect(unseeded).toEqual([])
  })
})
