import type {LocaleTemplates, TemplateSet, TemplateSource} from './templates.js'
import type {Locale} from '../lang/locale.js'
import {templateSyntax} from './markdown.js'

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

/**
 * `text` without the innermost statement at the place (or, failing one, without the place's line's
 * content). What is taken out becomes a Handlebars comment of the same length, its line breaks
 * kept, so every later problem is reported at its place in the file as it is. A line that nests too
 * deep loses only its leading quote and list markers, so that a block opened further on stays open.
 */
function cut(text: string, line: number, column: number, reach: 'statement' | 'line'): string {
  const starts = lineStarts(text)
  const at = (starts[line - 1] ?? text.length) + column - 1
  const statement = reach === 'statement' ? innermostStatement(text, at, starts) : undefined
  if (statement) return blanked(text, statement.start, statement.end)
  const start = starts[line - 1]
  if (start === undefined) return text
  const end = (starts[line] ?? text.length + 1) - 1
  const markers = /^[ \t]*(?:(?:>|[*+-]|\d{1,9}[.)])[ \t]*)+/.exec(text.slice(start, end))?.[0] ?? ''
  if (markers.trim() !== '') return text.slice(0, start) + ' '.repeat(markers.length).replace(/ {4,}/, ' ') + text.slice(start + markers.length)
  return blanked(text, start, end)
}

/** `text` with `start`…`end` made a comment of the same length (spaces when too short for one), its line breaks kept. */
function blanked(text: string, start: number, end: number): string {
  const inner = text.slice(start, end).replace(/[^\r\n]/g, ' ')
  const filler = inner.length >= 5 && !inner.startsWith('\n') ? `{{!${inner.slice(3, -2)}}}` : inner
  return text.slice(0, start) + filler + text.slice(end)
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  return starts
}

/** The offsets of the smallest statement of the template whose source holds `at`; none when it does not parse. */
function innermostStatement(text: string, at: number, starts: readonly number[]): {start: number; end: number} | undefined {
  const syntax = templateSyntax(text)
  if (!syntax) return undefined
  const {program, Visitor} = syntax
  const offset = (position: hbs.AST.Position) => (starts[position.line - 1] ?? text.length) + position.column
  let best: {start: number; end: number} | undefined
  const consider = (node: hbs.AST.Node) => {
    const start = offset(node.loc.start)
    const end = offset(node.loc.end)
    if (start <= at && at < end && (!best || end - start < best.end - best.start)) best = {start, end}
  }
  const visitor = new Visitor()
  for (const type of ['MustacheStatement', 'BlockStatement', 'PartialStatement', 'PartialBlockStatement'] as const) {
    const visit = Visitor.prototype[type] as (this: InstanceType<typeof Visitor>, node: hbs.AST.Node) => void
    visitor[type] = function (this: InstanceType<typeof Visitor>, node: hbs.AST.Node) {
      consider(node)
      visit.call(this, node)
    } as never
  }
  visitor.accept(program)
  return best
}
