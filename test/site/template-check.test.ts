import {mkdtemp, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import type {TemplateSet} from '../../src/document/templates.js'
import {checkTemplates} from '../../src/site/template-check.js'
import {checkOrganizationTemplates} from '../../src/site/build.js'
import {buildSite} from '../../src/site/stream.js'
import {fixtureOrganization} from '../helpers/fixture-organizations.js'
import {shippedTemplates} from '../helpers/templates.js'

// Count the organizations rendered, the real renderer doing the work.
vi.mock('../../src/site/build.js', async (original) => {
  const actual = await original<typeof import('../../src/site/build.js')>()
  return {...actual, checkOrganizationTemplates: vi.fn(actual.checkOrganizationTemplates)}
})

/** The shipped templates with the Russian section `what-are-cookies` replaced by `source`. */
async function withSection(source: string): Promise<TemplateSet> {
  const shipped = await shippedTemplates()
  const name = 'cookie-policy/what-are-cookies'
  return {...shipped, locales: {...shipped.locales, ru: {...shipped.locales.ru, partials: {...shipped.locales.ru.partials, [name]: {path: 'wording/ru/partials/cookie-policy/what-are-cookies.md.hbs', source}}}}}
}

const organizations = [fixtureOrganization('acme'), fixtureOrganization('acme', 'acme-two'), fixtureOrganization('acme', 'acme-three')]

describe('checkTemplates', () => {
  let cacheDir: string
  beforeEach(async () => {
    cacheDir = await mkdtemp(path.join(tmpdir(), 'policygen-template-check-'))
    vi.mocked(checkOrganizationTemplates).mockClear()
  })
  afterEach(async () => {
    await rm(cacheDir, {recursive: true, force: true})
  })

  it('finds the error a build would meet, located in the template, once for all the organizations that meet it', async () => {
    const templates = await withSection('## Что такое файлы cookie\n\nТекст {{resource.nomm}}.\n')
    const problems = await checkTemplates(organizations, templates, 'en', {contentDir: 'content'})
    expect(problems).toEqual([expect.objectContaining({file: 'wording/ru/partials/cookie-policy/what-are-cookies.md.hbs', line: 3, severity: 'error', ruleId: 'template-fact-missing'})])
    expect(problems[0]?.message).toContain('nomm')
    await expect(buildSite(organizations, templates)).rejects.toMatchObject({file: problems[0]?.file, line: problems[0]?.line, column: problems[0]?.column})
  })

  it('reports every problem of the templates at once, not one per fix, each at its place', async () => {
    const section = [
      '## Что такое файлы cookie', // 1
      '', // 2
      'Текст {{resource.nomm}}.', // 3
      '', // 4
      '{{#each cookies.categories}}- {{nameless}}{{/each}}', // 5
      '', // 6
      'Компания: {{../org.shortName}}.', // 7
      '', // 8
      '{{> cookie-policy/no-such-part}}', // 9
      '',
      '{{#if}}' // 11: does not parse
    ].join('\n')
    // A part that does not parse is one problem, however many lines it has after the mistake.
    const broken = {path: 'wording/ru/partials/cookie-policy/changes.md.hbs', source: '## Изменения\n\n{{#if changes.review}}\nначато, не закрыто\n\nещё\n\nи ещё\n'}
    const shipped = await withSection(section)
    // And one in another template: the layout asks for a footer value that is not there.
    const templates = {
      ...shipped,
      locales: {...shipped.locales, ru: {...shipped.locales.ru, partials: {...shipped.locales.ru.partials, 'cookie-policy/changes': broken}}},
      layout: {path: 'wording/layout.html.hbs', source: shipped.layout.source.replace('{{{fragment}}}', '{{footer.nothing}}{{{fragment}}}')}
    }
    const problems = await checkTemplates(organizations, templates, 'en', {contentDir: 'content'})
    const file = 'wording/ru/partials/cookie-policy/what-are-cookies.md.hbs'
    expect(problems.map((problem) => [problem.file, problem.line, problem.ruleId])).toEqual([
      ['wording/layout.html.hbs', expect.any(Number), 'template-fact-missing'],
      ['wording/ru/partials/cookie-policy/changes.md.hbs', expect.any(Number), 'template-error'],
      [file, 3, 'template-fact-missing'],
      [file, 5, 'template-fact-missing'],
      [file, 7, 'template-climbs-out'],
      [file, 9, 'template-partial-missing'],
      [file, 11, 'template-error']
    ])
    expect(problems[2]?.message).toContain('nomm')
    expect(problems[3]?.message).toContain('nameless')
    expect(problems[5]?.message).toContain('no-such-part')
    // A build still stops at the first, as it must: it writes nothing.
    await expect(buildSite(organizations, templates)).rejects.toMatchObject({ruleId: 'template-error'})
  })

  it('reports each later problem at its place in the file as written, after taking out earlier ones', async () => {
    const check = async (source: string) => (await checkTemplates(organizations, await withSection(source), 'en', {contentDir: 'content'})).map((problem) => `${problem.line}:${problem.column} ${problem.ruleId}`)
    expect(await check('## A\n\nПервое {{nope.one}} и второе {{nope.two}}.\n')).toEqual(['3:10 template-fact-missing', '3:32 template-fact-missing'])
    expect(await check('## A\n\n{{#if ../org}}\nA\nB\n{{/if}}\n\n{{nope.x}}\n')).toEqual(['3:7 template-climbs-out', '8:3 template-fact-missing'])
    // A line that nests too deep loses its markers only: the block it opens stays whole, and parses.
    expect(await check(`## A\n\n${'> '.repeat(18)}{{#if org.brandName}}deep\ntext\n{{/if}}\n\n{{nope.x}}\n`)).toEqual(['3:1 template-too-deep', '7:3 template-fact-missing'])
    // `../` inside a loop is right; the one outside any is the mistake.
    expect(await check('## A\n\n{{#each cookies.categories}}{{../org.shortName}} {{/each}}\n\n{{../org.shortName}}\n')).toEqual(['5:3 template-climbs-out'])
    // A helper's argument past a missing value: the missing value, in plain words, not JavaScript's.
    expect(await check('## A\n\n{{#if nope.three}}x{{/if}}\n\n{{nope.last}}\n')).toEqual(['3:7 template-fact-missing', '5:3 template-fact-missing'])
  })

  it('finds nothing in the shipped templates', async () => {
    expect(await checkTemplates(organizations, await shippedTemplates(), 'en', {contentDir: 'content'})).toEqual([])
    expect(checkOrganizationTemplates).toHaveBeenCalledTimes(3)
  })

  it('renders again only the organizations whose facts or templates changed since they last passed', async () => {
    const options = {contentDir: 'content', cacheDir}
    const good = await withSection('## Что такое файлы cookie\n\nНаш текст.\n')
    expect(await checkTemplates(organizations, good, 'en', options)).toEqual([])
    expect(checkOrganizationTemplates).toHaveBeenCalledTimes(3)
    expect((await readdir(cacheDir)).filter((file) => file.startsWith('templates-checked-'))).toHaveLength(1)

    vi.mocked(checkOrganizationTemplates).mockClear()
    expect(await checkTemplates(organizations, good, 'en', options)).toEqual([])
    expect(checkOrganizationTemplates).not.toHaveBeenCalled()

    // One organization's facts changed: only it is rendered.
    const [first, ...others] = organizations
    const changed = {...(first as (typeof organizations)[number]), facts: {...(first as (typeof organizations)[number]).facts, locales: ['ru' as const]}}
    vi.mocked(checkOrganizationTemplates).mockClear()
    expect(await checkTemplates([changed, ...others], good, 'en', options)).toEqual([])
    expect(checkOrganizationTemplates).toHaveBeenCalledTimes(1)

    // The templates changed: every organization is rendered, and one that fails is not remembered as passed.
    const bad = await withSection('## Что такое файлы cookie\n\n{{resource.nomm}}\n')
    vi.mocked(checkOrganizationTemplates).mockClear()
    expect(await checkTemplates(organizations, bad, 'en', options)).toHaveLength(1)
    // The first organization twice: once to meet the problem, once more without it, to look for the next.
    expect(checkOrganizationTemplates).toHaveBeenCalledTimes(4)
    vi.mocked(checkOrganizationTemplates).mockClear()
    expect(await checkTemplates(organizations, bad, 'en', options)).toHaveLength(1)
    expect(checkOrganizationTemplates).toHaveBeenCalledTimes(4)
  })

  it('gives the layout a document body to ask about, as the build does', async () => {
    const shipped = await shippedTemplates()
    const layout = (test: string) => ({...shipped, layout: {path: 'wording/layout.html.hbs', source: shipped.layout.source.replace('{{{fragment}}}', `{{#${test} fragment}}{{footer.nothing}}{{/${test}}}{{{fragment}}}`)}})
    expect(layout('if').layout.source).toContain('{{#if fragment}}')
    const [first] = organizations
    const asks = await checkTemplates(organizations, layout('if'), 'en', {contentDir: 'content'})
    expect(asks).toEqual([expect.objectContaining({file: 'wording/layout.html.hbs', ruleId: 'template-fact-missing'})])
    await expect(buildSite([first as (typeof organizations)[number]], layout('if'))).rejects.toMatchObject({file: 'wording/layout.html.hbs', line: asks[0]?.line})
    expect(await checkTemplates(organizations, layout('unless'), 'en', {contentDir: 'content'})).toEqual([])
    await expect(buildSite([first as (typeof organizations)[number]], layout('unless'))).resolves.toBeDefined()
  })

  it('finds a misspelt block parameter in the index page, as the build does, where it printed nothing', async () => {
    const shipped = await shippedTemplates()
    const source = shipped.index.source.replace('{{#each groups}}', '{{#each groups as |group|}}{{group.nope}}')
    expect(source).not.toBe(shipped.index.source)
    const index = {...shipped, index: {path: 'wording/index.html.hbs', source}}
    const problems = await checkTemplates(organizations, index, 'en', {contentDir: 'content'})
    expect(problems).toEqual([expect.objectContaining({file: 'wording/index.html.hbs', ruleId: 'template-fact-missing'})])
    expect(problems[0]?.message).toContain('nope')
    const [first] = organizations
    await expect(buildSite([first as (typeof organizations)[number]], index)).rejects.toMatchObject({file: 'wording/index.html.hbs', line: problems[0]?.line})
  })

  it('tells a page template that includes a part that pages have none, at the inclusion', async () => {
    const shipped = await shippedTemplates()
    const layout = {...shipped, layout: {path: 'wording/layout.html.hbs', source: shipped.layout.source.replace('{{{fragment}}}', '{{> footer}}{{{fragment}}}')}}
    const problems = await checkTemplates(organizations, layout, 'ru', {contentDir: 'content'})
    expect(problems.map((problem) => [problem.file, problem.ruleId])).toEqual([['wording/layout.html.hbs', 'template-page-partial']])
    expect(problems[0]?.message).toBe(
      '`{{> footer}}` включает часть шаблона, но шаблоны страниц (`layout.html.hbs`, `index.html.hbs`) не могут включать части шаблонов документов: части из `partials/` предназначены только для шаблонов документов. Напишите текст прямо здесь.'
    )
    const line = shipped.layout.source.slice(0, shipped.layout.source.indexOf('{{{fragment}}}')).split('\n').length
    expect(problems[0]?.line).toBe(line)
  })

  it('says it stopped only when there was more than its limit to report', async () => {
    const section = (count: number) => `## Что такое файлы cookie\n\n${Array.from({length: count}, (_, index) => `Текст {{resource.missing${index}}}.`).join('\n\n')}\n`
    const stopped = vi.fn()
    // Exactly as many problems as the limit: all of them, and nothing left to say.
    const all = await checkTemplates(organizations.slice(0, 1), await withSection(section(100)), 'en', {contentDir: 'content', onStopped: stopped})
    expect(all).toHaveLength(100)
    expect(stopped).not.toHaveBeenCalled()
  })

  it('checks the locales the site publishes, as the build does', async () => {
    const templates = await withSection('{{resource.nomm}}\n')
    expect(await checkTemplates(organizations, templates, 'en', {contentDir: 'content', locales: ['kk']})).toEqual([])
    expect(await checkTemplates(organizations, templates, 'en', {contentDir: 'content', locales: ['ru', 'kk']})).toHaveLength(1)
  })
})
