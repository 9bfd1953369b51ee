import {mkdtemp, cp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {buildSite} from '../../src/site/stream.js'
import {loadTemplates} from '../../src/document/templates.js'
import {TemplateError} from '../../src/document/markdown.js'
import {templateProblem} from '../../src/document/template-problems.js'
import {fixtureOrganization} from '../helpers/fixture-organizations.js'
import {root} from '../helpers/templates.js'

describe('strict templates', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'policygen-templates-'))
  afterAll(() => rm(folder, {recursive: true, force: true}))
  await cp(path.join(root, 'templates'), folder, {recursive: true})
  const organizations = [fixtureOrganization('acme')]

  async function renderWith(partial: string, change: (source: string) => string): Promise<unknown> {
    const file = path.join(folder, 'ru', 'partials', partial)
    const original = await readFile(file, 'utf8')
    await writeFile(file, change(original))
    try {
      await buildSite(organizations, await loadTemplates(folder, (name) => path.relative(folder, name)))
      return undefined
    } catch (error) {
      return error
    } finally {
      await writeFile(file, original)
    }
  }

  it('fails on a fact the view does not have, naming the template and the fact', async () => {
    const error = await renderWith('cookie-policy/consent.md.hbs', (source) => `${source}\n\nСрок: {{consent.deadline}}.\n`)
    expect(error).toBeInstanceOf(TemplateError)
    const located = error as TemplateError
    expect(located.file).toBe(path.join('ru', 'partials', 'cookie-policy', 'consent.md.hbs'))
    expect(located.ruleId).toBe('template-fact-missing')
    expect(located.detail).toBe('deadline')
    const lines = (await readFile(path.join(root, 'templates/ru/partials/cookie-policy/consent.md.hbs'), 'utf8')).split('\n').length
    expect(located.line).toBe(lines + 2)
    // The column of the fact itself, just after `{{`.
    expect(located.column).toBe(9)
  })

  it('is as strict with a block parameter (`as |category|`) as with a fact, and as free with a helper\'s argument', async () => {
    const lines = (await readFile(path.join(root, 'templates/ru/partials/cookie-policy/consent.md.hbs'), 'utf8')).split('\n').length
    // Before, the misspelt `category.nmae` printed nothing, and the build went on.
    const loop = '{{#each cookies.categories as |category|}}- {{category.nmae}}\n{{/each}}'
    const error = await renderWith('cookie-policy/consent.md.hbs', (source) => `${source}\n\n${loop}\n`)
    expect(error).toBeInstanceOf(TemplateError)
    const located = error as TemplateError
    expect([located.file, located.line, located.column, located.ruleId, located.detail]).toEqual([path.join('ru', 'partials', 'cookie-policy', 'consent.md.hbs'), lines + 2, 47, 'template-fact-missing', 'nmae'])
    // Nested loops: the inner parameter, and the outer one from inside.
    for (const inside of ['cookie.nope', 'category.nope']) {
      const nested = `{{#each cookies.categories as |category|}}{{#each category.table as |cookie|}}{{${inside}}}{{/each}}{{/each}}`
      expect(((await renderWith('cookie-policy/consent.md.hbs', (source) => `${source}\n\n${nested}\n`)) as TemplateError).detail).toBe('nope')
    }
    // A property of a text: missing, at its place (before: JavaScript's "Cannot use 'in' operator" at 1:1); its length is there.
    const text = await renderWith('cookie-policy/consent.md.hbs', (source) => `${source}\n\n{{#each cookies.categories as |category|}}{{category.name.length}} {{category.name.nom}}{{/each}}\n`)
    expect([(text as TemplateError).ruleId, (text as TemplateError).detail, (text as TemplateError).line, (text as TemplateError).column]).toEqual(['template-fact-missing', 'nom', lines + 2, 70])
    expect(((await renderWith('cookie-policy/consent.md.hbs', (source) => `${source}\n\n{{resource.nom.first}}\n`)) as TemplateError).detail).toBe('first')
    // A helper's argument may be missing (`{{#if}}` takes its other branch), and the parameter itself is always there.
    const free = '{{#each cookies.categories as |category index|}}{{#if category.nope}}x{{/if}}{{index}}{{/each}}'
    expect(await renderWith('cookie-policy/consent.md.hbs', (source) => `${source}\n\n${free}\n`)).toBeUndefined()
  })

  it('fails on a template syntax error, with its line', async () => {
    const error = await renderWith('cookie-policy/changes.md.hbs', (source) => `{{#if changes.review}}\n${source}`)
    expect(error).toBeInstanceOf(TemplateError)
    expect((error as TemplateError).ruleId).toBe('template-error')
    expect((error as TemplateError).file).toBe(path.join('ru', 'partials', 'cookie-policy', 'changes.md.hbs'))
  })

  it('refuses a line nesting quotes past the limit, at that line, before the Markdown parser runs out of stack', async () => {
    const lines = (await readFile(path.join(root, 'templates/ru/partials/cookie-policy/changes.md.hbs'), 'utf8')).split('\n').length
    const error = await renderWith('cookie-policy/changes.md.hbs', (source) => `${source}\n  ${'> '.repeat(3000)}глубоко\n`)
    expect(error).toBeInstanceOf(TemplateError)
    const located = error as TemplateError
    expect([located.file, located.line, located.column, located.ruleId, located.detail]).toEqual([path.join('ru', 'partials', 'cookie-policy', 'changes.md.hbs'), lines + 1, 3, 'template-too-deep', '3000'])
    expect(templateProblem(located, 'ru').message).toBe(
      'В этой строке 3000 цитат или списков вложены друг в друга; в документе допускается не больше 16 уровней вложенности, иначе его нельзя сверстать. Уберите лишние знаки `>` или маркеры списка.'
    )
  })

  it('lets a line nest quotes and lists up to the limit', async () => {
    expect(await renderWith('cookie-policy/changes.md.hbs', (source) => `${source}\n${'> '.repeat(8)}${'- '.repeat(8)}глубоко\n`)).toBeUndefined()
    const error = await renderWith('cookie-policy/changes.md.hbs', (source) => `${source}\n${'> '.repeat(8)}${'- '.repeat(9)}глубоко\n`)
    expect((error as TemplateError).detail).toBe('17')
    // With Windows line ends too: a bare marker before the CR counts.
    const crlf = await renderWith('cookie-policy/changes.md.hbs', (source) => `${source}\r\n${'> '.repeat(16)}-\r\n`)
    expect((crlf as TemplateError).detail).toBe('17')
  })

  it('refuses nesting the template lines do not show, built up by a loop, at the document it makes', async () => {
    const loop = (depth: number) => `${'{{#each @root.cookies.categories}}'.repeat(depth)}>${'{{/each}}'.repeat(depth)} x`
    const error = await renderWith('cookie-policy/changes.md.hbs', (source) => `${source}\n\n${loop(8)}\n`)
    expect(error).toBeInstanceOf(TemplateError)
    const located = error as TemplateError
    // The partial whose own text is too deep is named, at the line of the text it made.
    expect([located.file, located.line, located.column, located.ruleId]).toEqual([path.join('ru', 'partials', 'cookie-policy', 'changes.md.hbs'), 1, 1, 'template-output-too-deep'])
    const lines = (await readFile(path.join(root, 'templates/ru/partials/cookie-policy/changes.md.hbs'), 'utf8')).trimEnd().split('\n').length
    expect(Number(located.detail)).toBeGreaterThan(lines)
    expect(templateProblem(located, 'en').message).toMatch(/^The text this template makes opens, on its line \d+, more than 16 block quotes or lists one inside another/)
  })

  it('names the document\'s template when the nesting is built up across partials, none too deep alone', async () => {
    // changes is included in a quote 16 deep and itself opens a quote: 17 levels in the document.
    const main = path.join(folder, 'ru', 'cookie-policy.md.hbs')
    const original = await readFile(main, 'utf8')
    await writeFile(main, original.replace(/^\{\{> cookie-policy\/changes\}\}$/m, `${'> '.repeat(16)}{{> cookie-policy/changes}}`))
    try {
      expect(await readFile(main, 'utf8')).not.toBe(original)
      const error = await renderWith('cookie-policy/changes.md.hbs', (source) => `> ${source.trim().split('\n')[0]}`)
      expect([(error as TemplateError).file, (error as TemplateError).ruleId]).toEqual([path.join('ru', 'cookie-policy.md.hbs'), 'template-output-too-deep'])
    } finally {
      await writeFile(main, original)
    }
  })

  it('refuses hundreds of emphasis markers in a row, and lists nested hundreds deep by indentation alone', async () => {
    const stars = await renderWith('cookie-policy/changes.md.hbs', (source) => `${source}\n\n${'*'.repeat(5000)}x${'*'.repeat(5000)}\n`)
    expect((stars as TemplateError).ruleId).toBe('template-output-too-deep')
    const indented = Array.from({length: 300}, (_, level) => `${'  '.repeat(level)}- level ${level}`).join('\n')
    const lists = await renderWith('cookie-policy/changes.md.hbs', (source) => `${source}\n\n${indented}\n`)
    expect((lists as TemplateError).ruleId).toBe('template-output-too-deep')
  })

  it('refuses a partial that includes itself, through others too, at the inclusion that leads back', async () => {
    const direct = await renderWith('cookie-policy/changes.md.hbs', (source) => `${source}\n\n> {{> cookie-policy/changes}}\n`)
    expect(direct).toBeInstanceOf(TemplateError)
    const located = direct as TemplateError
    const lines = (await readFile(path.join(root, 'templates/ru/partials/cookie-policy/changes.md.hbs'), 'utf8')).split('\n').length
    expect([located.file, located.line, located.column, located.ruleId, located.detail]).toEqual([path.join('ru', 'partials', 'cookie-policy', 'changes.md.hbs'), lines + 2, 3, 'template-includes-itself', 'cookie-policy/changes → cookie-policy/changes'])
    expect(templateProblem(located, 'ru').message).toBe('Эта часть шаблона включает саму себя (cookie-policy/changes → cookie-policy/changes) и повторялась бы без конца. Уберите включение, которое ведёт обратно.')
    // Through another partial: contact includes changes, which includes contact again.
    const contact = path.join(folder, 'ru', 'partials', 'common', 'contact.md.hbs')
    const original = await readFile(contact, 'utf8')
    await writeFile(contact, `${original}\n{{#if false}}{{> cookie-policy/changes}}{{/if}}\n`)
    try {
      const through = await renderWith('cookie-policy/changes.md.hbs', (source) => `${source}\n\n{{#if false}}{{> common/contact}}{{/if}}\n`)
      expect((through as TemplateError).ruleId).toBe('template-includes-itself')
      expect((through as TemplateError).detail).toMatch(/^(cookie-policy\/changes → common\/contact → cookie-policy\/changes|common\/contact → cookie-policy\/changes → common\/contact)$/)
    } finally {
      await writeFile(contact, original)
    }
  })

  it('says in plain words, at the place, that a `../` lookup climbs past the outermost level', async () => {
    const lines = (await readFile(path.join(root, 'templates/ru/partials/cookie-policy/changes.md.hbs'), 'utf8')).split('\n').length
    // JavaScript's own TypeError, without a place, before: "Cannot read properties of undefined (reading 'org')".
    for (const expression of ['../org.shortName', '../../org']) {
      const error = await renderWith('cookie-policy/changes.md.hbs', (source) => `${source}\n\nКомпания: {{${expression}}}.\n`)
      expect(error).toBeInstanceOf(TemplateError)
      const located = error as TemplateError
      expect([located.file, located.line, located.column, located.ruleId, located.detail]).toEqual([path.join('ru', 'partials', 'cookie-policy', 'changes.md.hbs'), lines + 2, 13, 'template-climbs-out', expression])
      expect(templateProblem(located, 'kk').message).toBe(
        `\`${expression}\` фактіні сыртқы деңгейден іздейді (әрбір \`../\` — айналасындағы \`{{#each}}\` не \`{{#with}}\` ішінен бір деңгей сыртқа шығу), бірақ бұл жерде айналасында сонша деңгей жоқ. Артық \`../\` белгілерін алып тастаңыз немесе өрнекті ол жататын \`{{#each}}\` не \`{{#with}}\` ішіне көшіріңіз.`
      )
    }
    // Inside one loop, `../../` climbs past the outermost level too; the message counts no levels it does not know.
    const twice = await renderWith('cookie-policy/changes.md.hbs', (source) => `${source}\n\n{{#each cookies.categories}}{{../../org}}{{/each}}\n`)
    expect([(twice as TemplateError).ruleId, (twice as TemplateError).detail]).toEqual(['template-climbs-out', '../../org'])
    expect(templateProblem(twice as TemplateError, 'en').message).toBe(
      '`../../org` looks for a fact further out (each `../` is one level out of the `{{#each}}` or `{{#with}}` around it), but at this place there are not that many levels around it. Remove the extra `../`, or move the expression inside the `{{#each}}` or `{{#with}}` it belongs to.'
    )
    // Inside a loop, `../` reaches the level around it, as it should.
    expect(await renderWith('cookie-policy/changes.md.hbs', (source) => `${source}\n\n{{#each cookies.categories}}{{../org.shortName}}{{/each}}\n`)).toBeUndefined()
  })

  it('renders the unchanged templates', async () => {
    expect(await renderWith('cookie-policy/changes.md.hbs', (source) => source)).toBeUndefined()
  })
})
