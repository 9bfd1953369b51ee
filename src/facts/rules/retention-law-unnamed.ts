import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

/** `retention-law-unnamed`: «As long as the law requires» names the law. */
export const retentionLawUnnamed = defineRule({
  id: 'retention-law-unnamed',
  severity: 'warning',
  summary: {
    en: 'A retention «as long as the law requires» names the law (`retentionLaw`), so a reader can find the period.',
    ru: 'При сроке хранения «в течение срока, установленного законодательством» назван сам закон (`retentionLaw`), чтобы читатель мог найти этот срок.',
    kk: '«Заңнамада белгіленген мерзім ішінде» деген сақтау мерзімі үшін заңның өзі аталады (`retentionLaw`), сонда оқырман бұл мерзімді таба алады.'
  },
  check: (facts) =>
    (facts.personalData?.categories ?? []).flatMap((category, index): Finding[] =>
      category.retention === 'as-required-by-law' && !category.retentionLaw ? [{path: ['personalData', 'categories', index, 'retention']}] : []
    ),
  message: {
    en: (p) => `${where(p, 'en')}the data are kept «as long as the law requires», but no law is named. Name it in \`retentionLaw\` (for example the Law «On Accounting and Financial Reporting»), so that a reader can find the period.`,
    ru: (p) => `${where(p, 'ru')}данные хранятся «в течение срока, установленного законодательством», но закон не назван. Назовите его в \`retentionLaw\` (например, Закон «О бухгалтерском учёте и финансовой отчётности»), чтобы читатель мог найти срок.`,
    kk: (p) => `${where(p, 'kk')}деректер «заңнамада белгіленген мерзім ішінде» сақталады, бірақ заң аталмаған. Оқырман мерзімді таба алуы үшін заңды \`retentionLaw\` ішінде атаңыз (мысалы, «Бухгалтерлік есеп пен қаржылық есептілік туралы» Заң).`
  }
})
