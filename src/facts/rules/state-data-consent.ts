import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

/** `state-data-consent`: Data taken from state databases is processed with consent given through the state service. */
export const stateDataConsent = defineRule({
  id: 'state-data-consent',
  severity: 'error',
  article: 'Art. 8(1)',
  summary: {
    en: 'A purpose that uses data taken from state databases, on the basis of consent, obtains that consent through the state service (`consentBy: [egov-service]`).',
    ru: 'Если для цели на основании согласия используются данные из государственных баз, это согласие получается через государственный сервис (`consentBy: [egov-service]`).',
    kk: 'Өңдеу мақсаты үшін мемлекеттік базалардағы деректер келісім негізінде пайдаланылса, бұл келісім мемлекеттік сервис арқылы алынады (`consentBy: [egov-service]`).'
  },
  check: (facts) => {
    const data = facts.personalData
    if (!data) return []
    const fromState = new Set(data.categories.filter((category) => category.sources.includes('state-databases')).map((category) => category.id))
    return data.purposes.flatMap((purpose, index): Finding[] =>
      purpose.basis.includes('consent') && purpose.data.some((category) => fromState.has(category)) && !purpose.consentBy?.includes('egov-service')
        ? [{path: ['personalData', 'purposes', index], at: 'key', params: {purpose: purpose.id}}]
        : []
    )
  },
  message: {
    en: (p) => `${where(p, 'en')}the purpose \`${p.purpose}\` uses data from state databases on the basis of consent, so that consent is given through the state service: add \`egov-service\` to its \`consentBy\`.`,
    ru: (p) => `${where(p, 'ru')}цель \`${p.purpose}\` использует данные из государственных баз на основании согласия, поэтому согласие даётся через государственный сервис: добавьте \`egov-service\` в её \`consentBy\`.`,
    kk: (p) => `${where(p, 'kk')}\`${p.purpose}\` мақсаты мемлекеттік базалардағы деректерді келісім негізінде пайдаланады, сондықтан келісім мемлекеттік сервис арқылы беріледі: оның \`consentBy\` тізіміне \`egov-service\` қосыңыз.`
  }
})
