import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

/** `recipient-purpose-undeclared`: Data goes to a recipient only for a purpose the privacy policy declares. */
export const recipientPurposeUndeclared = defineRule({
  id: 'recipient-purpose-undeclared',
  severity: 'error',
  article: 'Art. 7(8)',
  summary: {
    en: 'A recipient receives data only for a purpose the privacy policy declares in `personalData.purposes`.',
    ru: 'Данные передаются получателю только для цели, заявленной в политике конфиденциальности (`personalData.purposes`).',
    kk: 'Деректер алушыға құпиялылық саясатында мәлімделген өңдеу мақсаты үшін ғана беріледі (`personalData.purposes`).'
  },
  check: (facts) => {
    const data = facts.personalData
    if (!data) return []
    const declared = new Set<string>(data.purposes.map((purpose) => purpose.id))
    return data.recipients.flatMap((recipient, index) =>
      (recipient.purposes ?? []).flatMap((purpose, position): Finding[] =>
        declared.has(purpose) ? [] : [{path: ['personalData', 'recipients', index, 'purposes', position], params: {actual: purpose, declared: [...declared].map((id) => `\`${id}\``).join(', ')}}]
      )
    )
  },
  message: {
    en: (p) => `${where(p, 'en')}data goes to this recipient for \`${p.actual}\`, which is not a declared purpose (declared: ${p.declared}). Declare it in \`personalData.purposes\` with its basis and data, or name a declared one here.`,
    ru: (p) => `${where(p, 'ru')}данные передаются этому получателю для цели \`${p.actual}\`, которая не заявлена (заявлены: ${p.declared}). Заявите её в \`personalData.purposes\` с основанием и данными или укажите здесь заявленную.`,
    kk: (p) => `${where(p, 'kk')}деректер бұл алушыға \`${p.actual}\` мақсаты үшін беріледі, бірақ ол мәлімделмеген (мәлімделгендері: ${p.declared}). Оны негізі мен деректерімен \`personalData.purposes\` ішінде мәлімдеңіз немесе мұнда мәлімделген мақсатты көрсетіңіз.`
  }
})
