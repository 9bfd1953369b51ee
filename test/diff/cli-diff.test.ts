import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Segment} from '../../src/diff/redline.js'
import {fixtures, runCli} from './io.js'

const nbsp = '\u00A0'
const inCase = (name: string) => path.join(fixtures, name)

describe('policygen diff OLD NEW with two content folders', () => {
  it('writes Markdown for a pull-request comment: summary, changelog, redline of the changed paragraphs', async () => {
    const {code, stdout, stderr} = await runCli(['diff', 'old', 'new'], inCase('longer-retention'))
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toBe('1 organization changed, 1 material change (`old` → `new`)')
    expect(stdout).toContain('\n## kazteleport\n')
    expect(stdout).toContain('\n- **material** cookie "\\_ym\\_uid": retention 1 year → 2 years\n')
    expect(stdout).toContain('<details><summary>cookie-policy · ru</summary>')
    expect(stdout).toContain(`| \`_ym_uid\` | ООО «ЯНДЕКС» | Сбор статистики посещений | ~~1${nbsp}год~~ **2${nbsp}года** |`)
    expect(stdout).toContain('<details><summary>cookie-policy · kk</summary>')
    expect(stdout).not.toContain('privacy-policy · ru')
    expect(stdout).toContain('> **Needs a new version:** kazteleport: the cookie-policy has 1 material change but keeps version 1.0 and effective date 2025-06-01')
  })

  it('tags editorial changes and finds no version missing for them', async () => {
    const {code, stdout} = await runCli(['diff', 'old', 'new', '--fail-on', 'material'], inCase('contact-email'))
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toBe('1 organization changed, 0 material changes (`old` → `new`)')
    expect(stdout).toContain('\n- editorial contacts: general email marketing@kazteleport.kz → info@kazteleport.kz\n')
    expect(stdout).toContain('~~[marketing@kazteleport.kz](mailto:marketing@kazteleport.kz)~~ **[info@kazteleport.kz](mailto:info@kazteleport.kz)**')
    expect(stdout).not.toContain('Needs a new version')
  })

  it('writes a standalone HTML redline page with <ins> and <del>', async () => {
    const {code, stdout} = await runCli(['diff', 'old', 'new', '--format', 'html'], inCase('longer-retention'))
    expect(code).toBe(0)
    expect(stdout).toMatch(/^<!doctype html>\n<html lang="ru">/)
    expect(stdout).toContain(`<del>1${nbsp}год</del><ins>2${nbsp}года</ins>`)
    expect(stdout).toContain('<strong class="material" title="longer retention">material</strong> cookie &#34;_ym_uid&#34;: retention 1 year → 2 years')
    expect(stdout).toContain('<style>')
    expect(stdout.trimEnd()).toMatch(/<\/html>$/)
  })

  it('writes JSON with the changes and the segments of each changed document', async () => {
    const {code, stdout} = await runCli(['diff', 'old', 'new', '--format', 'json'], inCase('longer-retention'))
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
      ['kazteleport: cookie "_ym_uid": retention 1 year → 2 years', 'material', 'cookies["_ym_uid"].retention']
    ])
    expect(organization?.documents.map((document) => `${document.document}/${document.locale}`)).toEqual(['cookie-policy/ru', 'cookie-policy/kk'])
    const ru = organization?.documents[0]?.segments ?? []
    expect(ru.filter((segment) => segment.type !== 'equal')).toEqual([
      {type: 'delete', text: `1${nbsp}год`},
      {type: 'insert', text: `2${nbsp}года`}
    ])
  })

  describe('--fail-on material', () => {
    it('exits 1 and names the document when a material change comes without a new version and date', async () => {
      const {code, stderr} = await runCli(['diff', 'old', 'new', '--fail-on', 'material'], inCase('right-removed'))
      expect(code).toBe(1)
      expect(stderr).toBe(
        'policygen: kazteleport: the privacy-policy has 1 material change but keeps version 1.0 and effective date 2025-06-01; add a new version with a new effective date first in documents.privacyPolicy.versions.\n'
      )
    })

    it('exits 0 when the material change comes with a new version and effective date', async () => {
      const {code, stderr, stdout} = await runCli(['diff', 'old', 'new', '--fail-on', 'material'], inCase('longer-retention-new-version'))
      expect(stderr).toBe('')
      expect(code).toBe(0)
      expect(stdout).toContain('**material** cookie "\\_ym\\_uid": retention 1 year → 2 years')
    })

    it('exits 0 without --fail-on, changes or not', async () => {
      expect((await runCli(['diff', 'old', 'new'], inCase('right-removed'))).code).toBe(0)
    })
  })

  describe('wrong usage and bad facts', () => {
    let work: string
    beforeAll(async () => {
      work = await mkdtemp(path.join(tmpdir(), 'policygen-diff-'))
      await cp(path.join(inCase('contact-email'), 'old'), path.join(work, 'old'), {recursive: true})
      await cp(path.join(inCase('contact-email'), 'new'), path.join(work, 'new'), {recursive: true})
      await cp(path.join(inCase('contact-email'), 'old', 'kazteleport'), path.join(work, 'new', 'second'), {recursive: true})
      await cp(path.join(inCase('contact-email'), 'old'), path.join(work, 'broken'), {recursive: true})
      const file = path.join(work, 'broken', 'kazteleport', 'facts.yaml')
      await writeFile(file, (await readFile(file, 'utf8')).replace('retention: P2Y', 'retention: 2 years'))
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
      expect(stderr).toMatch(/^broken\/kazteleport\/facts\.yaml:\d+:\d+ {2}error {2}.*invalid-duration\n/)
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
        [['diff', 'old'], /diff takes OLD, NEW and an optional CONTENT_DIR, got 1 arguments/],
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
      expect(stdout).toContain('Usage: policygen diff OLD NEW [CONTENT_DIR] [--format md|html|json] [--fail-on material] [--out FILE]')
      expect(stdout).toContain('CURRENT templates')
      expect((await runCli(['--help'], work)).stdout).toMatch(/\n {2}diff {7}Show what changed/)
    })
  })
})
