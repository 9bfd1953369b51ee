import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

/**
 * `session-category-retention`: a cookie in the `session` category is kept only for the session. The
 * category's text says its cookies are deleted when the browser is closed; a cookie kept longer
 * would make that sentence false of it.
 */
export const sessionCategoryRetention = defineRule({
  id: 'session-category-retention',
  severity: 'error',
  summary: {
    en: 'A cookie in the `session` category is kept only until the browser is closed (`retention: session`): the policy says so of every cookie in it.',
    ru: 'Файл cookie категории `session` хранится только до закрытия браузера (`retention: session`): так сказано в политике о каждом файле cookie этой категории.',
    kk: '`session` санатындағы cookie файлы браузер жабылғанға дейін ғана сақталады (`retention: session`): саясатта бұл санаттағы әрбір cookie файлы туралы осылай делінген.'
  },
  check: (facts) => {
    const findings: Finding[] = []
    ;(facts.cookies ?? []).forEach((cookie, index) => {
      if (cookie.category === 'session' && cookie.retention !== 'session') findings.push({path: ['cookies', index, 'retention'], params: {actual: cookie.retention}})
    })
    return findings
  },
  message: {
    en: (p) => `${where(p, 'en')}the cookie is in the \`session\` category, whose cookies the policy says are deleted when the browser is closed, but its retention is \`${p.actual}\`. Write \`retention: session\` if that is how long it lives, or move it to the category of what it does (\`strictly-necessary\`, \`functional\`, \`analytics\`, \`marketing\`).`,
    ru: (p) => `${where(p, 'ru')}файл cookie отнесён к категории \`session\`, а в политике о файлах cookie этой категории сказано, что они удаляются при закрытии браузера; однако срок его хранения — \`${p.actual}\`. Укажите \`retention: session\`, если он действительно хранится только до закрытия браузера, или перенесите его в категорию, соответствующую его назначению (\`strictly-necessary\`, \`functional\`, \`analytics\`, \`marketing\`).`,
    kk: (p) => `${where(p, 'kk')}cookie файлы \`session\` санатына жатқызылған, ал саясатта бұл санаттағы cookie файлдары браузер жабылғанда жойылады делінген; алайда бұл файлдың сақталу мерзімі — \`${p.actual}\`. Ол шынымен браузер жабылғанға дейін ғана сақталса, \`retention: session\` деп жазыңыз, әйтпесе оны мақсатына сай санатқа ауыстырыңыз (\`strictly-necessary\`, \`functional\`, \`analytics\`, \`marketing\`).`
  }
})
