import path from 'node:path'
import {applyOverrides, loadTemplates, overrideProblem, TemplateOverrideError, type MessageLanguage, type OverriddenTemplates, type Problem} from '../index.js'
import type {CliIo} from './command.js'
import type {Config} from './config.js'

/**
 * The templates a command renders with: the built-in ones, with the company's own templates folder
 * (`templates` in policygen.config.yaml) applied; or, when an override cannot be used, its problems,
 * one each, located at the override's file: the caller reports them and stops without writing anything.
 */
export async function loadCompanyTemplates(config: Config, io: CliIo): Promise<OverriddenTemplates | {problems: Problem[]}> {
  const display = (file: string) => path.relative(io.cwd, file) || file
  const base = await loadTemplates(undefined, display)
  if (config.templates === undefined) return {templates: base, overrides: []}
  try {
    return await applyOverrides(base, config.templates, display)
  } catch (error) {
    if (!(error instanceof TemplateOverrideError)) throw error
    return {problems: error.problems.map(overrideProblem)}
  }
}

const inForce: Readonly<Record<MessageLanguage, (count: number) => string>> = {
  en: (count) => `Own templates in force (${count})`,
  ru: (count) => `Действуют собственные шаблоны компании (${count})`,
  kk: (count) => `Компанияның өз шаблондары қолданылады (${count})`
}

/** The line that says which of the company's templates are in force, in `language`, or nothing when none are. */
export function describeOverrides(overrides: readonly string[], language: MessageLanguage = 'en'): string {
  if (overrides.length === 0) return ''
  return `${inForce[language](overrides.length)}: ${overrides.join(', ')}.\n`
}
