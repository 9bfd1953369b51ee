import {describe, expect, it} from 'vitest'
import {headingIdPrefix, renderHtmlFragment} from '../../../src/formats/html/render.js'
import {shareOut} from '../../../src/formats/html/rehype-shared-columns.js'

const markdown = '# Политика\n\n## 1. Общие положения\n\nТекст.\n\n## 2. Сроки хранения\n\n### Google\n\n## 3. Сроки хранения\n\n### Google\n'

describe('an HTML fragment for the company\'s site', () => {
  it('is wrapped in an article with the document\'s class and its language', () => {
    const {fragment} = renderHtmlFragment(markdown, 'Содержание', {document: 'cookie-policy', lang: 'kk'})
    expect(fragment.startsWith('<article class="policygen policygen-cookie-policy" lang="kk">\n<h1 id="cookies-политика">')).toBe(true)
    expect(fragment.endsWith('</article>\n')).toBe(true)
    expect(fragment).toContain('<nav class="policygen-toc" aria-label="Содержание"><p class="policygen-toc-title">')
  })

  it('has heading ids without section numbers, prefixed by the document and never repeated', () => {
    const cookies = renderHtmlFragment(markdown, 'Содержание', {document: 'cookie-policy', lang: 'ru'})
    const privacy = renderHtmlFragment(markdown, 'Содержание', {document: 'privacy-policy', lang: 'ru'})
    const ids = (html: string) => [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1])
    expect(ids(cookies.fragment)).toEqual(['cookies-политика', 'cookies-общие-положения', 'cookies-сроки-хранения', 'cookies-google', 'cookies-сроки-хранения-2', 'cookies-google-1'])
    expect(cookies.toc.map((entry) => entry.id)).toEqual(['cookies-общие-положения', 'cookies-сроки-хранения', 'cookies-сроки-хранения-2'])
    expect(ids(privacy.fragment).filter((id) => ids(cookies.fragment).includes(id))).toEqual([])
    expect(headingIdPrefix('privacy-policy')).toBe('privacy-')
  })
})

describe('the fragment\'s title', () => {
  it('is its <h1> unless the site leaves it out; the wrapper is then named, and the page keeps it', () => {
    const kept = renderHtmlFragment(markdown, 'Содержание', {document: 'cookie-policy', lang: 'ru'})
    const left = renderHtmlFragment(markdown, 'Содержание', {document: 'cookie-policy', lang: 'ru', title: false})
    expect(left.fragment.startsWith('<article class="policygen policygen-cookie-policy" lang="ru" aria-label="Политика">\n<nav class="policygen-toc"')).toBe(true)
    expect(left.fragment).not.toContain('<h1')
    expect(left.page).toBe(kept.page)
    expect(left.page).toContain('<h1 id="cookies-политика">Политика</h1>')
    expect(renderHtmlFragment('# «Кавычки» & <теги>\n\nТекст.', 'x', {document: 'cookie-policy', lang: 'ru', title: false}).fragment).toContain('aria-label="«Кавычки» &amp; &lt;теги>"')
  })
})

describe('links between the two policies', () => {
  const text = '# Политика\n\nСм. «Политика конфиденциальности» и ещё раз «Политика конфиденциальности».\n\n## О «Политика конфиденциальности»\n\n[«Политика конфиденциальности»](https://example.kz/p) и `«Политика конфиденциальности»`.\n'
  const crossLinks = [{title: 'Политика конфиденциальности', href: 'privacy-policy.html'}]

  it('link each place the page names the other policy, with the quotes outside the link', () => {
    const {page} = renderHtmlFragment(text, 'x', {document: 'cookie-policy', lang: 'ru', crossLinks})
    expect(page).toContain('<p>См. «<a href="privacy-policy.html">Политика конфиденциальности</a>» и ещё раз «<a href="privacy-policy.html">Политика конфиденциальности</a>».</p>')
    // Not in headings, in links of their own or in code.
    expect(page).toContain('>О «Политика конфиденциальности»</h2>')
    expect(page).toContain('<a href="https://example.kz/p" rel="noopener">«Политика конфиденциальности»</a>')
    expect(page).toContain('<code>«Политика конфиденциальности»</code>')
  })

  it('are not in the fragment or the PDF tree, which link only to the address the facts give', () => {
    const html = renderHtmlFragment(text, 'x', {document: 'cookie-policy', lang: 'ru', crossLinks})
    expect(html.fragment).not.toContain('privacy-policy.html')
    expect(JSON.stringify(html.tree)).not.toContain('privacy-policy.html')
    const untitled = renderHtmlFragment(text, 'x', {document: 'cookie-policy', lang: 'ru', crossLinks, title: false})
    expect(untitled.fragment).not.toContain('privacy-policy.html')
    expect(untitled.fragment).not.toContain('<h1')
    expect(untitled.page).toBe(html.page)
    expect(untitled.page).toContain('<h1')
  })
})

