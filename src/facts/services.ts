import {createRequire} from 'node:module'
import type {PathSegment} from './locate.js'
import type {CookieCategory, CookiePurpose, Country, Facts, Retention, ServiceId, TechnologyType, ThirdPartyKind} from './types.js'

/** A provider of the catalogue: the third party a service brings into the facts. */
export interface CatalogueProvider {
  name: string
  localizedName?: {kk?: string; ru?: string}
  country: string
  privacyPolicy: string
  /** What policygen could not confirm from the provider's own documents (its legal name, its country …). */
  verify?: string
}

/** A cookie (or storage key) a service sets, as the catalogue gives it. */
export interface CatalogueCookie {
  name: string
  type?: TechnologyType
  party: 'first' | 'third'
  retention: Retention
  purpose: CookiePurpose
  /** `open-cookie-database:<row id>`, or `policygen` for a cookie policygen added or corrected. */
  source: string
}

/** A service of the catalogue (`yandex-metrica`): its provider, what it is for, and its cookies. */
export interface CatalogueService {
  id: ServiceId
  /** The service's own name, as the documents list it under its provider: «Яндекс Метрика». */
  name: string
  provider: string
  kind: ThirdPartyKind
  role: 'processor' | 'controller'
  category: CookieCategory
  purposes: CookiePurpose[]
  optOut?: string
  cookies: CatalogueCookie[]
}

/** policygen's catalogue of known services, `catalogue/services.json` (built by `npm run catalogue`). */
export interface Catalogue {
  checked: string
  providers: Readonly<Record<string, CatalogueProvider>>
  services: readonly CatalogueService[]
}

const require = createRequire(import.meta.url)

/** The catalogue that ships with policygen. */
export const catalogue = require('../../catalogue/services.json') as Catalogue

/** What a company may say of a service it uses, beyond its id: an entry of `services` written as an object. */
export type ServiceChoice = Exclude<NonNullable<Facts['services']>[number], ServiceId>

/** What one entry of `services` brought into the facts, for `validate` to say. */
export interface ServiceReport {
  /** The entry's path, `services[1]`. */
  path: PathSegment[]
  id: ServiceId
  name: string
  /** The provider as the documents name it, and whether it came from the catalogue or the company's `thirdParties`. */
  provider: {id: string; name: string; country: string; from: 'catalogue' | 'thirdParties'; verify?: string}
  /** The cookies the service added, by name; the ones the company declares itself are not among them. */
  cookies: string[]
  /** Cookies of the service the company declares itself in `cookies` (its own wins). */
  ownCookies: string[]
}

/** The facts with every service's third party and cookies in place, and where each came from. */
export interface ExpandedFacts {
  facts: Facts
  reports: ServiceReport[]
  /** For a fact that a service added (`cookies[7]`), the entry of `services` it came from. */
  origins: Array<{path: PathSegment[]; from: PathSegment[]}>
}

/** The catalogue's service with this id, if there is one. */
export function serviceById(id: string, from: Catalogue = catalogue): CatalogueService | undefined {
  return from.services.find((service) => service.id === id)
}

/**
 * Bring each service of `services` into the facts: its provider as a third party (unless the company
 * describes that provider itself in `thirdParties`, under the same id: its own words win, and the
 * service is added to its `services`), and its cookies (unless the company declares a cookie of that
 * name itself), in the service's category, with the company's changes applied. Facts without
 * `services` come back as they are. Pure: the facts given are not changed.
 */
