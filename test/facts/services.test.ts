import {readFileSync} from 'node:fs'
import {parse} from 'yaml'
import {describe, expect, it} from 'vitest'
import {catalogue, expandServices, originOf, serviceById} from '../../src/facts/services.js'
import type {Facts} from '../../src/facts/types.js'
import {baseFactsPath} from '../helpers/fixtures.js'
import {validateObject} from '../helpers/fixture-organizations.js'

/** The small valid organization of the fixtures, with `services` and any other facts changed. */
function base(changes: Record<string, unknown>): Facts {
  return {...(parse(readFileSync(baseFactsPath, 'utf8')) as Facts), ...changes} as Facts
}

describe('a service of the catalogue in the facts', () => {
  it('brings its provider as a third party, and its cookies in its category', () => {
    const {facts, reports} = expandServices(base({services: ['yandex-metrica']}))
    const yandex = facts.thirdParties?.find((party) => party.id === 'yandex')
    expect(yandex).toEqual({
      id: 'yandex',
      name: 'ООО «ЯНДЕКС»',
      localizedName: {kk: '«ЯНДЕКС» ЖШҚ'},
      services: ['Яндекс Метрика'],
      kind: 'analytics',
      role: 'processor',
      country: 'RU',
      purposes: ['usage-statistics'],
      privacyPolicy: 'https://yandex.ru/legal/confidential/',
      optOut: 'https://yandex.ru/support/metrica/general/opt-out.html'
    })
    const metrica = serviceById('yandex-metrica')
    expect(facts.cookies?.filter((cookie) => cookie.provider === 'yandex').map((cookie) => cookie.name)).toEqual(metrica?.cookies.map((cookie) => cookie.name))
    expect(facts.cookies?.find((cookie) => cookie.name === '_ym_uid')).toEqual({name: '_ym_uid', category: 'analytics', provider: 'yandex', purpose: 'usage-statistics', retention: 'P1Y', party: 'first'})
    expect(reports).toEqual([expect.objectContaining({path: ['services', 0], id: 'yandex-metrica', provider: expect.objectContaining({name: 'ООО «ЯНДЕКС»', country: 'RU', from: 'catalogue'}), ownCookies: []})])
  })

  it('keeps the company\'s own words: its provider under the same id, and its cookie of the same name', () => {
    // The base declares Google LLC itself, and `_ga`.
    const {facts, reports} = expandServices(base({services: ['google-analytics-4']}))
    expect(facts.thirdParties?.filter((party) => party.id === 'google')).toHaveLength(1)
    expect(facts.cookies?.filter((cookie) => cookie.name === '_ga')).toEqual([{name: '_ga', category: 'analytics', provider: 'google', purpose: 'usage-statistics', retention: 'P2Y'}])
    expect(reports[0]).toEqual(expect.objectContaining({provider: expect.objectContaining({from: 'thirdParties'}), ownCookies: ['_ga'], cookies: ['_ga_*', '_gid', '_gat_gtag_*']}))
  })

  it('takes the company\'s changes: another category and purposes, cookies left out, changed and added', () => {
    const {facts} = expandServices(base({
      thirdParties: [],
      services: [{id: 'hotjar', category: 'functional', purposes: ['site-improvement'], role: 'controller', agreement: true, without: ['_hjFirstSeen'], cookies: [{name: '_hjSession_*', retention: 'PT1H'}, {name: '_hjOwn', retention: 'P30D', party: 'first'}]}]
    }))
    const names = facts.cookies?.filter((cookie) => cookie.provider === 'hotjar').map((cookie) => cookie.name)
    expect(names).not.toContain('_hjFirstSeen')
    expect(names).toContain('_hjOwn')
    expect(facts.cookies?.find((cookie) => cookie.name === '_hjSession_*')).toEqual(expect.objectContaining({retention: 'PT1H', category: 'functional', purpose: 'site-improvement'}))
    expect(facts.thirdParties?.[0]).toEqual(expect.objectContaining({id: 'hotjar', role: 'controller', agreement: true, purposes: ['site-improvement']}))
  })

  it('names one provider once for all its services, with every service and purpose, and each cookie once', () => {
    const {facts} = expandServices(base({thirdParties: [], cookies: [], services: ['google-analytics-4', 'google-ads', 'vk-pixel', 'mail-ru-counter']}))
    const google = facts.thirdParties?.filter((party) => party.id === 'google')
    expect(google).toHaveLength(1)
    expect(google?.[0]?.services).toEqual(['Google Analytics', 'Google Ads'])
    expect(google?.[0]?.purposes).toEqual(['usage-statistics', 'campaign-measurement', 'retargeting'])
    expect(facts.cookies?.filter((cookie) => cookie.name === 'tmr_lvid')).toHaveLength(1)
  })

  it('lets a second service of one provider say it acts as a controller, and add its purposes', () => {
    const {facts} = expandServices(base({thirdParties: [], cookies: [], services: ['yandex-metrica', 'yandex-direct']}))
    const yandex = facts.thirdParties?.find((party) => party.id === 'yandex')
    expect(yandex?.role).toBe('controller')
    expect(yandex?.purposes).toEqual(['usage-statistics', 'advertising', 'campaign-measurement'])
  })

  it('never calls a cookie another service brought the company\'s own, and respects the company\'s patterns', () => {
    const {facts, reports} = expandServices(base({cookies: [{name: '_ym_*', category: 'analytics', purpose: 'usage-statistics', retention: 'P1Y'}], services: ['yandex-metrica', 'vk-pixel', 'mail-ru-counter']}))
    expect(facts.cookies?.filter((cookie) => cookie.name?.startsWith('_ym_')).map((cookie) => cookie.name)).toEqual(['_ym_*'])
    expect(reports[0]?.ownCookies).toEqual(['_ym_uid', '_ym_d', '_ym_isad', '_ym_visorc'])
    expect(reports[2]).toEqual(expect.objectContaining({cookies: [], ownCookies: []}))
  })

  it('adds the service\'s name and purposes to the provider the company describes itself', () => {
    const {facts} = expandServices(base({services: ['google-ads']}))
    const google = facts.thirdParties?.find((party) => party.id === 'google')
    expect(google).toEqual(expect.objectContaining({name: 'Google LLC', role: 'processor', services: ['Google Ads'], purposes: ['usage-statistics', 'campaign-measurement', 'retargeting']}))
  })

  it('keeps the services a company names for its own provider, without the catalogue\'s name beside them', () => {
    const own = {id: 'jivo', name: 'ООО «Живой сайт»', services: ['JivoSite'], kind: 'chat', role: 'processor', country: 'RU', privacyPolicy: 'https://www.jivo.ru/privacy/'}
    const {facts} = expandServices(base({thirdParties: [own], services: ['jivo']}))
    expect(facts.thirdParties).toEqual([own])
    // A provider another service brought lists every service of the list.
    const both = expandServices(base({thirdParties: [], services: ['google-analytics-4', 'google-ads']}))
    expect(both.facts.thirdParties?.find((party) => party.id === 'google')?.services).toEqual(['Google Analytics', 'Google Ads'])
  })

  it('gives a provider the purposes of its cookies only with cookies, or when the company gives them', () => {
    // Kaspi Pay's catalogue entry has no cookies: nothing says Kaspi places any.
    const kaspi = expandServices(base({services: ['kaspi-pay']})).facts.thirdParties?.find((party) => party.id === 'kaspi')
    expect(kaspi).toEqual(expect.objectContaining({services: ['Kaspi Pay'], kind: 'payments'}))
    expect(kaspi?.purposes).toBeUndefined()
    const chat = expandServices(base({services: [{id: 'jivo', purposes: ['support-chat']}]})).facts.thirdParties?.find((party) => party.id === 'jivo')
    expect(chat?.purposes).toEqual(['support-chat'])
    // To a provider the company describes itself, a service without cookies adds its name, not purposes.
    const own = {id: 'kaspi', name: 'АО «Kaspi Bank»', kind: 'payments', role: 'controller', country: 'KZ', privacyPolicy: 'https://kaspi.kz/'}
    expect(expandServices(base({thirdParties: [own], services: ['kaspi-pay']})).facts.thirdParties).toEqual([{...own, services: ['Kaspi Pay']}])
  })

  it('says where each fact it brought came from, so a problem is reported at the service', () => {
    const expanded = expandServices(base({services: ['yandex-metrica', {id: 'hotjar', cookies: [{name: '_hjOwn', retention: 'P30D'}]}]}))
    const own = expanded.facts.cookies?.length ?? 0
    expect(originOf(['cookies', 2, 'category'], expanded.origins)).toEqual(['services', 0])
    expect(originOf(['cookies', own - 1], expanded.origins)).toEqual(['services', 1, 'cookies', 0])
    expect(originOf(['cookies', 0], expanded.origins)).toEqual(['cookies', 0])
    expect(originOf(['thirdParties', 1, 'country'], expanded.origins)).toEqual(['services', 0])
  })

  it('leaves facts without services as they are', () => {
    const facts = base({})
    expect(expandServices(facts).facts).toBe(facts)
  })
})

