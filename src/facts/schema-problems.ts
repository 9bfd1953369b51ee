import type {ErrorObject} from 'ajv/dist/2020.js'
import {isMap, isPair, isScalar, isSeq, stringify, type Node, type Pair} from 'yaml'
import {formatMessage, mixedScriptNote, type MessageLanguage, type MessageParams, type RuleId} from './messages.js'
import {placeOf, placeOfPath, pointerToPath, valueNodeAt, type PathSegment} from './locate.js'
import type {ParsedFacts} from './parse.js'
import {formatFactPath, type Problem} from './problem.js'
import {descriptionLanguages, factsSchema, resolveRef, schemaNodeAt, type SchemaNode} from './schema.js'
import {closest, closestKey, daysInMonth, glossesOf, readDate, readPeriod, splitList, termKey} from './suggest.js'
import {customFormats, unsafeInUrl} from './formats.js'
import {precompiledValidator} from './schema-validator.js'
import {mixedWord, textHazard} from './text-hazards.js'

/**
 * Check parsed facts against the schema; every problem is located at the offending YAML node.
 * One problem is reported per fact, and a slip that breaks several facts at once (a block indented
 * one level off, a list written with commas inside braces) is reported once, as what it is.
 * `meant` (optional) is given the path each misspelt fact was meant to have (`thirdParty` →
 * `thirdParties`), which the facts therefore lack.
 */
export function validateAgainstSchema(parsed: ParsedFacts, language: MessageLanguage, meant?: string[]): Problem[] {
  if (precompiledValidator(parsed.data)) return []
  const errors = dropNestedAlternatives(precompiledValidator.errors ?? [])
  const described = onePerFact(errors.flatMap((error) => describe(error) ?? []))
  for (const problem of described) {
    if (problem.ruleId === 'unknown-fact' && problem.params.suggestion) meant?.push(formatFactPath([...problem.path.slice(0, -1), problem.params.suggestion]))
  }
  return mergeIndentSlips(mergeCommaKeys(withoutMisspeltMissing(described), parsed), parsed).map((problem) => {
    const place = placeOfPath(parsed.doc, parsed.lineCounter, problem.placePath ?? problem.path, problem.at)
    const path = formatFactPath(problem.path)
    const written = problem.ruleId === 'wrong-type' ? asWritten(parsed, problem.path) : undefined
    // A number or a yes/no where text belongs: in quotes it is the text as written.
    const params = written === undefined ? problem.params : {...problem.params, actual: written, ...(problem.params.expected === 'string' ? {quoted: JSON.stringify(written)} : {})}
    return {
      file: parsed.file,
      ...place,
      severity: 'error',
      ruleId: problem.ruleId,
      message: withMixedScriptNote(formatMessage(problem.ruleId, {...params, path}, language), params.property ?? params.actual, language),
      path
    }
  })
}

/** A JSON Schema node with the keywords this module reads. */
type Schema = SchemaNode & {
  required?: readonly string[]
  anyOf?: readonly SchemaNode[]
  format?: string
  pattern?: string
  additionalProperties?: boolean | SchemaNode
}

interface Described {
  ruleId: RuleId
  path: PathSegment[]
  at: 'key' | 'value'
  params: MessageParams
  /** Where the problem is shown, when that is not `path` (a fact written where it does not belong). */
  placePath?: PathSegment[]
}

