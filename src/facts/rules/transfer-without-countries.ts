import {where} from '../messages.js'
import {defineRule} from './rule.js'

/** `transfer-without-countries`: A declared cross-border transfer names its countries and its basis. */
export const transferWithoutCountries = defineRule({
  id: 'transfer-without-countries',
  severity: 'error',
  article: 'Art. 16(2)–(3)',
  summary: {
    en: 'A declared cross-border transfer names its countries and its basis.',
    ru: 'Для заявленной трансграничной передачи указаны страны и её основание.',
    kk: 'Мәлімделген трансшекаралық беру үшін елдер мен оның негізі көрсетіледі.'
  },
  check: (facts) => {
    const {crossBorder} = facts
    return crossBorder?.enabled && (!crossBorder.countries?.length || !crossBorder.basis?.length) ? [{path: ['crossBorder'], at: 'key'}] : []
  },
  message: {
    en: (p) => `${where(p, 'en')}cross-border transfer is declared, so the countries and the basis must be named. Example: \`countries: [US]\`, \`basis: [consent]\`.`,
    ru: (p) => `${where(p, 'ru')}указана трансграничная передача, поэтому нужно назвать страны и основание. Пример: \`countries: [US]\`, \`basis: [consent]\`.`,
    kk: (p) => `${where(p, 'kk')}трансшекаралық беру көрсетілген, сондықтан елдер мен негізді атау керек. Мысал: \`countries: [US]\`, \`basis: [consent]\`.`
  }
})
