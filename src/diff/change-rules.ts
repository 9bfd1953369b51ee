/**
 * What the changelog knows about each fact: how list items are matched, what a change is called in
 * English, which documents print the fact, and which changes are **material**.
 *
 * Facts are addressed by patterns: their path with list items written `[]`, e.g. `cookies[].retention`.
 *
 * Material changes are exactly these (issue 5); everything else is editorial:
 * - a new purpose: a purpose added to a cookie category, a third party, collected data, server logs or a
 *   recipient; a cookie's purpose changed; a cookie category or a processing purpose added; a cookie added
 *   with a purpose its category did not declare before (another cookie for a declared purpose is editorial);
 * - a new data category or data item: a data item added to collected data, server logs or a data
 *   category; a data category added to the facts or to a processing purpose;
 * - a new third party or country: a third party or a recipient added, a third party added to a recipient,
 *   a third party's country changed, a country added to the cross-border transfer (to `countries` or to a
 *   group of `transfers`);
 * - longer retention of a cookie, server logs or a data category. `session` is the shortest;
 *   `until-purpose` (no fixed end) counts as longer than any period, so a period → `until-purpose` is
 *   material and `until-purpose` → a period is not;
 * - a new cross-border transfer (`crossBorder.enabled` false → true);
 * - a right, a withdrawal channel, a marketing opt-out channel or a request channel removed.
 */

import {compareDurations, parseDuration} from '../lang/index.js'
import type {DocumentKind} from '../document/resolve.js'
import {englishCountry, englishDuration, plainValue, quotedText} from './display.js'

/** Whether a change needs a new version of the documents (material) or not (editorial). */
export type Materiality = {class: 'material'; reason: string} | {class: 'editorial'}

/** A list of objects whose items are matched by one of their facts, not by position. */
export interface KeyedList {
  /** The fact that identifies an item. */
  key: string
  /** What an item is called: `cookie` → `cookie "_ga"`. */
  noun: string
  /** A short description of an item that is added or removed: `analytics, usage-statistics, 2 years`. */
  describe?: (item: Record<string, unknown>) => string
}

const editorial: Materiality = {class: 'editorial'}
const material = (reason: string): Materiality => ({class: 'material', reason})

/** Lists of objects matched by identity, by pattern. */
export const keyedLists: Readonly<Record<string, KeyedList>> = {
  sites: {key: 'url', noun: 'site'},
  'documents.cookiePolicy.versions': {key: 'version', noun: 'cookie policy version', describe: (item) => `effective ${String(item.effectiveDate)}`},
  'documents.privacyPolicy.versions': {key: 'version', noun: 'privacy policy version', describe: (item) => `effective ${String(item.effectiveDate)}`},
  cookieCategories: {key: 'id', noun: 'cookie category', describe: (item) => `purposes: ${plainValue(item.purposes)}`},
  cookies: {
    key: 'name',
    noun: 'cookie',
    describe: (item) => `${String(item.category)}, ${String(item.purpose)}, ${englishDuration(String(item.retention))}`
  },
  thirdParties: {key: 'id', noun: 'third party', describe: (item) => `${String(item.name)}, ${englishCountry(String(item.country))}`},
  'personalData.categories': {key: 'id', noun: 'data category', describe: (item) => `items: ${plainValue(item.items)}`},
  'personalData.purposes': {key: 'id', noun: 'processing purpose', describe: (item) => `data: ${plainValue(item.data)}`},
  'personalData.recipients': {key: 'kind', noun: 'recipient'},
  'customClauses.cookiePolicy': {key: 'id', noun: 'cookie policy clause'},
  'customClauses.privacyPolicy': {key: 'id', noun: 'privacy policy clause'}
}

/** Objects reported as one line when they appear or disappear (a whole document), by pattern. */
export const wholeObjects: ReadonlySet<string> = new Set(['documents.cookiePolicy', 'documents.privacyPolicy'])

