import {createHash} from 'node:crypto'
import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import type {Locale} from '../lang/locale.js'
import type {DocumentKind} from '../document/resolve.js'

/** What the manifest says of a document file. */
export interface DocumentMeta {
  organization: string
  locale: Locale
  document: DocumentKind
  version: string
  effectiveDate: string
}

/** One file of the output as the manifest lists it. */
export interface ManifestEntry {
  /** Path relative to the output folder, with `/` separators. */
  path: string
  sha256: string
  size: number
  document?: DocumentMeta
}

/** Which share of the organizations a folder holds when it was built with `--shard I/N`. */
export interface Shard {
  /** 1 to `count`. */
  index: number
  count: number
}

/** What `manifest.json` holds, read back. */
export interface Manifest {
  files: ManifestEntry[]
  /**
   * For each organization, the hash of everything its files were made from (its facts, the
   * templates, the policygen code, the build's settings): the key of the incremental build.
   */
  inputs: Readonly<Record<string, string>>
  /** Set when the folder holds one shard of a sharded build. */
  shard?: Shard
  /** In a shard: what the build was made with (policygen and the templates), so shards of different builds are never merged. */
  build?: string
}

/** The manifest entry of a file made in memory. */
export function entryOf(file: {path: string; content: Uint8Array; document?: DocumentMeta}): ManifestEntry {
  return {path: file.path, sha256: createHash('sha256').update(file.content).digest('hex'), size: file.content.byteLength, ...(file.document ? {document: file.document} : {})}
}

/**
 * The manifest: every file with its sha256 and size, and for documents their version and date;
 * then the inputs hash of each organization. Sorted, so the same build gives the same bytes
 * whatever order its files were made in.
 */
export function createManifest(entries: readonly ManifestEntry[], inputs: Readonly<Record<string, string>> = {}, shard?: {shard: Shard; build: string}): string {
  const files = [...entries].sort(byPath).map(({document, ...file}) => ({...file, ...(document ?? {})}))
  const sortedInputs = Object.fromEntries(Object.keys(inputs).sort(compareCodeUnits).map((id) => [id, inputs[id]]))
  return `${JSON.stringify({generator: 'policygen', ...(shard ?? {}), files, inputs: sortedInputs}, null, 2)}\n`
}

/** Order by path, by code unit rather than locale: the order must not depend on the machine's collation. */
export function byPath(a: {path: string}, b: {path: string}): number {
  return compareCodeUnits(a.path, b.path)
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The largest manifest policygen reads: a million files' lines. */
const maxManifestSize = 64 * 1024 * 1024

/**
 * Read the `manifest.json` of a policygen build in `folder`; `undefined` when there is none or it
 * was not written by policygen. Entries it cannot read are left out.
 */
export async function readManifest(folder: string): Promise<Manifest | undefined> {
  let parsed: {generator?: unknown; files?: unknown; inputs?: unknown; shard?: unknown; build?: unknown}
  try {
    const file = path.join(folder, 'manifest.json')
    // Not a file, or far larger than any manifest: not policygen's (and not read whole into memory).
    const info = await stat(file)
    if (!info.isFile() || info.size > maxManifestSize) return undefined
    parsed = JSON.parse(await readFile(file, 'utf8')) as typeof parsed
  } catch {
    return undefined
  }
  if (parsed.generator !== 'policygen' || !Array.isArray(parsed.files)) return undefined
  const files: ManifestEntry[] = []
  for (const raw of parsed.files as unknown[]) {
    const {path: name, sha256, size, organization, locale, document, version, effectiveDate} = (raw ?? {}) as Record<string, unknown>
    if (typeof name !== 'string' || typeof sha256 !== 'string' || typeof size !== 'number') continue
    const meta = typeof organization === 'string' && typeof document === 'string' ? {document: {organization, locale: locale as Locale, document: document as DocumentKind, version: String(version), effectiveDate: String(effectiveDate)}} : {}
    files.push({path: name, sha256, size, ...meta})
  }
  const inputs: Record<string, string> = {}
  if (parsed.inputs && typeof parsed.inputs === 'object') {
    for (const [id, key] of Object.entries(parsed.inputs)) if (typeof key === 'string') inputs[id] = key
  }
  const shard = parsed.shard as Partial<Shard> | undefined
  const validShard = shard && Number.isInteger(shard.index) && Number.isInteger(shard.count) ? {shard: {index: Number(shard.index), count: Number(shard.count)}} : {}
  return {files, inputs, ...validShard, ...(typeof parsed.build === 'string' ? {build: parsed.build} : {})}
}
