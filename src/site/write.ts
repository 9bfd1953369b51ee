import {constants, copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync} from 'node:fs'
import {chmod, chown, mkdir, open, readFile, readdir, rename, rm, stat, unlink} from 'node:fs/promises'
import path from 'node:path'
import {isReused, type StagedFile} from './stream.js'
import {helperNames, leftovers} from './output-folder.js'
import type {MessageLanguage} from '../facts/messages.js'
import {OutputFolderError, plainError} from './os-errors.js'
import {osReason, siteWords, type SiteWords} from './site-words.js'

export {plainError} from './os-errors.js'

/** Locks this process holds now: a second build in the same process waits for them too. */
const heldLocks = new Set<string>()

/** A lock this old was left by a build that died: no build takes an hour. */
const staleLockMs = 60 * 60 * 1000

/** A lock file still without its process number after this long was left by a build that died making it. */
const emptyLockMs = 5000

/** How long a second build into the same folder waits for the first before it gives up. */
const lockWaitMs = 60_000

/** Options of `writeOutput`. */
export interface WriteOptions {
  /** How a path is shown in messages (default: as it is). */
  display?: (file: string) => string
  /** How long to wait for another build of the same folder, in milliseconds (default: one minute). */
  waitMs?: number
  /** Checked again under the lock, before the files are made and just before the swap (the folder may have changed since it was first checked). */
  verify?: () => Promise<unknown>
  /** Told of a problem that did not stop the build (an old copy that could not be removed). */
  warn?: (message: string) => void
  /** The language of the messages (default: English), as `--lang` gives it. */
  language?: MessageLanguage
}

/**
 * Write the build into `outDir` atomically: every file goes into a hidden staging folder beside it
 * as soon as it comes (a file reused from the previous output is hard-linked, or copied where links
 * are not allowed), and the staging folder then takes the place of the old output in two renames. If anything fails before the swap,
 * or the process is interrupted (SIGINT, SIGTERM), the previous output is left exactly as it was and
 * the staging folder is removed. A lock file beside the folder makes a second build into the same
 * folder wait for the first; helper folders left by a killed build are cleaned up (or, if the swap
 * was cut short, the previous output is put back) before anything else happens.
 * Call `checkOutputFolder` first: this function replaces `outDir` whatever it holds.
 * Errors of the operating system come out as `OutputFolderError` in plain words.
 */
export async function writeOutput(outDir: string, files: StagedFiles | (() => StagedFiles | Promise<StagedFiles>), options: WriteOptions = {}): Promise<void> {
  const absolute = path.resolve(outDir)
  const display = options.display ?? ((file: string) => file)
  const names = helperNames(absolute)
  const words = siteWords[options.language ?? 'en']
  try {
    await mkdir(path.dirname(absolute), {recursive: true})
    const release = await acquireLock(names.lock, display(absolute), options.waitMs ?? lockWaitMs, words)
    const cleanup = () => {
      // Interrupted between the two renames: put the previous output back first.
      if (!existsSync(absolute) && existsSync(names.retired)) renameSync(names.retired, absolute)
      rmSync(names.staging, {recursive: true, force: true})
      rmSync(names.lock, {force: true})
      heldLocks.delete(names.lock)
    }
    const onSignal = (signal: NodeJS.Signals) => {
      cleanup()
      process.kill(process.pid, signal)
    }
    process.once('SIGINT', onSignal)
    process.once('SIGTERM', onSignal)
    try {
      await recoverLeftovers(absolute, options.warn, display, words)
      await options.verify?.()
      // Made only now, under the lock: what it reuses of the previous output is what is there.
      const staged = typeof files === 'function' ? await files() : files
      await swapIn(absolute, names, staged, options, words)
    } finally {
      process.removeListener('SIGINT', onSignal)
      process.removeListener('SIGTERM', onSignal)
      await rm(names.staging, {recursive: true, force: true})
      await release()
    }
  } catch (error) {
    throw plainError(error, display(absolute), options.language)
  }
}

/** The files of a build as `writeOutput` takes them: all at once, or as they are made. */
export type StagedFiles = Iterable<StagedFile> | AsyncIterable<StagedFile>

