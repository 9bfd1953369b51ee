import {globMatches, type Catalogue, type CatalogueService} from '../facts/services.js'
import type {Facts} from '../facts/types.js'
import type {Observation, Phase} from './observe.js'

/** Browsers keep a cookie at most 400 days, whatever the site asks (RFC 6265bis). */
export const browserLifetimeCap = 400 * 86_400

/** A cookie or storage key the site set that the facts do not declare. */
export interface Undeclared {
  name: string
  kind: 'cookie' | 'local-storage' | 'session-storage'
  /** The cookie's domain, or the storage's origin. */
  where: string
  party: 'first' | 'third'
  lifetime: number | 'session'
  phase: Phase
  /** The catalogue service it most likely belongs to, if any. */
  service?: {id: string; name: string; category: string}
}

/** What a scan found, measured against one organization's facts. */
export interface ScanReport {
  site: string
  pages: string[]
  consented: boolean
  /** Pages that did not load or led off the site. */
  unreachable: string[]
  /** How many cookies and storage keys were seen, and how many of them the facts declare. */
  seen: number
  declared: number
  undeclared: Undeclared[]
  /** Cookies the facts put in a category that needs consent, set before consent was given. */
  beforeConsent: Array<{name: string; category: string; where: string}>
  /** Cookies the browser keeps longer than the facts say (beyond the browsers' 400-day cap). */
  longer: Array<{name: string; declared: string; observed: number}>
  /** Named cookies and keys of the facts the scan never saw (on the pages it visited). */
  neverSeen: Array<{name: string; category: string}>
}

type Cookie = NonNullable<Facts['cookies']>[number]

/** Whether a declared name or pattern (`_ga_*`, `intercom-id-*`) covers `name`. */
export const nameMatches = globMatches

/** A declared retention in seconds: the upper end of a range, 0 for `session`; undefined when it is not a period. */
export function retentionSeconds(retention: string): number | undefined {
  if (retention === 'session') return 0
  const upper = retention.includes('/') ? retention.split('/')[1] ?? '' : retention
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(upper)
  if (!match || upper === 'P' || upper.endsWith('T')) return undefined
  const [years, months, weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0))
  return ((years ?? 0) * 365 + (months ?? 0) * 30 + (weeks ?? 0) * 7 + (days ?? 0)) * 86_400 + (hours ?? 0) * 3_600 + (minutes ?? 0) * 60 + (seconds ?? 0)
}

/** The catalogue service a name most likely comes from. */
export function serviceOf(name: string, catalogue: Catalogue): CatalogueService | undefined {
  return catalogue.services.find((service) => service.cookies.some((cookie) => nameMatches(cookie.name, name)))
}

/**
 * Measure what the browser saw against the facts (with their services in place): what the site
 * sets that the facts do not declare, what needs consent but came before it, what lasts longer than
 * declared, and what is declared but was never seen. Pure.
 */
export function compareObservation(observation: Observation, facts: Facts, catalogue: Catalogue): ScanReport {
  const cookies = facts.cookies ?? []
  const declaredFor = (name: string): Cookie | undefined => cookies.find((cookie) => [cookie.name, ...(cookie.alternativeNames ?? [])].some((declared) => declared !== undefined && nameMatches(declared, name)))
  const undeclared: Undeclared[] = []
  const beforeConsent: ScanReport['beforeConsent'] = []
  const longer: ScanReport['longer'] = []
  const matched = new Set<Cookie>()
  const seen = [...observation.cookies.map((cookie) => ({...cookie, kind: 'cookie' as const, where: cookie.domain})), ...observation.storage.map((entry) => ({name: entry.key, kind: entry.kind, where: entry.origin, party: entry.party, lifetime: 'session' as const, phase: entry.phase}))]
  for (const item of seen) {
    const declared = declaredFor(item.name)
    if (!declared) {
      const service = serviceOf(item.name, catalogue)
      undeclared.push({name: item.name, kind: item.kind, where: item.where, party: item.party, lifetime: item.lifetime, phase: item.phase, ...(service ? {service: {id: service.id, name: service.name, category: service.category}} : {})})
      if (service && service.category !== 'strictly-necessary' && item.phase === 'before-consent') beforeConsent.push({name: item.name, category: service.category, where: item.where})
      continue
    }
    matched.add(declared)
    if (declared.category !== 'strictly-necessary' && item.phase === 'before-consent') beforeConsent.push({name: item.name, category: declared.category, where: item.where})
    if (item.kind === 'cookie' && item.lifetime !== 'session') {
      const allowed = retentionSeconds(declared.retention)
      // A day's slack for clocks and rounding; a declared lifetime past the browsers' cap is met by the cap.
      // (A cookie declared for the session that outlives it is longer, however short.)
      const slack = allowed === 0 ? 0 : 86_400
      if (allowed !== undefined && item.lifetime > Math.min(allowed, browserLifetimeCap) + slack) longer.push({name: item.name, declared: declared.retention, observed: item.lifetime})
    }
  }
  const neverSeen = cookies.filter((cookie) => cookie.name !== undefined && !matched.has(cookie)).map((cookie) => ({name: cookie.name ?? '', category: cookie.category}))
  return {site: observation.site, pages: observation.pages, consented: observation.consented, unreachable: observation.unreachable, seen: seen.length, declared: seen.length - undeclared.length, undeclared, beforeConsent, longer, neverSeen}
}

/** Whether the report holds what a scheduled check must fail on: something undeclared, or set before consent. */
export function scanFails(report: ScanReport): boolean {
  return report.undeclared.length > 0 || report.beforeConsent.length > 0
}