function describe(error: ErrorObject): Described | undefined {
  const path = pointerToPath(error.instancePath)
  const schema = (error.parentSchema ?? {}) as Schema
  const params = error.params as Record<string, unknown>
  const data: unknown = error.data
  switch (error.keyword) {
    case 'required': {
      const property = String(params.missingProperty)
      const propertySchema = resolveRef(schema.properties?.[property] ?? {})
      return {
        ruleId: 'missing-fact',
        path: [...path, property],
        at: 'key',
        params: {property, example: showExample(propertySchema), description: propertySchema.description && descriptionLanguages(propertySchema.description).ru, descriptionKk: propertySchema.description && descriptionLanguages(propertySchema.description).kk}
      }
    }
    case 'additionalProperties': {
      const property = String(params.additionalProperty)
      const known = Object.keys(schema.properties ?? {})
      return {
        ruleId: 'unknown-fact',
        path: [...path, property],
        at: 'key',
        params: {property, suggestion: closest(property, known), allowed: listAllowed(known)}
      }
    }
    case 'enum':
      return describeEnum(data, (schema.enum ?? []).map(String), schema, path)
    case 'type':
      return describeType(String(params.type), data, schema, path)
    case 'const':
      return {ruleId: 'wrong-value', path, at: 'value', params: {expected: String(params.allowedValue), actual: String(data)}}
    case 'format':
      return describeFormat(String(params.format), String(data), path)
    case 'pattern':
      if (schema.pattern?.startsWith('^https://')) return {ruleId: 'invalid-url', path, at: 'value', params: {actual: String(data)}}
      if (schema.pattern === identifierPattern) {
        const suggestion = termKey(String(data))
        return {ruleId: 'invalid-format', path, at: 'value', params: {actual: String(data), identifier: 'yes', suggestion: suggestion === 'my-term' ? undefined : suggestion, example: showExample(schema)}}
      }
      return {ruleId: 'invalid-format', path, at: 'value', params: {actual: String(data), example: showExample(schema)}}
    case 'anyOf':
      return describeAnyOf(error, path)
    case 'propertyNames': {
      // A key of the company's own vocabulary that is not written as a key (`First Name:`).
      const name = String(params.propertyName)
      const suggestion = termKey(name)
      return {ruleId: 'invalid-format', path: [...path, name], at: 'key', params: {actual: name, identifier: 'yes', suggestion: suggestion === 'my-term' ? undefined : suggestion}}
    }
    case 'minItems':
      return {ruleId: 'empty-list', path, at: 'value', params: {limit: String(params.limit), example: showExample(schema)}}
    case 'uniqueItems':
      return {ruleId: 'duplicate-item', path, at: 'value', params: {first: String(Number(params.j) + 1), second: String(Number(params.i) + 1)}}
    case 'minLength':
      return {ruleId: 'empty-text', path, at: 'value', params: {}}
    case 'maxLength':
      return {ruleId: 'too-long', path, at: 'value', params: {limit: String(params.limit), length: String([...String(data)].length)}}
    case 'minimum':
    case 'maximum':
      return {
        ruleId: 'out-of-range',
        path,
        at: 'value',
        // What the fact is, in the schema's words (they say where the Law sets the limit): «по закону — не более 15».
        params: {actual: String(data), comparison: String(params.comparison), limit: String(params.limit), description: schema.description && descriptionLanguages(schema.description).ru, descriptionKk: schema.description && descriptionLanguages(schema.description).kk}
      }
    case 'if':
      // ajv reports why the value fails the branch it took (`then` or `else`) first; that says it.
      return undefined
    case 'minProperties':
      return {ruleId: 'empty-object', path, at: 'key', params: {allowed: listAllowed(Object.keys(schema.properties ?? {}))}}
    default:
      return {ruleId: 'invalid-format', path, at: 'value', params: {actual: showValue(data), example: showExample(schema)}}
  }
}

const identifierPattern = '^[a-z][a-z0-9-]*$'

/** Names a lawyer writes for a country that its names in English, Russian and Kazakh do not cover. */
const countryAliases: Readonly<Record<string, string>> = {
  usa: 'US', 'united states of america': 'US', сша: 'US', ақш: 'US', 'соединенные штаты америки': 'US',
  uk: 'GB', britain: 'GB', 'great britain': 'GB', england: 'GB', англия: 'GB',
  рф: 'RU', 'russian federation': 'RU', 'российская федерация': 'RU', 'ресей федерациясы': 'RU', рк: 'KZ',
  оаэ: 'AE', uae: 'AE', баә: 'AE', эмираты: 'AE', turkey: 'TR', 'hong kong': 'HK', holland: 'NL', голландия: 'NL', korea: 'KR', корея: 'KR'
}

/** Codes of no country, which a lawyer may still write where a country goes: no guess is made for them. */
const notCountries = new Set(['EU', 'EEA', 'ЕС', 'ЕАЭС'])

let countryNames: Map<string, string> | undefined

/** A country's name as it is looked up: in small letters, «ё» as «е» (Соединённые, Соединенные). */
function nameKey(name: string): string {
  return name.toLocaleLowerCase('ru').replace(/ё/g, 'е')
}

/**
 * The code of a country written by its name (`Russia`, `Россия`, `Ресей`, `USA`) or in small letters
 * (`us`), for the suggestion: each code's names in English, Russian and Kazakh, from ICU, made once.
 */
function countryCodeOf(actual: string, allowed: readonly string[]): string | undefined {
  const key = nameKey(actual.trim())
  if (allowed.includes(key.toUpperCase())) return key.toUpperCase()
  if (!countryNames) {
    countryNames = new Map()
    for (const locale of ['en', 'ru', 'kk']) {
      const names = new Intl.DisplayNames([locale], {type: 'region', fallback: 'none'})
      for (const code of allowed) {
        const name = names.of(code)
        if (name) countryNames.set(nameKey(name), code)
      }
    }
  }
  const code = countryNames.get(key) ?? countryAliases[key]
  return code !== undefined && allowed.includes(code) ? code : undefined
}

