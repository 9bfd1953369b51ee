// Regenerates src/facts/types.ts from schema/facts.schema.json.
// Run after every schema change: `npm run types`. A test fails when the file is stale.
import {readFile, writeFile} from 'node:fs/promises'
import {compile} from 'json-schema-to-typescript'

/** Compile the facts schema to the TypeScript source committed in src/facts/types.ts. */
export async function generateFactTypes(schemaText) {
  // Titles are Russian prose for editors; without them the generator names types after keys and $defs.
  const schema = JSON.parse(schemaText, (key, value) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value
    // A $ref's sibling annotations would make the generator declare a new type for every use.
    if (typeof value.$ref === 'string') return {$ref: value.$ref}
    const {$id, ...rest} = value
    if (typeof rest.title === 'string') delete rest.title
    // The generator reads only `else` of an if/then/else; the value is one or the other.
    if (rest.if && rest.then && rest.else) {
      const {if: _if, then, else: otherwise, ...plain} = rest
      return {...plain, anyOf: [then, otherwise]}
    }
    return rest
  })
  return compile(schema, 'Facts', {
    bannerComment: '/* Generated from schema/facts.schema.json by `npm run types`. Do not edit. */',
    additionalProperties: false,
    unreachableDefinitions: true,
    ignoreMinAndMaxItems: true,
    format: true,
    style: {singleQuote: true, semi: false}
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = await readFile(new URL('../schema/facts.schema.json', import.meta.url), 'utf8')
  await writeFile(new URL('../src/facts/types.ts', import.meta.url), await generateFactTypes(text))
}
