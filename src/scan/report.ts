import {escapeMarkdown} from '../document/escape.js'
import type {MessageLanguage} from '../facts/messages.js'
import type {ScanReport, Undeclared} from './compare.js'
import {scanWords, type ScanWords} from './report-words.js'

/** The formats a scan report is printed in. */
export const scanFormats = ['text', 'md', 'json'] as const

/** A format of `scanFormats`. */
export type ScanFormat = (typeof scanFormats)[number]

/**
 * An observed lifetime in seconds, rounded to whole minutes, hours or days, in the largest unit it
 * reaches once rounded: 3,599 s is 1 hour (not 60 minutes), 86,399 s 1 day (not 24 hours).
 */
export function roundedLifetime(seconds: number): {amount: number; unit: 'minute' | 'hour' | 'day'} {
  const minutes = Math.max(1, Math.round(seconds / 60))
  if (minutes < 60) return {amount: minutes, unit: 'minute'}
  const hours = Math.round(seconds / 3_600)
  if (hours < 24) return {amount: hours, unit: 'hour'}
  return {amount: Math.round(seconds / 86_400), unit: 'day'}
}

/** An observed lifetime as a period of the facts: `P400D`, `PT30M`, `session`. */
export function lifetimeAsRetention(lifetime: number | 'session'): string {
  if (lifetime === 'session') return 'session'
  const {amount, unit} = roundedLifetime(lifetime)
  return unit === 'day' ? `P${amount}D` : `PT${amount}${unit === 'hour' ? 'H' : 'M'}`
}

/** A lifetime for people, in the report's language: `400 days`, `30 minutes`, `session`. */
export function lifetimeInWords(lifetime: number | 'session', words: ScanWords = scanWords.en): string {
  if (lifetime === 'session') return words.session
  return words.lifetime(roundedLifetime(lifetime))
}

/** How long an undeclared item lasts, as far as the browser shows it. */
function lifetimeOf(item: Undeclared, words: ScanWords): string {
  return item.kind === 'local-storage' ? words.untilRemoved : lifetimeInWords(item.lifetime, words)
}

/** What to add to the facts for an undeclared cookie or key. */
export function suggestion(item: Undeclared): string {
  if (item.service) return `services: [${item.service.id}]`
  const type = item.kind === 'cookie' ? '' : `type: ${item.kind}, `
  // localStorage keeps a key until the site or the visitor removes it: how long is the company's to say.
  const retention = item.kind === 'local-storage' ? '…' : lifetimeAsRetention(item.lifetime)
  return `cookies: - {name: ${yamlScalar(item.name)}, ${type}party: ${item.party}, retention: ${retention}, category: …, purpose: …}`
}

/** A name as a YAML plain scalar where it can be one, else quoted. */
function yamlScalar(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.\-*]*$/.test(name) ? name : JSON.stringify(name)
}

/**
 * The report as text for a terminal, as Markdown for a pull-request comment or an issue, or as JSON
 * (for tools: the same in every language). Text and Markdown speak `language` (`--lang`); the site's
 * names, the facts' keys and what to add to the facts stay as they are written.
 */
