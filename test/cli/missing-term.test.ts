import {copyFile, mkdir, mkdtemp, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {createIo} from '../helpers/cli-io.js'
import {baseFactsPath} from '../helpers/fixture-organizations.js'

// A key the schema allows but the term files do not word is a bug of policygen's templates, not of the
// facts: the built-in templates always word every key (test/document/templates-parity.test.ts), so this
// test takes one term out of them to see what the user would be told.
vi.mock('../../src/document/templates.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/document/templates.js')>()
  return {
    ...original,
    loadTemplates: async (...args: Parameters<typeof original.loadTemplates>) => {
      const templates = await original.loadTemplates(...args)
      const {pdfVersion: _left, ...ui} = templates.locales.kk.terms.ui ?? {}
      const terms = {...templates.locales.kk.terms, ui}
      return {...templates, locales: {...templates.locales, kk: {...templates.locales.kk, terms}}}
    }
  }
})

const {run} = await import('../../src/cli/main.js')

describe('a term the templates do not word', () => {
  let work: string
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'policygen-missing-term-'))
    await mkdir(path.join(work, '.git'))
    await mkdir(path.join(work, 'content', 'base'), {recursive: true})
    await copyFile(baseFactsPath, path.join(work, 'content', 'base', 'facts.yaml'))
  })
  afterAll(() => rm(work, {recursive: true, force: true}))

  it('stops the build with exit 1, says which term and where to word it, and writes nothing', async () => {
    const {io, stdout, stderr} = createIo(work)
    expect(await run(['build'], io)).toBe(1)
    expect(stderr()).toBe(
      'policygen: templates/kk/terms.yaml has no wording for ui.pdfVersion. Every value the schema allows needs its words in templates/ru/terms.yaml and templates/kk/terms.yaml; add them there (see README "Templates and wording").\nNothing was written.\n'
    )
    expect(stdout()).toBe('')
    expect(await readdir(work)).not.toContain('dist')
  })
})
