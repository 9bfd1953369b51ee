import {Ajv2020, type Options, type ValidateFunction} from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import {customFormats} from './formats.js'
import {factsSchema} from './schema.js'

type AddFormats = (ajv: Ajv2020) => Ajv2020
const addFormats = ((addFormatsModule as unknown as {default?: AddFormats}).default ?? addFormatsModule) as unknown as AddFormats

/**
 * Compile the facts schema with the formats policygen adds (phone, БИН, periods). Commands do not call
 * this: they use the validator compiled ahead of time (`schema-validator.ts`); the generator and the
 * test that keeps that file current do.
 */
export function createSchemaValidator(options: Options = {}): {ajv: Ajv2020; validate: ValidateFunction} {
  const ajv = new Ajv2020({allErrors: true, verbose: true, strict: true, ...options})
  ajv.addKeyword('markdownEnumDescriptions')
  addFormats(ajv)
  for (const [name, check] of Object.entries(customFormats)) ajv.addFormat(name, check)
  return {ajv, validate: ajv.compile(factsSchema)}
}
