import type {DocumentKind} from '../document/resolve.js'
import type {MessageLanguage} from '../facts/messages.js'
import {hasErrors, type Problem} from '../facts/problem.js'
import {alignSections, splitSections} from './sections.js'
import type {OrganizationPreview, PreviewDocument} from './state.js'
import {previewStylesheet} from './style.js'
import {localeLabels, previewWords, type PreviewWords} from './words.js'

/** What every preview page needs besides its own content. */
export interface PageContext {
  /** The language of the page's own words and of the problems' messages. */
  language: MessageLanguage
  /** Which rebuild the page shows (`<server>:<version>`), for the page to say when it reconnects; `''` in the pages the events carry. */
  build: string
  /** The documents' stylesheet (`templates.documentStylesheet`), so the columns look like the published pages. */
  documentStylesheet: string
  /** Why the templates cannot be used, shown on every page while they cannot. */
  templateProblems: readonly Problem[]
}

/** Escape text for HTML, in content and in double-quoted attributes alike. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

/** A problem's message as HTML: escaped, with its `quoted` names (facts, values, files) as code. */
export function messageHtml(message: string): string {
  return escapeHtml(message).replace(/`([^`]+)`/g, '<code>$1</code>')
}

/**
 * The lines of `source` around `line` (1-based), numbered, with a caret under `column`, as the
 * body of a `<pre>`; empty when the line is not in the source.
 */
export function excerptHtml(source: string, line: number, column: number): string {
  const lines = source.split(/\r\n|\r|\n/)
  if (line < 1 || line > lines.length) return ''
  const first = Math.max(1, line - 2)
  const last = Math.min(lines.length, line + 1)
  const width = String(last).length
  const shown: string[] = []
  for (let number = first; number <= last; number++) {
    const text = escapeHtml(lines[number - 1] ?? '')
    const gutter = `${String(number).padStart(width)} │ `
    if (number !== line) {
      shown.push(`${gutter}${text}`)
      continue
    }
    shown.push(`<span class="pg-hit">${gutter}${text}</span>`)
    shown.push(`${' '.repeat(width)} │ ${' '.repeat(Math.max(0, column - 1))}<span class="pg-caret">^</span>`)
  }
  return shown.join('\n')
}

/**
 * Problems as a list, each the way the CLI prints it (`file:line:column`, severity, rule id), then
 * its message and the fact it is about, and, for a problem in one of `sources` (the facts files'
 * text by the name problems give them), the lines it points at.
 */
export function problemsHtml(problems: readonly Problem[], words: PreviewWords, sources: ReadonlyMap<string, string> = new Map()): string {
  const items = problems.map((problem) => {
    const source = sources.get(problem.file)
    const excerpt = source === undefined ? '' : excerptHtml(source, problem.line, problem.column)
    return [
      `<li class="pg-problem pg-problem-${escapeHtml(problem.severity)}">`,
      `<div class="pg-problem-where"><code class="pg-where">${escapeHtml(`${problem.file}:${problem.line}:${problem.column}`)}</code> <span class="pg-severity">${escapeHtml(problem.severity)}</span> <span class="pg-rule">${escapeHtml(problem.ruleId)}</span></div>`,
      `<p class="pg-message">${messageHtml(problem.message)}</p>`,
      problem.path === '' ? '' : `<p class="pg-fact">${escapeHtml(words.fact)}: <code>${escapeHtml(problem.path)}</code></p>`,
      problem.waiver === undefined ? '' : `<p class="pg-fact">${escapeHtml(words.waivedBecause)}: ${messageHtml(problem.waiver)}</p>`,
      excerpt === '' ? '' : `<pre class="pg-excerpt"><code>${excerpt}</code></pre>`,
      '</li>'
    ].join('')
  })
  return `<ol class="pg-problems-list">\n${items.join('\n')}\n</ol>`
}

/**
 * Two or more languages of one document side by side: a grid of two columns whose rows are the
 * document's sections, so that section N of every language starts at the same height. Each column
 * is the published fragment's own `<article class="policygen …" lang="…">`, cut into rows.
 */
export function sideBySideHtml(entry: PreviewDocument, words: PreviewWords): string {
  const columns = entry.columns.map((column) => ({column, sectioned: splitSections(column.html)}))
  const {rows, sectionCounts} = alignSections(columns.map(({sectioned}) => sectioned))
  const differ = new Set(sectionCounts).size > 1
  const notice = differ
    ? `<p class="pg-notice" role="note">${escapeHtml(words.sectionsDiffer(columns.map(({column}, index) => `${localeLabels[column.locale]}: ${sectionCounts[index] ?? 0}`).join(', ')))}</p>\n`
    : ''
  const head = `<div class="pg-columns-head" aria-hidden="true">${columns.map(({column}) => `<div lang="${column.locale}">${escapeHtml(localeLabels[column.locale])}</div>`).join('')}</div>`
  const articles = columns.map(({column, sectioned}, index) => {
    const open = columnTag(sectioned.open, column.locale, entry.document)
    const cells = rows.map((row, rowIndex) => {
      const label = rowIndex === 0 ? `<p class="pg-column-label">${escapeHtml(localeLabels[column.locale])}</p>\n` : ''
      return `<div class="pg-cell" data-row="${rowIndex}">${label}${row[index] ?? ''}</div>`
    })
    return `${open}\n${cells.join('\n')}\n</article>`
  })
  const style = `grid-template-columns: repeat(${columns.length}, minmax(0, 1fr))`
  return `${notice}${head.replace('class="pg-columns-head"', `class="pg-columns-head" style="${style}"`)}\n<div class="pg-pair" style="${style}; grid-template-rows: repeat(${rows.length}, auto)">\n${articles.join('\n')}\n</div>`
}

/** The fragment's `<article>` tag with the column's class added; one of our own for an unwrapped fragment. */
function columnTag(open: string, locale: string, document: string): string {
  if (open === '') return `<article class="policygen policygen-${escapeHtml(document)} pg-column" lang="${escapeHtml(locale)}">`
  return open.replace(/\bclass="([^"]*)"/, (_all, names: string) => `class="${names} pg-column"`)
}

/** What the bar at the top shows: where the page is, and the organization's other documents. */
interface Bar {
  organization?: OrganizationPreview
  current?: DocumentKind
}

function barHtml(bar: Bar, words: PreviewWords): string {
  const parts = [`<a class="pg-brand" href="/">${escapeHtml(words.preview)}</a>`]
  const organization = bar.organization
  if (organization) {
    parts.push(`<span class="pg-crumb"><a href="/#org-${escapeHtml(organization.id)}">${escapeHtml(organization.name)}</a></span>`)
    const links = organization.knownDocuments.map(({document, title}) => {
      const current = document === bar.current ? ' aria-current="page"' : ''
      return `<a href="/${escapeHtml(organization.id)}/${document}"${current}>${escapeHtml(title)}</a>`
    })
    if (links.length > 0) parts.push(`<nav class="pg-docs">${links.join('')}</nav>`)
  }
  parts.push(`<span class="pg-live" role="status"><span class="pg-live-on">${escapeHtml(words.live)}</span><span class="pg-live-off">${escapeHtml(words.offline)}</span></span>`)
  return `<header class="pg-bar">${parts.join('\n')}</header>`
}

/** The page around `main`: the stylesheets, the live-reload script, the bar. */
function pageHtml(context: PageContext, options: {title: string; bar: Bar; main: string}): string {
  const words = previewWords[context.language]
  const templates = context.templateProblems.length === 0 ? '' : templateProblemsHtml(context, words)
  const stylesheet = `${context.documentStylesheet}\n${previewStylesheet}`.replace(/<\/style/gi, '<\\/style')
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(context.language)}" data-build="${escapeHtml(context.build)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(options.title)}</title>`,
    `<style id="pg-style">${stylesheet}</style>`,
    '<script src="/preview.js" defer></script>',
    '</head>',
    '<body>',
    barHtml(options.bar, words),
    templates,
    options.main,
    `<footer class="pg-foot">${escapeHtml(words.footer)}</footer>`,
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

