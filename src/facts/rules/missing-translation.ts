import {localeName, where} from '../messages.js'
import {locales as publishable} from '../../lang/locale.js'
import {defineRule, localizedRefs, walkWithSchema, type Finding} from './rule.js'

/** `missing-translation`: Every text is given in every language the documents are published in. */
export const missingTranslation = defineRule({
  id: 'missing-translation',
  severity: 'error',
  summary: {
    en: 'Every text is given in every language the documents are published in.',
    ru: 'Каждый текст задан на каждом языке, на котором публикуются документы.',
    kk: 'Әр мәтін құжаттар жарияланатын барлық тілде берілген.'
  },
  walksFacts: ['locales'],
  check: (facts) => {
    const findings: Finding[] = []
    // A locale policygen does not publish in is reported once, at `locales`; it asks for no texts.
    const published = facts.locales.filter((locale) => (publishable as readonly string[]).includes(locale))
    walkWithSchema(facts, (value, schema, path) => {
      if (!schema.$ref || !localizedRefs.has(schema.$ref) || typeof value !== 'object' || value === null) return
      for (const locale of published) {
        if (!(locale in value)) findings.push({path, at: 'key', params: {locale, locales: published.join(', ')}})
      }
    })
    return findings
  },
  message: {
    en: (p) => `${where(p, 'en')}the ${localeName(p.locale, 'en')} text is missing, but the documents are published in ${p.locales}. Add \`${p.locale}: …\`.`,
    ru: (p) => `${where(p, 'ru')}нет текста на ${localeName(p.locale, 'ru')}, а документы публикуются на языках: ${p.locales}. Добавьте \`${p.locale}: …\`.`,
    kk: (p) => `${where(p, 'kk')}${localeName(p.locale, 'kk')} тіліндегі мәтін жоқ, ал құжаттар мына тілдерде жарияланады: ${p.locales}. \`${p.locale}: …\` қосыңыз.`
  }
})
