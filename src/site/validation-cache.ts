import path from 'node:path'
import {createHash} from 'node:crypto'
import {deserialize, serialize} from 'node:v8'
import type {MessageLanguage} from '../facts/messages.js'
import type {Facts} from '../facts/types.js'
import type {SourceFile} from '../facts/parse.js'
import {catalogue} from '../facts/services.js'
import {validateFacts, withoutParsed, type ValidatedFacts, type ValidateOptions} from '../facts/validate.js'
import {cacheFileName, readCacheFile, touchCacheFile, writeCacheFile} from './cache-folder.js'
import {codeVersion} from './inputs.js'

/** A facts file's validation as it is kept: everything but the parsed YAML. */
export type CachedValidation = Omit<ValidatedFacts, 'parsed'>

/** Bumped whenever what is kept changes shape. */
const format = 2

/**
 * A result as it is kept: the facts serialized on their own, so that reading the cache costs one
 * copy of their bytes, and only a run that uses the facts (a build, not `validate`) decodes them.
 * Decoding every organization's facts was most of an unchanged `validate`: 0.17 s of 1 s for 1,000.
 */
interface StoredValidation extends Omit<CachedValidation, 'facts'> {
  facts?: Uint8Array
}

interface Stored {
  format: number
  /** What the results depend on besides the file: the code, the catalogue, the language, the options. */
  context: string
  entries: Array<[string, StoredValidation]>
}

/**
 * Validation results kept between runs, by facts file, so that validating a thousand organizations
 * of which one changed validates one. A result is used only for a file with the same path and the
 * same bytes, validated by the same policygen code (its own files and every dependency's version,
 * as for the build's reuse of output), with the same catalogue, message language and options. The
 * results live in one file per content folder and language in the cache folder (`defaultCacheDir`),
 * rewritten only when they change; a file that cannot be read or written only means that nothing is reused.
 */
export class ValidationCache {
  private readonly used = new Map<string, StoredValidation>()
  private changed = false

  private constructor(
    private readonly folder: string | undefined,
    private readonly name: string,
    private readonly context: string,
    private readonly kept: ReadonlyMap<string, StoredValidation>,
    private readonly language: MessageLanguage = 'en',
    private readonly options: ValidateOptions = {}
  ) {}

  /**
   * The results kept for `contentDir` in the folder `cacheDir` (none when `cacheDir` is undefined:
   * a cache that keeps nothing).
   */
  static async open(cacheDir: string | undefined, contentDir: string, language: MessageLanguage, options: ValidateOptions): Promise<ValidationCache> {
    if (cacheDir === undefined) return new ValidationCache(undefined, '', '', new Map())
    const context = JSON.stringify({code: codeVersion(), catalogue: catalogueHash(), language, locales: options.locales ?? null, localesFrom: options.localesFrom ?? null})
    const name = cacheFileName('validation', createHash('sha256').update(`${path.resolve(contentDir)}\u0000${language}`).digest('hex'))
    const stored = await readCacheFile(cacheDir, name)
    const kept = isStored(stored) && stored.context === context ? new Map(stored.entries) : new Map<string, StoredValidation>()
    return new ValidationCache(cacheDir, name, context, kept, language, options)
  }

  /**
   * The kept result for this file as it is now, if any. Its `facts` are decoded when first read
   * (a getter): copy the result with `Object.getOwnPropertyDescriptors`, not by spreading it, to keep them so.
   */
  get(source: SourceFile): CachedValidation | undefined {
    // A file that could not be read has no bytes to know it by: it is read and reported again.
    if (this.folder === undefined || source.unreadable !== undefined) return undefined
    const key = sourceKey(source)
    const stored = this.kept.get(key)
    if (!stored) return undefined
    this.used.set(key, stored)
    return resultOf(stored, () => {
      // Kept anew, so that the next run decodes what this one validated.
      const fresh = withoutParsed(validateFacts(source, this.language, this.options))
      this.set(source, fresh)
      return fresh.facts
    })
  }

  /** Keep the result of validating this file. */
  set(source: SourceFile, result: CachedValidation): void {
    if (this.folder === undefined || source.unreadable !== undefined) return
    const {facts, ...rest} = result
    this.used.set(sourceKey(source), facts === undefined ? rest : {...rest, facts: serialize(facts)})
    this.changed = true
  }

  /** Write the results of this run (only those: a file no longer there is forgotten), if they changed. */
  async save(): Promise<void> {
    if (this.folder === undefined) return
    if (!this.changed && this.used.size === this.kept.size) await touchCacheFile(this.folder, this.name)
    else await writeCacheFile(this.folder, this.name, {format, context: this.context, entries: [...this.used]} satisfies Stored)
  }
}

/** Whether a value read back from the cache folder has the shape `save` writes (else nothing of it is used). */
function isStored(value: unknown): value is Stored {
  const stored = value as Partial<Stored> | undefined
  return (
    stored?.format === format &&
    typeof stored.context === 'string' &&
    Array.isArray(stored.entries) &&
    stored.entries.every(
      (entry) =>
        Array.isArray(entry) &&
        typeof entry[0] === 'string' &&
        typeof entry[1] === 'object' &&
        entry[1] !== null &&
        Array.isArray(entry[1].problems) &&
        (entry[1].facts === undefined || entry[1].facts instanceof Uint8Array) &&
        entry[1].problems.every((problem) => typeof problem?.file === 'string' && typeof problem.message === 'string' && typeof problem.line === 'number' && typeof problem.column === 'number')
    )
  )
}

/**
 * A kept result as validation gave it, its facts decoded the first time they are read; should the
 * kept bytes not decode into facts (a cache file changed by hand, with its checksum made anew), the
 * file is validated again (`again`) rather than the run failing on an internal error.
 */
function resultOf(stored: StoredValidation, again: () => Facts | undefined): CachedValidation {
  const {facts: bytes, ...result} = stored
  if (bytes === undefined) return result
  let facts: Facts | undefined
  return Object.defineProperty(result, 'facts', {enumerable: true, get: () => (facts ??= decoded(bytes) ?? again())})
}

function decoded(bytes: Uint8Array): Facts | undefined {
  try {
    const value: unknown = deserialize(bytes)
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Facts) : undefined
  } catch {
    return undefined
  }
}

function sourceKey(source: SourceFile): string {
  return createHash('sha256').update(`${source.path}\u0000${source.size ?? source.bytes.length}\u0000`).update(source.bytes).digest('hex')
}

let catalogueKey: string | undefined

function catalogueHash(): string {
  catalogueKey ??= createHash('sha256').update(JSON.stringify(catalogue)).digest('hex')
  return catalogueKey
}
