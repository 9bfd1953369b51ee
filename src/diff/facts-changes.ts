/**
 * The changelog of facts: what changed between two versions of one organization's facts, in words
 * reviewers read (`kazteleport: cookie "_ga": retention 1 year → 2 years`), each change classed
 * material or editorial (see `change-rules.ts` for which are material). Pure.
 */

import {isDeepStrictEqual} from 'node:util'
import type {Facts} from '../facts/types.js'
import {publishedDocuments} from '../document/markdown.js'
import type {DocumentKind} from '../document/resolve.js'
import {
  classifyElement,
  classifyItem,
  classifyValue,
  displayElement,
  displayValue,
  documentsOf,
  elementNoun,
  fieldLabel,
  groupSubjects,
  ignoredFacts,
  keyedLists,
  wholeObjects,
  type KeyedList,
  type Materiality
} from './change-rules.js'

/** Whether a fact was added, removed or changed. */
export type ChangeKind = 'added' | 'removed' | 'changed'

/** Whether a change needs a new version and effective date (material) or not (editorial). */
export type ChangeClass = 'material' | 'editorial'

/** One change of the facts, in words. */
export interface FactChange {
  /** The organization's id (its folder's name). */
  organization: string
  /** Where the fact is, with list items named by their identity: `cookies["_ga"].retention`; empty for the whole organization. */
  path: string
  /** What the fact belongs to: `cookie "_ga"`, `consent`, `organization`. */
  subject: string
  /** The fact in words, within its subject: `retention`, `general email`, `purpose`; empty for a whole list item. */
  field: string
  kind: ChangeKind
  /** The old value in English (absent when added). */
  before?: string
  /** The new value in English (absent when removed); for a list item added, a short description of it. */
  after?: string
  class: ChangeClass
  /** Why a material change is material: `longer retention`, `new purpose`… */
  reason?: string
  /** The published documents that print this fact. */
  documents: DocumentKind[]
}

/**
 * Compare one organization's facts before and after; `undefined` on one side means the organization
 * was added or removed (reported as one editorial change: a new organization's documents are a first
 * publication, not a change of published ones).
 */
export function compareFacts(organization: string, before: Facts | undefined, after: Facts | undefined): FactChange[] {
  if (!before && !after) return []
  if (!before || !after) {
    const facts = (after ?? before) as Facts
    return [
      {
        organization,
        path: '',
        subject: 'organization',
        field: '',
        kind: after ? 'added' : 'removed',
        ...(after ? {after: publishedDocuments(facts).join(', ')} : {before: publishedDocuments(facts).join(', ')}),
        class: 'editorial',
        documents: publishedDocuments(facts)
      }
    ]
  }
  const published = new Set([...publishedDocuments(before), ...publishedDocuments(after)])
  const walker = new Walker(organization, before, published)
  walker.walk(before, after, {pattern: '', path: '', subject: '', fields: []})
  return walker.changes
}

/** The changelog line of a change: `kazteleport: cookie "_ga": retention 1 year → 2 years`. */
export function changeLine(change: FactChange): string {
  return `${change.organization}: ${changeText(change)}`
}

/** A change in words without the organization: `cookie "_ga": retention 1 year → 2 years`. */
export function changeText(change: FactChange): string {
  const head = change.field ? `${change.subject}: ${change.field}` : change.subject
  if (change.kind === 'changed') return `${head} ${change.before ?? 'none'} → ${change.after ?? 'none'}`
  const value = change.kind === 'added' ? change.after : change.before
  if (change.field) return `${head} ${value ?? ''} ${change.kind}`.replace(/ {2,}/g, ' ')
  return `${head} ${change.kind}${value ? ` (${value})` : ''}`
}

interface Place {
  /** The path with list items as `[]`: `cookies[].retention`. */
  pattern: string
  /** The path with list items named: `cookies["_ga"].retention`. */
  path: string
  subject: string
  /** Words of the fact after its subject. */
  fields: string[]
}

