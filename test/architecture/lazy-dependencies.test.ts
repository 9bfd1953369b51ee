import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))

/** The libraries that only converting, rendering or comparing documents needs. */
const heavy = ['unified', 'remark-parse', 'remark-gfm', 'remark-rehype', 'rehype-stringify', 'micromark-extension-gfm-table', 'handlebars', 'diff', 'vfile']

/** Which of `heavy` a fresh Node imports, by name, while it runs `steps` (a module hook reports each). */
function importedWhile(steps: readonly string[]): string[] {
  const hooks = `const watched = new Set(${JSON.stringify(heavy)})
  export async function resolve(specifier, context, next) {
    if (watched.has(specifier)) process.stderr.write('loaded ' + specifier + '\\n')
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
  return [...new Set([...child.stderr.matchAll(/^loaded ([\w-]+)$/gm)].map((match) => match[1] ?? ''))].sort()
}

describe('the Markdown, HTML, template and diff libraries', () => {
  // An unchanged `validate` of 1,000 organizations spent 0.25 s of its 0.9 s loading them for nothing.
  it('are not imported by the public API or the command line, only when first used', () => {
    expect(importedWhile(["await import('./src/index.ts')", "await import('./src/cli/main.ts')"])).toEqual([])
  }, 60_000)
})
