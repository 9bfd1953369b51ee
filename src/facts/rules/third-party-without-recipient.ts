import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

/**
 * `third-party-without-recipient`: Every third party the privacy policy's table names (all of
 * `thirdParties`) is also a recipient, so the policy says what data goes to it and why. A cookie
 * provider is left to `third-party-not-recipient`, which refuses the same omission as an error.
 */
export const thirdPartyWithoutRecipient = defineRule({
  id: 'third-party-without-recipient',
  severity: 'warning',
  article: 'Art. 8(4)(4)',
  summary: {
    en: 'Every third party in `thirdParties` (the privacy policy lists them all in its table) is named by a recipient in `personalData.recipients`, which says what data goes to it and why.',
    ru: 'Каждое третье лицо из `thirdParties` (все они перечислены в таблице политики конфиденциальности) названо среди получателей в `personalData.recipients`: там указано, какие данные ему передаются и с какой целью.',
    kk: '`thirdParties` ішіндегі әр үшінші тұлға (олардың бәрі құпиялылық саясатының кестесінде көрсетілген) `personalData.recipients` ішінде алушылар қатарында аталады: онда оған қандай деректердің қандай мақсатта берілетіні көрсетіледі.'
  },
  check: (facts) => {
    const data = facts.personalData
    if (!data || !facts.documents.privacyPolicy) return []
    const recipients = new Set(data.recipients.flatMap((recipient) => recipient.thirdParties ?? []))
    const providers = new Set((facts.cookies ?? []).flatMap((cookie) => (cookie.provider ? [cookie.provider] : [])))
    return (facts.thirdParties ?? []).flatMap((party, index): Finding[] =>
      !recipients.has(party.id) && !providers.has(party.id) ? [{path: ['thirdParties', index, 'id'], params: {actual: party.id}}] : []
    )
  },
  message: {
    en: (p) => `${where(p, 'en')}the privacy policy names \`${p.actual}\` in its table of third parties, but it is not among the recipients in \`personalData.recipients\`, so the policy does not say what data goes to it or for what purpose. Add \`${p.actual}\` to the \`thirdParties\` of the recipient it belongs to: the policy then gives it that recipient's purposes and data. If no personal data goes to it, remove it from \`thirdParties\`.`,
    ru: (p) => `${where(p, 'ru')}политика конфиденциальности называет \`${p.actual}\` в таблице третьих лиц, но среди получателей в \`personalData.recipients\` его нет, поэтому политика не указывает, какие данные ему передаются и с какой целью. Добавьте \`${p.actual}\` в \`thirdParties\` того получателя, к которому он относится: тогда политика укажет для него цели и данные этого получателя. Если персональные данные ему не передаются, удалите его из \`thirdParties\`.`,
    kk: (p) => `${where(p, 'kk')}құпиялылық саясаты үшінші тұлғалар кестесінде \`${p.actual}\` атауын көрсетеді, бірақ ол \`personalData.recipients\` ішінде алушылар қатарында аталмайды, сондықтан саясатта оған қандай деректердің қандай мақсатта берілетіні айтылмайды. \`${p.actual}\` атауын ол жататын алушының \`thirdParties\` тізіміне қосыңыз: сонда саясат ол үшін де сол алушының мақсаттары мен деректерін көрсетеді. Егер оған дербес деректер берілмесе, оны \`thirdParties\` ішінен алып тастаңыз.`
  }
})
