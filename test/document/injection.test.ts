import {describe, expect, it} from 'vitest'
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
