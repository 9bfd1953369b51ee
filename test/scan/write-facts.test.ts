import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import type {Undeclared} from '../../src/scan/compare.js'
import {addToFacts} from '../../src/scan/write-facts.js'

const facts = 'schemaVersion: 1\n# the company keeps its comments\ncookies:\n  - {name: sid, party: first, retention: session, category: strictly-necessary, purpose: session}\n'
const seen: Undeclared[] = [
  {name: 'tp_id', kind: 'cookie', where: 'tracker.example', party: 'third', lifetime: 365 * 86_400, phase: 'before-consent'},
  {name: 'ls_pref', kind: 'local-storage', where: 'https://shop.example', party: 'first', lifetime: 'session', phase: 'after-consent'}
]

describe('addToFacts', () => {
  it('comments what it adds in the language the scan was asked in, English by default', () => {
    expect(addToFacts(facts, seen, '2026-12-02').text).toContain(
      '  # Seen by policygen scan on 2026-12-02 (tracker.example): add its category and purpose.\n  - {name: tp_id, party: third, retention: P365D}\n' +
        '  # Seen by policygen scan on 2026-12-02 (https://shop.example): add its category and purpose, and how long it is kept.\n  - {name: ls_pref, type: local-storage, party: first}\n'
    )
    const russian = addToFacts(facts, seen, '2026-12-02', 'ru').text
    expect(russian).toContain('  # Обнаружено 2026-12-02 командой policygen scan (tracker.example): укажите категорию и цель.\n  - {name: tp_id, party: third, retention: P365D}\n')
    expect(russian).toContain('  # Обнаружено 2026-12-02 командой policygen scan (https://shop.example): укажите категорию и цель, а также срок хранения.\n')
    const kazakh = addToFacts(facts, seen, '2026-12-02', 'kk').text
    expect(kazakh).toContain('  # policygen scan командасы 2026-12-02 күні тапты (tracker.example): санаты мен мақсатын көрсетіңіз.\n')
    expect(kazakh).toContain('  # policygen scan командасы 2026-12-02 күні тапты (https://shop.example): санаты мен мақсатын, сондай-ақ сақталу мерзімін көрсетіңіз.\n')
    // The file's own comment and entries stay as they were.
    expect(kazakh).toContain('# the company keeps its comments\ncookies:\n  - {name: sid, party: first, retention: session, category: strictly-necessary, purpose: session}\n')
  })

  const withService: Undeclared[] = [...seen.slice(0, 1), {name: '_ga', kind: 'cookie', where: 'shop.example', party: 'first', lifetime: 3600, phase: 'before-consent', service: {id: 'google-analytics', name: 'Google Analytics'}} as Undeclared]
  const comment = '# Seen by policygen scan on 2026-12-02 (tracker.example): add its category and purpose.'
  const added = '- {name: tp_id, party: third, retention: P365D}'

  it('adds lines and changes no other byte: comments after a key or a value, blank lines, the last line', () => {
    const text = 'schemaVersion: 1\ncookies: # ours\n  - name: sid   # the session\n    party: first\n\n# trailer\n'
    // Before, the YAML library wrote the whole file again: `# ours` moved to a line of its own, and the blank line went.
    expect(addToFacts(text, withService, '2026-12-02').text).toBe(
      `schemaVersion: 1\nservices:\n  - google-analytics\ncookies: # ours\n  - name: sid   # the session\n    party: first\n  ${comment}\n  ${added}\n\n# trailer\n`
    )
  })

  it('follows the list\'s own indentation, adds to an existing `services`, and ends a last line that had no line break', () => {
    expect(addToFacts('cookies:\n- {name: sid}\n# next\nservices:\n- yandex-metrica\n', withService, '2026-12-02').text).toBe(
      `cookies:\n- {name: sid}\n${comment}\n${added}\n# next\nservices:\n- yandex-metrica\n- google-analytics\n`
    )
    expect(addToFacts('a: 1\ncookies:\n    - x', seen.slice(0, 1), '2026-12-02').text).toBe(`a: 1\ncookies:\n    - x\n    ${comment}\n    ${added}\n`)
  })

  it('puts a new list above the comments on `cookies`, or at the end; fills a key that has no list yet', () => {
    expect(addToFacts('schemaVersion: 1\n# what we set\ncookies:\n  - x\n', withService.slice(1), '2026-12-02').text).toBe('schemaVersion: 1\nservices:\n  - google-analytics\n# what we set\ncookies:\n  - x\n')
    expect(addToFacts('schemaVersion: 1\n', seen.slice(0, 1), '2026-12-02').text).toBe(`schemaVersion: 1\ncookies:\n  ${comment}\n  ${added}\n`)
    expect(addToFacts('cookies:\nother: 1\n', seen.slice(0, 1), '2026-12-02').text).toBe(`cookies:\n  ${comment}\n  ${added}\nother: 1\n`)
  })

  it('adds to a list in flow style before its `]`, and to one it cannot add to in place through the YAML library', () => {
    expect(addToFacts('cookies: [{name: sid}]\nservices: []\n', withService, '2026-12-02').text).toBe('cookies: [{name: sid}, {name: tp_id, party: third, retention: P365D}]\nservices: [google-analytics]\n')
    // A trailing comma before `]`: the insertion would not read as YAML, so the library writes the file.
    const written = addToFacts('cookies: [\n  {name: sid}, # ours\n  ]\n', withService, '2026-12-02').text
    expect(parse(written)).toEqual({services: ['google-analytics'], cookies: [{name: 'sid'}, {name: 'tp_id', party: 'third', retention: 'P365D'}]})
    expect(written).toContain('# ours')
  })

  it('keeps a byte order mark first, and a comment indented under the key above with that key', () => {
    // Before, `services` went in before the mark, the file did not read back, and the library wrote it all again.
    expect(addToFacts('\uFEFF# top\ncookies:   # ours\n  - {name: sid,   party: first}\n\n# end\n', withService.slice(1), '2026-12-02').text).toBe(
      '\uFEFFservices:\n  - google-analytics\n# top\ncookies:   # ours\n  - {name: sid,   party: first}\n\n# end\n'
    )
    expect(addToFacts('org:\n  name: x\n  # about org\ncookies:\n  - x\n', withService.slice(1), '2026-12-02').text).toBe('org:\n  name: x\n  # about org\nservices:\n  - google-analytics\ncookies:\n  - x\n')
  })
})
