import type Handlebars from 'handlebars'
import {createRequire} from 'node:module'
import type {Facts} from '../facts/types.js'
import type {LocaleTemplates, TemplateSource} from './templates.js'
import type {Locale} from '../lang/locale.js'
import {cleanClauseBody} from './clause-body.js'
import {strictEnvironment} from './strict-block-params.js'
import {compileTemplate, precompiledOf, type CompileOptions, type Inclusion} from './precompiled.js'
import {deepestLine, maxClauseDepth, type ClausePlaceholder, type DeepestLine} from '../facts/clause-markdown.js'
import {escapeMarkdown, unescapeMarkdown} from './escape.js'
import {documentFactKey, localized, type DocumentKind, type DocumentView} from './resolve.js'

/** A template that could not be rendered, located in the template's source. */
export class TemplateError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly ruleId: 'template-fact-missing' | 'template-error' | 'template-too-deep' | 'template-output-too-deep' | 'template-includes-itself' | 'template-climbs-out' | 'template-partial-missing' | 'template-page-partial',
    readonly detail: string
  ) {
    super(`${file}:${line}:${column}: ${detail}`)
    this.name = 'TemplateError'
  }
}

type Clauses = NonNullable<Facts['customClauses']>
type CustomClause = NonNullable<Clauses['cookiePolicy'] | Clauses['privacyPolicy']>[number]
type TemplateFunction = Handlebars.TemplateDelegate<unknown>

/** Templates of one locale compiled once, ready to render any organization's documents. */
export interface CompiledLocale {
  documents: ReadonlyMap<string, CompiledTemplate>
  partials: ReadonlyMap<string, CompiledTemplate>
}

/** One template compiled, with the line (if any) that nests deeper than a document can be laid out. */
export interface CompiledTemplate {
  source: TemplateSource
  render: TemplateFunction
  tooDeep?: DeepestLine
  /** Where the template includes a partial that leads back to it (`a → b → a`): it would render without end. */
  includesItself?: {line: number; column: number; chain: string[]}
}

const require = createRequire(import.meta.url)

let engine: {module: typeof Handlebars; env: typeof Handlebars} | undefined

/**
 * Handlebars (`module`, for its `Visitor`) and policygen's own environment of it, with its one helper
 * (`env`): loaded when the first template is compiled, so a command that compiles none does without it.
 */
function handlebars(): {module: typeof Handlebars; env: typeof Handlebars} {
  if (!engine) {
    const module = require('handlebars') as typeof Handlebars
    const env = strictEnvironment(module)
    env.registerHelper('item-end', (last: unknown) => (last ? '.' : ';'))
    engine = {module, env}
  }
  return engine
}

/** How a Markdown template is compiled: strict (a missing fact is an error), its text as it is. */
const markdownOptions: CompileOptions = {strict: true, noEscape: true}

/** Compile a locale's document templates and partials in strict mode (a missing fact is an error, not ""). */
export function compileLocale(templates: LocaleTemplates): CompiledLocale {
  const compile = (source: TemplateSource): CompiledTemplate => {
    const deepest = deepestLine(source.source)
    const render = compileTemplate(handlebars().env, source.source, markdownOptions)
    return deepest.markers > maxClauseDepth ? {source, render, tooDeep: deepest} : {source, render}
  }
  const partials = new Map(Object.entries(templates.partials).map(([name, source]) => [name, compile(source)]))
  for (const [name, loop] of partialLoops(partials)) {
    const partial = partials.get(name)
    if (partial) partials.set(name, {...partial, includesItself: loop})
  }
  return {
    documents: new Map(Object.entries(templates.documents).map(([name, source]) => [name, compile(source)])),
    partials
  }
}

/**
 * A template's syntax tree, with Handlebars' `Visitor` to walk it; undefined when it does not parse
 * (rendering says why). For the checks that locate a problem in the template's own text.
 */
export function templateSyntax(source: string): {program: hbs.AST.Program; Visitor: typeof Handlebars.Visitor} | undefined {
  const {env, module} = handlebars()
  try {
    return {program: env.parse(source), Visitor: module.Visitor}
  } catch {
    return undefined
  }
}

/**
 * The lookup of `source` that climbs to an outer level (`../`) and names `part`, with its place:
 * what made a render fail for want of a level above. One that climbs more levels than the
 * `{{#each}}` and `{{#with}}` around it comes first; else the first that names `part` (a partial's
 * levels are its caller's). Undefined when there is none (or the template does not parse).
 */
function climbingLookup(source: string, part: string): {line: number; column: number; expression: string} | undefined {
  return lookupWith(source, (node, around) => (node.depth > 0 && node.parts.includes(part) ? (node.depth > around ? 2 : 1) : 0))
}

