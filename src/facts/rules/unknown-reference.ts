import {where} from '../messages.js'
import {defineRule, referenceFinding, type Finding} from './rule.js'

/** `unknown-reference`: A fact that names another (a provider, a data category, a third party) names one that exists. */
export const unknownReference = defineRule({
  id: 'unknown-reference',
  severity: 'error',
  summary: {
    en: 'A fact that names another (a provider, a data category, a third party) names one that exists.',
    ru: 'Факт, который ссылается на другой (поставщика, категорию данных, третье лицо), ссылается на существующий.',
    kk: 'Бір факт басқасына (провайдерге, деректер санатына, үшінші тұлғаға) сілтесе, ол фактілерде бар жазбаға сілтейді.'
  },
  check: (facts) => {
    const findings: Finding[] = []
    const parties = (facts.thirdParties ?? []).map((party) => party.id)
    ;(facts.cookies ?? []).forEach((cookie, index) => {
      if (cookie.provider !== undefined && !parties.includes(cookie.provider)) findings.push(referenceFinding(['cookies', index, 'provider'], cookie.provider, 'thirdParties', parties))
    })
    const data = facts.personalData
    if (!data) return findings
    const categories = data.categories.map((category) => category.id)
    data.purposes.forEach((purpose, index) => {
      purpose.data.forEach((category, position) => {
        if (!categories.includes(category)) findings.push(referenceFinding(['personalData', 'purposes', index, 'data', position], category, 'personalData.categories', categories))
      })
    })
    data.recipients.forEach((recipient, index) => {
      ;(recipient.data ?? []).forEach((category, position) => {
        if (!categories.includes(category)) findings.push(referenceFinding(['personalData', 'recipients', index, 'data', position], category, 'personalData.categories', categories))
      })
      ;(recipient.thirdParties ?? []).forEach((party, position) => {
        if (!parties.includes(party)) findings.push(referenceFinding(['personalData', 'recipients', index, 'thirdParties', position], party, 'thirdParties', parties))
      })
    })
    return findings
  },
  message: {
    en: (p) => `${where(p, 'en')}\`${p.actual}\` is not listed in \`${p.list}\`${p.suggestion ? `; did you mean \`${p.suggestion}\`?` : '.'} Listed: ${p.allowed}.`,
    ru: (p) => `${where(p, 'ru')}\`${p.actual}\` нет в списке \`${p.list}\`${p.suggestion ? `; может быть, \`${p.suggestion}\`?` : '.'} В списке: ${p.allowed}.`,
    kk: (p) => `${where(p, 'kk')}\`${p.list}\` тізімінде \`${p.actual}\` жоқ${p.suggestion ? `; мүмкін, \`${p.suggestion}\` деп жазғыңыз келді ме?` : '.'} Тізімде бар мәндер: ${p.allowed}.`
  }
})
