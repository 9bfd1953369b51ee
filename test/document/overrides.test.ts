import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {applyOverrides, TemplateOverrideError} from '../../src/document/overrides.js'
import {loadTemplates, type TemplateSet} from '../../src/document/templates.js'

describe('applyOverrides', () => {
  let base: TemplateSet
  let dir: string
  beforeAll(async () => {
    base = await loadTemplates()
  })
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'policygen-overrides-'))
  })
  afterEach(() => rm(dir, {recursive: true, force: true}))

  async function put(file: string, text: string) {
    await mkdir(path.dirname(path.join(dir, file)), {recursive: true})
    await writeFile(path.join(dir, file), text)
  }
  async function problems(): Promise<readonly string[]> {
    const error = await applyOverrides(base, dir, (file) => path.relative(dir, file) || '.').then(
      () => undefined,
      (caught: unknown) => caught
    )
    expect(error).toBeInstanceOf(TemplateOverrideError)
    return (error as TemplateOverrideError).problems
  }

  it('replaces a section, single terms and the stylesheet, in both languages, and names the files in force', async () => {
    await put('ru/partials/cookie-policy/what-are-cookies.md.hbs', '## Что такое cookie\n\nСвоими словами.\n')
    await put('kk/partials/cookie-policy/what-are-cookies.md.hbs', '## Cookie деген не\n\nӨз сөзімізбен.\n')
    await put('ru/terms.yaml', 'ui: {contents: Оглавление}\n')
    await put('kk/terms.yaml', 'ui: {contents: Мазмұны}\n')
    await put('style.css', 'body {font-family: serif}\n')
    await put('.DS_Store', 'ignored')
    const {templates, overrides} = await applyOverrides(base, dir, (file) => path.relative(dir, file))
    expect(overrides).toEqual(['kk/partials/cookie-policy/what-are-cookies.md.hbs', 'kk/terms.yaml', 'ru/partials/cookie-policy/what-are-cookies.md.hbs', 'ru/terms.yaml', 'style.css'])
    expect(templates.locales.ru.partials['cookie-policy/what-are-cookies']).toEqual({path: 'ru/partials/cookie-policy/what-are-cookies.md.hbs', source: '## Что такое cookie\n\nСвоими словами.\n'})
    expect(templates.locales.ru.terms.ui?.contents).toBe('Оглавление')
    expect(templates.locales.ru.terms.ui?.version).toBe(base.locales.ru.terms.ui?.version)
    expect(templates.locales.kk.partials['cookie-policy/introduction']).toBe(base.locales.kk.partials['cookie-policy/introduction'])
    expect(templates.stylesheet).toBe('body {font-family: serif}\n')
    expect(base.locales.ru.terms.ui?.contents).toBe('Содержание')
  })

  it('refuses an override in one language only', async () => {
    await put('ru/partials/cookie-policy/what-are-cookies.md.hbs', 'Своими словами.\n')
    await put('kk/terms.yaml', 'ui: {contents: Мазмұны}\n')
    expect(await problems()).toEqual([
      'ru: the section partials/cookie-policy/what-are-cookies.md.hbs is overridden in ru but not in kk; both languages must say the same, so give the kk wording in kk too.',
      'kk: the term ui.contents is overridden in kk but not in ru; both languages must say the same, so give the ru wording in ru too.'
    ])
  })

  it('refuses what replaces nothing: an unknown section, file, term group, key or form', async () => {
    await put('ru/partials/cookie-policy/what-are-cookie.md.hbs', 'x')
    await put('kk/partials/cookie-policy/what-are-cookie.md.hbs', 'x')
    await put('en/terms.yaml', 'ui: {}\n')
    await put('ru/terms.yaml', 'ui: {contentz: X}\nlegalForm: {llp: ТОО}\nwords: {a: b}\n')
    await put('kk/terms.yaml', '')
    const found = await problems()
    expect(found).toContain('en/terms.yaml: policygen does not know this template. The folder mirrors templates/: ru/, kk/, layout.html.hbs, index.html.hbs, style.css and policygen.css.')
    expect(found).toContain('ru/terms.yaml: `ui.contentz` is not a term policygen has; the keys of `ui` are in templates/*/terms.yaml.')
    expect(found).toContain('ru/terms.yaml: `legalForm.llp` must give every form the built-in wording has: `full`, `short`.')
    expect(found.some((problem) => problem.startsWith('ru/terms.yaml: `words` is not a group of terms; the groups are `documents`, `ui`'))).toBe(true)
    expect(found.some((problem) => problem.startsWith('ru/partials/cookie-policy/what-are-cookie.md.hbs: there is no section `cookie-policy/what-are-cookie` to replace'))).toBe(true)
  })

  it('says plainly when the folder is missing', async () => {
    await rm(dir, {recursive: true})
    expect(await problems()).toEqual(['.: the templates folder does not exist. Create it, or remove `templates` from policygen.config.yaml.'])
  })
})
