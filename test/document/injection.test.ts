import {describe, expect, it} from 'vitest'
import {renderMarkdownDocuments} from '../../src/document/documents.js'
import type {Facts} from '../../src/facts/types.js'
import {fixtureOrganization} from '../helpers/fixture-organizations.js'
import {shippedTemplates} from '../helpers/templates.js'
import {hostileOrganization} from '../helpers/hostile-organization.js'
import {buildText} from '../helpers/templates.js'

// The Markdown half of escaping: user text lands in the Markdown as text, never as Markdown or HTML.
// test/formats/html/injection.test.ts checks what the HTML makes of the same facts.
describe('user text is escaped for the Markdown it lands in', async () => {
  const markdown = await buildText([hostileOrganization()], 'evil/ru/cookie-policy.md')

  it('escapes Markdown in facts', () => {
    expect(markdown).toContain('Acme \\<script\\>alert(1)\\</script\\> \\[x\\](javascript:alert(1)) \\*b\\*')
    expect(markdown).toContain('\\| \\<img src=x onerror=alert(1)\\>')
    expect(markdown).toContain('\\&amp; \\_u\\_')
  })

  it('keeps a cookie name with a backtick and a pipe inside its table cell, exactly', () => {
    expect(markdown).toContain("| `` sid`\\|<b> `` |")
  })
})

describe('an e-mail address as a link', async () => {
  const templates = await shippedTemplates()

  // `a?subject=x@…` is a valid address; written into `mailto:` as it is, the link would write to `a`.
  it('percent-encodes in mailto: what is not a plain address sign, and shows the address as written', () => {
    const minimal = fixtureOrganization('minimal')
    const facts = structuredClone(minimal.facts) as Facts
    facts.contacts.general.email = 'a?subject=x#y@minimum.kz'
    const text = renderMarkdownDocuments({id: 'minimal', facts}, templates).map((document) => document.markdown).join('\n')
    expect(text).toContain('[a?subject=x\\#y@minimum.kz](mailto:a%3Fsubject%3Dx%23y@minimum.kz)')
    expect(text).not.toContain('(mailto:a?')
  })
})
