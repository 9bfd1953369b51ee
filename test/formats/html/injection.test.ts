import {describe, expect, it} from 'vitest'
import {hostileOrganization} from '../../helpers/hostile-organization.js'
import {buildText} from '../../helpers/templates.js'

// The HTML half of escaping: whatever the facts hold shows as characters, never as markup, and custom
// clauses keep no raw HTML and only safe links. test/document/injection.test.ts checks the Markdown.
describe('user text shows literally in HTML', async () => {
  const organizations = [hostileOrganization()]
  const page = await buildText(organizations, 'evil/ru/cookie-policy.html')
  const fragment = await buildText(organizations, 'evil/ru/cookie-policy.fragment.html')

  it('shows the characters literally in HTML, never as markup', () => {
    for (const html of [page, fragment]) {
      expect(html).not.toMatch(/<script/i)
      expect(html).not.toMatch(/<img/i)
      expect(html).not.toMatch(/<iframe/i)
      expect(html).not.toMatch(/href="javascript:/i)
      expect(html).not.toMatch(/<em>b<\/em>/)
    }
    expect(fragment).toContain('Acme &#x3C;script>alert(1)&#x3C;/script> [x](javascript:alert(1)) *b*')
    expect(fragment).toContain('&#x26;amp; _u_')
    expect(page).toContain('<title>Политика в отношении файлов cookie — АО «Acme &lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1)) *b*»</title>')
  })

  it('keeps a cookie name with a backtick and a pipe inside its table cell, exactly', () => {
    expect(fragment).toContain('<code>sid`|&#x3C;b></code>')
  })

  it('does not render raw HTML in custom clauses and keeps only safe links', () => {
    // The tags are dropped and an unsafe link is left as its text; the text between the tags stays as text.
    expect(fragment).toContain('<p>Текст alert(2) и , ссылка, <a href="mailto:a@b.kz">почта</a>, <a href="https://ok.kz" rel="noopener">сайт</a>.</p>')
  })
})
