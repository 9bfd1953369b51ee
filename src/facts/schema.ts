import {createRequire} from 'node:module'

/** A node of a JSON Schema, as far as policygen reads one. */
export interface SchemaNode {
  $ref?: string
  type?: string
  enum?: readonly unknown[]
  const?: unknown
  examples?: readonly unknown[]
  properties?: Readonly<Record<string, SchemaNode>>
  additionalProperties?: SchemaNode | boolean
  items?: SchemaNode
  $defs?: Readonly<Record<string, SchemaNode>>
  description?: string
  title?: string
  /** A value that fits `if` takes the `then` schema, any other the `else` (only `if: {type}` is used). */
  if?: SchemaNode
  then?: SchemaNode
  else?: SchemaNode
}

const require = createRequire(import.meta.url)

/** The facts schema, `schema/facts.schema.json`: the single source of truth for the facts. */
export const factsSchema = require('../../schema/facts.schema.json') as SchemaNode & Record<string, unknown>

/** Each referring node of the schema, resolved: the schema never changes, and rules resolve the same nodes for every file. */
const resolvedRefs = new WeakMap<SchemaNode, SchemaNode>()

/** Follow a local `$ref` (`#/$defs/name`) to the node it names. */
export function resolveRef(node: SchemaNode): SchemaNode {
  if (!node.$ref?.startsWith('#/$defs/')) return node
  const known = resolvedRefs.get(node)
  if (known) return known
  const target = factsSchema.$defs?.[node.$ref.slice('#/$defs/'.length)]
  const resolved = target ? {...target, ...withoutRef(node)} : node
  resolvedRefs.set(node, resolved)
  return resolved
}

/** The schema node describing the fact at `path` (`['cookies', 0, 'name']`), resolved, if the schema has one. */
export function schemaNodeAt(path: ReadonlyArray<string | number>): SchemaNode | undefined {
  let node: SchemaNode | undefined = factsSchema
  for (const segment of path) {
    if (!node) return undefined
    const resolved = resolveRef(node)
    if (typeof segment === 'number') node = resolved.items
    else node = resolved.properties?.[segment] ?? (typeof resolved.additionalProperties === 'object' ? resolved.additionalProperties : undefined)
  }
  return node ? resolveRef(node) : undefined
}

/** The values an enum key may take, by its name in `$defs` (e.g. `cookieCategory`). */
export function enumValues(defName: string): string[] {
  const node = factsSchema.$defs?.[defName] as (SchemaNode & {anyOf?: SchemaNode[]}) | undefined
  // An open vocabulary is `anyOf: [{enum: [...]}, customTerm]`: its fixed keys are the enum.
  const values = node?.enum ?? node?.anyOf?.find((alternative) => alternative.enum)?.enum ?? []
  return values.filter((value): value is string => typeof value === 'string')
}

function withoutRef(node: SchemaNode): SchemaNode {
  const {$ref, ...rest} = node
  void $ref
  return rest
}

const kazakhLetter = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/

/**
 * Split a schema description, written Russian first and then Kazakh, into its two languages: the
 * Kazakh part is the longest run of final sentences that all have Kazakh letters, after a Russian
 * part that has Russian words and less than a third Kazakh-lettered ones (a Russian sentence may
 * quote «АҚ»). A description without a Kazakh part is all Russian.
 */
export function descriptionLanguages(description: string): {ru: string; kk?: string} {
  const sentences = description.trim().split(/(?<=[.!?…])\s+/)
  for (let at = 1; at < sentences.length; at++) {
    const russian = sentences.slice(0, at).join(' ')
    const words = russian.match(/[\p{Script=Cyrillic}]+/gu) ?? []
    const kazakhWords = words.filter((word) => kazakhLetter.test(word)).length
    const kazakh = sentences.slice(at)
    if (words.length > 0 && kazakhWords / words.length < 1 / 3 && kazakh.every((sentence) => kazakhLetter.test(sentence))) return {ru: russian, kk: kazakh.join(' ')}
  }
  return {ru: description.trim()}
}