/**
 * The lookup of `source` that goes on past a value that is not there (`nope.three` with no `nope`):
 * JavaScript's own `Cannot read properties of undefined (reading 'three')` when the missing value
 * is a helper's argument. Its place, and what is missing (`nope`).
 */
function lookupPast(source: string, part: string): {line: number; column: number; expression: string} | undefined {
  const found = lookupWith(source, (node) => (node.depth === 0 && node.parts.indexOf(part) > 0 ? 1 : 0))
  if (!found) return undefined
  const parts = found.expression.split('.')
  return {...found, expression: parts.slice(0, Math.max(1, parts.indexOf(part))).join('.')}
}

/** The path expression of `source` that `score` rates highest (0: not at all; the first of equals wins), with its place. */
function lookupWith(source: string, score: (node: hbs.AST.PathExpression, around: number) => number): {line: number; column: number; expression: string} | undefined {
  const syntax = templateSyntax(source)
  if (!syntax) return undefined
  const {program, Visitor} = syntax
  let best: {line: number; column: number; expression: string; score: number} | undefined
  let around = 0
  const visitor = new Visitor()
  visitor.PathExpression = (node) => {
    const rated = score(node, around)
    if (rated > (best?.score ?? 0)) best = {line: node.loc.start.line, column: node.loc.start.column + 1, expression: node.original, score: rated}
  }
  visitor.BlockStatement = function (this: InstanceType<typeof Visitor>, node) {
    const helper = node.path.type === 'PathExpression' ? (node.path as hbs.AST.PathExpression).original : ''
    // The block's own arguments are looked up where it stands; its body, a level further in for `each` and `with`.
    this.acceptKey(node, 'path')
    this.acceptArray(node.params)
    this.acceptKey(node, 'hash')
    const inward = helper === 'each' || helper === 'with' ? 1 : 0
    around += inward
    this.acceptKey(node, 'program')
    this.acceptKey(node, 'inverse')
    around -= inward
  }
  visitor.accept(program)
  return best && {line: best.line, column: best.column, expression: best.expression}
}

/**
 * The partials `source` includes by name; none when it does not parse (rendering says why). Those
 * of a shipped template were found ahead (`npm run compile-templates`); `parsed` finds them in its syntax.
 */
export function inclusions(source: string, parsed = false): Inclusion[] {
  const known = parsed ? undefined : precompiledOf(source, markdownOptions)
  if (known) return known.inclusions
  const syntax = templateSyntax(source)
  if (!syntax) return []
  const {program, Visitor} = syntax
  const found: Inclusion[] = []
  const add = (node: hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement) => {
    if (node.name.type === 'PathExpression') found.push({name: (node.name as hbs.AST.PathExpression).original, line: node.loc.start.line, column: node.loc.start.column + 1})
  }
  const visitor = new Visitor()
  visitor.PartialStatement = (node) => add(node)
  visitor.PartialBlockStatement = function (this: InstanceType<typeof Visitor>, node) {
    add(node)
    Visitor.prototype.PartialBlockStatement.call(this, node)
  }
  visitor.accept(program)
  return found
}

/**
 * The partials that lead back to themselves through the partials they include, each with the
 * inclusion that starts the loop and the loop's names. Handlebars would render them until the stack
 * runs out, building strings that took all memory first.
 */
function partialLoops(partials: ReadonlyMap<string, CompiledTemplate>): Map<string, {line: number; column: number; chain: string[]}> {
  const edges = new Map([...partials].map(([name, partial]) => [name, inclusions(partial.source.source).filter((inclusion) => partials.has(inclusion.name))]))
  const loops = new Map<string, {line: number; column: number; chain: string[]}>()
  for (const [start, first] of edges) {
    for (const inclusion of first) {
      const chain = pathBack(inclusion.name, start, edges)
      if (chain) {
        loops.set(start, {line: inclusion.line, column: inclusion.column, chain: [start, ...chain]})
        break
      }
    }
  }
  return loops
}

/** The names from `from` to `to` through the inclusions, breadth first; undefined when none leads there. */
function pathBack(from: string, to: string, edges: ReadonlyMap<string, readonly Inclusion[]>): string[] | undefined {
  const previous = new Map<string, string | undefined>([[from, undefined]])
  const queue = [from]
  for (let index = 0; index < queue.length; index++) {
    const name = queue[index] ?? ''
    if (name === to) {
      const chain: string[] = []
      for (let at: string | undefined = name; at !== undefined; at = previous.get(at)) chain.unshift(at)
      return chain
    }
    for (const next of edges.get(name) ?? []) {
      if (previous.has(next.name)) continue
      previous.set(next.name, name)
      queue.push(next.name)
    }
  }
  return undefined
}

