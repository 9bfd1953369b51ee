import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

/** `versions-order`: A document's versions are listed from the newest to the oldest. */
export const versionsOrder = defineRule({
  id: 'versions-order',
  severity: 'error',
  summary: {
    en: 'A document\'s versions are listed from the newest to the oldest.',
    ru: 'Редакции документа перечислены от самой новой к самой старой.',
    kk: 'Құжаттың редакциялары ең жаңасынан бастап ең ескісіне қарай тізіледі.'
  },
  check: (facts) => {
    const findings: Finding[] = []
    for (const documentKey of ['cookiePolicy', 'privacyPolicy'] as const) {
      const versions = facts.documents[documentKey]?.versions ?? []
      versions.forEach((version, index) => {
        const previous = versions[index - 1]
        if (previous && version.effectiveDate >= previous.effectiveDate) {
          findings.push({
            path: ['documents', documentKey, 'versions', index, 'effectiveDate'],
            params: {actual: `${version.version} (${version.effectiveDate})`, previous: `${previous.version} (${previous.effectiveDate})`}
          })
        }
      })
    }
    return findings
  },
  message: {
    en: (p) => `${where(p, 'en')}versions go from the newest to the oldest, but ${p.actual} is not older than ${p.previous}. Put the current version first.`,
    ru: (p) => `${where(p, 'ru')}редакции перечисляются от новой к старой, а ${p.actual} не старше ${p.previous}. Поставьте действующую редакцию первой.`,
    kk: (p) => `${where(p, 'kk')}редакциялар жаңасынан ескісіне қарай жазылады, ал ${p.actual} редакциясы ${p.previous} редакциясынан ескі емес. Қолданыстағы редакцияны бірінші орынға қойыңыз.`
  }
})
