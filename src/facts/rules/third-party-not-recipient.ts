import {cookiePlacers} from '../cookie-placers.js'
import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

/**
 * `third-party-not-recipient`: Every third party whose cookies the site uses is a recipient in the
 * privacy policy: the provider of a declared cookie, or one given the `purposes` of its cookies (the
 * cookie policy names both as placing cookies and receiving data).
 */
export const thirdPartyNotRecipient = defineRule({
  id: 'third-party-not-recipient',
  severity: 'error',
  article: 'Art. 8(4)(4)',
  summary: {
    en: 'Every third party whose cookies the site uses is named among the recipients of the privacy policy (`personalData.recipients[].thirdParties`).',
    ru: 'Каждое третье лицо, чьи файлы cookie используются на сайте, названо среди получателей в политике конфиденциальности (`personalData.recipients[].thirdParties`).',
    kk: 'Cookie файлдары сайтта пайдаланылатын әр үшінші тұлға құпиялылық саясатында алушылар қатарында аталады (`personalData.recipients[].thirdParties`).'
  },
  check: (facts) => {
    const data = facts.personalData
    if (!data || !facts.documents.privacyPolicy) return []
    const recipients = new Set(data.recipients.flatMap((recipient) => recipient.thirdParties ?? []))
    const placing = new Set(cookiePlacers(facts))
    return (facts.thirdParties ?? []).flatMap((party, index): Finding[] =>
      placing.has(party) && !recipients.has(party.id) ? [{path: ['thirdParties', index, 'id'], params: {actual: party.id}}] : []
    )
  },
  message: {
    en: (p) => `${where(p, 'en')}\`${p.actual}\` places cookies and so receives data, but the privacy policy does not name it among the recipients. Add \`${p.actual}\` to the \`thirdParties\` of a recipient in \`personalData.recipients\`.`,
    ru: (p) => `${where(p, 'ru')}\`${p.actual}\` размещает cookie и, значит, получает данные, но политика конфиденциальности не называет его среди получателей. Добавьте \`${p.actual}\` в \`thirdParties\` одного из получателей в \`personalData.recipients\`.`,
    kk: (p) => `${where(p, 'kk')}\`${p.actual}\` cookie файлдарын орналастырады, демек, деректерді алады, бірақ құпиялылық саясаты оны алушылар қатарында атамайды. \`${p.actual}\` атауын \`personalData.recipients\` ішіндегі алушылардың бірінің \`thirdParties\` тізіміне қосыңыз.`
  }
})
