import type {Worker} from 'node:worker_threads'
import type {MessageLanguage} from '../facts/messages.js'
import type {SourceFile} from '../facts/parse.js'
import {validateFacts, withoutParsed, type ValidateOptions} from '../facts/validate.js'
import {startWorker, workerModule} from './pool.js'
import type {CachedValidation} from './validation-cache.js'

/** What a validation thread is given. */
export interface ValidateRequest {
  sources: SourceFile[]
  language: MessageLanguage
  options: ValidateOptions
}

/** What a validation thread answers: the result of each file it was given, in the same order. */
export interface ValidateReply {
  results: CachedValidation[]
}

/**
 * How much memory a validation thread's heap may take: parsing a file makes a few megabytes of
 * garbage, and a thread keeps the results of its share (about 20 KB an organization). The young
 * generation, where that garbage dies, is 48 MB: at 16 MB a thread spent 17% of its time
 * collecting (870 ms of 4.9 s for 500 files), at 48 MB half that. The threads end before any
 * rendering starts, so the build's peak does not grow; `validate` of 1,000 files peaks at 300 MB.
 */
const validationMemory = {maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 48}

/**
 * Validate `sources` in `threads` worker threads, each a share of the files (every `threads`-th, so
 * that large and small files spread evenly), and return each file's result (without the parsed
 * YAML) in the order of `sources`: the same results `validateFacts` gives here. On two cores a
 * thousand files take half the time (5 s instead of 10), and the parsing's garbage stays in the
 * threads and goes when they end, not in this thread's heap while the render threads start. A
 * thread that fails (it cannot start, it crashes, it runs out of memory) says nothing about its
 * files: they are validated here instead.
 */
export async function validateInThreads(sources: readonly SourceFile[], language: MessageLanguage, options: ValidateOptions, threads: number): Promise<CachedValidation[]> {
  const count = Math.max(1, Math.min(threads, sources.length))
  const shares = Array.from({length: count}, (_, share) => sources.filter((_source, index) => index % count === share))
  const answers = await Promise.all(shares.map((share) => validateShare(share, language, options)))
  return sources.map((_source, index) => answers[index % count]?.[Math.floor(index / count)] as CachedValidation)
}

async function validateShare(sources: SourceFile[], language: MessageLanguage, options: ValidateOptions): Promise<CachedValidation[]> {
  const request: ValidateRequest = {sources, language, options}
  const answer = await new Promise<CachedValidation[] | undefined>((resolve) => {
    let worker: Worker
    try {
      worker = startWorker(request, validationMemory, workerModule('validate-worker'))
    } catch {
      // The thread could not be started (no room for it, what it was given cannot be sent).
      resolve(undefined)
      return
    }
    let results: CachedValidation[] | undefined
    worker.once('message', (reply: ValidateReply) => (results = reply.results))
    worker.once('error', () => resolve(undefined))
    worker.once('exit', () => resolve(results))
  })
  if (answer && answer.length === sources.length) return answer
  return sources.map((source) => withoutParsed(validateFacts(source, language, options)))
}
