import {describe, expect, it} from 'vitest'
import {walkWithSchema} from '../../src/facts/rules/rule.js'
import {factsSchema, resolveRef} from '../../src/facts/schema.js'
import type {Facts} from '../../src/facts/types.js'
import {baseFacts} from '../helpers/fixtures.js'

function visits(facts: unknown): string[] {
  const seen: string[] = []
  walkWithSchema(facts, (value, schema, path) => seen.push(`${path.join('.')} ${schema.$ref ?? schema.type ?? '?'} ${typeof value}`))
  return seen
}

describe('walkWithSchema', () => {
  it('visits every value with its schema, the same each time the same facts are walked', () => {
    const facts = baseFacts() as unknown as Facts
    const first = visits(facts)
    expect(first[0]).toBe(' object object')
    expect(first).toContain('organization.legalName #/$defs/localizedLine object')
    expect(first).toContain('organization.legalName.ru string string')
    expect(visits(facts)).toEqual(first)
  })

  it('walks other facts on their own, not the ones walked before', () => {
    const facts = baseFacts() as unknown as Facts
    const before = visits(facts)
    const other = {...facts, thirdParties: []} as unknown as Facts
    const after = visits(other)
    expect(after.some((line) => line.startsWith('thirdParties.0'))).toBe(false)
    expect(before.some((line) => line.startsWith('thirdParties.0'))).toBe(true)
  })

  it('walks a part of the facts from the schema given', () => {
    const seen: string[] = []
    const schema = {type: 'object', properties: {name: {type: 'string'}}}
    walkWithSchema({name: 'Acme', other: 1}, (value, node, path) => seen.push(`${path.join('.')}=${String(node.type)}`), schema, ['org'])
    expect(seen).toEqual(['org=object', 'org.name=string'])
  })
})

describe('resolveRef', () => {
  it('gives the definition a reference names, with the reference\'s own keys, the same object each time', () => {
    const node = {$ref: '#/$defs/localizedLine', description: 'own'}
    const resolved = resolveRef(node)
    expect(resolved).toEqual({...factsSchema.$defs?.localizedLine, description: 'own'})
    expect(resolved.$ref).toBeUndefined()
    expect(resolveRef(node)).toBe(resolved)
    const plain = {type: 'string'}
    expect(resolveRef(plain)).toBe(plain)
  })
})
