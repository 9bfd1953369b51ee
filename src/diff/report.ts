/**
 * The comparison of two versions of the content, written out: Markdown for a pull-request comment,
 * a standalone HTML redline page, or JSON for tools. Pure.
 */

import {escapeMarkdown} from '../document/escape.js'
import type {ContentDiff, DocumentDiff, OrganizationDiff} from './compare.js'
import {changeLine, changeText, type FactChange} from './facts-changes.js'
import {markdownExcerpt} from './redline-markdown.js'
import type {Segment} from './redline.js'
import {describeMissingVersion} from './versions.js'

/** The formats `policygen diff` writes. */
export const diffFormats = ['md', 'html', 'json'] as const

/** A format `policygen diff` writes. */
export type DiffFormat = (typeof diffFormats)[number]

/** Longest Markdown report by default: a GitHub comment holds at most 65,536 characters. */
export const defaultMaxMarkdownLength = 60_000

/** How many organizations changed and how many material changes there are. */
export function diffCounts(diff: ContentDiff): {organizationsChanged: number; materialChanges: number; editorialChanges: number} {
  const changes = diff.organizations.flatMap((organization) => organization.changes)
  return {
    organizationsChanged: diff.organizations.filter((organization) => organization.status !== 'unchanged').length,
    materialChanges: changes.filter((change) => change.class === 'material').length,
    editorialChanges: changes.filter((change) => change.class === 'editorial').length
  }
}

/** One line: `2 organizations changed, 3 material changes`. */
export function summaryLine(diff: ContentDiff): string {
  const {organizationsChanged, materialChanges} = diffCounts(diff)
  return `${count(organizationsChanged, 'organization')} changed, ${count(materialChanges, 'material change')}`
}

/** Write the comparison in a format; `maxLength` bounds the Markdown report (default: what a GitHub comment holds). */
export function formatDiff(diff: ContentDiff, format: DiffFormat, options: {maxLength?: number} = {}): string {
  if (format === 'json') return formatDiffJson(diff)
  if (format === 'html') return formatDiffHtml(diff)
  return formatDiffMarkdown(diff, options.maxLength)
}

/**
 * Markdown for a pull-request comment: the summary on the first line, then per changed organization a
 * heading, the changelog tagged **material** or editorial, the documents that need a new version, and a
 * collapsed redline of the changed paragraphs per document and locale. The report stays within
 * `maxLength` characters (a GitHub comment holds 65,536): missing versions are always listed, then material
 * changes, editorial changes and redlines as far as they fit, in that order; what is left out is counted
 * and the report says so (`--out FILE` writes everything).
 * Everything quoted from the facts is escaped, so nothing in it can render as markup.
 */
export function formatDiffMarkdown(diff: ContentDiff, maxLength = defaultMaxMarkdownLength): string {
  const head = `${summaryLine(diff)} (${codeSpan(diff.old)} → ${codeSpan(diff.new)})`
  const changed = diff.organizations.filter((candidate) => candidate.status !== 'unchanged')
  // What must be there, whatever the length: headings, missing versions, whole documents added or gone.
  let budget = maxLength - head.length - 200
  const plans = changed.map((organization) => {
    const heading = `## ${escapeMarkdown(organization.id)}${organization.status === 'added' ? ' (new)' : organization.status === 'removed' ? ' (removed)' : ''}`
    const missing = organization.missingVersions.map((entry) => `> **Needs a new version:** ${escapeMarkdown(describeMissingVersion(entry))}`)
    const whole = organization.documents
      .filter((document) => document.status !== 'changed')
      .map((document) => `- ${documentLabel(document)}: ${document.status === 'added' ? 'new document' : 'no longer published'}`)
    budget -= [heading, ...missing, ...whole].reduce((total, line) => total + line.length + 2, 0) + 120
    return {organization, heading, material: [] as string[], materialLeftOut: 0, missing, whole, editorial: [] as string[], editorialLeftOut: 0, redlines: [] as string[]}
  })
  // Then every material change, as long as the comment can hold them (past that, `--out` has them all).
  for (const plan of plans) {
    for (const change of plan.organization.changes.filter((candidate) => candidate.class === 'material')) {
      const line = changeItem(change)
      if (line.length + 1 <= budget) {
        plan.material.push(line)
        budget -= line.length + 1
      } else plan.materialLeftOut++
    }
  }
  // Then editorial changes, then redlines, as far as they fit.
  for (const plan of plans) {
    for (const change of plan.organization.changes.filter((candidate) => candidate.class === 'editorial')) {
      const line = changeItem(change)
      if (line.length + 1 <= budget) {
        plan.editorial.push(line)
        budget -= line.length + 1
      } else plan.editorialLeftOut++
    }
  }
  for (const plan of plans) {
    for (const document of plan.organization.documents.filter((candidate) => candidate.status === 'changed')) {
      const block = `<details><summary>${escapeHtml(documentLabel(document))}</summary>\n\n${markdownExcerpt(document.segments)}\n</details>`
      const note = `- ${documentLabel(document)}: redline left out to keep this comment short; run \`policygen diff --format html\` (or \`--out FILE\`) to see it`
      const chosen = block.length + 2 <= budget ? block : note
      plan.redlines.push(chosen)
      budget -= chosen.length + 2
    }
  }
  const out: string[] = [head]
  for (const plan of plans) {
    out.push(plan.heading)
    const changes = [...plan.material, ...plan.editorial]
    if (plan.materialLeftOut > 0) changes.push(`- **${count(plan.materialLeftOut, 'more material change')}** not shown: this comment would pass GitHub's 65,536 characters; run \`policygen diff … --out FILE\` to list them all`)
    if (plan.editorialLeftOut > 0) changes.push(`- ${count(plan.editorialLeftOut, 'editorial change')} left out to keep this comment short`)
    if (changes.length > 0) out.push(changes.join('\n'))
    out.push(...plan.missing)
    if (plan.whole.length > 0) out.push(plan.whole.join('\n'))
    out.push(...plan.redlines)
  }
  if (out.length === 1) out.push('No differences in the facts or the documents.')
  return `${out.join('\n\n')}\n`
}

