import {describe, expect, it} from 'vitest'
import {possessiveCase, resolveDocument} from '../../src/document/resolve.js'
import type {Facts} from '../../src/facts/types.js'
import {fixtureOrganization} from '../helpers/fixture-organizations.js'
import {shippedTemplates} from '../helpers/templates.js'

describe('possessiveCase', () => {
  it('puts the buffer н before the case ending of a possessive noun, in harmony with it', () => {
    expect(possessiveCase('a сайты', 'locative')).toBe('a сайтында')
    expect(possessiveCase('a сайты', 'genitive')).toBe('a сайтының')
    expect(possessiveCase('a сервисі', 'locative')).toBe('a сервисінде')
    expect(possessiveCase('a сервистері', 'genitive')).toBe('a сервистерінің')
    expect(possessiveCase('a мобильді қосымшасы', 'locative')).toBe('a мобильді қосымшасында')
  })
})

describe('the defined term for the company’s resources', async () => {
  const templates = await shippedTemplates()
  const view = (sites: Facts['sites'], locale: 'ru' | 'kk') => {
    const {facts} = fixtureOrganization('minimal')
    return resolveDocument({...facts, sites}, 'privacy-policy', locale, templates.locales[locale].terms).resource
  }
  const site = {url: 'https://a.kz'}
  const app = {kind: 'mobile-app' as const, name: {ru: 'Акме', kk: 'Акме'}}

  it('is «Сайт» for sites, «Приложение» for apps and «Сервис» for a mix, in every case', () => {
    expect(view([site], 'ru')).toMatchObject({nom: 'Сайт', gen: 'Сайта', loc: 'на Сайте', introGenitive: 'сайта [a.kz](<https://a.kz>) (далее — «Сайт»)'})
    expect(view([site, {url: 'https://b.kz'}], 'ru').introLocative).toBe('на сайтах [a.kz](<https://a.kz>) и [b.kz](<https://b.kz>) (далее вместе и по отдельности — «Сайт»)')
    expect(view([app], 'ru')).toMatchObject({nom: 'Приложение', ins: 'Приложением', introGenitive: 'мобильного приложения «Акме» (далее — «Приложение»)'})
    expect(view([site, app], 'ru')).toMatchObject({nom: 'Сервис', introLocative: 'на сайте [a.kz](<https://a.kz>) и в мобильном приложении «Акме» (далее вместе и по отдельности — «Сервис»)'})
  })

  it('declines the Kazakh term with its case endings', () => {
    expect(view([site], 'kk')).toMatchObject({nom: 'Сайт', gen: 'Сайттың', loc: 'Сайтта', introLocative: '[a.kz](<https://a.kz>) сайтында (бұдан әрі — «Сайт»)'})
    expect(view([app], 'kk')).toMatchObject({nom: 'Қосымша', gen: 'Қосымшаның', acc: 'Қосымшаны', introGenitive: '«Акме» мобильді қосымшасының (бұдан әрі — «Қосымша»)'})
    expect(view([site, {url: 'https://b.kz'}], 'kk').introLocative).toBe('[a.kz](<https://a.kz>) және [b.kz](<https://b.kz>) сайттарында (бұдан әрі бірге және жеке-жеке — «Сайт»)')
    expect(view([site, app], 'kk')).toMatchObject({nom: 'Сервис', gen: 'Сервистің'})
  })

  it('joins a site and several apps with a conjunction, each kind in its own case', () => {
    const other = {kind: 'mobile-app' as const, name: {ru: 'Акме Коуч', kk: 'Акме Коуч'}}
    expect(view([site, app, other], 'ru').introLocative).toBe('на сайте [a.kz](<https://a.kz>) и в мобильных приложениях «Акме» и «Акме Коуч» (далее вместе и по отдельности — «Сервис»)')
    expect(view([site, app, other], 'ru').introGenitive).toBe('сайта [a.kz](<https://a.kz>) и мобильных приложений «Акме» и «Акме Коуч» (далее вместе и по отдельности — «Сервис»)')
    expect(view([site, app, other], 'kk').introLocative).toBe('[a.kz](<https://a.kz>) сайтында және «Акме» және «Акме Коуч» мобильді қосымшаларында (бұдан әрі бірге және жеке-жеке — «Сервис»)')
    expect(view([site, app, other], 'kk').introGenitive).toBe('[a.kz](<https://a.kz>) сайтының және «Акме» және «Акме Коуч» мобильді қосымшаларының (бұдан әрі бірге және жеке-жеке — «Сервис»)')
  })
})

