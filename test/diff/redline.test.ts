import {describe, expect, it} from 'vitest'
import {markdownExcerpt} from '../../src/diff/redline-markdown.js'
import {hasChanges, redline, tokenize, type Segment} from '../../src/diff/redline.js'

const side = (segments: readonly Segment[], skip: Segment['type']) => segments.filter((segment) => segment.type !== skip).map((segment) => segment.text).join('')

describe('redline', () => {
  it('gives exact segments for a small Russian text, the deletion before the insertion', () => {
    expect(redline('Срок хранения — 1\u00A0год.', 'Срок хранения — 2\u00A0года.')).toEqual([
      {type: 'equal', text: 'Срок хранения — '},
      {type: 'delete', text: '1\u00A0год'},
      {type: 'insert', text: '2\u00A0года'},
      {type: 'equal', text: '.'}
    ])
  })

  it('splits Cyrillic and Kazakh text into words, not letters', () => {
    expect(tokenize('Сақтау мерзімі: 2 жыл.')).toEqual(['Сақтау', ' ', 'мерзімі', ':', ' ', '2', ' ', 'жыл', '.'])
    expect(redline('өңдеу тоқтатылады', 'өңдеу жалғасады')).toEqual([
      {type: 'equal', text: 'өңдеу '},
      {type: 'delete', text: 'тоқтатылады'},
      {type: 'insert', text: 'жалғасады'}
    ])
  })

  it('keeps a Markdown link or code span whole', () => {
    expect(redline('Пишите на [a@b.kz](mailto:a@b.kz).', 'Пишите на [c@b.kz](mailto:c@b.kz).')).toEqual([
      {type: 'equal', text: 'Пишите на '},
      {type: 'delete', text: '[a@b.kz](mailto:a@b.kz)'},
      {type: 'insert', text: '[c@b.kz](mailto:c@b.kz)'},
      {type: 'equal', text: '.'}
    ])
  })

  it('gives back both texts exactly', () => {
    const before = '# Заголовок\n\nПервый абзац, где что-то есть.\n\n- пункт один;\n- пункт два.\n'
    const after = '# Заголовок\n\nПервый абзац, где ничего нет.\n\n- пункт один;\n- пункт три;\n- пункт два.\n\nНовый абзац.\n'
    const segments = redline(before, after)
    expect(side(segments, 'insert')).toBe(before)
    expect(side(segments, 'delete')).toBe(after)
    expect(hasChanges(segments)).toBe(true)
    expect(redline(before, before)).toEqual([{type: 'equal', text: before}])
    expect(hasChanges(redline(before, before))).toBe(false)
  })
})

describe('redline on many generated texts', () => {
  it('always gives back both texts, with no empty or repeated segments, deletions before insertions', () => {
    let seed = 7
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % below
    }
    const words = ['- ', 'год', 'года', ' ', ' ', '\n', '\n\n', '.', ',', 'Компания', 'cookie', '| ', '1', '2', 'жыл', '— ']
    const text = (length: number) => Array.from({length}, () => words[random(words.length)]).join('')
    for (let round = 0; round < 300; round++) {
      const before = text(random(40))
      const after = random(3) === 0 ? text(random(40)) : before.slice(0, random(before.length + 1)) + text(random(6)) + before.slice(random(before.length + 1))
      const segments = redline(before, after)
      expect(side(segments, 'insert')).toBe(before)
      expect(side(segments, 'delete')).toBe(after)
      segments.forEach((segment, index) => {
        expect(segment.text).not.toBe('')
        expect(segment.type).not.toBe(segments[index - 1]?.type)
        if (segment.type === 'delete') expect(segments[index - 1]?.type).not.toBe('insert')
      })
    }
  })
})

