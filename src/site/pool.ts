import {Worker, type ResourceLimits} from 'node:worker_threads'
import type {OrganizationFacts} from '../document/documents.js'
import type {TemplateSet} from '../document/templates.js'
import type {OutputFile, SiteSettings} from './build.js'
import {deserializeError, type RenderReply, type RenderRequest} from './worker-messages.js'

/** Run from source (tests, `tsx`), the workers are TypeScript and need the same loader. */
const fromSource = import.meta.url.endsWith('.ts')

/** The module of the worker named `name` (`render-worker`), beside this one. */
export function workerModule(name: string): URL {
  return new URL(`./${name}.${fromSource ? 'ts' : 'js'}`, import.meta.url)
}

const workerUrl = workerModule('render-worker')

/**
 * How much memory a thread's heap may take. An organization needs a few tens of megabytes; without
 * a limit V8 lets each thread's heap grow to several times that before it collects, and the build's
 * memory grows with every thread. A thread that runs out is replaced by this one (see `streamSite`).
 * The young generation, where most of a document's garbage dies, is 48 MB, as large as this
 * thread's own by default: at 16 MB, 1,000 organizations took 176 s and 337 s of processor time
 * (peak 452 MB), at 48 MB 151 s and 291 s (peak 486–488 MB).
 */
export const threadMemory = {maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 48}

/** A render thread failed (ran out of memory, crashed): not a problem of the organization it was rendering. */
export class RenderThreadError extends Error {
  override readonly name = 'RenderThreadError'
}

/**
 * A thread running a worker (`module`, default the render worker): the compiled one as it is; from
 * source, through tsx (a dev dependency), which Node 20 does not apply to a worker's entry itself. The thread takes Node's
 * options from this process as Node passes them on (it leaves out those only a process may have:
 * given explicitly, `node --v8-pool-size=4 …` made every build in threads fail).
 */
export function startWorker(workerData: unknown, resourceLimits: ResourceLimits, module: URL = workerUrl): Worker {
  if (!fromSource) return new Worker(module, {workerData, resourceLimits})
  const tsx = import.meta.resolve('tsx/esm/api')
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => tsx.tsImport(${JSON.stringify(module.href)}, ${JSON.stringify(module.href)}))`
  return new Worker(bootstrap, {eval: true, workerData, resourceLimits})
}

interface Pending {
  resolve: (files: OutputFile[]) => void
  reject: (error: Error) => void
}

/**
 * Worker threads that render organizations in parallel, each with its own copy of the templates
 * and its own caches (fonts, shaped words), so a thread's output never depends on another's.
 * `render` hands an organization to the least busy thread; `close` ends them all.
 */
export class RenderPool {
  readonly #workers: Worker[] = []
  readonly #load = new Map<Worker, number>()
  readonly #pending = new Map<number, Pending>()
  #next = 0
  #failure: Error | undefined

  /** Start `size` threads (at least one) with the templates and settings every job uses, and `memory` for each. */
  constructor(size: number, templates: TemplateSet, settings: SiteSettings, memory: ResourceLimits = threadMemory) {
    for (let index = 0; index < Math.max(1, size); index++) {
      const worker = startWorker({templates, settings}, memory)
      worker.on('message', (reply: RenderReply) => this.#settle(worker, reply))
      worker.on('error', (error) => this.#fail(new RenderThreadError(`a render thread failed: ${error.message}`)))
      worker.on('exit', (code) => {
        if (code !== 0) this.#fail(new RenderThreadError(`a render thread stopped with exit code ${code}`))
      })
      this.#workers.push(worker)
      this.#load.set(worker, 0)
    }
  }

  /** How many threads there are. */
  get size(): number {
    return this.#workers.length
  }

  /** How many organizations the threads have been given and not yet answered. */
  get queued(): number {
    return this.#pending.size
  }

  /** Render one organization's files in a thread. Rejects with the error the render threw (`TemplateError`, …). */
  render(organization: OrganizationFacts): Promise<OutputFile[]> {
    if (this.#failure) return Promise.reject(this.#failure)
    const job = this.#next++
    const worker = [...this.#load].sort((a, b) => a[1] - b[1])[0]?.[0]
    if (!worker) return Promise.reject(new Error('the render pool is closed'))
    this.#load.set(worker, (this.#load.get(worker) ?? 0) + 1)
    return new Promise<OutputFile[]>((resolve, reject) => {
      this.#pending.set(job, {resolve, reject})
      const request: RenderRequest = {job, organization}
      worker.postMessage(request)
    })
  }

  /** Stop every thread. */
  async close(): Promise<void> {
    const workers = this.#workers.splice(0)
    this.#load.clear()
    await Promise.all(workers.map((worker) => worker.terminate()))
  }

  #settle(worker: Worker, reply: RenderReply): void {
    this.#load.set(worker, Math.max(0, (this.#load.get(worker) ?? 1) - 1))
    const pending = this.#pending.get(reply.job)
    this.#pending.delete(reply.job)
    if (!pending) return
    if (reply.error) pending.reject(deserializeError(reply.error))
    else pending.resolve(reply.files.map((file) => ({...file, content: new Uint8Array(file.content)})))
  }

  /** Whether a thread has failed: the pool then takes no more work. */
  get failed(): boolean {
    return this.#failure !== undefined
  }

  #fail(error: Error): void {
    if (this.#workers.length === 0) return
    this.#failure ??= error
    for (const pending of this.#pending.values()) pending.reject(error)
    this.#pending.clear()
  }
}
