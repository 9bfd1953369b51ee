import {describe, expect, it} from 'vitest'
import {buildText, kazteleportFacts, validFacts} from '../helpers/build-content.js'

const evil = 'Acme <script>alert(1)</script> [x](javascript:alert(1)) *b*'

describe('user text is escaped for the context it lands in', async () => {
  const data = await kazteleportFacts()
  const organization = data.organization as Record<string, unknown>
  organization.legalName = {ru: evil, kk: evil}
  organization.address = {ru: `${evil} | <img src=x onerror=alert(1)>`, kk: evil}
  ;(data.thirdParties as Array<Record<string, unknown>>)[0]!.name = `${evil} &amp; _u_`
  ;(data.cookies as Array<Record<string, unknown>>)[0]!.name = 'sid`|<b>'
  data.customClauses = {
    cookiePolicy: [
      {
        id: 'raw-html',
        placement: 'after',
        section: 'introduction',
        title: {ru: `Заголовок ${evil}`, kk: `Тақырып ${evil}`},
        body: {
          ru: 'Текст <script>alert(2)</script> и <iframe src="https://evil.example"></iframe>, [ссылка](javascript:alert(3)), [почта](mailto:a@b.kz), [сайт](https://ok.kz).',
          kk: 'Мәтін <script>alert(2)</script>.'
        }
      }
    ]
  }
  const organizations = [{id: 'evil', facts: validFacts(data)}]
  const markdown = await buildText(organizations, 'evil/ru/cookie-policy.md')
  const page = await buildText(organizations, 'evil/ru/cookie-policy.html')
  const fragment = await buildText(organizations, 'evil/ru/cookie-policy.fragment.html')

  it('escapes Markdown in facts', () => {
    expect(markdown).toContain('Acme \\<script\\>alert(1)\\</script\\> \\[x\\](javascript:alert(1)) \\*b\\*')
    expect(markdown).toContain('\\| \\<img src=x onerror=alert(1)\\>')
    expect(markdown).toContain('\\&amp; \\_u\\_')
  })

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

  it('keeps a cookie name with a backtick and a pipe inside its table cell', () => {
    expect(markdown).toContain("| `sid''<b>` |")
    expect(fragment).toContain("<code>sid''&#x3C;b></code>")
  })

  it('does not render raw HTML in custom clauses and keeps only safe links', () => {
    // The tags are dropped; the text between them stays as text.
    expect(fragment).toContain('Текст alert(2) и , <span>ссылка</span>, <a href="mailto:a@b.kz">почта</a>, <a href="https://ok.kz" rel="noopener">сайт</a>.')
  })
})
