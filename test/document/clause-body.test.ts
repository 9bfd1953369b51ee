import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse, stringify} from 'yaml'
import {cleanClauseBody} from '../../src/document/clause-body.js'
import {parseClauseBody} from '../../src/facts/clause-markdown.js'
import {renderMarkdownDocuments} from '../../src/document/documents.js'
import {loadTemplates} from '../../src/document/templates.js'
import {validateFacts} from '../../src/facts/validate.js'
import type {Facts} from '../../src/facts/types.js'
import {renderHtmlFragment} from '../../src/formats/html/render.js'
import {baseFactsPath} from '../helpers/fixtures.js'

/** What the placeholders print in these tests. */
const values = {
  'org.term': 'Компания',
  'org.Term': 'Компания',
  'org.shortName': 'ТОО «Пример»',
  'org.fullName': 'Товарищество с ограниченной ответственностью «Пример»',
  'org.id': '123456789012',
  'org.address': 'г. Алматы, ул. Абая, 1',
  'resource.term': 'Сайт',
  'resource.Term': 'Сайт'
} as const

describe('cleanClauseBody', () => {
  it('keeps ordinary Markdown as it is', () => {
    const body = 'Абзац с **важным** словом и [ссылкой](https://example.kz/policy).\n\n- один;\n- два.'
    expect(cleanClauseBody(body, values)).toBe(body)
  })

  it('drops raw HTML, images and links that are not https, mailto or tel, keeping link text', () => {
    expect(cleanClauseBody('До <script>alert(1)</script> после.', values)).toBe('До alert(1) после.')
    expect(cleanClauseBody('Пиксель ![](http://tracker.example/p.gif) тут.', values)).toBe('Пиксель  тут.')
    expect(cleanClauseBody('[Сайт](http://example.kz) и [код](javascript:alert(1)).', values)).toBe('Сайт и код.')
    expect(cleanClauseBody('[Почта](mailto:info@example.kz), [телефон](tel:+77273383993).', values)).toBe('[Почта](mailto:info@example.kz), [телефон](tel:+77273383993).')
    expect(cleanClauseBody('См. [политику][p].\n\n[p]: https://example.kz/p', values)).toBe('См. [политику](https://example.kz/p).')
    expect(cleanClauseBody('См. [там][x].\n\n[x]: http://example.kz', values)).toBe('См. там.')
    expect(cleanClauseBody('<textarea>\n\nвсё остальное', values)).toBe('')
  })

  it('closes what the body leaves open, inside the body', () => {
    expect(cleanClauseBody('Код:\n\n```\nне закрыт', values)).toBe('Код:\n\n```\nне закрыт\n```')
    expect(cleanClauseBody('Текст\n\n<!-- комментарий не закрыт\n\n## Раздел', values)).toBe('Текст')
  })

  it('refuses deep nesting at once, however the markers are spaced (no exponential backtracking)', () => {
    for (const body of ['>    '.repeat(16) + 'x', '-   '.repeat(16) + 'конец', '> - '.repeat(40) + 'x']) {
      expect(parseClauseBody(body).tooDeep, JSON.stringify(body.slice(0, 12))).toBe(true)
    }
    expect(parseClauseBody('> цитата\n\n- пункт\n  - подпункт').tooDeep).toBeUndefined()
  })

  it('keeps footnotes as plain text, so two clauses cannot share one note', () => {
    expect(cleanClauseBody('Текст[^1].\n\n[^1]: Сноска.', values)).toBe('Текст\\[^1].\n\n\\[^1]: Сноска.')
  })

  it('prints the facts its placeholders name, escaped for Markdown, and leaves code as written', () => {
    expect(cleanClauseBody('{{org.Term}} ({{ org.shortName }}, БИН {{org.id}}) отвечает за {{resource.term}}.', values)).toBe('Компания (ТОО «Пример», БИН 123456789012) отвечает за Сайт.')
    expect(cleanClauseBody('**{{org.term}}**: [адрес](https://example.kz) — {{org.address}}', values)).toBe('**Компания**: [адрес](https://example.kz) — г. Алматы, ул. Абая, 1')
    expect(cleanClauseBody('Шаблон `{{org.term}}` и\n\n```\n{{org.term}}\n```', values)).toBe('Шаблон `{{org.term}}` и\n\n```\n{{org.term}}\n```')
    expect(cleanClauseBody('{{org.term}}', {...values, 'org.term': '*Звезда* <b>'})).toBe('\\*Звезда\\* \\<b>')
  })

  it('turns headings into subsections so they never become numbered sections', () => {
    expect(cleanClauseBody('# Заголовок\n\n## Ещё\n\n#### Мелкий', values)).toBe('### Заголовок\n\n### Ещё\n\n#### Мелкий')
  })
})

describe('a clause body cannot swallow the sections after it', () => {
  const templates = loadTemplates()
  const base = parse(readFileSync(baseFactsPath, 'utf8')) as Facts

  async function headings(body: string | undefined): Promise<string[]> {
    const facts = structuredClone(base)
    if (body !== undefined) {
      facts.customClauses = {cookiePolicy: [{id: 'hostile', placement: 'after', section: 'what-are-cookies', title: {ru: 'Свой раздел', kk: 'Өз бөлімі'}, body: {ru: body, kk: 'Мәтін.'}}]}
    }
    const validated = validateFacts({path: 'facts.yaml', bytes: new TextEncoder().encode(stringify(facts))}, 'en')
    expect(validated.problems.filter((problem) => problem.severity === 'error')).toEqual([])
    const [document] = renderMarkdownDocuments({id: 'acme', facts: validated.facts as Facts}, await templates)
    const html = renderHtmlFragment(document?.markdown ?? '', 'Содержание')
    return [...html.fragment.matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((match) => match[1] ?? '')
  }

  it.each([
    ['an unclosed code fence', 'Текст\n\n```\nкод'],
    ['an unclosed HTML comment', 'Текст <!-- и дальше'],
    ['an unclosed <pre>', '<pre>\nТекст'],
    ['an unclosed <script>', '<script>\nalert(1)'],
    ['an unclosed <textarea>', '<textarea>\nТекст'],
    ['a heading of its own', '# Новый раздел\n\nТекст']
  ])('%s', async (_case, body) => {
    const without = await headings(undefined)
    const withClause = await headings(body)
    expect(withClause).toHaveLength(without.length + 1)
    expect(withClause.at(-1)).toBe(without.at(-1))
    expect(withClause.join('\n')).not.toMatch(/<script|<pre|<textarea|<img/)
  })
})
