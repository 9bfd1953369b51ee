import {localeName, where} from '../messages.js'
import {defineRule, localizedRefs, walkWithSchema, type Finding} from './rule.js'

/** `unpublished-translation`: No text is given in a language the documents are not published in. */
export const unpublishedTranslation = defineRule({
  id: 'unpublished-translation',
  severity: 'error',
  summary: {
    en: 'No text is given in a language the documents are not published in.',
    ru: 'Ни один текст не задан на языке, на котором документы не публикуются.',
    kk: 'Құжаттар жарияланбайтын тілде ешбір мәтін берілмейді.'
  },
  walksFacts: ['locales'],
  check: (facts) => {
    const findings: Finding[] = []
    const published = new Set<string>(facts.locales)
    walkWithSchema(facts, (value, schema, path) => {
      if (!schema.$ref || !localizedRefs.has(schema.$ref) || typeof value !== 'object' || value === null) return
      for (const locale of Object.keys(value)) {
        if (!published.has(locale)) findings.push({path: [...path, locale], at: 'key', params: {locale}})
      }
    })
    return findings
  },
  message: {
    en: (p) => `${where(p, 'en')}there is ${localeName(p.locale, 'en')} text, but \`locales\` does not publish ${p.locale}. Add \`${p.locale}\` to \`locales\` or remove the text.`,
    ru: (p) => `${where(p, 'ru')}есть текст на ${localeName(p.locale, 'ru')}, но в \`locales\` язык ${p.locale} не публикуется. Добавьте \`${p.locale}\` в \`locales\` или уберите текст.`,
    kk: (p) => `${where(p, 'kk')}${localeName(p.locale, 'kk')} тіліндегі мәтін берілген, бірақ \`locales\` тізімінде ${p.locale} тілі жоқ, яғни құжаттар бұл тілде жарияланбайды. \`${p.locale}\` кодын \`locales\` тізіміне қосыңыз немесе мәтінді алып тастаңыз.`
  }
})
