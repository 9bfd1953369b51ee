import {LineCounter, parseDocument} from 'yaml'
import {describe, expect, it} from 'vitest'
import {keyNodeAt, placeOf, placeOfPath, placeOfText, pointerToPath, valueNodeAt} from '../../src/facts/locate.js'
import {formatFactPath} from '../../src/facts/problem.js'

describe('pointerToPath', () => {
  it.each([
    ['', []],
    ['/cookies', ['cookies']],
    ['/cookies/2/retention', ['cookies', 2, 'retention']],
    ['/personalData/purposes/0/data/10', ['personalData', 'purposes', 0, 'data', 10]],
    ['/a~1b/c~0d', ['a/b', 'c~d']],
    ['/~01', ['~1']],
    ['/x/', ['x', '']],
    ['/2x/-1', ['2x', '-1']]
  ])('%j → %j', (pointer, path) => {
    expect(pointerToPath(pointer)).toEqual(path)
  })
})

describe('formatFactPath', () => {
  it.each([
    [[], ''],
    [['organization'], 'organization'],
    [['cookies', 2, 'retention'], 'cookies[2].retention'],
    [['personalData', 'purposes', 0, 'data', 1], 'personalData.purposes[0].data[1]'],
    [[3], '[3]'],
    [[0, 1], '[0][1]'],
    [['locales', 0], 'locales[0]']
  ])('%j → %j', (segments, text) => {
    expect(formatFactPath(segments)).toBe(text)
  })

  it('turns what pointerToPath gives into what problems show', () => {
    expect(formatFactPath(pointerToPath('/documents/cookiePolicy/versions/1/effectiveDate'))).toBe('documents.cookiePolicy.versions[1].effectiveDate')
  })
})

describe('finding facts in the source', () => {
  const source = [
    'schemaVersion: 1', //                   line 1
    'organization:', //                       line 2
    '  legalName:', //                        line 3
    '    ru: Акме', //                        line 4
    'cookies:', //                            line 5
    '  - name: _ga', //                       line 6
    '    retention: P2Y', //                  line 7
    '  - name: _ym_uid', //                   line 8
    'locales: [ru, kk]', //                   line 9
    ''
  ].join('\n')
  const lineCounter = new LineCounter()
  const doc = parseDocument(source, {lineCounter})

  it('converts offsets to 1-based lines and columns', () => {
    expect(placeOf(lineCounter, 0)).toEqual({line: 1, column: 1})
    expect(placeOf(lineCounter, source.indexOf('P2Y'))).toEqual({line: 7, column: 16})
  })

  it('finds value and key nodes', () => {
    expect(valueNodeAt(doc, ['cookies', 0, 'retention'])?.toString()).toBe('P2Y')
    expect(keyNodeAt(doc, ['cookies', 0, 'retention'])?.toString()).toBe('retention')
    expect(valueNodeAt(doc, ['cookies', 5])).toBeUndefined()
    expect(valueNodeAt(doc, ['schemaVersion', 'x'])).toBeUndefined()
  })

  it.each([
    [['cookies', 0, 'retention'], 'value', {line: 7, column: 16}],
    [['cookies', 0, 'retention'], 'key', {line: 7, column: 5}],
    [['organization', 'legalName', 'ru'], 'value', {line: 4, column: 9}],
    [['locales', 1], 'value', {line: 9, column: 15}],
    // Missing facts fall back to the nearest ancestor the source has.
    [['organization', 'legalForm'], 'key', {line: 2, column: 1}],
    [['organization', 'legalName', 'kk'], 'key', {line: 3, column: 3}],
    [['cookies', 1, 'retention'], 'key', {line: 8, column: 5}],
    [['consent'], 'key', {line: 1, column: 1}],
    [[], 'value', {line: 1, column: 1}]
  ] as const)('places %j (%s) at %j', (path, at, place) => {
    expect(placeOfPath(doc, lineCounter, path, at)).toEqual(place)
  })
})

describe('finding words inside a text', () => {
  const source = ['body:', '  ru: |', '    Первая строка.', '    Вторая {{org.trem}} строка.', '  kk: "Бір \\u0041 {{x}}"', ''].join('\n')
  const lineCounter = new LineCounter()
  const doc = parseDocument(source, {lineCounter})

  it('points at the words in a block of text, on their own line', () => {
    expect(placeOfText(doc, lineCounter, source, ['body', 'ru'], '{{org.trem}}')).toEqual({line: 4, column: 12})
    expect(placeOfText(doc, lineCounter, source, ['body', 'kk'], '{{x}}')).toEqual({line: 5, column: 19})
  })

  it('points at the value when the source writes the words otherwise', () => {
    expect(placeOfText(doc, lineCounter, source, ['body', 'kk'], 'A')).toEqual({line: 5, column: 7})
  })
})