export function formatScanReport(report: ScanReport, format: ScanFormat, language: MessageLanguage = 'en'): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`
  const words = scanWords[language]
  return format === 'md' ? markdown(report, words) : text(report, words)
}

/** The terminal shows names as the site gave them, with control characters made visible. */
function plain(name: string): string {
  // Control characters, and the invisible ones that reorder or hide text (bidi controls), are shown as escapes.
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

function text(report: ScanReport, words: ScanWords): string {
  const lines = [words.summary(report.pages.length, plain(report.site), report.consented, report.seen, report.declared)]
  if (report.unreachable.length > 0) lines.push('', `${words.notScanned}: ${report.unreachable.map(plain).join(', ')}.`)
  if (report.undeclared.length > 0) {
    lines.push('', `${words.undeclared} (${report.undeclared.length}):`)
    for (const item of report.undeclared) {
      const probably = item.service ? `; ${words.probably(plain(item.service.name))}` : ''
      lines.push(`  ${plain(item.name)}  ${words.kind[item.kind]}, ${words.party[item.party]} (${plain(item.where)}), ${lifetimeOf(item, words)}, ${words.phase[item.phase]}${probably}\n      ${words.add}: ${plain(suggestion(item))}`)
    }
  }
  if (report.beforeConsent.length > 0) {
    lines.push('', `${words.beforeConsent} (${report.beforeConsent.length}):`)
    for (const item of report.beforeConsent) lines.push(`  ${plain(item.name)}  ${item.category} (${plain(item.where)})`)
  }
  if (report.longer.length > 0) {
    lines.push('', `${words.longer} (${report.longer.length}):`)
    for (const item of report.longer) lines.push(`  ${plain(item.name)}  ${words.keptLonger(words.declared(item.declared), lifetimeInWords(item.observed, words))}`)
  }
  if (report.neverSeen.length > 0) {
    lines.push('', `${words.neverSeen} (${report.neverSeen.length}):`, `  ${report.neverSeen.map((item) => plain(item.name)).join(', ')}`)
  }
  if (report.undeclared.length + report.beforeConsent.length + report.longer.length === 0) lines.push('', words.allDeclared)
  return `${lines.join('\n')}\n`
}

/**
 * Inline code for a Markdown table cell, showing the site's own name exactly: a fence longer than any
 * run of backticks in it, `\\|` for a pipe (GitHub's table syntax), invisible characters as escapes.
 */
function code(name: string): string {
  const shown = plain(name).replace(/\|/g, '\\|')
  const fence = '`'.repeat(Math.max(0, ...[...shown.matchAll(/`+/g)].map((run) => run[0].length)) + 1)
  const pad = shown.startsWith('`') || shown.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${shown}${pad}${fence}`
}

/** Text for a Markdown table cell or line: Markdown escaped, invisible characters shown as escapes. */
function cell(value: string): string {
  return escapeMarkdown(plain(value))
}

function markdown(report: ScanReport, words: ScanWords): string {
  const column = words.columns
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  const header = (cells: readonly string[]) => [row(cells), row(cells.map(() => '---'))]
  const summary = words.summary(report.pages.length, cell(report.site), report.consented, report.seen, report.declared)
  const parts = [`### ${words.title(cell(report.site))}`, '', summary]
  if (report.unreachable.length > 0) parts.push('', `${words.notScanned}: ${report.unreachable.map(cell).join(', ')}.`)
  if (report.undeclared.length > 0) {
    parts.push('', `#### ${words.undeclared} (${report.undeclared.length})`, '', ...header([column.name, column.kind, column.party, column.lifetime, column.seen, column.probably, column.add]))
    for (const item of report.undeclared) {
      parts.push(row([code(item.name), words.kind[item.kind], `${words.partyCell[item.party]} (${cell(item.where)})`, lifetimeOf(item, words), words.phase[item.phase], item.service ? cell(item.service.name) : '—', code(suggestion(item))]))
    }
  }
  if (report.beforeConsent.length > 0) {
    parts.push('', `#### ${words.beforeConsentShort} (${report.beforeConsent.length})`, '', ...header([column.name, column.category, column.domain]))
    for (const item of report.beforeConsent) parts.push(row([code(item.name), item.category, cell(item.where)]))
  }
  if (report.longer.length > 0) {
    parts.push('', `#### ${words.longer} (${report.longer.length})`, '', ...header([column.name, column.declared, column.kept]))
    for (const item of report.longer) parts.push(row([code(item.name), cell(words.declared(item.declared)), lifetimeInWords(item.observed, words)]))
  }
  if (report.neverSeen.length > 0) parts.push('', `#### ${words.neverSeenShort} (${report.neverSeen.length})`, '', report.neverSeen.map((item) => code(item.name)).join(', '))
  if (report.undeclared.length + report.beforeConsent.length + report.longer.length === 0) parts.push('', words.allDeclared)
  return `${parts.join('\n')}\n`
}
