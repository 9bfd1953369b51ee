import type Handlebars from 'handlebars'
import {createRequire} from 'node:module'
import type {LocaleTemplates, TemplateSet, TemplateSource} from './templates.js'
import type {Locale} from '../lang/locale.js'

const require = createRequire(import.meta.url)

/** How much of a template `withoutPlace` takes out: the statement at the place, its line, or all of it. */
export type PatchReach = 'statement' | 'line' | 'template'

/**
 * A copy of `templates` without what made a render fail at `file:line:column` (`TemplateError`'s
 * place): the innermost Handlebars statement there (`{{consent.deadline}}`, a whole
 * `{{#each missing}}…{{/each}}`, a `{{> partial}}`), with `reach` `'line'` the whole line, with
 * `'template'` the template's whole text. So that checking the templates can go on past a problem
 * to the next one, and report every problem at once. Undefined when no template has that path, or
 * nothing would change.
 */
export function withoutPlace(templates: TemplateSet, place: {file: string; line: number; column: number}, reach: PatchReach): TemplateSet | undefined {
  const patch = (source: TemplateSource): TemplateSource | undefined => {
    if (source.path !== place.file) return undefined
    const text = reach === 'template' ? '' : cut(source.source, place.line, place.column, reach)
    return text === source.source ? undefined : {path: source.path, source: text}
  }
  let changed = false
  const patched = <T extends TemplateSource>(source: T): T => {
    const result = patch(source)
    if (!result) return source
    changed = true
    return {...source, ...result}
  }
  const entries = <T extends TemplateSource>(record: Readonly<Record<string, T>>) => Object.fromEntries(Object.entries(record).map(([name, source]) => [name, patched(source)]))
  const locales = Object.fromEntries(
    Object.entries(templates.locales).map(([locale, set]: [string, LocaleTemplates]) => [locale, {...set, documents: entries(set.documents), partials: entries(set.partials)}])
  ) as Record<Locale, LocaleTemplates>
  const result: TemplateSet = {...templates, locales, layout: patched(templates.layout), index: patched(templates.index)}
  return changed ? result : undefined
}

/** `text` without the innermost statement at the place (or, failing one, without the place's line). */
function cut(text: string, line: number, column: number, reach: 'statement' | 'line'): string {
  const starts = lineStarts(text)
  const at = (starts[line - 1] ?? text.length) + column - 1
  const statement = reach === 'statement' ? innermostStatement(text, at, starts) : undefined
  if (statement) return text.slice(0, statement.start) + text.slice(statement.end)
  const start = starts[line - 1]
  if (start === undefined) return text
  const end = starts[line] ?? text.length
  return text.slice(0, start) + text.slice(end)
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  return starts
}

/** The offsets of the smallest statement of the template whose source holds `at`; none when it does not parse. */
function innermostStatement(text: string, at: number, starts: readonly number[]): {start: number; end: number} | undefined {
  const module = require('handlebars') as typeof Handlebars
  let program: hbs.AST.Program
  try {
    program = module.parse(text)
  } catch {
    return undefined
  }
  const offset = (position: hbs.AST.Position) => (starts[position.line - 1] ?? text.length) + position.column
  let best: {start: number; end: number} | undefined
  const consider = (node: hbs.AST.Node) => {
    const start = offset(node.loc.start)
    const end = offset(node.loc.end)
    if (start <= at && at < end && (!best || end - start < best.end - best.start)) best = {start, end}
  }
  const visitor = new module.Visitor()
  for (const type of ['MustacheStatement', 'BlockStatement', 'PartialStatement', 'PartialBlockStatement'] as const) {
    const visit = module.Visitor.prototype[type] as (this: InstanceType<typeof module.Visitor>, node: hbs.AST.Node) => void
    visitor[type] = function (this: InstanceType<typeof module.Visitor>, node: hbs.AST.Node) {
      consider(node)
      visit.call(this, node)
    } as never
  }
  visitor.accept(program)
  return best
}
