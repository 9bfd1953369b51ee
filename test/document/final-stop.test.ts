import {describe, expect, it} from 'vitest'
import {withoutFinalStop} from '../../src/document/resolve.js'

describe('withoutFinalStop', () => {
  it('takes off the full stop a sentence around the text supplies', () => {
    expect(withoutFinalStop('г. Алматы, ул. Абая, 1.')).toBe('г. Алматы, ул. Абая, 1')
    expect(withoutFinalStop('Сайт работает.')).toBe('Сайт работает')
    expect(withoutFinalStop('не для всех.')).toBe('не для всех')
    expect(withoutFinalStop('многоточие...')).toBe('многоточие...')
    // Short last words are words, not abbreviations.
    expect(withoutFinalStop('после прекращения отношений с ним.')).toBe('после прекращения отношений с ним')
    expect(withoutFinalStop('кейін бір жыл.')).toBe('кейін бір жыл')
    expect(withoutFinalStop('Шевченко көшесі, 190 үй.')).toBe('Шевченко көшесі, 190 үй')
  })

  it('keeps the stop of an abbreviation, which reads wrong without it mid-sentence («12 т.е.ж мекенжайына»)', () => {
    expect(withoutFinalStop('Астана қ., Мәңгілік Ел даңғ., 55/20, 12 т.е.ж.')).toBe('Астана қ., Мәңгілік Ел даңғ., 55/20, 12 т.е.ж.')
    expect(withoutFinalStop('и т.д.')).toBe('и т.д.')
    expect(withoutFinalStop('ул. Абая, 1, кв.')).toBe('ул. Абая, 1, кв.')
    expect(withoutFinalStop('д. 190, корп.')).toBe('д. 190, корп.')
  })
})
