import {describe, expect, it} from 'vitest'
import {run} from '../../src/cli/main.js'
import {catalogue} from '../../src/facts/services.js'
import {createIo} from '../helpers/cli-io.js'

describe('policygen services', () => {
  it('lists every service with its provider, country, category and cookie count', async () => {
    const {io, stdout} = createIo(process.cwd())
    expect(await run(['services'], io)).toBe(0)
    const lines = stdout().trimEnd().split('\n')
    expect(lines[0]).toMatch(/^id +provider +category +cookies$/)
    expect(lines).toContainEqual(expect.stringMatching(/^yandex-metrica +ООО «ЯНДЕКС» \(RU\) +analytics +6$/))
    expect(lines).toContainEqual(expect.stringMatching(/^jivo +ООО «Живой сайт» \(RU\) verify +functional +0$/))
    expect(lines.at(-1)).toBe(`${catalogue.services.length} of ${catalogue.services.length} services (catalogue checked ${catalogue.checked}). Use an id in the facts: \`services: [2gis-maps]\`.`)
  })

  it('finds services by id, name, provider, or a cookie seen on the site (patterns too)', async () => {
    const ids = async (query: string) => {
      const {io, stdout} = createIo(process.cwd())
      await run(['services', query, '--format', 'json'], io)
      return (JSON.parse(stdout()) as Array<{id: string}>).map((service) => service.id)
    }
    expect(await ids('yandex')).toEqual(['yandex-direct', 'yandex-metrica'])
    expect(await ids('Метрика')).toEqual(['yandex-metrica'])
    expect(await ids('_ym_uid')).toEqual(['yandex-metrica'])
    expect(await ids('_ga_1A2B3C')).toEqual(['google-analytics-4'])
    expect(await ids('google llc')).toContain('youtube')
  })

  it('says when nothing matches, with exit 1', async () => {
    const {io, stdout} = createIo(process.cwd())
    expect(await run(['services', 'no-such-thing'], io)).toBe(1)
    expect(stdout()).toBe('No service of the catalogue matches `no-such-thing`. Describe it yourself in `thirdParties` and `cookies`.\n')
  })
})
