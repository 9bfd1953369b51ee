import {cookiePlacers} from '../cookie-placers.js'
import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

/**
 * `third-party-without-recipient`: Every third party the privacy policy's table names (all of
 * `thirdParties`) is also a recipient, so the policy says what data goes to it and why. A party that
 * places cookies is left to `third-party-not-recipient`, which refuses the same omission as an error.
 * Silent where the company writes the section on transfers itself (a `replace` clause), and while a
 * recipient or a cookie names a third party that does not exist: the slip is then most likely
 * there, and reported there.
 */
export const thirdPartyWithoutRecipient = defineRule({
  id: 'third-party-without-recipient',
  severity: 'warning',
  article: 'Art. 8(4)(4)',
  summary: {
    en: 'Every third party in `thirdParties` (the privacy policy lists them all in its table) is named among the recipients in `personalData.recipients`, which say what data goes to it and why.',
    ru: 'Каждое третье лицо из `thirdParties` (все они перечислены в таблице политики конфиденциальности) названо среди получателей в `personalData.recipients`: там указано, какие данные ему передаются и с какой целью.',
    kk: '`thirdParties` ішіндегі әр үшінші тұлға (олардың бәрі құпиялылық саясатының кестесінде көрсетілген) `personalData.recipients` ішінде алушылар қатарында аталады: онда оған қандай деректердің қандай мақсатта берілетіні көрсетіледі.'
  },
  check: (facts) => {
    const data = facts.personalData
    if (!data || !facts.documents.privacyPolicy) return []
    const ownSection = (facts.customClauses?.privacyPolicy ?? []).some((clause) => clause.placement === 'replace' && clause.section === 'recipients')
    const parties = facts.thirdParties ?? []
    const known = new Set(parties.map((party) => party.id))
    const recipientIds = data.recipients.flatMap((recipient) => recipient.thirdParties ?? [])
    const providerIds = (facts.cookies ?? []).flatMap((cookie) => (cookie.provider ? [cookie.provider] : []))
    if (ownSection || [...recipientIds, ...providerIds].some((id) => !known.has(id))) return []
    const recipients = new Set(recipientIds)
    const placing = new Set(cookiePlacers(facts))
    const reported = new Set<string>()
    return parties.flatMap((party, index): Finding[] => {
      if (recipients.has(party.id) || placing.has(party) || reported.has(party.id)) return []
      reported.add(party.id)
      return [{path: ['thirdParties', index, 'id'], params: {actual: party.id, name: party.name}}]
    })
  },
  message: {
    en: (p) => `${where(p, 'en')}the privacy policy names ${p.name} (\`${p.actual}\`) in its table of third parties, but it is not among the recipients in \`personalData.recipients\`, so the policy does not say what data goes to it or for what purpose. Add \`${p.actual}\` to the \`thirdParties\` of the recipient it belongs to: the policy then gives it that recipient's purposes and data. If no personal data goes to it, remove it from \`thirdParties\` (or remove from \`services\` the service that brings it).`,
    ru: (p) => `${where(p, 'ru')}политика конфиденциальности называет ${p.name} (\`${p.actual}\`) в таблице третьих лиц, но среди получателей в \`personalData.recipients\` его нет, поэтому политика не указывает, какие данные ему передаются и с какой целью. Добавьте \`${p.actual}\` в \`thirdParties\` того получателя, к которому он относится: тогда политика укажет для него цели и данные этого получателя. Если персональные данные ему не передаются, удалите его из \`thirdParties\` (или удалите из \`services\` сервис, который его добавляет).`,
    kk: (p) => `${where(p, 'kk')}құпиялылық саясаты үшінші тұлғалар кестесінде ${p.name} (\`${p.actual}\`) атауын көрсетеді, бірақ ол \`personalData.recipients\` ішінде алушылар қатарында аталмайды, сондықтан саясатта оған қандай деректердің қандай мақсатта берілетіні айтылмайды. \`${p.actual}\` атауын ол жататын алушының \`thirdParties\` тізіміне қосыңыз: сонда саясат ол үшін де сол алушының мақсаттары мен деректерін көрсетеді. Егер оған дербес деректер берілмесе, оны \`thirdParties\` ішінен алып тастаңыз (немесе оны қосатын сервисті \`services\` ішінен алып тастаңыз).`
  }
})