function changeItem(change: FactChange): string {
  return `- ${change.class === 'material' ? '**material**' : 'editorial'} ${escapeMarkdown(changeText(change))}`
}

/** Inline code that holds any text: the fence is longer than any run of backticks inside, and line breaks become spaces. */
export function codeSpan(text: string): string {
  const flat = text.replace(/[\r\n\u2028\u2029]+/g, ' ')
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((match) => match[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') || longest > 0 ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

/** A standalone HTML page: the changelog and the full redline of each changed document, with `<ins>` and `<del>`. */
export function formatDiffHtml(diff: ContentDiff): string {
  const title = `policygen diff: ${diff.old} → ${diff.new}`
  const body = diff.organizations
    .filter((organization) => organization.status !== 'unchanged')
    .map(organizationHtml)
    .join('\n')
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<main>
<h1 lang="en">${escapeHtml(title)}</h1>
<p class="summary" lang="en">${escapeHtml(summaryLine(diff))}</p>
${body || '<p lang="en">No differences in the facts or the documents.</p>'}
</main>
</body>
</html>
`
}

/** JSON for tools: counts, and per organization the changes (with their changelog line), missing versions and redline segments. */
export function formatDiffJson(diff: ContentDiff): string {
  return `${JSON.stringify(
    {
      old: diff.old,
      new: diff.new,
      summary: {...diffCounts(diff), missingVersions: diff.organizations.reduce((total, organization) => total + organization.missingVersions.length, 0)},
      organizations: diff.organizations.map((organization) => ({
        id: organization.id,
        status: organization.status,
        changes: organization.changes.map((change) => ({...change, line: changeLine(change)})),
        missingVersions: organization.missingVersions.map((missing) => ({...missing, message: describeMissingVersion(missing)})),
        documents: organization.documents
      }))
    },
    null,
    2
  )}\n`
}

function organizationHtml(organization: OrganizationDiff): string {
  const status = organization.status === 'added' ? ' (new)' : organization.status === 'removed' ? ' (removed)' : ''
  const changes = organization.changes.length > 0 ? `<ul class="changes" lang="en">\n${organization.changes.map(changeHtml).join('\n')}\n</ul>` : ''
  const missing = organization.missingVersions.map((entry) => `<p class="warning" lang="en"><strong>Needs a new version:</strong> ${escapeHtml(describeMissingVersion(entry))}</p>`).join('\n')
  const documents = organization.documents
    .map((document) => {
      const note = document.status === 'added' ? ' — new document' : document.status === 'removed' ? ' — no longer published' : ''
      return `<details open>\n<summary>${escapeHtml(documentLabel(document) + note)}</summary>\n<div class="redline" lang="${document.locale}">${segmentsHtml(document.segments)}</div>\n</details>`
    })
    .join('\n')
  return `<section id="${escapeHtml(organization.id)}">\n<h2>${escapeHtml(organization.id + status)}</h2>\n${[changes, missing, documents].filter(Boolean).join('\n')}\n</section>`
}

function changeHtml(change: FactChange): string {
  const tag = change.class === 'material' ? `<strong class="material" title="${escapeHtml(change.reason ?? '')}">material</strong>` : '<span class="editorial">editorial</span>'
  return `<li>${tag} ${escapeHtml(changeText(change))}</li>`
}

function segmentsHtml(segments: readonly Segment[]): string {
  return segments
    .map((segment) => {
      const text = escapeHtml(segment.text)
      return segment.type === 'insert' ? `<ins>${text}</ins>` : segment.type === 'delete' ? `<del>${text}</del>` : text
    })
    .join('')
}

function documentLabel(document: DocumentDiff): string {
  return `${document.document} · ${document.locale}`
}

function count(amount: number, noun: string): string {
  return `${amount} ${noun}${amount === 1 ? '' : 's'}`
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

const style = `
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.2rem; border-bottom: 1px solid #ddd; }
.changes li { margin: .2rem 0; } .material { color: #a40000; } .editorial { color: #555; }
.warning { background: #fff4e5; border-left: 4px solid #e08a00; padding: .5rem .75rem; }
summary { cursor: pointer; font-weight: 600; margin: .5rem 0; }
.redline { white-space: pre-wrap; overflow-wrap: anywhere; font: 14px/1.5 ui-monospace, monospace; background: #fafafa; border: 1px solid #eee; padding: .75rem; }
ins { background: #d7f5dd; color: #0b5016; text-decoration: underline; }
del { background: #fde2e1; color: #8a1010; text-decoration: line-through; }
@media print { details > summary { list-style: none; } .redline { border: 0; } }
`
