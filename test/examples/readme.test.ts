import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {run} from '../../src/cli/main.js'
import {createIo} from '../helpers/cli-io.js'

describe('the README', () => {
  it('gives a shortened facts example that validates as it is', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8')
    const section = readme.slice(readme.indexOf('A shortened example'))
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1]
    expect(example).toContain('schemaVersion: 1')
    const work = await mkdtemp(path.join(tmpdir(), 'policygen-readme-'))
    try {
      await mkdir(path.join(work, 'content', 'kazteleport'), {recursive: true})
      await writeFile(path.join(work, 'content', 'kazteleport', 'facts.yaml'), example ?? '')
      const {io, stdout, stderr} = createIo(work)
      expect(await run(['validate', 'content'], io), stderr()).toBe(0)
      expect(stdout()).toMatch(/0 errors, 0 warnings\. 1 waived\.\n$/)
    } finally {
      await rm(work, {recursive: true, force: true})
    }
  })
})
