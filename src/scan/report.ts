import {escapeMarkdown} from '../document/escape.js'
import type {ScanReport, Undeclared} from './compare.js'

/** The formats a scan report is printed in. */
export const scanFormats = ['text', 'md', 'json'] as const

/** A format of `scanFormats`. */
export type ScanFormat = (typeof scanFormats)[number]

/** An observed lifetime as a period of the facts: `P400D`, `PT30M`, `session`. */
export function lifetimeAsRetention(lifetime: number | 'session'): string {
  if (lifetime === 'session') return 'session'
  if (lifetime >= 86_400) return `P${Math.round(lifetime / 86_400)}D`
  if (lifetime >= 3_600) return `PT${Math.round(lifetime / 3_600)}H`
  return `PT${Math.max(1, Math.round(lifetime / 60))}M`
}

/** A lifetime for people: `400 days`, `30 minutes`, `session`. */
export function lifetimeInWords(lifetime: number | 'session'): string {
  if (lifetime === 'session') return 'session'
  const [amount, unit] = lifetime >= 86_400 ? [Math.round(lifetime / 86_400), 'day'] : lifetime >= 3_600 ? [Math.round(lifetime / 3_600), 'hour'] : [Math.max(1, Math.round(lifetime / 60)), 'minute']
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`
}

/** How long an undeclared item lasts, as far as the browser shows it. */
function lifetimeOf(item: Undeclared): string {
  return item.kind === 'local-storage' ? 'until removed' : lifetimeInWords(item.lifetime)
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

/** The report as text for a terminal, as Markdown for a pull-request comment or an issue, or as JSON. */
export function formatScanReport(report: ScanReport, format: ScanFormat): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`
  return format === 'md' ? markdown(report) : text(report)
}

/** The terminal shows names as the site gave them, with control characters made visible. */
function plain(name: string): string {
  // Control characters, and the invisible ones that reorder or hide text (bidi controls), are shown as escapes.
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

function text(report: ScanReport): string {
  const lines = [`Scanned ${report.pages.length} page${report.pages.length === 1 ? '' : 's'} of ${report.site}${report.consented ? ', before and after consent' : ', without giving consent'}: ${report.seen} cookies and storage keys, ${report.declared} of them declared.`]
  if (report.unreachable.length > 0) lines.push('', `Not scanned: ${report.unreachable.map(plain).join(', ')} (did not load, or led off the site).`)
  if (report.undeclared.length > 0) {
    lines.push('', `Not declared in the facts (${report.undeclared.length}):`)
    for (const item of report.undeclared) lines.push(`  ${plain(item.name)}  ${item.kind}, ${item.party} party (${plain(item.where)}), ${lifetimeOf(item)}, ${item.phase}${item.service ? `; probably ${item.service.name}` : ''}\n      add: ${plain(suggestion(item))}`)
  }
  if (report.beforeConsent.length > 0) {
    lines.push('', `Set before consent, though their category needs it (${report.beforeConsent.length}):`)
    for (const item of report.beforeConsent) lines.push(`  ${plain(item.name)}  ${item.category} (${plain(item.where)})`)
  }
  if (report.longer.length > 0) {
    lines.push('', `Kept longer than declared (${report.longer.length}):`)
    for (const item of report.longer) lines.push(`  ${plain(item.name)}  declared ${item.declared}, the browser keeps it ${lifetimeInWords(item.observed)}`)
  }
  if (report.neverSeen.length > 0) {
    lines.push('', `Declared but not seen on these pages (${report.neverSeen.length}):`, `  ${report.neverSeen.map((item) => plain(item.name)).join(', ')}`)
  }
  if (report.undeclared.length + report.beforeConsent.length + report.longer.length === 0) lines.push('', 'Everything the site set is declared, and nothing that needs consent came before it.')
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

function cell(value: string): string {
  return escapeMarkdown(value)
}

function markdown(report: ScanReport): string {
  const parts = [`### Cookie scan of ${cell(report.site)}`, '', `${report.pages.length} page${report.pages.length === 1 ? '' : 's'} visited${report.consented ? ', before and after consent' : ', without giving consent'}; ${report.seen} cookies and storage keys seen, ${report.declared} declared.`]
  if (report.unreachable.length > 0) parts.push('', `Not scanned (did not load, or led off the site): ${report.unreachable.map(cell).join(', ')}.`)
  if (report.undeclared.length > 0) {
    parts.push('', `#### Not declared in the facts (${report.undeclared.length})`, '', '| Name | Kind | Party | Lifetime | Seen | Probably | Add to the facts |', '| --- | --- | --- | --- | --- | --- | --- |')
    for (const item of report.undeclared) parts.push(`| ${code(item.name)} | ${item.kind} | ${item.party} (${cell(item.where)}) | ${lifetimeOf(item)} | ${item.phase} | ${item.service ? cell(item.service.name) : '—'} | ${code(suggestion(item))} |`)
  }
  if (report.beforeConsent.length > 0) {
    parts.push('', `#### Set before consent (${report.beforeConsent.length})`, '', '| Name | Category | Domain |', '| --- | --- | --- |')
    for (const item of report.beforeConsent) parts.push(`| ${code(item.name)} | ${item.category} | ${cell(item.where)} |`)
  }
  if (report.longer.length > 0) {
    parts.push('', `#### Kept longer than declared (${report.longer.length})`, '', '| Name | Declared | Kept by the browser |', '| --- | --- | --- |')
    for (const item of report.longer) parts.push(`| ${code(item.name)} | ${item.declared} | ${lifetimeInWords(item.observed)} |`)
  }
  if (report.neverSeen.length > 0) parts.push('', `#### Declared but not seen (${report.neverSeen.length})`, '', report.neverSeen.map((item) => code(item.name)).join(', '))
  if (report.undeclared.length + report.beforeConsent.length + report.longer.length === 0) parts.push('', 'Everything the site set is declared, and nothing that needs consent came before it.')
  return `${parts.join('\n')}\n`
}
