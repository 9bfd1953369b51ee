import {describe, expect, it} from 'vitest'
import {citation} from '../../src/facts/rules/citation.js'

describe('citation', () => {
  it('cites an article, a paragraph and a subparagraph in each language', () => {
    expect(citation('Art. 8(1)', 'ru')).toBe('(Закон № 94-V, ст. 8, п. 1)')
    expect(citation('Art. 8(1)', 'kk')).toBe('(№ 94-V Заң, 8-бап, 1-тармақ)')
    expect(citation('Art. 8(1)', 'en')).toBe('(Law No. 94-V, Art. 8(1))')
    expect(citation('Art. 25(2)(10)', 'ru')).toBe('(Закон № 94-V, ст. 25, п. 2, пп. 10)')
    expect(citation('Art. 25(2)(10)', 'kk')).toBe('(№ 94-V Заң, 25-бап, 2-тармақ, 10-тармақша)')
    expect(citation('Art. 19-1', 'ru')).toBe('(Закон № 94-V, ст. 19-1)')
  })

  it('cites ranges and several articles', () => {
    expect(citation('Art. 16(2)–(3)', 'ru')).toBe('(Закон № 94-V, ст. 16, п. 2–3)')
    expect(citation('Art. 1, Art. 17(1)', 'kk')).toBe('(№ 94-V Заң, 1-бап; 17-бап, 1-тармақ)')
  })
})
