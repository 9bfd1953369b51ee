import type Handlebars from 'handlebars'

/** One instruction of Handlebars' first compiler, as its second one reads them. */
interface Opcode {
  opcode: string
  args: unknown[]
}

/** A path in a template (`cookie.name`), as the first compiler meets it. */
interface PathNode {
  /** Set on the path a mustache prints or calls (`{{cookie.name}}`), not on a helper's arguments. */
  strict?: boolean
}

/** Handlebars' first compiler (template tree to opcodes): what is replaced of it here. */
interface OpcodeCompiler {
  opcodes: Opcode[]
  PathExpression(path: PathNode): void
}

/** Handlebars' second compiler (opcodes to JavaScript): what is replaced of it here. */
interface CodeCompiler {
  useBlockParams: boolean
  push(code: unknown): void
  resolvePath(type: string, parts: string[], startPartIndex: number, falsy: boolean, strict: boolean): void
  aliasable(name: string): unknown
}

/**
 * What the compiled templates call for a strict lookup instead of Handlebars' `container.strict`: the
 * same check, on a text or a number as on the object it stands for. Handlebars' own check
 * (`name in value`) throws JavaScript's "Cannot use 'in' operator" on a text (`{{category.name.nom}}`
 * where `name` is a text), without a place; now the property is found or reported missing, at its place.
 */
const strictOnTexts = '(function (strict) { return function (value, name, loc) { return strict(value == null || typeof value === "object" || typeof value === "function" ? value : Object(value), name, loc) } })(container.strict)'

type Constructor<T> = (new () => T) & {prototype: T & {compiler: unknown}}

/** The two compilers an environment uses, which Handlebars' types do not declare. */
interface CompilingEnvironment {
  Compiler: Constructor<OpcodeCompiler>
  JavaScriptCompiler: Constructor<CodeCompiler>
}

/**
 * Make `env`'s strict mode strict for block parameters too, and able to look into a text. Handlebars checks that `{{cookie.name}}`
 * exists when `cookie` is a fact, but not when it is a block parameter (`{{#each cookies as |cookie|}}`),
 * where a misspelt `{{cookie.nmae}}` rendered as nothing: a document with an empty place and no error.
 * The path a mustache prints is now looked up as strictly in both cases (a helper's argument, such as
 * `{{#if cookie.domain}}`, stays free to be missing, as it is for facts), and the error is the one a
 * missing fact gives, at its place.
 */
export function strictBlockParams(env: typeof Handlebars): void {
  const compiling = env as unknown as CompilingEnvironment
  const Opcodes = compiling.Compiler
  const Code = compiling.JavaScriptCompiler

  // Handlebars' own classes are prototype-based; each child program is compiled by `new this.compiler()`.
  function StrictOpcodes(this: OpcodeCompiler) {
    Opcodes.call(this)
  }
  StrictOpcodes.prototype = Object.create(Opcodes.prototype) as OpcodeCompiler & {compiler: unknown}
  StrictOpcodes.prototype.compiler = StrictOpcodes
  StrictOpcodes.prototype.PathExpression = function (this: OpcodeCompiler, path: PathNode) {
    Opcodes.prototype.PathExpression.call(this, path)
    const last = this.opcodes[this.opcodes.length - 1]
    // The block parameter's lookup learns what a fact's lookup is told: whether the path must exist.
    if (last?.opcode === 'lookupBlockParam') last.args.push(path.strict === true)
  }

  function StrictCode(this: CodeCompiler) {
    Code.call(this)
  }
  StrictCode.prototype = Object.create(Code.prototype) as CodeCompiler & {compiler: unknown}
  StrictCode.prototype.compiler = StrictCode
  ;(StrictCode.prototype as unknown as {lookupBlockParam: unknown}).lookupBlockParam = function (this: CodeCompiler, id: [number, number], parts: string[], strict = false) {
    this.useBlockParams = true
    this.push(['blockParams[', id[0], '][', id[1], ']'])
    // `{{cookie}}` alone is the parameter itself, always there: only a property of it is checked.
    this.resolvePath('context', parts, 1, false, strict && parts.length > 1)
  }

  ;(StrictCode.prototype as unknown as {aliasable: unknown}).aliasable = function (this: CodeCompiler, name: string) {
    return Code.prototype.aliasable.call(this, name === 'container.strict' ? strictOnTexts : name)
  }

  compiling.Compiler = StrictOpcodes as unknown as Constructor<OpcodeCompiler>
  compiling.JavaScriptCompiler = StrictCode as unknown as Constructor<CodeCompiler>
}

/** A Handlebars environment of its own, its strict mode strict for block parameters too (`strictBlockParams`). */
export function strictEnvironment(module: typeof Handlebars): typeof Handlebars {
  const env = module.create()
  strictBlockParams(env)
  return env
}
