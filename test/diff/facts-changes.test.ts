import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {isLonger} from '../../src/diff/change-rules.js'
import {changeLine, compareFacts} from '../../src/diff/facts-changes.js'
import {missingVersions} from '../../src/diff/versions.js'
import type {Facts} from '../../src/facts/types.js'
import {validateFacts} from '../../src/facts/validate.js'
import {kazteleportFacts, validFacts} from '../helpers/build-content.js'
import {fixtures} from './io.js'

async function fixtureFacts(name: string, side: 'old' | 'new'): Promise<Facts> {
  const file = path.join(fixtures, name, side, 'kazteleport', 'facts.yaml')
  const {facts, problems} = validateFacts({path: file, bytes: await readFile(file)}, 'en')
  if (!facts) throw new Error(`${file}: ${problems.map((problem) => problem.message).join('; ')}`)
  return facts
}

async function changelog(name: string) {
  const changes = compareFacts('kazteleport', await fixtureFacts(name, 'old'), await fixtureFacts(name, 'new'))
  return changes.map((change) => ({line: changeLine(change), class: change.class}))
}

describe('the changelog of facts, on fixture pairs', () => {
  const cases: Record<string, Array<{line: string; class: 'material' | 'editorial'}>> = {
    'new-cookie-purpose': [{line: 'kazteleport: cookie "_ga": purpose usage-statistics → site-improvement', class: 'material'}],
    'new-category-purpose': [{line: 'kazteleport: cookie category "analytics": purpose "personalization" added', class: 'material'}],
    'new-data-category': [{line: 'kazteleport: data category "usage" added (items: pages-visited, session-duration)', class: 'material'}],
    'new-data-item': [{line: 'kazteleport: collected data: data item "geolocation" added', class: 'material'}],
    'new-third-party': [{line: 'kazteleport: third party "bitrix24" added (ТОО «Битрикс24», Kazakhstan (KZ))', class: 'material'}],
    'new-country': [{line: 'kazteleport: cross-border transfer: country Germany (DE) added', class: 'material'}],
    'third-party-country': [
      {line: 'kazteleport: third party "yandex": country Russia (RU) → Netherlands (NL)', class: 'material'},
      {line: 'kazteleport: cross-border transfer: country Netherlands (NL) added', class: 'material'}
    ],
    'longer-retention': [{line: 'kazteleport: cookie "_ym_uid": retention 1 year → 2 years', class: 'material'}],
    'cross-border-enabled': [
      {line: 'kazteleport: cross-border transfer: enabled no → yes', class: 'material'},
      {line: 'kazteleport: cross-border transfer: country United States (US) added', class: 'material'},
      {line: 'kazteleport: cross-border transfer: transfer basis "consent" added', class: 'editorial'}
    ],
    'right-removed': [{line: 'kazteleport: personal data: right "destroy" removed', class: 'material'}],
    'withdrawal-channel-removed': [{line: 'kazteleport: consent: withdrawal channel "email-request" removed', class: 'material'}],
    'contact-email': [{line: 'kazteleport: contacts: general email marketing@kazteleport.kz → info@kazteleport.kz', class: 'editorial'}],
    'shorter-retention': [{line: 'kazteleport: cookie "_ga": retention 2 years → 1 year', class: 'editorial'}],
    'summary-wording': [
      {
        line: 'kazteleport: cookie policy version "1.0": summary (ru) "Первая редакция политики." → "Первая редакция политики в отношении файлов cookie."',
        class: 'editorial'
      }
    ],
    'longer-retention-new-version': [
      {line: 'kazteleport: cookie policy version "1.1" added (effective 2025-12-01)', class: 'editorial'},
      {line: 'kazteleport: cookie "_ym_uid": retention 1 year → 2 years', class: 'material'}
    ]
  }
  for (const [name, expected] of Object.entries(cases)) {
    it(name, async () => {
      expect(await changelog(name)).toEqual(expected)
    })
  }

  it('gives each change its path, subject, field, values, reason and documents', async () => {
    const [change] = compareFacts('kazteleport', await fixtureFacts('longer-retention', 'old'), await fixtureFacts('longer-retention', 'new'))
    expect(change).toEqual({
      organization: 'kazteleport',
      path: 'cookies["_ym_uid"].retention',
      subject: 'cookie "_ym_uid"',
      field: 'retention',
      kind: 'changed',
      before: '1 year',
      after: '2 years',
      class: 'material',
      reason: 'longer retention',
      documents: ['cookie-policy']
    })
    const [right] = compareFacts('kazteleport', await fixtureFacts('right-removed', 'old'), await fixtureFacts('right-removed', 'new'))
    expect(right?.documents).toEqual(['privacy-policy'])
    expect(right?.reason).toBe('right removed')
  })

  it('finds nothing between equal facts', async () => {
    const facts = await fixtureFacts('contact-email', 'old')
    expect(compareFacts('kazteleport', facts, structuredClone(facts))).toEqual([])
  })
})

