import {copyFile, mkdir, mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fixtureFactsPath} from '../helpers/fixture-organizations.js'

/** A content folder of its own for a test: copies of test organizations, to change on disk. */
export interface TestContent {
  /** The temporary folder the test works in (the content folder is `content/` in it). */
  work: string
  contentDir: string
  /** The facts file of one of the organizations. */
  factsFile: (id: string) => string
  remove: () => Promise<void>
}

/** Copy the test organizations `ids` (test/fixtures/organizations/) into a new temporary content folder. */
export async function copyTestContent(ids: readonly string[] = ['acme', 'minimal']): Promise<TestContent> {
  const work = await mkdtemp(path.join(tmpdir(), 'policygen-preview-'))
  const contentDir = path.join(work, 'content')
  for (const id of ids) {
    await mkdir(path.join(contentDir, id), {recursive: true})
    await copyFile(fixtureFactsPath(id), path.join(contentDir, id, 'facts.yaml'))
  }
  return {work, contentDir, factsFile: (id) => path.join(contentDir, id, 'facts.yaml'), remove: () => rm(work, {recursive: true, force: true})}
}
