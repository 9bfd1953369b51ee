import {realpath} from 'node:fs/promises'
import path from 'node:path'
import {createManifest, readManifest, type Manifest, type ManifestEntry} from './manifest.js'
import {differencesFromManifest, isInside} from './output-folder.js'
import {OutputFolderError} from './os-errors.js'
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
 * of one build, each once. Throws `OutputFolderError` saying what is wrong otherwise.
 */
export async function readShards(folders: readonly string[], display: (file: string) => string, into?: string): Promise<ShardFolder[]> {
  const shards: ShardFolder[] = []
  for (const given of folders) {
    const shown = display(given)
    const folder = await realpath(given).catch(() => {
      throw new OutputFolderError(`\`${shown}\` does not exist (or cannot be read): name the folders \`policygen build --shard I/N\` wrote.`)
    })
    if (into !== undefined && (isInside(into, folder) || isInside(folder, into))) {
      throw new OutputFolderError(`the output folder \`${display(into)}\` ${into === folder ? 'is' : isInside(into, folder) ? 'is inside' : 'holds'} the shard \`${shown}\`: merge into a folder of its own, for example \`--out dist\`.`)
    }
    const manifest = await readManifest(folder)
    if (!manifest) throw new OutputFolderError(`\`${shown}\` is not the output of a policygen build: it has no policygen \`manifest.json\`.`)
    if (!manifest.shard || !manifest.build) throw new OutputFolderError(`\`${shown}\` holds a whole build, not a shard: build each shard with \`policygen build --shard I/N\`.`)
    await checkUnchanged(folder, manifest, shown)
    shards.push({folder, manifest: {...manifest, shard: manifest.shard}})
  }
  const [first] = shards
  if (!first) throw new OutputFolderError('name the folders of the shards to merge, for example `policygen merge shards/* --out dist`.')
  const count = first.manifest.shard.count
  for (const shard of shards) {
    const shown = display(shard.folder)
    if (shard.manifest.shard.count !== count) throw new OutputFolderError(`\`${shown}\` is shard ${shard.manifest.shard.index} of ${shard.manifest.shard.count}, but \`${display(first.folder)}\` is one of ${count}: they come from different builds.`)
    if (shard.manifest.build !== first.manifest.build) throw new OutputFolderError(`\`${shown}\` was built by another policygen, or with other templates, settings or facts, than \`${display(first.folder)}\` (a shard of another build): build every shard from the same commit.`)
  }
  const seen = new Map<number, string>()
  for (const shard of shards) {
    const twice = seen.get(shard.manifest.shard.index)
    if (twice) throw new OutputFolderError(`shard ${shard.manifest.shard.index} of ${count} is given twice: \`${twice}\` and \`${display(shard.folder)}\`.`)
    seen.set(shard.manifest.shard.index, display(shard.folder))
  }
  const owner = new Map<string, string>()
  for (const shard of shards) {
    for (const id of Object.keys(shard.manifest.inputs)) {
      const other = owner.get(id)
      if (other) throw new OutputFolderError(`the organization \`${id}\` is in two shards, \`${other}\` and \`${display(shard.folder)}\`: they were not made by one build.`)
      owner.set(id, display(shard.folder))
    }
  }
  const missing = Array.from({length: count}, (_, index) => index + 1).filter((index) => !seen.has(index))
  if (missing.length > 0) throw new OutputFolderError(`shard${missing.length === 1 ? '' : 's'} ${missing.join(', ')} of ${count} ${missing.length === 1 ? 'is' : 'are'} missing: a merged output must hold every organization.`)
  return shards.sort((a, b) => a.manifest.shard.index - b.manifest.shard.index)
}

/** Every file the manifest lists is there with its bytes, and nothing else is. */
async function checkUnchanged(folder: string, manifest: Manifest, shown: string): Promise<void> {
  const {foreign, changed, missing} = await differencesFromManifest(folder, manifest)
  if (foreign[0]) throw new OutputFolderError(`\`${shown}\` holds \`${foreign[0]}\`, which its manifest does not list: it is not exactly what policygen built.`)
  if (changed[0]) throw new OutputFolderError(`\`${shown}/${changed[0]}\` was changed after it was built.`)
  if (missing[0]) throw new OutputFolderError(`\`${shown}/${missing[0]}\` is listed in its manifest but missing.`)
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
