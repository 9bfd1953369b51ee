import {createHash} from 'node:crypto'
import {realpath} from 'node:fs/promises'
import path from 'node:path'
import {cacheFileName, readCacheFile, writeCacheFile} from './cache-folder.js'
import {readManifest} from './manifest.js'
import {manifestName, statIfPresent, statusOf} from './output-folder.js'

/** A file of the output as a build left it: its path, the hash it has, and its status then. */
type KeptFile = [path: string, sha256: string, size: number, mtimeMs: number, ino: number, ctimeMs: number]

interface Stored {
  format: 2
  files: KeptFile[]
}

/**
 * The status (size, modification time, inode, expected hash) of each file of the output folder as
 * the last build left it, kept in the cache folder: the next build's check that the folder holds
 * only what policygen wrote reads again only the files whose status changed since (a file edited by
 * hand has another time), where it read and hashed every file, a gigabyte for a thousand organizations.
 * A file counts as unchanged only if its inode's change time is what it was too, which no one can set
 * back (writing a file, or setting its modification time back, moves it on). Returns the `seen`
 * statuses `checkOutputFolder` takes; empty when nothing is kept.
 */
export async function readOutputStatuses(cacheDir: string | undefined, outDir: string): Promise<Map<string, string>> {
  const seen = new Map<string, string>()
  if (cacheDir === undefined) return seen
  const stored = await readCacheFile(cacheDir, await statusesName(outDir))
  if (!isStored(stored)) return seen
  for (const [file, sha256, size, mtimeMs, ino, ctimeMs] of stored.files) {
    const info = statIfPresent(path.join(outDir, ...file.split('/')))
    // The size is the one the build wrote; a manifest edited since expects another, and is read again.
    if (info && info.size === size && info.mtimeMs === mtimeMs && info.ino === ino && info.ctimeMs === ctimeMs) seen.set(file, statusOf(info, {size, sha256}))
  }
  return seen
}

/**
 * Keep the status of every file the manifest of `outDir` lists, just after a build wrote them (and
 * the manifest) under its lock: they are what the manifest says.
 */
export async function keepOutputStatuses(cacheDir: string | undefined, outDir: string): Promise<void> {
  if (cacheDir === undefined) return
  const manifest = await readManifest(outDir).catch(() => undefined)
  if (!manifest) return
  const files: KeptFile[] = []
  for (const entry of manifest.files) {
    if (entry.path === manifestName) continue
    const info = statIfPresent(path.join(outDir, ...entry.path.split('/')))
    if (info) files.push([entry.path, entry.sha256, info.size, info.mtimeMs, info.ino, info.ctimeMs])
  }
  await writeCacheFile(cacheDir, await statusesName(outDir), {format: 2, files} satisfies Stored)
}

/** Whether a value read back from the cache folder is what `keepOutputStatuses` writes (else it is not used). */
function isStored(value: unknown): value is Stored {
  const files = (value as Partial<Stored> | undefined)?.files
  return (
    (value as Partial<Stored> | undefined)?.format === 2 &&
    Array.isArray(files) &&
    files.every((entry) => Array.isArray(entry) && entry.length === 6 && typeof entry[0] === 'string' && typeof entry[1] === 'string' && entry.slice(2).every((number) => typeof number === 'number'))
  )
}

async function statusesName(outDir: string): Promise<string> {
  const real = await realpath(outDir).catch(() => path.resolve(outDir))
  return cacheFileName('output', createHash('sha256').update(real).digest('hex'))
}