async function swapIn(absolute: string, names: ReturnType<typeof helperNames>, files: StagedFiles, options: WriteOptions, words: SiteWords): Promise<void> {
  const warn = options.warn
  await mkdir(names.staging)
  const folders = new Set<string>()
  // Synchronous calls: a file is written in microseconds, and awaiting each of a thousand
  // organizations' seventeen thousand files on the event loop took seconds.
  for await (const file of files) {
    const target = path.join(names.staging, ...file.path.split('/'))
    const folder = path.dirname(target)
    makeFolder(folder, names.staging, folders)
    if (!isReused(file)) writeFileSync(target, file.content)
    else if (file.copy) copyFileSync(file.from, target, constants.COPYFILE_FICLONE)
    else linkOrCopy(file.from, target)
  }
  // Writing took a while: the folder is checked again (only what changed is read) just before it is replaced.
  await options.verify?.()
  // The new folder keeps the old one's permissions and owner (a web server's group, a setgid bit).
  const previous = await stat(absolute).catch(() => undefined)
  if (previous) {
    await chmod(names.staging, previous.mode & 0o7777)
    if (process.getuid?.() === 0) await chown(names.staging, previous.uid, previous.gid)
  }
  let hadPrevious = true
  try {
    await rename(absolute, names.retired)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    hadPrevious = false
  }
  try {
    await rename(names.staging, absolute)
  } catch (error) {
    if (hadPrevious) await rename(names.retired, absolute)
    throw error
  }
  // The new output is in place: an old copy that cannot be removed is reported, never an error.
  if (hadPrevious) await removeOrWarn(names.retired, warn, options.display ?? ((file) => file), words)
}

/** Make `folder` inside the new staging folder `root`, and what it needs of its parents, each once. */
function makeFolder(folder: string, root: string, made: Set<string>): void {
  if (made.has(folder) || !folder.startsWith(`${root}${path.sep}`)) return
  makeFolder(path.dirname(folder), root, made)
  mkdirSync(folder)
  made.add(folder)
}

function linkOrCopy(from: string, target: string): void {
  try {
    linkSync(from, target)
  } catch {
    copyFileSync(from, target)
  }
}

async function removeOrWarn(folder: string, warn: ((message: string) => void) | undefined, display: (file: string) => string, words: SiteWords): Promise<void> {
  try {
    try {
      removeTree(folder)
    } catch {
      // Whatever the plain walk cannot remove (a folder without write access, one that vanished
      // meanwhile), Node's own removal tries in its own ways.
      rmSync(folder, {recursive: true, force: true})
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error'
    warn?.(words.oldCopyLeft(display(folder), code, osReason(words, code)))
  }
}

/**
 * Remove `folder` and everything in it: one listing per folder, one unlink per file, nothing more.
 * Node's `rmSync` first tries each entry as a folder and fails (an exception each); on the previous
 * output of a thousand organizations, 17,000 files, it took 0.9 s where this takes 0.6 s (`rm -rf`'s time).
 * A symbolic link is removed, never followed: `folder` itself too (a leftover's name given to a link
 * to a folder elsewhere), and each folder is looked at again just before it is listed.
 */
function removeTree(folder: string): void {
  if (!lstatSync(folder).isDirectory()) {
    unlinkSync(folder)
    return
  }
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) removeTree(full)
    else unlinkSync(full)
  }
  rmdirSync(folder)
}

/**
 * Remove what a killed build left beside the output folder. Runs under the lock, so no other build
 * is using them. If the output folder is gone but an old copy is there, the swap was cut short between
 * its two renames: the old copy is the last good output and is put back.
 */
async function recoverLeftovers(absolute: string, warn: ((message: string) => void) | undefined, display: (file: string) => string, words: SiteWords): Promise<void> {
  const outputExists = await readdir(absolute).then(() => true, () => false)
  for (const entry of leftovers(absolute)) {
    if (!outputExists && entry.kind === 'old') {
      await rename(entry.path, absolute)
      return recoverLeftovers(absolute, warn, display, words)
    }
    await removeOrWarn(entry.path, warn, display, words)
  }
}

async function acquireLock(lock: string, shown: string, waitMs: number, words: SiteWords): Promise<() => Promise<void>> {
  const started = Date.now()
  for (;;) {
    try {
      const handle = await open(lock, 'wx')
      await handle.writeFile(`${process.pid} ${Date.now()}\n`)
      await handle.close()
      heldLocks.add(lock)
      return async () => {
        heldLocks.delete(lock)
        await unlink(lock).catch(() => undefined)
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const [pid = '', since = ''] = (await readFile(lock, 'utf8').catch(() => '')).trim().split(' ')
    const holder = Number.parseInt(pid, 10)
    // A lock older than any build (its process died and the number went to another) is stale too.
    const fresh = !since || Date.now() - Number(since) < staleLockMs
    // A lock without its number yet was made this instant, and is being written: it is held. (Taken
    // for stale, it was removed, and two builds wrote the same folder at once.) Only one left empty
    // for a while is a build's that died between making and writing it.
    const beingWritten = !Number.isInteger(holder) && (await stat(lock).then((info) => Date.now() - info.mtimeMs < emptyLockMs, () => false))
    const held = beingWritten || (holder === process.pid ? heldLocks.has(lock) : Number.isInteger(holder) && fresh && isAlive(holder))
    if (!held) {
      // Left by a build that was killed: nobody holds it.
      await unlink(lock).catch(() => undefined)
      continue
    }
    if (Date.now() - started > waitMs) {
      throw new OutputFolderError(words.lockTimeout(shown, Math.round(waitMs / 1000), Number.isInteger(holder) ? holder : undefined))
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

