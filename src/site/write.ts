import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {OutputFile} from './build.js'

/**
 * Write the build into `outDir` atomically: everything goes into a fresh sibling folder first,
 * which then takes the place of the old output in two renames. If anything fails before the swap,
 * the previous output is left exactly as it was.
 */
export async function writeOutput(outDir: string, files: readonly OutputFile[]): Promise<void> {
  const absolute = path.resolve(outDir)
  const staging = `${absolute}.policygen-new-${process.pid}`
  const retired = `${absolute}.policygen-old-${process.pid}`
  await rm(staging, {recursive: true, force: true})
  try {
    for (const file of files) {
      const target = path.join(staging, ...file.path.split('/'))
      await mkdir(path.dirname(target), {recursive: true})
      await writeFile(target, file.content)
    }
    await mkdir(staging, {recursive: true})
  } catch (error) {
    await rm(staging, {recursive: true, force: true})
    throw error
  }
  let hadPrevious = true
  try {
    await rename(absolute, retired)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    hadPrevious = false
  }
  try {
    await rename(staging, absolute)
  } catch (error) {
    if (hadPrevious) await rename(retired, absolute)
    throw error
  }
  if (hadPrevious) await rm(retired, {recursive: true, force: true})
}