describe('tables with the same columns', () => {
  const table = (rows: string) => `| Название | Поставщик | Цель | Срок |\n| --- | --- | --- | --- |\n${rows}\n`
  const markdown = [
    '## Необходимые', table('| `PHPSESSID` | Сайт | Работа сайта | До конца сеанса |'),
    '## Аналитические', table('| `_ym_uid` | ООО «ЯНДЕКС» | Сбор статистики посещений сайта и его разделов | 1 год |'),
    '## Другое', '| Редакция | Дата |\n| --- | --- |\n| 1.0 | 1 июня 2025 г. |\n'
  ].join('\n\n')

  it('share their column widths, as classes (never inline styles), and other tables keep their own layout', () => {
    const {fragment, tree} = renderHtmlFragment(markdown, 'x', {document: 'cookie-policy', lang: 'ru'})
    const groups = [...fragment.matchAll(/<table class="policygen-fixed"><colgroup>(.*?)<\/colgroup>/g)].map((match) => match[1])
    expect(groups).toHaveLength(2)
    expect(groups[0]).toBe(groups[1])
    expect(groups[0]).toMatch(/^(<col class="policygen-w-\d+">){4}$/)
    expect(fragment).toContain('<table>\n<thead>\n<tr>\n<th>Редакция</th>')
    expect(fragment).not.toContain('style=')
    // The purpose, the longest text, gets the widest column.
    const widths = [...(groups[0] ?? '').matchAll(/w-(\d+)/g)].map((match) => Number(match[1]))
    expect(widths.reduce((a, b) => a + b, 0)).toBe(100)
    expect(Math.max(...widths)).toBe(widths[2])
    // The PDF lays out its own widths from the tree, which has no colgroup.
    expect(JSON.stringify(tree)).not.toContain('colgroup')
  })

  it('are given steps that add up exactly, none below the narrowest', () => {
    expect(shareOut([1, 1, 1, 1], 20)).toEqual([5, 5, 5, 5])
    expect(shareOut([100, 1, 1], 20)).toEqual([16, 2, 2])
    expect(shareOut([3, 2, 2], 20)).toEqual([8, 6, 6])
    for (const weights of [[14, 7, 30, 11.5], [1, 2, 3, 4, 5, 6, 7], [80]]) expect(shareOut(weights, 20).reduce((a, b) => a + b, 0)).toBe(20)
  })
})

describe('break points in identifiers', () => {
  it('let long cookie names and addresses break only between their parts, in the page but not the PDF tree', () => {
    const html = renderHtmlFragment('Файлы `cookie_consent_status` и [policies.google.com/privacy](https://policies.google.com/privacy), `_ga`.', 'x')
    expect(html.fragment).toContain('<code>cookie_<wbr>consent_<wbr>status</code>')
    expect(html.fragment).toContain('>policies.<wbr>google.<wbr>com/<wbr>privacy</a>')
    expect(html.fragment).toContain('<code>_ga</code>')
    expect(JSON.stringify(html.tree)).not.toContain('wbr')
  })
})

describe('policygen.css', () => {
  it('styles only what is inside the wrapper, so a company can link it from any page', async () => {
    const {readFile} = await import('node:fs/promises')
    const css = await readFile(new URL('../../../templates/policygen.css', import.meta.url), 'utf8')
    const selectors = [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{/g)]
      .map((match) => (match[1] ?? '').trim())
      .filter((prelude) => !prelude.startsWith('@'))
      .flatMap((prelude) => prelude.split(','))
      .map((selector) => selector.trim())
    expect(selectors.length).toBeGreaterThan(20)
    for (const selector of selectors) expect(selector, selector).toMatch(/^\.policygen(?:-[a-z-]+)?(?:[ :.>]|$)/)
  })
})
