import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))

/** What a fresh Node loads of pdfkit and fontkit while it runs `steps` (module hooks report each). */
function loadedWhile(steps: readonly string[]): string[] {
  const hooks = `export async function resolve(specifier, context, next) {
    if (specifier === 'pdfkit' || specifier === 'fontkit') process.stderr.write('loaded ' + specifier + '\\n')
    return next(specifier, context)
  }`
  const script = [
    "import {register} from 'node:module'",
    `register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}))`,
    ...steps,
    "process.stderr.write('done\\n')"
  ].join('\n')
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {cwd: projectRoot, encoding: 'utf8'})
  expect(child.stderr).toMatch(/done\n$/)
  return [...new Set([...child.stderr.matchAll(/^loaded (\w+)$/gm)].map((match) => match[1] ?? ''))]
}

describe('pdfkit and fontkit', () => {
  it('are loaded only when a PDF is rendered: not by the public API or the command line', () => {
    expect(loadedWhile(["await import('./src/index.ts')", "await import('./src/cli/main.ts')"])).toEqual([])
    expect(loadedWhile(["await import('./src/formats/pdf/fonts.ts')"]).sort()).toEqual(['fontkit', 'pdfkit'])
  }, 60_000)
})
