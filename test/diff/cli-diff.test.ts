import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Segment} from '../../src/diff/redline.js'
import {caseFacts, caseFolders, replaceOnce, runCli, writeFacts} from './io.js'

const nbsp = '\u00A0'
// Each case is written out as `<tmp>/<case>/{old,new}/acme/facts.yaml`, and the CLI runs in `<tmp>/<case>`.
const folders = caseFolders()
const inCase = (name: string) => folders.case(name)
afterAll(() => folders.cleanUp())

describe('policygen diff OLD NEW with two content folders', () => {
  it('writes Markdown for a pull-request comment: summary, changelog, redline of the changed paragraphs', async () => {
    const {code, stdout, stderr} = await runCli(['diff', 'old', 'new'], await inCase('longer-retention'))
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toBe('1 organization changed, 1 material change (`old` → `new`)')
    expect(stdout).toContain('\n## acme\n')
    expect(stdout).toContain('\n- **material** cookie "\\_ga": retention 1 year → 2 years\n')
    expect(stdout).toContain('<details><summary>cookie-policy · ru</summary>')
    expect(stdout).toContain(`| \`_ga\` | Google LLC | Сбор статистики посещений | ~~1${nbsp}год~~ **2${nbsp}года** |`)
    expect(stdout).toContain('<details><summary>cookie-policy · kk</summary>')
    expect(stdout).not.toContain('privacy-policy · ru')
    expect(stdout).toContain('> **Needs a new version:** acme: the cookie-policy has 1 material change but keeps version 1.0 and effective date 2025-06-01')
  })

  it('tags editorial changes and finds no version missing for them', async () => {
    const {code, stdout} = await runCli(['diff', 'old', 'new', '--fail-on', 'material'], await inCase('contact-email'))
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toBe('1 organization changed, 0 material changes (`old` → `new`)')
    // The addresses escaped, so that GitHub does not link them in the comment.
    expect(stdout).toContain('\n- editorial contacts: general email info\\@example.kz → support\\@example.kz\n')
    expect(stdout).toContain('~~[info@example.kz](mailto:info@example.kz)~~ **[support@example.kz](mailto:support@example.kz)**')
    expect(stdout).not.toContain('Needs a new version')
  })

  it('writes a standalone HTML redline page with <ins> and <del>', async () => {
    const {code, stdout} = await runCli(['diff', 'old', 'new', '--format', 'html'], await inCase('longer-retention'))
    expect(code).toBe(0)
    expect(stdout).toMatch(/^<!doctype html>\n<html lang="ru">/)
    expect(stdout).toContain(`<del>1${nbsp}год</del><ins>2${nbsp}года</ins>`)
    expect(stdout).toContain('<strong class="material" title="longer retention">material</strong> cookie &#34;_ga&#34;: retention 1 year → 2 years')
    expect(stdout).toContain('<style>')
    expect(stdout.trimEnd()).toMatch(/<\/html>$/)
  })

  it('writes JSON with the changes and the segments of each changed document', async () => {
    const {code, stdout} = await runCli(['diff', 'old', 'new', '--format', 'json'], await inCase('longer-retention'))
    expect(code).toBe(0)
    const report = JSON.parse(stdout) as {
      old: string
      new: string
      summary: {organizationsChanged: number; materialChanges: number; editorialChanges: number; missingVersions: number}
      organizations: Array<{id: string; status: string; changes: Array<{line: string; class: string; path: string}>; documents: Array<{document: string; locale: string; status: string; segments: Segment[]}>}>
    }
    expect(report.summary).toEqual({organizationsChanged: 1, materialChanges: 1, editorialChanges: 0, missingVersions: 1})
    const [organization] = report.organizations
    expect(organization?.changes.map((change) => [change.line, change.class, change.path])).toEqual([
      ['acme: cookie "_ga": retention 1 year → 2 years', 'material', 'cookies["_ga"].retention']
    ])
    expect(organization?.documents.map((document) => `${document.document}/${document.locale}`)).toEqual(['cookie-policy/ru', 'cookie-policy/kk'])
    const ru = organization?.documents[0]?.segments ?? []
    // The cookie table and the section on retention both give the period.
    expect(ru.filter((segment) => segment.type !== 'equal')).toEqual([
      {type: 'delete', text: `1${nbsp}год`},
      {type: 'insert', text: `2${nbsp}года`},
      {type: 'delete', text: `1${nbsp}год`},
      {type: 'insert', text: `2${nbsp}года`}
    ])
  })

  describe('--fail-on material', () => {
    it('exits 1 and names the document when a material change comes without a new version and date', async () => {
      const {code, stderr} = await runCli(['diff', 'old', 'new', '--fail-on', 'material'], await inCase('right-removed'))
      expect(code).toBe(1)
      expect(stderr).toBe(
        'policygen: acme: the privacy-policy has 1 material change but keeps version 1.0 and effective date 2025-06-01; add a new version with a new effective date first in documents.privacyPolicy.versions.\n'
      )
    })

    it('exits 0 when the material change comes with a new version and effective date', async () => {
      const {code, stderr, stdout} = await runCli(['diff', 'old', 'new', '--fail-on', 'material'], await inCase('longer-retention-new-version'))
      expect(stderr).toBe('')
      expect(code).toBe(0)
      expect(stdout).toContain('**material** cookie "\\_ga": retention 1 year → 2 years')
    })

    it('exits 0 without --fail-on, changes or not', async () => {
      expect((await runCli(['diff', 'old', 'new'], await inCase('right-removed'))).code).toBe(0)
    })
  })

  describe('wrong usage and bad facts', () => {
    let work: string
    let brokenLine: number
    beforeAll(async () => {
      work = await mkdtemp(path.join(tmpdir(), 'policygen-diff-'))
      const old = caseFacts('contact-email', 'old')
      await writeFacts(path.join(work, 'old'), old)
      await writeFacts(path.join(work, 'new'), caseFacts('contact-email', 'new'))
      await writeFacts(path.join(work, 'new'), old, 'second')
      const broken = replaceOnce(old, 'retention: P2Y', 'retention: 2 years')
      brokenLine = broken.split('\n').findIndex((line) => line.includes('retention: 2 years')) + 1
      await writeFacts(path.join(work, 'broken'), broken)
    })
    afterAll(() => rm(work, {recursive: true, force: true}))

    it('reports an organization added', async () => {
      const {code, stdout} = await runCli(['diff', 'old', 'new'], work)
      expect(code).toBe(0)
      expect(stdout.split('\n')[0]).toBe('2 organizations changed, 0 material changes (`old` → `new`)')
      expect(stdout).toContain('## second (new)\n\n- editorial organization added (cookie-policy, privacy-policy)\n\n- cookie-policy · ru: new document\n')
    })

    it('prints the errors of a side, located, and exits 1', async () => {
      const {code, stdout, stderr} = await runCli(['diff', 'broken', 'new'], work)
      expect(code).toBe(1)
      expect(stdout).toBe('')
      expect(stderr).toMatch(new RegExp(`^broken/acme/facts\\.yaml:${brokenLine}:\\d+ {2}error {2}.*invalid-duration\n`))
      expect(stderr).toContain('policygen: the facts at `broken` have errors; fix them to compare.\n')
    })

    it('writes the report to --out FILE', async () => {
      const {code, stdout} = await runCli(['diff', 'old', 'new', '--format', 'json', '--out', 'report.json'], work)
      expect(code).toBe(0)
      expect(stdout).toBe('')
      expect(JSON.parse(await readFile(path.join(work, 'report.json'), 'utf8'))).toHaveProperty('summary.organizationsChanged', 2)
    })

    it('refuses wrong arguments with exit 2', async () => {
      const bad = [
        [['diff'], /diff takes OLD, then NEW and an optional CONTENT_DIR \(without NEW, OLD is compared with the files as they are now\), got 0 arguments/],
        [['diff', 'old', 'new', 'content', 'more'], /got 4 arguments/],
        [['diff', 'old', 'new', '--format', 'text'], /--format must be md, html or json, not `text`/],
        [['diff', 'old', 'new', '--fail-on', 'editorial'], /--fail-on takes `material`/],
        [['diff', 'old', 'new', 'content'], /CONTENT_DIR is only for git revisions/]
      ] as const
      for (const [args, message] of bad) {
        const {code, stderr} = await runCli(args, work)
        expect(code).toBe(2)
        expect(stderr).toMatch(message)
      }
    })

    it('keeps text and json as the formats of the other commands', async () => {
      const {code, stderr} = await runCli(['validate', 'old', '--format', 'md'], work)
      expect(code).toBe(2)
      expect(stderr).toBe('policygen: --format must be text or json, not `md`.\n')
    })

    it('has help', async () => {
      const {code, stdout} = await runCli(['diff', '--help'], work)
      expect(code).toBe(0)
      expect(stdout).toContain('Usage: policygen diff OLD [NEW [CONTENT_DIR]] [--format md|html|json] [--fail-on material] [--out FILE]')
      expect(stdout).toContain('CURRENT templates')
      expect((await runCli(['--help'], work)).stdout).toMatch(/\n {2}diff {7}Show what changed/)
    })
  })
})