describe('classes of changes made in code', () => {
  /** The kazteleport facts as a typed object, to change in a test and validate again. */
  const base = async () => (await kazteleportFacts()) as unknown as Facts
  const item = <T>(list: readonly T[] | undefined, index: number): T => {
    const found = list?.[index]
    if (found === undefined) throw new Error(`no item ${index}`)
    return found
  }
  const lines = (before: Facts, after: Facts) => compareFacts('kazteleport', validFacts(before), validFacts(after)).map((change) => [changeLine(change), change.class])

  it('reports an organization added or removed as one editorial change', async () => {
    const facts = validFacts(await base())
    expect(compareFacts('kazteleport', undefined, facts).map(changeLine)).toEqual(['kazteleport: organization added (cookie-policy, privacy-policy)'])
    const [removed] = compareFacts('kazteleport', facts, undefined)
    expect(removed && changeLine(removed)).toBe('kazteleport: organization removed (cookie-policy, privacy-policy)')
    expect(removed?.class).toBe('editorial')
  })

  it('calls a new cookie material only when its purpose is new to its category', async () => {
    const before = await base()
    const declared = structuredClone(before)
    declared.cookies?.push({name: '_new', category: 'analytics', purpose: 'usage-statistics', retention: 'P1Y'})
    expect(lines(before, declared)).toEqual([['kazteleport: cookie "_new" added (analytics, usage-statistics, 1 year)', 'editorial']])
    const undeclared = structuredClone(before)
    undeclared.cookies?.push({name: '_new', category: 'marketing', purpose: 'market-research', retention: 'P1Y'})
    expect(lines(before, undeclared)).toEqual([['kazteleport: cookie "_new" added (marketing, market-research, 1 year)', 'material']])
  })

  it('treats a period → until-purpose as longer, and until-purpose → a period as shorter', async () => {
    const before = await base()
    const after = structuredClone(before)
    item(after.personalData?.categories, 1).retention = 'until-purpose'
    expect(lines(before, after)).toEqual([['kazteleport: data category "technical": retention 1 year → until the purpose is achieved', 'material']])
    expect(lines(after, before)).toEqual([['kazteleport: data category "technical": retention until the purpose is achieved → 1 year', 'editorial']])
    expect(isLonger('P1Y', 'session')).toBe(true)
    expect(isLonger('session', 'PT1H')).toBe(false)
    expect(isLonger('P13M', 'P1Y')).toBe(true)
    expect(isLonger('P12M', 'P1Y')).toBe(false)
  })

  it('calls removals that reduce processing editorial', async () => {
    const before = await base()
    const after = structuredClone(before)
    after.cookies = (after.cookies ?? []).filter((cookie) => cookie.name !== '_gcl_au')
    item(after.cookieCategories, 1).purposes = ['usage-statistics']
    expect(lines(before, after)).toEqual([
      ['kazteleport: cookie category "analytics": purpose "site-improvement" removed', 'editorial'],
      ['kazteleport: cookie category "analytics": purpose "product-development" removed', 'editorial'],
      ['kazteleport: cookie category "analytics": purpose "market-research" removed', 'editorial'],
      ['kazteleport: cookie "_gcl_au" removed (marketing, campaign-measurement, 90 days)', 'editorial']
    ])
  })

  it('finds the documents that need a new version: same number or same date', async () => {
    const before = validFacts(await base())
    const raw = await base()
    item(raw.cookies, 4).retention = 'P3Y'
    const needing = (after: Facts) => missingVersions('kazteleport', before, after, compareFacts('kazteleport', before, after)).map((entry) => entry.document)
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