/**
 * Render one document to Markdown: the document template with its section partials, the company's
 * own clauses placed where the facts put them, sections numbered, and blank lines normalized.
 */
export function renderMarkdown(compiled: CompiledLocale, view: DocumentView, facts: Facts, unnumbered: readonly string[]): string {
  const main = compiled.documents.get(view.document)
  if (!main) throw new TypeError(`no template for ${view.document}`)
  const markdown = renderDocument(compiled, main, view, facts, false)
  const leftover = /undefined|\[object Object\]|NaN/.exec(markdown)
  if (leftover) {
    throw new TemplateError(main.source.path, 1, 1, 'template-error', `the output has \`${leftover[0]}\` on line ${lineAt(markdown, leftover.index)} of the rendered ${view.document}`)
  }
  const tidied = tidy(markdown)
  // Nesting the templates' own lines do not show: built up by loops, partials within quotes or terms.
  const tooDeep = tooDeepLine(tidied)
  if (tooDeep !== undefined) {
    // Which partial made it, if one did on its own: rendered again with each partial's text checked
    // (only now, as it costs a second render).
    renderDocument(compiled, main, view, facts, true)
    throw new TemplateError(main.source.path, 1, 1, 'template-output-too-deep', String(tooDeep))
  }
  return numberSections(tidied, unnumbered)
}

/** The document's Markdown as its templates make it; with `checkParts`, refusing the first partial whose own text nests too deeply. */
function renderDocument(compiled: CompiledLocale, main: CompiledTemplate, view: DocumentView, facts: Facts, checkParts: boolean): string {
  const clauses: readonly CustomClause[] = facts.customClauses?.[documentFactKey[view.document]] ?? []
  const partials: Record<string, TemplateFunction> = {}
  const values = placeholderValues(view)
  for (const [name, partial] of compiled.partials) {
    const section = name.startsWith(`${view.document}/`) ? name.slice(view.document.length + 1) : undefined
    const mine = section ? clauses.filter((clause) => clause.section === section) : []
    partials[name] = (context, options) => {
      const standard = renderLocated(partial, () => partial.render(context, options))
      const line = checkParts ? tooDeepLine(standard) : undefined
      if (line !== undefined) throw new TemplateError(partial.source.path, 1, 1, 'template-output-too-deep', String(line))
      return placeClauses(standard, mine, view.locale, values)
    }
  }
  return renderLocated(main, () => main.render(view, {partials}))
}

/** The first line of `text` that nests past what a document can lay out, or undefined. */
function tooDeepLine(text: string): number | undefined {
  const deepest = deepestLine(text)
  if (deepest.markers > maxClauseDepth) return deepest.line
  return [parserBreakingRun, deepIndent].map((pattern) => lineOf(text, pattern)).find((line) => line > 0)
}

/** A run of emphasis markers this long would make the Markdown parser run out of stack (thousands of them did). */
const parserBreakingRun = /[*_~]{200,}/

/** A line indented this far is lists nested by indentation alone, hundreds deep: no policy has one. */
const deepIndent = /^[ \t]{100,}\S/m

/** The line (from 1) where `pattern` first matches in `text`, 0 when it does not. */
function lineOf(text: string, pattern: RegExp): number {
  const match = pattern.exec(text)
  return match ? lineAt(text, match.index) : 0
}

/** The line (from 1) of `text` that holds the character at `offset`. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length
}

/** What each placeholder of a custom clause prints in this document, as plain text. */
function placeholderValues(view: DocumentView): Record<ClausePlaceholder, string> {
  const plain = unescapeMarkdown
  return {
    'org.term': plain(view.org.term),
    'org.Term': plain(view.org.Term),
    'org.shortName': plain(view.org.shortName),
    'org.fullName': plain(view.org.fullName),
    'org.id': plain(view.org.id),
    'org.address': plain(view.org.address),
    'resource.term': plain(view.resource.nom),
    'resource.Term': plain(capitalizeFirst(view.resource.nom))
  }
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1)
}

