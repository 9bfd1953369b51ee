import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

/** `cookie-needs-name`: A cookie has its name; only a pixel or a storage entry may go without one. */
export const cookieNeedsName = defineRule({
  id: 'cookie-needs-name',
  severity: 'error',
  summary: {
    en: 'A cookie gives its name as the browser shows it; only a pixel, a web beacon or a storage entry may go without a name.',
    ru: 'Для файла cookie указано имя, под которым его показывает браузер; без имени допускаются только пиксель, веб-маяк или запись в хранилище.',
    kk: 'Cookie файлының браузер көрсететін атауы беріледі; атаусыз тек пиксель, веб-маяк немесе қоймадағы жазба бола алады.'
  },
  check: (facts) =>
    (facts.cookies ?? []).flatMap((cookie, index): Finding[] => ((cookie.type ?? 'cookie') === 'cookie' && !cookie.name ? [{path: ['cookies', index], at: 'key'}] : [])),
  message: {
    en: (p) => `${where(p, 'en')}a cookie needs its \`name\` as the browser shows it (\`_ga\`, or a pattern such as \`_ga_*\`). Only a \`type: pixel\`, \`web-beacon\` or storage entry may go without one.`,
    ru: (p) => `${where(p, 'ru')}у cookie должно быть имя \`name\`, как его показывает браузер (\`_ga\` или шаблон вида \`_ga_*\`). Без имени может быть только \`type: pixel\`, \`web-beacon\` или запись в хранилище.`,
    kk: (p) => `${where(p, 'kk')}cookie файлының браузер көрсететін \`name\` атауы болуы керек (\`_ga\` немесе \`_ga_*\` сияқты үлгі). Атаусыз тек \`type: pixel\`, \`web-beacon\` немесе браузер қоймасындағы жазба бола алады.`
  }
})
