import {mkdtemp, readFile, rename, rm} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {createManifest, entryOf} from '../../src/site/manifest.js'
import {checkOutputFolder} from '../../src/site/output-folder.js'
import {writeOutput} from '../../src/site/write.js'

// Another build's swap, played at the worst moment: after the check listed the folder and before it
// read the manifest (the race a full test run under load once met).
const swap: {during?: (() => Promise<void>) | undefined} = {}
vi.mock('../../src/site/manifest.js', async (original) => {
  const actual = await original<typeof import('../../src/site/manifest.js')>()
  const readManifest: typeof actual.readManifest = async (folder) => {
    const during = swap.during
    swap.during = undefined
    if (during) await during()
    return actual.readManifest(folder)
  }
  return {...actual, readManifest}
})

const encode = (text: string) => new TextEncoder().encode(text)
const output = (text: string) => [{path: 'org/a.txt', content: encode(text)}, {path: 'manifest.json', content: encode(createManifest([entryOf({path: 'org/a.txt', content: encode(text)})]))}]

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'policygen-swap-'))
})
afterEach(() => rm(folder, {recursive: true, force: true}))

describe('checking an output folder another build is replacing', () => {
  it('checks what is there once the swap is done, instead of calling its manifest foreign', async () => {
    const out = path.join(folder, 'dist')
    await writeOutput(out, output('first build'))
    const context = {cwd: folder, contentDir: 'content', display: (file: string) => path.relative(folder, file), seen: new Map<string, string>(), home: '/nonexistent-home'}
    // The other build takes the folder away (its first rename) just before the manifest is read,
    // and puts its own in (the second) a moment later.
    let replaced: Promise<void> | undefined
    swap.during = async () => {
      await rename(out, `${out}.away`)
      replaced = new Promise((resolve) => setTimeout(resolve, 5)).then(() => rename(`${out}.next`, out))
    }
    await writeOutput(`${out}.next`, output('second build'))
    await expect(checkOutputFolder(out, context)).resolves.toBe(out)
    await replaced
    expect(await readFile(path.join(out, 'org', 'a.txt'), 'utf8')).toBe('second build')
  })

  it('still refuses a manifest that is not policygen\'s when nothing is being replaced', async () => {
    const out = path.join(folder, 'dist')
    await writeOutput(out, [{path: 'manifest.json', content: encode('{"generator": "someone else"}')}])
    const context = {cwd: folder, contentDir: 'content', display: (file: string) => path.relative(folder, file), seen: new Map<string, string>(), home: '/nonexistent-home'}
    await expect(checkOutputFolder(out, context)).rejects.toThrow(/its `manifest.json` was not written by policygen/)
  })
})
