import {describe, expect, it} from 'vitest'
import {
  kazakhSuffix,
  withKazakhSuffix,
  type KazakhCase
} from '../../src/lang/kazakh-suffix.js'

const cases: readonly KazakhCase[] = [
  'dative',
  'ablative',
  'locative',
  'genitive',
  'accusative',
  'instrumental'
]

/** Every case of `word`, in the order of `cases`. */
function paradigm(word: string): string[] {
  return cases.map((grammaticalCase) =>
    withKazakhSuffix(word, grammaticalCase)
  )
}

describe('kazakhSuffix', () => {
  it.each([
    ['ай', 'dative', 'ға'],
    ['күн', 'ablative', 'нен'],
    ['жыл', 'dative', 'ға'],
    ['сағат', 'ablative', 'тан'],
    ['апта', 'locative', 'да'],
    ['24', 'dative', 'ке'],
    ['1000', 'ablative', 'нан']
  ] as const)('%s, %s → %s', (word, grammaticalCase, expected) => {
    expect(kazakhSuffix(word, grammaticalCase)).toBe(expected)
  })
})

describe('withKazakhSuffix on words', () => {
  // dative, ablative, locative, genitive, accusative, instrumental
  it.each([
    // Vowel, back and front.
    ['апта', 'аптаға аптадан аптада аптаның аптаны аптамен'],
    ['Алматы', 'Алматыға Алматыдан Алматыда Алматының Алматыны Алматымен'],
    ['Астана', 'Астанаға Астанадан Астанада Астананың Астананы Астанамен'],
    ['әке', 'әкеге әкеден әкеде әкенің әкені әкемен'],
    ['армия', 'армияға армиядан армияда армияның армияны армиямен'],
    // р й у л, back and front.
    ['ай', 'айға айдан айда айдың айды аймен'],
    ['жыл', 'жылға жылдан жылда жылдың жылды жылмен'],
    ['үй', 'үйге үйден үйде үйдің үйді үймен'],
    ['жер', 'жерге жерден жерде жердің жерді жермен'],
    // A final `у` or `и` is a glide; a final `у` takes the vowel before it.
    ['тау', 'тауға таудан тауда таудың тауды таумен'],
    ['келу', 'келуге келуден келуде келудің келуді келумен'],
    ['су', 'суға судан суда судың суды сумен'],
    ['такси', 'таксиге таксиден таксиде таксидің таксиді таксимен'],
    // м н ң.
    ['күн', 'күнге күннен күнде күннің күнді күнмен'],
    ['келісім', 'келісімге келісімнен келісімде келісімнің келісімді келісіммен'],
    ['адам', 'адамға адамнан адамда адамның адамды адаммен'],
    ['таң', 'таңға таңнан таңда таңның таңды таңмен'],
    // ж з.
    ['қыз', 'қызға қыздан қызда қыздың қызды қызбен'],
    ['көз', 'көзге көзден көзде көздің көзді көзбен'],
    ['кіреберіс', 'кіреберіске кіреберістен кіреберісте кіреберістің кіреберісті кіреберіспен'],
    // Voiceless; `у` inside a loanword is a back vowel.
    ['сағат', 'сағатқа сағаттан сағатта сағаттың сағатты сағатпен'],
    ['сайт', 'сайтқа сайттан сайтта сайттың сайтты сайтпен'],
    ['минут', 'минутқа минуттан минутта минуттың минутты минутпен'],
    ['мектеп', 'мектепке мектептен мектепте мектептің мектепті мектеппен'],
    ['сеанс', 'сеансқа сеанстан сеанста сеанстың сеансты сеанспен'],
    // Final б в г д are devoiced.
    ['секунд', 'секундқа секундтан секундта секундтың секундты секундпен'],
    ['клуб', 'клубқа клубтан клубта клубтың клубты клубпен'],
    // A final `к` or `г` makes the ending front.
    ['банк', 'банкке банктен банкте банктің банкті банкпен'],
    ['педагог', 'педагогке педагогтен педагогте педагогтің педагогті педагогпен'],
    // A final soft sign is skipped.
    ['мораль', 'моральға моральдан моральда моральдың моральды моральмен'],
    ['автомобиль', 'автомобильге автомобильден автомобильде автомобильдің автомобильді автомобильмен']
  ])('%s', (word, expected) => {
    expect(paradigm(word)).toEqual(expected.split(' '))
  })
})

describe('withKazakhSuffix on numbers', () => {
  it('joins the ending with a hyphen', () => {
    expect(withKazakhSuffix('24', 'dative')).toBe('24-ке')
    expect(withKazakhSuffix('ай', 'dative')).toBe('айға')
  })

  // The word in brackets is the last word of the number read aloud.
  it.each([
    ['0', 'ге ден де дің ді мен'], // нөл
    ['1', 'ге ден де дің ді мен'], // бір
    ['2', 'ге ден де нің ні мен'], // екі
    ['3', 'ке тен те тің ті пен'], // үш
    ['4', 'ке тен те тің ті пен'], // төрт
    ['5', 'ке тен те тің ті пен'], // бес
    ['6', 'ға дан да ның ны мен'], // алты
    ['7', 'ге ден де нің ні мен'], // жеті
    ['8', 'ге ден де дің ді бен'], // сегіз
    ['9', 'ға дан да дың ды бен'], // тоғыз
    ['10', 'ға нан да ның ды мен'], // он
    ['12', 'ге ден де нің ні мен'], // он екі
    ['20', 'ға дан да ның ны мен'], // жиырма
    ['24', 'ке тен те тің ті пен'], // жиырма төрт
    ['30', 'ға дан да дың ды бен'], // отыз
    ['40', 'қа тан та тың ты пен'], // қырық
    ['50', 'ге ден де дің ді мен'], // елу
    ['60', 'қа тан та тың ты пен'], // алпыс
    ['70', 'ке тен те тің ті пен'], // жетпіс
    ['80', 'ге нен де нің ді мен'], // сексен
    ['90', 'ға нан да ның ды мен'], // тоқсан
    ['100', 'ге ден де дің ді бен'], // жүз
    ['365', 'ке тен те тің ті пен'], // үш жүз алпыс бес
    ['1000', 'ға нан да ның ды мен'], // мың
    ['1100', 'ге ден де дің ді бен'], // бір мың бір жүз
    ['10000', 'ға нан да ның ды мен'], // он мың
    ['2000000', 'ға нан да ның ды мен'], // екі миллион
    ['3000000000', 'қа тан та тың ты пен'] // үш миллиард
  ])('%s', (digits, expected) => {
    expect(paradigm(digits)).toEqual(
      expected.split(' ').map((suffix) => digits + '-' + suffix)
    )
  })
})

describe('errors', () => {
  it('throws a `TypeError` on an empty word', () => {
    expect(() => kazakhSuffix('', 'dative')).toThrow(TypeError)
  })

  it('throws a `TypeError` on a word that does not end in a Kazakh letter', () => {
    expect(() => withKazakhSuffix('Google', 'dative')).toThrow(
      'Cannot inflect `Google`: expected it to end in a Kazakh letter or a digit'
    )
  })

  it('throws a `RangeError` on a number too large to read', () => {
    expect(() => kazakhSuffix('1' + '0'.repeat(18), 'dative')).toThrow(
      RangeError
    )
  })
})
