import {readFile, readdir} from 'node:fs/promises'
import path from 'node:path'
import type {OutputFile} from './build.js'

/** How an output folder differs from a fresh build. */
export interface OutputDifferences {
  /** Files whose bytes differ from the fresh build. */
  stale: string[]
  /** Files the build makes that the folder lacks. */
  missing: string[]
  /** Files in the folder the build does not make. */
  extra: string[]
}

/** Compare the files a build made in memory with what `outDir` holds (paths with `/`, sorted). */
export async function compareWithFolder(outDir: string, files: readonly OutputFile[]): Promise<OutputDifferences> {
  const present = new Set(await listFiles(outDir))
  const stale: string[] = []
  const missing: string[] = []
  for (const file of files) {
    if (!present.has(file.path)) {
      missing.push(file.path)
      continue
    }
    present.delete(file.path)
    const bytes = await readFile(path.join(outDir, ...file.path.split('/')))
    if (!bytes.equals(file.content)) stale.push(file.path)
  }
  return {stale: stale.sort(), missing: missing.sort(), extra: [...present].sort()}
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, {recursive: true, withFileTypes: true}).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
}
