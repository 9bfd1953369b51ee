import {createHash} from 'node:crypto'
import {createRequire} from 'node:module'
import type Handlebars from 'handlebars'
import {precompiledTemplates} from './precompiled-templates.js'

/** How policygen compiles a template: Markdown templates leave their text unescaped, page templates escape HTML. */
export type CompileOptions = {strict: true; noEscape?: true}

/**
 * The key of a template's precompiled form: its text, the options it is compiled with and the
 * Handlebars that compiles it, so that a company's own copy of a shipped template, word for word,
 * finds it too, and any edit (or another Handlebars) does not.
 */
export function precompiledKey(source: string, options: CompileOptions): string {
  return createHash('sha256').update(`handlebars@${handlebarsVersion()}\u0000${JSON.stringify(options)}\u0000`).update(source).digest('hex').slice(0, 32)
}

const require = createRequire(import.meta.url)
let version: string | undefined

/** The installed Handlebars' version: code it compiled ahead serves only the same Handlebars. */
function handlebarsVersion(): string {
  version ??= (require('handlebars/package.json') as {version: string}).version
  return version
}

/** A partial a template includes by its name (`{{> cookie-policy/consent}}`), and where. */
export interface Inclusion {
  name: string
  line: number
  column: number
}

/** A shipped template as `npm run compile-templates` made it ahead: its compiled code, and the partials it includes. */
export interface PrecompiledTemplate {
  spec: unknown
  inclusions: Inclusion[]
}

/** The precompiled form of `source` compiled with `options`, when the shipped templates have it. */
export function precompiledOf(source: string, options: CompileOptions): PrecompiledTemplate | undefined {
  return precompiledTemplates[precompiledKey(source, options)] as PrecompiledTemplate | undefined
}

/**
 * Compile `source` in `env`: from its precompiled form when the shipped templates have it (made by
 * `npm run compile-templates` with the same environment and options, so it is the same code Handlebars
 * would make; compiling the shipped templates took a quarter of a second of each process's first
 * documents), else compiled here.
 */
export function compileTemplate<T = unknown>(env: typeof Handlebars, source: string, options: CompileOptions): Handlebars.TemplateDelegate<T> {
  const precompiled = precompiledOf(source, options)
  return precompiled ? env.template<T>(precompiled.spec as Parameters<typeof env.template>[0]) : env.compile<T>(source, options)
}
