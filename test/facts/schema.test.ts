import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {generateFactTypes} from '../../scripts/generate-types.mjs'
import {descriptionLanguages, factsSchema} from '../../src/facts/schema.js'
import {createSchemaValidator} from '../../src/facts/schema-compile.js'
import {precompiledValidator} from '../../src/facts/schema-validator.js'
import {generateValidator} from '../../scripts/generate-validator.js'
import {fixtureFacts} from '../helpers/fixture-organizations.js'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
const {validate: validator} = createSchemaValidator()
const acme = fixtureFacts('acme')

/** A copy of the acme facts (test/fixtures/organizations/acme) with the value at `pointer` (a JSON Pointer) replaced. */
function withValue(pointer: string, value: unknown): unknown {
  const copy = structuredClone(acme)
  const segments = pointer.slice(1).split('/')
  const last = segments.pop() ?? ''
  let node: Record<string, unknown> = copy
  for (const segment of segments) {
    node[segment] ??= {}
    node = node[segment] as Record<string, unknown>
  }
  node[last] = value
  return copy
}

/** The keywords of the errors the schema gives at `pointer` for the facts with `value` there. */
function errorsAt(pointer: string, value: unknown): string[] {
  if (validator(withValue(pointer, value))) return []
  return (validator.errors ?? []).filter((error) => error.instancePath === pointer).map((error) => `${error.keyword}:${String(error.params.format ?? '')}`)
}

describe('the facts schema', () => {
  it('accepts the acme facts', () => {
    expect(validator(acme)).toBe(true)
    expect(validator.errors ?? null).toBeNull()
  })

  it('rejects an empty mapping, naming every required fact', () => {
    expect(validator({})).toBe(false)
    const missing = (validator.errors ?? []).filter((error) => error.keyword === 'required').map((error) => error.params.missingProperty as string)
    // Only what every organization has; the rest is required by the documents published (rules) or optional.
    expect(missing.sort()).toEqual(['consent', 'contacts', 'documents', 'locales', 'organization', 'schemaVersion', 'sites'])
  })

  // Where in the acme facts each format is tried, and what it must accept and reject.
  const formats: ReadonlyArray<{format: string; pointer: string; accepted: unknown[]; rejected: unknown[]; keyword?: string}> = [
    {
      format: 'phone',
      pointer: '/contacts/general/phone',
      accepted: ['+7 727 338 39 93', '+77273383993', '8 727 338 39 93', '87273383993', '+7 (727) 338-39-93', '+44 20 7946 0958'],
      rejected: ['8 727 338', 'call the office', '+7 (727) (338) 39 93', '+0 727 338 39 93', '727 338 39 93', '+7 727 338 39 93 ext. 5', '+1234567', '']
    },
    {
      format: 'kz-bin',
      pointer: '/organization/bin',
      accepted: ['060440001230', '110340004560', '180940004961', '850101300124'],
      rejected: ['060440001231', '180940004960', '06044000123', '0604400012300', '06044000123A', ' 060440001230', '']
    },
    {
      format: 'period',
      pointer: '/documents/cookiePolicy/cookieReview',
      accepted: ['P2Y', 'P6M', 'P2W', 'P30D', 'PT1H', 'PT15M', 'PT30S', 'P24M'],
      rejected: ['session', 'P1Y2M', '2 years', 'P0D', 'P', 'PT', 'p1y', 'P1H', 'PT1D', 'P1.5Y', 'P-1D', '']
    },
    {
      format: 'retention',
      pointer: '/cookies/0/retention',
      accepted: ['session', 'P2Y', 'P90D', 'PT12H'],
      rejected: ['Session', 'until-purpose', 'P1Y2M', '2 years', 'P0Y', '']
    },
    {
      format: 'date',
      pointer: '/documents/cookiePolicy/versions/0/effectiveDate',
      accepted: ['2025-11-17', '2024-02-29', '2000-02-29', '2025-12-31'],
      rejected: ['2025-02-30', '2023-02-29', '1900-02-29', '2025-13-01', '2025-00-10', '1.6.2025', '2025-6-1', '2025-11-17T00:00:00Z', '']
    },
    {
      format: 'email',
      pointer: '/contacts/general/email',
      accepted: ['office@example.kz', 'first.last+policy@mail.example.kz', 'dpo@acme.kz'],
      rejected: ['info(at)acme.kz', 'privacy@', '@example.kz', 'two words@example.kz', 'office@example', '']
    },
    {
      format: 'https-url',
      keyword: 'pattern',
      pointer: '/sites/0/url',
      accepted: ['https://example.kz', 'https://portal.example.kz/ru/cookies?tab=1#top', 'https://xn--80ak6aa92e.xn--p1ai'],
      rejected: ['http://example.kz', 'javascript:alert(1)', 'example.kz', 'ftp://example.kz', 'HTTPS://example.kz', '//example.kz', '', 'https://', 'https://@', 'https://.', 'https://localhost', 'https://user:secret@example.kz']
    }
  ]

  describe.each(formats)('format $format', ({pointer, accepted, rejected}) => {
    it.each(accepted.map((value) => [value]))('accepts %j', (value) => {
      expect(errorsAt(pointer, value)).toEqual([])
    })

    it.each(rejected.map((value) => [value]))('rejects %j', (value) => {
      expect(errorsAt(pointer, value).length).toBeGreaterThan(0)
    })
  })

  it('rejects each format by its own keyword', () => {
    expect(errorsAt('/contacts/general/phone', 'call us')).toEqual(['format:phone'])
    expect(errorsAt('/organization/bin', '060440001231')).toEqual(['format:kz-bin'])
    expect(errorsAt('/documents/cookiePolicy/cookieReview', 'session')).toEqual(['format:period'])
    expect(errorsAt('/cookies/0/retention', '2 years')).toEqual(['format:retention'])
    expect(errorsAt('/documents/cookiePolicy/versions/0/effectiveDate', '2025-02-30')).toEqual(['format:date'])
    expect(errorsAt('/contacts/general/email', 'privacy@')).toEqual(['format:email'])
    expect(errorsAt('/sites/0/url', 'http://example.kz').sort()).toEqual(['format:https-url', 'pattern:'])
    expect(errorsAt('/sites/0/url', 'https://@')).toEqual(['format:https-url'])
    expect(errorsAt('/sites/0/url', 'not a link').sort()).toEqual(['format:https-url', 'pattern:'])
  })

  it('wants БИН/ИИН as text, so an unquoted one (a number) is refused', () => {
    expect(errorsAt('/organization/bin', 180940004961)).toEqual(['type:'])
  })
})

