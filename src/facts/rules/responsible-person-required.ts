import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

/** `responsible-person-required`: A legal entity names the person responsible for organising the processing of personal data. */
export const responsiblePersonRequired = defineRule({
  id: 'responsible-person-required',
  severity: 'error',
  article: 'Art. 25(2)(10)',
  summary: {
    en: 'A legal entity that publishes a privacy policy names the person responsible for organising the processing of personal data, with a contact (`responsiblePerson`).',
    ru: 'Юридическое лицо, публикующее политику конфиденциальности, называет лицо, ответственное за организацию обработки персональных данных, и его контакт (`responsiblePerson`).',
    kk: 'Құпиялылық саясатын жариялайтын заңды тұлға дербес деректерді өңдеуді ұйымдастыруға жауапты тұлғаны және онымен байланысу тәсілін көрсетеді (`responsiblePerson`).'
  },
  check: (facts) =>
    facts.documents.privacyPolicy && facts.organization.legalForm !== 'sole-proprietor' && !facts.responsiblePerson ? [{path: ['organization'], at: 'key'} satisfies Finding] : [],
  message: {
    en: (p) => `${where(p, 'en')}a legal entity must appoint a person responsible for organising the processing of personal data, and the privacy policy names them. Add \`responsiblePerson: {position: {ru: …, kk: …}, email: dpo@example.kz}\`.`,
    ru: (p) => `${where(p, 'ru')}юридическое лицо обязано назначить лицо, ответственное за организацию обработки персональных данных, и политика конфиденциальности его называет. Добавьте \`responsiblePerson: {position: {ru: …, kk: …}, email: dpo@example.kz}\`.`,
    kk: (p) => `${where(p, 'kk')}заңды тұлға дербес деректерді өңдеуді ұйымдастыруға жауапты тұлғаны тағайындауға міндетті, ал құпиялылық саясаты оны атайды. \`responsiblePerson: {position: {ru: …, kk: …}, email: dpo@example.kz}\` қосыңыз.`
  }
})
