import {where} from '../messages.js'
import {defineRule} from './rule.js'

/** `missing-identifier`: An organization gives its БИН; a sole proprietor gives an ИИН. */
export const missingIdentifier = defineRule({
  id: 'missing-identifier',
  severity: 'error',
  article: 'Art. 8(4)(1)',
  summary: {
    en: 'An organization gives its БИН; a sole proprietor gives an ИИН.',
    ru: 'Организация указывает свой БИН, индивидуальный предприниматель — ИИН.',
    kk: 'Ұйым бизнес-сәйкестендіру нөмірін (БСН), ал жеке кәсіпкер жеке сәйкестендіру нөмірін (ЖСН) көрсетеді.'
  },
  check: (facts) => {
    const {legalForm, bin, iin} = facts.organization
    if (legalForm === 'sole-proprietor' && !iin) return [{path: ['organization'], at: 'key', params: {form: 'iin'}}]
    if (legalForm !== 'sole-proprietor' && !bin) return [{path: ['organization'], at: 'key', params: {form: 'bin'}}]
    return []
  },
  message: {
    en: (p) => `${where(p, 'en')}${p.form === 'iin' ? 'a sole proprietor is identified by an ИИН: add `iin: "850101300124"`.' : 'an organization is identified by its БИН: add `bin: "180940004961"`.'}`,
    ru: (p) => `${where(p, 'ru')}${p.form === 'iin' ? 'индивидуального предпринимателя указывают по ИИН: добавьте `iin: "850101300124"`.' : 'организацию указывают по БИН: добавьте `bin: "180940004961"`.'}`,
    kk: (p) => `${where(p, 'kk')}${p.form === 'iin' ? 'жеке кәсіпкер ЖСН арқылы сәйкестендіріледі: `iin: "850101300124"` қосыңыз.' : 'ұйым БСН арқылы сәйкестендіріледі: `bin: "180940004961"` қосыңыз.'}`
  }
})
