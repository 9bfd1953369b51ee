/**
 * Whether material changes come with a new version: a published document that a material change
 * touches needs, as its current version (the first of `documents.<doc>.versions`), a version number
 * and an effective date that both differ from the old current version's. Pure.
 */

import type {Facts} from '../facts/types.js'
import {documentFactKey, type DocumentKind} from '../document/resolve.js'
import type {FactChange} from './facts-changes.js'

/** A document with material changes whose current version did not change. */
export interface MissingVersion {
  organization: string
  document: DocumentKind
  /** The current version number and effective date, before and after. */
  before: {version: string; effectiveDate: string}
  after: {version: string; effectiveDate: string}
  /** How many material changes touch the document. */
  materialChanges: number
}

/** The documents, of an organization in both versions of the facts, that need a new version. */
export function missingVersions(organization: string, before: Facts, after: Facts, changes: readonly FactChange[]): MissingVersion[] {
  const missing: MissingVersion[] = []
  for (const document of ['cookie-policy', 'privacy-policy'] as const) {
    const material = changes.filter((change) => change.class === 'material' && change.documents.includes(document)).length
    const old = before.documents[documentFactKey[document]]?.versions[0]
    const now = after.documents[documentFactKey[document]]?.versions[0]
    if (material === 0 || !old || !now) continue
    if (old.version === now.version || old.effectiveDate === now.effectiveDate) {
      missing.push({
        organization,
        document,
        before: {version: old.version, effectiveDate: old.effectiveDate},
        after: {version: now.version, effectiveDate: now.effectiveDate},
        materialChanges: material
      })
    }
  }
  return missing
}

/** What to do about a missing version, in one sentence. */
export function describeMissingVersion(missing: MissingVersion): string {
  const kept = [
    missing.before.version === missing.after.version ? `version ${missing.after.version}` : '',
    missing.before.effectiveDate === missing.after.effectiveDate ? `effective date ${missing.after.effectiveDate}` : ''
  ]
    .filter(Boolean)
    .join(' and ')
  const count = `${missing.materialChanges} material change${missing.materialChanges === 1 ? '' : 's'}`
  return `${missing.organization}: the ${missing.document} has ${count} but keeps ${kept}; add a new version with a new effective date first in documents.${documentFactKey[missing.document]}.versions.`
}
