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

/** Write the comparison in a format. */
export function formatDiff(diff: ContentDiff, format: DiffFormat): string {
  if (format === 'json') return formatDiffJson(diff)
  if (format === 'html') return formatDiffHtml(diff)
  return formatDiffMarkdown(diff)
}

/**
 * Markdown for a pull-request comment: the summary on the first line, then per changed organization a
 * heading, the changelog tagged **material** or editorial, the documents that need a new version, and a
 * collapsed redline of the changed paragraphs per document and locale. Redlines that would make the
 * report longer than `maxLength` characters are left out (the report says so).
 */
export function formatDiffMarkdown(diff: ContentDiff, maxLength = defaultMaxMarkdownLength): string {
  const out: string[] = [`${summaryLine(diff)} (\`${diff.old}\` → \`${diff.new}\`)`]
  let length = out[0]?.length ?? 0
  const push = (text: string) => {
    out.push(text)
    length += text.length + 2
  }
  for (const organization of diff.organizations.filter((candidate) => candidate.status !== 'unchanged')) {
    push(`## ${escapeMarkdown(organization.id)}${organization.status === 'added' ? ' (new)' : organization.status === 'removed' ? ' (removed)' : ''}`)
    if (organization.changes.length > 0) push(organization.changes.map((change) => `- ${change.class === 'material' ? '**material**' : 'editorial'} ${escapeMarkdown(changeText(change))}`).join('\n'))
    for (const missing of organization.missingVersions) push(`> **Needs a new version:** ${escapeMarkdown(describeMissingVersion(missing))}`)
    const whole = organization.documents.filter((document) => document.status !== 'changed')
    if (whole.length > 0) push(whole.map((document) => `- ${documentLabel(document)}: ${document.status === 'added' ? 'new document' : 'no longer published'}`).join('\n'))
    for (const document of organization.documents.filter((candidate) => candidate.status === 'changed')) {
      const block = `<details><summary>${escapeHtml(documentLabel(document))}</summary>\n\n${markdownExcerpt(document.segments)}\n</details>`
      if (length + block.length > maxLength) push(`- ${documentLabel(document)}: redline left out to keep this comment short; run \`policygen diff --format html\` to see it`)
      else push(block)
    }
  }
  if (out.length === 1) out.push('No differences in the facts or the documents.')
  return `${out.join('\n\n')}\n`
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
