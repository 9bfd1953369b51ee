import {checkFacts} from './rules/index.js'
import type {Facts} from './types.js'
import {formatMessage, type MessageLanguage} from './messages.js'
import type {Locale} from '../lang/locale.js'
import {placeOfPath} from './locate.js'
import type {Place} from './problem.js'
import {expandServices, type ExpandedFacts, type ServiceReport} from './services.js'
import {parseFacts, type ParsedFacts, type SourceFile} from './parse.js'
import {compareProblems, hasErrors, isWithin, type Problem} from './problem.js'
import {validateAgainstSchema} from './schema-problems.js'
import {applyWaivers} from './waivers.js'

/** What one entry of `services` brought in, and where the entry is written. */
export type PlacedServiceReport = ServiceReport & Place & {file: string}

/** The outcome of validating one facts file: the typed facts when there is no error, and every problem. */
export interface ValidatedFacts {
  /** The facts with every catalogue service's third party and cookies in place. */
  facts?: Facts
  parsed?: ParsedFacts
  problems: Problem[]
  /** What each entry of `services` brought into the facts (empty without `services`). */
  services?: PlacedServiceReport[]
}

/** What a facts file is checked against beyond itself. */
export interface ValidateOptions {
  /**
   * The locales the site publishes (the config's `locales`): the facts must publish each of them
   * (optional, default: whatever the facts publish).
   */
  locales?: readonly Locale[]
  /** Where `locales` was set, for the message (default: `policygen.config.yaml`). */
  localesFrom?: string
}

/** Parse, schema-check and rule-check one facts file. */
export function validateFacts(source: SourceFile, language: MessageLanguage, options: ValidateOptions = {}): ValidatedFacts {
  const {parsed, problems} = parseFacts(source, language)
  if (!parsed) return {problems}
  const meant: string[] = []
  const schemaProblems = validateAgainstSchema(parsed, language, meant)
  if (schemaProblems.length === 0) {
    const expanded = expandServices(parsed.data as unknown as Facts)
    const services = expanded.reports.map((report) => ({...report, file: parsed.file, ...placeOfPath(parsed.doc, parsed.lineCounter, report.path, 'value')}))
    const ruleProblems = [...applyWaivers(parsed, checkFacts(parsed, language, {expanded}), language), ...publishedLocaleProblems(parsed, language, options)].sort(compareProblems)
    if (hasErrors(ruleProblems)) return {parsed, problems: ruleProblems, services}
    return {facts: plainData(expanded.facts), parsed, problems: ruleProblems, services}
  }
  // The rules expect facts of the right shape. On facts that break the schema they still run, so that
  // every problem is reported at once, but a rule that trips over the broken shape is skipped, and so is
  // a finding about a fact the schema already complained of.
  return {parsed, problems: [...schemaProblems, ...applyWaivers(parsed, rulesDespiteSchemaProblems(parsed, language, schemaProblems, meant), language, {despiteSchemaProblems: true})].sort(compareProblems)}
}

/** A validation as it outlives its file: everything but the parsed YAML, which a thousand organizations would keep in memory for nothing. */
export function withoutParsed(result: ValidatedFacts): Omit<ValidatedFacts, 'parsed'> {
  const {parsed: _parsed, ...rest} = result
  return rest
}

/**
 * The facts as plain data of their own, which is also exactly what a build's inputs key hashes.
 * The parser's strings are slices of the file's text and keep it, and the parser's nodes, in memory:
 * 45 KB an organization instead of 19 KB, held by a build of a thousand organizations to its end.
 * The schema lets through nothing JSON cannot hold: its numbers are integers (no Infinity, no NaN), its
 * dates strings; only -0 becomes 0, as the key already saw it.
 */
function plainData(facts: Facts): Facts {
  return JSON.parse(JSON.stringify(facts)) as Facts
}

/** A locale the site publishes that these facts do not: its pages would be missing from the site. */
function publishedLocaleProblems(parsed: ParsedFacts, language: MessageLanguage, options: ValidateOptions): Problem[] {
  if (!options.locales) return []
  const own = (parsed.data as unknown as Facts).locales
  const missing = options.locales.filter((locale) => !own.includes(locale))
  if (missing.length === 0) return []
  const params = {path: 'locales', locales: options.locales.join(', '), missing: missing.join(', '), config: options.localesFrom ?? 'policygen.config.yaml'}
  return [{file: parsed.file, ...placeOfPath(parsed.doc, parsed.lineCounter, ['locales'], 'value'), severity: 'error', ruleId: 'locale-not-in-facts', message: formatMessage('locale-not-in-facts', params, language), path: 'locales'}]
}

function rulesDespiteSchemaProblems(parsed: ParsedFacts, language: MessageLanguage, schemaProblems: readonly Problem[], meant: readonly string[]): Problem[] {
  // A value split by a comma inside braces made facts of its own beside it: the whole mapping is refused.
  const split = new Set(['comma-in-text', 'comma-separated-list', 'one-value-only'])
  const broken = schemaProblems.flatMap((problem) => (split.has(problem.ruleId) ? [problem.path, problem.path.replace(/(?:\.[^.[\]]+|\[\d+\])$/, '')] : [problem.path])).filter((path) => path !== '')
  // A misspelt fact (`thirdParty:`) is missing under the name it was meant to have: a rule that reads
  // that fact (every `provider` "is not listed in `thirdParties`") would only repeat the slip.
  broken.push(...meant)
  // A service the schema refuses brings in no third party and no cookies: what the company's own facts
  // say of them (a cookie's provider, a recipient) may then point at nothing, which the rules would report.
  if (broken.some((path) => isWithin(path, 'services'))) broken.push('thirdParties', 'cookies')
  // What the catalogue's services bring in is there as in a valid file (else a reference to a third
  // party a service brings is "not listed"), when the broken shape lets them be brought in at all.
  let expanded: ExpandedFacts | undefined
  try {
    expanded = expandServices(parsed.data as unknown as Facts)
  } catch {
    expanded = undefined
  }
  const ruleProblems = checkFacts(parsed, language, {tolerant: true, broken, ...(expanded ? {expanded} : {})})
  return ruleProblems.filter(
    (problem) => !broken.some((path) => isWithin(problem.path, path) || path.startsWith(`${problem.path}.`))
  )
}
