import {readFileSync} from 'node:fs'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {parseFacts} from '../../src/facts/parse.js'
import {baseFactsPath} from '../helpers/fixtures.js'

const source = () => ({path: 'content/acme/facts.yaml', bytes: new Uint8Array(readFileSync(baseFactsPath))})
const environment = process.env

afterEach(() => {
  process.env = environment
  vi.restoreAllMocks()
})

describe('parsing facts and process.env', () => {
  it('asks the environment for the YAML parser\'s switches once a file, not once a token', () => {
    // process.env is the operating system's environment: each lookup is slow. Count them.
    const lookups = new Map<string | symbol, number>()
    process.env = new Proxy(environment, {
      get: (target, key) => {
        lookups.set(key, (lookups.get(key) ?? 0) + 1)
        return Reflect.get(target, key)
      }
    })
    const parsed = parseFacts(source(), 'en')
    expect(parsed.problems).toEqual([])
    expect(lookups.get('LOG_TOKENS')).toBe(1)
    expect(lookups.get('LOG_STREAM')).toBe(1)
  })

  it('gives the environment back as it was, the same object', () => {
    parseFacts(source(), 'en')
    expect(process.env).toBe(environment)
    parseFacts({path: 'x.yaml', bytes: new TextEncoder().encode('a: [\n')}, 'en')
    expect(process.env).toBe(environment)
  })

  it('still lets LOG_TOKENS show the parser\'s tokens, as the parser documents', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
    process.env = {...environment, LOG_TOKENS: '1'}
    parseFacts({path: 'x.yaml', bytes: new TextEncoder().encode('a: 1\n')}, 'en')
    expect(log).toHaveBeenCalled()
  })
})
