import {compareDurations, durationInWords, pluralRu, formatDate, formatDuration, formatDurationRange, formatPhone, formatWorkingDays, joinList, parseDuration, phoneHref, withKazakhSuffix, type Duration} from '../lang/index.js'
import type {Facts} from '../facts/types.js'
import type {Locale} from '../lang/locale.js'
import {escapeMarkdown, markdownLink} from './escape.js'
import {term, type Terms} from './terms.js'

/** The documents policygen publishes, by their output name. */
export const documentKinds = ['cookie-policy', 'privacy-policy'] as const

/** A document policygen publishes: `cookie-policy` or `privacy-policy`. */
export type DocumentKind = (typeof documentKinds)[number]

/** Which key of `facts.documents` describes each document. */
export const documentFactKey = {'cookie-policy': 'cookiePolicy', 'privacy-policy': 'privacyPolicy'} as const

type Cookie = NonNullable<Facts['cookies']>[number]
type ThirdParty = Facts['thirdParties'][number]
type LocalizedText = Facts['organization']['legalName']

/** A contact channel, ready to print: escaped label and safe link. */
export interface ContactView {
  email: string | false
  phone: string | false
  url: string | false
  postalAddress: string | false
}

/**
 * Everything a document template prints, already in the locale's words and escaped for Markdown.
 * Every key is always present (absent facts are `false` or empty lists), so strict templates can
 * tell a missing fact from a template typo.
 */
export interface DocumentView {
  locale: Locale
  document: DocumentKind
  title: string
  /** Fixed interface wording from the `ui` group of the terms (labels, headings). */
  ui: Readonly<Record<string, string>>
  org: {fullName: string; shortName: string; term: string; idLabel: string; id: string; address: string; brandName: string | false}
  version: {number: string; date: string; isoDate: string}
  history: Array<{number: string; date: string; summary: string}>
  audience: string | false
  sitesList: string
  /** Whether there is more than one site (the defined term «Сайт» then covers them together and each). */
  manySites: boolean
  otherPolicy: {title: string; link: string | false} | false
  contacts: {general: ContactView; personalData: ContactView | false; marketing: ContactView | false}
  responsiblePerson: {position: string; email: string} | false
  consent: {methods: string; withdrawal: string; stopProcessing: string; log: boolean; cookieSettings: boolean}
  changes: {notice: string; review: string | false; bannerOnNextVisit: boolean; email: boolean}
  cookies: CookiesView | false
  thirdParties: Array<{name: string; services: string | false; kind: string; role: string; country: string; purposes: string; policy: string | false}>
  crossBorder: {enabled: boolean; countries: string; basis: string}
  storage: {country: string; inKazakhstan: boolean; hosting: string | false}
  gdpr: {applies: boolean; priorConsent: boolean; mechanisms: string | false; representative: string | false}
  personalData: PersonalDataView | false
  security: string[]
  authority: {name: string; url: string}
}

/** The cookie part of a document view. */
export interface CookiesView {
  categories: Array<{id: string; name: string; description: string; purposes: string[]; canDisable: boolean; note: string | false; examples: string | false; table: CookieRow[]}>
  count: number
  technologies: string | false
  hasSession: boolean
  hasPersistent: boolean
  persistentRange: string | false
  collected: {items: string[]; purposes: string}
  serverLogs: {items: string; purposes: string; retention: string} | false
}

/** One row of a cookie table. */
export interface CookieRow {
  name: string
  provider: string
  purpose: string
  retention: string
}

/** The personal-data part of a document view (privacy policy). */
export interface PersonalDataView {
  /** `retention` is the period alone; `note` says from when it runs (word order differs by language). */
  categories: Array<{name: string; items: string; sources: string; retention: string; note: string | false}>
  purposes: Array<{name: string; basis: string; data: string}>
  recipients: Array<{kind: string; parties: string | false; purposes: string | false}>
  rights: string[]
  requests: {channels: string; answer: string; change: string}
  breach: {authority: string; notifySubjects: boolean}
  /** `age`: «18 лет» / «18 жас»; `ageDative` adds the Kazakh dative («18 жасқа»), the same as `age` in Russian. */
  minors: {collected: boolean; age: string; ageDative: string}
  automatedDecisions: {used: boolean; description: string | false}
  marketingOptOut: string | false
  publicSources: boolean
  biometric: boolean
  depersonalizedAnalytics: boolean
}

