import {checkFacts} from './rules/index.js'
import type {Facts} from './types.js'
import type {MessageLanguage} from './messages.js'
import {parseFacts, type ParsedFacts, type SourceFile} from './parse.js'
import {compareProblems, hasErrors, type Problem} from './problem.js'
import {validateAgainstSchema} from './schema-problems.js'
import {applyWaivers} from './waivers.js'

/** The outcome of validating one facts file: the typed facts when there is no error, and every problem. */
export interface ValidatedFacts {
  facts?: Facts
  parsed?: ParsedFacts
  problems: Problem[]
}

/** Parse, schema-check and rule-check one facts file. */
export function validateFacts(source: SourceFile, language: MessageLanguage): ValidatedFacts {
  const {parsed, problems} = parseFacts(source, language)
  if (!parsed) return {problems}
  const schemaProblems = validateAgainstSchema(parsed, language)
  if (schemaProblems.length === 0) {
    const ruleProblems = applyWaivers(parsed, checkFacts(parsed, language), language).sort(compareProblems)
    if (hasErrors(ruleProblems)) return {parsed, problems: ruleProblems}
    return {facts: parsed.data as unknown as Facts, parsed, problems: ruleProblems}
  }
  // The rules expect facts of the right shape. On facts that break the schema they still run, so that
  // every problem is reported at once, but a rule that trips over the broken shape is skipped, and so is
  // a finding about a fact the schema already complained of.
  return {parsed, problems: [...schemaProblems, ...applyWaivers(parsed, rulesDespiteSchemaProblems(parsed, language, schemaProblems), language)].sort(compareProblems)}
}

function rulesDespiteSchemaProblems(parsed: ParsedFacts, language: MessageLanguage, schemaProblems: readonly Problem[]): Problem[] {
  const ruleProblems = checkFacts(parsed, language, {tolerant: true})
  const broken = schemaProblems.map((problem) => problem.path)
  return ruleProblems.filter(
    (problem) => !broken.some((path) => problem.path === path || problem.path.startsWith(`${path}.`) || problem.path.startsWith(`${path}[`) || path.startsWith(`${problem.path}.`))
  )
}
