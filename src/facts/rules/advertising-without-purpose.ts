import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

const advertisingCookiePurposes = new Set(['advertising', 'retargeting', 'ad-frequency', 'campaign-measurement'])

/** `advertising-without-purpose`: Advertising cookies come with an advertising purpose in the privacy policy. */
export const advertisingWithoutPurpose = defineRule({
  id: 'advertising-without-purpose',
  severity: 'error',
  article: 'Art. 7(8)',
  summary: {
    en: 'Marketing, advertising or retargeting cookies come with the processing purpose `advertising` in the privacy policy, named for what it is.',
    ru: 'Если используются маркетинговые, рекламные или ретаргетинговые файлы cookie, в политике конфиденциальности прямо названа цель обработки `advertising`.',
    kk: 'Маркетингтік, жарнамалық немесе ретаргетинг cookie файлдары пайдаланылса, құпиялылық саясатында `advertising` өңдеу мақсаты өз атымен көрсетіледі.'
  },
  check: (facts) => {
    const data = facts.personalData
    if (!data || !facts.documents.privacyPolicy || data.purposes.some((purpose) => purpose.id === 'advertising')) return []
    const index = (facts.cookieCategories ?? []).findIndex((category) => category.id === 'marketing' || category.purposes.some((purpose) => advertisingCookiePurposes.has(purpose)))
    return index >= 0 ? [{path: ['cookieCategories', index, 'id']} satisfies Finding] : []
  },
  message: {
    en: (p) => `${where(p, 'en')}these cookies serve advertising, but the privacy policy has no advertising purpose. Add \`{id: advertising, basis: [consent], consentBy: […], data: […]}\` to \`personalData.purposes\`: a purpose must be named for what it is.`,
    ru: (p) => `${where(p, 'ru')}эти cookie служат рекламе, но в политике конфиденциальности нет рекламной цели. Добавьте \`{id: advertising, basis: [consent], consentBy: […], data: […]}\` в \`personalData.purposes\`: цель должна называться тем, что она есть.`,
    kk: (p) => `${where(p, 'kk')}бұл cookie файлдары жарнамаға қызмет етеді, бірақ құпиялылық саясатында жарнамалық мақсат жоқ. \`personalData.purposes\` тізіміне \`{id: advertising, basis: [consent], consentBy: […], data: […]}\` қосыңыз: мақсат өз атымен аталуы тиіс.`
  }
})
