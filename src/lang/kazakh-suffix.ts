/**
 * Kazakh case endings.
 *
 * An ending has a back form (`айға`) and a front form (`күнге`), chosen by
 * vowel harmony, and its first consonant is chosen by the last sound of the
 * word:
 *
 * | case         | vowel    | р й у л  | м н ң    | ж з      | voiceless, б в г д |
 * | ------------ | -------- | -------- | -------- | -------- | ------------------ |
 * | dative       | ға/ге    | ға/ге    | ға/ге    | ға/ге    | қа/ке              |
 * | locative     | да/де    | да/де    | да/де    | да/де    | та/те              |
 * | ablative     | дан/ден  | дан/ден  | нан/нен  | дан/ден  | тан/тен            |
 * | genitive     | ның/нің  | дың/дің  | ның/нің  | дың/дің  | тың/тің            |
 * | accusative   | ны/ні    | ды/ді    | ды/ді    | ды/ді    | ты/ті              |
 * | instrumental | мен      | мен      | мен      | бен      | пен                |
 *
 * Spelling rules that go with it:
 *
 * * a word-final `и`, `у` or `ю` spells a glide (`такси` is /taksij/, `тау`
 *   is /taw/), so it counts as a consonant of the `р й у л` group:
 *   `таксиді`, `тауды`, `суға`;
 * * a word-final `у` or `ю` carries no harmony of its own, the vowel before it
 *   decides (`келуге`, `оқуға`); anywhere else `у` and `ю` are back vowels
 *   (`минутқа`, `институтқа`);
 * * `и`, `е`, `э`, `ә`, `ө`, `ү`, `і` are front; `а`, `о`, `ұ`, `ы`, `я`, `ё`
 *   are back; a word with no vowel of its own (`су`) is back;
 * * a loanword ending in `к` or `г` takes front endings whatever its vowels
 *   (`банкке`, `педагогтің`);
 * * a soft or hard sign is silent and skipped (`мораль` → `моральға`);
 * * final `б в г д` are devoiced and so take the voiceless forms (`клубқа`);
 * * a number written in digits takes the ending of its last spoken word
 *   (`24` is `жиырма төрт`, so `24-ке`), joined with a hyphen.
 */

/** A Kazakh grammatical case that is marked with an ending. */
export type KazakhCase =
  | 'dative'
  | 'ablative'
  | 'locative'
  | 'genitive'
  | 'accusative'
  | 'instrumental'

/** Get the ending `word` takes in `grammaticalCase`, such as `ға` for `ай` in the dative or `ке` for `24`. */
export function kazakhSuffix(
  word: string,
  grammaticalCase: KazakhCase
): string {
  const spoken = isDigits(word) ? numberToLastWord(word) : word.toLowerCase()
  const letters = stripSigns(spoken)
  const last = letters.at(-1)

  if (last === undefined) {
    throw new TypeError('Cannot inflect `' + word + '`: expected a word')
  }

  const sound = soundClass(last)

  if (!sound) {
    throw new TypeError(
      'Cannot inflect `' +
        word +
        '`: expected it to end in a Kazakh letter or a digit'
    )
  }

  const [back, front] = endings[grammaticalCase][sound]
  return harmony(letters) === 'back' ? back : front
}

/** Add the ending for `grammaticalCase` to `word`: `айға`, or `24-ке` with a hyphen after digits. */
export function withKazakhSuffix(
  word: string,
  grammaticalCase: KazakhCase
): string {
  const suffix = kazakhSuffix(word, grammaticalCase)
  return isDigits(word) ? word + '-' + suffix : word + suffix
}

type Sound = 'vowel' | 'glide' | 'nasal' | 'sibilant' | 'voiceless'

type Harmony = 'back' | 'front'

/** Each ending as `[back, front]`, by case and by the last sound of the word. */
const endings: Record<
  KazakhCase,
  Record<Sound, readonly [back: string, front: string]>
> = {
  dative: {
    vowel: ['ға', 'ге'],
    glide: ['ға', 'ге'],
    nasal: ['ға', 'ге'],
    sibilant: ['ға', 'ге'],
    voiceless: ['қа', 'ке']
  },
  locative: {
    vowel: ['да', 'де'],
    glide: ['да', 'де'],
    nasal: ['да', 'де'],
    sibilant: ['да', 'де'],
    voiceless: ['та', 'те']
  },
  ablative: {
    vowel: ['дан', 'ден'],
    glide: ['дан', 'ден'],
    nasal: ['нан', 'нен'],
    sibilant: ['дан', 'ден'],
    voiceless: ['тан', 'тен']
  },
  genitive: {
    vowel: ['ның', 'нің'],
    glide: ['дың', 'дің'],
    nasal: ['ның', 'нің'],
    sibilant: ['дың', 'дің'],
    voiceless: ['тың', 'тің']
  },
  accusative: {
    vowel: ['ны', 'ні'],
    glide: ['ды', 'ді'],
    nasal: ['ды', 'ді'],
    sibilant: ['ды', 'ді'],
    voiceless: ['ты', 'ті']
  },
  instrumental: {
    vowel: ['мен', 'мен'],
    glide: ['мен', 'мен'],
    nasal: ['мен', 'мен'],
    sibilant: ['бен', 'бен'],
    voiceless: ['пен', 'пен']
  }
}

const backVowels = 'аоұыяёую'
const frontVowels = 'әеөүіэи'

/** Kazakh numerals by digit: units (`бір` … `тоғыз`) and tens (`он` … `тоқсан`). */
const units = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз']
const tens = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан']
/** Scale words by groups of three zeros: `мың` (10³) to `квадриллион` (10¹⁵). */
const scales = ['мың', 'миллион', 'миллиард', 'триллион', 'квадриллион']

function soundClass(letter: string): Sound | undefined {
  if ('аәеёоөұүыіэя'.includes(letter)) return 'vowel'
  if ('рйулию'.includes(letter)) return 'glide'
  if ('мнң'.includes(letter)) return 'nasal'
  if ('жз'.includes(letter)) return 'sibilant'
  if ('кқпстфхцчшщбвгд'.includes(letter)) return 'voiceless'
  return undefined
}

function harmony(letters: string): Harmony {
  const last = letters.at(-1)

  if (last === 'к' || last === 'г') return 'front'

  let index = letters.length

  // A final `у` or `ю` is a glide and takes the harmony of the vowel before it.
  if (last === 'у' || last === 'ю') index--

  while (index--) {
    const letter = letters.charAt(index)
    if (backVowels.includes(letter)) return 'back'
    if (frontVowels.includes(letter)) return 'front'
  }

  return 'back'
}

function numberToLastWord(digits: string): string {
  const significant = digits.replace(/0+$/, '')
  const zeros = digits.length - significant.length
  const digit = Number(significant.at(-1) ?? '0')

  if (digit === 0) return 'нөл'
  if (zeros === 0) return units[digit] ?? ''
  if (zeros === 1) return tens[digit] ?? ''
  if (zeros === 2) return 'жүз'

  const scale = scales[Math.floor(zeros / 3) - 1]

  if (scale === undefined) {
    throw new RangeError('Cannot read `' + digits + '` in Kazakh: too large')
  }

  return scale
}

function stripSigns(word: string): string {
  return word.replace(/[ъь]+$/, '')
}

function isDigits(word: string): boolean {
  return /^\d+$/.test(word)
}