/** Facts left out of the changelog. */
export const ignoredFacts: ReadonlySet<string> = new Set(['$schema', 'schemaVersion'])

/** What the facts under a pattern are called when no list item names them, by pattern. */
export const groupSubjects: Readonly<Record<string, string>> = {
  locales: 'languages',
  organization: 'organization',
  contacts: 'contacts',
  responsiblePerson: 'responsible person',
  documents: 'documents',
  'documents.cookiePolicy': 'cookie policy',
  'documents.privacyPolicy': 'privacy policy',
  consent: 'consent',
  cookieCategories: 'cookie categories',
  cookies: 'cookies',
  collectedData: 'collected data',
  serverLogs: 'server logs',
  thirdParties: 'third parties',
  crossBorder: 'cross-border transfer',
  storage: 'storage',
  personalData: 'personal data',
  gdpr: 'GDPR',
  customClauses: 'custom clauses'
}

/** What one element of a list of keys is called, by the list's pattern (`purposes` → `purpose`). */
const elementNouns: Readonly<Record<string, string>> = {
  locales: 'locale',
  'consent.methods': 'consent method',
  'consent.withdrawal': 'withdrawal channel',
  'collectedData.items': 'data item',
  'serverLogs.items': 'data item',
  'personalData.categories[].items': 'data item',
  'personalData.categories[].sources': 'source',
  'personalData.purposes[].data': 'data category',
  'personalData.recipients[].thirdParties': 'third party',
  'personalData.requests.channels': 'channel',
  'personalData.marketingOptOut': 'marketing opt-out channel',
  'personalData.security': 'security measure',
  'personalData.rights': 'right',
  'crossBorder.countries': 'country',
  'crossBorder.basis': 'transfer basis',
  'crossBorder.transfers[].countries': 'country',
  'crossBorder.transfers[].basis': 'transfer basis',
  'gdpr.transferMechanism': 'transfer mechanism'
}

/** Words for facts whose name alone reads badly, by the fact's last key. */
const fieldWords: Readonly<Record<string, string>> = {
  marketingOptOut: 'marketing opt-out',
  changeNotice: 'change notice',
  primaryDatabaseCountry: 'database country',
  crossBorder: 'cross-border transfer',
  gdpr: 'GDPR'
}

/** `stopProcessingWorkingDays` → `stop processing working days`; `ru` → `(ru)`. */
export function fieldLabel(key: string): string {
  if (key === 'ru' || key === 'kk') return `(${key})`
  return fieldWords[key] ?? key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()
}

/** What one element of a list of keys is called: `purposes` → `purpose`. */
export function elementNoun(pattern: string, key: string): string {
  const known = elementNouns[pattern]
  if (known) return known
  if (pattern.endsWith('purposes')) return 'purpose'
  const words = fieldLabel(key)
  return words.endsWith('ies') ? `${words.slice(0, -3)}y` : words.endsWith('s') ? words.slice(0, -1) : words
}

const retentionFacts = new Set(['cookies[].retention', 'serverLogs.retention', 'personalData.categories[].retention'])
const durationFacts = new Set([...retentionFacts, 'documents.cookiePolicy.cookieReview'])
const countryFacts = new Set(['thirdParties[].country', 'crossBorder.countries', 'crossBorder.transfers[].countries', 'storage.primaryDatabaseCountry'])

/** A fact's value in English for the changelog: durations in words, countries by name. */
export function displayValue(pattern: string, value: unknown): string {
  if (typeof value === 'string' && durationFacts.has(pattern)) return englishDuration(value)
  if (typeof value === 'string' && countryFacts.has(pattern)) return englishCountry(value)
  if (typeof value === 'string' && /\.(ru|kk)$/.test(pattern)) return quotedText(value)
  return plainValue(value)
}

/** An element of a list of keys in English: `"advertising"`, or a country by name. */
export function displayElement(pattern: string, value: unknown): string {
  if (typeof value === 'string' && countryFacts.has(pattern)) return englishCountry(value)
  return typeof value === 'string' ? `"${value}"` : plainValue(value)
}

