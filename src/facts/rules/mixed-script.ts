import {foreignLetterWords, where} from '../messages.js'
import {mixedWord} from '../text-hazards.js'
import {defineRule, textsOf, type Finding} from './rule.js'

/**
 * `mixed-script`: No word of the facts mixes Latin and Cyrillic letters. Many look the same (а and
 * a, о and o, с and c, Р and P), so a word typed half in the other keyboard layout reads right and is
 * another word: a site's address leads to another domain, an e-mail to another mailbox, a name is
 * not found by a search.
 */
export const mixedScript = defineRule({
  id: 'mixed-script',
  severity: 'error',
  summary: {
    en: 'No word of the facts mixes Latin and Cyrillic letters, which look alike (`а` and `a`): such a word reads right and is another word, and a site address with it leads to another domain.',
    ru: 'Ни одно слово фактов не смешивает латинские и кириллические буквы, которые выглядят одинаково (`а` и `a`): такое слово читается верно, но это другое слово, а адрес сайта с ним ведёт на другой домен.',
    kk: 'Фактілердің ешбір сөзінде бір-біріне ұқсас латын және кирилл әріптері (`а` және `a`) араласпайды: мұндай сөз дұрыс оқылады, бірақ ол басқа сөз, ал онымен жазылған сайт мекенжайы басқа доменге апарады.'
  },
  walksFacts: [],
  check: (facts) =>
    textsOf(facts).flatMap(({text, path}): Finding[] => {
      const mixed = mixedWord(text)
      return mixed ? [{path, params: {actual: mixed.word, character: mixed.letter, code: mixed.code, position: String(mixed.position), script: mixed.script}}] : []
    }),
  message: {
    en: (p) =>
      `${where(p, 'en')}the word «${p.actual}» mixes Latin and Cyrillic letters: character ${p.position} of the text, «${p.character}» (${p.code}), is ${foreignLetterWords(p.script, 'en')}. It looks like the letter meant but is another one, so the word is another word (an address with it leads elsewhere). Type the word again in one keyboard layout.`,
    ru: (p) =>
      `${where(p, 'ru')}в слове «${p.actual}» смешаны латинские и кириллические буквы: ${p.position}-й знак текста, «${p.character}» (${p.code}), — ${foreignLetterWords(p.script, 'ru')}. Она выглядит как нужная буква, но это другая, и слово получается другим (адрес с ней ведёт в другое место). Наберите слово заново в одной раскладке.`,
    kk: (p) =>
      `${where(p, 'kk')}«${p.actual}» сөзінде латын және кирилл әріптері араласып кеткен: мәтіннің ${p.position}-таңбасы, «${p.character}» (${p.code}), — ${foreignLetterWords(p.script, 'kk')}. Ол керекті әріпке ұқсайды, бірақ басқа әріп, сондықтан сөз де басқа болып шығады (онымен жазылған мекенжай басқа жерге апарады). Сөзді бір пернетақта орналасуында қайта теріңіз.`
  }
})
