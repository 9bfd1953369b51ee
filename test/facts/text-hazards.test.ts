import {describe, expect, it} from 'vitest'
import {factsSchema, type SchemaNode} from '../../src/facts/schema.js'
import {textHazard} from '../../src/facts/text-hazards.js'

describe('textHazard', () => {
  const line = (text: string) => textHazard(text, {multiline: false})
  const body = (text: string) => textHazard(text, {multiline: true})

  it('passes ordinary Russian and Kazakh text, quotes and dashes', () => {
    expect(line('ТОО «Акме» — Алматы қ., Абай к-сі, 1')).toBeUndefined()
    expect(body('Абзац.\n\nЕщё абзац с\tтабуляцией.')).toBeUndefined()
  })

  it('finds every kind of line break in a one-line text, with its 1-based position', () => {
    expect(line('ab\rc')).toEqual({kind: 'line-break', position: 3, character: 'U+000D'})
    expect(line('ab\nc')).toEqual({kind: 'line-break', position: 3, character: 'U+000A'})
    expect(line('a\u2028')).toEqual({kind: 'line-break', position: 2, character: 'U+2028'})
    expect(line('a\u2029')).toEqual({kind: 'line-break', position: 2, character: 'U+2029'})
    expect(line('😀\r')).toEqual({kind: 'line-break', position: 2, character: 'U+000D'})
  })

  it('allows line breaks in a body, but not a lone paragraph separator', () => {
    expect(body('a\r\nb')).toBeUndefined()
    expect(body('a\u2028b')).toEqual({kind: 'control-character', position: 2, character: 'U+2028'})
  })

  it('finds control characters and direction marks, the first one first', () => {
    expect(line('a\u0000')).toEqual({kind: 'control-character', position: 2, character: 'U+0000'})
    expect(line('a\u0085')).toEqual({kind: 'line-break', position: 2, character: 'U+0085'})
    expect(line('a\u009B')).toEqual({kind: 'control-character', position: 2, character: 'U+009B'})
    expect(line('a\u202Eb\r')).toEqual({kind: 'bidi-control', position: 2, character: 'U+202E'})
    for (const mark of ['\u202A', '\u202B', '\u202C', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(line(`x${mark}`)?.kind, mark).toBe('bidi-control')
      expect(body(`x${mark}`)?.kind, mark).toBe('bidi-control')
    }
    expect(line('a\tb')).toEqual({kind: 'control-character', position: 2, character: 'U+0009'})
  })

  it('calls a text of spaces and invisible characters blank', () => {
    for (const blank of ['', ' ', '\u00A0', '\u200B', '\uFEFF', '\u00AD\u2060', ' \n ']) expect(body(blank)?.kind, JSON.stringify(blank)).toBe('blank')
    expect(line('\u200Ba')).toBeUndefined()
  })
})

describe('the schema', () => {
  function strings(node: unknown, path: string, out: Array<[string, SchemaNode & {maxLength?: number; format?: string}]>): void {
    if (!node || typeof node !== 'object') return
    const schema = node as SchemaNode & {maxLength?: number; type?: string; enum?: unknown[]}
    if (schema.type === 'string' && schema.enum === undefined && schema.const === undefined) out.push([path, schema])
    for (const [key, child] of Object.entries(node)) {
      if (key === 'properties' || key === '$defs') for (const [name, value] of Object.entries(child as object)) strings(value, `${path}/${name}`, out)
      else if (key === 'items' || key === 'additionalProperties') strings(child, `${path}[]`, out)
      else if (key === 'anyOf' || key === 'oneOf') (child as unknown[]).forEach((value, index) => strings(value, `${path}|${index}`, out))
    }
  }
  const all: Array<[string, SchemaNode & {maxLength?: number; format?: string}]> = []
  strings(factsSchema, '', all)

  it('limits the length of every string', () => {
    expect(all.length).toBeGreaterThan(20)
    expect(all.filter(([, schema]) => typeof schema.maxLength !== 'number').map(([path]) => path)).toEqual([])
    expect(Math.max(...all.map(([, schema]) => schema.maxLength ?? 0))).toBeLessThanOrEqual(20_000)
  })

  it('checks every free text for structure: one line, except clause bodies', () => {
    const free = all.filter(([, schema]) => !('pattern' in schema) && schema.format === undefined)
    expect(free.map(([path]) => path)).toEqual([])
    const multiline = all.filter(([, schema]) => schema.format === 'multiline-text').map(([path]) => path)
    expect(multiline).toEqual(['/localizedBody/ru', '/localizedBody/kk'])
  })
})
