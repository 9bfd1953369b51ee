import type {Facts} from '../types.js'
import {placeOfPath, type PathSegment} from '../locate.js'
import {formatMessage, type MessageLanguage, type MessageParams, type RuleId} from '../messages.js'
import type {ParsedFacts} from '../parse.js'
import {formatFactPath, type Problem, type Severity} from '../problem.js'
import {factsSchema, resolveRef, type SchemaNode} from '../schema.js'
import {closest} from '../suggest.js'

interface Finding {
  ruleId: RuleId
  path: PathSegment[]
  at?: 'key' | 'value'
  params?: MessageParams
  severity?: Severity
}

/**
 * Check what the schema cannot: translations for every published language, references between
 * facts, cross-border transfers, Kazakhstan's localisation rule, version order and similar rules.
 * Runs on facts that already passed the schema.
 */
export function checkFacts(parsed: ParsedFacts, language: MessageLanguage, options: {tolerant?: boolean} = {}): Problem[] {
  const facts = parsed.data as unknown as Facts
  const rules = [checkTranslations, checkIdentifier, checkDocuments, checkCookies, checkTransfers, checkPersonalData, checkClauses]
  // On facts that break the schema (`tolerant`), a rule that trips over the broken shape is skipped
  // and the others still run.
  const findings = rules.flatMap((rule) => {
    if (!options.tolerant) return rule(facts)
    try {
      return rule(facts)
    } catch {
      return []
    }
  })
  return findings.map((finding) => {
    const path = formatFactPath(finding.path)
    return {
      file: parsed.file,
      ...placeOfPath(parsed.doc, parsed.lineCounter, finding.path, finding.at ?? 'value'),
      severity: finding.severity ?? 'error',
      ruleId: finding.ruleId,
      message: formatMessage(finding.ruleId, {...finding.params, path}, language),
      path
    }
  })
}

function checkTranslations(facts: Facts): Finding[] {
  const findings: Finding[] = []
  const published = new Set<string>(facts.locales)
  const localized = new Set(['#/$defs/localizedText', '#/$defs/localizedUrl'])
  walk(facts, factsSchema, [], (value, schema, path) => {
    if (!schema.$ref || !localized.has(schema.$ref) || typeof value !== 'object' || value === null) return
    for (const locale of published) {
      if (!(locale in value)) {
        findings.push({ruleId: 'missing-translation', path, at: 'key', params: {locale, locales: facts.locales.join(', ')}})
      }
    }
    for (const locale of Object.keys(value)) {
      if (!published.has(locale)) findings.push({ruleId: 'unpublished-translation', path: [...path, locale], at: 'key', params: {locale}})
    }
  })
  return findings
}

function checkIdentifier(facts: Facts): Finding[] {
  const {legalForm, bin, iin} = facts.organization
  if (legalForm === 'sole-proprietor' && !iin) return [{ruleId: 'missing-identifier', path: ['organization'], at: 'key', params: {form: 'iin'}}]
  if (legalForm !== 'sole-proprietor' && !bin) return [{ruleId: 'missing-identifier', path: ['organization'], at: 'key', params: {form: 'bin'}}]
  return []
}

function checkDocuments(facts: Facts): Finding[] {
  const findings: Finding[] = []
  const needs: Array<[keyof Facts['documents'], Array<keyof Facts>, string, string]> = [
    ['cookiePolicy', ['cookieCategories', 'cookies', 'collectedData'], 'cookie policy', 'политика cookie'],
    ['privacyPolicy', ['personalData'], 'privacy policy', 'политика конфиденциальности']
  ]
  for (const [documentKey, properties, en, ru] of needs) {
    const document = facts.documents[documentKey]
    if (!document) continue
    for (const property of properties) {
      if (facts[property] === undefined) {
        findings.push({ruleId: 'document-needs-facts', path: ['documents', documentKey], at: 'key', params: {property, document: `${en} / ${ru}`}})
      }
    }
    document.versions.forEach((version, index) => {
      const previous = document.versions[index - 1]
      if (previous && version.effectiveDate >= previous.effectiveDate) {
        findings.push({
          ruleId: 'versions-order',
          path: ['documents', documentKey, 'versions', index, 'effectiveDate'],
          params: {actual: `${version.version} (${version.effectiveDate})`, previous: `${previous.version} (${previous.effectiveDate})`}
        })
      }
    })
    findings.push(...duplicates(document.versions.map((version) => version.version), ['documents', documentKey, 'versions'], 'version'))
  }
  return findings
}

