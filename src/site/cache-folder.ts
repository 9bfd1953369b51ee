import {createHash} from 'node:crypto'
import {existsSync, statSync} from 'node:fs'
import {mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {deserialize, serialize} from 'node:v8'
import {isInside, realTarget} from './output-folder.js'

/**
 * Where policygen keeps what it may reuse between runs: `POLICYGEN_CACHE_DIR` when it is set, else
 * `node_modules/.cache/policygen` of the nearest folder from `cwd` up that has a `node_modules`
 * folder (where tools keep their caches, ignored by git), else nowhere.
 */
export function defaultCacheDir(cwd: string, env: Readonly<Record<string, string | undefined>>): string | undefined {
  const given = env.POLICYGEN_CACHE_DIR
  if (given !== undefined && given !== '') return path.resolve(cwd, given)
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    const modules = path.join(folder, 'node_modules')
    if (existsSync(modules) && statSync(modules).isDirectory()) return path.join(modules, '.cache', 'policygen')
    if (path.dirname(folder) === folder) return undefined
  }
}

/**
 * Which of the given folders the cache folder is inside (symbolic links followed), if any: the
 * content folder, where every folder is read as an organization, or the output folder, where the
 * cache would be taken for files policygen did not write. A cache folder there must not be used.
 */
export async function cacheDirInside(cacheDir: string, folders: {content: string; out?: string}): Promise<'content' | 'out' | undefined> {
  const real = (folder: string) => realTarget(folder).catch(() => path.resolve(folder))
  const cache = await real(cacheDir)
  if (isInside(cache, await real(folders.content))) return 'content'
  if (folders.out !== undefined && isInside(cache, await real(folders.out))) return 'out'
  return undefined
}

/** The length of the sha256 each cache file starts with. */
const checksumLength = 32

/** Most files of one kind (one prefix) kept in the cache folder; those used longest ago are forgotten first. */
const maxFilesOfAKind = 16

/**
 * The value kept in `cacheDir/name`, or undefined when there is none, it cannot be read, or it is
 * not exactly what was written (each file starts with the sha256 of the rest).
 */
export async function readCacheFile(cacheDir: string, name: string): Promise<unknown> {
  try {
    const bytes = await readFile(path.join(cacheDir, name))
    const payload = bytes.subarray(checksumLength)
    if (bytes.length <= checksumLength || !createHash('sha256').update(payload).digest().equals(bytes.subarray(0, checksumLength))) return undefined
    return deserialize(payload)
  } catch {
    // Missing, unreadable or written by another version of Node: nothing is reused.
    return undefined
  }
}

/**
 * Keep `value` in `cacheDir/name` (`<kind>-<16 hex digits>.v8`), replacing it atomically, and forget
 * the files of the same kind used longest ago beyond sixteen. A cache that cannot be written only
 * means that nothing is reused next time: no error.
 */
export async function writeCacheFile(cacheDir: string, name: string, value: unknown): Promise<void> {
  const file = path.join(cacheDir, name)
  const temporary = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}`
  try {
    await makeFolders(cacheDir)
    const payload = serialize(value)
    await writeFile(temporary, Buffer.concat([createHash('sha256').update(payload).digest(), payload]))
    await rename(temporary, file)
    await forgetOldest(cacheDir, name.slice(0, name.indexOf('-')))
  } catch {
    await rm(temporary, {force: true}).catch(() => undefined)
  }
}

/** Mark `cacheDir/name` as used now, so that it is not the first forgotten. */
export async function touchCacheFile(cacheDir: string, name: string): Promise<void> {
  const now = new Date()
  await utimes(path.join(cacheDir, name), now, now).catch(() => undefined)
}

/** A name for the cache file of `kind` about `subject` (a folder, a language). */
export function cacheFileName(kind: string, hash: string): string {
  return `${kind}-${hash.slice(0, 16)}.v8`
}

/**
 * Make `folder` and the parents it lacks, one `mkdir` each: Node 20's `mkdir(…, {recursive: true})`
 * never returns for some paths (a folder under /proc), and the cache folder is the user's to name.
 */
async function makeFolders(folder: string): Promise<void> {
  const missing: string[] = []
  for (let at = path.resolve(folder); !existsSync(at); at = path.dirname(at)) {
    missing.unshift(at)
    if (path.dirname(at) === at) break
  }
  for (const each of missing) await mkdir(each)
}

async function forgetOldest(cacheDir: string, kind: string): Promise<void> {
  const pattern = new RegExp(`^${kind}-[0-9a-f]{16}\\.v8$`)
  const names = (await readdir(cacheDir)).filter((name) => pattern.test(name))
  if (names.length <= maxFilesOfAKind) return
  const dated = await Promise.all(names.map(async (name) => ({name, time: (await stat(path.join(cacheDir, name))).mtimeMs})))
  dated.sort((a, b) => a.time - b.time || (a.name < b.name ? -1 : 1))
  for (const {name} of dated.slice(0, dated.length - maxFilesOfAKind)) await rm(path.join(cacheDir, name), {force: true})
}
