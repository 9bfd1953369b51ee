import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

/** `functional-as-necessary`: Cookies that remember a choice (language, region) are functional, not strictly necessary. */
export const functionalAsNecessary = defineRule({
  id: 'functional-as-necessary',
  severity: 'error',
  summary: {
    en: 'Cookies that remember the user\'s choices (language, region, interface) are functional, not strictly necessary: the site works without them, so they are not placed without a choice.',
    ru: 'Файлы cookie, запоминающие выбор пользователя (язык, регион, интерфейс), являются функциональными, а не строго необходимыми: сайт работает и без них, поэтому они не устанавливаются, пока пользователь не сделал выбор.',
    kk: 'Пайдаланушының таңдауын (тіл, өңір, интерфейс) есте сақтайтын cookie файлдары қатаң қажетті емес, функционалдық болып табылады: сайт оларсыз да жұмыс істейді, сондықтан пайдаланушы таңдау жасамайынша олар орнатылмайды.'
  },
  check: (facts) => {
    const findings: Finding[] = []
    ;(facts.cookieCategories ?? []).forEach((category, index) => {
      if (category.id === 'strictly-necessary' && category.purposes.includes('preferences')) findings.push({path: ['cookieCategories', index, 'purposes', category.purposes.indexOf('preferences')]})
    })
    ;(facts.cookies ?? []).forEach((cookie, index) => {
      if (cookie.category === 'strictly-necessary' && cookie.purpose === 'preferences') findings.push({path: ['cookies', index, 'purpose']})
    })
    return findings
  },
  message: {
    en: (p) => `${where(p, 'en')}remembering the language, the region or the interface is a functional purpose: the site works without it. Move it to a \`functional\` category that the user can switch off.`,
    ru: (p) => `${where(p, 'ru')}запоминание языка, региона или настроек интерфейса — функциональная цель: сайт работает и без неё. Перенесите её в категорию \`functional\`, которую пользователь может отключить.`,
    kk: (p) => `${where(p, 'kk')}тілді, өңірді немесе интерфейс баптауларын есте сақтау — функционалдық мақсат: сайт онсыз да жұмыс істейді. Оны пайдаланушы өшіре алатын \`functional\` санатына ауыстырыңыз.`
  }
})
