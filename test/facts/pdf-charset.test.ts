import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {fontFiles, generateCharset} from '../../scripts/generate-charset.mjs'
import {isPrintable} from '../../src/facts/rules/unprintable-character.js'

describe('the characters the PDF can print', () => {
  it('src/facts/pdf-charset.ts is generated from the fonts the PDF embeds (run `npm run charset` if not)', () => {
    expect(readFileSync(new URL('../../src/facts/pdf-charset.ts', import.meta.url), 'utf8')).toBe(generateCharset())
    const fonts = readFileSync(new URL('../../src/formats/pdf/fonts.ts', import.meta.url), 'utf8')
    expect([...fonts.matchAll(/'(@expo-google-fonts\/[^']+\.ttf)'/g)].map((match) => match[1]).sort()).toEqual([...fontFiles].sort())
  })

  it('include every Russian and Kazakh letter, the quotes and dashes of both languages, and white space', () => {
    const needed = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяӘәҒғҚқҢңӨөҰұҮүҺһІі«»„“”—–№§ ,.;:!?()\t\n'
    expect([...needed].filter((character) => !isPrintable(character.codePointAt(0) ?? 0))).toEqual([])
  })

  it('exclude what the fonts cannot draw', () => {
    for (const character of ['中', '😀', '₸', '\u0600', 'ก']) expect(isPrintable(character.codePointAt(0) ?? 0), character).toBe(false)
  })
})
