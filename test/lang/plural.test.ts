import {describe, expect, it} from 'vitest'
import {pluralRu} from '../../src/lang/plural.js'

const years = {one: 'год', few: 'года', many: 'лет'}

describe('pluralRu', () => {
  it.each([
    [0, 'лет'],
    [1, 'год'],
    [2, 'года'],
    [3, 'года'],
    [4, 'года'],
    [5, 'лет'],
    [11, 'лет'],
    [12, 'лет'],
    [13, 'лет'],
    [14, 'лет'],
    [20, 'лет'],
    [21, 'год'],
    [22, 'года'],
    [25, 'лет'],
    [101, 'год'],
    [111, 'лет'],
    [112, 'лет'],
    [1001, 'год']
  ])('%i %s', (count, expected) => {
    expect(pluralRu(count, years)).toBe(expected)
  })

  it('uses the `few` form for fractions (`1,5 года`)', () => {
    expect(pluralRu(1.5, years)).toBe('года')
  })

  it('works with other nouns', () => {
    const days = {one: 'день', few: 'дня', many: 'дней'}
    expect([1, 3, 7, 31, 44].map((count) => pluralRu(count, days))).toEqual([
      'день',
      'дня',
      'дней',
      'день',
      'дня'
    ])
  })
})
