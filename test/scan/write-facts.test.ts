import {describe, expect, it} from 'vitest'
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
})
