import path from 'node:path'
import {applyOverrides, loadTemplates, TemplateOverrideError, type OverriddenTemplates} from '../index.js'
import type {CliIo} from './command.js'
import type {Config} from './config.js'

/**
 * The templates a command renders with: the built-in ones, with the company's own templates folder
 * (`templates` in policygen.config.yaml) applied. An unusable override is said in plain words, one
 * line each, and answered with `undefined`: the caller stops without writing anything.
 */
export async function loadCompanyTemplates(config: Config, io: CliIo): Promise<OverriddenTemplates | undefined> {
  const display = (file: string) => path.relative(io.cwd, file) || file
  const base = await loadTemplates(undefined, display)
  if (config.templates === undefined) return {templates: base, overrides: []}
  try {
    return await applyOverrides(base, config.templates, display)
  } catch (error) {
    if (!(error instanceof TemplateOverrideError)) throw error
    for (const problem of error.problems) io.stderr(`policygen: ${problem}\n`)
    return undefined
  }
}

/** The line that says which of the company's templates are in force, or nothing when none are. */
export function describeOverrides(overrides: readonly string[]): string {
  if (overrides.length === 0) return ''
  return `Own templates in force (${overrides.length}): ${overrides.join(', ')}.\n`
}
