import {describe, expect, it} from 'vitest'
import {browserLifetimeCap, compareObservation, nameMatches, retentionSeconds} from '../../src/scan/compare.js'
import type {Observation, ObservedCookie} from '../../src/scan/observe.js'
import {formatScanReport, lifetimeAsRetention, lifetimeInWords} from '../../src/scan/report.js'
import {scanWords} from '../../src/scan/report-words.js'
import {catalogue} from '../../src/facts/services.js'
import type {Facts} from '../../src/facts/types.js'

const day = 86_400

function cookie(name: string, lifetime: number | 'session', phase: ObservedCookie['phase'] = 'before-consent'): ObservedCookie {
  return {name, domain: 'shop.kz', party: 'first', lifetime, httpOnly: false, secure: true, sameSite: 'Lax', phase}
}

function observation(cookies: ObservedCookie[]): Observation {
  return {site: 'https://shop.kz', pages: ['https://shop.kz/'], cookies, storage: [], consented: true, unreachable: []}
}

const facts = {
  cookies: [
    {name: 'sid', category: 'strictly-necessary', purpose: 'site-operation', retention: 'session'},
    {name: '_ga_*', category: 'analytics', purpose: 'usage-statistics', retention: 'P2Y'},
    {name: 'pref', alternativeNames: ['pref2'], category: 'functional', purpose: 'preferences', retention: 'P1D/P30D'},
    {name: 'short', category: 'functional', purpose: 'preferences', retention: 'session'}
  ]
} as unknown as Facts

describe('matching what the browser saw against the facts', () => {
  it('matches names, patterns and other names', () => {
    expect(nameMatches('_ga_*', '_ga_1A2B')).toBe(true)
    expect(nameMatches('_ga_*', '_gat')).toBe(false)
    expect(nameMatches('intercom-*-id', 'intercom-x.y-id')).toBe(true)
    expect(nameMatches('a.b', 'aXb')).toBe(false)
    const report = compareObservation(observation([cookie('_ga_XYZ', 300 * day, 'after-consent'), cookie('pref2', 10 * day, 'after-consent'), cookie('sid', 'session')]), facts, catalogue)
    expect(report.undeclared).toEqual([])
    expect(report.neverSeen.map((item) => item.name)).toEqual(['short'])
  })

  it('reads declared periods, ranges by their upper end, and session', () => {
    expect(retentionSeconds('P2Y')).toBe(730 * day)
    expect(retentionSeconds('PT30M')).toBe(1_800)
    expect(retentionSeconds('P1D/P30D')).toBe(30 * day)
    expect(retentionSeconds('session')).toBe(0)
    expect(retentionSeconds('set-by-provider')).toBeUndefined()
  })

  it('measures lifetimes against the declared ones, the browsers\' 400-day cap meeting a longer declaration', () => {
    const report = compareObservation(observation([cookie('_ga_A', browserLifetimeCap, 'after-consent'), cookie('pref', 31.5 * day, 'after-consent'), cookie('short', 3_600, 'after-consent'), cookie('sid', 'session')]), facts, catalogue)
    expect(report.longer.map((item) => `${item.name} ${item.declared}`)).toEqual(['pref P1D/P30D', 'short session'])
  })

  it('flags a cookie whose category needs consent set before it, and an undeclared catalogue cookie too', () => {
    const report = compareObservation(observation([cookie('_ga_A', 300 * day), cookie('sid', 'session'), cookie('_ym_uid', 365 * day), cookie('mystery', 'session')]), facts, catalogue)
    expect(report.beforeConsent.map((item) => item.name)).toEqual(['_ga_A', '_ym_uid'])
    expect(report.undeclared.map((item) => `${item.name} ${item.service?.id ?? '-'}`)).toEqual(['_ym_uid yandex-metrica', 'mystery -'])
  })

  it('writes observed lifetimes as periods the facts take', () => {
    expect([lifetimeAsRetention('session'), lifetimeAsRetention(400 * day), lifetimeAsRetention(2 * 3_600), lifetimeAsRetention(90)]).toEqual(['session', 'P400D', 'PT2H', 'PT2M'])
    // Rounded into the largest unit the rounding reaches: not «60 minutes» for 3,599 s, nor «24 hours» for 86,399 s.
    expect([3_569, 3_570, 3_599, 5_399, 84_599, 84_600, 86_399, 20].map((seconds) => lifetimeAsRetention(seconds))).toEqual(['PT59M', 'PT1H', 'PT1H', 'PT1H', 'PT23H', 'P1D', 'P1D', 'PT1M'])
    expect([3_599, 86_399].map((seconds) => lifetimeInWords(seconds, scanWords.ru))).toEqual([scanWords.ru.lifetime({amount: 1, unit: 'hour'}), scanWords.ru.lifetime({amount: 1, unit: 'day'})])
  })
})

