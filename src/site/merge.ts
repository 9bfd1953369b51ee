import {realpath} from 'node:fs/promises'
import path from 'node:path'
import {createManifest, readManifest, type Manifest, type ManifestEntry} from './manifest.js'
import {differencesFromManifest, isInside} from './output-folder.js'
import type {MessageLanguage} from '../facts/messages.js'
import {OutputFolderError} from './os-errors.js'
import {siteWords, type SiteWords} from './site-words.js'
import type {ReusedFile, StagedFile} from './stream.js'

/** One shard's folder, read and checked. */
export interface ShardFolder {
  folder: string
  manifest: Manifest & {shard: NonNullable<Manifest['shard']>}
}

/**
 * Read the folders of a sharded build (`build --shard I/N`) and check, before anything is written,
 * that they can be merged: each is a shard policygen wrote and nobody changed since, all were built
 * by the same policygen with the same templates and settings, and together they are shards 1 to N
 * of one build, each once. Throws `OutputFolderError` saying what is wrong, in `language` (default
 * English), otherwise.
 */
export async function readShards(folders: readonly string[], display: (file: string) => string, into?: string, language: MessageLanguage = 'en'): Promise<ShardFolder[]> {
  const words = siteWords[language].merge
  const shards: ShardFolder[] = []
  for (const given of folders) {
    const shown = display(given)
    const folder = await realpath(given).catch(() => {
      throw new OutputFolderError(words.unreadable(shown))
    })
    if (into !== undefined && (isInside(into, folder) || isInside(folder, into))) {
      // The example is never the folder refused.
      throw new OutputFolderError(words.overlaps(display(into), into === folder ? 'is' : isInside(into, folder) ? 'inside' : 'holds', shown, path.basename(into) === 'dist' ? 'merged' : 'dist'))
    }
    const manifest = await readManifest(folder)
    if (!manifest) throw new OutputFolderError(words.notBuild(shown))
    if (!manifest.shard || !manifest.build) throw new OutputFolderError(words.wholeBuild(shown))
    await checkUnchanged(folder, manifest, shown, words)
    shards.push({folder, manifest: {...manifest, shard: manifest.shard}})
  }
  const [first] = shards
  if (!first) throw new OutputFolderError(words.none)
  const count = first.manifest.shard.count
  for (const shard of shards) {
    const shown = display(shard.folder)
    if (shard.manifest.shard.count !== count) throw new OutputFolderError(words.otherCount(shown, shard.manifest.shard.index, shard.manifest.shard.count, display(first.folder), count))
    if (shard.manifest.build !== first.manifest.build) throw new OutputFolderError(words.otherBuild(shown, display(first.folder)))
  }
  const seen = new Map<number, string>()
  for (const shard of shards) {
    const twice = seen.get(shard.manifest.shard.index)
    if (twice) throw new OutputFolderError(words.twice(shard.manifest.shard.index, count, twice, display(shard.folder)))
    seen.set(shard.manifest.shard.index, display(shard.folder))
  }
  const owner = new Map<string, string>()
  for (const shard of shards) {
    for (const id of Object.keys(shard.manifest.inputs)) {
      const other = owner.get(id)
      if (other) throw new OutputFolderError(words.organizationTwice(id, other, display(shard.folder)))
      owner.set(id, display(shard.folder))
    }
  }
  const missing = Array.from({length: count}, (_, index) => index + 1).filter((index) => !seen.has(index))
  if (missing.length > 0) throw new OutputFolderError(words.missing(missing, count))
  return shards.sort((a, b) => a.manifest.shard.index - b.manifest.shard.index)
}

/** Every file the manifest lists is there with its bytes, and nothing else is. */
async function checkUnchanged(folder: string, manifest: Manifest, shown: string, words: SiteWords['merge']): Promise<void> {
  const {foreign, changed, missing} = await differencesFromManifest(folder, manifest)
  if (foreign[0]) throw new OutputFolderError(words.foreignFile(shown, foreign[0]))
  if (changed[0]) throw new OutputFolderError(words.changedFile(`${shown}/${changed[0]}`))
  if (missing[0]) throw new OutputFolderError(words.missingFile(`${shown}/${missing[0]}`))
}

/**
 * The merged output as a stream of files for `writeOutput`: every shard's files as they are
 * (copied), `policygen.css` once, and one manifest listing them all, the same bytes a
 * build of all organizations at once gives.
 */
export async function* mergeShards(shards: readonly ShardFolder[]): AsyncGenerator<StagedFile> {
  const entries: ManifestEntry[] = []
  const inputs: Record<string, string> = {}
  const shared = new Set<string>()
  for (const shard of shards) {
    Object.assign(inputs, shard.manifest.inputs)
    for (const entry of shard.manifest.files) {
      // Files outside the organizations' folders (the stylesheet) are the same in every shard.
      if (!entry.path.includes('/')) {
        if (shared.has(entry.path)) continue
        shared.add(entry.path)
      }
      entries.push(entry)
      // Copied, not linked: the shards stay, and must not change when the merged output does.
      const file: ReusedFile = {path: entry.path, from: path.join(shard.folder, ...entry.path.split('/')), entry, copy: true}
      yield file
    }
  }
  yield {path: 'manifest.json', content: new TextEncoder().encode(createManifest(entries, inputs))}
}
