import path from 'node:path'
import type {MessageLanguage} from '../facts/messages.js'
import {osReason, siteWords} from './site-words.js'

/** Why policygen will not write into a folder; `message` is plain words for the person who ran it. */
export class OutputFolderError extends Error {
  override readonly name = 'OutputFolderError'
}

/**
 * An operating-system error about the output folder, said in plain words in `language` (default
 * English); other errors pass through.
 */
export function plainError(error: unknown, shown: string, language: MessageLanguage = 'en'): unknown {
  if (error instanceof OutputFolderError) return error
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const words = siteWords[language]
  const reason = code ? osReason(words, code) : undefined
  if (!reason) return error
  const where = (error as NodeJS.ErrnoException).path
  return new OutputFolderError(words.cannotWrite(shown, reason, where ? path.basename(where) : undefined))
}