function describeEnum(data: unknown, allowed: readonly string[], schema: Schema, path: PathSegment[]): Described | undefined {
  // A list where one value belongs is a type error too; that one says it (see `describeType`).
  if (Array.isArray(data)) return undefined
  const actual = String(data)
  if (allowed.includes('KZ')) return {ruleId: 'unknown-country', path, at: 'value', params: {actual, suggestion: notCountries.has(actual.trim().toUpperCase()) ? undefined : (countryCodeOf(actual, allowed) ?? closest(actual, allowed))}}
  // Performing a contract is a ground of other laws (GDPR, Russia's), not of Article 16: said so, not merely refused.
  if (allowed.includes('adequate-protection') && actual === 'contract-performance') return {ruleId: 'transfer-basis-not-in-law', path, at: 'value', params: {actual}}
  const suggestion = closestKey(actual, allowed, glossesOf(schema.description, allowed))
  if (path.length === 2 && path[0] === 'locales' && !suggestion) return {ruleId: 'unsupported-locale', path, at: 'value', params: {actual}}
  const parts = splitList(actual)
  if (parts) return oneValueOnly(parts, path, false)
  return {ruleId: 'unknown-key', path, at: 'value', params: {actual, suggestion, allowed: listAllowed(allowed)}}
}

function describeType(expected: string, data: unknown, schema: Schema, path: PathSegment[]): Described {
  if (expected === 'array' && (typeof data === 'string' || typeof data === 'number' || typeof data === 'boolean')) {
    const allowed = fixedValues(schema.items)
    // A list of plain values can be shown with this one in brackets; a list of entries (versions, cookies) cannot.
    const items = schema.items ? (resolveRef(schema.items) as Schema) : undefined
    if (items?.type === 'object' || items?.properties) return {ruleId: 'wrong-type', path, at: 'value', params: {expected, actual: showValue(data), example: showExample(schema)}}
    const parts = typeof data === 'string' ? splitList(data) : undefined
    if (parts) return {ruleId: 'comma-separated-list', path, at: 'value', params: {actual: String(data), list: flowList(parts.map((part) => fixValue(part, allowed)))}}
    return {ruleId: 'wrong-type', path, at: 'value', params: {expected, actual: String(data), listOf: flowList([fixValue(String(data), allowed)])}}
  }
  if (expected === 'string' && Array.isArray(data) && data.length > 0 && data.every((item) => typeof item === 'string' || typeof item === 'number')) {
    if (data.length >= 2) return oneValueOnly(data.map(String), path, true)
    return {ruleId: 'wrong-type', path, at: 'value', params: {expected: 'value', actual: '#list', single: String(data[0])}}
  }
  if (schema.format === 'date' && typeof data === 'number') return describeDate(String(data), path)
  return {ruleId: 'wrong-type', path, at: 'value', params: {expected, actual: showValue(data), example: showExample(schema)}}
}

function oneValueOnly(values: readonly string[], path: PathSegment[], list: boolean): Described {
  return {ruleId: 'one-value-only', path, at: 'value', params: {count: String(values.length), values: values.join('|'), list: list ? 'yes' : undefined}}
}

function describeFormat(format: string, value: string, path: PathSegment[]): Described | undefined {
  if (format === 'single-line' || format === 'multiline-text') return describeTextHazard(value, path, format === 'multiline-text')
  if (format === 'date') return describeDate(value, path)
  if (durationFormats.has(format)) return describeDuration(value, [format], path)
  const unsafe = format === 'https-url' ? unsafeInUrl.exec(value)?.[0] : undefined
  return {ruleId: formatRule(format), path, at: 'value', params: {actual: value, ...(unsafe ? {character: unsafe} : {})}}
}

function describeTextHazard(text: string, path: PathSegment[], multiline: boolean): Described | undefined {
  const hazard = textHazard(text, {multiline})
  if (!hazard) return undefined
  if (hazard.kind === 'blank') return {ruleId: 'empty-text', path, at: 'value', params: {}}
  return {ruleId: hazard.kind, path, at: 'value', params: {position: String(hazard.position), character: hazard.character}}
}

