import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {generatePrecompiled, optionsOf} from '../../scripts/generate-precompiled.js'
import {renderMarkdownDocuments} from '../../src/document/documents.js'
import {precompiledOf} from '../../src/document/precompiled.js'
import type {LocaleTemplates, TemplateSet, TemplateSource} from '../../src/document/templates.js'
import {fixtureOrganization} from '../helpers/fixture-organizations.js'
import {shippedTemplates} from '../helpers/templates.js'

/** The templates with `{{!}}` (a comment: no output) after each one's text, so none is found precompiled. */
function compiledAtRunTime(templates: TemplateSet): TemplateSet {
  const changed = (source: TemplateSource): TemplateSource => ({...source, source: `${source.source}{{!}}`})
  const locale = (each: LocaleTemplates): LocaleTemplates => ({
    ...each,
    documents: Object.fromEntries(Object.entries(each.documents).map(([name, source]) => [name, changed(source)])),
    partials: Object.fromEntries(Object.entries(each.partials).map(([name, source]) => [name, changed(source)]))
  })
  return {...templates, locales: {ru: locale(templates.locales.ru), kk: locale(templates.locales.kk)}}
}

describe('precompiled templates (src/document/precompiled-templates.ts; `npm run compile-templates` remakes it)', async () => {
  const templates = await shippedTemplates()

  it('are generated from the templates now in templates/', async () => {
    expect(readFileSync(new URL('../../src/document/precompiled-templates.ts', import.meta.url), 'utf8')).toBe(await generatePrecompiled())
  })

  it('cover every shipped template, with the options it is compiled with', () => {
    for (const each of [templates.locales.ru, templates.locales.kk]) {
      for (const source of [...Object.values(each.documents), ...Object.values(each.partials)]) expect(precompiledOf(source.source, optionsOf(source.path)), source.path).toBeDefined()
    }
    expect(precompiledOf(templates.layout.source, {strict: true})).toBeDefined()
    expect(precompiledOf(templates.index.source, {strict: true})).toBeDefined()
  })

  it('are not used for a template whose text differs by a character', () => {
    const source = Object.values(templates.locales.ru.partials)[0]?.source ?? ''
    expect(precompiledOf(`${source} `, {strict: true, noEscape: true})).toBeUndefined()
    expect(precompiledOf(source, {strict: true})).toBeUndefined()
  })

  it('render every document exactly as the same templates compiled at run time', () => {
    for (const id of ['acme', 'mfo-credit', 'quiet-service']) {
      const organization = fixtureOrganization(id)
      const ahead = renderMarkdownDocuments(organization, templates).map((document) => document.markdown)
      const now = renderMarkdownDocuments(organization, compiledAtRunTime(templates)).map((document) => document.markdown)
      expect(ahead.length).toBeGreaterThan(0)
      expect(now).toEqual(ahead)
    }
  })
})
