import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {ConfigError, findConfig} from '../../src/cli/config.js'
import {pullRequestWorkflow} from '../../src/cli/workflow.js'

describe('findConfig', () => {
  let work: string
  beforeEach(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'policygen-config-'))
  })
  afterEach(() => rm(work, {recursive: true, force: true}))

  it('uses content/ and dist/ of the working folder when nothing is configured', async () => {
    await writeFile(path.join(work, 'package.json'), '{"name": "company-site"}')
    expect(await findConfig(work)).toEqual({root: work, content: path.join(work, 'content'), out: path.join(work, 'dist')})
  })

  it('finds policygen.config.yaml from a subfolder and resolves its folders against the file', async () => {
    await writeFile(path.join(work, 'policygen.config.yaml'), 'content: legal/facts\nout: public/legal\n')
    await mkdir(path.join(work, 'legal', 'facts'), {recursive: true})
    const config = await findConfig(path.join(work, 'legal', 'facts'))
    expect(config).toEqual({root: work, file: path.join(work, 'policygen.config.yaml'), content: path.join(work, 'legal', 'facts'), out: path.join(work, 'public', 'legal')})
  })

  it('reads the "policygen" key of package.json', async () => {
    await writeFile(path.join(work, 'package.json'), JSON.stringify({name: 'site', policygen: {out: 'site/legal'}}))
    const config = await findConfig(work)
    expect(config.out).toBe(path.join(work, 'site', 'legal'))
    expect(config.content).toBe(path.join(work, 'content'))
  })

  it('stops at the project root and never reads a parent project\'s settings', async () => {
    await writeFile(path.join(work, 'policygen.config.yaml'), 'out: elsewhere\n')
    const project = path.join(work, 'project')
    await mkdir(path.join(project, '.git'), {recursive: true})
    expect((await findConfig(project)).out).toBe(path.join(project, 'dist'))
  })

  it('refuses unknown settings and values that are not paths, in plain words', async () => {
    await writeFile(path.join(work, 'policygen.config.yaml'), 'output: dist\n')
    await expect(findConfig(work)).rejects.toThrow(new ConfigError('policygen.config.yaml: `output` is not a setting policygen knows; the settings are `content` (the facts folder), `out` (the output folder), `templates` (your own wording), `locales` (the languages the site publishes) and `fragmentTitle` (whether fragments keep their title).'))
    await writeFile(path.join(work, 'policygen.config.yaml'), 'out: 3\n')
    await expect(findConfig(work)).rejects.toThrow('policygen.config.yaml: `out` must be a folder\'s path, for example `out: dist`.')
    await writeFile(path.join(work, 'policygen.config.yaml'), 'out: [\n')
    await expect(findConfig(work)).rejects.toThrow(/^policygen\.config\.yaml: this is not valid YAML/)
  })

  it('reads the languages the site publishes, in their order, and refuses any other', async () => {
    await writeFile(path.join(work, 'policygen.config.yaml'), 'locales: [kk, ru]\n')
    expect((await findConfig(work)).locales).toEqual(['kk', 'ru'])
    const refused: Array<[string, string]> = [
      ['locales: ru\n', 'policygen.config.yaml: `locales` must list the languages the site publishes, for example `locales: [ru, kk]`.'],
      ['locales: []\n', 'policygen.config.yaml: `locales` must list the languages the site publishes, for example `locales: [ru, kk]`.'],
      ['locales: [ru, en]\n', 'policygen.config.yaml: `locales` has `en`; policygen publishes in Russian (`ru`) and Kazakh (`kk`), for example `locales: [ru, kk]`.'],
      ['locales: [ru, ru]\n', 'policygen.config.yaml: `locales` names `ru` twice; name each language once, for example `locales: [ru, kk]`.']
    ]
    for (const [text, message] of refused) {
      await writeFile(path.join(work, 'policygen.config.yaml'), text)
      await expect(findConfig(work), text).rejects.toThrow(new ConfigError(message))
    }
  })
})

describe('the pull-request workflow', () => {
  it('is the one this repository uses', async () => {
    expect(await readFile(new URL('../../.github/workflows/policies.yml', import.meta.url), 'utf8')).toBe(pullRequestWorkflow)
  })

  it('pins every action by commit and asks for the least permissions', () => {
    const uses = [...pullRequestWorkflow.matchAll(/uses: (\S+)/g)].map((match) => match[1])
    expect(uses.length).toBeGreaterThan(0)
    for (const action of uses) expect(action).toMatch(/@[0-9a-f]{40}$/)
    expect(pullRequestWorkflow).toMatch(/permissions:\n\s+contents: read/)
  })
})
