import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

/** `clause-needs-title`: A custom clause placed before or after a section has its own title. */
export const clauseNeedsTitle = defineRule({
  id: 'clause-needs-title',
  severity: 'error',
  summary: {
    en: 'A custom clause placed before or after a section has its own title.',
    ru: 'Собственный раздел компании, размещаемый перед другим разделом или после него, имеет свой заголовок.',
    kk: 'Басқа бөлімнің алдына немесе артына орналастырылатын компанияның өз бөлімінің жеке тақырыбы болады.'
  },
  check: (facts) => {
    const findings: Finding[] = []
    for (const documentKey of ['cookiePolicy', 'privacyPolicy'] as const) {
      ;(facts.customClauses?.[documentKey] ?? []).forEach((clause, index) => {
        if (clause.placement !== 'replace' && !clause.title) findings.push({path: ['customClauses', documentKey, index], params: {placement: clause.placement}})
      })
    }
    return findings
  },
  message: {
    en: (p) => `${where(p, 'en')}a section placed \`${p.placement}\` another one needs its own \`title\` in every language.`,
    ru: (p) => `${where(p, 'ru')}у раздела, который ставится \`${p.placement}\` другого, должен быть свой \`title\` на каждом языке.`,
    kk: (p) => `${where(p, 'kk')}басқа бөлімге қатысты \`placement: ${p.placement}\` деп орналастырылатын бөлімнің әр тілде өз тақырыбы (\`title\`) болуы керек.`
  }
})
