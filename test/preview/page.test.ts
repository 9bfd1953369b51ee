import {describe, expect, it} from 'vitest'
import type {Problem} from '../../src/facts/problem.js'
import {documentPageHtml, escapeHtml, excerptHtml, indexPageHtml, messageHtml, problemsHtml, sideBySideHtml, type PageContext} from '../../src/preview/page.js'
import {alignSections, splitSections} from '../../src/preview/sections.js'
import {documentsOf, type OrganizationPreview, type PreviewDocument} from '../../src/preview/state.js'
import {previewWords} from '../../src/preview/words.js'
import {buildSite} from '../../src/site/stream.js'
import {fixtureOrganization} from '../helpers/fixture-organizations.js'
import {evil, hostileOrganization} from '../helpers/hostile-organization.js'
import {shippedTemplates} from '../helpers/templates.js'

const words = previewWords.en
const context: PageContext = {language: 'en', build: 'test:1', documentStylesheet: '.policygen { color: black; }', templateProblems: []}

/** A fragment as the renderer writes it: the wrapper, the head, then a line per top-level element. */
function fragment(lang: string, sections: readonly string[]): string {
  const body = sections.map((title, index) => `<h2 id="s${index}">${title}</h2>\n<p>Text of ${title}.</p>\n<table><tr><td><h2>not a section</h2></td></tr></table>`).join('\n')
  return `<article class="policygen policygen-cookie-policy" lang="${lang}">\n<h1>Title ${lang}</h1>\n<nav class="policygen-toc">…</nav>\n${body}\n</article>\n`
}

function organization(documents: PreviewDocument[], problems: Problem[] = [], extra: Partial<OrganizationPreview> = {}): OrganizationPreview {
  return {id: 'acme', file: 'content/acme/facts.yaml', name: 'АО «Акме»', problems, source: '', documents, knownDocuments: documents.map((entry) => ({document: entry.document, title: entry.columns[0]?.title ?? ''})), renderMs: 12, ...extra}
}

function cookiePolicy(ru: readonly string[], kk: readonly string[]): PreviewDocument {
  return {
    document: 'cookie-policy',
    version: '1.0',
    effectiveDate: '2025-06-01',
    columns: [
      {locale: 'ru', title: 'Политика', html: fragment('ru', ru)},
      {locale: 'kk', title: 'Саясат', html: fragment('kk', kk)}
    ]
  }
}

