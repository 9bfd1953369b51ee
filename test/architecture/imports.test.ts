import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

// The pipeline's stages, lowest first. A module may import from its own stage and from stages below it,
// never from a stage above or beside it; the CLI uses nothing but the public API (`src/index.ts`).
// The preview serves what `site` builds, so it sits above it (beside it, it could not call buildSite).
const stages = ['lang', 'facts', 'document', 'formats', ['site', 'diff', 'scan'], 'preview', 'index', 'cli'] as const
const src = fileURLToPath(new URL('../../src/', import.meta.url))

function rankOf(stage: string): number {
  return stages.findIndex((entry) => (Array.isArray(entry) ? entry.includes(stage) : entry === stage))
}

function stageOf(file: string): string {
  const relative = path.relative(src, file).split(path.sep)
  return relative.length === 1 ? (relative[0] ?? '').replace(/\.ts$/, '') : relative[0] ?? ''
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : []
  })
}

/** Every relative import of a module, as the file it names. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'(\.{1,2}\/[^']+)'/g), ...text.matchAll(/import\('(\.{1,2}\/[^']+)'\)/g)]
  return specifiers.map((match) => path.resolve(path.dirname(file), (match[1] ?? '').replace(/\.js$/, '.ts')))
}

/** The imports that run upward or sideways, as `from → to` lines. */
export function wrongWayImports(files: readonly string[]): string[] {
  const wrong: string[] = []
  for (const file of files) {
    const from = stageOf(file)
    for (const target of importsOf(file)) {
      const to = stageOf(target)
      const allowed = from === to || (from === 'cli' ? to === 'index' : rankOf(to) < rankOf(from) && rankOf(to) >= 0)
      const line = `${path.relative(src, file)} → ${path.relative(src, target)}`
      if (!allowed) wrong.push(line)
    }
  }
  return wrong
}

describe('the layout of src/', () => {
  const files = sourceFiles(src)

  it('has a folder for every stage and nothing else at the top but index.ts', () => {
    const top = readdirSync(src).sort()
    expect(top).toEqual(['cli', 'diff', 'document', 'facts', 'formats', 'index.ts', 'lang', 'preview', 'scan', 'site'])
  })

  it('imports only downward: cli → index → preview → site, diff, scan → formats → document → facts → lang', () => {
    expect(wrongWayImports(files)).toEqual([])
  })

  it('notices an import that runs upward (the check itself can fail)', () => {
    const lang = path.join(src, 'lang', 'plural.ts')
    const upward = importsOf(lang).length === 0 ? [lang] : []
    expect(upward).toHaveLength(1)
    // A facts module that imported the document stage would be reported:
    expect(rankOf('document') > rankOf('facts')).toBe(true)
    expect(rankOf('site')).toBe(rankOf('diff'))
    expect(rankOf('preview')).toBeGreaterThan(rankOf('site'))
    expect(rankOf('preview')).toBeLessThan(rankOf('index'))
  })

  it('has no `any` in its types', () => {
    const withAny = files.filter((file) => /(?::\s*any(?:\[\])?\s*[,;)=|>]|<any>|\bas any\b)/.test(readFileSync(file, 'utf8')))
    expect(withAny.map((file) => path.relative(src, file))).toEqual([])
  })
})
