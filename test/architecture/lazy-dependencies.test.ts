import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))

/** The libraries that only converting, rendering or comparing documents needs. */
const documentLibraries = ['unified', 'remark-parse', 'remark-gfm', 'remark-rehype', 'rehype-stringify', 'micromark-extension-gfm-table', 'handlebars', 'diff', 'vfile']

/** Which of the packages `watched` a fresh Node imports, by name, while it runs `steps` (a module hook reports each). */
function importedWhile(watched: readonly string[], steps: readonly string[]): string[] {
  const hooks = `const watched = new Set(${JSON.stringify(watched)})
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

const publicApiAndCommandLine = ["await import('./src/index.ts')", "await import('./src/cli/main.ts')"]

describe('pdfkit and fontkit', () => {
  it('are loaded only when a PDF is rendered: not by the public API or the command line', () => {
    expect(importedWhile(['pdfkit', 'fontkit'], publicApiAndCommandLine)).toEqual([])
    expect(importedWhile(['pdfkit', 'fontkit'], ["await import('./src/formats/pdf/fonts.ts')"])).toEqual(['fontkit', 'pdfkit'])
  }, 60_000)
})

describe('the Markdown, HTML, template and diff libraries', () => {
  // An unchanged `validate` of 1,000 organizations spent 0.25 s of its 0.9 s loading them for nothing.
  // They are loaded with require() where first used, which module hooks do not see: this guards the static imports.
  it('are not imported by the public API or the command line', () => {
    expect(importedWhile(documentLibraries, publicApiAndCommandLine)).toEqual([])
    // The hook does see them where they are imported (unified imports vfile).
    expect(importedWhile(documentLibraries, ["await import('unified')"])).toEqual(['unified', 'vfile'])
  }, 60_000)
})
