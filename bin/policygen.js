#!/usr/bin/env node
// The executable: hands the process to the compiled CLI (build/cli/main.js, made by `npm ci` / `npm run compile`).

// policygen loads its Markdown and template libraries (ES modules) only when a command needs them,
// with require(): Node.js does that from 20.19 and 22.12. On an older one, say so before anything runs.
if (!process.features.require_module) {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
  if ((major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22) {
    process.stderr.write(`policygen: needs Node.js to require() ES modules, which ${process.version} can, but this run turns it off (--no-experimental-require-module, perhaps in NODE_OPTIONS). Run it without that option.\n`)
    process.exit(2)
  }
  process.stderr.write(`policygen: needs Node.js 20.19 or later (or 22.12 or later on Node.js 22); you are running ${process.version}. Install a newer Node.js and run the command again.\n`)
  process.exit(2)
}
// Node.js 22.12 (and 23 before 23.5) warns, once, that require() of an ES module is experimental when
// policygen's code does it from outside node_modules (a git checkout): news for its developers, not for
// a lawyer running a command. Every other warning is printed as before.
const emitWarning = process.emitWarning
process.emitWarning = function (warning, ...rest) {
  const message = typeof warning === 'string' ? warning : String(warning?.message ?? '')
  const type = typeof rest[0] === 'string' ? rest[0] : (rest[0]?.type ?? warning?.name)
  if (type === 'ExperimentalWarning' && /ES Module/.test(message) && /require\(\)/.test(message)) return
  return emitWarning.call(process, warning, ...rest)
}
const {run} = await import('../build/cli/main.js')

// Output piped into a program that stops reading (`policygen build | head -1`) is no reason to stop
// a build halfway: what is printed after that is dropped, the command runs to its end.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error
  })
}

try {
  process.exitCode = await run(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stderr.isTTY),
    env: process.env
  })
} catch (error) {
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : ''
  if (/^E[A-Z]+$/.test(code) && 'syscall' in error) {
    // The operating system refused (a file that cannot be read, a full disk): not a bug, say it plainly.
    const where = 'path' in error ? ` \`${error.path}\`` : ''
    process.stderr.write(`policygen: the operating system refused to ${error.syscall}${where} (${code}). Check that the path exists and that you may read and write there.\n`)
    process.exitCode = 1
  } else {
    // A bug in policygen, never a problem in the user's facts: say so plainly, without a stack trace.
    process.stderr.write(`policygen: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    process.stderr.write('This is a bug in policygen, not in your facts. Please report it with the command you ran.\n')
    process.exitCode = 3
  }
}