/** Turn one organization's facts into what the template of `document` in `locale` prints. */
export function resolveDocument(facts: Facts, document: DocumentKind, locale: Locale, terms: Terms): DocumentView {
  const t = (group: string, key: string, form?: string) => term(terms, locale, group, key, form)
  const list = (group: string, keys: readonly string[] | undefined, type: 'and' | 'or' = 'and') => joinList((keys ?? []).map((key) => t(group, key)), locale, type)
  const country = (code: string) => escapeMarkdown(countryName(code, locale))
  const documentFacts = facts.documents[documentFactKey[document]]
  if (!documentFacts) throw new TypeError(`${document} is not published by these facts`)
  const [current] = documentFacts.versions
  if (!current) throw new TypeError(`${document} has no version`)
  const otherKind = document === 'cookie-policy' ? 'privacy-policy' : 'cookie-policy'
  const otherFacts = facts.documents[documentFactKey[otherKind]]
  const {organization} = facts
  const legalName = escapeMarkdown(localized(organization.legalName, locale))
  const formShort = t('legalForm', organization.legalForm, 'short')
  const formFull = t('legalForm', organization.legalForm, 'full')
  const review = document === 'cookie-policy' && facts.documents.cookiePolicy?.cookieReview ? parseDuration(facts.documents.cookiePolicy.cookieReview) : undefined
  return {
    locale,
    document,
    title: t('documents', document, 'title'),
    ui: uiTerms(terms),
    org: {
      fullName: locale === 'ru' ? `${capitalize(formFull)} «${legalName}»` : `«${legalName}» ${formFull}`,
      shortName: locale === 'ru' ? `${formShort} «${legalName}»` : `«${legalName}» ${formShort}`,
      term: escapeMarkdown(localized(organization.definedTerm, locale)),
      idLabel: t('ui', organization.iin && !organization.bin ? 'iin' : 'bin'),
      id: organization.bin ?? organization.iin ?? '',
      address: escapeMarkdown(localized(organization.address, locale)),
      brandName: organization.brandName ? escapeMarkdown(organization.brandName) : false
    },
    version: {number: escapeMarkdown(current.version), date: formatDate(current.effectiveDate, locale), isoDate: current.effectiveDate},
    history: documentFacts.versions.map((version) => ({
      number: escapeMarkdown(version.version),
      date: formatDate(version.effectiveDate, locale),
      summary: escapeMarkdown(localized(version.summary, locale))
    })),
    audience: documentFacts.audience ? t('audience', documentFacts.audience) : false,
    sitesList: joinList(facts.sites.map((site) => siteLink(site, locale)), locale),
    manySites: facts.sites.length > 1,
    otherPolicy: otherFacts
      ? {title: t('documents', otherKind, 'title'), link: otherFacts.url ? markdownLink(t('documents', otherKind, 'title'), localized(otherFacts.url, locale)) : false}
      : false,
    contacts: {
      general: contactView(facts.contacts.general, locale),
      personalData: facts.contacts.personalData ? contactView(facts.contacts.personalData, locale) : false,
      marketing: facts.contacts.marketing ? contactView(facts.contacts.marketing, locale) : false
    },
    responsiblePerson: facts.responsiblePerson
      ? {position: escapeMarkdown(localized(facts.responsiblePerson.position, locale)), email: emailLink(facts.responsiblePerson.email)}
      : false,
    consent: {
      methods: list('consentMethod', facts.consent.methods, 'or'),
      withdrawal: list('withdrawalChannel', facts.consent.withdrawal, 'or'),
      stopProcessing: workingDaysWithin(facts.consent.stopProcessingWorkingDays, locale),
      log: facts.consent.log ?? false,
      cookieSettings: facts.consent.withdrawal.includes('cookie-settings')
    },
    changes: {
      notice: list('changeNotice', documentFacts.changeNotice),
      review: review ? reviewInterval(review, locale) : false,
      bannerOnNextVisit: documentFacts.changeNotice.includes('banner-on-next-visit'),
      email: documentFacts.changeNotice.includes('email')
    },
    cookies: document === 'cookie-policy' ? cookiesView(facts, locale, t, list) : false,
    thirdParties: facts.thirdParties.map((party) => thirdPartyView(party, locale, t, list, country)),
    crossBorder: {
      enabled: facts.crossBorder.enabled,
      countries: joinList((facts.crossBorder.countries ?? []).map(country), locale),
      basis: list('transferBasis', facts.crossBorder.basis, 'or')
    },
    storage: {
      country: country(facts.storage.primaryDatabaseCountry),
      inKazakhstan: facts.storage.primaryDatabaseCountry === 'KZ',
      hosting: facts.storage.hosting ? escapeMarkdown(localized(facts.storage.hosting, locale)) : false
    },
    gdpr: {
      applies: facts.gdpr?.applies ?? false,
      priorConsent: facts.gdpr?.priorConsent ?? false,
      mechanisms: facts.gdpr?.transferMechanism ? list('gdprMechanism', facts.gdpr.transferMechanism) : false,
      representative: facts.gdpr?.representative ? escapeMarkdown(facts.gdpr.representative) : false
    },
    personalData: facts.personalData ? personalDataView(facts, locale, t, list) : false,
    security: (facts.personalData?.security ?? ['encryption-in-transit', 'access-control']).map((key) => t('securityMeasure', key)),
    authority: {name: t('ui', 'authorityName'), url: t('ui', 'authorityUrl')}
  }
}