describe('splitting a document into its sections', () => {
  it('cuts the fragment at its top-level headings only, and keeps the wrapper', () => {
    const sectioned = splitSections(fragment('ru', ['One', 'Two']))
    expect(sectioned.open).toBe('<article class="policygen policygen-cookie-policy" lang="ru">')
    expect(sectioned.head).toBe('<h1>Title ru</h1>\n<nav class="policygen-toc">…</nav>')
    expect(sectioned.sections).toHaveLength(2)
    expect(sectioned.sections[0]).toMatch(/^<h2 id="s0">One<\/h2>\n<p>Text of One\.<\/p>\n<table>.*<h2>not a section<\/h2>.*<\/table>$/)
    expect(sectioned.sections[1]).toMatch(/^<h2 id="s1">Two<\/h2>/)
  })

  it('lines up section N of every language on row N, the heads on row 0', () => {
    const {rows, sectionCounts} = alignSections([splitSections(fragment('ru', ['А', 'Б', 'В'])), splitSections(fragment('kk', ['Ә', 'Б']))])
    expect(sectionCounts).toEqual([3, 2])
    expect(rows).toHaveLength(4)
    expect(rows[0]?.[0]).toContain('Title ru')
    expect(rows[2]?.[1]).toContain('<h2 id="s1">Б</h2>')
    // The shorter language gets an empty cell, not a shifted row.
    expect(rows[3]).toEqual([expect.stringContaining('<h2 id="s2">В</h2>'), ''])
  })

  it('splits every real document into as many sections in Russian as in Kazakh', async () => {
    const files = await buildSite([fixtureOrganization('acme')], await shippedTemplates())
    const documents = documentsOf(files, ['ru', 'kk'])
    expect(documents.map((entry) => entry.document)).toEqual(['cookie-policy', 'privacy-policy'])
    for (const entry of documents) {
      const [ru, kk] = entry.columns.map((column) => splitSections(column.html))
      expect(ru?.sections.length, entry.document).toBeGreaterThan(5)
      expect(ru?.sections.length, entry.document).toBe(kk?.sections.length)
      expect(ru?.head).toMatch(/^<h1 /)
      for (const section of [...(ru?.sections ?? []), ...(kk?.sections ?? [])]) expect(section).toMatch(/^<h2 id="/)
    }
  })
})

describe('the side-by-side page', () => {
  it('gives each language its own column, lang set, one grid row per section', () => {
    const html = sideBySideHtml(cookiePolicy(['One', 'Two'], ['Бір', 'Екі']), words)
    expect(html).toContain('<article class="policygen policygen-cookie-policy pg-column" lang="ru">')
    expect(html).toContain('<article class="policygen policygen-cookie-policy pg-column" lang="kk">')
    expect(html).toContain('grid-template-rows: repeat(3, auto)')
    expect(html.match(/<div class="pg-cell" data-row="2">/g)).toHaveLength(2)
    expect(html).not.toContain('pg-notice')
  })

  it('says so when the languages have different numbers of sections', () => {
    const html = sideBySideHtml(cookiePolicy(['One', 'Two'], ['Бір']), words)
    expect(html).toContain('The languages have different numbers of sections (Русский: 2, Қазақша: 1)')
    expect(html).toContain('<div class="pg-cell" data-row="2"></div>')
  })

  it('embeds the documents\' stylesheet, the live-reload script and the build it shows', () => {
    const html = documentPageHtml(context, organization([cookiePolicy(['One'], ['Бір'])]), 'cookie-policy')
    expect(html).toMatch(/^<!doctype html>\n<html lang="en" data-build="test:1">/)
    expect(html).toContain('<style id="pg-style">.policygen { color: black; }')
    expect(html).toContain('<script src="/preview.js" defer></script>')
    expect(html).toContain('<a href="/acme/cookie-policy" aria-current="page">Политика</a>')
  })

  it('escapes what the facts say in the page\'s own parts: the name, the titles', async () => {
    const hostile = hostileOrganization()
    const files = await buildSite([hostile], await shippedTemplates())
    const documents = documentsOf(files, ['ru', 'kk'])
    const html = documentPageHtml(context, organization(documents, [], {id: 'evil', name: evil}), 'cookie-policy')
    expect(html).not.toContain('<script>alert')
    expect(html).not.toMatch(/<img|<iframe|href="javascript:/i)
    expect(html).toContain('Acme &lt;script&gt;alert(1)&lt;/script&gt;')
    const index = indexPageHtml(context, [organization(documents, [], {id: 'evil', name: evil})], [], 'content')
    expect(index).not.toContain('<script>alert')
    expect(index).toContain('<h2>Acme &lt;script&gt;')
  })
})

describe('problems in the page', () => {
  const problem: Problem = {file: 'content/acme/facts.yaml', line: 3, column: 14, severity: 'error', ruleId: 'invalid-duration', message: '`cookies[0].retention`: `<b>P1Q</b>` is not a duration & never was.', path: 'cookies[0].retention'}
  const source = 'schemaVersion: 1\ncookies:\n  - retention: <b>P1Q</b>\n  - retention: P1Y\n'

  it('are listed like the CLI prints them: file:line:column, severity, rule, message, fact', () => {
    const html = problemsHtml([problem], words)
    expect(html).toContain('<code class="pg-where">content/acme/facts.yaml:3:14</code> <span class="pg-severity">error</span> <span class="pg-rule">invalid-duration</span>')
    expect(html).toContain('<p class="pg-fact">fact: <code>cookies[0].retention</code></p>')
  })

  it('escape the message, and show its quoted names as code', () => {
    expect(messageHtml(problem.message)).toBe('<code>cookies[0].retention</code>: <code>&lt;b&gt;P1Q&lt;/b&gt;</code> is not a duration &amp; never was.')
    expect(escapeHtml('"a" <b> & \'c\'')).toBe('&quot;a&quot; &lt;b&gt; &amp; &#39;c&#39;')
  })

  it('quote the lines of the facts file they point at, with a caret under the column', () => {
    const excerpt = excerptHtml(source, 3, 14)
    expect(excerpt.split('\n')).toEqual(['1 │ schemaVersion: 1', '2 │ cookies:', '<span class="pg-hit">3 │   - retention: &lt;b&gt;P1Q&lt;/b&gt;</span>', `  │ ${' '.repeat(13)}<span class="pg-caret">^</span>`, '4 │   - retention: P1Y'])
    expect(excerptHtml(source, 40, 1)).toBe('')
    expect(problemsHtml([problem], words, new Map([[problem.file, source]]))).toContain('<pre class="pg-excerpt"><code>')
  })

  it('take the place of the document while the facts have an error', () => {
    const html = documentPageHtml(context, organization([], [problem], {source, knownDocuments: [{document: 'cookie-policy', title: 'Политика <cookie>'}, {document: 'privacy-policy', title: 'Конфиденциальность'}]}), 'cookie-policy')
    expect(html).toContain('The facts have 1 error')
    expect(html).toContain('content/acme/facts.yaml:3:14')
    expect(html).not.toContain('class="pg-pair"')
    expect(html).not.toContain('<b>P1Q')
    // The links to the documents stay, by the titles they had.
    expect(html).toContain('<a href="/acme/cookie-policy" aria-current="page">Политика &lt;cookie&gt;</a>')
  })

  it('of the templates are shown on every page, and on the index', () => {
    const templateProblem: Problem = {file: 'wording/ru', line: 1, column: 1, severity: 'error', ruleId: 'template-override', message: 'the section `x` is overridden in ru but not in kk', path: ''}
    const broken = {...context, templateProblems: [templateProblem]}
    expect(indexPageHtml(broken, [], [], 'content')).toContain('The templates cannot be used')
    expect(documentPageHtml(broken, organization([]), 'cookie-policy')).toContain('wording/ru:1:1')
  })
})
