import {where} from '../messages.js'
import {defineRule} from './rule.js'

/** `necessary-cannot-disable`: Strictly necessary cookies are not said to be optional. */
export const necessaryCannotDisable = defineRule({
  id: 'necessary-cannot-disable',
  severity: 'error',
  summary: {
    en: 'Strictly necessary cookies are not said to be optional.',
    ru: 'Строго необходимые файлы cookie не объявляются необязательными.',
    kk: 'Қатаң қажетті cookie файлдары міндетті емес деп көрсетілмейді.'
  },
  check: (facts) =>
    (facts.cookieCategories ?? []).flatMap((category, index) =>
      category.id === 'strictly-necessary' && category.canDisable ? [{path: ['cookieCategories', index, 'canDisable']}] : []
    ),
  message: {
    en: (p) => `${where(p, 'en')}strictly necessary cookies cannot be switched off by the user, so \`canDisable\` must be \`false\`.`,
    ru: (p) => `${where(p, 'ru')}строго необходимые cookie пользователь отключить не может, поэтому \`canDisable\` должно быть \`false\`.`,
    kk: (p) => `${where(p, 'kk')}міндетті cookie файлдарын пайдаланушы өшіре алмайды, сондықтан \`canDisable\` мәні \`false\` болуы керек.`
  }
})
