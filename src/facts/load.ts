import {closeSync, lstatSync, openSync, readSync, type Stats} from 'node:fs'
import {lstat, readdir} from 'node:fs/promises'
import path from 'node:path'
import {maxFileSize, type SourceFile} from './parse.js'

/** Name of the facts file inside each organization's folder. */
export const factsFileName = 'facts.yaml'

/** One organization's folder under the content folder and its facts file. */
export interface OrganizationSource {
  /** The folder's name, used as the organization's id in output paths. */
  id: string
  source: SourceFile
}

/**
 * Read every `CONTENT_DIR/<org>/facts.yaml`, sorted by organization id.
 * Files over the size limit are not read whole; `display` turns absolute paths into what reports show.
 */
export async function loadContent(contentDir: string, display: (file: string) => string): Promise<OrganizationSource[]> {
  const entries = await readdir(contentDir, {withFileTypes: true})
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
  // Read one after another, each at once: a thousand small files take 25 ms so, against 90-170 ms
  // through the thread pool (four round trips a file), even 32 at a time.
  const organizations: OrganizationSource[] = []
  for (const id of folders) {
    const file = path.join(contentDir, id, factsFileName)
    // lstat: a symlinked facts file is not read (checkContentFolder reports it).
    const info = statOf(file)
    if (info?.isFile()) organizations.push({id, source: readSource(file, info.size, display(file))})
  }
  return organizations
}

/**
 * The file's own status (a symlink's, not its target's), or undefined when it cannot be had: no such
 * file, no access. At once, not through the thread pool: a thousand of them one after another took
 * 50-100 ms of waiting that way.
 */
export function statOf(file: string): Stats | undefined {
  return statusOf(file).info
}

/**
 * The file's own status as `statOf` gives it, `{}` when there is no such file, or the system's
 * error code when it cannot be had (`EACCES`: the folder above it may not be searched).
 */
export function statusOf(file: string): {info?: Stats; code?: string} {
  try {
    const info = lstatSync(file, {throwIfNoEntry: false})
    return info ? {info} : {}
  } catch (error) {
    return {code: errorCode(error)}
  }
}

/** The system's code of an error (`EACCES`), `EIO` when it has none. */
export function errorCode(error: unknown): string {
  const code = (error as {code?: unknown}).code
  return typeof code === 'string' ? code : 'EIO'
}

/** Read one facts file named directly (`policygen validate content/acme/facts.yaml`); its folder's name is the organization's id. */
export async function loadFactsFile(file: string, display: (file: string) => string): Promise<OrganizationSource> {
  const info = await lstat(file)
  return {id: path.basename(path.dirname(path.resolve(file))), source: readSource(file, info.size, display(file))}
}

/** The file's bytes (at most one more than the size limit); a file that cannot be read is marked so, to be reported as its problem. */
function readSource(file: string, size: number, displayPath: string): SourceFile {
  let handle: number | undefined
  try {
    handle = openSync(file, 'r')
    const length = Math.min(size, maxFileSize + 1)
    const bytes = new Uint8Array(length)
    readSync(handle, bytes, 0, length, 0)
    return {path: displayPath, bytes, size}
  } catch (error) {
    return {path: displayPath, bytes: new Uint8Array(0), size, unreadable: (error as NodeJS.ErrnoException).code ?? 'error'}
  } finally {
    if (handle !== undefined) closeSync(handle)
  }
}
