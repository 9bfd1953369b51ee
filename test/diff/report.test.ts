import {describe, expect, it} from 'vitest'
import type {ContentDiff} from '../../src/diff/compare.js'
import {formatDiffHtml, formatDiffJson, formatDiffMarkdown, summaryLine} from '../../src/diff/report.js'

const changed: ContentDiff = {
  old: 'main',
  new: 'HEAD',
  organizations: [
    {
      id: 'acme',
      status: 'changed',
      changes: [
        {organization: 'acme', path: 'cookies["_a*b"].retention', subject: 'cookie "_a*b"', field: 'retention', kind: 'changed', before: '1 year', after: '2 years', class: 'material', reason: 'longer retention', documents: ['cookie-policy']},
        {organization: 'acme', path: 'contacts.general.email', subject: 'contacts', field: 'general email', kind: 'changed', before: 'a@acme.kz', after: 'b@acme.kz', class: 'editorial', documents: ['cookie-policy']}
      ],
      missingVersions: [],
      documents: [
        {
          document: 'cookie-policy',
          locale: 'ru',
          status: 'changed',
          segments: [
            {type: 'equal', text: '## 1. Сроки\n\nХранится '},
            {type: 'delete', text: '1 год <script>'},
            {type: 'insert', text: '2 года'},
            {type: 'equal', text: '.\n'}
          ]
        }
      ]
    },
    {id: 'quiet', status: 'unchanged', changes: [], missingVersions: [], documents: []}
  ]
}

describe('the diff report', () => {
  it('counts changed organizations and material changes in words', () => {
    expect(summaryLine(changed)).toBe('1 organization changed, 1 material change')
    expect(summaryLine({...changed, organizations: []})).toBe('0 organizations changed, 0 material changes')
  })

  it('writes Markdown with escaped changelog lines and the redline in <details>', () => {
    expect(formatDiffMarkdown(changed)).toBe(
      [
        '1 organization changed, 1 material change (`main` → `HEAD`)',
        '',
        '## acme',
        '',
        '- **material** cookie "\\_a\\*b": retention 1 year → 2 years',
        '- editorial contacts: general email a\\@acme.kz → b\\@acme.kz',
        '',
        '<details><summary>cookie-policy · ru</summary>',
        '',
        '## 1. Сроки',
        '',
        'Хранится ~~1 год &lt;script>~~ **2 года**.',
        '',
        '</details>',
        ''
      ].join('\n')
    )
  })

  it('leaves redlines out rather than outgrow a pull-request comment', () => {
    const markdown = formatDiffMarkdown(changed, 150)
    expect(markdown).not.toContain('<details>')
    expect(markdown).toContain('- cookie-policy · ru: redline left out to keep this comment short; run `policygen diff --format html` (or `--out FILE`) to see it')
  })

  it('says so when nothing changed', () => {
    const none: ContentDiff = {old: 'a', new: 'b', organizations: [{id: 'quiet', status: 'unchanged', changes: [], missingVersions: [], documents: []}]}
    expect(formatDiffMarkdown(none)).toBe('0 organizations changed, 0 material changes (`a` → `b`)\n\nNo differences in the facts or the documents.\n')
    expect(formatDiffHtml(none)).toContain('<p lang="en">No differences in the facts or the documents.</p>')
  })

  it('escapes every text in the HTML page', () => {
    const html = formatDiffHtml(changed)
    expect(html).toContain('<del>1 год &#60;script&#62;</del><ins>2 года</ins>')
    expect(html).not.toContain('<script>')
    expect(html).toContain('<div class="redline" lang="ru">')
    expect(html).not.toContain('quiet')
  })

  it('writes JSON with every organization, each change with its line', () => {
    const json = JSON.parse(formatDiffJson(changed)) as {organizations: Array<{id: string; status: string; changes: Array<{line: string}>}>}
    expect(json.organizations.map((organization) => [organization.id, organization.status])).toEqual([
      ['acme', 'changed'],
      ['quiet', 'unchanged']
    ])
    expect(json.organizations[0]?.changes[0]?.line).toBe('acme: cookie "_a*b": retention 1 year → 2 years')
  })
})
