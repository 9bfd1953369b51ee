import {readFile, readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import {parse} from 'yaml'
import {locales, type Locale} from '../lang/locale.js'
import type {LocaleTemplates, TemplateSet, TemplateSource} from './templates.js'
import type {TermWording, Terms} from './terms.js'

/**
 * A company's own templates folder that cannot be used: one plain line per problem, each naming the
 * file. Nothing is rendered with a half-applied set of overrides.
 */
export class TemplateOverrideError extends Error {
  override readonly name = 'TemplateOverrideError'
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'))
  }
}

/** The templates with a company's overrides applied, and the override files in force (as displayed). */
export interface OverriddenTemplates {
  templates: TemplateSet
  overrides: readonly string[]
}

const rootFiles = {'layout.html.hbs': 'layout', 'index.html.hbs': 'index', 'style.css': 'stylesheet', 'policygen.css': 'documentStylesheet'} as const

/**
 * Apply the overrides in `dir` to `base`. The folder mirrors `templates/`: `<locale>/partials/…/<section>.md.hbs`
 * replaces a section, `<locale>/<document>.md.hbs` a whole document, `<locale>/terms.yaml` single terms
 * (`group: {key: wording}`), `layout.html.hbs`, `index.html.hbs`, `style.css` the page, and `policygen.css`
 * the documents' own styles. Every override
 * must replace something that exists, and what is overridden in one locale must be overridden in the other.
 */
export async function applyOverrides(base: TemplateSet, dir: string, display: (file: string) => string = (file) => file): Promise<OverriddenTemplates> {
  const info = await stat(dir).catch(() => undefined)
  if (!info?.isDirectory()) throw new TemplateOverrideError([`${display(dir)}: the templates folder does not exist. Create it, or remove \`templates\` from policygen.config.yaml.`])
  const problems: string[] = []
  const overrides: string[] = []
  const files = (await readdir(dir, {recursive: true, withFileTypes: true}))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.')))
    .sort()
  const perLocale = Object.fromEntries(locales.map((locale) => [locale, {...base.locales[locale], documents: {...base.locales[locale].documents}, partials: {...base.locales[locale].partials}}])) as Record<Locale, {documents: Record<string, TemplateSource>; partials: Record<string, TemplateSource>; terms: Terms}>
  const page: {layout: TemplateSource; index: TemplateSource; stylesheet: string; documentStylesheet: string} = {layout: base.layout, index: base.index, stylesheet: base.stylesheet, documentStylesheet: base.documentStylesheet}
  // What each locale overrides, to check that the other locale overrides the same.
  const replaced = Object.fromEntries(locales.map((locale) => [locale, new Set<string>()])) as Record<Locale, Set<string>>

  for (const file of files) {
    const full = path.join(dir, file)
    const shown = display(full)
    const source = await readFile(full, 'utf8')
    if (file in rootFiles) {
      const slot = rootFiles[file as keyof typeof rootFiles]
      if (slot === 'stylesheet' || slot === 'documentStylesheet') page[slot] = source
      else page[slot] = {path: shown, source}
      overrides.push(shown)
      continue
    }
    const [locale, ...rest] = file.split('/')
    const inner = rest.join('/')
    if (!isLocale(locale)) {
      problems.push(`${shown}: policygen does not know this template. The folder mirrors templates/: ${locales.join('/, ')}/, layout.html.hbs, index.html.hbs, style.css and policygen.css.`)
      continue
    }
    const target = perLocale[locale]
    if (inner === 'terms.yaml') {
      const terms = overrideTerms(base.locales[locale].terms, source, shown, problems)
      for (const key of Object.keys(flatten(terms))) replaced[locale].add(`term ${key}`)
      target.terms = mergeTerms(target.terms, terms)
      overrides.push(shown)
    } else if (inner.startsWith('partials/') && inner.endsWith('.md.hbs')) {
      const id = inner.slice('partials/'.length, -'.md.hbs'.length)
      if (!(id in target.partials)) {
        problems.push(`${shown}: there is no section \`${id}\` to replace; the sections are in templates/${locale}/partials/ (for example \`${Object.keys(target.partials).find((known) => known.startsWith(id.split('/')[0] ?? '')) ?? Object.keys(target.partials)[0] ?? ''}\`).`)
        continue
      }
      target.partials[id] = {path: shown, source}
      replaced[locale].add(`section partials/${id}.md.hbs`)
      overrides.push(shown)
    } else if (!inner.includes('/') && inner.endsWith('.md.hbs') && inner.slice(0, -'.md.hbs'.length) in target.documents) {
      target.documents[inner.slice(0, -'.md.hbs'.length)] = {path: shown, source}
      replaced[locale].add(`document ${inner}`)
      overrides.push(shown)
    } else {
      problems.push(`${shown}: policygen does not know this template. In ${locale}/ it takes partials/<document>/<section>.md.hbs, <document>.md.hbs and terms.yaml.`)
    }
  }
  for (const locale of locales) {
    for (const other of locales) {
      if (other === locale) continue
      for (const what of [...replaced[locale]].sort()) {
        if (!replaced[other].has(what)) problems.push(`${display(path.join(dir, locale))}: the ${what} is overridden in ${locale} but not in ${other}; both languages must say the same, so give the ${other} wording in ${display(path.join(dir, other))} too.`)
      }
    }
  }
  if (problems.length > 0) throw new TemplateOverrideError(problems)
  const localeTemplates = perLocale as Record<Locale, LocaleTemplates>
  return {templates: {locales: localeTemplates, ...page}, overrides}
}

