import {existsSync, readFileSync} from 'node:fs'
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {run, type CliIo} from '../../src/cli/main.js'
import {composeFixture} from '../helpers/fixtures.js'

// A diff fixture is a case folder `test/fixtures/diff/<case>/` with `old.yaml` and `new.yaml`: the
// top-level facts that side changes, composed with test/fixtures/base/facts.yaml (see
// test/helpers/fixtures.ts). A side whose file is absent or names no fact is the base itself.

/** The folder of the diff cases. */
export const fixtures = fileURLToPath(new URL('../fixtures/diff/', import.meta.url))

/** The organization every side is written for: `<side>/acme/facts.yaml`. */
export const organizationId = 'acme'

export type Side = 'old' | 'new'

/** The facts file of one side of a case, composed with the base. */
export function caseFacts(name: string, side: Side): string {
  const file = path.join(fixtures, name, `${side}.yaml`)
  if (!existsSync(path.join(fixtures, name))) throw new Error(`no diff case ${name}`)
  return composeFixture(existsSync(file) ? readFileSync(file, 'utf8') : '')
}

/** Write facts as `<folder>/<organization>/facts.yaml`, creating the folders. */
export async function writeFacts(folder: string, text: string, organization = organizationId): Promise<string> {
  const file = path.join(folder, organization, 'facts.yaml')
  await mkdir(path.dirname(file), {recursive: true})
  await writeFile(file, text)
  return file
}

/** `text` with `from` replaced by `to` once; throws when `from` is not there, so a test cannot pass vacuously. */
export function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`\`${from}\` is not in the facts`)
  return text.replace(from, to)
}

/**
 * Temporary folders for the cases, made on demand: `case(name)` writes `<tmp>/<name>/{old,new}/acme/facts.yaml`
 * and returns `<tmp>/<name>`, to run `policygen diff old new` in. `cleanUp()` removes them all.
 */
export function caseFolders(): {case: (name: string) => Promise<string>; cleanUp: () => Promise<void>} {
  let root: Promise<string> | undefined
  const made = new Map<string, Promise<string>>()
  const tmp = () => (root ??= mkdtemp(path.join(tmpdir(), 'policygen-diff-')))
  const materialize = async (name: string) => {
    const folder = path.join(await tmp(), name)
    for (const side of ['old', 'new'] as const) await writeFacts(path.join(folder, side), caseFacts(name, side))
    return folder
  }
  return {
    case(name) {
      let folder = made.get(name)
      if (!folder) made.set(name, (folder = materialize(name)))
      return folder
    },
    async cleanUp() {
      if (root) await rm(await root, {recursive: true, force: true})
      root = undefined
      made.clear()
    }
  }
}

/** Run the CLI in `cwd`, collecting what it prints. */
export async function runCli(args: readonly string[], cwd: string): Promise<{code: number; stdout: string; stderr: string}> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), isTTY: false, env: {}}
  const code = await run(args, io)
  return {code, stdout, stderr}
}
