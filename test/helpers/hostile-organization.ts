import type {OrganizationFacts} from '../../src/document/documents.js'
import {fixtureFacts, validFacts} from './fixture-organizations.js'

/** Text that is Markdown and HTML at once: a tag, a javascript: link and emphasis. */
export const evil = 'Acme <script>alert(1)</script> [x](javascript:alert(1)) *b*'

/**
 * The acme facts with markup in every kind of user text: the name and address, a third party's and a
 * cookie's name, and a custom clause with raw HTML and links of every scheme. Built as `evil/…`.
 */
export function hostileOrganization(): OrganizationFacts {
  const data = fixtureFacts('acme')
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
  return {id: 'evil', facts: validFacts(data)}
}