function isLocale(value: string | undefined): value is Locale {
  return (locales as readonly string[]).includes(value ?? '')
}

/** Read an overriding terms.yaml: only groups and keys the built-in terms have, worded in the same forms. */
function overrideTerms(base: Terms, source: string, shown: string, problems: string[]): Terms {
  let parsed: unknown
  try {
    parsed = parse(source)
  } catch (error) {
    problems.push(`${shown}: this is not valid YAML (${(error as Error).message.split('\n')[0] ?? ''}).`)
    return {}
  }
  if (parsed === null || parsed === undefined) return {}
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    problems.push(`${shown}: terms are groups of keys, for example \`ui: {contents: Оглавление}\`.`)
    return {}
  }
  const result: Record<string, Record<string, TermWording>> = {}
  for (const [group, keys] of Object.entries(parsed as Record<string, unknown>)) {
    const known = base[group]
    if (!known) {
      problems.push(`${shown}: \`${group}\` is not a group of terms; the groups are ${Object.keys(base).map((name) => `\`${name}\``).join(', ')}.`)
      continue
    }
    if (keys === null || typeof keys !== 'object' || Array.isArray(keys)) {
      problems.push(`${shown}: \`${group}\` must list keys with their wording, for example \`${group}: {${Object.keys(known)[0] ?? 'key'}: …}\`.`)
      continue
    }
    for (const [key, wording] of Object.entries(keys as Record<string, unknown>)) {
      const builtIn = known[key]
      if (builtIn === undefined) {
        problems.push(`${shown}: \`${group}.${key}\` is not a term policygen has; the keys of \`${group}\` are in templates/*/terms.yaml.`)
        continue
      }
      const problem = wordingProblem(builtIn, wording)
      if (problem) {
        problems.push(`${shown}: \`${group}.${key}\` ${problem}`)
        continue
      }
      ;(result[group] ??= {})[key] = wording as TermWording
    }
  }
  return result
}

function wordingProblem(builtIn: TermWording, wording: unknown): string | undefined {
  if (typeof builtIn === 'string') return typeof wording === 'string' && wording.trim() !== '' ? undefined : 'must be worded as one phrase.'
  const forms = Object.keys(builtIn).sort()
  const given = wording !== null && typeof wording === 'object' && !Array.isArray(wording) ? Object.entries(wording as Record<string, unknown>) : undefined
  const complete = given !== undefined && given.every(([, value]) => typeof value === 'string' && value.trim() !== '') && given.map(([form]) => form).sort().join() === forms.join()
  return complete ? undefined : `must give every form the built-in wording has: ${forms.map((form) => `\`${form}\``).join(', ')}.`
}

function mergeTerms(base: Terms, overrides: Terms): Terms {
  const merged: Record<string, Readonly<Record<string, TermWording>>> = {...base}
  for (const [group, keys] of Object.entries(overrides)) merged[group] = {...base[group], ...keys}
  return merged
}

function flatten(terms: Terms): Record<string, true> {
  return Object.fromEntries(Object.entries(terms).flatMap(([group, keys]) => Object.keys(keys).map((key) => [`${group}.${key}`, true] as const)))
}
