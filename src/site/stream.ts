import {createHash} from 'node:crypto'
import {availableParallelism} from 'node:os'
import path from 'node:path'
import type {OrganizationFacts} from '../document/documents.js'
import type {TemplateSet} from '../document/templates.js'
import {renderOrganization, settingsOf, stylesheetFile, type BuildOptions, type OutputFile} from './build.js'
import {codeVersion, inputsKey, templatesHash} from './inputs.js'
import {byPath, createManifest, entryOf, type Manifest, type ManifestEntry, type Shard} from './manifest.js'
import {statIfPresent} from './output-folder.js'
import {RenderPool, RenderThreadError} from './pool.js'

/** A file of another build that is reused as it is: hard-linked (or copied) from `from`. */
export interface ReusedFile {
  path: string
  /** The absolute path of the identical file in the other build. */
  from: string
  entry: ManifestEntry
  /**
   * Copy rather than link (optional, default: link): for a folder that stays, such as a shard,
   * whose files must not change when the new output's do.
   */
  copy?: boolean
}

/** A file as the writer receives it: made now, or reused from the previous output. */
export type StagedFile = OutputFile | ReusedFile

/** The previous output, whose files are reused for organizations whose inputs have not changed. */
export interface PreviousBuild {
  folder: string
  manifest: Manifest
}

/** Options of `streamSite`: those of `buildSite`, plus how to run. */
export interface StreamOptions extends BuildOptions {
  /** Render threads (optional, default and most: one per core; 1 renders in this thread). */
  jobs?: number
  /** Reuse this output's files for every organization whose inputs key is unchanged (optional). */
  previous?: PreviousBuild
  /** Build only this share of the organizations (optional, default: all). */
  shard?: Shard
  /** Told of each organization whose files were reused rather than rendered (optional). */
  onReuse?: (organization: string) => void
  /**
   * Render in threads only from this many organizations to render (optional, default 30): below it,
   * starting the threads (each loads the code and warms up on its own) costs more than it saves.
   */
  threadsFrom?: number
}

/** What a streamed build did, known once the stream has ended. */
export interface StreamSummary {
  rendered: number
  reused: number
}

/**
 * Below this many organizations to render, starting threads costs more than it saves: on two cores,
 * 10 organizations took 4.3 s in this thread and 6 s in two threads, 100 about the same either way.
 */
const minimumForThreads = 30

/**
 * Whether organization `id` belongs to shard `shard`: a hash of the id, so an organization stays in
 * its shard however many others are added or removed.
 */
export function inShard(id: string, shard: Shard): boolean {
  const hash = createHash('sha256').update(id).digest().readUInt32BE(0)
  return hash % shard.count === shard.index - 1
}

/**
 * The build as a stream of files, each yielded as soon as it is made, so the writer can put it on
 * disk and nothing but the manifest's lines stays in memory: every organization's files (rendered in
 * worker threads, or reused from `previous` when its inputs are unchanged), then `policygen.css`
 * and last `manifest.json`. The files are the same bytes `buildSite` makes, in whatever order the
 * threads finish. Throws `TemplateError` (located in the template) when a template cannot be rendered.
 */