type Term = (group: string, key: string, form?: string) => string
type List = (group: string, keys: readonly string[] | undefined, type?: 'and' | 'or') => string

function cookiesView(facts: Facts, locale: Locale, t: Term, list: List): CookiesView {
  const cookies = facts.cookies ?? []
  const parties = new Map(facts.thirdParties.map((party) => [party.id, party]))
  const durations = cookies.map((cookie) => parseDuration(cookie.retention)).filter((value): value is Duration => value !== undefined)
  const persistent = durations.filter((duration) => duration.kind === 'period').sort(compareDurations)
  const [shortest] = persistent
  const longest = persistent[persistent.length - 1]
  const technologies = [...new Set(cookies.map((cookie) => cookie.type ?? 'cookie'))].filter((type) => type !== 'cookie')
  return {
    categories: (facts.cookieCategories ?? []).map((category) => {
      const members = cookies.filter((cookie) => cookie.category === category.id)
      return {
        id: category.id,
        name: t('cookieCategory', category.id, 'name'),
        description: t('cookieCategory', category.id, 'description'),
        purposes: category.purposes.map((purpose) => t('cookiePurpose', purpose)),
        canDisable: category.canDisable,
        note: category.note ? escapeMarkdown(localized(category.note, locale)) : false,
        examples: members.length > 0 ? joinList(members.slice(0, 5).map((cookie) => `\`${cookie.name.replace(/`/g, "'")}\``), locale) : false,
        table: members.map((cookie) => cookieRow(cookie, parties, locale, t))
      }
    }),
    count: cookies.length,
    technologies: technologies.length > 0 ? list('technologyType', technologies) : false,
    hasSession: durations.some((duration) => duration.kind === 'session'),
    hasPersistent: persistent.length > 0,
    persistentRange:
      shortest && longest && compareDurations(shortest, longest) !== 0
        ? formatDurationRange(shortest, longest, locale)
        : shortest
          ? formatDuration(shortest, locale)
          : false,
    collected: {
      items: (facts.collectedData?.items ?? []).map((item) => t('dataItem', item)),
      purposes: list('cookiePurpose', facts.collectedData?.purposes)
    },
    serverLogs: facts.serverLogs
      ? {
          items: list('dataItem', facts.serverLogs.items),
          purposes: list('cookiePurpose', facts.serverLogs.purposes),
          retention: durationInWords(facts.serverLogs.retention, locale)
        }
      : false
  }
}

function cookieRow(cookie: Cookie, parties: ReadonlyMap<string, ThirdParty>, locale: Locale, t: Term): CookieRow {
  const party = cookie.provider ? parties.get(cookie.provider) : undefined
  const type = cookie.type && cookie.type !== 'cookie' ? ` (${t('technologyType', cookie.type)})` : ''
  const purpose = t('cookiePurpose', cookie.purpose)
  return {
    name: `\`${cookie.name.replace(/[`|]/g, "'")}\`${type}`,
    provider: party ? escapeMarkdown(party.name) : t('ui', 'firstParty'),
    purpose: cookie.description ? `${capitalize(purpose)}: ${escapeMarkdown(localized(cookie.description, locale))}` : capitalize(purpose),
    retention: capitalize(durationInWords(cookie.retention, locale))
  }
}

function thirdPartyView(party: ThirdParty, locale: Locale, t: Term, list: List, country: (code: string) => string): DocumentView['thirdParties'][number] {
  return {
    name: escapeMarkdown(party.name),
    services: party.services ? joinList(party.services.map(escapeMarkdown), locale) : false,
    kind: t('thirdPartyKind', party.kind),
    role: t('thirdPartyRole', party.role),
    country: country(party.country),
    purposes: list('cookiePurpose', party.purposes),
    policy: party.privacyPolicy ? markdownLink(hostOf(party.privacyPolicy), party.privacyPolicy) : false
  }
}