describe('the report of a scan', () => {
  it('keeps a hostile cookie name inside its table cell in Markdown, and visible in the terminal', () => {
    const report = compareObservation(observation([cookie('x|`<img src=x>`\nnext', 'session'), cookie('**bold**', 'session')]), facts, catalogue)
    const md = formatScanReport(report, 'md')
    const row = md.split('\n').find((line) => line.includes('<img')) ?? ''
    expect(row.split(' | ')).toHaveLength(7)
    expect(md).not.toContain('\nnext')
    // The name is shown exactly: pipes escaped for the table, a fence longer than its backticks.
    expect(row).toContain("``x\\|`<img src=x>`\\u000anext``")
    expect(formatScanReport(compareObservation(observation([cookie('a\u202eb', 'session')]), facts, catalogue), 'text')).toContain('a\\u202eb')
    expect(formatScanReport(report, 'text')).toContain('x|`<img src=x>`\\u000anext')
    expect(JSON.parse(formatScanReport(report, 'json')).undeclared[0].name).toBe('x|`<img src=x>`\nnext')
  })
})

describe('the report of a scan, in Russian and Kazakh', () => {
  const report = compareObservation(
    {...observation([cookie('_ym_uid', 365 * day), cookie('_ga_A', 401 * day), cookie('pref', 31.5 * day, 'after-consent'), cookie('tp', 2 * 3_600), cookie('sid', 'session')]), pages: ['https://shop.kz/', 'https://shop.kz/a'], unreachable: ['https://shop.kz/b']},
    facts,
    catalogue
  )

  it('speaks Russian, with numbers agreeing with their nouns and declared periods in words', () => {
    expect(formatScanReport(report, 'text', 'ru')).toBe(
      [
        'Проверено страниц сайта https://shop.kz: 2 (до и после получения согласия). Найдено файлов cookie и ключей хранилища браузера: 5, из них указано в фактах: 3.',
        '',
        'Не проверены страницы (не загрузились или перенаправили за пределы сайта): https://shop.kz/b.',
        '',
        'Не указаны в фактах (2):',
        '  _ym_uid  файл cookie, собственный (shop.kz), 365 дней, до согласия; вероятно, Яндекс Метрика',
        '      добавьте в факты: services: [yandex-metrica]',
        '  tp  файл cookie, собственный (shop.kz), 2 часа, до согласия',
        '      добавьте в факты: cookies: - {name: tp, party: first, retention: PT2H, category: …, purpose: …}',
        '',
        'Установлены до получения согласия, хотя для их категории оно требуется (2):',
        '  _ym_uid  analytics (shop.kz)',
        '  _ga_A  analytics (shop.kz)',
        '',
        'Хранятся дольше, чем указано (1):',
        '  pref  в фактах указано: от 1\u00a0дня до 30\u00a0дней; браузер хранит 32 дня',
        '',
        'Указаны в фактах, но не обнаружены на этих страницах (1):',
        '  short',
        ''
      ].join('\n')
    )
  })

  it('speaks Kazakh, the noun after a number in its plain form', () => {
    const text = formatScanReport(report, 'text', 'kk')
    expect(text.split('\n')[0]).toBe('https://shop.kz сайтының 2 беті тексерілді (келісім берілгенге дейін және одан кейін). Табылған cookie файлдары мен браузер қоймасының кілттері: 5, оның ішінде фактілерде көрсетілгені: 3.')
    expect(text).toContain('  tp  cookie файлы, меншікті (shop.kz), 2 сағат, келісімге дейін\n      фактілерге қосыңыз: cookies: - {name: tp, party: first, retention: PT2H,')
    expect(text).toContain('  pref  фактілерде көрсетілгені: 1\u00a0күннен 30\u00a0күнге дейін; браузер 32 күн сақтайды')
    expect(text).toContain('Санаты келісімді талап етсе де, келісімге дейін орнатылған (2):')
  })

  it('gives Markdown tables with the columns in the language, and JSON the same in every language', () => {
    const md = formatScanReport(report, 'md', 'ru')
    expect(md.split('\n')[0]).toBe('### Проверка файлов cookie на сайте https\\://shop.kz')
    expect(md).toContain('| Имя | Вид | Собственный / сторонний | Срок хранения | Когда установлен | Вероятный сервис | Что добавить в факты |\n| --- | --- | --- | --- | --- | --- | --- |')
    expect(md).toContain('| `tp` | файл cookie | собственный (shop.kz) | 2 часа | до согласия | — | `cookies: - {name: tp, party: first, retention: PT2H, category: …, purpose: …}` |')
    expect(formatScanReport(report, 'md', 'kk')).toContain('| Атауы | Санаты | Домен |')
    expect(formatScanReport(report, 'md', 'kk')).toContain('| `pref` | 1\u00a0күннен 30\u00a0күнге дейін | 32 күн |')
    // English keeps the facts' own notation.
    expect(formatScanReport(report, 'md')).toContain('| `pref` | P1D/P30D | 32 days |')
    expect(formatScanReport(report, 'json', 'kk')).toBe(formatScanReport(report, 'json', 'en'))
  })

  it('words a lifetime by Russian plural agreement', () => {
    const ru = scanWords.ru
    expect([1, 2, 5, 11, 21, 22, 25, 111].map((amount) => ru.lifetime({amount, unit: 'day'}))).toEqual(['1 день', '2 дня', '5 дней', '11 дней', '21 день', '22 дня', '25 дней', '111 дней'])
    expect([1, 3, 30].map((amount) => ru.lifetime({amount, unit: 'minute'}))).toEqual(['1 минута', '3 минуты', '30 минут'])
    expect(scanWords.kk.lifetime({amount: 21, unit: 'hour'})).toBe('21 сағат')
    expect(formatScanReport({...report, pages: ['https://shop.kz/']}, 'text', 'ru').split('\n')[0]).toMatch(/^Проверено страниц сайта https:\/\/shop\.kz: 1 \(/)
  })
})

describe('the report of a scan, whatever the site sends', () => {
  it('shows invisible characters in the site, the domains and the service names as escapes, in every language and format', () => {
    const hostile = {...observation([{...cookie('tp', 'session'), domain: 'a\u202eb.kz'}]), site: 'https://shop.kz/\u202e'}
    const report = compareObservation(hostile, facts, catalogue)
    for (const language of ['en', 'ru', 'kk'] as const) {
      for (const format of ['text', 'md'] as const) {
        const shown = formatScanReport(report, format, language)
        expect(shown).not.toContain('\u202e')
        expect(shown).toContain('\\u202e')
      }
    }
  })

  it('says one cookie in English as one', () => {
    const report = compareObservation(observation([cookie('sid', 'session')]), facts, catalogue)
    expect(formatScanReport(report, 'text').split('\n')[0]).toBe('Scanned 1 page of https://shop.kz, before and after consent: 1 cookie or storage key, 1 of them declared.')
  })
})
