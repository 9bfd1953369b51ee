import {createHash} from 'node:crypto'
import {existsSync, statSync} from 'node:fs'
import {mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {deserialize, serialize} from 'node:v8'
import type {MessageLanguage} from '../facts/messages.js'
import type {SourceFile} from '../facts/parse.js'
import {catalogue} from '../facts/services.js'
import type {ValidatedFacts, ValidateOptions} from '../facts/validate.js'
import {codeVersion} from './inputs.js'

/** A facts file's validation as it is kept: everything but the parsed YAML. */
export type CachedValidation = Omit<ValidatedFacts, 'parsed'>

/** Bumped whenever what is kept changes shape. */
const format = 1

interface Stored {
  format: number
  /** What the results depend on besides the file: the code, the catalogue, the language, the options. */
  context: string
  entries: Array<[string, CachedValidation]>
}

/**
 * Validation results kept between runs, by facts file, so that validating a thousand organizations
 * of which one changed validates one. A result is used only for a file with the same path and the
 * same bytes, validated by the same policygen code (its own files and every dependency's version,
 * as for the build's reuse of output), with the same catalogue, message language and options. The
 * results live in one file per content folder, rewritten (atomically, by rename) only when they change;
 * a file that cannot be read or written only means that nothing is reused.
 */
export class ValidationCache {
  private readonly used = new Map<string, CachedValidation>()
  private changed = false

  private constructor(
    private readonly file: string | undefined,
    private readonly context: string,
    private readonly kept: ReadonlyMap<string, CachedValidation>
  ) {}

  /**
   * The results kept for `contentDir` in the folder `cacheDir` (none when `cacheDir` is undefined:
   * a cache that keeps nothing).
   */
  static async open(cacheDir: string | undefined, contentDir: string, language: MessageLanguage, options: ValidateOptions): Promise<ValidationCache> {
    if (cacheDir === undefined) return new ValidationCache(undefined, '', new Map())
    const context = JSON.stringify({code: codeVersion(), catalogue: catalogueHash(), language, locales: options.locales ?? null, localesFrom: options.localesFrom ?? null})
    const name = createHash('sha256').update(`${path.resolve(contentDir)}\u0000${language}`).digest('hex').slice(0, 16)
    const file = path.join(cacheDir, `validation-${name}.v8`)
    let kept = new Map<string, CachedValidation>()
    try {
      const stored = deserialize(await readFile(file)) as Stored
      if (stored.format === format && stored.context === context) kept = new Map(stored.entries)
    } catch {
      // Missing, unreadable or from another version of Node: nothing is reused.
    }
    return new ValidationCache(file, context, kept)
  }

  /** The kept result for this file as it is now, if any. */
  get(source: SourceFile): CachedValidation | undefined {
    if (this.file === undefined) return undefined
    const key = sourceKey(source)
    const result = this.kept.get(key)
    if (result) this.used.set(key, result)
    return result
  }

  /** Keep the result of validating this file. */
  set(source: SourceFile, result: CachedValidation): void {
    if (this.file === undefined) return
    this.used.set(sourceKey(source), result)
    this.changed = true
  }

  /** Write the results of this run (only those: a file no longer there is forgotten), if they changed. */
  async save(): Promise<void> {
    if (this.file === undefined) return
    if (!this.changed && this.used.size === this.kept.size) {
      // Nothing new: only marked as used now, so that it is not the first forgotten.
      const now = new Date()
      await utimes(this.file, now, now).catch(() => undefined)
      return
    }
    const stored: Stored = {format, context: this.context, entries: [...this.used]}
    const temporary = `${this.file}.${process.pid}-${Math.random().toString(36).slice(2)}`
    try {
      await mkdir(path.dirname(this.file), {recursive: true})
      await writeFile(temporary, serialize(stored))
      await rename(temporary, this.file)
      await forgetOldest(path.dirname(this.file))
    } catch {
      await rm(temporary, {force: true}).catch(() => undefined)
    }
  }
}

/**
 * Where results are kept: `POLICYGEN_CACHE_DIR` when it is set, else `node_modules/.cache/policygen`
 * of the nearest folder from `cwd` up that has a `node_modules` folder (where tools keep their caches,
 * ignored by git), else nowhere.
 */
export function defaultCacheDir(cwd: string, env: Readonly<Record<string, string | undefined>>): string | undefined {
  const given = env.POLICYGEN_CACHE_DIR
  if (given !== undefined && given !== '') return path.resolve(cwd, given)
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    const modules = path.join(folder, 'node_modules')
    if (existsSync(modules) && statSync(modules).isDirectory()) return path.join(modules, '.cache', 'policygen')
    if (path.dirname(folder) === folder) return undefined
  }
}

/** Most content folders whose results are kept; those validated longest ago are forgotten first. */
const maxFolders = 16

async function forgetOldest(cacheDir: string): Promise<void> {
  const names = (await readdir(cacheDir)).filter((name) => /^validation-[0-9a-f]{16}\.v8$/.test(name))
  if (names.length <= maxFolders) return
  const dated = await Promise.all(names.map(async (name) => ({name, time: (await stat(path.join(cacheDir, name))).mtimeMs})))
  dated.sort((a, b) => a.time - b.time || (a.name < b.name ? -1 : 1))
  for (const {name} of dated.slice(0, dated.length - maxFolders)) await rm(path.join(cacheDir, name), {force: true})
}

function sourceKey(source: SourceFile): string {
  return createHash('sha256').update(`${source.path}\u0000${source.size ?? source.bytes.length}\u0000`).update(source.bytes).digest('hex')
}

let catalogueKey: string | undefined

function catalogueHash(): string {
  catalogueKey ??= createHash('sha256').update(JSON.stringify(catalogue)).digest('hex')
  return catalogueKey
}
