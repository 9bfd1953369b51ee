import {Ajv2020, type ErrorObject, type ValidateFunction} from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import {stringify} from 'yaml'
import {isValidBin} from './bin.js'
import {parseDuration} from '../lang/durations.js'
import {isValidPhone} from '../lang/numbers.js'
import {formatMessage, type MessageLanguage, type MessageParams, type RuleId} from './messages.js'
import {placeOfPath, pointerToPath, type PathSegment} from './locate.js'
import type {ParsedFacts} from './parse.js'
import {formatFactPath, type Problem} from './problem.js'
import {factsSchema, resolveRef, type SchemaNode} from './schema.js'
import {closest} from './suggest.js'
import {isCleanMultiline, isSingleLine, textHazard} from './text-hazards.js'

type AddFormats = (ajv: Ajv2020) => Ajv2020
const addFormats = ((addFormatsModule as unknown as {default?: AddFormats}).default ?? addFormatsModule) as unknown as AddFormats

/** Compile the facts schema once, with the formats policygen adds (phone, БИН, periods). */
export function createSchemaValidator(): ValidateFunction {
  const ajv = new Ajv2020({allErrors: true, verbose: true, strict: true})
  addFormats(ajv)
  ajv.addFormat('phone', isValidPhone)
  ajv.addFormat('kz-bin', isValidBin)
  ajv.addFormat('period', (value: string) => parseDuration(value)?.kind === 'period')
  ajv.addFormat('retention', (value: string) => parseDuration(value) !== undefined)
  ajv.addFormat('single-line', isSingleLine)
  ajv.addFormat('multiline-text', isCleanMultiline)
  return ajv.compile(factsSchema)
}

let sharedValidator: ValidateFunction | undefined

/** Check parsed facts against the schema; every problem is located at the offending YAML node. */
export function validateAgainstSchema(parsed: ParsedFacts, language: MessageLanguage): Problem[] {
  sharedValidator ??= createSchemaValidator()
  if (sharedValidator(parsed.data)) return []
  const errors = dropNestedAlternatives(sharedValidator.errors ?? [])
  const problems: Problem[] = []
  const seen = new Set<string>()
  for (const error of errors) {
    const described = describe(error)
    if (!described) continue
    const key = `${formatFactPath(described.path)}|${described.ruleId}`
    if (seen.has(key)) continue
    seen.add(key)
    const place = placeOfPath(parsed.doc, parsed.lineCounter, described.path, described.at)
    const path = formatFactPath(described.path)
    problems.push({
      file: parsed.file,
      ...place,
      severity: 'error',
      ruleId: described.ruleId,
      message: formatMessage(described.ruleId, {...described.params, path}, language),
      path
    })
  }
  return problems
}

interface Described {
  ruleId: RuleId
  path: PathSegment[]
  at: 'key' | 'value'
  params: MessageParams
}

