import {compareDurations, countryName, durationInWords, pluralRu, formatDate, formatDuration, formatDurationRange, formatPhone, formatWorkingDays, joinList, joinPhrases, parseDuration, phoneHref, withKazakhSuffix, type Duration} from '../lang/index.js'
import {nestQuotes} from '../lang/quotes.js'
import {parseRetention, retentionInWords, retentionLawInWords, type Retention} from '../lang/retention.js'
import type {Country, Facts} from '../facts/types.js'
import {cookiePlacers} from '../facts/cookie-placers.js'
import {transferCountries, transferGroups, type TransferGroup} from '../facts/transfers.js'
import type {Locale} from '../lang/locale.js'
import {escapeMarkdown, markdownLink, unescapeMarkdown} from './escape.js'
import {MissingTermError, term, type Terms} from './terms.js'

/** The documents policygen publishes, by their output name. */
export const documentKinds = ['cookie-policy', 'privacy-policy'] as const

/** A document policygen publishes: `cookie-policy` or `privacy-policy`. */
export type DocumentKind = (typeof documentKinds)[number]

/** Which key of `facts.documents` describes each document. */
export const documentFactKey = {'cookie-policy': 'cookiePolicy', 'privacy-policy': 'privacyPolicy'} as const

type Cookie = NonNullable<Facts['cookies']>[number]
type ThirdParty = NonNullable<Facts['thirdParties']>[number]
type LocalizedText = Facts['organization']['legalName']

/** A contact channel, ready to print: escaped label and safe link. */
export interface ContactView {
  email: string | false
  phone: string | false
  url: string | false
  postalAddress: string | false
}

/**
 * What the documents call the company's sites, apps and services: the defined term in every case
 * the templates need (Russian: `nom` «Сайт», `gen` «Сайта», `dat`, `acc`, `ins`, `prep` «Сайте», `loc`
 * «на Сайте»; Kazakh: `nom`, `gen` «Сайттың», `dat`, `acc`, `loc` «Сайтта», `abl`), and the phrases
 * that introduce it once: `introLocative` («на сайте example.kz (далее — «Сайт»)»), `introGenitive`
 * («сайта example.kz (далее — «Сайт»)»).
 */
export interface ResourceView {
  kind: 'website' | 'mobile-app' | 'service' | 'mixed'
  isWebsite: boolean
  isApp: boolean
  many: boolean
  nom: string
  gen: string
  dat: string
  acc: string
  ins: string
  prep: string
  loc: string
  abl: string
  introLocative: string
  introGenitive: string
  /** The store links of the one resource that has them (`[App Store](…) и [Google Play](…)`), or false. */
  stores: string | false
  /** Whether `stores` is one store (the Kazakh text then says «дүкенінде», not «дүкендерінде»). */
  oneStore: boolean
  /** The name of the app that `stores` are of, when the documents cover other resources too («Акме»), or false. */
  storeApp: string | false
  /** With store links on several resources, each with its stores (`«Акме» — [App Store](…); «Акме Бизнес» — …`), or false. */
  storesByApp: string | false
}

/**
 * Everything a document template prints, already in the locale's words and escaped for Markdown.
 * Every key is always present (absent facts are `false` or empty lists), so strict templates can
 * tell a missing fact from a template typo. A statement about the company is `false` unless a fact
 * says it: templates print a sentence only when its fact is there.
 */
export interface DocumentView {
  locale: Locale
  document: DocumentKind
  title: string
  /** Fixed interface wording from the `ui` group of the terms (labels, headings). */
  ui: UiWords
  /** `Term` is the defined term capitalized, for the start of a sentence. */
  /** `fullNameInside` is the full name as it stands inside a sentence (Russian legal forms in lower case). */
  org: {fullName: string; fullNameInside: string; shortName: string; term: string; Term: string; idLabel: string; id: string; address: string; addressLabel: string; AddressLabel: string; brandName: string | false}
  version: {number: string; date: string; isoDate: string}
  history: Array<{number: string; date: string; summary: string}>
  audience: string | false
  /** This document's public address in this locale, as a link. */
  url: string | false
  /** Who approved this document and when (Art. 25), as the facts say. */
  approval: {by: string; date: string; dateLocative: string} | false
  resource: ResourceView
  sitesList: string
  /** Whether there is more than one site (the defined term «Сайт» then covers them together and each). */
  manySites: boolean
  /** The other policy, where this one names it: its document, title, and a link when the facts give its address. */
  otherPolicy: {document: DocumentKind; title: string; link: string | false} | false
  contacts: {general: ContactView; personalData: ContactView | false; marketing: ContactView | false}
  responsiblePerson: {position: string; name: string | false; email: string} | false
  consent: ConsentView
  changes: {notice: string; review: string | false; bannerOnNextVisit: boolean; email: boolean}
  /** Whether the facts declare cookies (`usesCookies`) or say there are none (`noCookies`); neither when they are silent. */
  usesCookies: boolean
  noCookies: boolean
  cookies: CookiesView | false
  thirdParties: ThirdPartyView[]
  /** The third parties outside Kazakhstan, or keeping the data outside it (`dataCountry`), for the table of transfers abroad. */
  partiesAbroad: ThirdPartyView[]
  crossBorder: CrossBorderView
  storage: {stated: boolean; country: string; inKazakhstan: boolean; hosting: string | false; noDatabase: boolean}
  /** What the company says it does not do, one phrase each («не продаёт персональные данные»). */
  doesNot: DoesNotView
  gdpr: {applies: boolean; priorConsent: boolean; mechanisms: string | false; representative: string | false}
  personalData: PersonalDataView | false
  security: string[]
  devicePermissions: Array<{permission: string; purpose: string; optional: boolean}>
  push: {used: boolean; marketing: boolean}
  /** Whether the privacy policy has a section on device permissions and push notifications. */
  deviceSection: boolean
  authority: {name: string; url: string}
}

/** Statements of absence, each `false` unless the facts make it. */
export interface DoesNotView {
  useCookies: boolean
  useAnalytics: boolean
  showAdvertising: boolean
  sellPersonalData: boolean
  useDataBrokers: boolean
  trackAcrossSites: boolean
  keepDatabase: boolean
  transferAbroad: boolean
  /** The statements about marketing and data sales, joined in one phrase, or `false`. */
  tracking: string | false
}

/** Consent as the facts describe it. */
export interface ConsentView {
  methods: string
  /** The ways of consent to cookies (the banner's), for the cookie policy: `cookieConsentMethods`. */
  cookieMethods: string
  withdrawal: string
  /** The withdrawal channels that reach the operator (not browser or banner settings), or `false`. */
  withdrawalToOperator: string | false
  /** «15 рабочих дней»; `false` when the facts give no number (the template cites the Law's term). */
  stopProcessing: string | false
  log: boolean
  cookieSettings: boolean
  validity: string | false
  untilWithdrawn: boolean
  record: string | false
  refusal: string | false
  banner: {accept: boolean; decline: boolean; settings: boolean} | false
  /** What the cookie banner lets the user do, as one phrase («принять все файлы cookie или отказаться от необязательных»). */
  bannerActions: string | false
  settingsLocation: string | false
  marketingSeparate: boolean
}

