import {describe, expect, it} from 'vitest'
import {nestQuotes} from '../../src/lang/quotes.js'

describe('nestQuotes', () => {
  it('keeps the outer pair «…» and turns pairs inside it into „…“', () => {
    expect(nestQuotes('НАО «Государственная корпорация «Правительство для граждан»»')).toBe('НАО «Государственная корпорация „Правительство для граждан“»')
    expect(nestQuotes('««Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ')).toBe('«„Азаматтарға арналған үкімет“ мемлекеттік корпорациясы» КЕАҚ')
    expect(nestQuotes('ООО «ЯНДЕКС»')).toBe('ООО «ЯНДЕКС»')
  })

  it('treats a name that will be wrapped in «…» as already inside one pair', () => {
    expect(nestQuotes('Микрофинансовая организация «Vivus»', 1)).toBe('Микрофинансовая организация „Vivus“')
  })
})
