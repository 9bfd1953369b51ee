import {readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {isLonger} from '../../src/diff/change-rules.js'
import {changeLine, compareFacts} from '../../src/diff/facts-changes.js'
import {missingVersions} from '../../src/diff/versions.js'
import type {Facts} from '../../src/facts/types.js'
import {validateFacts} from '../../src/facts/validate.js'
import {validFacts} from '../helpers/fixture-organizations.js'
import {baseFacts} from '../helpers/fixtures.js'
import {caseFacts, fixtures, organizationId as acme, type Side} from './io.js'

/** One side of a diff case, validated: it must give no problem at all, not even a warning. */
function fixtureFacts(name: string, side: Side): Facts {
  const {facts, problems} = validateFacts({path: `test/fixtures/diff/${name}/${side}.yaml`, bytes: new TextEncoder().encode(caseFacts(name, side))}, 'en')
  if (!facts || problems.length > 0) throw new Error(`${name}/${side}: ${problems.map((problem) => problem.message).join('; ')}`)
  return facts
}

function changelog(name: string) {
  const changes = compareFacts(acme, fixtureFacts(name, 'old'), fixtureFacts(name, 'new'))
  return changes.map((change) => ({line: changeLine(change), class: change.class}))
}

describe('the changelog of facts, on fixture pairs', () => {
  const cases: Record<string, Array<{line: string; class: 'material' | 'editorial'}>> = {
    'new-cookie-purpose': [{line: 'acme: cookie "_ga": purpose usage-statistics → site-improvement', class: 'material'}],
    'new-category-purpose': [{line: 'acme: cookie category "analytics": purpose "personalization" added', class: 'material'}],
    'new-data-category': [
      {line: 'acme: data category "usage" added (items: session-duration)', class: 'material'},
      {line: 'acme: processing purpose "analytics": data category "usage" added', class: 'material'}
    ],
    'new-data-item': [
      {line: 'acme: collected data: data item "geolocation" added', class: 'material'},
      {line: 'acme: data category "technical": data item "geolocation" added', class: 'material'}
    ],
    'new-third-party': [
      {line: 'acme: third party "bitrix24" added (ТОО «Битрикс24», Kazakhstan (KZ))', class: 'material'},
      {line: 'acme: recipient "service-providers" added', class: 'material'}
    ],
    'new-country': [{line: 'acme: cross-border transfer: country Germany (DE) added', class: 'material'}],
    'new-country-in-group': [
      {line: 'acme: cross-border transfer: country Germany (DE) added', class: 'material'},
      {line: 'acme: cross-border transfer: country Ireland (IE) added', class: 'material'}
    ],
    'transfer-form': [{line: 'acme: cross-border transfer: form one basis for every country → a basis for each group of countries', class: 'editorial'}],
    'third-party-country': [
      {line: 'acme: third party "google": country United States (US) → Netherlands (NL)', class: 'material'},
      {line: 'acme: cross-border transfer: country Netherlands (NL) added', class: 'material'}
    ],
    'longer-retention': [{line: 'acme: cookie "_ga": retention 1 year → 2 years', class: 'material'}],
    'cross-border-enabled': [
      {line: 'acme: cross-border transfer: enabled no → yes', class: 'material'},
      {line: 'acme: cross-border transfer: country United States (US) added', class: 'material'},
      {line: 'acme: cross-border transfer: transfer basis "consent" added', class: 'editorial'}
    ],
    'right-removed': [{line: 'acme: personal data: right "object-automated" removed', class: 'material'}],
    'withdrawal-channel-removed': [{line: 'acme: consent: withdrawal channel "email-request" removed', class: 'material'}],
    'contact-email': [{line: 'acme: contacts: general email info@example.kz → support@example.kz', class: 'editorial'}],
    'shorter-retention': [{line: 'acme: cookie "_ga": retention 2 years → 1 year', class: 'editorial'}],
    'summary-wording': [
      {
        line: 'acme: cookie policy version "1.0": summary (ru) "Первая редакция." → "Первая редакция политики в отношении файлов cookie."',
        class: 'editorial'
      }
    ],
    'longer-retention-new-version': [
      {line: 'acme: cookie policy version "1.1" added (effective 2025-12-01)', class: 'editorial'},
      {line: 'acme: cookie "_ga": retention 1 year → 2 years', class: 'material'}
    ]
  }
  it('has an expected changelog for every case folder, and every case changes something', () => {
    expect(Object.keys(cases).sort()).toEqual(readdirSync(fixtures).sort())
  })

  for (const [name, expected] of Object.entries(cases)) {
    it(name, () => {
      expect(changelog(name)).toEqual(expected)
    })
  }

  it('gives each change its path, subject, field, values, reason and documents', () => {
    const [change] = compareFacts(acme, fixtureFacts('longer-retention', 'old'), fixtureFacts('longer-retention', 'new'))
    expect(change).toEqual({
      organization: 'acme',
      path: 'cookies["_ga"].retention',
      subject: 'cookie "_ga"',
      field: 'retention',
      kind: 'changed',
      before: '1 year',
      after: '2 years',
      class: 'material',
      reason: 'longer retention',
      documents: ['cookie-policy']
    })
    const [right] = compareFacts(acme, fixtureFacts('right-removed', 'old'), fixtureFacts('right-removed', 'new'))
    expect(right?.documents).toEqual(['privacy-policy'])
    expect(right?.reason).toBe('right removed')
  })

  it('finds nothing between equal facts', () => {
    const facts = fixtureFacts('contact-email', 'old')
    expect(compareFacts(acme, facts, structuredClone(facts))).toEqual([])
  })
})

describe('classes of changes made in code', () => {
  /** The base facts (test/fixtures/base/facts.yaml) as a typed object, to change in a test and validate again. */
  const base = () => baseFacts() as unknown as Facts
  const item = <T>(list: readonly T[] | undefined, index: number): T => {
    const found = list?.[index]
    if (found === undefined) throw new Error(`no item ${index}`)
    return found
  }
  const lines = (before: Facts, after: Facts) => compareFacts(acme, validFacts(before), validFacts(after)).map((change) => [changeLine(change), change.class])

  it('reports an organization added or removed as one editorial change', () => {
    const facts = validFacts(base())
    expect(compareFacts(acme, undefined, facts).map(changeLine)).toEqual(['acme: organization added (cookie-policy, privacy-policy)'])
    const [removed] = compareFacts(acme, facts, undefined)
    expect(removed && changeLine(removed)).toBe('acme: organization removed (cookie-policy, privacy-policy)')
    expect(removed?.class).toBe('editorial')
  })

  it('compares a transfer by groups country by country: a country moved between groups is no new country', () => {
    const before = base()
    before.crossBorder = {enabled: true, transfers: [{countries: ['US', 'DE'], basis: ['consent']}]}
    const after = structuredClone(before)
    after.crossBorder = {enabled: true, transfers: [{countries: ['US'], basis: ['consent']}, {countries: ['DE'], basis: ['adequate-protection']}]}
    expect(lines(before, after)).toEqual([['acme: cross-border transfer: transfer basis for Germany (DE) "consent" → "adequate-protection"', 'editorial']])
    const fewer = structuredClone(before)
    fewer.crossBorder = {enabled: true, countries: ['US'], basis: ['consent']}
    expect(lines(before, fewer)).toEqual([['acme: cross-border transfer: country Germany (DE) removed', 'editorial']])
    expect(lines(fewer, before)).toEqual([['acme: cross-border transfer: country Germany (DE) added', 'material']])
  })

  it('calls a new cookie material only when its purpose is new to its category', () => {
    const before = base()
    const declared = structuredClone(before)
    declared.cookies?.push({name: '_new', category: 'analytics', purpose: 'usage-statistics', retention: 'P1Y'})
    expect(lines(before, declared)).toEqual([['acme: cookie "_new" added (analytics, usage-statistics, 1 year)', 'editorial']])
    const undeclared = structuredClone(before)
    undeclared.cookies?.push({name: '_new', category: 'analytics', purpose: 'market-research', retention: 'P1Y'})
    expect(lines(before, undeclared)).toEqual([['acme: cookie "_new" added (analytics, market-research, 1 year)', 'material']])
  })

  it('treats a period → until-purpose as longer, and until-purpose → a period as shorter', () => {
    const before = base()
    const after = structuredClone(before)
    item(after.personalData?.categories, 0).retention = 'until-purpose'
    expect(lines(before, after)).toEqual([['acme: data category "contact": retention 3 years → until the purpose is achieved', 'material']])
    expect(lines(after, before)).toEqual([['acme: data category "contact": retention until the purpose is achieved → 3 years', 'editorial']])
    expect(isLonger('P1Y', 'session')).toBe(true)
    expect(isLonger('session', 'PT1H')).toBe(false)
    expect(isLonger('P13M', 'P1Y')).toBe(true)
    expect(isLonger('P12M', 'P1Y')).toBe(false)
  })

  it('calls removals that reduce processing editorial', () => {
    const before = base()
    item(before.cookieCategories, 1).purposes = ['usage-statistics', 'site-improvement', 'product-development', 'market-research']
    const after = structuredClone(before)
    after.cookies = (after.cookies ?? []).filter((cookie) => cookie.name !== '_ga')
    item(after.cookieCategories, 1).purposes = ['usage-statistics']
    expect(lines(before, after)).toEqual([
      ['acme: cookie category "analytics": purpose "site-improvement" removed', 'editorial'],
      ['acme: cookie category "analytics": purpose "product-development" removed', 'editorial'],
      ['acme: cookie category "analytics": purpose "market-research" removed', 'editorial'],
      ['acme: cookie "_ga" removed (analytics, usage-statistics, 2 years)', 'editorial']
    ])
  })

  it('finds the documents that need a new version: same number or same date', () => {
    const before = validFacts(base())
    const raw = base()
    item(raw.cookies, 1).retention = 'P3Y'
    const needing = (after: Facts) => missingVersions(acme, before, after, compareFacts(acme, before, after)).map((entry) => entry.document)
    expect(needing(validFacts(raw))).toEqual(['cookie-policy'])
    const policy = raw.documents.cookiePolicy
    if (!policy) throw new Error('no cookie policy')
    policy.versions = [{version: '1.1', effectiveDate: '2025-06-01', summary: {ru: 'Срок.', kk: 'Мерзім.'}}]
    expect(needing(validFacts(raw))).toEqual(['cookie-policy'])
    policy.versions = [{version: '1.0', effectiveDate: '2025-12-01', summary: {ru: 'Срок.', kk: 'Мерзім.'}}]
    expect(needing(validFacts(raw))).toEqual(['cookie-policy'])
    policy.versions = [{version: '1.1', effectiveDate: '2025-12-01', summary: {ru: 'Срок.', kk: 'Мерзім.'}}]
    expect(needing(validFacts(raw))).toEqual([])
  })
})
