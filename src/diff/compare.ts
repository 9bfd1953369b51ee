/**
 * Compare two versions of the content: per organization, the changelog of facts, the documents that
 * need a new version, and a word-level redline of every rendered document and locale. Both sides are
 * rendered with the same (current) templates, so the redline shows what the facts changed. No I/O.
 */

import {renderMarkdownDocuments, type OrganizationFacts} from '../document/documents.js'
import type {TemplateSet} from '../document/templates.js'
import {locales, type Locale} from '../lang/locale.js'
import {documentKinds, type DocumentKind} from '../document/resolve.js'
import {compareFacts, type FactChange} from './facts-changes.js'
import {hasChanges, redline, type Segment} from './redline.js'
import {missingVersions, type MissingVersion} from './versions.js'

/** One rendered document in one locale, compared. */
export interface DocumentDiff {
  document: DocumentKind
  locale: Locale
  /** `added`/`removed`: the document (or locale) is published on one side only. */
  status: 'added' | 'removed' | 'changed'
  segments: Segment[]
}

/** One organization, compared. */
export interface OrganizationDiff {
  id: string
  status: 'added' | 'removed' | 'changed' | 'unchanged'
  changes: FactChange[]
  /** Documents with material changes but no new version and effective date. */
  missingVersions: MissingVersion[]
  /** Only the documents whose text differs. */
  documents: DocumentDiff[]
}

/** The whole comparison. */
export interface ContentDiff {
  /** What the two sides are called: a git revision or a folder, as given. */
  old: string
  new: string
  organizations: OrganizationDiff[]
}

/** Compare the organizations of two sides; throws `TemplateError` if a template cannot render. */
export async function compareContent(
  sides: {old: {label: string; organizations: readonly OrganizationFacts[]}; new: {label: string; organizations: readonly OrganizationFacts[]}},
  templates: TemplateSet
): Promise<ContentDiff> {
  const oldTexts = markdownFiles(sides.old.organizations, templates)
  const newTexts = markdownFiles(sides.new.organizations, templates)
  const oldFacts = new Map(sides.old.organizations.map((organization) => [organization.id, organization.facts]))
  const newFacts = new Map(sides.new.organizations.map((organization) => [organization.id, organization.facts]))
  const ids = [...new Set([...oldFacts.keys(), ...newFacts.keys()])].sort()
  const organizations = ids.map((id): OrganizationDiff => {
    const before = oldFacts.get(id)
    const after = newFacts.get(id)
    const changes = compareFacts(id, before, after)
    const documents = compareDocuments(id, oldTexts, newTexts)
    const status = !before ? 'added' : !after ? 'removed' : changes.length > 0 || documents.length > 0 ? 'changed' : 'unchanged'
    return {id, status, changes, missingVersions: before && after ? missingVersions(id, before, after, changes) : [], documents}
  })
  return {old: sides.old.label, new: sides.new.label, organizations}
}

interface MarkdownFile {
  document: DocumentKind
  locale: Locale
  text: string
}

// Only the Markdown is compared, so only the Markdown is rendered (no HTML or PDF).
function markdownFiles(organizations: readonly OrganizationFacts[], templates: TemplateSet): Map<string, MarkdownFile> {
  const out = new Map<string, MarkdownFile>()
  for (const organization of organizations) {
    for (const {locale, document, markdown} of renderMarkdownDocuments(organization, templates)) {
      out.set(`${organization.id}/${locale}/${document}.md`, {document, locale, text: markdown})
    }
  }
  return out
}

function compareDocuments(id: string, oldTexts: ReadonlyMap<string, MarkdownFile>, newTexts: ReadonlyMap<string, MarkdownFile>): DocumentDiff[] {
  const paths = [...new Set([...oldTexts.keys(), ...newTexts.keys()])].filter((path) => path.startsWith(`${id}/`)).sort()
  const out: DocumentDiff[] = []
  for (const path of paths) {
    const before = oldTexts.get(path)
    const after = newTexts.get(path)
    const file = (after ?? before) as MarkdownFile
    const segments = redline(before?.text ?? '', after?.text ?? '')
    if (!hasChanges(segments)) continue
    out.push({document: file.document, locale: file.locale, status: !before ? 'added' : !after ? 'removed' : 'changed', segments})
  }
  return out.sort((a, b) => documentKinds.indexOf(a.document) - documentKinds.indexOf(b.document) || locales.indexOf(a.locale) - locales.indexOf(b.locale))
}
