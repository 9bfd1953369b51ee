import {describe, expect, it} from 'vitest'
import {parseRetention, retentionForms, retentionInWords, retentionLawInWords, russianActInstrumental} from '../../src/lang/retention.js'

describe('parseRetention', () => {
  it('reads every form allowed for a cookie', () => {
    expect(parseRetention('session', 'cookie')).toEqual({kind: 'session'})
    expect(parseRetention('P2Y', 'cookie')).toEqual({kind: 'period', amount: 2, unit: 'year'})
    expect(parseRetention('P1D/P2Y', 'cookie')).toEqual({kind: 'range', from: {kind: 'period', amount: 1, unit: 'day'}, to: {kind: 'period', amount: 2, unit: 'year'}})
    expect(parseRetention('set-by-provider', 'cookie')).toEqual({kind: 'set-by-provider'})
  })

  it('reads every form allowed for personal data, and no cookie-only one', () => {
    for (const value of ['until-purpose', 'until-account-deletion', 'as-required-by-law']) expect(parseRetention(value, 'data')).toEqual({kind: value})
    expect(parseRetention('P5Y', 'data')).toEqual({kind: 'period', amount: 5, unit: 'year'})
    expect(parseRetention('session', 'data')).toBeUndefined()
    expect(parseRetention('set-by-provider', 'data')).toBeUndefined()
    expect(parseRetention('until-purpose', 'cookie')).toBeUndefined()
  })

  it('refuses ranges that run backwards or are not two periods', () => {
    for (const value of ['P2Y/P1D', 'P1Y/P1Y', 'P1D/session', 'P1D/', '/P2Y', 'P1D/P2Y/P3Y', '2 years', '']) expect(parseRetention(value, 'cookie'), value).toBeUndefined()
  })

  it('lists the forms of each place for messages', () => {
    expect(retentionForms('cookie')).toContain('set-by-provider')
    expect(retentionForms('data')).toContain('as-required-by-law')
  })
})

describe('retentionInWords', () => {
  const words = (value: string, place: 'cookie' | 'data', locale: 'ru' | 'kk', options = {}) => {
    const retention = parseRetention(value, place)
    if (!retention) throw new Error(value)
    return retentionInWords(retention, locale, options)
  }

  it('says periods and ranges with plural agreement and Kazakh case endings', () => {
    expect(words('P2Y', 'cookie', 'ru')).toBe('2\u00A0года')
    expect(words('P1D/P2Y', 'cookie', 'ru')).toBe('от 1\u00A0дня до 2\u00A0лет')
    expect(words('P1D/P2Y', 'cookie', 'kk')).toBe('1\u00A0күннен 2\u00A0жылға дейін')
    expect(words('P5Y', 'data', 'ru', {upTo: true})).toBe('не более 5\u00A0лет')
    expect(words('P1Y', 'data', 'ru', {upTo: true})).toBe('не более 1\u00A0года')
    expect(words('P5Y', 'data', 'kk', {upTo: true})).toBe('5\u00A0жылдан аспайтын мерзім')
  })

  it('says the fixed phrases, naming the law where one is given', () => {
    expect(words('set-by-provider', 'cookie', 'ru')).toBe('срок устанавливает поставщик')
    expect(words('until-account-deletion', 'data', 'kk')).toBe('есептік жазба жойылғанға дейін')
    expect(words('as-required-by-law', 'data', 'ru')).toBe('в течение срока, установленного законодательством')
    expect(words('as-required-by-law', 'data', 'ru', {law: 'Законом «О бухгалтерском учете»'})).toBe('в течение срока, установленного Законом «О бухгалтерском учете»')
    expect(words('as-required-by-law', 'data', 'kk', {law: '«Бухгалтерлік есеп туралы» Заңы'})).toBe('«Бухгалтерлік есеп туралы» Заңында белгіленген мерзім ішінде')
    expect(words('as-required-by-law', 'data', 'kk', {law: 'Салық кодексі'})).toBe('Салық кодексінде белгіленген мерзім ішінде')
  })
})