type Item = Record<string, unknown>

class Walker {
  readonly changes: FactChange[] = []

  constructor(
    private readonly organization: string,
    private readonly before: Facts,
    private readonly published: ReadonlySet<DocumentKind>
  ) {}

  walk(before: unknown, after: unknown, place: Place): void {
    if (isDeepStrictEqual(before, after)) return
    if (place.pattern === 'crossBorder' && isRecord(before) && isRecord(after) && (before.transfers !== undefined || after.transfers !== undefined)) return this.transfers(before, after, place)
    const list = keyedLists[place.pattern]
    if (list) return this.keyed(asItems(before), asItems(after), list, place)
    if (wholeObjects.has(place.pattern) && (before === undefined || after === undefined)) {
      return this.add(place, before === undefined ? 'added' : 'removed', {class: 'editorial'}, {})
    }
    if (isScalarList(before) && isScalarList(after) && (Array.isArray(before) || Array.isArray(after))) return this.elements(before ?? [], after ?? [], place)
    if ((isRecord(before) || before === undefined) && (isRecord(after) || after === undefined)) return this.record(before ?? {}, after ?? {}, place)
    if (Array.isArray(before) && Array.isArray(after)) {
      for (let index = 0; index < Math.max(before.length, after.length); index++) {
        this.walk(before[index], after[index], {...place, pattern: `${place.pattern}[]`, path: `${place.path}[${index}]`, fields: [...place.fields, `[${index + 1}]`]})
      }
      return
    }
    const kind = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed'
    this.add(place, kind, classifyValue(place.pattern, before, after), {
      ...(before === undefined ? {} : {before: displayValue(place.pattern, before)}),
      ...(after === undefined ? {} : {after: displayValue(place.pattern, after)})
    })
  }

  private record(before: Item, after: Item, place: Place): void {
    const keys = [...Object.keys(after), ...Object.keys(before).filter((key) => !(key in after))]
    for (const key of keys) {
      if (place.pattern === '' && ignoredFacts.has(key)) continue
      this.walk(before[key], after[key], child(place, key))
    }
  }

  private keyed(before: Item[], after: Item[], list: KeyedList, place: Place): void {
    const id = (item: Item) => String(item[list.key])
    const old = new Map(before.map((item) => [id(item), item]))
    const now = new Map(after.map((item) => [id(item), item]))
    const itemPlace = (key: string): Place => ({pattern: `${place.pattern}[]`, path: `${place.path}[${JSON.stringify(key)}]`, subject: `${list.noun} ${JSON.stringify(key)}`, fields: []})
    for (const [key, item] of old) {
      if (!now.has(key)) this.add(itemPlace(key), 'removed', classifyItem(place.pattern, 'removed', item, this.declaredPurposes), list.describe ? {before: list.describe(item)} : {}, place.pattern)
    }
    for (const [key, item] of now) {
      const previous = old.get(key)
      if (previous) this.walk(previous, item, itemPlace(key))
      else this.add(itemPlace(key), 'added', classifyItem(place.pattern, 'added', item, this.declaredPurposes), list.describe ? {after: list.describe(item)} : {}, place.pattern)
    }
  }

