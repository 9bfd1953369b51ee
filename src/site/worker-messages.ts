import {TemplateError} from '../document/markdown.js'
import {MissingTermError} from '../document/terms.js'
import type {OrganizationFacts} from '../document/documents.js'
import type {OutputFile} from './build.js'

/** What the pool asks a worker to render. */
export interface RenderRequest {
  job: number
  organization: OrganizationFacts
}

/** What a worker answers: the organization's files, or why they could not be made. */
export type RenderReply = {job: number; files: OutputFile[]; error?: undefined} | {job: number; error: SerializedError; files?: undefined}

/** An error as it crosses from a worker to the main thread (structured clone keeps no classes). */
export type SerializedError =
  | {kind: 'template'; file: string; line: number; column: number; ruleId: TemplateError['ruleId']; detail: string}
  | {kind: 'missing-term'; message: string}
  | {kind: 'other'; message: string; stack?: string}

/** Turn an error thrown while rendering into plain data. */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof TemplateError) return {kind: 'template', file: error.file, line: error.line, column: error.column, ruleId: error.ruleId, detail: error.detail}
  if (error instanceof MissingTermError) return {kind: 'missing-term', message: error.message}
  const plain = error instanceof Error ? error : new Error(String(error))
  return {kind: 'other', message: plain.message, ...(plain.stack ? {stack: plain.stack} : {})}
}

/** The error again, as the class the rest of policygen recognises (`TemplateError`, `MissingTermError`). */
export function deserializeError(error: SerializedError): Error {
  if (error.kind === 'template') return new TemplateError(error.file, error.line, error.column, error.ruleId, error.detail)
  if (error.kind === 'missing-term') {
    const missing: Error = Object.create(MissingTermError.prototype) as Error
    return Object.assign(missing, {name: 'MissingTermError', message: error.message, stack: `MissingTermError: ${error.message}`})
  }
  const other = new Error(error.message)
  if (error.stack) other.stack = error.stack
  return other
}