describe('validating facts with services', () => {
  it('reports what a service brings at the service: a transfer abroad to declare, a category to describe', () => {
    const {problems} = validateObject(base({services: ['yandex-metrica', 'intercom']}))
    expect(problems.map((problem) => `${problem.ruleId} ${problem.path}`)).toEqual(
      expect.arrayContaining(['undeclared-transfer services[0]', 'category-not-declared services[1]', 'third-party-not-recipient services[0]'])
    )
  })

  it('suggests the id a misspelt service meant', () => {
    const {problems} = validateObject(base({services: ['yandex-metrika']}))
    expect(problems).toEqual([expect.objectContaining({ruleId: 'unknown-key', path: 'services[0]', message: expect.stringContaining('did you mean `yandex-metrica`?')})])
  })

  it('gives the facts with everything the services brought, ready to render', () => {
    const {facts, services} = validateObject(base({
      services: ['cloudflare'],
      cookieCategories: [{id: 'strictly-necessary', purposes: ['site-operation', 'security'], canDisable: false}, {id: 'analytics', purposes: ['usage-statistics'], canDisable: true}],
      crossBorder: {enabled: true, countries: ['US'], basis: ['consent']},
      personalData: {...(base({}).personalData ?? {}), recipients: [{kind: 'analytics-providers', thirdParties: ['google'], purposes: ['analytics']}, {kind: 'hosting-providers', thirdParties: ['cloudflare'], purposes: ['analytics']}]}
    }))
    expect(facts?.cookies?.map((cookie) => cookie.name)).toEqual(['PHPSESSID', '_ga', '__cf_bm', '_cfuvid', 'cf_clearance'])
    expect(services?.[0]).toEqual(expect.objectContaining({file: 'content/test/facts.yaml', id: 'cloudflare', line: expect.any(Number), column: expect.any(Number)}))
  })
})

describe('the catalogue', () => {
  it('has unique ids, a provider for each service, and only https links', () => {
    const ids = catalogue.services.map((service) => service.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const service of catalogue.services) {
      const provider = catalogue.providers[service.provider]
      expect(provider, service.id).toBeDefined()
      expect(provider?.privacyPolicy, service.id).toMatch(/^https:\/\//)
      if (service.optOut) expect(service.optOut).toMatch(/^https:\/\//)
      expect(new Set(service.cookies.map((cookie) => cookie.name)).size, service.id).toBe(service.cookies.length)
    }
  })
})