/** A third party, ready to print. */
export interface ThirdPartyView {
  name: string
  services: string | false
  kind: string
  role: string
  /** Whether it processes data on the company's instructions (a processor), not for its own purposes. */
  onInstructions: boolean
  country: string
  /** What its cookies are for; «—» for a recipient that places none and was given no purposes. */
  purposes: string
  policy: string | false
  optOut: string | false
  dataCountry: string | false
  agreement: boolean
}

/** The cookie part of a document view. */
export interface CookiesView {
  categories: Array<{id: string; name: string; description: string; purposes: string[]; canDisable: boolean; note: string | false; examples: string | false; table: CookieRow[]}>
  count: number
  /** Whether the list is complete (`complete`), examples only (`examples`), or the facts do not say (neither). */
  complete: boolean
  examples: boolean
  /** Whether any cookie says whose it is (first or third party): the table then has that column. */
  showParty: boolean
  hasNecessary: boolean
  hasOptional: boolean
  hasLocalStorage: boolean
  technologies: string | false
  hasSession: boolean
  hasPersistent: boolean
  persistentRange: string | false
  /** Whether the persistent cookies have more than one lifetime. */
  variedRetention: boolean
  /** Whether some cookie's lifetime is set by its provider (no period is given for it). */
  providerSet: boolean
  collected: {items: string[]; purposes: string; onePurpose: boolean} | false
  serverLogs: {items: string; purposes: string; onePurpose: boolean; retention: string} | false
  optOuts: Array<{name: string; link: string}>
  /** The third parties that place cookies (`cookiePlacers`), each with its purposes, else those of its cookies. */
  providers: ThirdPartyView[]
  /**
   * The countries outside Kazakhstan where the providers of `providers` process or keep data, in
   * words (`false`: none): where the cookie policy says the data its cookies collect may go.
   */
  providersAbroad: string | false
  /** Whether `providersAbroad` is one country. */
  oneProviderCountry: boolean
  /**
   * The basis of the transfer to the countries of `providersAbroad`, when it is one for all of them
   * («согласие субъекта»); `false` when it differs between them (see `providersBases`) or there is no transfer.
   */
  providersBasis: string | false
  /**
   * When the countries of `providersAbroad` are in groups of `crossBorder.transfers` with different
   * bases: each group with only those of its countries, and its basis (a list in the document, as a
   * group's bases may themselves be joined with «; или»), else `false`.
   */
  providersBases: TransferGroupView[] | false
}

/** The cross-border transfer (Art. 16) as the documents state it. */
export interface CrossBorderView {
  /** Whether the facts say anything about transfers abroad (`crossBorder`, or `doesNot: [transfer-abroad]`). */
  stated: boolean
  enabled: boolean
  /** Every country the transfer names, in words. */
  countries: string
  oneCountry: boolean
  /** The basis, when it is one for every country («согласие субъекта или …»); `false` when it differs by country. */
  basis: string | false
  /** When the basis differs by country: each group of countries with its basis, in the order of `crossBorder.transfers`; else `false`. */
  groups: TransferGroupView[] | false
}

/** A group of countries of `crossBorder.transfers` as a document names it: the countries in words, and their basis. */
export interface TransferGroupView {
  countries: string
  basis: string
}

/** One row of a cookie table. */
export interface CookieRow {
  name: string
  party: string
  provider: string
  purpose: string
  retention: string
}

/** The personal-data part of a document view (privacy policy). */
export interface PersonalDataView {
  /** `retention` is the period alone; `note` says from when it runs (word order differs by language). */
  categories: Array<{name: string; items: string; sources: string; retention: string; note: string | false; law: string | false; legalRef: string | false}>
  purposes: Array<{name: string; basis: string; data: string}>
  /** `onePurpose`: the purposes are one (no «следующих»); `kindComma`: the kind's own dash needs a closing comma before the next. */
  recipients: Array<{kind: string; kindComma: string; parties: string | false; purposes: string | false; onePurpose: boolean; data: string | false; agreement: boolean}>
  /**
   * How consent to the purposes that rest on consent is obtained: one entry for each way of giving it,
   * with the purposes (quoted) that consent is given to that way, in the order of the facts.
   */
  consentBy: Array<{methods: string; purposes: string; onePurpose: boolean}>
  rights: string[]
  requests: {channels: string; answer: string | false; change: string | false; freeOfCharge: boolean; reasonedRefusal: boolean}
  breach: {stated: boolean; authority: string | false; notifySubjects: boolean}
  /** `age`: «18 лет» / «18 жас»; `ageDative` adds the Kazakh dative («18 жасқа»), the same as `age` in Russian. */
  minors: {stated: boolean; collected: boolean; age: string | false; ageDative: string | false}
  automatedDecisions: {stated: boolean; used: boolean; description: string | false}
  marketingOptOut: string | false
  /** Tri-state facts: `yes` when the facts say so, `no` when they say not, neither when they are silent. */
  publicSources: {yes: boolean; no: boolean}
  biometric: {yes: boolean; no: boolean}
  depersonalizedAnalytics: boolean
  notCollected: string | false
}

/** The version in force and its effective date, as plain text: «Редакция 1.0 · Действует с 1 июня 2025 г.». */
export function editionLine(view: DocumentView): string {
  return `${view.ui.version} ${unescapeMarkdown(view.version.number)} · ${view.ui.effective} ${view.version.date}`
}

/** The interface words every page and PDF prints around a document; a term file without one is refused. */
export const requiredUi = ['contents', 'version', 'effective', 'otherLanguage', 'allDocuments', 'pdfVersion', 'history'] as const

/** The `ui` terms: the required ones always there, any other one the templates may ask for. */
export type UiWords = Readonly<Record<(typeof requiredUi)[number], string>> & Readonly<Partial<Record<string, string>>>

