import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const bin = fileURLToPath(new URL('../../bin/policygen.js', import.meta.url))

describe('the command on a Node.js too old for it', () => {
  it('says which Node.js it needs, with exit 2, before loading anything', () => {
    // Node.js before 20.19 cannot require() an ES module, which policygen does when a command needs one.
    const older = `data:text/javascript,${encodeURIComponent("Object.defineProperty(process.features, 'require_module', {value: false})")}`
    const child = spawnSync(process.execPath, ['--import', older, bin, 'validate'], {encoding: 'utf8'})
    expect(child.status).toBe(2)
    expect(child.stdout).toBe('')
    expect(child.stderr).toBe(`policygen: needs Node.js 20.19 or later (or 22.12 or later on Node.js 22); you are running ${process.version}. Install a newer Node.js and run the command again.\n`)
  })
})
