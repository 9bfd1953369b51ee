import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {markdownToHast} from '../../../src/formats/html/render.js'
import {sectionParser, splitSections} from '../../../src/formats/html/section-parse.js'

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url))
const whole = (markdown: string) => markdownToHast().parse(markdown)

function markdownFiles(folder: string): string[] {
  return readdirSync(path.join(projectRoot, folder), {recursive: true, encoding: 'utf8'})
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => path.join(folder, name))
}

describe('splitSections', () => {
  it('cuts before each line that starts with an ATX heading, and the pieces join back', () => {
    const text = 'Intro\n# One\ntext #1\n## Two\n#no-heading\n###\nend'
    expect(splitSections(text)).toEqual(['Intro\n', '# One\ntext #1\n', '## Two\n#no-heading\n', '###\nend'])
    expect(splitSections(text).join('')).toBe(text)
    expect(splitSections('')).toEqual([])
  })

  it('cuts before a paragraph at the margin after an empty line, never inside a list, code or a table', () => {
    const text = '## A\nFirst «Акме».\n\nSecond.\n\n- item\n\n  more of the item\n\n2. two\n\n    code\n\n| x |\n| - |\n\n(Note) after.\n'
    expect(splitSections(text)).toEqual(['## A\nFirst «Акме».\n\n', 'Second.\n\n- item\n\n  more of the item\n\n2. two\n\n    code\n\n| x |\n| - |\n\n', '(Note) after.\n'])
    expect(splitSections(text).join('')).toBe(text)
  })
})

describe('sectionParser', () => {
  it('gives the tree of the whole document, positions included, for every document the examples and goldens hold', () => {
    const files = [...markdownFiles('dist'), ...markdownFiles('test/document/golden')]
    expect(files.length).toBeGreaterThan(30)
    const parse = sectionParser(whole)
    for (const file of files) {
      const text = readFileSync(path.join(projectRoot, file), 'utf8')
      expect(parse(text), file).toEqual(whole(text))
      // The second time the sections come from the store, as fresh copies.
      const again = parse(text)
      expect(again, file).toEqual(whole(text))
      expect(again).not.toBe(parse(text))
    }
  })

  it.each([
    ['a list and a table just before a heading', '- a\n- b\n\n| x | y |\n| - | - |\n| 1 | 2 |\n## Next\n\n1. one\n\n2. two\n# Last\n'],
    ['a quote and a paragraph the heading interrupts', '> quoted\nlazy line\n## Heading\ntext\n### Deeper\n'],
    ['a heading with no text and text with #', '#\n\nНе заголовок: #1 и #hash\n## Раздел\nСтрока\n'],
    ['a document with no final line break', '# A\ntext\n## B\nlast'],
    ['a fenced code block with a # line (parsed whole)', '# A\n```\n# not a heading\n```\n## B\n'],
    ['a link reference used in a later section (parsed whole)', '# A\nSee [the law][law].\n## B\n[law]: https://adilet.zan.kz\n'],
    ['a footnote defined in a later section (parsed whole)', '# A\nText[^1].\n## B\n[^1]: Note.\n'],
    ['raw HTML (parsed whole)', '# A\n<div>\n\n## B\n</div>\n'],
    ['carriage returns (parsed whole)', '# A\r\ntext\r\n## B\r\n'],
    ['a loose list, an indented continuation and a paragraph after them', '## A\nText.\n\n- one\n\n- two\n\n  still two\n\nAfter the list.\n\n1. a\n2. b\n\nЕщё абзац.\n'],
    ['a quote and a table ended by an empty line', '> quoted\n\nAfter the quote.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nAfter the table.\n']
  ])('parses %s exactly as the whole document', (_name, text) => {
    const parse = sectionParser(whole)
    expect(parse(text)).toEqual(whole(text))
    expect(parse(text)).toEqual(whole(text))
  })

  it('keeps a section it has parsed, and parses only what it has not seen', () => {
    const seen: string[] = []
    const parse = sectionParser((text) => {
      seen.push(text)
      return whole(text)
    })
    parse('# A\none\n## B\ntwo\n')
    parse('# A\none\n## B\nthree\n')
    expect(seen).toEqual(['# A\none\n', '## B\ntwo\n', '## B\nthree\n'])
    // Only the paragraph that changed (the one naming the company) is parsed again.
    seen.length = 0
    parse('## C\nТОО «Акме» is the operator.\n\nThe rest of the section.\n')
    parse('## C\nТОО «Бета» is the operator.\n\nThe rest of the section.\n')
    expect(seen).toEqual(['## C\nТОО «Акме» is the operator.\n\n', 'The rest of the section.\n', '## C\nТОО «Бета» is the operator.\n\n'])
  })
})
