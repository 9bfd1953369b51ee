import {mkdir, mkdtemp, rename, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {watchFolders, type FolderWatch} from '../../src/preview/watch.js'

describe('watching the content folder', () => {
  let folder: string
  let watcher: FolderWatch | undefined
  const reports: string[][] = []
  let wake: (() => void) | undefined

  /** Wait for the watcher to report a change to `file`. */
  async function reported(file: string): Promise<void> {
    while (!reports.some((files) => files.includes(file))) await new Promise<void>((resolve) => (wake = resolve))
  }

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'policygen-watch-'))
    await mkdir(path.join(folder, 'acme'))
    await writeFile(path.join(folder, 'acme', 'facts.yaml'), 'a: 1\n')
    reports.length = 0
    watcher = watchFolders([folder], (files) => {
      reports.push(files)
      wake?.()
    })
  })
  afterEach(async () => {
    watcher?.close()
    await rm(folder, {recursive: true, force: true})
  })

  it('keeps hearing a file that editors save by renaming a new copy over it', async () => {
    const file = path.join(folder, 'acme', 'facts.yaml')
    for (let save = 0; save < 3; save++) {
      reports.length = 0
      const staged = path.join(folder, 'acme', `.facts.yaml.${save}`)
      await writeFile(staged, `a: ${save}\n`)
      await rename(staged, file)
      await reported(file)
    }
    reports.length = 0
    await writeFile(file, 'a: in place\n')
    await reported(file)
  })

  it('reports a save once, with every file it touched', async () => {
    const file = path.join(folder, 'acme', 'facts.yaml')
    await writeFile(file, '')
    await writeFile(file, 'a: 2\n')
    await reported(file)
    expect(reports[0]?.filter((entry) => entry === file)).toEqual([file])
  })

  it('watches a folder that appears, and stops watching one that goes', async () => {
    const shop = path.join(folder, 'shop')
    await mkdir(shop)
    await reported(shop)
    await writeFile(path.join(shop, 'facts.yaml'), 'b: 1\n')
    await reported(path.join(shop, 'facts.yaml'))
    await rm(path.join(folder, 'acme'), {recursive: true})
    await reported(path.join(folder, 'acme'))
  })
})