  /**
   * A cross-border transfer written by groups of countries (`transfers`) on either side: compared
   * country by country, so that moving the same countries and bases from `countries` and `basis` into
   * groups, or from one group to another, is not a country removed and added again.
   */
  private transfers(before: Item, after: Item, place: Place): void {
    if (before.enabled !== after.enabled) this.walk(before.enabled, after.enabled, child(place, 'enabled'))
    const old = basisByCountry(before)
    const now = basisByCountry(after)
    const countries = child(place, 'countries')
    const at = {...countries, fields: ['country']}
    let changed = false
    for (const [country] of old) {
      if (now.has(country)) continue
      changed = true
      this.add(at, 'removed', classifyElement(countries.pattern, 'removed'), {before: displayElement(countries.pattern, country)})
    }
    for (const [country, basis] of now) {
      const previous = old.get(country)
      changed ||= previous === undefined || previous !== basis
      if (previous === undefined) this.add(at, 'added', classifyElement(countries.pattern, 'added'), {after: displayElement(countries.pattern, country)})
      else if (previous !== basis) this.add({...place, pattern: 'crossBorder.basis', fields: [`transfer basis for ${displayElement(countries.pattern, country)}`]}, 'changed', {class: 'editorial'}, {before: previous, after: basis})
    }
    if (!changed) this.add({...place, fields: ['form']}, 'changed', {class: 'editorial'}, {before: formOf(before), after: formOf(after)})
  }

  private elements(before: readonly unknown[], after: readonly unknown[], place: Place): void {
    const key = place.pattern.slice(place.pattern.lastIndexOf('.') + 1)
    const noun = elementNoun(place.pattern, key)
    const at = {...place, fields: [...place.fields.slice(0, -1), noun]}
    for (const value of before) {
      if (!after.includes(value)) this.add(at, 'removed', classifyElement(place.pattern, 'removed'), {before: displayElement(place.pattern, value)})
    }
    for (const value of after) {
      if (!before.includes(value)) this.add(at, 'added', classifyElement(place.pattern, 'added'), {after: displayElement(place.pattern, value)})
    }
  }

  private add(place: Place, kind: ChangeKind, materiality: Materiality, values: {before?: string; after?: string}, pattern = place.pattern): void {
    this.changes.push({
      organization: this.organization,
      path: place.path,
      subject: place.subject || 'facts',
      field: place.fields.join(' '),
      kind,
      ...values,
      class: materiality.class,
      ...(materiality.class === 'material' ? {reason: materiality.reason} : {}),
      documents: documentsOf(pattern).filter((document) => this.published.has(document))
    })
  }

  /** The purposes the old facts declared for a cookie category: the category's own and its cookies'. */
  private readonly declaredPurposes = (category: string): ReadonlySet<string> => {
    const own = this.before.cookieCategories?.find((candidate) => candidate.id === category)?.purposes ?? []
    const cookies = (this.before.cookies ?? []).filter((cookie) => cookie.category === category).map((cookie) => cookie.purpose)
    return new Set<string>([...own, ...cookies])
  }
}

function child(place: Place, key: string): Place {
  const pattern = place.pattern ? `${place.pattern}.${key}` : key
  const path = place.path ? `${place.path}.${key}` : key
  const group = groupSubjects[pattern]
  if (group !== undefined && !place.path.includes('[')) return {pattern, path, subject: group, fields: []}
  return {pattern, path, subject: place.subject, fields: [...place.fields, fieldLabel(key)]}
}

function isRecord(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function asItems(value: unknown): Item[] {
  return Array.isArray(value) ? value.filter(isRecord) : []
}

function isScalarList(value: unknown): value is readonly unknown[] | undefined {
  return value === undefined || (Array.isArray(value) && value.every((element) => element === null || typeof element !== 'object'))
}

/** Each country of a cross-border transfer with its basis in words (`"consent", "law"`), whichever way the facts write it. */
function basisByCountry(crossBorder: Item): Map<string, string> {
  const groups = Array.isArray(crossBorder.transfers) ? asItems(crossBorder.transfers) : [{countries: crossBorder.countries, basis: crossBorder.basis}]
  const byCountry = new Map<string, string>()
  for (const group of groups) {
    const basis = (Array.isArray(group.basis) ? group.basis : []).map((each) => `"${String(each)}"`).join(', ')
    for (const country of Array.isArray(group.countries) ? group.countries : []) byCountry.set(String(country), basis)
  }
  return byCountry
}

function formOf(crossBorder: Item): string {
  return crossBorder.transfers === undefined ? 'one basis for every country' : 'a basis for each group of countries'
}
