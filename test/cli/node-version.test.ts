import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const bin = fileURLToPath(new URL('../../bin/policygen.js', import.meta.url))

/** Run the command with what `setup` does to the process first (a module given to `--import`). */
function runWith(setup: string) {
  return spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(setup)}`, bin, 'validate'], {encoding: 'utf8'})
}

describe('the command on a Node.js that cannot require() an ES module', () => {
  it('says which Node.js it needs, with exit 2, before loading anything', () => {
    // Node.js before 20.19 cannot require() an ES module, which policygen does when a command needs one.
    const child = runWith("Object.defineProperty(process.features, 'require_module', {value: false}); Object.defineProperty(process, 'versions', {value: {...process.versions, node: '20.10.0'}}); Object.defineProperty(process, 'version', {value: 'v20.10.0'})")
    expect([child.status, child.stdout]).toEqual([2, ''])
    expect(child.stderr).toBe('policygen: needs Node.js 20.19 or later (or 22.12 or later on Node.js 22); you are running v20.10.0. Install a newer Node.js and run the command again.\n')
  })

  it('says it is turned off, not too old, on a Node.js that can but was told not to', () => {
    const child = runWith("Object.defineProperty(process.features, 'require_module', {value: false})")
    expect([child.status, child.stdout]).toEqual([2, ''])
    expect(child.stderr).toBe(`policygen: needs Node.js to require() ES modules, which ${process.version} can, but this run turns it off (--no-experimental-require-module, perhaps in NODE_OPTIONS). Run it without that option.\n`)
  })

  it('keeps quiet about require() of an ES module being experimental (Node.js 22.12), and prints any other warning', () => {
    const experimental = 'CommonJS module /x.js is loading ES Module /y.js using require().\nSupport for loading ES Module in require() is an experimental feature and might change at any time'
    // Warn as Node.js does, once the command has set itself up (when it replaces process.emitWarning).
    const emit = `process.emitWarning(${JSON.stringify(experimental)}, 'ExperimentalWarning'); process.emitWarning('Something else', 'ExperimentalWarning')`
    const child = runWith(`let current = process.emitWarning; Object.defineProperty(process, 'emitWarning', {configurable: true, get: () => current, set: (value) => { current = value; queueMicrotask(() => { ${emit} }) }})`)
    expect(child.stderr).not.toContain('ES Module')
    expect(child.stderr).toContain('ExperimentalWarning: Something else')
  })
})
