import {describe, expect, it} from 'vitest'
import {renderHtmlFragment} from '../../../src/formats/html/render.js'

const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1])

describe('remarkNoBareLinks', () => {
  it('turns bare addresses back into text wherever they are, and keeps the links the Markdown writes', () => {
    const markdown = [
      'Сайт https://bare.example/one и www.bare.kz, [написанная](https://a.kz) и <https://b.kz>.',
      '',
      '- *курсив https://bare.example/two* и **[жирная](https://c.kz)**',
      '- https://bare.example/three https://bare.example/four',
      '',
      '| Адрес | Ссылка |',
      '| --- | --- |',
      '| www.bare.kz/x | [таблица](https://d.kz) |',
      ''
    ].join('\n')
    const {fragment} = renderHtmlFragment(markdown, 'x')
    expect(hrefs(fragment)).toEqual(['https://a.kz', 'https://b.kz', 'https://c.kz', 'https://d.kz'])
    for (const text of ['https://bare.example/one', 'www.bare.kz,', '<em>курсив https://bare.example/two</em>', 'https://bare.example/three https://bare.example/four', 'www.bare.kz/x']) expect(fragment).toContain(text)
  })
})
