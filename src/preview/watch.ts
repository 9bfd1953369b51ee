import {readdirSync, statSync, watch, type FSWatcher} from 'node:fs'
import path from 'node:path'

/** Folders being watched; `close` stops watching them and drops what has not been reported yet. */
export interface FolderWatch {
  close: () => void
  /** Whether a change has been seen but not yet reported (the debounce is waiting). */
  readonly waiting: boolean
}

/** How `watchFolders` reports. */
export interface WatchOptions {
  /** How long to gather changes after the first one before reporting them (default 25 ms). */
  debounceMs?: number
  /** A folder that can no longer be watched (the system ran out of watches, say). */
  onError?: (folder: string, error: Error) => void
}

/**
 * Watch `folders` and every folder under them, and call `onChange` with the absolute paths that
 * changed. An editor's save is often several events (truncate, write, rename over the file), so
 * changes are gathered for `debounceMs` after the first one and reported once; the window starts
 * at the first change and does not slide, so a stream of events cannot hold a report back.
 *
 * Each folder has a watcher of its own (`fs.watch` on the folder, not `recursive`): Node 20's
 * recursive watching on Linux watches the files themselves and goes deaf for good once a file is
 * replaced by a rename, which is how many editors (and `sed -i`) save. A folder that appears is
 * watched from the next report on; its files are reported by its own name. Hidden folders
 * (`.git`) are not watched; a folder that does not exist is skipped.
 */
export function watchFolders(folders: readonly string[], onChange: (files: string[]) => void, options: WatchOptions = {}): FolderWatch {
  const debounceMs = options.debounceMs ?? 25
  const changed = new Set<string>()
  const watchers = new Map<string, FSWatcher>()
  let timer: NodeJS.Timeout | undefined
  let closed = false

  const add = (folder: string) => {
    if (closed || watchers.has(folder) || !isFolder(folder)) return
    let watcher: FSWatcher
    try {
      watcher = watch(folder)
    } catch (error) {
      options.onError?.(folder, error as Error)
      return
    }
    watchers.set(folder, watcher)
    watcher.on('change', (_type, name) => {
      changed.add(name === null ? folder : path.join(folder, name.toString()))
      timer ??= setTimeout(flush, debounceMs)
    })
    // A watched folder that is removed ends its watcher; the change is reported by its parent.
    watcher.on('error', () => drop(folder))
    for (const entry of entries(folder)) if (entry.isDirectory() && !entry.name.startsWith('.')) add(path.join(folder, entry.name))
  }
  const drop = (folder: string) => {
    watchers.get(folder)?.close()
    watchers.delete(folder)
  }
  const flush = () => {
    timer = undefined
    const files = [...changed].sort()
    changed.clear()
    // Folders that went stop being watched; folders that came are watched from now on.
    for (const folder of [...watchers.keys()]) if (!isFolder(folder)) drop(folder)
    for (const file of files) if (!path.basename(file).startsWith('.')) add(file)
    if (files.length > 0) onChange(files)
  }

  for (const folder of new Set(folders.map((entry) => path.resolve(entry)))) add(folder)
  return {
    close: () => {
      closed = true
      if (timer) clearTimeout(timer)
      timer = undefined
      changed.clear()
      for (const watcher of watchers.values()) watcher.close()
      watchers.clear()
    },
    get waiting() {
      return timer !== undefined
    }
  }
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory()
  } catch {
    return false
  }
}

function entries(folder: string) {
  try {
    return readdirSync(folder, {withFileTypes: true})
  } catch {
    return []
  }
}
