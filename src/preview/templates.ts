import {defaultTemplatesDir, loadTemplates, type TemplateSet} from '../document/templates.js'
import {applyOverrides, TemplateOverrideError} from '../document/overrides.js'
import {overrideProblem} from '../document/template-problems.js'
import type {Problem} from '../facts/problem.js'

/** The templates a preview renders with, or the problems that keep it from having any. */
export type LoadedTemplates = {templates: TemplateSet} | {problems: Problem[]}

/** Where the preview's templates come from, to read them and to watch them. */
export interface TemplateFolders {
  /** The built-in templates (`templates/` of the package). */
  builtIn: string
  /** The company's own templates folder (`templates` in policygen.config.yaml), if it has one. */
  company?: string
}

/** The folders `loadPreviewTemplates` reads: the built-in ones and, if given, the company's. */
export function templateFolders(company?: string): TemplateFolders {
  return company === undefined ? {builtIn: defaultTemplatesDir} : {builtIn: defaultTemplatesDir, company}
}

/**
 * Read the built-in templates with the company's overrides applied, the way `build` does. What
 * cannot be used comes back as located problems instead of an exception, so that the preview shows
 * them in the page while the file is being fixed: an override problem at its file, and a template
 * that cannot even be read (a half-saved terms.yaml) at the templates folder.
 */
export async function loadPreviewTemplates(folders: TemplateFolders, display: (file: string) => string): Promise<LoadedTemplates> {
  try {
    const base = await loadTemplates(folders.builtIn, display)
    if (folders.company === undefined) return {templates: base}
    return {templates: (await applyOverrides(base, folders.company, display)).templates}
  } catch (error) {
    if (error instanceof TemplateOverrideError) return {problems: error.problems.map(overrideProblem)}
    if (!(error instanceof Error)) throw error
    const folder = display(folders.company ?? folders.builtIn)
    return {problems: [{file: folder, line: 1, column: 1, severity: 'error', ruleId: 'template-error', message: `The templates cannot be read: ${error.message.split('\n')[0] ?? ''}`, path: ''}]}
  }
}
