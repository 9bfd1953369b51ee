import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

const article24 = ['know-processing', 'access', 'rectify', 'block', 'destroy', 'withdraw-consent', 'public-sources', 'complain', 'protection']

/** `rights-incomplete`: The rights the privacy policy lists are at least those of Article 24. */
export const rightsIncomplete = defineRule({
  id: 'rights-incomplete',
  severity: 'error',
  article: 'Art. 24(1)',
  summary: {
    en: 'The rights the privacy policy lists include every right of Article 24 (leave `rights` out to list them all).',
    ru: 'Перечень прав в политике конфиденциальности включает все права по статье 24 (чтобы перечислить их все, не указывайте `rights`).',
    kk: 'Құпиялылық саясатындағы құқықтар тізімі 24-баптағы барлық құқықты қамтиды (барлығын тізімдеу үшін `rights` фактісін көрсетпеңіз).'
  },
  check: (facts) => {
    const rights = facts.personalData?.rights
    if (!rights) return []
    const missing = article24.filter((right) => !(rights as readonly string[]).includes(right))
    return missing.length > 0 ? [{path: ['personalData', 'rights'], params: {missing: missing.map((right) => `\`${right}\``).join(', ')}} satisfies Finding] : []
  },
  message: {
    en: (p) => `${where(p, 'en')}the list leaves out rights the Law gives every subject: ${p.missing}. Add them, or leave \`rights\` out and the documents list them all.`,
    ru: (p) => `${where(p, 'ru')}в списке нет прав, которые Закон даёт каждому субъекту: ${p.missing}. Добавьте их или уберите \`rights\`, и документы перечислят все права.`,
    kk: (p) => `${where(p, 'kk')}тізімде Заң әр субъектіге беретін құқықтар жоқ: ${p.missing}. Оларды қосыңыз немесе \`rights\` фактісін алып тастаңыз, сонда құжаттар барлық құқықтарды атайды.`
  }
})
