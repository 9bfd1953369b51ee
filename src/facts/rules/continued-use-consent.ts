import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

/** `continued-use-consent`: Continued use of the site is not taken as consent, except for strictly necessary cookies. */
export const continuedUseConsent = defineRule({
  id: 'continued-use-consent',
  severity: 'error',
  article: 'Art. 8(1)',
  summary: {
    en: 'Continued use of the site is not taken as consent to anything but strictly necessary cookies: consent must be given in a way that can be proved.',
    ru: 'Продолжение использования сайта не считается согласием ни на что, кроме строго необходимых файлов cookie: согласие должно быть получено способом, позволяющим его подтвердить.',
    kk: 'Сайтты пайдалануды жалғастыру қатаң қажетті cookie файлдарынан басқа ешнәрсеге келісім болып саналмайды: келісім оны растауға мүмкіндік беретін тәсілмен алынуы тиіс.'
  },
  check: (facts) => {
    const index = facts.consent.methods.indexOf('continued-use')
    if (index < 0) return []
    const optional = (facts.cookieCategories ?? []).some((category) => category.id !== 'strictly-necessary')
    const processing = (facts.personalData?.purposes ?? []).some((purpose) => purpose.basis.includes('consent') && !purpose.consentBy)
    return optional || processing ? [{path: ['consent', 'methods', index]} satisfies Finding] : []
  },
  message: {
    en: (p) => `${where(p, 'en')}continued use of the site is not consent the Law accepts for anything but strictly necessary cookies: consent must be given in a way that can be proved. Ask for it with \`banner-accept\` or \`banner-per-category\` for cookies, and give each purpose its own \`consentBy\` (a form tick, an SMS code, an electronic signature).`,
    ru: (p) => `${where(p, 'ru')}продолжение пользования сайтом не является согласием, которое принимает Закон, ни для чего, кроме строго необходимых cookie: согласие должно даваться так, чтобы его можно было подтвердить. Для cookie получайте его через \`banner-accept\` или \`banner-per-category\`, а для каждой цели обработки укажите \`consentBy\` (отметка в форме, код из SMS, ЭЦП).`,
    kk: (p) => `${where(p, 'kk')}сайтты пайдалануды жалғастыру қатаң қажетті cookie файлдарынан басқа ешнәрсеге Заң қабылдайтын келісім болып саналмайды: келісім оны растауға болатындай берілуі тиіс. Cookie үшін оны \`banner-accept\` немесе \`banner-per-category\` арқылы алыңыз, ал өңдеудің әр мақсаты үшін \`consentBy\` көрсетіңіз (нысанда белгі, SMS коды, ЭЦҚ).`
  }
})
