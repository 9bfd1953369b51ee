import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {baseFacts, baseFactsPath, composeFixture, isStandalone, namedFacts, omittedFacts, topLevelBlocks} from './fixtures.js'

const base = [
  '# The header of the base: it belongs to no block.',
  'schemaVersion: 1',
  'organization:',
  '  legalName: {ru: Компания}',
  '  # an indented comment stays in its block',
  '  legalForm: llp',
  '',
  '# a comment right above a block belongs to it',
  'sites:',
  '  - url: https://example.kz',
  'gdpr: {applies: false}',
  ''
].join('\n')

describe('composeFixture', () => {
  it('keeps every line of the fixture where it is, and appends the base facts it does not name', () => {
    const fixture = '# A case.\nsites: [] # {empty-list}\n'
    const composed = composeFixture(fixture, base)
    const lines = composed.split('\n')
    expect(lines.slice(0, 2)).toEqual(['# A case.', 'sites: [] # {empty-list}'])
    expect(composed).toBe(
      [
        '# A case.',
        'sites: [] # {empty-list}',
        'schemaVersion: 1',
        'organization:',
        '  legalName: {ru: Компания}',
        '  # an indented comment stays in its block',
        '  legalForm: llp',
        'gdpr: {applies: false}',
        ''
      ].join('\n')
    )
  })

  it('replaces a block of the base by the fixture block of the same name, whole', () => {
    const composed = composeFixture('organization:\n  legalName: {ru: Другая}\n', base)
    expect(parse(composed)).toEqual({organization: {legalName: {ru: 'Другая'}}, schemaVersion: 1, sites: [{url: 'https://example.kz'}], gdpr: {applies: false}})
    expect(composed).not.toContain('legalForm')
    expect(composed.match(/^organization:/gm)).toHaveLength(1)
  })

  it('moves a comment right above a base block along with it, and drops the base header', () => {
    const composed = composeFixture('schemaVersion: 1\n', base)
    expect(composed).toContain('# a comment right above a block belongs to it\nsites:\n')
    expect(composed).not.toContain('header')
  })

  it('leaves out the base facts a fixture names in `# fixture: without`', () => {
    const fixture = '# A case.\n# fixture: without sites, gdpr\nschemaVersion: 1\n'
    expect(omittedFacts(fixture)).toEqual(['sites', 'gdpr'])
    expect(Object.keys(parse(composeFixture(fixture, base)) as object)).toEqual(['schemaVersion', 'organization'])
  })

  it('uses a standalone fixture as written', () => {
    const fixture = '# A syntax error.\n# fixture: standalone\nsites: [\n'
    expect(isStandalone(fixture)).toBe(true)
    expect(composeFixture(fixture, base)).toBe(fixture)
    expect(isStandalone('# A case.\nsites: []\n')).toBe(false)
  })

  it('gives the base alone for an empty fixture', () => {
    expect(parse(composeFixture('', base))).toEqual(parse(base))
    expect(composeFixture('', base).startsWith('schemaVersion: 1\n')).toBe(true)
  })

  it('finds top-level facts, quoted or not, and no nested or listed keys', () => {
    expect(namedFacts('a: 1\n  b: 2\n- c: 3\n"d": 4\n$schema: x\n# e: 5\n')).toEqual(['a', 'd', '$schema'])
    expect([...topLevelBlocks(base).keys()]).toEqual(['schemaVersion', 'organization', 'sites', 'gdpr'])
  })

  it('composes with test/fixtures/base/facts.yaml by default', () => {
    expect(composeFixture('')).toBe(composeFixture('', readFileSync(baseFactsPath, 'utf8')))
    expect(parse(composeFixture(''))).toEqual(baseFacts())
  })
})