describe('retentionLawInWords', () => {
  it('names the act a fixed period comes from, in the instrumental (ru) and the locative (kk)', () => {
    expect(retentionLawInWords('Закон Республики Казахстан «О микрофинансовой деятельности»', 'ru')).toBe('срок установлен Законом Республики Казахстан «О микрофинансовой деятельности»')
    expect(retentionLawInWords('Трудовой кодекс Республики Казахстан', 'ru')).toBe('срок установлен Трудовым кодексом Республики Казахстан')
    expect(retentionLawInWords('«Микроқаржылық қызмет туралы» Қазақстан Республикасының Заңы', 'kk')).toBe('«Микроқаржылық қызмет туралы» Қазақстан Республикасының Заңында белгіленген мерзім')
    expect(retentionLawInWords('Қазақстан Республикасының Еңбек кодексі', 'kk')).toBe('Қазақстан Республикасының Еңбек кодексінде белгіленген мерзім')
  })
})

describe('russianActInstrumental', () => {
  it('declines the head word of an act named in the nominative, for «установленного …»', () => {
    expect(russianActInstrumental('Закон Республики Казахстан «О бухгалтерском учете и финансовой отчетности»')).toBe('Законом Республики Казахстан «О бухгалтерском учете и финансовой отчетности»')
    expect(russianActInstrumental('Кодекс Республики Казахстан «О здоровье народа и системе здравоохранения»')).toBe('Кодексом Республики Казахстан «О здоровье народа и системе здравоохранения»')
    expect(russianActInstrumental('Трудовой кодекс Республики Казахстан')).toBe('Трудовым кодексом Республики Казахстан')
    expect(russianActInstrumental('Предпринимательский кодекс Республики Казахстан')).toBe('Предпринимательским кодексом Республики Казахстан')
    expect(russianActInstrumental('Правила хранения документов')).toBe('Правилами хранения документов')
    expect(russianActInstrumental('Постановление Правительства Республики Казахстан № 1')).toBe('Постановлением Правительства Республики Казахстан № 1')
    expect(russianActInstrumental('закон о связи')).toBe('законом о связи')
    expect(russianActInstrumental('Конституционный закон Республики Казахстан «О выборах»')).toBe('Конституционным законом Республики Казахстан «О выборах»')
    expect(russianActInstrumental('Перечень типовых документов с указанием сроков хранения')).toBe('Перечнем типовых документов с указанием сроков хранения')
    expect(russianActInstrumental('Требования к хранению')).toBe('Требованиями к хранению')
    expect(russianActInstrumental('Уголовно-процессуальный кодекс Республики Казахстан')).toBe('Уголовно-процессуальным кодексом Республики Казахстан')
    expect(russianActInstrumental('Типовые правила документирования')).toBe('Типовыми правилами документирования')
    expect(russianActInstrumental('Законы Республики Казахстан')).toBe('Законами Республики Казахстан')
    expect(russianActInstrumental('ТРУДОВОЙ КОДЕКС РЕСПУБЛИКИ КАЗАХСТАН')).toBe('ТРУДОВЫМ КОДЕКСОМ РЕСПУБЛИКИ КАЗАХСТАН')
    expect(russianActInstrumental('ЗАКОН О СВЯЗИ')).toBe('ЗАКОНОМ О СВЯЗИ')
  })

  it('leaves a name in the instrumental already, or one it does not know the head of, as written', () => {
    expect(russianActInstrumental('Законом Республики Казахстан «О микрофинансовой деятельности»')).toBe('Законом Республики Казахстан «О микрофинансовой деятельности»')
    expect(russianActInstrumental('Налоговым кодексом')).toBe('Налоговым кодексом')
    expect(russianActInstrumental('Законодательство о связи')).toBe('Законодательство о связи')
    expect(russianActInstrumental('нормативными актами')).toBe('нормативными актами')
  })

  it('is what a retention «as the law requires» says in Russian', () => {
    const law = parseRetention('as-required-by-law', 'data')
    if (!law) throw new Error('as-required-by-law')
    expect(retentionInWords(law, 'ru', {law: 'Закон Республики Казахстан «О бухгалтерском учете»'})).toBe('в течение срока, установленного Законом Республики Казахстан «О бухгалтерском учете»')
  })
})
