#!/usr/bin/env node
// The executable: hands the process to the compiled CLI (build/cli/main.js, made by `npm ci` / `npm run compile`).
import {run} from '../build/cli/main.js'

try {
  process.exitCode = await run(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stderr.isTTY),
    env: process.env
  })
} catch (error) {
  // A bug in policygen, never a problem in the user's facts: say so plainly, without a stack trace.
  process.stderr.write(`policygen: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
  process.stderr.write('This is a bug in policygen, not in your facts. Please report it with the command you ran.\n')
  process.exitCode = 3
}
