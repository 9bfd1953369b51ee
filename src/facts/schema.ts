import {createRequire} from 'node:module'

/** A node of a JSON Schema, as far as policygen reads one. */
export interface SchemaNode {
  $ref?: string
  type?: string
  enum?: readonly unknown[]
  const?: unknown
  examples?: readonly unknown[]
  properties?: Readonly<Record<string, SchemaNode>>
  items?: SchemaNode
  $defs?: Readonly<Record<string, SchemaNode>>
  description?: string
  title?: string
}

const require = createRequire(import.meta.url)

/** The facts schema, `schema/facts.schema.json`: the single source of truth for the facts. */
export const factsSchema = require('../../schema/facts.schema.json') as SchemaNode & Record<string, unknown>

/** Follow a local `$ref` (`#/$defs/name`) to the node it names. */
export function resolveRef(node: SchemaNode): SchemaNode {
  if (!node.$ref?.startsWith('#/$defs/')) return node
  const target = factsSchema.$defs?.[node.$ref.slice('#/$defs/'.length)]
  return target ? {...target, ...withoutRef(node)} : node
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
