import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {rules} from '../../src/facts/rules/index.js'

describe('the README', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

  it('names every rule, so the list of what the checks catch cannot fall behind', () => {
    expect(rules.filter((rule) => !readme.includes(`\`${rule.id}\``)).map((rule) => rule.id)).toEqual([])
  })
})
