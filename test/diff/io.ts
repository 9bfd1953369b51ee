import path from 'node:path'
import {run, type CliIo} from '../../src/cli/main.js'
import {root} from '../helpers/build-content.js'

/** The folder of the diff fixture pairs: `<case>/{old,new}/kazteleport/facts.yaml`. */
export const fixtures = path.join(root, 'test', 'fixtures', 'diff')

/** Run the CLI in `cwd`, collecting what it prints. */
export async function runCli(args: readonly string[], cwd: string): Promise<{code: number; stdout: string; stderr: string}> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), isTTY: false, env: {}}
  const code = await run(args, io)
  return {code, stdout, stderr}
}