export function expandServices(facts: Facts, from: Catalogue = catalogue): ExpandedFacts {
  const entries = facts.services ?? []
  if (entries.length === 0) return {facts, reports: [], origins: []}
  const thirdParties = [...(facts.thirdParties ?? [])].map((party) => ({...party}))
  const cookies = [...(facts.cookies ?? [])]
  const reports: ServiceReport[] = []
  const origins: ExpandedFacts['origins'] = []
  // The company's own names and patterns (`_ym_*`) cover a service's cookie; so does one another service brought.
  const own = cookies.flatMap((cookie) => [cookie.name, ...(cookie.alternativeNames ?? [])].filter((name): name is string => name !== undefined))
  const declaredByCompany = (name: string) => own.some((declared) => globMatches(declared, name))
  const added = new Set<string>()
  entries.forEach((entry, index) => {
    const choice: ServiceChoice = typeof entry === 'string' ? {id: entry} : entry
    const service = serviceById(choice.id, from)
    const provider = service ? from.providers[service.provider] : undefined
    if (!service || !provider) return // the schema refuses an id the catalogue does not have
    const path: PathSegment[] = ['services', index]
    const changes = new Map((choice.cookies ?? []).map((cookie) => [cookie.name, cookie]))
    const without = new Set(choice.without ?? [])
    const serviceCookies = [...service.cookies.filter((cookie) => !without.has(cookie.name)), ...[...changes.values()].filter((change) => !service.cookies.some((cookie) => cookie.name === change.name))]
    // A provider's `purposes` say what its cookies are for, and make the cookie policy say it places
    // cookies: a service brings them only with cookies (Kaspi Pay, whose catalogue entry has none,
    // places none that a fact names), unless the company gives the purposes itself.
    const purposes = choice.purposes ?? (serviceCookies.length > 0 ? service.purposes : [])
    const ownParty = thirdParties.findIndex((party) => party.id === service.provider)
    // The provider is the catalogue's when no party of that id is in the facts yet, or another service brought it.
    const fromCatalogue = ownParty === -1 || origins.some((origin) => origin.path[0] === 'thirdParties' && origin.path[1] === ownParty)
    if (ownParty === -1) {
      origins.push({path: ['thirdParties', thirdParties.length], from: path})
      thirdParties.push({
        id: service.provider,
        name: provider.name,
        ...(provider.localizedName ? {localizedName: provider.localizedName} : {}),
        services: [service.name],
        kind: service.kind,
        role: choice.role ?? service.role,
        country: provider.country as Country,
        ...(purposes.length > 0 ? {purposes: [...purposes]} : {}),
        privacyPolicy: provider.privacyPolicy,
        ...(service.optOut ? {optOut: service.optOut} : {}),
        ...(choice.dataCountry ? {dataCountry: choice.dataCountry} : {}),
        ...(choice.agreement === undefined ? {} : {agreement: choice.agreement})
      })
    } else {
      // The provider, the company's or one another service brought, gets this service's name and purposes
      // too (the documents must say what its cookies are for), and acts as a controller when this service does.
      // A company that names the provider's services itself has named this one as it calls it (`JivoSite`):
      // the catalogue's name beside it would list one service twice.
      const party = thirdParties[ownParty]
      if (party) {
        const named = !fromCatalogue && party.services !== undefined
        if (!named && !(party.services ?? []).includes(service.name)) party.services = [...(party.services ?? []), service.name]
        if (purposes.length > 0) party.purposes = [...new Set([...(party.purposes ?? []), ...purposes])]
        if (fromCatalogue && (choice.role ?? service.role) === 'controller') party.role = 'controller'
      }
    }
    const addedHere: string[] = []
    const ownCookies: string[] = []
    for (const cookie of serviceCookies) {
      if (declaredByCompany(cookie.name)) {
        ownCookies.push(cookie.name)
        continue
      }
      if (added.has(cookie.name)) continue // another service of the list brought it already
      const change = changes.get(cookie.name)
      const base = 'source' in cookie ? cookie : undefined
      const retention = change?.retention ?? base?.retention
      const purpose = change?.purpose ?? base?.purpose ?? purposes[0]
      if (retention === undefined || purpose === undefined) continue // a cookie the company adds gives its retention; the schema asks for it
      const type = change?.type ?? base?.type
      origins.push({path: ['cookies', cookies.length], from: change ? [...path, 'cookies', [...changes.keys()].indexOf(cookie.name)] : path})
      cookies.push({
        name: cookie.name,
        category: choice.category ?? service.category,
        ...(type ? {type} : {}),
        provider: service.provider,
        purpose,
        retention,
        party: change?.party ?? base?.party ?? 'first'
      })
      added.add(cookie.name)
      addedHere.push(cookie.name)
    }
    const party = thirdParties.find((candidate) => candidate.id === service.provider)
    reports.push({
      path,
      id: service.id,
      name: service.name,
      provider: {id: service.provider, name: party?.name ?? provider.name, country: party?.country ?? provider.country, from: fromCatalogue ? 'catalogue' : 'thirdParties', ...(provider.verify && fromCatalogue ? {verify: provider.verify} : {})},
      cookies: addedHere,
      ownCookies
    })
  })
  const expanded: Facts = {...facts, thirdParties, cookies}
  sources.set(expanded, {facts, reports})
  return {facts: expanded, reports, origins}
}

const sources = new WeakMap<Facts, {facts: Facts; reports: ServiceReport[]}>()

/** For facts `expandServices` made: the facts as the company wrote them, and what each service brought. */
export function servicesOf(facts: Facts): {facts: Facts; reports: ServiceReport[]} {
  return sources.get(facts) ?? {facts, reports: []}
}

/** Whether a declared name or pattern (`_ym_*`) covers `name`. */
export function globMatches(declared: string, name: string): boolean {
  if (!declared.includes('*')) return declared === name
  const pattern = declared.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')
  return new RegExp(`^${pattern}$`).test(name)
}

/** The entry of `services` a path of the expanded facts came from, or the path itself. */
export function originOf(path: readonly PathSegment[], origins: ExpandedFacts['origins']): PathSegment[] {
  const origin = origins.find((candidate) => candidate.path.every((segment, index) => path[index] === segment))
  return origin ? [...origin.from] : [...path]
}
