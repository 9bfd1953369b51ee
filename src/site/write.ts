import {existsSync, renameSync, rmSync} from 'node:fs'
import {mkdir, open, readFile, readdir, rename, rm, unlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {OutputFile} from './build.js'
import {helperNames, OutputFolderError} from './output-folder.js'

/** Locks this process holds now: a second build in the same process waits for them too. */
const heldLocks = new Set<string>()

/** How long a second build into the same folder waits for the first before it gives up. */
const lockWaitMs = 60_000

/** Options of `writeOutput`. */
export interface WriteOptions {
  /** How a path is shown in messages (default: as it is). */
  display?: (file: string) => string
  /** How long to wait for another build of the same folder, in milliseconds (default: one minute). */
  waitMs?: number
}

/**
 * Write the build into `outDir` atomically: everything goes into a hidden staging folder beside it,
 * which then takes the place of the old output in two renames. If anything fails before the swap,
 * or the process is interrupted (SIGINT, SIGTERM), the previous output is left exactly as it was and
 * the staging folder is removed. A lock file beside the folder makes a second build into the same
 * folder wait for the first; helper folders left by a killed build are cleaned up (or, if the swap
 * was cut short, the previous output is put back) before anything else happens.
 * Call `checkOutputFolder` first: this function replaces `outDir` whatever it holds.
 * Errors of the operating system come out as `OutputFolderError` in plain words.
 */
export async function writeOutput(outDir: string, files: readonly OutputFile[], options: WriteOptions = {}): Promise<void> {
  const absolute = path.resolve(outDir)
  const display = options.display ?? ((file: string) => file)
  const names = helperNames(absolute)
  try {
    await mkdir(path.dirname(absolute), {recursive: true})
    const release = await acquireLock(names.lock, display(absolute), options.waitMs ?? lockWaitMs)
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
      await recoverLeftovers(absolute, names.prefix)
      await swapIn(absolute, names, files)
    } finally {
      process.removeListener('SIGINT', onSignal)
      process.removeListener('SIGTERM', onSignal)
      await rm(names.staging, {recursive: true, force: true})
      await release()
    }
  } catch (error) {
    throw plainError(error, display(absolute))
  }
}

async function swapIn(absolute: string, names: ReturnType<typeof helperNames>, files: readonly OutputFile[]): Promise<void> {
  await mkdir(names.staging)
  for (const file of files) {
    const target = path.join(names.staging, ...file.path.split('/'))
    await mkdir(path.dirname(target), {recursive: true})
    await writeFile(target, file.content)
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
  if (hadPrevious) await rm(names.retired, {recursive: true, force: true})
}

/**
 * Remove what a killed build left beside the output folder. Runs under the lock, so no other build
 * is using them. If the output folder is gone but an old copy is there, the swap was cut short between
 * its two renames: the old copy is the last good output and is put back.
 */
async function recoverLeftovers(absolute: string, prefix: string): Promise<void> {
  const parent = path.dirname(absolute)
  const leftovers = (await readdir(parent)).filter((name) => name.startsWith(prefix) && /^(staging|old)-\d+$/.test(name.slice(prefix.length))).sort()
  const outputExists = await readdir(absolute).then(() => true, () => false)
  for (const name of leftovers) {
    const full = path.join(parent, name)
    if (!outputExists && name.slice(prefix.length).startsWith('old-')) {
      await rename(full, absolute)
      return recoverLeftovers(absolute, prefix)
    }
    await rm(full, {recursive: true, force: true})
  }
}

async function acquireLock(lock: string, shown: string, waitMs: number): Promise<() => Promise<void>> {
  const started = Date.now()
  for (;;) {
    try {
      const handle = await open(lock, 'wx')
      await handle.writeFile(`${process.pid}\n`)
      await handle.close()
      heldLocks.add(lock)
      return async () => {
        heldLocks.delete(lock)
        await unlink(lock).catch(() => undefined)
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const holder = Number.parseInt(await readFile(lock, 'utf8').catch(() => ''), 10)
    const held = holder === process.pid ? heldLocks.has(lock) : Number.isInteger(holder) && isAlive(holder)
    if (!held) {
      // Left by a build that was killed: nobody holds it.
      await unlink(lock).catch(() => undefined)
      continue
    }
    if (Date.now() - started > waitMs) {
      throw new OutputFolderError(`another policygen build (process ${holder}) is writing \`${shown}\` and has not finished after ${Math.round(waitMs / 1000)} seconds. Wait for it, or stop it, and build again.`)
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

const osReasons: Readonly<Record<string, string>> = {
  EACCES: 'permission denied: you may not write there',
  EPERM: 'the operating system does not allow this change there',
  EROFS: 'the folder is on a read-only filesystem',
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  EBUSY: 'the folder is in use or is a mount point, which cannot be replaced as a whole',
  EXDEV: 'the folder is a mount point, which cannot be replaced as a whole',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file stands where a folder must go',
  EISDIR: 'a folder stands where a file must go',
  EMFILE: 'too many files are open',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'the path has a loop of symbolic links'
}

/** An operating-system error while writing, said in plain words; other errors pass through. */
export function plainError(error: unknown, shown: string): unknown {
  if (error instanceof OutputFolderError) return error
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const reason = code ? osReasons[code] : undefined
  if (!reason) return error
  const where = (error as NodeJS.ErrnoException).path
  return new OutputFolderError(`cannot write \`${shown}\`: ${reason}${where ? ` (${path.basename(where)})` : ''}. Nothing was changed: the previous output is as it was.`)
}
