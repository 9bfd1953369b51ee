import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {fontFiles, generateCharset} from '../../scripts/generate-charset.mjs'
import {isPrintable, unprintableCharacter} from '../../src/facts/rules/unprintable-character.js'
import type {Facts} from '../../src/facts/types.js'

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
    // The fonts' character maps end with U+FFFF, mapped to the empty glyph: it would print as `?`.
    expect(isPrintable(0xffff)).toBe(false)
  })

  it('say what to write for the tenge sign, in the language of the text it is in', () => {
    const facts = {organization: {address: {ru: 'Взнос 5 000 ₸', kk: '5 000 ₸ жарна'}, brandName: 'Shop ₸', resourceTerm: {ru: {nom: 'Сайт₸'}}}} as unknown as Facts
    const findings = unprintableCharacter.check(facts)
    expect(findings.map((finding) => [finding.path.join('.'), finding.params?.instead])).toEqual([
      ['organization.address.ru', 'тенге'],
      ['organization.address.kk', 'теңге'],
      ['organization.brandName', 'тенге» / «теңге'],
      ['organization.resourceTerm.ru.nom', 'тенге']
    ])
    const [ru, kk, neither] = findings
    expect(unprintableCharacter.message.ru({...ru?.params})).toMatch(/такого знака нет\. Напишите вместо него «тенге»\.$/)
    expect(unprintableCharacter.message.kk({...kk?.params})).toMatch(/мұндай таңба жоқ\. Оның орнына «теңге» деп жазыңыз\.$/)
    expect(unprintableCharacter.message.en({...neither?.params})).toMatch(/no such letter\. Write «тенге» \/ «теңге» instead\.$/)
    // Any other sign keeps the general advice.
    expect(unprintableCharacter.message.en({...unprintableCharacter.check({organization: {brandName: '中'}} as unknown as Facts)[0]?.params})).toMatch(/Use Cyrillic/)
  })
})
