import type {PathSegment} from '../locate.js'
import type {MessageLanguage, MessageParams} from '../messages.js'
import type {Severity} from '../problem.js'
import {formatFactPath} from '../problem.js'
import {factsSchema, resolveRef, type SchemaNode} from '../schema.js'
import {closestKey} from '../suggest.js'
import type {Facts} from '../types.js'

/** What a rule found: where in the facts, and the values its message is filled with. */
export interface Finding {
  path: PathSegment[]
  /** Point at the key or at its value (default: the value). */
  at?: 'key' | 'value'
  /** Point at these characters inside the value, where the source writes them as they are (optional). */
  text?: string
  params?: MessageParams
}

/**
 * A rule the facts are checked against beyond the schema: one file per rule, found by its id.
 * `check` runs on facts of the schema's shape and returns what it found; the message says it in
 * plain words, in every message language, and ends with the article of the Law where there is one.
 */
export interface Rule {
  /** Stable identifier, also the file name, e.g. `undeclared-transfer`. */
  id: string
  /** An error stops the build; a warning is printed and the build goes on. */
  severity: Severity
  /** The article of Law No. 94-V the rule rests on, where there is one (e.g. `Art. 16`). */
  article?: string
  /**
   * One sentence on what the rule checks, for lists of rules, in every message language: `en` for
   * the docs and tools, `ru` and `kk` for `policygen rules --lang ru|kk` (Kazakh in the terms of Law No. 94-V).
   */
  summary: Readonly<Record<MessageLanguage, string>>
  check: (facts: Facts) => Finding[]
  /**
   * For a rule that looks at every fact of a kind (every text, every term), whose findings each rest
   * on the fact at their path alone: the other facts they rest on (`locales`), by path (optional). On
   * a file the schema refuses, such a rule is silent only when one of these is refused (and a finding
   * at a refused fact is left out); any other rule is silent when it read a refused fact at all.
   */
  walksFacts?: readonly string[]
  message: Readonly<Record<MessageLanguage, (params: MessageParams) => string>>
}

/** Declare a rule; a function only so that each rule file reads as one typed value. */
export function defineRule(rule: Rule): Rule {
  return rule
}

/** Every list of ids in the facts, with the path of the list and the name of its id field. */
export function idLists(facts: Facts): Array<{values: string[]; path: PathSegment[]; field: string}> {
  const lists: Array<{values: string[]; path: PathSegment[]; field: string}> = []
  lists.push({values: (facts.cookieCategories ?? []).map((category) => category.id), path: ['cookieCategories'], field: 'id'})
  for (const documentKey of ['cookiePolicy', 'privacyPolicy'] as const) {
    const document = facts.documents[documentKey]
    if (document) lists.push({values: document.versions.map((version) => version.version), path: ['documents', documentKey, 'versions'], field: 'version'})
  }
  lists.push({values: (facts.thirdParties ?? []).map((party) => party.id), path: ['thirdParties'], field: 'id'})
  if (facts.personalData) lists.push({values: facts.personalData.categories.map((category) => category.id), path: ['personalData', 'categories'], field: 'id'})
  for (const documentKey of ['cookiePolicy', 'privacyPolicy'] as const) {
    const clauses = facts.customClauses?.[documentKey]
    if (clauses) lists.push({values: clauses.map((clause) => clause.id), path: ['customClauses', documentKey], field: 'id'})
  }
  return lists
}

/** A finding of `unknown-reference`: `actual` is not among the ids of `list`. */
export function referenceFinding(path: PathSegment[], actual: string, list: string, allowed: readonly string[]): Finding {
  // A company's own ids are few: a looser match (`health` → `health-data`) is still the one meant.
  return {path, params: {actual, list, suggestion: closestKey(actual, allowed), allowed: allowed.map((id) => `\`${id}\``).join(', ') || '—'}}
}

/** `cookies[2]`-style path of a list, for messages. */
export const listName = formatFactPath

type Visitor = (value: unknown, schema: SchemaNode, path: PathSegment[]) => void

/** A value of the facts, the part of the schema that describes it, and where it is. */
interface SchemaEntry {
  value: unknown
  schema: SchemaNode
  path: PathSegment[]
}

/**
 * The facts' values with their schema, in the order of a walk, per facts object: several rules
 * walk the same facts, and the walk (a path and a schema lookup for every value) is made once.
 * The facts are not changed after validation, and the entries go with the facts.
 */
const walks = new WeakMap<object, readonly SchemaEntry[]>()

/** Visit every value of the facts together with the part of the schema that describes it. */
export function walkWithSchema(value: unknown, visitor: Visitor, schema: SchemaNode = factsSchema, path: PathSegment[] = []): void {
  if (schema !== factsSchema || path.length > 0 || typeof value !== 'object' || value === null) {
    walkInto(value, schema, path, (entry) => visitor(entry.value, entry.schema, entry.path))
    return
  }
  let entries = walks.get(value)
  if (!entries) {
    const made: SchemaEntry[] = []
    walkInto(value, schema, path, (entry) => made.push(entry))
    walks.set(value, made)
    entries = made
  }
  for (const entry of entries) visitor(entry.value, entry.schema, entry.path)
}

function walkInto(value: unknown, schema: SchemaNode, path: PathSegment[], visit: (entry: SchemaEntry) => void): void {
  visit({value, schema, path})
  const resolved = resolveRef(schema)
  const branch = conditionalBranch(resolved, value)
  if (branch) walkInto(value, branch, path, visit)
  else if (Array.isArray(value) && resolved.items) {
    const items = resolved.items
    value.forEach((item, index) => walkInto(item, items, [...path, index], visit))
  } else if (typeof value === 'object' && value !== null && resolved.properties) {
    for (const [key, child] of Object.entries(value)) {
      const childSchema = resolved.properties[key]
      if (childSchema) walkInto(child, childSchema, [...path, key], visit)
    }
  }
}

/** The branch of an if/then/else that describes `value`: `then` when it has the type `if` names, else `else`. */
function conditionalBranch(schema: SchemaNode, value: unknown): SchemaNode | undefined {
  if (!schema.if) return undefined
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value
  return schema.if.type === type ? schema.then : schema.else
}

/** Schema references of the texts that must be given in every published language. */
export const localizedRefs = new Set(['#/$defs/localizedText', '#/$defs/localizedLine', '#/$defs/localizedBody', '#/$defs/localizedUrl'])

/** Every text in `value` (the facts, or a part of them) with its path, in the order of the file. */
export function textsOf(value: unknown, path: PathSegment[] = [], out: Array<{text: string; path: PathSegment[]}> = []): Array<{text: string; path: PathSegment[]}> {
  if (typeof value === 'string') out.push({text: value, path})
  else if (Array.isArray(value)) value.forEach((item, index) => textsOf(item, [...path, index], out))
  else if (typeof value === 'object' && value !== null) for (const [key, child] of Object.entries(value)) textsOf(child, [...path, key], out)
  return out
}
