/**
 * A worker thread of `validateInThreads` (`validate-threads.ts`): it validates the facts files it is
 * given, answers with their results (without the parsed YAML) and ends, taking with it all the
 * memory the parsing used.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {validateFacts, withoutParsed} from '../facts/validate.js'
import type {ValidateRequest, ValidateReply} from './validate-threads.js'

const {sources, language, options} = workerData as ValidateRequest
const results = sources.map((source) => withoutParsed(validateFacts(source, language, options)))
parentPort?.postMessage({results} satisfies ValidateReply)
