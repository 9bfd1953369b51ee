import {describe, expect, it} from 'vitest'
import {joinList, joinPhrases} from '../../src/lang/lists.js'

const cookies = ['технические', 'аналитические', 'маркетинговые']
const kazakhCookies = ['техникалық', 'аналитикалық', 'маркетингтік']

describe('joinList', () => {
  it('returns an empty string for no items', () => {
    expect(joinList([], 'ru')).toBe('')
    expect(joinList([], 'kk', 'or')).toBe('')
  })

  it('returns a single item as it is', () => {
    expect(joinList(['Яндекс Метрика'], 'ru')).toBe('Яндекс Метрика')
    expect(joinList(['Google Analytics'], 'kk', 'or')).toBe('Google Analytics')
  })

  it('joins two items with the conjunction alone', () => {
    expect(joinList(['имя', 'e-mail'], 'ru')).toBe('имя и e-mail')
    expect(joinList(['имя', 'e-mail'], 'ru', 'or')).toBe('имя или e-mail')
    expect(joinList(['аты', 'e-mail'], 'kk')).toBe('аты және e-mail')
    expect(joinList(['аты', 'e-mail'], 'kk', 'or')).toBe('аты немесе e-mail')
  })

  it('joins more items with commas and no comma before the conjunction', () => {
    expect(joinList(cookies, 'ru')).toBe(
      'технические, аналитические и маркетинговые'
    )
    expect(joinList(cookies, 'ru', 'or')).toBe(
      'технические, аналитические или маркетинговые'
    )
    expect(joinList(kazakhCookies, 'kk')).toBe(
      'техникалық, аналитикалық және маркетингтік'
    )
    expect(joinList(kazakhCookies, 'kk', 'or')).toBe(
      'техникалық, аналитикалық немесе маркетингтік'
    )
  })

  it('handles longer lists', () => {
    expect(joinList(['A', 'B', 'C', 'D', 'E'], 'kk')).toBe('A, B, C, D және E')
  })
  it('separates items with semicolons when an item holds a comma or the conjunction', () => {
    expect(joinList(['контактные данные', 'переписка', 'фотографии, аудио и видео'], 'ru')).toBe('контактные данные; переписка; фотографии, аудио и видео')
    // An alternative keeps its conjunction: without it, the list would read as all of the items.
    expect(joinList(['IP-адрес', 'браузер и его версия', 'язык'], 'ru', 'or')).toBe('IP-адрес; браузер и его версия; или язык')
    expect(joinList(['a, b', 'c'], 'kk', 'or')).toBe('a, b; немесе c')
    // The second of two items may hold commas: they come after the conjunction.
    expect(joinList(['письмом', 'заявлением по адресу: г. Алматы, ул. Абая, 1'], 'ru', 'or')).toBe('письмом или заявлением по адресу: г. Алматы, ул. Абая, 1')
    expect(joinList(['хат арқылы', 'Алматы қ., Абай даң., 1 мекенжайына өтініш арқылы'], 'kk', 'or')).toBe('хат арқылы немесе Алматы қ., Абай даң., 1 мекенжайына өтініш арқылы')
    expect(joinList(['a', 'b', 'c, d'], 'ru', 'or')).toBe('a; b; или c, d')
    expect(joinList(['IP-мекенжай', 'браузер және оның нұсқасы'], 'kk')).toBe('IP-мекенжай; браузер және оның нұсқасы')
    // A word that merely contains the conjunction's letters is no conjunction.
    expect(joinList(['идентификатор', 'имя'], 'ru')).toBe('идентификатор и имя')
  })
})

describe('joinPhrases', () => {
  it('joins phrases with their own head words by commas and the conjunction, whatever they hold', () => {
    expect(joinPhrases([], 'ru')).toBe('')
    expect(joinPhrases(['на сайте a.kz'], 'ru')).toBe('на сайте a.kz')
    expect(joinPhrases(['на сайте a.kz', 'в приложениях «А» и «Б»'], 'ru')).toBe('на сайте a.kz и в приложениях «А» и «Б»')
    expect(joinPhrases(['a.kz сайтында', '«А» және «Б» қосымшаларында', '«В» сервисінде'], 'kk')).toBe('a.kz сайтында, «А» және «Б» қосымшаларында және «В» сервисінде')
  })
})