function describe(error: ErrorObject): Described | undefined {
  const path = pointerToPath(error.instancePath)
  const schema = (error.parentSchema ?? {}) as SchemaNode & {pattern?: string; format?: string}
  const params = error.params as Record<string, unknown>
  const actual = showValue(error.data)
  const example = showExample(schema)
  switch (error.keyword) {
    case 'required': {
      const property = String(params.missingProperty)
      const propertySchema = resolveRef(schema.properties?.[property] ?? {})
      return {
        ruleId: 'missing-fact',
        path: [...path, property],
        at: 'key',
        params: {property, example: showExample(propertySchema), description: propertySchema.description}
      }
    }
    case 'additionalProperties': {
      const property = String(params.additionalProperty)
      const known = Object.keys(schema.properties ?? {})
      return {
        ruleId: 'unknown-fact',
        path: [...path, property],
        at: 'key',
        params: {property, suggestion: closest(property, known), allowed: known.map((name) => `\`${name}\``).join(', ')}
      }
    }
    case 'enum': {
      const allowed = (schema.enum ?? []).map(String)
      const suggestion = closest(String(error.data), allowed)
      if (allowed.includes('KZ')) return {ruleId: 'unknown-country', path, at: 'value', params: {actual: String(error.data), suggestion}}
      return {ruleId: 'unknown-key', path, at: 'value', params: {actual: String(error.data), suggestion, allowed: listAllowed(allowed)}}
    }
    case 'type':
      return {ruleId: 'wrong-type', path, at: 'value', params: {expected: String(params.type), actual, example}}
    case 'const':
      return {ruleId: 'wrong-value', path, at: 'value', params: {expected: String(params.allowedValue), actual: String(error.data)}}
    case 'format':
      if (params.format === 'single-line' || params.format === 'multiline-text') return describeTextHazard(String(error.data), path, params.format === 'multiline-text')
      return {ruleId: formatRule(String(params.format)), path, at: 'value', params: {actual: String(error.data), session: params.format === 'retention' ? 'yes' : undefined}}
    case 'pattern':
      if (schema.pattern?.startsWith('^https://')) return {ruleId: 'invalid-url', path, at: 'value', params: {actual: String(error.data)}}
      return {ruleId: 'invalid-format', path, at: 'value', params: {actual: String(error.data), example}}
    case 'anyOf':
      return {ruleId: 'invalid-duration', path, at: 'value', params: {actual: String(error.data)}}
    case 'minItems':
      return {ruleId: 'empty-list', path, at: 'value', params: {limit: String(params.limit), example}}
    case 'uniqueItems':
      return {ruleId: 'duplicate-item', path, at: 'value', params: {first: String(Number(params.j) + 1), second: String(Number(params.i) + 1)}}
    case 'minLength':
      return {ruleId: 'empty-text', path, at: 'value', params: {}}
    case 'maxLength':
      return {ruleId: 'too-long', path, at: 'value', params: {limit: String(params.limit), length: String([...String(error.data)].length)}}
    case 'minimum':
    case 'maximum':
      return {
        ruleId: 'out-of-range',
        path,
        at: 'value',
        params: {actual: String(error.data), comparison: String(params.comparison), limit: String(params.limit)}
      }
    case 'minProperties':
      return {
        ruleId: 'empty-object',
        path,
        at: 'key',
        params: {allowed: Object.keys(schema.properties ?? {}).map((name) => `\`${name}\``).join(', ')}
      }
    default:
      return {ruleId: 'invalid-format', path, at: 'value', params: {actual, example}}
  }
}

function describeTextHazard(text: string, path: PathSegment[], multiline: boolean): Described | undefined {
  const hazard = textHazard(text, {multiline})
  if (!hazard) return undefined
  if (hazard.kind === 'blank') return {ruleId: 'empty-text', path, at: 'value', params: {}}
  return {ruleId: hazard.kind, path, at: 'value', params: {position: String(hazard.position), character: hazard.character}}
}

// When an `anyOf` fails, ajv also reports why each alternative failed; the `anyOf` alone says it best.
function dropNestedAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const alternatives = errors.filter((error) => error.keyword === 'anyOf')
  return errors.filter(
    (error) =>
      !alternatives.some(
        (parent) => parent !== error && error.instancePath === parent.instancePath && error.schemaPath.startsWith(parent.schemaPath.slice(0, -'/anyOf'.length) + '/anyOf/')
      )
  )
}

function formatRule(format: string): RuleId {
  const rules: Record<string, RuleId> = {
    date: 'invalid-date',
    email: 'invalid-email',
    uri: 'invalid-url',
    phone: 'invalid-phone',
    'kz-bin': 'invalid-bin',
    period: 'invalid-duration',
    retention: 'invalid-duration'
  }
  return rules[format] ?? 'invalid-format'
}

function listAllowed(values: readonly string[]): string {
  return values.map((value) => `\`${value}\``).join(', ')
}

// Lists and mappings are named in the message's language (see `messages.ts`); plain values are shown.
function showValue(value: unknown): string {
  if (Array.isArray(value)) return '#list'
  if (value === null) return '#null'
  if (typeof value === 'object') return '#object'
  return String(value)
}

function showExample(schema: SchemaNode): string {
  const resolved = resolveRef(schema)
  const example = resolved.examples?.[0] ?? (resolved.const !== undefined ? resolved.const : resolved.enum?.[0])
  if (example === undefined) return '…'
  return stringify(example, {collectionStyle: 'flow', lineWidth: 0}).trim()
}
