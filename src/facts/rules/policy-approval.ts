import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

/** `policy-approval`: The privacy policy says who approved it and when. */
export const policyApproval = defineRule({
  id: 'policy-approval',
  severity: 'warning',
  article: 'Art. 25(2)(1-1)',
  summary: {
    en: 'The privacy policy says who approved it and when (`approval`): the operator approves the documents that set its policy on processing personal data.',
    ru: 'В политике конфиденциальности указано, кем и когда она утверждена (`approval`): собственник и (или) оператор утверждает документы, определяющие его политику в отношении обработки персональных данных.',
    kk: 'Құпиялылық саясатында оны кім және қашан бекіткені көрсетіледі (`approval`): меншік иесі және (немесе) оператор дербес деректерді өңдеуге қатысты саясатын айқындайтын құжаттарды бекітеді.'
  },
  check: (facts) => (facts.documents.privacyPolicy && !facts.documents.privacyPolicy.approval ? [{path: ['documents', 'privacyPolicy'], at: 'key'} satisfies Finding] : []),
  message: {
    en: (p) => `${where(p, 'en')}the operator approves the documents that set its policy on personal data; say who approved this one and when: \`approval: {by: {ru: приказом директора, kk: директордың бұйрығымен}, date: 2025-06-01}\`.`,
    ru: (p) => `${where(p, 'ru')}оператор утверждает документы, определяющие его политику в отношении персональных данных; укажите, кем и когда утверждена эта: \`approval: {by: {ru: приказом директора, kk: директордың бұйрығымен}, date: 2025-06-01}\`.`,
    kk: (p) => `${where(p, 'kk')}оператор дербес деректерге қатысты саясатын айқындайтын құжаттарды бекітеді; бұл құжатты кім және қашан бекіткенін көрсетіңіз: \`approval: {by: {ru: приказом директора, kk: директордың бұйрығымен}, date: 2025-06-01}\`.`
  }
})
