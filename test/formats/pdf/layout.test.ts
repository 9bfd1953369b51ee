import {describe, expect, it} from 'vitest'
import {renderHtmlFragment} from '../../../src/formats/html/render.js'
import {renderPdf} from '../../../src/formats/pdf/render.js'
import {acmeDocument, pageTexts, squash} from './helpers.js'

/** A document with a long cookie table (some rows of several lines, one taller than a page) and nested lists. */
function longDocument(rows: number, tallRow?: number): string {
  const purpose = 'Длинное описание цели, которое занимает несколько строк в ячейке таблицы и проверяет перенос. '
  const table = Array.from({length: rows}, (_, row) => `| \`_cookie_${row}\` | Поставщик ${row} | ${row === tallRow ? purpose.repeat(60) : row % 5 === 0 ? purpose.repeat(2) : 'Сбор статистики'} | 1 год |`)
  return [
    '# Политика в отношении файлов cookie',
    '',
    '**АО «Тест»** · Редакция 1.0 · Действует с 1 июня 2025 г.',
    '',
    '## 1. Списки',
    '',
    'Текст с *курсивом*, **жирным** и `кодом`, [ссылка](https://example.kz/a/very/long/path/that/does/not/fit/on/one/line/at/all/because/it/is/really/long) и [раздел 2](#2-перечень).',
    '',
    '1. Первый пункт',
    '   - вложенный пункт;',
    '   - ещё один вложенный пункт.',
    '2. Второй пункт',
    '',
    '## 2. Перечень',
    '',
    '| Название | Поставщик | Цель | Срок хранения |',
    '| --- | --- | --- | --- |',
    ...table,
    '',
    '## 3. Контакты',
    '',
    'Пишите на [info@example.kz](mailto:info@example.kz).',
    ''
  ].join('\n')
}

async function render(markdown: string): Promise<string[]> {
  const {view} = await acmeDocument('ru', 'cookie-policy')
  return pageTexts(await renderPdf({view, html: renderHtmlFragment(markdown, 'Содержание')}))
}

describe('the PDF layout', () => {
  it('repeats the table header on every page the table runs onto and keeps rows whole', async () => {
    const pages = await render(longDocument(90))
    expect(pages.length).toBeGreaterThan(3)
    const tablePages = pages.filter((page) => /_cookie_\d+/.test(page))
    expect(tablePages.length).toBeGreaterThan(2)
    for (const page of tablePages) expect(page).toContain('Срок хранения')
    for (let row = 0; row < 90; row++) {
      const name = new RegExp(`_cookie_${row}(?!\\d)`)
      const holding = pages.filter((page) => name.test(page))
      expect(holding).toHaveLength(1)
      expect(holding[0]).toContain(`Поставщик ${row}`)
      expect(holding[0]).toContain('1 год')
    }
  })

  it('never leaves a table header alone at the bottom of a page, wherever the table starts', async () => {
    const base = longDocument(6)
    let broken = 0
    // Each extra paragraph moves the table down by a line or two, through every position on the page.
    for (let extra = 0; extra < 40; extra += 1) {
      const shifted = base.replace('## 2. Перечень', `${'Абзац, который сдвигает таблицу вниз на строку.\n\n'.repeat(extra)}## 2. Перечень`)
      const pages = await render(shifted)
      for (const page of pages) {
        if (!page.includes('Срок хранения')) continue
        expect(page, `with ${extra} extra paragraphs`).toMatch(/_cookie_\d+/)
        if (!page.includes('2. Перечень') && page.includes('_cookie_0')) broken++
      }
    }
    // The heading stays with its table too: a page that starts the table has the heading above it.
    expect(broken).toBe(0)
  }, 60_000)

  it('says in every page\'s footer which text it is: organization, title, version, date and page', async () => {
    const {view} = await acmeDocument('ru', 'cookie-policy')
    const pages = await render(longDocument(90))
    pages.forEach((page, index) => {
      const text = squash(page)
      expect(text).toContain(`Редакция ${view.version.number} · Действует с ${squash(view.version.date)}`)
      expect(text).toContain(`стр. ${index + 1} из ${pages.length}`)
    })
  })

  it('splits a row taller than a page between lines, and nothing is lost', async () => {
    const pages = await render(longDocument(12, 6))
    const holding = pages.filter((page) => page.includes('Длинное описание цели'))
    expect(holding.length).toBeGreaterThan(1)
    const all = squash(pages.join(' '))
    const count = all.split('Длинное описание цели').length - 1
    expect(count).toBe(60 + 3 * 2)
  })

  it('sets nested lists, emphasis, code, long links and the contents', async () => {
    const text = squash((await render(longDocument(3))).join('\n'))
    expect(text).toContain('вложенный пункт;')
    expect(text).toContain('ещё один вложенный пункт.')
    expect(text).toContain('Текст с курсивом, жирным и кодом')
    expect(text).toContain('Пишите на info@example.kz.')
    expect(text).toMatch(/Содержание 1\. Списки \d+ 2\. Перечень \d+ 3\. Контакты \d+/)
  })

  it('prints a character no PT font has as «?», never as an empty box', async () => {
    const text = squash((await render('# Заголовок\n\n## 1. Раздел\n\nИероглиф 漢 и эмодзи 🍪.\n')).join('\n'))
    expect(text).toContain('Иероглиф ? и эмодзи ?.')
  })
})
