import {where} from '../messages.js'
import {defineRule} from './rule.js'
import {shadowedTerms} from './unknown-term.js'

/** `term-already-fixed`: A term of the company's own does not reuse a fixed key, whose reviewed wording would win. */
export const termAlreadyFixed = defineRule({
  id: 'term-already-fixed',
  severity: 'error',
  summary: {
    en: 'A term of the company\'s own under `vocabulary` does not reuse a fixed key: the fixed key already has reviewed wording in both languages.',
    ru: 'Собственный термин компании в `vocabulary` не повторяет фиксированный ключ: у фиксированного ключа уже есть выверенная формулировка на обоих языках.',
    kk: 'Компанияның `vocabulary` ішіндегі өз термині тіркелген кілтті қайталамайды: тіркелген кілттің екі тілде де тексерілген тұжырымы бар.'
  },
  check: shadowedTerms,
  message: {
    en: (p) => `${where(p, 'en')}\`${p.actual}\` is already a key of the list, worded in both languages by policygen. Use it as it is and remove it here, or give your own term another key.`,
    ru: (p) => `${where(p, 'ru')}\`${p.actual}\` уже есть в списке, и policygen формулирует его на обоих языках сам. Используйте его как есть и уберите отсюда или дайте своему термину другой ключ.`,
    kk: (p) => `${where(p, 'kk')}\`${p.actual}\` тізімде бұрыннан бар, оны екі тілде де policygen өзі тұжырымдайды. Оны сол күйінде пайдаланып, осы жерден алып тастаңыз немесе өз терминіңізге басқа кілт беріңіз.`
  }
})
