import {formatMessage, type MessageLanguage} from '../facts/messages.js'
import type {Problem} from '../facts/problem.js'
import {maxClauseDepth} from '../facts/clause-markdown.js'
import {TemplateError} from './markdown.js'
import {MissingTermError} from './terms.js'

/** A template that could not be rendered, as a problem located in the template. */
export function templateProblem(error: TemplateError, language: MessageLanguage): Problem {
  return {file: error.file, line: error.line, column: error.column, severity: 'error', ruleId: error.ruleId, message: formatMessage(error.ruleId, {fact: error.detail, detail: error.detail, limit: String(maxClauseDepth)}, language), path: ''}
}

/**
 * A key the schema allows but the term files do not word yet, as a problem of the term file: the
 * fix is in templates/, not in the facts.
 */
export function missingTermProblem(error: MissingTermError): Problem {
  const message = `${error.message}. Every value the schema allows needs its words in templates/ru/terms.yaml and templates/kk/terms.yaml; add them there (see README "Templates and wording").`
  return {file: /^templates\/\S+/.exec(error.message)?.[0] ?? 'templates', line: 1, column: 1, severity: 'error', ruleId: 'missing-term', message, path: ''}
}

/** An error thrown while rendering with the templates, as a problem; `undefined` for any other error (a bug). */
export function renderProblem(error: unknown, language: MessageLanguage): Problem | undefined {
  if (error instanceof TemplateError) return templateProblem(error, language)
  if (error instanceof MissingTermError) return missingTermProblem(error)
  return undefined
}

/** An override problem (`wording/ru: the section … is overridden in ru but not in kk`) as a problem of that file. */
export function overrideProblem(text: string): Problem {
  const at = text.indexOf(': ')
  return {file: at === -1 ? '' : text.slice(0, at), line: 1, column: 1, severity: 'error', ruleId: 'template-override', message: at === -1 ? text : text.slice(at + 2), path: ''}
}