export async function* streamSite(organizations: readonly OrganizationFacts[], templates: TemplateSet, options: StreamOptions = {}, summary: StreamSummary = {rendered: 0, reused: 0}): AsyncGenerator<StagedFile> {
  const chosen = options.shard ? organizations.filter((organization) => inShard(organization.id, options.shard as Shard)) : organizations
  const settings = settingsOf(options)
  const templatesKey = templatesHash(templates)
  // Every organization's key, not only the shard's: a shard's manifest names the whole build.
  const allKeys = new Map(organizations.map((organization) => [organization.id, inputsKey(organization, templatesKey, settings)]))
  const keys = new Map(chosen.map((organization) => [organization.id, allKeys.get(organization.id) as string]))
  const reusable = reusableFiles(chosen, keys, options.previous)
  const toRender = chosen.filter((organization) => !reusable.has(organization.id))
  // Rendering is all computation: more threads than cores only add memory.
  const jobs = Math.min(options.jobs ?? availableParallelism(), availableParallelism(), toRender.length)
  // With threads, this one only writes what they make (and its heap stays small); without, it renders.
  const pool = jobs > 1 && toRender.length >= (options.threadsFrom ?? minimumForThreads) ? new RenderPool(jobs, templates, settings) : undefined
  // The threads are kept this many organizations ahead, so none waits for the next.
  const poolDepth = 2 * (pool?.size ?? 0)
  let here = false
  const renderHere = async (organization: OrganizationFacts): Promise<OutputFile[]> => {
    here = true
    try {
      return await renderOrganization(organization, templates, options)
    } finally {
      here = false
    }
  }
  const entries: ManifestEntry[] = []
  let done = 0
  try {
    for (const organization of chosen) {
      const reused = reusable.get(organization.id)
      if (!reused) continue
      for (const file of reused) {
        entries.push(file.entry)
        yield file
      }
      summary.reused++
      options.onReuse?.(organization.id)
      options.onProgress?.(++done, chosen.length, organization.id)
    }
    // Organizations are handed out in order: to the threads until they are `poolDepth` ahead, then one
    // to this thread; their files are written in the order they are finished.
    const finished: Array<{id: string; files?: OutputFile[]; error?: unknown}> = []
    let wake: (() => void) | undefined
    let running = 0
    let next = 0
    const settle = (id: string, outcome: {files?: OutputFile[]; error?: unknown}) => {
      running--
      finished.push({id, ...outcome})
      wake?.()
    }
    const fill = () => {
      while (next < toRender.length) {
        const organization = toRender[next] as OrganizationFacts
        let files: Promise<OutputFile[]>
        if (pool && !pool.failed && pool.queued < poolDepth) files = pool.render(organization).catch((error: unknown) => {
          // A thread that fails (out of memory, a crash) says nothing about the organization: render it here.
          if (error instanceof RenderThreadError) return renderOrganization(organization, templates, options)
          throw error
        })
        else if (!here && (!pool || pool.failed)) files = renderHere(organization)
        else break
        next++
        running++
        files.then(
          (made) => settle(organization.id, {files: made}),
          (error: unknown) => settle(organization.id, {error})
        )
      }
    }
    fill()
    while (running > 0 || finished.length > 0) {
      if (finished.length === 0) await new Promise<void>((resolve) => (wake = resolve))
      wake = undefined
      fill()
      const result = finished.shift()
      if (!result) continue
      if (result.error !== undefined) throw result.error
      for (const file of result.files ?? []) {
        entries.push(entryOf(file))
        yield file
      }
      summary.rendered++
      options.onProgress?.(++done, chosen.length, result.id)
    }
  } finally {
    await pool?.close()
  }
  const stylesheet = stylesheetFile(templates)
  entries.push(entryOf(stylesheet))
  yield stylesheet
  const manifest = {path: 'manifest.json', content: new TextEncoder().encode(createManifest(entries, Object.fromEntries(keys), options.shard ? {shard: options.shard, build: buildIdentity(allKeys, templatesKey, settings)} : undefined))}
  yield manifest
}

/** For each organization whose inputs key is the previous build's, its files there; none when any of them is missing. */
function reusableFiles(organizations: readonly OrganizationFacts[], keys: ReadonlyMap<string, string>, previous?: PreviousBuild): Map<string, ReusedFile[]> {
  const reusable = new Map<string, ReusedFile[]>()
  if (!previous) return reusable
  const byOrganization = new Map<string, ManifestEntry[]>()
  for (const entry of previous.manifest.files) {
    const id = entry.path.split('/')[0] ?? ''
    if (!entry.path.includes('/')) continue
    byOrganization.set(id, [...(byOrganization.get(id) ?? []), entry])
  }
  for (const {id} of organizations) {
    const files = byOrganization.get(id)
    if (!files || previous.manifest.inputs[id] !== keys.get(id)) continue
    const reused = files.map((entry) => ({path: entry.path, from: path.join(previous.folder, ...entry.path.split('/')), entry}))
    // A file deleted from the previous output by hand: the organization is rendered again.
    if (reused.every((file) => statIfPresent(file.from)?.isFile())) reusable.set(id, reused)
  }
  return reusable
}

/**
 * What a shard's manifest records of the whole build it is a share of: policygen, the templates, the
 * settings and every organization's inputs (not only its own), so only shards of one build merge.
 */
function buildIdentity(keys: ReadonlyMap<string, string>, templatesKey: string, settings: unknown): string {
  const all = [...keys].sort()
  return createHash('sha256').update(JSON.stringify({code: codeVersion(), templates: templatesKey, settings, all})).digest('hex')
}

/**
 * Render every organization's published documents in every published locale to Markdown, a
 * standalone HTML page and an embeddable HTML fragment, plus an index per organization,
 * `policygen.css` (the fragments' stylesheet) and `manifest.json`, all in memory and in this thread:
 * `streamSite`'s files, collected and sorted. Pure: nothing is written; the same facts always give
 * the same bytes. Throws `TemplateError` (located in the template) when a template cannot be rendered.
 */
export async function buildSite(organizations: readonly OrganizationFacts[], templates: TemplateSet, options: BuildOptions = {}): Promise<OutputFile[]> {
  const files: OutputFile[] = []
  for await (const file of streamSite(organizations, templates, {...options, jobs: 1})) {
    // Nothing is reused without a previous build to reuse from.
    if (!isReused(file)) files.push(file)
  }
  return files.sort(byPath)
}

/** Whether a staged file is reused from the previous output rather than made now. */
export function isReused(file: StagedFile): file is ReusedFile {
  return 'from' in file
}