// Dates are year-month-day; a date written another way is read, when it can be, and shown converted.
function describeDate(value: string, path: PathSegment[]): Described {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (iso) return {ruleId: 'invalid-date', path, at: 'value', params: {actual: value, kind: 'not-real', date: value, days: daysOf(value)}}
  const reading = readDate(value)
  if (!reading) return {ruleId: 'invalid-date', path, at: 'value', params: {actual: value, kind: 'unreadable'}}
  const [date] = reading.dates
  if (!reading.real) return {ruleId: 'invalid-date', path, at: 'value', params: {actual: value, kind: 'not-real', date, days: daysOf(date ?? '')}}
  if (reading.dates.length === 1) return {ruleId: 'invalid-date', path, at: 'value', params: {actual: value, kind: 'other-form', date}}
  return {ruleId: 'invalid-date', path, at: 'value', params: {actual: value, kind: 'ambiguous', dates: reading.dates.join('|')}}
}

function daysOf(date: string): string | undefined {
  const [year, month] = date.split('-').map(Number)
  if (year === undefined || month === undefined || month < 1 || month > 12) return undefined
  return String(daysInMonth(year, month))
}

/** The string formats of periods and retention; each allows its own forms (see `durationForms`). */
const durationFormats = new Set(['period', 'retention', 'data-retention', 'consent-validity'])

/** One value of each form a period or retention can take, to ask a format which it allows. */
const durationSamples: ReadonlyArray<readonly [string, string]> = [
  ['session', 'session'],
  ['period', 'P2Y'],
  ['range', 'P1D/P2Y'],
  ['set-by-provider', 'set-by-provider'],
  ['until-purpose', 'until-purpose'],
  ['until-account-deletion', 'until-account-deletion'],
  ['as-required-by-law', 'as-required-by-law'],
  ['until-withdrawn', 'until-withdrawn']
]

/** Whether `value` is allowed by one of `alternatives` (format names, or fixed values written `=value`). */
function allowedBy(alternatives: readonly string[], value: string): boolean {
  return alternatives.some((alternative) => (alternative.startsWith('=') ? alternative.slice(1) === value : customFormats[alternative]?.(value) === true))
}

// The forms allowed at this place are found by asking its formats, so a message lists exactly those.
function describeDuration(value: string, alternatives: readonly string[], path: PathSegment[]): Described {
  const forms = durationSamples.filter(([, sample]) => allowedBy(alternatives, sample)).map(([form]) => form)
  const phrases = forms.filter((form) => !['session', 'period', 'range'].includes(form))
  const candidates = [readPeriod(value), closestKey(value, phrases), reversedRange(value)]
  const suggestion = candidates.find((candidate): candidate is string => candidate !== undefined && candidate !== value && allowedBy(alternatives, candidate))
  let note: string | undefined
  if (value === 'session' && !forms.includes('session')) note = 'session-cookies'
  else if (durationSamples.some(([form, sample]) => sample === value && form !== 'period' && form !== 'range' && !forms.includes(form))) note = 'not-here'
  else if (suggestion !== undefined && suggestion === reversedRange(value)) note = 'range-order'
  else if (/^P(\d+[YMWD]){2,}|^P(\d+[YMWD])+T|^PT(\d+[HMS]){2,}/i.test(value)) note = 'one-unit'
  return {ruleId: 'invalid-duration', path, at: 'value', params: {actual: value, forms: (forms.length > 0 ? forms : ['period']).join(','), suggestion, note}}
}

function reversedRange(value: string): string | undefined {
  const range = /^(P[^/]+)\/(P[^/]+)$/.exec(value)
  return range ? `${range[2]}/${range[1]}` : undefined
}

