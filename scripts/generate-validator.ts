// Regenerates src/facts/schema-validator.ts, the facts schema compiled ahead of time by ajv's standalone
// code, so that no command spends a third of a second compiling the 250 KB schema when it starts.
// Run after every schema change: `npm run validator` (`npm run types` runs it too). A test fails when the file is stale.
import {writeFile} from 'node:fs/promises'
import {pathToFileURL} from 'node:url'
import {_} from 'ajv'
import standaloneCode from 'ajv/dist/standalone/index.js'
import {createSchemaValidator} from '../src/facts/schema-compile.js'

/** The TypeScript source of the precompiled validator, as committed in src/facts/schema-validator.ts. */
export function generateValidator(): string {
  const {ajv, validate} = createSchemaValidator({code: {source: true, esm: true, formats: _`schemaFormats`, lines: true}})
  const code = standaloneCode.default(ajv, validate)
    .replace(/^"use strict";/, '')
    .replace(/export const validate = (\w+);\s*export default \w+;/, 'export const precompiledValidator: ValidateFunction = $1 as unknown as ValidateFunction;')
  // ajv's runtime helpers are CommonJS; `require` loads them the same way under Node, tsx and vitest.
  const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1] ?? '')
  if (required.some((name) => !name.startsWith('ajv/dist/runtime/'))) throw new Error(`the standalone code requires ${required.join(', ')}`)
  return [
    '// @ts-nocheck',
    '/* Generated from schema/facts.schema.json by `npm run validator`. Do not edit. */',
    "import type {ValidateFunction} from 'ajv/dist/2020.js'",
    "import {createRequire} from 'node:module'",
    "import {customFormats} from './formats.js'",
    'const require = createRequire(import.meta.url)',
    "const schemaFormats = {...require('ajv-formats/dist/formats').fullFormats, ...customFormats}",
    code,
    ''
  ].join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await writeFile(new URL('../src/facts/schema-validator.ts', import.meta.url), generateValidator())
}
