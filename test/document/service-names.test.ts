import {describe, expect, it} from 'vitest'
import {renderMarkdownDocuments} from '../../src/document/documents.js'
import {resolveDocument} from '../../src/document/resolve.js'
import type {Facts} from '../../src/facts/types.js'
import {fixtureOrganization} from '../helpers/fixture-organizations.js'
import {shippedTemplates} from '../helpers/templates.js'

describe('the services of a third party in the documents', async () => {
  const templates = await shippedTemplates()
  const services = (given: NonNullable<NonNullable<Facts['thirdParties']>[number]['services']>, locale: 'ru' | 'kk') => {
    const {facts} = fixtureOrganization('minimal')
    const party = {id: 'sms', name: 'ТОО «Смс Центр»', services: given, kind: 'other' as const, role: 'processor' as const, country: 'KZ' as const}
    return resolveDocument({...facts, thirdParties: [party]}, 'privacy-policy', locale, templates.locales[locale].terms).thirdParties[0]?.services
  }

  it('prints a product name as written in both languages, and a described service in the document\'s language', () => {
    const given = ['Smsc.kz', {ru: 'SMS-рассылки', kk: 'SMS-хабарламалар'}]
    expect(services(given, 'ru')).toBe('Smsc.kz и SMS-рассылки')
    expect(services(given, 'kk')).toBe('Smsc.kz және SMS-хабарламалар')
  })

  it('escapes the company\'s text for Markdown', () => {
    expect(services([{ru: '*Рассылки*', kk: '_Хабарламалар_'}], 'kk')).toBe('\\_Хабарламалар\\_')
  })

  it('are printed for every third party in the privacy policy\'s table, a domestic one too', async () => {
    const {facts} = fixtureOrganization('minimal')
    const party = {id: 'sms', name: 'ТОО «Смс Центр»', services: [{ru: 'SMS-рассылки', kk: 'SMS-хабарламалар'}], kind: 'messaging' as const, role: 'processor' as const, country: 'KZ' as const}
    const documents = renderMarkdownDocuments({id: 'minimal', facts: {...facts, thirdParties: [party]}}, templates)
    const privacy = (locale: string) => documents.find((document) => document.locale === locale && document.document === 'privacy-policy')?.markdown ?? ''
    expect(privacy('ru')).toContain('| ТОО «Смс Центр» | SMS-рассылки | по поручению, которое даёт Компания | Казахстан |')
    expect(privacy('kk')).toContain('| «Смс Центр» ЖШС | SMS-хабарламалар | Компания берген тапсырма бойынша | Қазақстан |')
  })
})