// An `anyOf` is either an open vocabulary (fixed keys, or a key of the company's own `vocabulary`),
// or a choice of forms (a period, or a fixed word such as `until-purpose`). Which one, the schema node says.
function describeAnyOf(error: ErrorObject, path: PathSegment[]): Described | undefined {
  const alternatives = ((error.schema ?? []) as readonly SchemaNode[]).map((alternative) => resolveRef(alternative) as Schema)
  const data: unknown = error.data
  const fixed = alternatives.find((alternative) => alternative.enum)?.enum?.map(String)
  const open = alternatives.some((alternative) => alternative.pattern === identifierPattern)
  const parent = (error.parentSchema ?? {}) as Schema
  if (typeof data !== 'string') {
    if (Array.isArray(data) && data.every((item) => typeof item === 'string') && data.length > 0) {
      return data.length >= 2 ? oneValueOnly(data.map(String), path, true) : {ruleId: 'wrong-type', path, at: 'value', params: {expected: 'value', actual: '#list', single: String(data[0])}}
    }
    return {ruleId: 'wrong-type', path, at: 'value', params: {expected: 'string', actual: showValue(data), example: showExample(parent)}}
  }
  if (fixed) {
    const parts = splitList(data)
    if (parts) return oneValueOnly(parts, path, false)
    const suggestion = closestKey(data, fixed, glossesOf(parent.description, fixed))
    const customKey = termKey(data)
    // `Analytics Providers` is a fixed key written in words: say which, without offering a term of its own.
    if (!open || fixed.includes(customKey)) return {ruleId: 'unknown-key', path, at: 'value', params: {actual: data, suggestion, allowed: listAllowed(fixed)}}
    return {
      ruleId: 'unknown-key',
      path,
      at: 'value',
      params: {
        actual: data,
        suggestion,
        allowed: listAllowed(fixed),
        vocabulary: vocabularyName(parent, fixed),
        customKey,
        customRu: /[а-яёәғқңөұүһі]/i.test(data) ? data : undefined
      }
    }
  }
  const forms = alternatives.flatMap((alternative) =>
    alternative.format ? [alternative.format] : alternative.const !== undefined ? [`=${String(alternative.const)}`] : []
  )
  if (forms.length > 0 && forms.every((form) => form.startsWith('=') || durationFormats.has(form))) return describeDuration(data, forms, path)
  return {ruleId: 'invalid-format', path, at: 'value', params: {actual: data, example: showExample(parent)}}
}

/** The `$defs` name of an open vocabulary (`dataItem`), which is also its key under `vocabulary`. */
function vocabularyName(node: Schema, fixed: readonly string[]): string {
  const defs = (factsSchema.$defs ?? {}) as Readonly<Record<string, Schema>>
  const same = Object.entries(defs).find(([, def]) => def === node)
  if (same) return same[0]
  const byValues = Object.entries(defs).find(([, def]) => {
    const values = def.anyOf?.map((alternative) => resolveRef(alternative)).find((alternative) => alternative.enum)?.enum
    return values !== undefined && values.length === fixed.length && values.every((value, index) => value === fixed[index])
  })
  return byValues?.[0] ?? 'dataItem'
}

/** The fixed values a list's items may take, if they are keys from a list. */
function fixedValues(items: SchemaNode | undefined): string[] {
  if (!items) return []
  const resolved = resolveRef(items) as Schema
  const values = resolved.enum ?? resolved.anyOf?.map((alternative) => resolveRef(alternative)).find((alternative) => alternative.enum)?.enum ?? []
  return values.map(String)
}

function fixValue(value: string, allowed: readonly string[]): string {
  if (allowed.length === 0 || allowed.includes(value)) return value
  return closestKey(value, allowed) ?? value
}

function flowList(values: readonly string[]): string {
  return `[${values.join(', ')}]`
}

// When an `anyOf` fails, ajv also reports why each alternative failed (and for `propertyNames`, why the
// name failed); the `anyOf` alone says it best. Those reports come right before it in the list, about
// the same value or a part of it.
function dropNestedAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<number>()
  errors.forEach((error, index) => {
    if (error.keyword !== 'anyOf' && error.keyword !== 'propertyNames') return
    for (let before = index - 1; before >= 0; before--) {
      const candidate = errors[before]
      if (!candidate || dropped.has(before)) break
      const within = candidate.instancePath === error.instancePath || candidate.instancePath.startsWith(`${error.instancePath}/`)
      if (!within) break
      dropped.add(before)
    }
  })
  return errors.filter((_, index) => !dropped.has(index))
}

// Which of several problems about one fact says the most: a wrong kind of value (a list for a word)
// before a wrong value, before a wrong form, before a wrong length.
const keywordRank: Partial<Record<RuleId, number>> = {
  'wrong-type': 0,
  'one-value-only': 0,
  'comma-separated-list': 0,
  'comma-in-text': 0,
  'unknown-key': 1,
  'unknown-country': 1,
  'unsupported-locale': 1,
  'wrong-value': 1,
  'too-long': 3,
  'empty-text': 3,
  'out-of-range': 3
}