describe('the Markdown excerpt of a redline', () => {
  const before = [
    '# Политика',
    '',
    '## 1. Общие положения',
    '',
    'Этот абзац не меняется.',
    '',
    '## 2. Перечень',
    '',
    '| Название | Срок |',
    '| --- | --- |',
    '| `_ym_uid` | 1\u00A0год |',
    '| `_ga` | 2\u00A0года |',
    '',
    'Сведения хранятся 1\u00A0год.',
    ''
  ].join('\n')
  const after = before.replace('| `_ym_uid` | 1\u00A0год |', '| `_ym_uid` | 2\u00A0года |').replace('хранятся 1\u00A0год', 'хранятся 2\u00A0года')

  it('shows only the changed paragraphs under their heading, a changed row under its table header', () => {
    expect(markdownExcerpt(redline(before, after))).toBe(
      [
        '## 2. Перечень',
        '',
        '| Название | Срок |',
        '| --- | --- |',
        '| `_ym_uid` | ~~1\u00A0год~~ **2\u00A0года** |',
        '',
        'Сведения хранятся ~~1\u00A0год~~ **2\u00A0года**.',
        ''
      ].join('\n')
    )
  })

  it('keeps list and heading markers outside the marks of a whole new line', () => {
    const excerpt = markdownExcerpt(redline('## 1. Раздел\n\n- один;\n- два.\n', '## 1. Раздел\n\n- один;\n- полтора;\n- два.\n'))
    expect(excerpt).toBe('## 1. Раздел\n\n- **полтора;**\n')
    const removed = markdownExcerpt(redline('## 1. Раздел\n\n- один;\n- полтора;\n- два.\n', '## 1. Раздел\n\n- один;\n- два.\n'))
    expect(removed).toBe('## 1. Раздел\n\n- ~~полтора;~~\n')
  })

  // A clause's code block may hold tags as text; its changed lines, shown out of their fence and
  // marked, would be read as HTML by GitHub in the pull request's comment.
  it('writes no raw HTML, whatever a changed line holds', () => {
    const old = '## 1. Раздел\n\nТекст.\n'
    const now = '## 1. Раздел\n\nТекст.\n\n~~~\n<img src="http://evil.com/t.png">\n\n<a href="http://evil.com/">Нажмите</a> <https://evil.com>\n~~~\n'
    const excerpt = markdownExcerpt(redline(old, now))
    expect(excerpt).not.toMatch(/<(?!https:\/\/)[a-z/!?]/i)
    expect(excerpt).toContain('&lt;img src="http://evil.com/t.png">')
    expect(excerpt).toContain('&lt;/a>')
    // A link's own destination stays a link.
    expect(markdownExcerpt(redline('Текст.\n', 'Текст, [сайт](<https://a.kz>).\n'))).toContain('(<https://a.kz>)')
  })

  it('marks a changed table row cell by cell, keeping every cell under its header', () => {
    const table = (name: string, service: string) => `## 5. Третьи лица\n\n| Лицо | Сервис | Страна |\n| --- | --- | --- |\n| ${name} | ${service} | Россия |\n`
    const excerpt = markdownExcerpt(redline(table('ООО «ЯНДЕКС»', 'Яндекс Метрика'), table('ООО «ЯНДЕКС» и партнёры по рекламе', 'Метрика и партнёры по рекламе')))
    const row = excerpt.split('\n').find((line) => line.includes('Россия')) ?? ''
    expect(row.split(/(?<!\\)\|/)).toHaveLength(5)
    expect(row).toBe('| ООО «ЯНДЕКС» **и партнёры по рекламе** | ~~Яндекс~~ Метрика **и партнёры по рекламе** | Россия |')
  })

  it('keeps a bar in a changed line of text inside its code span', () => {
    const excerpt = markdownExcerpt(redline('Примеры: `PHPSESSID`, `_ga`.\n', 'Примеры: `a|b`, `_ga`.\n'))
    expect(excerpt).toBe('~~`PHPSESSID`~~ **`a|b`**, `_ga`.\n'.replace(/^/, 'Примеры: '))
  })

  it('is empty when nothing changed', () => {
    expect(markdownExcerpt(redline(before, before))).toBe('')
  })
})
