import {readFile, readdir} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from 'yaml'
import {locales, type Locale} from '../lang/locale.js'
import type {Terms} from './terms.js'

/** A template's source text and where it came from (for located errors). */
export interface TemplateSource {
  path: string
  source: string
}

/** Everything one locale renders with: document templates, section partials and terms. */
export interface LocaleTemplates {
  documents: Readonly<Record<string, TemplateSource>>
  partials: Readonly<Record<string, TemplateSource>>
  terms: Terms
}

/** All templates: per locale, plus the HTML page layout and its stylesheet. */
export interface TemplateSet {
  locales: Readonly<Record<Locale, LocaleTemplates>>
  layout: TemplateSource
  index: TemplateSource
  /** The page's own stylesheet (header, footer), `style.css`. */
  stylesheet: string
  /** The documents' stylesheet, scoped to `.policygen`: embedded in the pages and written as `policygen.css`. */
  documentStylesheet: string
}

/** The templates shipped with policygen. */
export const defaultTemplatesDir = fileURLToPath(new URL('../../templates/', import.meta.url))

/** Read the template tree: `templates/<locale>/{<document>.md.hbs, partials/**, terms.yaml}`, layout and CSS. */
export async function loadTemplates(templatesDir: string = defaultTemplatesDir, display: (file: string) => string = (file) => file): Promise<TemplateSet> {
  const perLocale = {} as Record<Locale, LocaleTemplates>
  for (const locale of locales) {
    const root = path.join(templatesDir, locale)
    const documents: Record<string, TemplateSource> = {}
    for (const name of (await readdir(root)).filter((file) => file.endsWith('.md.hbs')).sort()) {
      documents[name.slice(0, -'.md.hbs'.length)] = await readTemplate(path.join(root, name), display)
    }
    const partials: Record<string, TemplateSource> = {}
    const partialsRoot = path.join(root, 'partials')
    for (const name of (await readdir(partialsRoot, {recursive: true})).filter((file) => file.endsWith('.md.hbs')).sort()) {
      const id = name.split(path.sep).join('/').slice(0, -'.md.hbs'.length)
      partials[id] = await readTemplate(path.join(partialsRoot, name), display)
    }
    const terms = parse(await readFile(path.join(root, 'terms.yaml'), 'utf8')) as Terms
    perLocale[locale] = {documents, partials, terms}
  }
  return {
    locales: perLocale,
    layout: await readTemplate(path.join(templatesDir, 'layout.html.hbs'), display),
    index: await readTemplate(path.join(templatesDir, 'index.html.hbs'), display),
    stylesheet: await readFile(path.join(templatesDir, 'style.css'), 'utf8'),
    documentStylesheet: await readFile(path.join(templatesDir, 'policygen.css'), 'utf8')
  }
}

async function readTemplate(file: string, display: (file: string) => string): Promise<TemplateSource> {
  return {path: display(file), source: await readFile(file, 'utf8')}
}
