import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {ownCopy, remembered} from '../../src/formats/remembered.js'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))

describe('remembered', () => {
  it('makes a value once per key, from a copy of a string key, and starts over when full', () => {
    const store = new Map<string, string>()
    const made: string[] = []
    const make = (key: string) => {
      made.push(key)
      return key.toUpperCase()
    }
    const document = 'раздел первый; раздел второй; раздел третий'
    const first = document.slice(0, 13)
    expect(remembered(store, 2, first, make)).toBe('РАЗДЕЛ ПЕРВЫЙ')
    expect(remembered(store, 2, document.slice(0, 13), make)).toBe('РАЗДЕЛ ПЕРВЫЙ')
    expect(made).toEqual(['раздел первый'])
    remembered(store, 2, 'раздел второй', make)
    remembered(store, 2, 'раздел третий', make)
    // The third key found the store full: it starts over with the third alone.
    expect([...store.keys()]).toEqual(['раздел третий'])
  })
})

describe('ownCopy', () => {
  it('gives the same characters', () => {
    for (const text of ['', 'a', 'Компания', 'Политика в отношении файлов cookie'.repeat(3)]) expect(ownCopy(text)).toBe(text)
  })

  // V8 keeps a whole string alive while a slice of it is kept: measured in a process of its own,
  // where the collector can be called, with the slice itself kept as the control.
  it('keeps nothing of the longer string it was cut from alive, where the slice itself does', () => {
    const script = [
      "const {ownCopy} = await import('./src/formats/remembered.ts')",
      'const kept = []',
      "const heldBy = (keep) => { kept.push(keep(Buffer.alloc(40_000_000, 'ab').toString('latin1').slice(100, 2100))) }",
      'const used = () => { globalThis.gc(); globalThis.gc(); const {heapUsed, external} = process.memoryUsage(); return heapUsed + external }',
      'const before = used()',
      'heldBy((text) => text.length)',
      'const base = used()',
      'heldBy(ownCopy)',
      'const copied = used()',
      'heldBy((text) => text)',
      'const sliced = used()',
      'console.log(JSON.stringify({base: base - before, copied: copied - base, sliced: sliced - copied}))'
    ].join('\n')
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script], {cwd: projectRoot, encoding: 'utf8'})
    expect(child.stderr).toBe('')
    const grown = JSON.parse(child.stdout) as {base: number; copied: number; sliced: number}
    // A string of 40 million characters: held whole by a slice of 2,000 of them, not by their copy.
    expect(grown.base).toBeLessThan(1_000_000)
    expect(grown.sliced).toBeGreaterThan(39_000_000)
    expect(grown.copied).toBeLessThan(1_000_000)
  }, 60_000)
})
