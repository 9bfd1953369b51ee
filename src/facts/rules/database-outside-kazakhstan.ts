import {where} from '../messages.js'
import {defineRule} from './rule.js'

/** `database-outside-kazakhstan`: The database holding personal data is in Kazakhstan. */
export const databaseOutsideKazakhstan = defineRule({
  id: 'database-outside-kazakhstan',
  severity: 'error',
  article: 'Art. 12(2)',
  summary: {
    en: 'The database holding personal data is in Kazakhstan.',
    ru: 'База, содержащая персональные данные, находится на территории Казахстана.',
    kk: 'Дербес деректерді қамтитын база Қазақстан аумағында орналасады.'
  },
  check: (facts) =>
    !facts.storage || facts.storage.primaryDatabaseCountry === 'KZ' ? [] : [{path: ['storage', 'primaryDatabaseCountry'], params: {actual: facts.storage.primaryDatabaseCountry}}],
  message: {
    en: (p) => `${where(p, 'en')}the database holding personal data must be in Kazakhstan, so this must be \`KZ\`, not \`${p.actual}\`.`,
    ru: (p) => `${where(p, 'ru')}база, содержащая персональные данные, должна находиться в Казахстане: здесь должно быть \`KZ\`, а не \`${p.actual}\`.`,
    kk: (p) => `${where(p, 'kk')}дербес деректерді қамтитын база Қазақстанда орналасуы керек, сондықтан мұнда \`${p.actual}\` емес, \`KZ\` болуы керек.`
  }
})
