import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

const cookieSources = new Set(['cookies-and-similar', 'server-logs'])

/** `banner-consent-for-data`: Each purpose that rests on consent says how that consent is obtained; a cookie banner covers cookie data only. */
export const bannerConsentForData = defineRule({
  id: 'banner-consent-for-data',
  severity: 'error',
  article: 'Art. 8(1), Art. 8(4)',
  summary: {
    en: 'Each purpose of the privacy policy that rests on consent says how that consent is obtained (`consentBy`); a choice in the cookie banner (`cookie-banner`) covers only data that cookies and server logs collect.',
    ru: 'Для каждой цели политики конфиденциальности, основанной на согласии, указано, как это согласие получается (`consentBy`); выбор в cookie-баннере (`cookie-banner`) охватывает только данные, которые собирают файлы cookie и журналы сервера.',
    kk: 'Құпиялылық саясатындағы келісімге негізделген әр өңдеу мақсаты үшін сол келісімнің қалай алынатыны көрсетіледі (`consentBy`); cookie баннеріндегі таңдау (`cookie-banner`) cookie файлдары мен сервер журналдары жинайтын деректерге ғана қолданылады.'
  },
  check: (facts) => {
    const data = facts.personalData
    if (!data || !facts.documents.privacyPolicy) return []
    const categories = new Map(data.categories.map((category) => [category.id, category]))
    return data.purposes.flatMap((purpose, index): Finding[] => {
      if (!purpose.basis.includes('consent')) return []
      if (!purpose.consentBy) return [{path: ['personalData', 'purposes', index], at: 'key', params: {purpose: purpose.id, kind: 'missing'}}]
      const beyondCookies = purpose.data.filter((id) => (categories.get(id)?.sources ?? []).some((source) => !cookieSources.has(source)))
      if (purpose.consentBy.includes('cookie-banner') && beyondCookies.length > 0) {
        return [{path: ['personalData', 'purposes', index, 'consentBy', purpose.consentBy.indexOf('cookie-banner')], params: {purpose: purpose.id, kind: 'banner', data: beyondCookies.map((id) => `\`${id}\``).join(', ')}}]
      }
      return []
    })
  },
  message: {
    en: (p) =>
      p.kind === 'banner'
        ? `${where(p, 'en')}a choice in the cookie banner covers cookie data only, but the purpose \`${p.purpose}\` also uses ${p.data}, which the subject gives otherwise. Obtain that consent in a way that can be proved: \`web-form-checkbox\`, \`sms-code\`, \`electronic-signature\`.`
        : `${where(p, 'en')}the purpose \`${p.purpose}\` rests on consent, but the facts do not say how that consent is obtained. Add \`consentBy\`, for example \`consentBy: [web-form-checkbox]\`, or \`[cookie-banner]\` when all its data come from cookies.`,
    ru: (p) =>
      p.kind === 'banner'
        ? `${where(p, 'ru')}выбор в баннере cookie относится только к данным cookie, а цель \`${p.purpose}\` использует и ${p.data}, которые субъект сообщает иначе. Получайте это согласие так, чтобы его можно было подтвердить: \`web-form-checkbox\`, \`sms-code\`, \`electronic-signature\`.`
        : `${where(p, 'ru')}цель \`${p.purpose}\` основана на согласии, но в фактах не сказано, как оно получается. Добавьте \`consentBy\`, например \`consentBy: [web-form-checkbox]\`, или \`[cookie-banner]\`, если все её данные получены через cookie.`,
    kk: (p) =>
      p.kind === 'banner'
        ? `${where(p, 'kk')}cookie баннеріндегі таңдау тек cookie деректеріне қатысты, ал \`${p.purpose}\` мақсаты субъект басқа жолмен беретін ${p.data} деректерін де пайдаланады. Бұл келісімді оны растауға болатындай алыңыз: \`web-form-checkbox\`, \`sms-code\`, \`electronic-signature\`.`
        : `${where(p, 'kk')}\`${p.purpose}\` мақсаты келісімге негізделген, бірақ фактілерде оның қалай алынатыны айтылмаған. \`consentBy\` қосыңыз, мысалы, \`consentBy: [web-form-checkbox]\`, ал оның барлық деректері cookie арқылы алынса — \`[cookie-banner]\`.`
  }
})