function checkCookies(facts: Facts): Finding[] {
  const findings: Finding[] = []
  const categories = facts.cookieCategories ?? []
  const declared = new Set(categories.map((category) => category.id))
  const providers = (facts.thirdParties ?? []).map((party) => party.id)
  categories.forEach((category, index) => {
    if (category.id === 'strictly-necessary' && category.canDisable) {
      findings.push({ruleId: 'necessary-cannot-disable', path: ['cookieCategories', index, 'canDisable']})
    }
  })
  findings.push(...duplicates(categories.map((category) => category.id), ['cookieCategories'], 'id'))
  ;(facts.cookies ?? []).forEach((cookie, index) => {
    if (facts.cookieCategories && !declared.has(cookie.category)) {
      findings.push({ruleId: 'category-not-declared', path: ['cookies', index, 'category'], params: {actual: cookie.category}})
    }
    if (cookie.provider !== undefined && !providers.includes(cookie.provider)) {
      findings.push(reference(['cookies', index, 'provider'], cookie.provider, 'thirdParties', providers))
    }
  })
  return findings
}

function checkTransfers(facts: Facts): Finding[] {
  const findings: Finding[] = []
  const {crossBorder, storage} = facts
  const declared = new Set(crossBorder.enabled ? crossBorder.countries ?? [] : [])
  findings.push(...duplicates(facts.thirdParties.map((party) => party.id), ['thirdParties'], 'id'))
  facts.thirdParties.forEach((party, index) => {
    if (party.country !== 'KZ' && !declared.has(party.country)) {
      findings.push({ruleId: 'undeclared-transfer', path: ['thirdParties', index, 'country'], params: {country: party.country}})
    }
  })
  if (crossBorder.enabled && (!crossBorder.countries?.length || !crossBorder.basis?.length)) {
    findings.push({ruleId: 'transfer-without-countries', path: ['crossBorder'], at: 'key'})
  }
  if (storage.primaryDatabaseCountry !== 'KZ') {
    findings.push({ruleId: 'database-outside-kazakhstan', path: ['storage', 'primaryDatabaseCountry'], params: {actual: storage.primaryDatabaseCountry}})
  }
  return findings
}

function checkPersonalData(facts: Facts): Finding[] {
  const data = facts.personalData
  if (!data) return []
  const findings: Finding[] = []
  const categories = data.categories.map((category) => category.id)
  const parties = facts.thirdParties.map((party) => party.id)
  findings.push(...duplicates(categories, ['personalData', 'categories'], 'id'))
  data.purposes.forEach((purpose, index) => {
    purpose.data.forEach((category, position) => {
      if (!categories.includes(category)) {
        findings.push(reference(['personalData', 'purposes', index, 'data', position], category, 'personalData.categories', categories))
      }
    })
    if (purpose.basis.every((basis) => basis === 'legitimate-interests')) {
      findings.push({ruleId: 'legitimate-interest-only', path: ['personalData', 'purposes', index, 'basis'], severity: 'warning'})
    }
  })
  data.recipients.forEach((recipient, index) => {
    ;(recipient.thirdParties ?? []).forEach((party, position) => {
      if (!parties.includes(party)) findings.push(reference(['personalData', 'recipients', index, 'thirdParties', position], party, 'thirdParties', parties))
    })
  })
  return findings
}

function checkClauses(facts: Facts): Finding[] {
  const findings: Finding[] = []
  for (const documentKey of ['cookiePolicy', 'privacyPolicy'] as const) {
    const clauses = facts.customClauses?.[documentKey] ?? []
    clauses.forEach((clause, index) => {
      if (clause.placement !== 'replace' && !clause.title) {
        findings.push({ruleId: 'clause-needs-title', path: ['customClauses', documentKey, index], at: 'value', params: {placement: clause.placement}})
      }
    })
    findings.push(...duplicates(clauses.map((clause) => clause.id), ['customClauses', documentKey], 'id'))
  }
  return findings
}

function reference(path: PathSegment[], actual: string, list: string, allowed: readonly string[]): Finding {
  return {
    ruleId: 'unknown-reference',
    path,
    params: {actual, list, suggestion: closest(actual, allowed), allowed: allowed.map((id) => `\`${id}\``).join(', ') || '—'}
  }
}

function duplicates(values: readonly string[], listPath: PathSegment[], field: string): Finding[] {
  const findings: Finding[] = []
  values.forEach((value, index) => {
    if (values.indexOf(value) !== index) {
      findings.push({ruleId: 'duplicate-id', path: [...listPath, index, field], params: {actual: value, list: formatFactPath(listPath)}})
    }
  })
  return findings
}

type Visitor = (value: unknown, schema: SchemaNode, path: PathSegment[]) => void

function walk(value: unknown, schema: SchemaNode, path: PathSegment[], visitor: Visitor): void {
  visitor(value, schema, path)
  const resolved = resolveRef(schema)
  if (Array.isArray(value) && resolved.items) {
    value.forEach((item, index) => walk(item, resolved.items as SchemaNode, [...path, index], visitor))
  } else if (typeof value === 'object' && value !== null && resolved.properties) {
    for (const [key, child] of Object.entries(value)) {
      const childSchema = resolved.properties[key]
      if (childSchema) walk(child, childSchema, [...path, key], visitor)
    }
  }
}
