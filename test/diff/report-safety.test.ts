import {execFileSync} from 'node:child_process'
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {Nodes} from 'mdast'
import {afterAll, describe, expect, it} from 'vitest'
import {codeSpan, formatDiffMarkdown} from '../../src/diff/report.js'
import {tokenize} from '../../src/diff/redline.js'
import {clauseParser} from '../../src/facts/clause-markdown.js'
import {composeFixture} from '../helpers/fixtures.js'
import {replaceOnce, runCli, writeFacts} from './io.js'

// The Markdown report is posted as a pull-request comment: nothing quoted from the facts may render
// as markup there, and the comment must fit GitHub's 65,536 characters.

const made: string[] = []
afterAll(async () => {
  for (const folder of made) await rm(folder, {recursive: true, force: true})
})

async function folders(oldText: string, newText: string): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'policygen-diff-safety-'))
  made.push(root)
  await writeFacts(path.join(root, 'old'), oldText)
  await writeFacts(path.join(root, 'new'), newText)
  return root
}

/** Raw HTML and images a Markdown text would render, other than the report's own `<details>`. */
function foreignMarkup(markdown: string): string[] {
  const found: string[] = []
  const visit = (node: Nodes) => {
    if (node.type === 'html' && !/^<\/?(details|summary)>/.test(node.value)) found.push(node.value)
    if (node.type === 'image' || node.type === 'imageReference') found.push(node.type)
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(clauseParser().parse(markdown))
  return found
}

const base = composeFixture('')
const hostileName = '<img src=x onerror=alert(1)> Google LLC'

describe('the Markdown diff report', () => {
  it('escapes what it quotes: a changed name holding <img> stays text in the changelog and the redline', async () => {
    const root = await folders(base, replaceOnce(base, 'name: Google LLC', `name: "${hostileName}"`))
    const {code, stdout} = await runCli(['diff', 'old', 'new'], root)
    expect(code).toBe(0)
    expect(stdout).toContain('\\<img src=x onerror=alert(1)\\>')
    expect(foreignMarkup(stdout)).toEqual([])
  })

  it('keeps a backslash escape in one token, so a redline marker never splits it', () => {
    expect(tokenize('a\\<img b\\\\c')).toEqual(['a', '\\<', 'img', ' ', 'b', '\\\\', 'c'])
  })

  it('quotes revision names safely in the summary line', () => {
    expect(codeSpan('main')).toBe('`main`')
    expect(codeSpan('a`b')).toBe('`` a`b ``')
    expect(codeSpan('x\ny')).toBe('`x y`')
    const report = formatDiffMarkdown({old: 'evil`<img src=x>`', new: 'HEAD', organizations: []})
    expect(report.split('\n')[0]).toBe('0 organizations changed, 0 material changes (`` evil`<img src=x>` `` → `HEAD`)')
    expect(foreignMarkup(report)).toEqual([])
  })

  it('fits a GitHub comment, keeps every material change, and writes the whole report with --out', async () => {
    const cookies = (suffix: string) =>
      Array.from({length: 400}, (_, index) => `  - {name: cookie_${index}_${'x'.repeat(40)}, category: analytics, provider: google, purpose: usage-statistics, retention: P${suffix}}`).join('\n')
    const text = (suffix: string) =>
      composeFixture(`cookies:\n  - {name: PHPSESSID, category: strictly-necessary, purpose: site-operation, retention: session}\n${cookies(suffix)}\n`)
    const root = await folders(text('1Y'), text('2Y'))
    const {code, stdout} = await runCli(['diff', 'old', 'new'], root)
    expect(code).toBe(0)
    expect(stdout.length).toBeLessThanOrEqual(65_536)
    const material = stdout.split('\n').filter((line) => line.startsWith('- **material**'))
    expect(material).toHaveLength(400)
    expect(stdout).toContain('redline left out to keep this comment short')
    const out = await runCli(['diff', 'old', 'new', '--out', 'report.md'], root)
    expect(out.code).toBe(0)
    const full = await readFile(path.join(root, 'report.md'), 'utf8')
    expect(full.length).toBeGreaterThan(65_536)
    expect(full).not.toContain('left out to keep this comment short')
  })

  it('never writes the report over the facts, into .git, or over a file that is not a report', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'policygen-diff-out-'))
    made.push(root)
    await writeFacts(path.join(root, 'old'), base)
    await writeFacts(path.join(root, 'new'), base)
    await mkdir(path.join(root, '.git'))
    await writeFile(path.join(root, '.git', 'HEAD'), 'ref: refs/heads/main\n')
    await writeFile(path.join(root, 'notes.md'), '# my notes\n')
    const cases: Array<[string, RegExp]> = [
      ['new/acme/facts.yaml', /not an earlier policygen report/],
      ['.git/HEAD', /inside a `\.git` folder/],
      ['notes.md', /not an earlier policygen report/]
    ]
    for (const [out, reason] of cases) {
      const before = await readFile(path.join(root, out), 'utf8')
      const {code, stderr} = await runCli(['diff', 'old', 'new', '--out', out], root)
      expect(code, out).toBe(2)
      expect(stderr, out).toMatch(reason)
      expect(await readFile(path.join(root, out), 'utf8'), out).toBe(before)
    }
    // Its own earlier report is replaced, as a CI job does on every run.
    expect((await runCli(['diff', 'old', 'new', '--out', 'report.md'], root)).code).toBe(0)
    expect((await runCli(['diff', 'old', 'new', '--out', 'report.md'], root)).code).toBe(0)
    expect(await readFile(path.join(root, 'report.md'), 'utf8')).toMatch(/^0 organizations changed/)
  })

  it('keeps an escaped table bar inside its cell when a change marks it', () => {
    const report = formatDiffMarkdown({
      old: 'a',
      new: 'b',
      organizations: [
        {
          id: 'acme',
          status: 'changed',
          changes: [],
          missingVersions: [],
          documents: [{document: 'cookie-policy', locale: 'ru', status: 'changed', segments: [{type: 'equal', text: '## 1. Т\n\n| a | b |\n| --- | --- |\n| '}, {type: 'delete', text: 'x'}, {type: 'insert', text: 'y \\| z'}, {type: 'equal', text: ' | c |\n'}]}]
        }
      ]
    })
    const row = report.split('\n').find((line) => line.startsWith('| ~~x~~'))
    expect(row).toBe('| ~~x~~ **y \\| z** | c |')
  })

  it('stays within a comment even when the material changes alone would not fit, and says how many it left out', () => {
    const changes = Array.from({length: 2000}, (_, index) => ({organization: 'acme', path: `cookies[${index}]`, kind: 'added' as const, class: 'material' as const, subject: `cookie "c_${index}_${'x'.repeat(30)}"`, field: '', after: 'analytics, 1 year', documents: ['cookie-policy' as const]}))
    const report = formatDiffMarkdown({old: 'a', new: 'b', organizations: [{id: 'acme', status: 'changed', changes, missingVersions: [], documents: []}]})
    expect(report.length).toBeLessThanOrEqual(65_536)
    const shown = report.split('\n').filter((line) => line.startsWith('- **material**')).length
    expect(shown).toBeGreaterThan(500)
    expect(report).toContain(`- **${2000 - shown} more material changes** not shown`)
  })

  it('says plainly when --out names a folder', async () => {
    const root = await folders(base, base)
    await mkdir(path.join(root, 'reports'))
    const {code, stderr} = await runCli(['diff', 'old', 'new', '--out', 'reports'], root)
    expect(code).toBe(2)
    expect(stderr).toBe('policygen: --out names the folder `reports`; give a file name, for example `--out policy-diff.md`.\n')
  })

  it('reports a facts file over the size limit in git history as a located problem', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'policygen-diff-big-'))
    made.push(root)
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.kz', '-c', 'user.name=t', ...args], {cwd: root})
    git('init', '-q')
    await writeFacts(path.join(root, 'content'), base)
    git('add', '.')
    git('commit', '-qm', 'one')
    await writeFile(path.join(root, 'content', 'acme', 'facts.yaml'), `${base}# ${'x'.repeat(1024 * 1024)}\n`)
    git('commit', '-qam', 'two')
    const {code, stderr} = await runCli(['diff', 'HEAD~1', 'HEAD'], root)
    expect(code).toBe(1)
    expect(stderr).toMatch(/^HEAD:content\/acme\/facts\.yaml:1:1 {2}error {2}The file is \d+ bytes; facts files may be at most 1048576 bytes/m)
    expect(stderr).not.toMatch(/internal error|maxBuffer/)
  })
})