function onePerFact(described: readonly Described[]): Described[] {
  const best = new Map<string, number>()
  const keyOf = (problem: Described) => `${formatFactPath(problem.path)}|${problem.at}`
  const rank = (problem: Described) => keywordRank[problem.ruleId] ?? 2
  for (const problem of described) {
    const key = keyOf(problem)
    best.set(key, Math.min(best.get(key) ?? Number.POSITIVE_INFINITY, rank(problem)))
  }
  const seen = new Set<string>()
  return described.filter((problem) => {
    const key = `${keyOf(problem)}|${problem.ruleId}`
    if (rank(problem) !== best.get(keyOf(problem)) || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** The schema node describing the fact at `path`, if the schema has one. */
function schemaAt(path: readonly PathSegment[]): Schema | undefined {
  return schemaNodeAt(path) as Schema | undefined
}

function dataAt(data: unknown, path: readonly PathSegment[]): unknown {
  let value = data
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string | number, unknown>)[segment]
  }
  return value
}

function hasFact(data: unknown, path: readonly PathSegment[], key: string): boolean {
  const value = dataAt(data, path)
  return value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, key)
}

function keyName(pair: Pair<unknown, unknown> | undefined): string | undefined {
  return pair && isScalar(pair.key) ? String(pair.key.value) : undefined
}

function pairIndex(map: {items: ReadonlyArray<Pair<unknown, unknown>>}, key: string): number {
  return map.items.findIndex((pair) => isPair(pair) && keyName(pair) === key)
}

function isEmptyValue(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null)
}

/**
 * `legalFrom: llp` is one mistake, not two: the unknown fact's "did you mean `legalForm`" says it,
 * and the missing `legalForm` beside it is not reported as well.
 */
function withoutMisspeltMissing(described: readonly Described[]): Described[] {
  const meant = new Set(
    described.flatMap((problem) => (problem.ruleId === 'unknown-fact' && problem.params.suggestion ? [formatFactPath([...problem.path.slice(0, -1), problem.params.suggestion])] : []))
  )
  return described.filter((problem) => problem.ruleId !== 'missing-fact' || !meant.has(formatFactPath(problem.path)))
}