function templateProblemsHtml(context: PageContext, words: PreviewWords): string {
  return `<div class="pg-wrap pg-narrow"><section class="pg-problems" role="alert"><h1>${escapeHtml(words.templateProblems)}</h1><p class="pg-lead">${escapeHtml(words.templateProblemsLead)}</p>\n${problemsHtml(context.templateProblems, words)}</section></div>`
}

/** The index: every organization with a link to each of its documents, or its problems; then what is not previewed. */
export function indexPageHtml(context: PageContext, organizations: readonly OrganizationPreview[], folderProblems: readonly Problem[], contentFolder: string): string {
  const words = previewWords[context.language]
  const items = organizations.map((organization) => {
    const errors = organization.problems.filter((problem) => problem.severity === 'error').length
    const warnings = organization.problems.filter((problem) => problem.severity === 'warning').length
    const badge =
      errors > 0
        ? `<span class="pg-badge pg-badge-error">${escapeHtml(words.errors(errors))}</span>`
        : warnings > 0
          ? `<span class="pg-badge pg-badge-warning">${escapeHtml(words.warnings(warnings))}</span>`
          : context.templateProblems.length > 0
            ? ''
            : `<span class="pg-badge">${escapeHtml(words.ready)}</span>`
    const documents = organization.documents.length > 0
      ? organization.documents.map((entry) => {
          const [first, ...others] = entry.columns
          const href = `/${escapeHtml(organization.id)}/${entry.document}`
          const titles = [`<a href="${href}" lang="${first?.locale ?? ''}">${escapeHtml(first?.title ?? entry.document)}</a>`, ...others.map((column) => `<span lang="${column.locale}">${escapeHtml(column.title)}</span>`)]
          return `<li>${titles.join(' ')} <span class="pg-meta">${escapeHtml(`${words.version} ${entry.version} · ${words.effective} ${entry.effectiveDate}`)}</span></li>`
        })
      : organization.knownDocuments.map(({document, title}) => `<li><a href="/${escapeHtml(organization.id)}/${document}">${escapeHtml(title)}</a></li>`)
    return [
      `<li class="pg-org" id="org-${escapeHtml(organization.id)}">`,
      `<div class="pg-org-head"><h2>${escapeHtml(organization.name)}</h2> <code class="pg-org-id">${escapeHtml(organization.id)}</code> ${badge}</div>`,
      `<ul class="pg-org-docs">${documents.join('')}</ul>`,
      '</li>'
    ].join('\n')
  })
  const list = items.length > 0 ? `<ul class="pg-orgs">\n${items.join('\n')}\n</ul>` : `<p>${escapeHtml(words.noOrganizations)}</p>`
  const skipped = folderProblems.length > 0 ? `<section class="pg-problems"><h1>${escapeHtml(words.notPreviewed)}</h1>\n${problemsHtml(folderProblems, words)}</section>` : ''
  const main = `<main class="pg-wrap pg-narrow pg-index">\n<h1>${escapeHtml(words.organizations)}</h1>\n<p class="pg-lead">${escapeHtml(words.contentFolder)}: <code>${escapeHtml(contentFolder)}</code></p>\n${list}\n${skipped}\n</main>`
  return pageHtml(context, {title: `${words.organizations} — ${words.preview}`, bar: {}, main})
}

