import type {MessageLanguage} from '../messages.js'

/**
 * The citation a rule's message ends with, in the message's language, from the rule's `article`
 * (`Art. 8(1)`, `Art. 25(2)(10)`, `Art. 16(2)–(3)`, several joined by `, `):
 * «(Закон № 94-V, ст. 8, п. 1)», «(№ 94-V Заң, 8-бап, 1-тармақ)», "(Law No. 94-V, Art. 8(1))".
 */
export function citation(article: string, language: MessageLanguage): string {
  const parts = article.split(/,\s*/).map((part) => citePart(part, language))
  const law = {en: 'Law No. 94-V', ru: 'Закон № 94-V', kk: '№ 94-V Заң'}[language]
  return `(${law}, ${parts.join('; ')})`
}

function citePart(part: string, language: MessageLanguage): string {
  const match = /^Art\. ([\d-]+)((?:\([^)]+\))*)(?:–\(([^)]+)\))?$/.exec(part.trim())
  if (!match || language === 'en') return part.trim()
  const [, number = '', nested = '', rangeEnd] = match
  const levels = [...nested.matchAll(/\(([^)]+)\)/g)].map((level) => level[1] ?? '')
  if (rangeEnd !== undefined && levels.length > 0) levels[levels.length - 1] = `${levels[levels.length - 1]}–${rangeEnd}`
  if (language === 'ru') {
    const names = ['п.', 'пп.']
    return [`ст. ${number}`, ...levels.map((level, index) => `${names[index] ?? 'пп.'} ${level}`)].join(', ')
  }
  const names = ['тармақ', 'тармақша']
  return [`${number}-бап`, ...levels.map((level, index) => `${level}-${names[index] ?? 'тармақша'}`)].join(', ')
}
