import {execFile} from 'node:child_process'
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {caseFacts, replaceOnce, runCli, writeFacts, type Side} from './io.js'

const exec = promisify(execFile)

/** Run git in `cwd` as a throwaway identity, whatever the machine's git configuration. */
async function git(cwd: string, ...args: string[]): Promise<string> {
  const identity = ['-c', 'user.name=policygen test', '-c', 'user.email=test@example.kz', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main']
  const {stdout} = await exec('git', [...identity, ...args], {cwd})
  return stdout
}

/** Make `<repo>/<folder>` the content folder of one side of a diff case: `<folder>/acme/facts.yaml` only. */
async function putFacts(repo: string, folder: string, name: string, side: Side): Promise<void> {
  await rm(path.join(repo, folder), {recursive: true, force: true})
  await writeFacts(path.join(repo, folder), caseFacts(name, side))
}

describe('policygen diff OLD NEW with git revisions', () => {
  let repo: string
  let outside: string
  beforeAll(async () => {
    repo = await mkdtemp(path.join(tmpdir(), 'policygen-diff-git-'))
    outside = await mkdtemp(path.join(tmpdir(), 'policygen-diff-nogit-'))
    await git(repo, 'init', '--quiet')
    await putFacts(repo, 'content', 'longer-retention', 'old')
    await git(repo, 'add', '--all')
    await git(repo, 'commit', '--quiet', '-m', 'old facts')
    await git(repo, 'tag', 'v1')
    await putFacts(repo, 'content', 'longer-retention', 'new')
    await git(repo, 'commit', '--quiet', '--all', '-m', 'longer retention')
    await putFacts(repo, 'content', 'longer-retention-new-version', 'new')
    await git(repo, 'commit', '--quiet', '--all', '-m', 'new version')
    // A last commit with broken facts, and policies in another folder.
    const file = path.join(repo, 'content', 'acme', 'facts.yaml')
    await writeFile(file, replaceOnce(await readFile(file, 'utf8'), 'retention: P2Y', 'retention: 2 years'))
    await putFacts(repo, 'policies', 'contact-email', 'new')
    await mkdir(path.join(repo, 'docs'))
    await writeFile(path.join(repo, 'docs', 'README.md'), 'docs\n')
    await git(repo, 'add', '--all')
    await git(repo, 'commit', '--quiet', '-m', 'broken facts')
  }, 60_000)
  afterAll(async () => {
    await rm(repo, {recursive: true, force: true})
    await rm(outside, {recursive: true, force: true})
  })

  it('compares the facts at two revisions (HEAD~3 HEAD~2)', async () => {
    const {code, stdout, stderr} = await runCli(['diff', 'HEAD~3', 'HEAD~2'], repo)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toBe('1 organization changed, 1 material change (`HEAD~3` → `HEAD~2`)')
    expect(stdout).toContain('- **material** cookie "\\_ga": retention 1 year → 2 years\n')
    expect(stdout).toContain('~~1\u00A0год~~ **2\u00A0года**')
  })

  it('compares one revision with the files as they are now, edits not yet committed included', async () => {
    await putFacts(repo, 'content', 'longer-retention', 'new')
    try {
      const {code, stdout, stderr} = await runCli(['diff', 'v1'], repo)
      expect(stderr).toBe('')
      expect(code).toBe(0)
      expect(stdout.split('\n')[0]).toBe('1 organization changed, 1 material change (`v1` → `working tree`)')
      expect(stdout).toContain('- **material** cookie "\\_ga": retention 1 year → 2 years\n')
    } finally {
      await git(repo, 'checkout', '--quiet', '--', 'content')
    }
  })

  it('fails on a material change without a new version, and passes once the version is added', async () => {
    const without = await runCli(['diff', 'v1', 'HEAD~2', '--fail-on', 'material', '--format', 'json'], repo)
    expect(without.code).toBe(1)
    expect(without.stderr).toContain('policygen: acme: the cookie-policy has 1 material change but keeps version 1.0')
    const withVersion = await runCli(['diff', 'v1', 'HEAD~1', '--fail-on', 'material', '--format', 'json'], repo)
    expect(withVersion.stderr).toBe('')
    expect(withVersion.code).toBe(0)
    expect(JSON.parse(withVersion.stdout)).toMatchObject({old: 'v1', new: 'HEAD~1', summary: {materialChanges: 1, missingVersions: 0}})
  })

  it('reads CONTENT_DIR at each revision, also from a subfolder of the repository', async () => {
    const {code, stdout} = await runCli(['diff', 'HEAD~1', 'HEAD', '../policies'], path.join(repo, 'docs'))
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toBe('1 organization changed, 0 material changes (`HEAD~1` → `HEAD`)')
    expect(stdout).toContain('## acme (new)')
  })

  it('prints the errors of a revision with the revision in the file name, and exits 1', async () => {
    const {code, stdout, stderr} = await runCli(['diff', 'HEAD~1', 'HEAD'], repo)
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^HEAD:content\/acme\/facts\.yaml:\d+:\d+ {2}error {2}.*invalid-duration\n/)
    expect(stderr).toContain('the facts at `HEAD` have errors')
  })

  it('refuses an unknown revision with exit 2', async () => {
    const {code, stderr} = await runCli(['diff', 'no-such-branch', 'HEAD'], repo)
    expect(code).toBe(2)
    expect(stderr).toContain('`no-such-branch` is neither a folder nor a revision of the git repository')
    expect((await runCli(['diff', '--', '--output=x', 'HEAD'], repo)).code).toBe(2)
  })

  it('refuses revisions outside a git repository with exit 2', async () => {
    const {code, stderr} = await runCli(['diff', 'main', 'HEAD'], outside)
    expect(code).toBe(2)
    expect(stderr).toContain('is not in a git repository')
  })
})
