import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

describe('validated facts', () => {
  // A build keeps every organization's validated facts until it ends. The parser's strings are
  // slices of the file's text and would keep it, and more, alive with them: 59 KB an organization
  // of this file's 8.5 KB of facts, where the facts' own data take about 18 KB.
  it('keep nothing of the parsed file in memory', () => {
    const script = [
      "const {loadFactsFile, validateFacts} = await import('./src/index.ts')",
      "const organization = await loadFactsFile('content/servis-market/facts.yaml', (file) => file)",
      // Warm up first, so that what the code itself keeps (compiled functions, their feedback) is not counted.
      "for (let index = 0; index < 100; index++) validateFacts(organization.source, 'en')",
      'const kept = []',
      'globalThis.gc()',
      'const before = process.memoryUsage().heapUsed',
      "for (let index = 0; index < 200; index++) kept.push(validateFacts(organization.source, 'en').facts)",
      'globalThis.gc()',
      "console.log('kept', Math.round((process.memoryUsage().heapUsed - before) / kept.length), 'of', kept.length)"
    ].join('\n')
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script], {cwd: fileURLToPath(new URL('../..', import.meta.url)), encoding: 'utf8'})
    const [, bytes, of] = /kept (-?\d+) of (\d+)/.exec(child.stdout) ?? []
    expect(Number(of), `${child.stdout}\n${child.stderr}`).toBe(200)
    expect(Number(bytes), `${child.stdout}\n${child.stderr}`).toBeLessThan(30_000)
  }, 60_000)
})