interface Annotated {
  pointer: string
  node: Record<string, unknown>
}

/** Every property schema in the facts schema, `$defs` included, with its JSON Pointer. */
function everyProperty(node: unknown, pointer = '#'): Annotated[] {
  if (typeof node !== 'object' || node === null) return []
  if (Array.isArray(node)) return node.flatMap((item, index) => everyProperty(item, `${pointer}/${index}`))
  const found: Annotated[] = []
  for (const [key, child] of Object.entries(node)) {
    if (key === 'properties' && typeof child === 'object' && child !== null) {
      for (const [name, property] of Object.entries(child)) {
        found.push({pointer: `${pointer}/properties/${name}`, node: property as Record<string, unknown>})
        found.push(...everyProperty(property, `${pointer}/properties/${name}`))
      }
    } else if (key !== 'examples' && key !== 'enum' && key !== 'const') {
      found.push(...everyProperty(child, `${pointer}/${key}`))
    }
  }
  return found
}

/** A leaf holds a value rather than named facts; a list of named entries is not a leaf either. */
function isLeaf(node: Record<string, unknown>): boolean {
  if ('$ref' in node || 'properties' in node) return false
  const items = node.items as Record<string, unknown> | undefined
  return !(items && ('properties' in items || (typeof items.$ref === 'string' && !isLeafRef(items.$ref))))
}

function isLeafRef(ref: string): boolean {
  const target = factsSchema.$defs?.[ref.slice('#/$defs/'.length)]
  return target !== undefined && !('properties' in target)
}

