import {describe, expect, it} from 'vitest'
import {withoutFinalStop} from '../../src/document/resolve.js'

describe('withoutFinalStop', () => {
  it('takes off the full stop a sentence around the text supplies', () => {
    expect(withoutFinalStop('г. Алматы, ул. Абая, 1.')).toBe('г. Алматы, ул. Абая, 1')
    expect(withoutFinalStop('Сайт работает.')).toBe('Сайт работает')
    expect(withoutFinalStop('не для всех.')).toBe('не для всех')
    expect(withoutFinalStop('многоточие...')).toBe('многоточие...')
  })

  it('keeps the stop of an abbreviation, which reads wrong without it mid-sentence («12 т.е.ж мекенжайына»)', () => {
    expect(withoutFinalStop('Астана қ., Мәңгілік Ел даңғ., 55/20, 12 т.е.ж.')).toBe('Астана қ., Мәңгілік Ел даңғ., 55/20, 12 т.е.ж.')
    expect(withoutFinalStop('и т.д.')).toBe('и т.д.')
    expect(withoutFinalStop('ул. Абая, 1, кв.')).toBe('ул. Абая, 1, кв.')
  })
})
