import type {PathSegment} from '../locate.js'
import {where} from '../messages.js'
import {printableRanges} from '../pdf-charset.js'
import {codePointName} from '../text-hazards.js'
import {defineRule, textsOf, type Finding} from './rule.js'

/** Whether every font of the PDF can draw the character (white space is laid out, never drawn). */
export function isPrintable(codePoint: number): boolean {
  if (codePoint === 0x0A || codePoint === 0x0D || codePoint === 0x09) return true
  let low = 0
  let high = printableRanges.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const [from, to] = printableRanges[middle] ?? [0, -1]
    if (codePoint < from) high = middle - 1
    else if (codePoint > to) low = middle + 1
    else return true
  }
  return false
}

/**
 * The word to write for a sign the fonts lack, in the language of the text it is in (the nearest
 * `ru` or `kk` of its path: `resourceTerm.ru.nom` is Russian; or a text in neither): the tenge sign
 * ₸, which PT Serif and PT Sans do not draw.
 */
function wordFor(codePoint: number, key: PathSegment | undefined): string | undefined {
  if (codePoint !== 0x20b8) return undefined
  return key === 'kk' ? 'теңге' : key === 'ru' ? 'тенге' : 'тенге» / «теңге'
}

/** `unprintable-character`: Every character of the facts can be drawn by the PDF's fonts. */
export const unprintableCharacter = defineRule({
  id: 'unprintable-character',
  severity: 'error',
  summary: {
    en: 'Every character of the facts can be drawn by the PDF\'s fonts (PT Serif and PT Sans), so none prints as `?`.',
    ru: 'Каждый символ фактов отображается шрифтами PDF (PT Serif и PT Sans), поэтому ни один не печатается как `?`.',
    kk: 'Фактілердегі әр таңбаны PDF қаріптері (PT Serif және PT Sans) бейнелей алады, сондықтан ешбірі `?` болып басылмайды.'
  },
  walksFacts: [],
  check: (facts) => {
    return textsOf(facts).flatMap(({text, path}): Finding[] => {
      let position = 0
      for (const character of text) {
        position++
        const code = character.codePointAt(0) ?? 0
        if (!isPrintable(code)) {
          const instead = wordFor(code, [...path].reverse().find((segment) => segment === 'ru' || segment === 'kk'))
          return [{path, params: {character, code: codePointName(character, 0), position: String(position), ...(instead ? {instead} : {})}}]
        }
      }
      return []
    })
  },
  message: {
    en: (p) => `${where(p, 'en')}character ${p.position} («${p.character}», ${p.code}) cannot be printed in the PDF: its fonts, PT Serif and PT Sans, have no such letter. ${p.instead ? `Write «${p.instead}» instead.` : 'Use Cyrillic (with Kazakh letters), Latin, digits and common punctuation, or leave the character out.'}`,
    ru: (p) => `${where(p, 'ru')}${p.position}-й знак («${p.character}», ${p.code}) нельзя напечатать в PDF: в его шрифтах, PT Serif и PT Sans, такого знака нет. ${p.instead ? `Напишите вместо него «${p.instead}».` : 'Используйте кириллицу (с казахскими буквами), латиницу, цифры и обычные знаки препинания или уберите этот знак.'}`,
    kk: (p) => `${where(p, 'kk')}${p.position}-таңбаны («${p.character}», ${p.code}) PDF-те басып шығару мүмкін емес: PDF қаріптерінде (PT Serif және PT Sans) мұндай таңба жоқ. ${p.instead ? `Оның орнына «${p.instead}» деп жазыңыз.` : 'Кириллицаны (қазақ әріптерімен бірге), латын әріптерін, цифрларды және кәдімгі тыныс белгілерін пайдаланыңыз немесе бұл таңбаны алып тастаңыз.'}`
  }
})
