/**
 * Reading the two sides of `policygen diff` (the edge: file system and git). Two existing folders are
 * compared as two content folders; otherwise both arguments are git revisions of the repository the
 * working folder is in, and the facts are read from `<revision>:<CONTENT_DIR>/<org>/facts.yaml`. One
 * revision alone is compared with the content folder on disk (the working tree).
 */

import {execFile} from 'node:child_process'
import {realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {promisify} from 'node:util'
import {checkContentFolder} from '../facts/content-folder.js'
import {factsFileName, loadContent, type OrganizationSource} from '../facts/load.js'
import {maxFileSize} from '../facts/parse.js'

const run = promisify(execFile)

/** One side of the comparison: what it is called and its facts files, unparsed. */
export interface DiffSide {
  /** The revision or folder as given on the command line. */
  label: string
  organizations: OrganizationSource[]
}

/** The two sides, and whether they came from folders or git revisions. */
export interface DiffSources {
  mode: 'folders' | 'git'
  old: DiffSide
  new: DiffSide
}

/** What the side read from disk is called when `diff` is given one revision: the files as they are now. */
export const workingTree = 'working tree'

/** The arguments cannot be read as two folders or two revisions (wrong usage, exit 2). */
export class DiffSourceError extends Error {
  override readonly name = 'DiffSourceError'
}

/**
 * Read both sides. `contentArg` (default `defaultContent`, else `content`, relative to `cwd`) is the
 * content folder inside the repository in git mode; with two folders it must not be given. File names in problems read `main:content/x/facts.yaml`
 * in git mode, and relative to `cwd` in folder mode.
 */
export async function readDiffSources(cwd: string, oldArg: string, newArg: string | undefined, contentArg: string | undefined, defaultContent = 'content'): Promise<DiffSources> {
  const display = (file: string) => path.relative(cwd, file) || file
  const folderSide = async (label: string, folder: string): Promise<DiffSide> => {
    // An organization whose folder cannot be read would otherwise look removed, and its change editorial.
    const unreadable = (await checkContentFolder(folder, display, 'en')).find((problem) => problem.ruleId === 'unreadable-folder')
    if (unreadable) throw new DiffSourceError(`${unreadable.file}: ${unreadable.message}`)
    return {label, organizations: await loadContent(folder, display)}
  }
  if (newArg === undefined) {
    // One revision: against the content folder as it is on disk now, edits not yet committed included.
    const top = await repositoryRoot(cwd)
    const contentDir = contentArg ?? defaultContent
    const content = await contentPath(cwd, top, contentDir)
    const oldCommit = await resolveRevision(top, oldArg)
    return {mode: 'git', old: {label: oldArg, organizations: await readRevision(top, oldArg, oldCommit, content)}, new: await folderSide(workingTree, path.resolve(cwd, contentDir))}
  }
  if ((await isFolder(cwd, oldArg)) && (await isFolder(cwd, newArg))) {
    if (contentArg !== undefined) throw new DiffSourceError('CONTENT_DIR is only for git revisions; OLD and NEW are already content folders.')
    return {mode: 'folders', old: await folderSide(oldArg, path.resolve(cwd, oldArg)), new: await folderSide(newArg, path.resolve(cwd, newArg))}
  }
  const top = await repositoryRoot(cwd)
  const content = await contentPath(cwd, top, contentArg ?? defaultContent)
  const oldCommit = await resolveRevision(top, oldArg)
  const newCommit = await resolveRevision(top, newArg)
  return {
    mode: 'git',
    old: {label: oldArg, organizations: await readRevision(top, oldArg, oldCommit, content)},
    new: {label: newArg, organizations: await readRevision(top, newArg, newCommit, content)}
  }
}

async function isFolder(cwd: string, arg: string): Promise<boolean> {
  const info = await stat(path.resolve(cwd, arg)).catch(() => undefined)
  return info?.isDirectory() ?? false
}

async function git(cwd: string, args: readonly string[]): Promise<Buffer> {
  const {stdout} = await run('git', [...args], {cwd, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024})
  return stdout
}

async function repositoryRoot(cwd: string): Promise<string> {
  try {
    return (await git(cwd, ['rev-parse', '--show-toplevel'])).toString('utf8').trim()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new DiffSourceError('git is not installed; compare two content folders instead.')
    throw new DiffSourceError(`${cwd} is not in a git repository. Give two git revisions inside a repository, or two content folders.`)
  }
}

/** The content folder's path inside the repository, with `/` separators (`''` for the root). */
async function contentPath(cwd: string, top: string, contentArg: string): Promise<string> {
  const relative = path.relative(await realpath(top), path.resolve(await realpath(cwd), contentArg))
  if (relative.startsWith('..') || path.isAbsolute(relative)) throw new DiffSourceError(`the content folder \`${contentArg}\` is outside the git repository ${top}.`)
  return relative.split(path.sep).join('/')
}

async function resolveRevision(top: string, revision: string): Promise<string> {
  const unknown = new DiffSourceError(`\`${revision}\` is neither a folder nor a revision of the git repository ${top} (try a branch, a tag, HEAD~1 or a commit).`)
  if (revision === '' || revision.startsWith('-')) throw unknown
  try {
    return (await git(top, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`])).toString('utf8').trim()
  } catch {
    throw unknown
  }
}

async function readRevision(top: string, label: string, commit: string, content: string): Promise<OrganizationSource[]> {
  const listing = (await git(top, ['ls-tree', '-r', '-z', '--name-only', commit, '--', content === '' ? '.' : content])).toString('utf8')
  const prefix = content === '' ? '' : `${content}/`
  const organizations: OrganizationSource[] = []
  for (const file of listing.split('\0').filter(Boolean).sort()) {
    const rest = file.startsWith(prefix) ? file.slice(prefix.length) : undefined
    const parts = rest?.split('/')
    if (!parts || parts.length !== 2 || parts[1] !== factsFileName || !parts[0]) continue
    // A file over the limit is not read: validation reports its size, as it does for a file on disk.
    const size = Number((await git(top, ['cat-file', '-s', `${commit}:${file}`])).toString('utf8').trim())
    const bytes = size > maxFileSize ? new Uint8Array(0) : new Uint8Array(await git(top, ['show', `${commit}:${file}`]))
    organizations.push({id: parts[0], source: {path: `${label}:${file}`, bytes, size}})
  }
  return organizations
}