/**
 * One document of an organization: its languages side by side, with its warnings above it; or,
 * when its facts or the templates have an error, the problems instead of the document.
 */
export function documentPageHtml(context: PageContext, organization: OrganizationPreview, document: DocumentKind): string {
  const words = previewWords[context.language]
  const sources = new Map([[organization.file, organization.source]])
  const entry = organization.documents.find((candidate) => candidate.document === document)
  const bar = {organization, current: document}
  if (hasErrors(organization.problems) || !entry) {
    if (!hasErrors(organization.problems) && context.templateProblems.length === 0) return notFoundPageHtml(context)
    const errors = organization.problems.filter((problem) => problem.severity === 'error')
    const main = errors.length === 0
      ? '<main class="pg-wrap pg-narrow"></main>'
      : `<main class="pg-wrap pg-narrow"><section class="pg-problems" role="alert"><h1>${escapeHtml(words.factsProblems(errors.length))}</h1>\n<p class="pg-lead">${escapeHtml(words.factsProblemsLead)}</p>\n${problemsHtml(organization.problems, words, sources)}</section></main>`
    return pageHtml(context, {title: `${words.errors(errors.length)} — ${organization.name}`, bar, main})
  }
  const shown = organization.problems
  const warningCount = shown.filter((problem) => problem.severity === 'warning').length
  const waivedCount = shown.filter((problem) => problem.severity === 'waived').length
  const summary = [warningCount > 0 ? words.warnings(warningCount) : '', waivedCount > 0 ? words.waived(waivedCount) : ''].filter(Boolean).join(' · ')
  const warnings = shown.length === 0 ? '' : `<details class="pg-notice"><summary>${escapeHtml(summary)}</summary>\n${problemsHtml(shown, words, sources)}</details>\n`
  const title = entry.columns.map((column) => column.title).join(' · ')
  const main = `<main class="pg-wrap">\n${warnings}${sideBySideHtml(entry, words)}\n</main>`
  return pageHtml(context, {title: `${title} — ${organization.name}`, bar, main})
}

/** A page for an address the preview does not have (yet): it updates when the organization appears. */
export function notFoundPageHtml(context: PageContext): string {
  const words = previewWords[context.language]
  const main = `<main class="pg-wrap pg-narrow"><section class="pg-problems"><h1>${escapeHtml(words.notFound)}</h1><p class="pg-lead">${escapeHtml(words.notFoundLead)}</p><p><a href="/">${escapeHtml(words.allOrganizations)}</a></p></section></main>`
  return pageHtml(context, {title: `${words.notFound} — ${words.preview}`, bar: {}, main})
}