/** Turn one organization's facts into what the template of `document` in `locale` prints. */
export function resolveDocument(facts: Facts, document: DocumentKind, locale: Locale, terms: Terms): DocumentView {
  const t: Term = (group, key, form) => termOrCustom(terms, facts, locale, group, key, form)
  const list: List = (group, keys, type = 'and') => joinList((keys ?? []).map((key) => t(group, key)), locale, type)
  const country = (code: string) => escapeMarkdown(countryName(code, locale))
  const documentFacts = facts.documents[documentFactKey[document]]
  if (!documentFacts) throw new TypeError(`${document} is not published by these facts`)
  const [current] = documentFacts.versions
  if (!current) throw new TypeError(`${document} has no version`)
  const otherKind = document === 'cookie-policy' ? 'privacy-policy' : 'cookie-policy'
  const otherFacts = facts.documents[documentFactKey[otherKind]]
  const {organization} = facts
  // A name that has its own quotes keeps them as „…“ inside the «…» that wrap it.
  const legalName = escapeMarkdown(nestQuotes(localized(organization.legalName, locale), 1))
  // A form outside the list is worded by the company itself (`legalFormName`; a rule requires it).
  const ownForm = organization.legalForm === 'other' ? organization.legalFormName?.[locale] : undefined
  const formShort = ownForm ? escapeMarkdown(ownForm.short) : t('legalForm', organization.legalForm, 'short')
  const formFull = ownForm ? escapeMarkdown(ownForm.full) : t('legalForm', organization.legalForm, 'full')
  const review = document === 'cookie-policy' && facts.documents.cookiePolicy?.cookieReview ? parseDuration(facts.documents.cookiePolicy.cookieReview) : undefined
  const definedTerm = escapeMarkdown(localized(organization.definedTerm, locale))
  const doesNot = new Set(facts.doesNot ?? [])
  const resource = resourceView(facts, locale)
  const thirdParties = (facts.thirdParties ?? []).map((party) => thirdPartyView(party, facts.cookies ?? [], locale, t, list, country))
  const usesCookies = (facts.cookies?.length ?? 0) > 0 || (facts.cookieCategories?.length ?? 0) > 0
  return {
    locale,
    document,
    title: t('documents', document, 'title'),
    ui: uiTerms(terms, locale),
    org: {
      fullName: locale === 'ru' ? `${capitalize(formFull)} «${legalName}»` : `«${legalName}» ${formFull}`,
      fullNameInside: locale === 'ru' ? `${formFull} «${legalName}»` : `«${legalName}» ${formFull}`,
      shortName: locale === 'ru' ? `${formShort} «${legalName}»` : `«${legalName}» ${formShort}`,
      term: definedTerm,
      Term: capitalize(definedTerm),
      idLabel: t('ui', organization.iin && !organization.bin ? 'iin' : 'bin'),
      id: organization.bin ?? organization.iin ?? '',
      address: escapeMarkdown(withoutFinalStop(localized(organization.address, locale))),
      // A sole proprietor has an address, not a legal one.
      addressLabel: t('ui', organization.legalForm === 'sole-proprietor' ? 'address' : 'legalAddress'),
      AddressLabel: capitalize(t('ui', organization.legalForm === 'sole-proprietor' ? 'address' : 'legalAddress')),
      // A brand is a name, quoted as names are («Сервис Маркет»), unless the company quoted it itself.
      brandName: organization.brandName ? (/^[«"„]/.test(organization.brandName) ? escapeMarkdown(organization.brandName) : `«${escapeMarkdown(organization.brandName)}»`) : false
    },
    version: {number: escapeMarkdown(current.version), date: formatDate(current.effectiveDate, locale), isoDate: current.effectiveDate},
    history: documentFacts.versions.map((version) => ({
      number: escapeMarkdown(version.version),
      date: formatDate(version.effectiveDate, locale),
      summary: escapeMarkdown(localized(version.summary, locale))
    })),
    audience: documentFacts.audience ? t('audience', documentFacts.audience, resource.many ? 'many' : 'one') : false,
    approval: documentFacts.approval
      ? {
          by: escapeMarkdown(localized(documentFacts.approval.by, locale)),
          // «приказом директора № 15-П от 20 октября 2026 г.»: a numbered act is dated with «от»
          // («приказом директора 20 октября 2026 г.» without a number).
          date: `${locale === 'ru' && /№\s*\S+$/u.test(localized(documentFacts.approval.by, locale).trim()) ? 'от ' : ''}${formatDate(documentFacts.approval.date, locale)}`,
          // Kazakh «2025 жылғы 1 маусымда»: the locative goes on the month.
          dateLocative: locale === 'kk' ? inflectLast(formatDate(documentFacts.approval.date, locale), 'locative') : formatDate(documentFacts.approval.date, locale)
        }
      : false,
    url: documentFacts.url?.[locale] ? markdownLink(hostOf(documentFacts.url[locale] ?? ''), documentFacts.url[locale] ?? '') : false,
    resource,
    sitesList: joinList(facts.sites.map((site) => siteLink(site, locale)), locale),
    manySites: facts.sites.length > 1,
    otherPolicy: otherFacts
      ? {document: otherKind, title: t('documents', otherKind, 'title'), link: otherFacts.url?.[locale] ? markdownLink(t('documents', otherKind, 'title'), otherFacts.url[locale] ?? '') : false}
      : false,
    contacts: {
      general: contactView(facts.contacts.general, locale),
      personalData: facts.contacts.personalData ? contactView(facts.contacts.personalData, locale) : false,
      marketing: facts.contacts.marketing ? contactView(facts.contacts.marketing, locale) : false
    },
    responsiblePerson: facts.responsiblePerson
      ? {
          position: escapeMarkdown(lowerFirst(localized(facts.responsiblePerson.position, locale))),
          name: facts.responsiblePerson.name ? escapeMarkdown(localized(facts.responsiblePerson.name, locale)) : false,
          email: emailLink(facts.responsiblePerson.email)
        }
      : false,
    consent: consentView(facts, locale, t, list),
    changes: {
      // With several apps, the notice is shown «в приложениях».
      notice: joinList(documentFacts.changeNotice.map((notice) => (notice === 'in-app-notice' && facts.sites.filter((site) => site.kind === 'mobile-app').length > 1 ? t('changeNoticeManyApps', notice) : t('changeNotice', notice))), locale),
      review: review ? reviewInterval(review, locale) : false,
      bannerOnNextVisit: documentFacts.changeNotice.includes('banner-on-next-visit'),
      email: documentFacts.changeNotice.includes('email')
    },
    usesCookies,
    noCookies: doesNot.has('use-cookies'),
    cookies: document === 'cookie-policy' ? cookiesView(facts, locale, t, list, resource.nom) : false,
    thirdParties,
    // Abroad, or keeping the data abroad (a Kazakh host with servers in Germany): the data goes there either way.
    partiesAbroad: thirdParties.filter((_, index) => {
      const party = facts.thirdParties?.[index]
      return (party?.country ?? 'KZ') !== 'KZ' || (party?.dataCountry ?? 'KZ') !== 'KZ'
    }),
    crossBorder: crossBorderView(facts, doesNot.has('transfer-abroad'), locale, list),
    storage: {
      stated: facts.storage !== undefined,
      country: facts.storage ? country(facts.storage.primaryDatabaseCountry) : '',
      inKazakhstan: facts.storage?.primaryDatabaseCountry === 'KZ',
      hosting: facts.storage?.hosting ? escapeMarkdown(localized(facts.storage.hosting, locale)) : false,
      noDatabase: doesNot.has('keep-database')
    },
    doesNot: {
      useCookies: doesNot.has('use-cookies'),
      useAnalytics: doesNot.has('use-analytics'),
      showAdvertising: doesNot.has('show-advertising'),
      sellPersonalData: doesNot.has('sell-personal-data'),
      useDataBrokers: doesNot.has('use-data-brokers'),
      trackAcrossSites: doesNot.has('track-across-sites'),
      keepDatabase: doesNot.has('keep-database'),
      transferAbroad: doesNot.has('transfer-abroad'),
      tracking: joinOrFalse(
        (['use-analytics', 'show-advertising', 'track-across-sites'] as const).filter((key) => doesNot.has(key)).map((key) => t('doesNot', key)),
        locale
      )
    },
    gdpr: {
      applies: facts.gdpr?.applies ?? false,
      priorConsent: facts.gdpr?.priorConsent ?? false,
      mechanisms: facts.gdpr?.transferMechanism ? list('gdprMechanism', facts.gdpr.transferMechanism) : false,
      representative: facts.gdpr?.representative ? escapeMarkdown(facts.gdpr.representative) : false
    },
    personalData: facts.personalData ? personalDataView(facts, locale, t, list) : false,
    // No default: measures are printed only when the facts declare them.
    security: (facts.personalData?.security ?? []).map((key) => t('securityMeasure', key)),
    devicePermissions: (facts.devicePermissions ?? []).map((entry) => ({
      permission: t('devicePermission', entry.permission),
      purpose: escapeMarkdown(withoutFinalStop(localized(entry.purpose, locale))),
      optional: entry.optional ?? false
    })),
    push: {used: facts.pushNotifications?.used ?? false, marketing: facts.pushNotifications?.marketing ?? false},
    deviceSection: (facts.devicePermissions?.length ?? 0) > 0 || (facts.pushNotifications?.used ?? false),
    authority: facts.authority
      ? {name: escapeMarkdown(localized(facts.authority.name, locale)), url: facts.authority.url}
      : {name: t('ui', 'authorityName'), url: t('ui', 'authorityUrl')}
  }
}

type Term = (group: string, key: string, form?: string) => string
type List = (group: string, keys: readonly string[] | undefined, type?: 'and' | 'or') => string

/** The vocabularies a company may extend with its own terms (`vocabulary` in the facts). */
const openGroups = new Set(['dataItem', 'dataCategory', 'dataSource', 'processingPurpose', 'securityMeasure', 'right', 'recipientKind'])

/** A term's wording, or the company's own wording of a key it defined under `vocabulary`. */
function termOrCustom(terms: Terms, facts: Facts, locale: Locale, group: string, key: string, form?: string): string {
  if (form === undefined && openGroups.has(group) && !(key in (terms[group] ?? {}))) {
    const custom = (facts.vocabulary as Record<string, Record<string, LocalizedText> | undefined> | undefined)?.[group]?.[key]
    if (custom) return escapeMarkdown(localized(custom, locale))
  }
  return term(terms, locale, group, key, form)
}

const russianResource = {
  website: {nom: 'Сайт', gen: 'Сайта', dat: 'Сайту', acc: 'Сайт', ins: 'Сайтом', prep: 'Сайте', loc: 'на Сайте'},
  'mobile-app': {nom: 'Приложение', gen: 'Приложения', dat: 'Приложению', acc: 'Приложение', ins: 'Приложением', prep: 'Приложении', loc: 'в Приложении'},
  service: {nom: 'Сервис', gen: 'Сервиса', dat: 'Сервису', acc: 'Сервис', ins: 'Сервисом', prep: 'Сервисе', loc: 'в Сервисе'}
} as const

// How one resource of a kind is introduced: «сайт X», «мобильное приложение X», «сервис X», in the case needed.
const russianNouns = {
  website: {one: {loc: 'на сайте', gen: 'сайта'}, many: {loc: 'на сайтах', gen: 'сайтов'}},
  'mobile-app': {one: {loc: 'в мобильном приложении', gen: 'мобильного приложения'}, many: {loc: 'в мобильных приложениях', gen: 'мобильных приложений'}},
  service: {one: {loc: 'в сервисе', gen: 'сервиса'}, many: {loc: 'в сервисах', gen: 'сервисов'}}
} as const

const kazakhResource = {website: 'Сайт', 'mobile-app': 'Қосымша', service: 'Сервис'} as const
// The noun after the names, in the third-person possessive: «example.kz сайты», «a және b сайттары».
const kazakhNouns = {
  website: {one: 'сайты', many: 'сайттары'},
  'mobile-app': {one: 'мобильді қосымшасы', many: 'мобильді қосымшалары'},
  service: {one: 'сервисі', many: 'сервистері'}
} as const

type ResourceKind = keyof typeof russianResource

/** The company's resources and the defined term that names them in the documents. */
function resourceView(facts: Facts, locale: Locale): ResourceView {
  const kinds = facts.sites.map((site) => (site.kind ?? 'website') as ResourceKind)
  const distinct = [...new Set(kinds)]
  const kind = distinct.length === 1 ? (distinct[0] as ResourceKind) : 'mixed'
  const termKind: ResourceKind = kind === 'mixed' ? 'service' : kind
  const many = facts.sites.length > 1
  const groups = distinct.map((each) => ({kind: each, links: facts.sites.filter((site) => (site.kind ?? 'website') === each).map((site) => siteLink(site, locale))}))
  const own = facts.organization.resourceTerm
  const ownRu = own?.ru
  const ownKk = own?.kk
  const forms =
    locale === 'ru'
      ? ownRu
        ? {nom: escapeMarkdown(ownRu.nom), gen: escapeMarkdown(ownRu.gen), dat: escapeMarkdown(ownRu.dat), acc: escapeMarkdown(ownRu.acc), ins: escapeMarkdown(ownRu.ins), prep: escapeMarkdown(ownRu.prep), loc: `${ownRu.preposition} ${escapeMarkdown(ownRu.prep)}`, abl: escapeMarkdown(ownRu.gen)}
        : {...russianResource[termKind], abl: russianResource[termKind].gen}
      : kazakhForms(ownKk ? escapeMarkdown(ownKk) : kazakhResource[termKind])
  const defined = locale === 'ru' ? `(далее${many ? ' вместе и по отдельности' : ''} — «${forms.nom}»)` : `(бұдан әрі${many ? ' бірге және жеке-жеке' : ''} — «${forms.nom}»)`
  let introLocative: string
  let introGenitive: string
  if (locale === 'ru') {
    const part = (group: (typeof groups)[number], grammaticalCase: 'loc' | 'gen') => `${russianNouns[group.kind][group.links.length > 1 ? 'many' : 'one'][grammaticalCase]} ${joinList(group.links, locale)}`
    introLocative = `${joinPhrases(groups.map((group) => part(group, 'loc')), locale)} ${defined}`
    introGenitive = `${joinPhrases(groups.map((group) => part(group, 'gen')), locale)} ${defined}`
  } else {
    // Kazakh: «example.kz сайты», «a және b сайттары»; each kind's noun takes the case ending:
    // «x.kz сайтында және «А» мобильді қосымшасында».
    const phrases = groups.map((group) => `${joinList(group.links, locale)} ${kazakhNouns[group.kind][group.links.length > 1 ? 'many' : 'one']}`)
    introLocative = `${joinPhrases(phrases.map((phrase) => possessiveCase(phrase, 'locative')), locale)} ${defined}`
    introGenitive = `${joinPhrases(phrases.map((phrase) => possessiveCase(phrase, 'genitive')), locale)} ${defined}`
  }
  // The stores are said of the app they are for: of the one app, or of each app when several have them.
  const inStores = facts.sites.map((site) => ({site, stores: storeLinks(site)})).filter((entry) => entry.stores.length > 0)
  const only = inStores.length === 1 ? inStores[0] : undefined
  const stores = only?.stores ?? []
  return {
    kind,
    isWebsite: kind === 'website',
    isApp: kind === 'mobile-app',
    many,
    ...forms,
    introLocative,
    introGenitive,
    stores: stores.length > 0 ? joinList(stores, locale) : false,
    oneStore: stores.length === 1,
    storeApp: only && many ? siteLink(only.site, locale) : false,
    storesByApp: inStores.length > 1 ? inStores.map((entry) => `${siteLink(entry.site, locale)} — ${joinList(entry.stores, locale)}`).join('; ') : false
  }
}

/** The store pages of a resource, linked: App Store, then Google Play. */
function storeLinks(site: Facts['sites'][number]): string[] {
  return [site.appStore ? markdownLink('App Store', site.appStore) : '', site.googlePlay ? markdownLink('Google Play', site.googlePlay) : ''].filter(Boolean)
}

function kazakhForms(noun: string): Omit<ResourceView, 'kind' | 'isWebsite' | 'isApp' | 'many' | 'introLocative' | 'introGenitive' | 'stores' | 'oneStore' | 'storeApp' | 'storesByApp'> {
  return {
    nom: noun,
    gen: withKazakhSuffix(noun, 'genitive'),
    dat: withKazakhSuffix(noun, 'dative'),
    acc: withKazakhSuffix(noun, 'accusative'),
    ins: withKazakhSuffix(noun, 'instrumental'),
    prep: withKazakhSuffix(noun, 'locative'),
    loc: withKazakhSuffix(noun, 'locative'),
    abl: withKazakhSuffix(noun, 'ablative')
  }
}

/**
 * A Kazakh phrase ending in a third-person possessive noun (`сайты`, `сервисі`), in the locative
 * (`сайтында`, `сервисінде`) or genitive (`сайтының`, `сервисінің`): the possessive takes `н` before the ending.
 */
export function possessiveCase(phrase: string, grammaticalCase: 'locative' | 'genitive'): string {
  // The possessive ending itself carries the harmony: `-ы` is back, `-і` front.
  const back = phrase.endsWith('ы')
  if (grammaticalCase === 'locative') return `${phrase}${back ? 'нда' : 'нде'}`
  return `${phrase}${back ? 'ның' : 'нің'}`
}

/** The ways of consent that concern cookies (the banner), for the cookie policy. */
const cookieMethods: ReadonlySet<string> = new Set(['banner-accept', 'banner-per-category', 'continued-use'])

/**
 * The ways of consent the cookie policy names: those of the banner, not a form's checkbox or a
 * written consent, which the company gives for other purposes; all of them when none is the banner's.
 */
function cookieConsentMethods<T extends string>(methods: readonly T[]): T[] {
  const banner = methods.filter((method) => cookieMethods.has(method))
  return banner.length > 0 ? banner : [...methods]
}

function consentView(facts: Facts, locale: Locale, t: Term, list: List): ConsentView {
  const {consent} = facts
  const withdrawalWords = (channel: string) =>
    channelWithAddress(t('withdrawalChannel', channel), channel === 'email-request' ? 'email' : channel === 'written-request' ? 'written' : channel, facts, locale)
  const validity = consent.validity && consent.validity !== 'until-withdrawn' ? durationInWords(consent.validity, locale) : false
  return {
    methods: list('consentMethod', consent.methods, 'or'),
    cookieMethods: list('consentMethod', cookieConsentMethods(consent.methods), 'or'),
    withdrawal: joinList(consent.withdrawal.map((channel) => withdrawalWords(channel)), locale, 'or'),
    // Settings in a browser or a banner change cookies; only these channels reach the operator (Art. 8).
    withdrawalToOperator: joinOrFalse(consent.withdrawal.filter((channel) => !['browser-settings', 'cookie-settings'].includes(channel)).map((channel) => withdrawalWords(channel)), locale, 'or'),
    stopProcessing: consent.stopProcessingWorkingDays !== undefined ? workingDaysWithin(consent.stopProcessingWorkingDays, locale) : false,
    log: consent.log ?? false,
    cookieSettings: consent.withdrawal.includes('cookie-settings'),
    validity,
    untilWithdrawn: consent.validity === 'until-withdrawn',
    record: consent.record ? list('consentRecord', consent.record) : false,
    refusal: consent.refusal ? escapeMarkdown(withoutFinalStop(localized(consent.refusal, locale))) : false,
    banner: consent.banner ? {accept: consent.banner.accept ?? false, decline: consent.banner.decline ?? false, settings: consent.banner.settings ?? false} : false,
    bannerActions: consent.banner
      ? joinOrFalse((['accept', 'decline', 'settings'] as const).filter((key) => consent.banner?.[key]).map((key) => t('bannerAction', key)), locale, 'or')
      : false,
    settingsLocation: consent.settingsLocation ? escapeMarkdown(withoutFinalStop(localized(consent.settingsLocation, locale))) : false,
    marketingSeparate: consent.marketingSeparate ?? false
  }
}

/** `own`: what the provider column says of a cookie the company's resource places itself: the defined term («Сервис»). */
function cookiesView(facts: Facts, locale: Locale, t: Term, list: List, own: string): CookiesView {
  const cookies = facts.cookies ?? []
  const parties = new Map((facts.thirdParties ?? []).map((party) => [party.id, party]))
  const retentions = cookies.map((cookie) => parseRetention(cookie.retention, 'cookie')).filter((value): value is Retention => value !== undefined)
  const periods = retentions.flatMap((retention): Duration[] => (retention.kind === 'period' ? [retention] : retention.kind === 'range' ? [retention.from, retention.to] : []))
  const persistent = periods.sort(compareDurations)
  const [shortest] = persistent
  const longest = persistent[persistent.length - 1]
  const technologies = [...new Set(cookies.map((cookie) => cookie.type ?? 'cookie'))].filter((type) => type !== 'cookie')
  const categories = facts.cookieCategories ?? []
  const usedProviders = [...new Set(cookies.flatMap((cookie) => (cookie.provider ? [cookie.provider] : [])))]
  const placing = cookiePlacers(facts)
  return {
    categories: categories.map((category) => {
      const members = cookies.filter((cookie) => cookie.category === category.id)
      const named = members.flatMap((cookie) => (cookie.name ? [cookie.name] : []))
      return {
        id: category.id,
        name: t('cookieCategory', category.id, 'name'),
        description: t('cookieCategory', category.id, 'description'),
        purposes: category.purposes.map((purpose) => t('cookiePurpose', purpose)),
        canDisable: category.canDisable,
        note: category.note ? escapeMarkdown(localized(category.note, locale)) : false,
        examples: named.length > 0 ? joinList(named.slice(0, 5).map((name) => codeName(name, 'text')), locale) : false,
        table: members.map((cookie) => cookieRow(cookie, parties, locale, t, own))
      }
    }),
    count: cookies.length,
    complete: facts.cookiesComplete === true,
    examples: facts.cookiesComplete === false,
    showParty: cookies.some((cookie) => cookie.party !== undefined),
    hasNecessary: categories.some((category) => category.id === 'strictly-necessary'),
    hasOptional: categories.some((category) => category.canDisable),
    hasLocalStorage: cookies.some((cookie) => cookie.type === 'local-storage'),
    technologies: technologies.length > 0 ? list('technologyType', technologies) : false,
    hasSession: retentions.some((retention) => retention.kind === 'session'),
    hasPersistent: persistent.length > 0,
    persistentRange:
      shortest && longest && compareDurations(shortest, longest) !== 0
        ? formatDurationRange(shortest, longest, locale)
        : shortest
          ? formatDuration(shortest, locale)
          : false,
    variedRetention: Boolean(shortest && longest && compareDurations(shortest, longest) !== 0),
    providerSet: retentions.some((retention) => retention.kind === 'set-by-provider'),
    collected: facts.collectedData
      ? {items: facts.collectedData.items.map((item) => t('dataItem', item)), purposes: list('cookiePurpose', facts.collectedData.purposes), onePurpose: facts.collectedData.purposes.length === 1}
      : false,
    serverLogs: facts.serverLogs
      ? {
          items: list('dataItem', facts.serverLogs.items),
          purposes: list('cookiePurpose', facts.serverLogs.purposes),
          onePurpose: facts.serverLogs.purposes.length === 1,
          retention: durationInWords(facts.serverLogs.retention, locale)
        }
      : false,
    providers: placing.map((party) => thirdPartyView(party, cookies, locale, t, list, (code) => escapeMarkdown(countryName(code, locale)))),
    ...providersAbroad(placing, locale, transferGroups(facts.crossBorder), transferCountries(facts.crossBorder), list),
    optOuts: usedProviders.flatMap((id) => {
      const party = parties.get(id)
      return party?.optOut ? [{name: partyName(party, locale), link: markdownLink(hostOf(party.optOut), party.optOut)}] : []
    })
  }
}

/** The countries abroad of the third parties that place cookies, and the basis of the transfer to them (see `CookiesView.providersAbroad`). */
function providersAbroad(
  placing: readonly ThirdParty[],
  locale: Locale,
  groups: readonly TransferGroup[],
  declared: readonly Country[],
  list: List
): Pick<CookiesView, 'providersAbroad' | 'oneProviderCountry' | 'providersBasis' | 'providersBases'> {
  const found = new Set<Country>(placing.flatMap((party) => [party.country, ...(party.dataCountry ? [party.dataCountry] : [])]).filter((code) => code !== 'KZ'))
  // In the order of `crossBorder.countries`, as the privacy policy names them; any other after them.
  const codes = [...declared.filter((code) => found.has(code)), ...[...found].filter((code) => !declared.includes(code))]
  // The groups the providers' countries are in, each with only those countries.
  const theirs = groups.map((group) => ({...group, countries: group.countries.filter((code) => found.has(code))})).filter((group) => group.countries.length > 0)
  const [only] = theirs
  return {
    providersAbroad: codes.length > 0 ? countriesInWords(codes, locale) : false,
    oneProviderCountry: codes.length === 1,
    providersBasis: theirs.length === 1 && only ? list('transferBasis', only.basis, 'or') : false,
    providersBases: theirs.length > 1 ? theirs.map((group) => groupView(group, locale, list)) : false
  }
}

/** Countries by name in the document's language, joined as a list («Германия и Ирландия»), escaped for Markdown. */
function countriesInWords(codes: readonly string[], locale: Locale): string {
  return joinList(codes.map((code) => escapeMarkdown(countryName(code, locale))), locale)
}

/** The cross-border transfer as the documents state it: its countries and basis, or its groups of countries when the basis differs. */
function crossBorderView(facts: Facts, doesNotTransfer: boolean, locale: Locale, list: List): CrossBorderView {
  const groups = transferGroups(facts.crossBorder)
  const countries = transferCountries(facts.crossBorder)
  const [only] = groups
  return {
    stated: facts.crossBorder !== undefined || doesNotTransfer,
    enabled: facts.crossBorder?.enabled ?? false,
    countries: countriesInWords(countries, locale),
    oneCountry: countries.length === 1,
    basis: groups.length === 1 && only ? list('transferBasis', only.basis, 'or') : false,
    groups: groups.length > 1 ? groups.map((group) => groupView(group, locale, list)) : false
  }
}

function groupView(group: TransferGroup, locale: Locale, list: List): TransferGroupView {
  return {countries: countriesInWords(group.countries, locale), basis: list('transferBasis', group.basis, 'or')}
}

/**
 * A cookie name as inline code, exactly as the browser shows it: the fence is longer than any run of
 * backticks in the name, and a table bar is escaped (GFM reads `\|` inside a cell's code as `|`).
 */
export function codeName(name: string, place: 'table' | 'text' = 'table'): string {
  const longest = Math.max(0, ...[...name.matchAll(/`+/g)].map((match) => match[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = longest > 0 ? ' ' : ''
  return `${fence}${pad}${place === 'table' ? name.replace(/\|/g, '\\|') : name}${pad}${fence}`
}

function cookieRow(cookie: Cookie, parties: ReadonlyMap<string, ThirdParty>, locale: Locale, t: Term, own: string): CookieRow {
  const party = cookie.provider ? parties.get(cookie.provider) : undefined
  const type = cookie.type && cookie.type !== 'cookie' ? t('technologyType', cookie.type) : ''
  const names = [cookie.name, ...(cookie.alternativeNames ?? [])].filter((name): name is string => Boolean(name)).map((each) => codeName(each))
  const attributes = [cookie.httpOnly ? 'HttpOnly' : '', cookie.secure ? 'Secure' : '', cookie.sameSite ? `SameSite=${capitalize(cookie.sameSite)}` : ''].filter(Boolean)
  const details = [type, attributes.join(', ')].filter(Boolean).join('; ')
  const name = names.length > 0 ? `${names.join(', ')}${details ? ` (${details})` : ''}` : capitalize([type || t('technologyType', 'cookie'), attributes.join(', ')].filter(Boolean).join('; '))
  const purpose = t('cookiePurpose', cookie.purpose)
  const retention = parseRetention(cookie.retention, 'cookie')
  if (!retention) throw new TypeError(`invalid retention ${cookie.retention}`)
  return {
    name,
    party: cookie.party ? capitalize(t('cookieParty', cookie.party)) : '—',
    provider: party ? escapeMarkdown(partyName(party, locale)) : own,
    purpose: cookie.description ? `${capitalize(purpose)}: ${escapeMarkdown(localized(cookie.description, locale))}` : capitalize(purpose),
    retention: capitalize(retentionInWords(retention, locale))
  }
}

/** Russian abbreviations of a legal form before a name in quotes, and the Kazakh one after it. */
const kazakhLegalForms: Readonly<Record<string, string>> = {ТОО: 'ЖШС', ООО: 'ЖШҚ', АО: 'АҚ', ИП: 'ЖК'}

/**
 * A third party's name in the locale: its own name there when the facts give one. A Russian form
 * before the name (`ТОО «Мобизон Казахстан»`) reads in Kazakh as the Kazakh form after it
 * («Мобизон Казахстан» ЖШС), as Kazakh documents write it.
 */
function partyName(party: ThirdParty, locale: Locale): string {
  const own = party.localizedName?.[locale]
  if (own === undefined && locale === 'kk') {
    // One name in quotes (with quotes of its own inside, one level), not two names joined.
    const written = /^(ТОО|ООО|АО|ИП)\s+(«[^«»]*(?:«[^«»]*»[^«»]*)*»)$/u.exec(party.name)
    const form = written ? kazakhLegalForms[written[1] ?? ''] : undefined
    if (written && form) return nestQuotes(`${written[2]} ${form}`)
  }
  return nestQuotes(own ?? party.name)
}

/**
 * A third party as the documents show it. Its purposes are those the facts give it, else those of the
 * cookies it places (`cookies`), else «—» (a recipient of data that places no cookie).
 */
function thirdPartyView(party: ThirdParty, cookies: readonly Cookie[], locale: Locale, t: Term, list: List, country: (code: string) => string): ThirdPartyView {
  const purposes = party.purposes?.length ? party.purposes : [...new Set(cookies.flatMap((cookie) => (cookie.provider === party.id ? [cookie.purpose] : [])))]
  return {
    name: escapeMarkdown(partyName(party, locale)),
    services: party.services ? joinList(party.services.map((service) => escapeMarkdown(typeof service === 'string' ? service : localized(service, locale))), locale) : false,
    kind: t('thirdPartyKind', party.kind),
    role: t('thirdPartyRole', party.role),
    onInstructions: party.role === 'processor',
    country: country(party.country),
    // «—» in a table's cell, as for a missing policy link: a template that prints it unguarded prints no «false».
    purposes: purposes.length > 0 ? list('cookiePurpose', purposes) : '—',
    policy: party.privacyPolicy ? markdownLink(hostOf(party.privacyPolicy), party.privacyPolicy) : false,
    optOut: party.optOut ? markdownLink(hostOf(party.optOut), party.optOut) : false,
    dataCountry: party.dataCountry && party.dataCountry !== party.country ? country(party.dataCountry) : false,
    agreement: party.agreement ?? false
  }
}

function personalDataView(facts: Facts, locale: Locale, t: Term, list: List): PersonalDataView {
  const data = facts.personalData
  if (!data) throw new TypeError('personalData is required for the privacy policy')
  const parties = new Map((facts.thirdParties ?? []).map((party) => [party.id, party]))
  return {
    categories: data.categories.map((category) => {
      const retention = parseRetention(category.retention, 'data')
      if (!retention) throw new TypeError(`invalid retention ${category.retention}`)
      const law = category.retentionLaw ? escapeMarkdown(localized(category.retentionLaw, locale)) : undefined
      const from = category.retentionFrom ? t('retentionFrom', category.retentionFrom) : ''
      const note = category.retentionNote ? escapeMarkdown(withoutFinalStop(localized(category.retentionNote, locale))) : ''
      return {
        name: t('dataCategory', category.id),
        items: list('dataItem', category.items),
        sources: list('dataSource', category.sources),
        retention: retentionInWords(retention, locale, {...(category.retentionUpTo ? {upTo: true} : {}), ...(law ? {law} : {})}),
        note: [from, note].filter(Boolean).join(', ') || false,
        // A fixed period names its act after it; «as long as the law requires» has named it already.
        law: law && retention.kind !== 'as-required-by-law' ? retentionLawInWords(law, locale) : false,
        legalRef: category.legalRef ? escapeMarkdown(localized(category.legalRef, locale)) : false
      }
    }),
    purposes: data.purposes.map((purpose) => ({
      name: capitalize(t('processingPurpose', purpose.id)),
      basis: capitalize(list('legalBasis', purpose.basis)) + (purpose.legalRef ? ` (${escapeMarkdown(localized(purpose.legalRef, locale))})` : ''),
      data: capitalize(list('dataCategory', purpose.data))
    })),
    recipients: data.recipients.map((recipient) => ({
      kind: t('recipientKind', recipient.kind),
      parties: recipient.thirdParties?.length
        ? joinList(recipient.thirdParties.map((id) => {
            const party = parties.get(id)
            return escapeMarkdown(party ? partyName(party, locale) : id)
          }), locale)
        : false,
      purposes: recipient.purposes ? list('processingPurpose', recipient.purposes) : false,
      onePurpose: (recipient.purposes?.length ?? 0) === 1,
      kindComma: t('recipientKind', recipient.kind).includes(' — ') && !recipient.thirdParties?.length ? ',' : '',
      data: recipient.data ? list('dataCategory', recipient.data) : false,
      agreement: recipient.agreement ?? false
    })),
    consentBy: consentWays(data.purposes, locale, t, list),
    // Art. 24 lists the subject's rights; without a list of its own, a policy names them all.
    rights: (data.rights ?? article24Rights).map((right) => t('right', right)),
    requests: {
      channels: joinList(data.requests.channels.map((channel) => channelWithAddress(t('requestChannel', channel), channel, facts, locale)), locale, 'or'),
      answer: data.requests.answerWorkingDays !== undefined ? workingDaysWithin(data.requests.answerWorkingDays, locale) : false,
      change: data.requests.changeWorkingDays !== undefined ? workingDaysWithin(data.requests.changeWorkingDays, locale) : false,
      freeOfCharge: data.requests.freeOfCharge ?? false,
      reasonedRefusal: data.requests.reasonedRefusal ?? false
    },
    breach: {
      stated: data.breachNotification !== undefined,
      authority: data.breachNotification?.authorityWorkingDays !== undefined ? workingDaysWithin(data.breachNotification.authorityWorkingDays, locale) : false,
      notifySubjects: data.breachNotification?.notifySubjects ?? false
    },
    minors: {
      stated: data.minors !== undefined,
      collected: data.minors?.collected ?? false,
      ...(data.minors?.ageThreshold !== undefined ? ageWords(data.minors.ageThreshold, locale) : {age: false, ageDative: false})
    },
    automatedDecisions: {
      stated: data.automatedDecisions !== undefined,
      used: data.automatedDecisions?.used ?? false,
      description: data.automatedDecisions?.description ? escapeMarkdown(localized(data.automatedDecisions.description, locale)) : false
    },
    marketingOptOut: data.marketingOptOut ? list('optOutChannel', data.marketingOptOut, 'or') : false,
    publicSources: {yes: data.publicSources === true, no: data.publicSources === false},
    // «does not process biometric data» once: `notCollected: [biometric]` says it already.
    biometric: {yes: data.biometric === true, no: data.biometric === false && !(data.notCollected ?? []).includes('biometric')},
    depersonalizedAnalytics: data.depersonalizedAnalytics ?? false,
    notCollected: data.notCollected ? list('notCollected', data.notCollected) : false
  }
}

function inflectLast(phrase: string, grammaticalCase: 'locative'): string {
  const space = phrase.lastIndexOf(' ')
  return phrase.slice(0, space + 1) + withKazakhSuffix(phrase.slice(space + 1), grammaticalCase)
}

/** A title in running text, after a colon: «директор по комплаенсу»; an abbreviation (`IT-директор`) stays. */
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLocaleLowerCase('ru') + text.slice(1) : text
}

/** The rights of Article 24 of the Law, in the order the documents list them. */
export const article24Rights = ['know-processing', 'access', 'rectify', 'block', 'destroy', 'withdraw-consent', 'public-sources', 'complain', 'protection'] as const

/**
 * A request channel in words with the address it names: `{address}` in the term becomes the e-mail
 * for personal-data requests (or the general one), the postal address, or the support portal.
 */
function channelWithAddress(words: string, channel: string, facts: Facts, locale: Locale): string {
  const contact = facts.contacts.personalData ?? facts.contacts.general
  const address =
    channel === 'email'
      ? (contact.email ?? facts.contacts.general.email)
        ? emailLink((contact.email ?? facts.contacts.general.email) as string)
        : ''
      : channel === 'written'
        ? escapeMarkdown(withoutFinalStop(localized(contact.postalAddress ?? facts.contacts.general.postalAddress ?? facts.organization.address, locale)))
        : channel === 'portal'
          ? (contact.url ?? facts.contacts.general.url)
            ? markdownLink(hostOf((contact.url ?? facts.contacts.general.url) as string), (contact.url ?? facts.contacts.general.url) as string)
            : ''
          : ''
  return words.replace('{address}', address)
}

/** Abbreviations a text may end with, in Russian and Kazakh addresses and lists, whose stop is their own. */
const abbreviations: ReadonlySet<string> = new Set(['т.д.', 'т.п.', 'т.б.', 'т.с.с.', 'др.', 'пр.', 'кв.', 'оф.', 'корп.', 'стр.', 'пом.', 'каб.', 'д.', 'г.', 'ул.', 'мкр.', 'обл.', 'р-н.', 'қ.', 'к-сі.', 'даңғ.', 'ш.а.', 'ү.', 'пәт.', 'ж.'])

/**
 * The text without the full stop that ends it, which the sentence it goes into supplies, unless the
 * stop ends an abbreviation (`12 т.е.ж.`, `и т.д.`: two groups or more of lower-case letters, each
 * with its dot; or one of `abbreviations`: `кв.`, `корп.`), which keeps it mid-sentence; where the sentence ends there, its stop and the abbreviation's
 * become one (`tidy`).
 */
export function withoutFinalStop(text: string): string {
  const last = /(?:^|[\s(])([^\s(]+)$/u.exec(text)?.[1] ?? ''
  if (/^(?:\p{Ll}{1,3}\.){2,}$/u.test(last) || abbreviations.has(last.toLowerCase())) return text
  return text.replace(/(?<!\.)\.$/, '')
}

function joinOrFalse(items: readonly string[], locale: Locale, type: 'and' | 'or' = 'and'): string | false {
  return items.length > 0 ? joinList(items, locale, type) : false
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
  // A named resource is quoted («Личный кабинет»); one known by its address is its host; one without an
  // address (an app known by its name) is named, not linked. A rule requires the one or the other.
  if (!site.name) return site.url ? markdownLink(hostOf(site.url), site.url) : ''
  const name = localized(site.name, locale)
  return site.url ? `«${markdownLink(name, site.url)}»` : `«${escapeMarkdown(name)}»`
}

/**
 * An e-mail address as a link. In the `mailto:` address any sign but letters, digits and `.`, `_`,
 * `+`, `-`, `@` is percent-encoded: `a?subject=x@acme.kz` is a valid address, and written as it is
 * the link would write to `a` with a subject; a bracket or a space would end the link.
 */
function emailLink(email: string): string {
  return `[${escapeMarkdown(email, {inLink: true})}](mailto:${email.replace(/[^\w.@+\-\u0080-\uFFFF]/g, encodeURIComponent)})`
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

function uiTerms(terms: Terms, locale: Locale): UiWords {
  const ui: Record<string, string> = {}
  for (const [key, wording] of Object.entries(terms.ui ?? {})) if (typeof wording === 'string') ui[key] = wording
  for (const key of requiredUi) if (!ui[key]) throw new MissingTermError(locale, 'ui', key)
  return ui as UiWords
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('ru') + text.slice(1)
}

/**
 * The ways consent is given to the purposes that rest on it (`consentBy`), each with its purposes:
 * purposes whose ways are the same (in any order) share one entry, so a list of many purposes does not
 * repeat the same way once for each. Entries and purposes keep the order of the facts.
 */
function consentWays(purposes: NonNullable<Facts['personalData']>['purposes'], locale: Locale, t: Term, list: List): PersonalDataView['consentBy'] {
  const ways = new Map<string, {methods: readonly string[]; purposes: string[]}>()
  for (const purpose of purposes) {
    if (!purpose.consentBy || !purpose.basis.includes('consent')) continue
    const key = [...purpose.consentBy].sort().join(' ')
    const way = ways.get(key) ?? {methods: purpose.consentBy, purposes: []}
    way.purposes.push(`«${nestQuotes(t('processingPurpose', purpose.id), 1)}»`)
    ways.set(key, way)
  }
  return [...ways.values()].map((way) => ({methods: list('consentBy', way.methods, 'or'), purposes: joinPhrases(way.purposes, locale), onePurpose: way.purposes.length === 1}))
}