function placeClauses(standard: string, clauses: readonly CustomClause[], locale: Locale, values: Readonly<Record<ClausePlaceholder, string>>): string {
  if (clauses.length === 0) return standard
  const render = (clause: CustomClause, heading: string) =>
    `\n\n${heading}\n\n${cleanClauseBody(localized(clause.body, locale), values)}\n\n`
  const headingOf = (clause: CustomClause) => `## ${escapeMarkdown(clause.title ? localized(clause.title, locale) : '')}`
  const replacement = clauses.find((clause) => clause.placement === 'replace')
  const standardHeading = /^\s*(## .*)$/m.exec(standard)?.[1] ?? ''
  const body = replacement ? render(replacement, replacement.title ? headingOf(replacement) : standardHeading) : standard
  const before = clauses.filter((clause) => clause.placement === 'before').map((clause) => render(clause, headingOf(clause)))
  const after = clauses.filter((clause) => clause.placement === 'after').map((clause) => render(clause, headingOf(clause)))
  return [...before, body, ...after].join('\n\n')
}

/**
 * Render a compiled template as `located` does, refusing first a template with a line that nests
 * block quotes or lists past `maxClauseDepth`: the Markdown parser would run out of stack on
 * thousands of them, and the PDF could not lay out even a few dozen.
 */
function renderLocated(template: CompiledTemplate, render: () => string): string {
  const deep = template.tooDeep
  if (deep) throw new TemplateError(template.source.path, deep.line, deep.column, 'template-too-deep', String(deep.markers))
  const loop = template.includesItself
  if (loop) throw new TemplateError(template.source.path, loop.line, loop.column, 'template-includes-itself', loop.chain.join(' → '))
  return located(template.source, render)
}

/**
 * Run `render` (a compiled template of `source`) and turn whatever Handlebars throws into a
 * `TemplateError` located in `source`: a value the template asks for that is not there, or a
 * template that does not parse. `kind` says whether `source` is a page template (the layout, the
 * index page), which has no parts to include, or a document's, which has.
 */
export function located(source: TemplateSource, render: () => string, kind: 'document' | 'page' = 'document'): string {
  try {
    return render()
  } catch (error) {
    if (error instanceof TemplateError) throw error
    const exception = error as {message?: string; lineNumber?: number; column?: number}
    const message = exception.message ?? String(error)
    const missing = /^"([^"]+)" not defined in/.exec(message)
    // `{{../x}}` where there is no level above: Handlebars says `"x" not defined in undefined`, or
    // JavaScript's own `Cannot read properties of undefined (reading 'x')`, without a place.
    const reading = /^Cannot read properties of undefined \(reading '([^']+)'\)/.exec(message)?.[1]
    const above = /^"([^"]+)" not defined in undefined/.exec(message)?.[1] ?? reading
    const climb = above === undefined ? undefined : climbingLookup(source.source, above)
    if (climb) throw new TemplateError(source.path, climb.line, climb.column, 'template-climbs-out', climb.expression)
    const past = reading === undefined ? undefined : lookupPast(source.source, reading)
    if (past) throw new TemplateError(source.path, past.line, past.column, 'template-fact-missing', past.expression)
    // `{{> name}}` of a partial there is not: Handlebars names it, but not where.
    const partial = /^The partial (.+) could not be found/.exec(message)?.[1]
    const inclusion = partial === undefined ? undefined : inclusions(source.source).find((candidate) => candidate.name === partial)
    if (inclusion) throw new TemplateError(source.path, inclusion.line, inclusion.column, kind === 'page' ? 'template-page-partial' : 'template-partial-missing', inclusion.name)
    const parseLine = /Parse error on line (\d+)/.exec(message)
    const line = exception.lineNumber ?? (parseLine ? Number(parseLine[1]) : 1)
    const column = (exception.column ?? 0) + 1
    if (missing) throw new TemplateError(source.path, line, column, 'template-fact-missing', missing[1] ?? '?')
    throw new TemplateError(source.path, line, column, 'template-error', message.split('\n')[0] ?? message)
  }
}

function tidy(markdown: string): string {
  return `${withoutTrailingBlanks(markdown)
    // A fact that ends with its own full stop («г. Алматы.») before the template's: one stop, not «г..».
    .replace(/(?<![.\\])\.\.(?=\s|$)/g, '.')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`
}

/**
 * Each line without the spaces and tabs that end it. A plain scan from each line's end: the regular
 * expression `/[ \t]+$/gm` tried every space of a long run in turn, and a template line of 40,000
 * spaces took seconds.
 */
function withoutTrailingBlanks(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let end = line.length
      while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--
      return end === line.length ? line : line.slice(0, end)
    })
    .join('\n')
}

function numberSections(markdown: string, unnumbered: readonly string[]): string {
  let count = 0
  return markdown.replace(/^## (.+)$/gm, (line, title: string) => (unnumbered.includes(title) ? line : `## ${++count}. ${title}`))
}

/** Which documents the facts publish, in a stable order. */
export function publishedDocuments(facts: Facts): DocumentKind[] {
  return (['cookie-policy', 'privacy-policy'] as const).filter((kind) => facts.documents[documentFactKey[kind]] !== undefined)
}