describe('the schema documents every fact', () => {
  const properties = everyProperty(factsSchema)

  it('finds the properties it checks', () => {
    expect(properties.length).toBeGreaterThan(120)
    expect(properties.map((property) => property.pointer)).toContain('#/properties/cookies/items/properties/retention')
    expect(properties.map((property) => property.pointer)).toContain('#/$defs/localizedText/properties/ru')
  })

  it('gives every property a title and a description', () => {
    const missing = properties.flatMap(({pointer, node}) =>
      (['title', 'description'] as const).filter((key) => typeof node[key] !== 'string' || node[key] === '').map((key) => `${pointer} ${key}`)
    )
    expect(missing).toEqual([])
  })

  const leavesWithoutExamples = properties
    .filter(({node}) => isLeaf(node) && !(Array.isArray(node.examples) && node.examples.length > 0))
    .map(({pointer}) => pointer)

  // Gaps in schema/facts.schema.json (not this test's to fill): these leaves have no `examples`, so a
  // `missing-fact` about them can only say "for example: `…`".
  const knownGaps = [
    '#/properties/$schema',
    '#/$defs/localizedText/properties/ru',
    '#/$defs/localizedText/properties/kk',
    '#/$defs/localizedUrl/properties/ru',
    '#/$defs/localizedUrl/properties/kk'
  ]

  it('gives every leaf property that is not a $ref examples', () => {
    expect(leavesWithoutExamples).toEqual([])
  })

  it('lacks examples nowhere but in the known gaps', () => {
    expect(leavesWithoutExamples.filter((pointer) => !knownGaps.includes(pointer))).toEqual([])
  })

  it('gives examples that the schema itself accepts', () => {
    const wrong: string[] = []
    for (const {pointer, node} of properties) {
      const match = /^#\/properties\/(organization|consent|storage|crossBorder|contacts\/properties\/general)\/properties\/(\w+)$/.exec(pointer)
      if (!match || !Array.isArray(node.examples)) continue
      const target = `/${(match[1] ?? '').replace('/properties', '')}/${match[2] ?? ''}`
      for (const example of node.examples) {
        if (!validator(withValue(target, example))) wrong.push(`${target} ${JSON.stringify(example)}`)
      }
    }
    expect(wrong).toEqual([])
  })
})

describe('src/facts/types.ts', () => {
  it('is what `npm run types` makes of the schema (run it after changing the schema)', async () => {
    const schemaText = await readFile(path.join(projectRoot, 'schema/facts.schema.json'), 'utf8')
    const committed = await readFile(path.join(projectRoot, 'src/facts/types.ts'), 'utf8')
    const generated = await generateFactTypes(schemaText)
    expect(generated).toContain('export interface Facts {')
    expect(generated).toBe(committed)
  })
})

describe('src/facts/schema-validator.ts', () => {
  it('is what `npm run validator` makes of the schema (run it after changing the schema)', async () => {
    const committed = await readFile(path.join(projectRoot, 'src/facts/schema-validator.ts'), 'utf8')
    const generated = generateValidator()
    expect(generated).toContain('export const precompiledValidator')
    expect(generated).toBe(committed)
  })

  it('finds what the schema compiled at run time finds', () => {
    const broken = {...acme, schemaVersion: 'one', organization: {...(acme.organization as object), bin: '12', email: 'no'}, documents: {effectiveDate: '2024-02-30'}}
    const strip = (errors: typeof validator.errors) => (errors ?? []).map(({instancePath, keyword, params}) => ({instancePath, keyword, params}))
    expect(precompiledValidator(broken)).toBe(false)
    expect(validator(broken)).toBe(false)
    expect(strip(precompiledValidator.errors).length).toBeGreaterThan(3)
    expect(strip(precompiledValidator.errors)).toEqual(strip(validator.errors))
    expect(precompiledValidator(acme)).toBe(true)
  })
})

describe('descriptionLanguages', () => {
  it('splits a description into its Russian and its Kazakh part', () => {
    expect(descriptionLanguages('Форма из списка: llp — ТОО/ЖШС, jsc — АО/АҚ. Тізімдегі нысан: `llp` — ЖШС.')).toEqual({ru: 'Форма из списка: llp — ТОО/ЖШС, jsc — АО/АҚ.', kk: 'Тізімдегі нысан: `llp` — ЖШС.'})
    expect(descriptionLanguages('Только по-русски.')).toEqual({ru: 'Только по-русски.'})
  })

  it('splits every description of the schema, so a message never mixes the languages', () => {
    const descriptions = JSON.stringify(factsSchema).match(/"description":"((?:[^"\\]|\\.)*)"/g) ?? []
    expect(descriptions.length).toBeGreaterThan(200)
    for (const entry of descriptions) {
      const text = JSON.parse(`{${entry}}`).description as string
      const {ru, kk} = descriptionLanguages(text)
      expect(kk, text).toBeDefined()
      expect(ru.match(/[\p{Script=Cyrillic}]+/gu)?.filter((word) => /[әғқңөұүһі]/i.test(word)).length ?? 0, ru).toBeLessThanOrEqual(3)
    }
  })
})
