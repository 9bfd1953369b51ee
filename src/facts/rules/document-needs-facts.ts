import {where} from '../messages.js'
import type {Facts} from '../types.js'
import {defineRule, type Finding} from './rule.js'

/** `document-needs-facts`: A published document has the facts it is made of. */
export const documentNeedsFacts = defineRule({
  id: 'document-needs-facts',
  severity: 'error',
  summary: {
    en: 'A published document has the facts it is made of.',
    ru: 'Для публикуемого документа заданы факты, из которых он составляется.',
    kk: 'Жарияланатын құжат үшін оны құрайтын фактілер берілген.'
  },
  check: (facts) => {
    const findings: Finding[] = []
    const needs: Array<[keyof Facts['documents'], Array<keyof Facts>, string, string]> = [
      ['cookiePolicy', ['cookieCategories', 'cookies', 'collectedData'], 'cookie policy', 'политика cookie'],
      ['privacyPolicy', ['personalData'], 'privacy policy', 'политика конфиденциальности']
    ]
    // The privacy policy must say whether data go abroad (Art. 8(4)(5)), unless the facts say they never do.
    if (!(facts.doesNot ?? []).includes('transfer-abroad')) needs[1]?.[1].push('crossBorder')
    for (const [documentKey, properties, en, ru] of needs) {
      if (!facts.documents[documentKey]) continue
      for (const property of properties) {
        if (facts[property] === undefined) findings.push({path: ['documents', documentKey], at: 'key', params: {property, document: `${en} / ${ru}`}})
      }
    }
    return findings
  },
  message: {
    en: (p) => `${where(p, 'en')}the ${p.document} is published, so \`${p.property}\` must be given.`,
    ru: (p) => `${where(p, 'ru')}публикуется ${p.document}, поэтому нужно указать \`${p.property}\`.`,
    // The finding names the document in English and Russian; Kazakh names it by the document's key.
    kk: (p) => {
      const document = /cookie/i.test(`${p.path ?? ''} ${p.document ?? ''}`) ? 'cookie файлдарын пайдалану саясаты' : /privacy/i.test(`${p.path ?? ''} ${p.document ?? ''}`) ? 'құпиялылық саясаты' : p.document
      return `${where(p, 'kk')}${document} жарияланады, сондықтан \`${p.property}\` фактісін көрсету керек.`
    }
  }
})
