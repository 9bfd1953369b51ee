import {where} from '../messages.js'
import {defineRule, textsOf, type Finding} from './rule.js'

/** The word `policygen init` marks each value of its starter facts with, for the company to replace. */
export const placeholderMark = 'ЗАПОЛНИТЕ'

/**
 * The starter's placeholders that cannot hold the word, as the value must keep its form: the sites
 * and e-mail addresses on `zapolnite.kz`, and the БИН of twelve zeros.
 */
const placeholderHost = /(^https:\/\/|@)(?:[a-z0-9-]+\.)*zapolnite\.kz(?:[/?#]|$)/i
const placeholderNumber = '000000000000'

/** Whether a text of the facts, at `path`, is still one of the starter's placeholders. */
function isPlaceholder(text: string, path: readonly (string | number)[]): boolean {
  if (text.includes(placeholderMark) || placeholderHost.test(text)) return true
  return text === placeholderNumber && path[0] === 'organization' && (path[1] === 'bin' || path[1] === 'iin')
}

/** `placeholder-left`: No value is still a placeholder of the starter facts (`ЗАПОЛНИТЕ`), which the documents would print. */
export const placeholderLeft = defineRule({
  id: 'placeholder-left',
  severity: 'warning',
  summary: {
    en: 'No value is still a placeholder of the starter facts `policygen init` wrote (`ЗАПОЛНИТЕ …`), which the documents would print as it is.',
    ru: 'Ни одно значение не осталось заготовкой (`ЗАПОЛНИТЕ …`) из стартовых фактов, которые записал `policygen init`: документы напечатали бы её как есть.',
    kk: '`policygen init` жазған бастапқы фактілердегі бірде-бір мән дайындама (`ЗАПОЛНИТЕ …`) болып қалмаған: әйтпесе құжаттар оны өзгеріссіз басып шығарар еді.'
  },
  walksFacts: [],
  check: (facts) =>
    textsOf(facts).flatMap(({text, path}): Finding[] => (isPlaceholder(text, path) ? [{path, params: {value: text.length > 60 ? `${text.slice(0, 60)}…` : text}}] : [])),
  message: {
    en: (p) => `${where(p, 'en')}«${p.value}» is a placeholder that \`policygen init\` wrote, and the documents print it as it is. Replace it with the company's own fact before publishing.`,
    ru: (p) => `${where(p, 'ru')}«${p.value}» — заготовка, которую записал \`policygen init\`, и документы печатают её как есть. Перед публикацией замените её настоящим значением — фактом о самой компании.`,
    kk: (p) => `${where(p, 'kk')}«${p.value}» — \`policygen init\` жазған дайындама, құжаттар оны сол күйінде басып шығарады. Жарияламас бұрын оны компанияның өз фактісімен ауыстырыңыз.`
  }
})