function personalDataView(facts: Facts, locale: Locale, t: Term, list: List): PersonalDataView {
  const data = facts.personalData
  if (!data) throw new TypeError('personalData is required for the privacy policy')
  const parties = new Map(facts.thirdParties.map((party) => [party.id, party]))
  return {
    categories: data.categories.map((category) => ({
      name: t('dataCategory', category.id),
      items: list('dataItem', category.items),
      sources: list('dataSource', category.sources),
      retention: category.retention === 'until-purpose' ? t('ui', 'untilPurpose') : durationInWords(category.retention, locale),
      note: category.retentionNote ? escapeMarkdown(localized(category.retentionNote, locale)) : false
    })),
    purposes: data.purposes.map((purpose) => ({
      name: capitalize(t('processingPurpose', purpose.id)),
      basis: capitalize(list('legalBasis', purpose.basis)),
      data: capitalize(list('dataCategory', purpose.data))
    })),
    recipients: data.recipients.map((recipient) => ({
      kind: t('recipientKind', recipient.kind),
      parties: recipient.thirdParties?.length
        ? joinList(recipient.thirdParties.map((id) => escapeMarkdown(parties.get(id)?.name ?? id)), locale)
        : false,
      purposes: recipient.purposes ? list('processingPurpose', recipient.purposes) : false
    })),
    rights: data.rights.map((right) => t('right', right)),
    requests: {
      channels: list('requestChannel', data.requests.channels, 'or'),
      answer: workingDaysWithin(data.requests.answerWorkingDays, locale),
      change: workingDaysWithin(data.requests.changeWorkingDays, locale)
    },
    breach: {authority: workingDaysWithin(data.breachNotification.authorityWorkingDays, locale), notifySubjects: data.breachNotification.notifySubjects},
    minors: {collected: data.minors.collected, ...ageWords(data.minors.ageThreshold, locale)},
    automatedDecisions: {
      used: data.automatedDecisions.used,
      description: data.automatedDecisions.description ? escapeMarkdown(localized(data.automatedDecisions.description, locale)) : false
    },
    marketingOptOut: data.marketingOptOut ? list('optOutChannel', data.marketingOptOut, 'or') : false,
    publicSources: data.publicSources ?? false,
    biometric: data.biometric ?? false,
    depersonalizedAnalytics: data.depersonalizedAnalytics ?? false
  }
}

// Every working-day deadline follows «в течение» in Russian (genitive: «1 рабочего дня», «15 рабочих дней»);
// Kazakh templates write «… ішінде» after the nominative form («15 жұмыс күні»).
function workingDaysWithin(count: number, locale: Locale): string {
  if (locale === 'kk') return formatWorkingDays(count, locale)
  return `${count}\u00A0${pluralRu(count, {one: 'рабочего дня', few: 'рабочих дней', many: 'рабочих дней'})}`
}

function ageWords(age: number, locale: Locale): {age: string; ageDative: string} {
  if (locale === 'kk') return {age: `${age}\u00A0жас`, ageDative: `${age}\u00A0${withKazakhSuffix('жас', 'dative')}`}
  const words = `${age}\u00A0${pluralRu(age, {one: 'года', few: 'лет', many: 'лет'})}`
  return {age: words, ageDative: words}
}

function contactView(contact: Facts['contacts']['general'], locale: Locale): ContactView {
  return {
    email: contact.email ? emailLink(contact.email) : false,
    phone: contact.phone ? `[${formatPhone(contact.phone)}](${phoneHref(contact.phone)})` : false,
    url: contact.url ? markdownLink(hostOf(contact.url), contact.url) : false,
    postalAddress: contact.postalAddress ? escapeMarkdown(localized(contact.postalAddress, locale)) : false
  }
}

function reviewInterval(duration: Duration, locale: Locale): string {
  const words = formatDuration(duration, locale)
  if (locale === 'ru') return words
  const space = words.lastIndexOf('\u00A0')
  return words.slice(0, space + 1) + withKazakhSuffix(words.slice(space + 1), 'locative')
}

function siteLink(site: Facts['sites'][number], locale: Locale): string {
  return markdownLink(site.name ? localized(site.name, locale) : hostOf(site.url), site.url)
}

function emailLink(email: string): string {
  return `[${escapeMarkdown(email)}](mailto:${email})`
}

/** The host of an https URL, as people write it: `kazteleport.kz`, `portal.smartcloud.kz/help`. */
export function hostOf(url: string): string {
  return url.replace(/^https:\/\//, '').replace(/\/$/, '')
}

/** A localized text in `locale`; the schema and rules guarantee it is there for published locales. */
export function localized(value: LocalizedText, locale: Locale): string {
  const text = value[locale]
  if (text === undefined) throw new TypeError(`missing ${locale} text`)
  return text
}

/** A country's name in the locale, from the ICU data that ships with Node. */
export function countryName(code: string, locale: Locale): string {
  return new Intl.DisplayNames([locale], {type: 'region'}).of(code) ?? code
}

function uiTerms(terms: Terms): Record<string, string> {
  const ui: Record<string, string> = {}
  for (const [key, wording] of Object.entries(terms.ui ?? {})) if (typeof wording === 'string') ui[key] = wording
  return ui
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('ru') + text.slice(1)
}
