import {describe, expect, it} from 'vitest'
import {fixtureFacts, validFacts} from '../helpers/fixture-organizations.js'
import {buildText} from '../helpers/templates.js'

describe('custom clauses', async () => {
  const data = fixtureFacts('acme')
  data.customClauses = {
    cookiePolicy: [
      {id: 'payments', placement: 'before', section: 'consent', title: {ru: 'Платёжные сервисы', kk: 'Төлем сервистері'}, body: {ru: 'Текст о платежах.', kk: 'Төлемдер туралы мәтін.'}},
      {id: 'children', placement: 'after', section: 'consent', title: {ru: 'Дети', kk: 'Балалар'}, body: {ru: 'Текст о детях: {{resource.Term}} не предназначен для них, {{org.term}} не ждёт их данных.', kk: 'Балалар туралы мәтін: {{org.Term}} олардың деректерін күтпейді.'}},
      {id: 'own-security', placement: 'replace', section: 'security', body: {ru: 'Наш собственный текст о защите.\n\n- первый пункт;\n- второй пункт.', kk: 'Қорғау туралы өз мәтініміз.'}}
    ],
    privacyPolicy: [
      {id: 'own-minors', placement: 'replace', section: 'minors', title: {ru: 'Дети и подростки', kk: 'Балалар мен жасөспірімдер'}, body: {ru: 'Свой текст.', kk: 'Өз мәтініміз.'}}
    ]
  }
  const organizations = [{id: 'clauses', facts: validFacts(data)}]
  const cookies = await buildText(organizations, 'clauses/ru/cookie-policy.md')
  const privacy = await buildText(organizations, 'clauses/ru/privacy-policy.md')
  const kazakh = await buildText(organizations, 'clauses/kk/cookie-policy.md')

  it('places sections before and after a standard section, numbering every section in order', () => {
    const headings = cookies.match(/^## .*$/gm) ?? []
    expect(headings.slice(5, 9)).toEqual(['## 6. Платёжные сервисы', '## 7. Согласие на использование файлов cookie', '## 8. Дети', '## 9. Сторонние сервисы и трансграничная передача'])
    expect(cookies).toContain('## 6. Платёжные сервисы\n\nТекст о платежах.\n\n## 7.')
  })

  it('replaces the text of a section, keeping its standard title unless the clause gives one', () => {
    expect(cookies).toContain('## 12. Защита сведений\n\nНаш собственный текст о защите.\n\n- первый пункт;\n- второй пункт.\n\n## 13.')
    expect(cookies).not.toContain('правовые, организационные и технические меры')
    expect(privacy).toMatch(/## \d+\. Дети и подростки\n\nСвой текст\.\n\n## /)
    expect(privacy).not.toContain('## 13. Несовершеннолетние')
  })

  it('prints the facts its placeholders name, in each locale', () => {
    expect(cookies).toContain('## 8. Дети\n\nТекст о детях: Сайт не предназначен для них, Компания не ждёт их данных.')
    expect(kazakh).toContain('Балалар туралы мәтін: Компания олардың деректерін күтпейді.')
  })

  it('uses each locale’s own text', () => {
    expect(kazakh).toContain('Төлем сервистері\n\nТөлемдер туралы мәтін.')
    expect(kazakh).toContain('Қорғау туралы өз мәтініміз.')
  })
})
