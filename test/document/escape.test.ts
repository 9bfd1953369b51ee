import {describe, expect, it} from 'vitest'
import {micromark} from 'micromark'
import {gfmAutolinkLiteral, gfmAutolinkLiteralHtml} from 'micromark-extension-gfm-autolink-literal'
import {escapeMarkdown, unescapeMarkdown} from '../../src/document/escape.js'
import {codeName} from '../../src/document/resolve.js'
import {renderHtmlFragment} from '../../src/formats/html/render.js'

describe('escapeMarkdown', () => {
  it('keeps a fact from starting a code block with leading spaces', () => {
    expect(escapeMarkdown('    code')).toBe('code')
    expect(renderHtmlFragment(`${escapeMarkdown('    Компания')} использует файлы cookie.`, 'x').fragment).not.toContain('<pre>')
  })

  it('keeps bare web addresses in names from becoming links on the page', () => {
    const name = 'ТОО «http://evil.example/x» и https://evil.example и www.evil.kz'
    const html = renderHtmlFragment(`${escapeMarkdown(name)} и [сайт](<https://a.kz>), <https://b.kz>.`, 'x').fragment
    expect(html).not.toContain('evil.example"')
    expect([...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1])).toEqual(['https://a.kz', 'https://b.kz'])
    expect(unescapeMarkdown(escapeMarkdown(name))).toBe(name)
  })

  // The .md files are read on GitHub, whose Markdown links bare addresses as it reads the text
  // (GFM's autolink literals, here micromark's, which remark-gfm brings): an escaped `:`, `.` or `@` ends that.
  it('keeps bare web and e-mail addresses from becoming links where GitHub shows the Markdown', () => {
    const name = 'A https://evil.com/a B http://evil.com/b C www.evil.com E evil@evil.com F info@акме.kz'
    const html = micromark(`${escapeMarkdown(name)} и [сайт](<https://a.kz>).`, {extensions: [gfmAutolinkLiteral()], htmlExtensions: [gfmAutolinkLiteralHtml()]})
    expect(micromark('www.evil.com', {extensions: [gfmAutolinkLiteral()], htmlExtensions: [gfmAutolinkLiteralHtml()]})).toContain('href=')
    expect([...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1])).toEqual(['https://a.kz'])
    expect(html).toContain('A https://evil.com/a B http://evil.com/b C www.evil.com E evil@evil.com F info@акме.kz и ')
    expect(unescapeMarkdown(escapeMarkdown(name))).toBe(name)
  })
})

describe('codeName', () => {
  it('shows a cookie name exactly, with table bars and backticks, in a table and in text', () => {
    const table = `| a | b |\n| --- | --- |\n| ${codeName('sess|id')} | ${codeName('_g`a')} |\n`
    const html = renderHtmlFragment(table, 'x').fragment
    expect(html).toContain('<code>sess|id</code>')
    expect(html).toContain('<code>_g`a</code>')
    expect(renderHtmlFragment(`Примеры: ${codeName('sess|id', 'text')}.`, 'x').fragment).toContain('<code>sess|id</code>')
  })
})
