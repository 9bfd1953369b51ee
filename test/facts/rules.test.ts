import {readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {ruleById, rules} from '../../src/facts/rules/index.js'

const rulesDir = fileURLToPath(new URL('../../src/facts/rules/', import.meta.url))
const ruleFiles = readdirSync(rulesDir).filter((name) => name.endsWith('.ts') && !['index.ts', 'rule.ts', 'clause-body.ts', 'citation.ts'].includes(name))

describe('the rules', () => {
  it('are one file each, named by the rule id, and all of them run', () => {
    expect(ruleFiles.map((name) => name.replace(/\.ts$/, '')).sort()).toEqual(rules.map((rule) => rule.id).sort())
  })

  it('have unique ids in kebab case', () => {
    const ids = rules.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/)
  })

  it('are found by id', () => {
    expect(ruleById('undeclared-transfer')?.article).toBe('Art. 16')
    expect(ruleById('no-such-rule')).toBeUndefined()
  })

  it.each(rules.map((rule) => [rule.id, rule] as const))('%s has a summary and a message in every language', (_id, rule) => {
    const summary = rule.summary
    for (const text of [summary.en, summary.ru, summary.kk]) {
      expect(text.trim()).not.toBe('')
      // One sentence, ending with a period.
      expect(text).toMatch(/\.$/)
      expect(text).not.toMatch(/\n/)
    }
    expect(summary.ru).toMatch(/[А-Яа-яЁё]{3}/)
    expect(summary.ru).not.toBe(summary.en)
    expect(summary.kk).not.toBe(summary.en)
    // Kazakh, not the Russian text, in the terms of Law No. 94-V: «дербес деректер», never «жеке деректер».
    expect(summary.kk).not.toBe(summary.ru)
    expect(summary.kk.replace(/`[^`]*`/g, '')).toMatch(/[ӘҒҚҢӨҰҮҺІәғқңөұүһі]/)
    expect(summary.kk).not.toMatch(/жеке деректер/i)
    // Code identifiers are kept as they are in the English summary.
    const identifiers = (text: string) => (text.match(/`[^`]*`/g) ?? []).sort()
    expect(identifiers(summary.ru)).toEqual(identifiers(summary.en))
    expect(identifiers(summary.kk)).toEqual(identifiers(summary.en))
    const params = {path: 'a.b', actual: 'X', locale: 'kk', locales: 'ru, kk', country: 'US', list: 'l', allowed: '`x`', property: 'p', document: 'd', placement: 'before', form: 'bin', previous: 'P', limit: '16', en: 'HTML', ru: 'HTML', character: 'X', code: 'U+0058', position: '1', group: 'dataItem', kind: 'website', statement: 'use-cookies', what: 'w', other: 'o', fact: 'legalFormName', example: 'x', purpose: 'analytics', data: '`contact`', missing: 'email', channel: 'email', from: 'collectedData', declared: '`analytics`', parties: 'Google LLC', items: '`ip-address`', written: '{{x}}', service: 'jivo', provider: 'ООО «Живой сайт»', id: 'jivo', value: 'ЗАПОЛНИТЕ', name: 'Google LLC', script: 'Latin', category: 'usage'}
    const en = rule.message.en(params)
    const ru = rule.message.ru(params)
    const kk = rule.message.kk(params)
    expect(en).toMatch(/^`a\.b`: /)
    expect(ru).toMatch(/[А-Яа-яЁё]{3}/)
    expect(ru).not.toBe(en)
    // Kazakh, not the Russian text: a letter Russian does not have, outside the quoted YAML.
    expect(kk).toMatch(/^`a\.b`: /)
    expect(kk.replace(/`[^`]*`/g, '')).toMatch(/[ӘҒҚҢӨҰҮҺІәғқңөұүһі]/)
    expect(kk).not.toBe(ru)
    expect(kk).toMatch(/\.$/)
    for (const text of [en, ru, kk]) expect(text).not.toMatch(/undefined|\[object Object\]/)
  })

  it('cite their article where the message names one', () => {
    for (const rule of rules) {
      const ru = rule.message.ru({path: 'x', country: 'US', actual: 'US'})
      if (/ст\. \d+/.test(ru)) expect(rule.article, rule.id).toBeDefined()
      const kk = rule.message.kk({path: 'x', country: 'US', actual: 'US'})
      if (/\d+-ба[бп]/.test(kk)) expect(rule.article, rule.id).toBeDefined()
    }
  })
})