const purposeLists = new Set(['cookieCategories[].purposes', 'thirdParties[].purposes', 'collectedData.purposes', 'serverLogs.purposes', 'personalData.recipients[].purposes'])
const dataItemLists = new Set(['collectedData.items', 'serverLogs.items', 'personalData.categories[].items'])
const removedMaterial: Readonly<Record<string, string>> = {
  'personalData.rights': 'right removed',
  'consent.withdrawal': 'withdrawal channel removed',
  'personalData.marketingOptOut': 'opt-out channel removed',
  'personalData.requests.channels': 'request channel removed'
}

/** Whether adding or removing one element of a list of keys is material. */
export function classifyElement(pattern: string, kind: 'added' | 'removed'): Materiality {
  if (kind === 'removed') {
    const reason = removedMaterial[pattern]
    return reason ? material(reason) : editorial
  }
  if (purposeLists.has(pattern)) return material('new purpose')
  if (dataItemLists.has(pattern)) return material('new data item')
  if (pattern === 'personalData.purposes[].data') return material('new data category')
  if (pattern === 'crossBorder.countries' || pattern === 'crossBorder.transfers[].countries') return material('new country')
  if (pattern === 'personalData.recipients[].thirdParties') return material('new third party')
  return editorial
}

/** Whether a change of one value is material. */
export function classifyValue(pattern: string, before: unknown, after: unknown): Materiality {
  if (retentionFacts.has(pattern)) return typeof before === 'string' && typeof after === 'string' && isLonger(after, before) ? material('longer retention') : editorial
  if (pattern === 'cookies[].purpose' && after !== undefined) return material('new purpose')
  if (pattern === 'thirdParties[].country' && after !== undefined) return material('new country')
  if (pattern === 'crossBorder.enabled' && after === true && before !== true) return material('new cross-border transfer')
  return editorial
}

/**
 * Whether adding or removing a list item is material. `declaredPurposes` gives, for a cookie category,
 * the purposes the old facts declared for it (its own and its cookies').
 */
export function classifyItem(pattern: string, kind: 'added' | 'removed', item: Record<string, unknown>, declaredPurposes: (category: string) => ReadonlySet<string>): Materiality {
  if (kind === 'removed') return editorial
  switch (pattern) {
    case 'cookieCategories':
    case 'personalData.purposes':
      return material('new purpose')
    case 'cookies':
      return declaredPurposes(String(item.category)).has(String(item.purpose)) ? editorial : material('new purpose')
    case 'thirdParties':
    case 'personalData.recipients':
      return material('new third party')
    case 'personalData.categories':
      return material('new data category')
    default:
      return editorial
  }
}

/** Whether retention `after` is longer than `before` (`until-purpose` is longer than any period). */
export function isLonger(after: string, before: string): boolean {
  if (after === before) return false
  if (after === 'until-purpose') return true
  if (before === 'until-purpose') return false
  const a = parseDuration(after)
  const b = parseDuration(before)
  return a !== undefined && b !== undefined && compareDurations(a, b) > 0
}

const cookiePolicyFacts = ['cookieCategories', 'cookies', 'collectedData', 'serverLogs', 'documents.cookiePolicy', 'customClauses.cookiePolicy']
const privacyPolicyFacts = ['personalData', 'documents.privacyPolicy', 'customClauses.privacyPolicy']

/** Which documents print the facts under a pattern (before keeping only the published ones). */
export function documentsOf(pattern: string): DocumentKind[] {
  const under = (prefix: string) => pattern === prefix || pattern.startsWith(`${prefix}.`) || pattern.startsWith(`${prefix}[`)
  if (under('personalData.security')) return ['cookie-policy', 'privacy-policy']
  if (cookiePolicyFacts.some(under)) return ['cookie-policy']
  if (privacyPolicyFacts.some(under)) return ['privacy-policy']
  return ['cookie-policy', 'privacy-policy']
}