// `{id: analytics, purposes: usage-statistics, site-improvement}`: inside braces a comma ends a value,
// so `site-improvement` becomes a fact of its own (with no value) instead of a second purpose.
function mergeCommaKeys(described: Described[], parsed: ParsedFacts): Described[] {
  const drop = new Set<Described>()
  const added: Described[] = []
  for (const problem of described) {
    if (problem.ruleId !== 'unknown-fact' || drop.has(problem)) continue
    const parentPath = problem.path.slice(0, -1)
    const map = valueNodeAt(parsed.doc, parentPath)
    if (!isMap(map) || !map.flow) continue
    const index = pairIndex(map, String(problem.path[problem.path.length - 1]))
    let owner = index - 1
    while (owner >= 0 && map.items[owner]?.value === null) owner--
    const ownerPair = map.items[owner]
    const ownerKey = keyName(ownerPair)
    if (!ownerPair || ownerKey === undefined || map.items[index]?.value !== null || !isScalar(ownerPair.value) || typeof ownerPair.value.value !== 'string') continue
    let last = owner + 1
    while (map.items[last + 1]?.value === null) last++
    const extra = map.items.slice(owner + 1, last + 1).flatMap((pair) => keyName(pair) ?? [])
    const ownerPath = [...parentPath, ownerKey]
    const schema = schemaAt(ownerPath)
    const values = [ownerPair.value.value, ...extra]
    if (schema?.type === 'array') {
      added.push({ruleId: 'comma-separated-list', path: ownerPath, at: 'value', params: {actual: values.join(', '), key: ownerKey, list: flowList(values.map((value) => fixValue(value, fixedValues(schema.items))))}})
    } else if (schema?.type === 'string' && !schema.enum && (schema.format === 'single-line' || schema.format === 'multiline-text')) {
      // A text with a comma of its own («Лицо, ответственное за …»): cut at the comma, not two values.
      added.push({ruleId: 'comma-in-text', path: ownerPath, at: 'value', params: {key: ownerKey, actual: values[0] ?? '', text: values.join(', ').replace(/"([^"]*)"/g, '«$1»')}})
    } else if (schema && (schema.type === 'string' || schema.enum || schema.anyOf)) {
      added.push(oneValueOnly(values, ownerPath, false))
    } else {
      continue
    }
    for (const other of described) {
      const otherPath = formatFactPath(other.path)
      if (otherPath === formatFactPath(ownerPath) || (other.ruleId === 'unknown-fact' && extra.some((key) => otherPath === formatFactPath([...parentPath, key])))) drop.add(other)
    }
  }
  return [...described.filter((problem) => !drop.has(problem)), ...added]
}

interface Slip {
  problem: Described
  /** The mapping the fact is written in, and the fact's position there. */
  parentPath: PathSegment[]
  index: number
  key: string
  column: number
  /** The mapping it most likely belongs to. */
  target: PathSegment[]
  more: boolean
  spaces: number
  align?: string | undefined
  /** The target holds nothing (`consent:` with its facts written below it, not indented). */
  empty: boolean
  /** The fact's value is a block of lines under it, which moves with it. */
  children: boolean
}

// A fact the schema does not know where it stands, but knows in the mapping above it (it was not
// indented enough) or in the mapping around this one (it was indented too far): one problem says so,
// instead of an unknown fact here and a missing fact there.
function mergeIndentSlips(described: Described[], parsed: ParsedFacts): Described[] {
  const slips: Slip[] = []
  for (const problem of described) {
    if (problem.ruleId !== 'unknown-fact') continue
    const slip = slipOf(problem, parsed, slips[slips.length - 1])
    if (slip) slips.push(slip)
  }
  if (slips.length === 0) return described
  const groups: Slip[][] = []
  for (const slip of slips) {
    const group = groups[groups.length - 1]
    const previous = group?.[group.length - 1]
    const together =
      previous &&
      formatFactPath(previous.parentPath) === formatFactPath(slip.parentPath) &&
      formatFactPath(previous.target) === formatFactPath(slip.target) &&
      previous.index + 1 === slip.index &&
      previous.spaces === slip.spaces &&
      previous.more === slip.more
    if (together && group) group.push(slip)
    else groups.push([slip])
  }
  const drop = new Set<Described>()
  const added: Described[] = []
  for (const group of groups) {
    const [first] = group
    if (!first) continue
    const keys = group.map((slip) => slip.key)
    for (const slip of group) drop.add(slip.problem)
    for (const problem of described) {
      const path = formatFactPath(problem.path)
      if (problem.ruleId === 'missing-fact' && keys.some((key) => path === formatFactPath([...first.target, key]))) drop.add(problem)
      if (first.empty && path === formatFactPath(first.target) && (problem.ruleId === 'wrong-type' || problem.ruleId === 'empty-object')) drop.add(problem)
    }
    added.push({
      ruleId: 'wrong-indent',
      path: [...first.target, first.key],
      placePath: first.problem.path,
      at: 'key',
      params: {
        keys: keys.join('|'),
        parent: formatFactPath(first.target),
        spaces: String(first.spaces),
        more: first.more ? 'yes' : undefined,
        align: first.align,
        from: first.target.length === 0 ? formatFactPath(first.parentPath) : undefined,
        children: group.some((slip) => slip.children) ? 'yes' : undefined
      }
    })
  }
  return [...described.filter((problem) => !drop.has(problem)), ...added]
}

function columnOf(node: unknown, parsed: ParsedFacts): number | undefined {
  const range = (node as Node | null)?.range
  return range ? placeOf(parsed.lineCounter, range[0]).column : undefined
}

function slipOf(problem: Described, parsed: ParsedFacts, previous: Slip | undefined): Slip | undefined {
  const parentPath = problem.path.slice(0, -1)
  const key = String(problem.path[problem.path.length - 1])
  const map = parentPath.length === 0 ? parsed.doc.contents : valueNodeAt(parsed.doc, parentPath)
  if (!isMap(map) || map.flow) return undefined
  const index = pairIndex(map, key)
  const column = columnOf(map.items[index]?.key, parsed)
  if (index < 0 || column === undefined) return undefined
  const value = map.items[index]?.value
  const children = (isMap(value) || isSeq(value)) && !value.flow
  const base = {problem, parentPath, index, key, column, children}
  const fits = (target: PathSegment[]) => schemaAt(target)?.properties?.[key] !== undefined && !hasFact(parsed.data, target, key)

  // The next of several facts written one level off, like the one before it.
  if (previous && previous.index === index - 1 && formatFactPath(previous.parentPath) === formatFactPath(parentPath) && previous.column === column && fits(previous.target)) {
    return {...previous, ...base}
  }

  // Not indented enough: it belongs to the mapping that ends right above it (or to one inside that).
  const above = map.items[index - 1]
  const aboveKey = keyName(above)
  if (above && aboveKey !== undefined) {
    const candidates: Array<{path: PathSegment[]; column: number; align?: string | undefined; empty: boolean}> = []
    let node: unknown = above.value
    let path: PathSegment[] = [...parentPath, aboveKey]
    let keyColumn = columnOf(above.key, parsed) ?? 1
    for (let depth = 0; depth < 32; depth++) {
      if (isEmptyValue(node)) {
        candidates.push({path, column: keyColumn + 2, empty: true})
        break
      }
      if (isMap(node) && !node.flow) {
        const firstPair = node.items[0]
        const lastPair = node.items[node.items.length - 1]
        const lastKey = keyName(lastPair)
        candidates.push({path, column: columnOf(firstPair?.key, parsed) ?? keyColumn + 2, align: keyName(firstPair), empty: false})
        if (!lastPair || lastKey === undefined) break
        path = [...path, lastKey]
        keyColumn = columnOf(lastPair.key, parsed) ?? keyColumn
        node = lastPair.value
      } else if (isSeq(node) && !node.flow && node.items.length > 0) {
        path = [...path, node.items.length - 1]
        node = node.items[node.items.length - 1]
      } else {
        break
      }
    }
    for (const candidate of candidates.reverse()) {
      if (column < candidate.column && fits(candidate.path)) {
        return {...base, target: candidate.path, more: true, spaces: candidate.column - column, align: candidate.align, empty: candidate.empty}
      }
    }
  }

  // Indented too far: it belongs to a mapping this one is part of.
  for (let length = parentPath.length - 1; length >= 0; length--) {
    const target = parentPath.slice(0, length)
    const targetMap = length === 0 ? parsed.doc.contents : valueNodeAt(parsed.doc, target)
    if (!isMap(targetMap) || targetMap.flow) continue
    const targetColumn = columnOf(targetMap.items[0]?.key, parsed) ?? 1
    if (column > targetColumn && fits(target)) {
      return {...base, target, more: false, spaces: column - targetColumn, align: length === 0 ? undefined : keyName(targetMap.items[0]), empty: false}
    }
  }
  return undefined
}

function formatRule(format: string): RuleId {
  const rules: Record<string, RuleId> = {
    date: 'invalid-date',
    email: 'invalid-email',
    uri: 'invalid-url',
    'https-url': 'invalid-url',
    phone: 'invalid-phone',
    'kz-bin': 'invalid-bin'
  }
  return rules[format] ?? 'invalid-format'
}

function listAllowed(values: readonly string[]): string {
  return values.map((value) => `\`${value}\``).join(', ')
}

/** `message`, and which letter of `value` is in the other script when it mixes Latin and Cyrillic ones. */
function withMixedScriptNote(message: string, value: string | undefined, language: MessageLanguage): string {
  const mixed = value === undefined ? undefined : mixedWord(value)
  return mixed ? `${message} ${mixedScriptNote(mixed, language)}` : message
}

/**
 * A number or a yes/no as the file writes it: the YAML parser reads `060440001230` as the number
 * 60440001230 and `1.0` as 1, which the user never wrote. Undefined for anything else.
 */
function asWritten(parsed: ParsedFacts, path: PathSegment[]): string | undefined {
  const node = parsed.doc.getIn(path, true)
  if (!isScalar(node) || (typeof node.value !== 'number' && typeof node.value !== 'boolean') || !node.range) return undefined
  return parsed.text.slice(node.range[0], node.range[1]).trim() || undefined
}

// Lists and mappings are named in the message's language (see `messages.ts`); plain values are shown.
function showValue(value: unknown): string {
  if (Array.isArray(value)) return '#list'
  if (value === null) return '#null'
  if (typeof value === 'object') return '#object'
  return String(value)
}

/** An example of a value the schema node allows, as YAML on one line; `undefined` when there is none to give. */
function showExample(schema: SchemaNode): string | undefined {
  const example = exampleOf(schema, 0)
  if (example === undefined) return undefined
  const text = stringify(example, {collectionStyle: 'flow', lineWidth: 0}).trim()
  return text.length <= 160 ? text : undefined
}

// The schema's own example, or one made of its parts: a list of an item's example, a mapping of the
// required facts' examples.
function exampleOf(node: SchemaNode, depth: number): unknown {
  const resolved = resolveRef(node) as Schema
  if (resolved.examples?.[0] !== undefined) return resolved.examples[0]
  if (resolved.const !== undefined) return resolved.const
  if (resolved.enum?.[0] !== undefined) return resolved.enum[0]
  for (const alternative of resolved.anyOf ?? []) {
    const example = exampleOf(alternative, depth)
    if (example !== undefined) return example
  }
  if (depth >= 3) return undefined
  if (resolved.type === 'array' && resolved.items) {
    const item = exampleOf(resolved.items, depth + 1)
    return item === undefined ? undefined : [item]
  }
  if (resolved.type === 'object' && resolved.properties && resolved.required?.length) {
    const example: Record<string, unknown> = {}
    for (const property of resolved.required) {
      const child = resolved.properties[property]
      const value = child ? exampleOf(child, depth + 1) : undefined
      if (value === undefined) return undefined
      example[property] = value
    }
    return example
  }
  return undefined
}