describe('the company’s own words for its form and its resources', async () => {
  const templates = await shippedTemplates()
  const {facts} = fixtureOrganization('minimal')
  const own: Facts = {
    ...facts,
    organization: {
      ...facts.organization,
      legalForm: 'other',
      legalFormName: {ru: {short: 'НАО', full: 'некоммерческое акционерное общество'}, kk: {short: 'КЕАҚ', full: 'коммерциялық емес акционерлік қоғамы'}},
      resourceTerm: {ru: {nom: 'Платформа', gen: 'Платформы', dat: 'Платформе', acc: 'Платформу', ins: 'Платформой', prep: 'Платформе', preposition: 'на'}, kk: 'Платформа'}
    }
  }

  it('names the organization in its own legal form', () => {
    expect(resolveDocument(own, 'privacy-policy', 'ru', templates.locales.ru.terms).org).toMatchObject({fullName: 'Некоммерческое акционерное общество «Минимум»', shortName: 'НАО «Минимум»'})
    expect(resolveDocument(own, 'privacy-policy', 'kk', templates.locales.kk.terms).org).toMatchObject({fullName: '«Минимум» коммерциялық емес акционерлік қоғамы', shortName: '«Минимум» КЕАҚ'})
  })

  it('uses its own term for the resources, in every case', () => {
    expect(resolveDocument(own, 'privacy-policy', 'ru', templates.locales.ru.terms).resource).toMatchObject({nom: 'Платформа', ins: 'Платформой', loc: 'на Платформе', introGenitive: 'сайта [minimum.kz](<https://minimum.kz>) (далее — «Платформа»)'})
    expect(resolveDocument(own, 'privacy-policy', 'kk', templates.locales.kk.terms).resource).toMatchObject({nom: 'Платформа', gen: 'Платформаның', loc: 'Платформада'})
  })
})

describe('the provider of a cookie the company places itself', async () => {
  const templates = await shippedTemplates()

  it('is the defined term for the resources, in each language', () => {
    const {facts} = fixtureOrganization('minimal')
    const sites = [{url: 'https://a.kz'}, {kind: 'mobile-app' as const, name: {ru: 'Акме', kk: 'Акме'}}]
    for (const [locale, term] of [['ru', 'Сервис'], ['kk', 'Сервис']] as const) {
      const cookies = resolveDocument({...facts, sites}, 'cookie-policy', locale, templates.locales[locale].terms).cookies
      expect(cookies && cookies.categories[0]?.table[0]?.provider).toBe(term)
    }
    const own = resolveDocument(facts, 'cookie-policy', 'ru', templates.locales.ru.terms).cookies
    expect(own && own.categories[0]?.table[0]?.provider).toBe('Сайт')
  })
})

describe('the countries cookie data goes to', async () => {
  const templates = await shippedTemplates()

  it('are named in the order of crossBorder.countries, as the privacy policy names them', () => {
    const {facts} = fixtureOrganization('minimal')
    const party = (id: string, country: 'RU' | 'US') => ({id, name: id, kind: 'analytics' as const, role: 'processor' as const, country, purposes: ['usage-statistics' as const]})
    const given = {...facts, thirdParties: [party('yandex', 'RU'), party('google', 'US')], crossBorder: {enabled: true, countries: ['US' as const, 'RU' as const], basis: ['consent' as const]}}
    const cookies = resolveDocument(given, 'cookie-policy', 'ru', templates.locales.ru.terms).cookies
    expect(cookies && cookies.providersAbroad).toBe('Соединённые Штаты Америки и Российская Федерация')
  })
})
