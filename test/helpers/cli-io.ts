import type {CliIo} from '../../src/cli/main.js'

/** A CLI `io` working in `cwd` that keeps what the command prints, to read after it has run. */
export function createIo(cwd: string): {io: CliIo; stdout: () => string; stderr: () => string} {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {cwd, stdout: (text) => out.push(text), stderr: (text) => err.push(text), isTTY: false, env: {}}
  return {io, stdout: () => out.join(''), stderr: () => err.join('')}
}
