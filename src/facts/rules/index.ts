import type {Facts} from '../types.js'
import {placeOfPath, placeOfText} from '../locate.js'
import {originOf, type ExpandedFacts} from '../services.js'
import {readsAny, recordingReads} from '../reads.js'
import type {MessageLanguage} from '../messages.js'
import type {ParsedFacts} from '../parse.js'
import {formatFactPath, isWithin, type Problem} from '../problem.js'
import type {Finding} from './rule.js'
import type {Rule} from './rule.js'
import {missingTranslation} from './missing-translation.js'
import {unpublishedTranslation} from './unpublished-translation.js'
import {unprintableCharacter} from './unprintable-character.js'
import {mixedScript} from './mixed-script.js'
import {placeholderLeft} from './placeholder-left.js'
import {cookiePartyUnnamed} from './cookie-party-unnamed.js'
import {unknownTerm} from './unknown-term.js'
import {termAlreadyFixed} from './term-already-fixed.js'
import {resourceNeedsAddress} from './resource-needs-address.js'
import {cookieNeedsName} from './cookie-needs-name.js'
import {contradictsDoesNot} from './contradicts-does-not.js'
import {retentionLawUnnamed} from './retention-law-unnamed.js'
import {ownWordingNeeded} from './own-wording-needed.js'
import {continuedUseConsent} from './continued-use-consent.js'
import {bannerConsentForData} from './banner-consent-for-data.js'
import {stateDataConsent} from './state-data-consent.js'
import {cookieDataNotInPrivacy} from './cookie-data-not-in-privacy.js'
import {advertisingWithoutPurpose} from './advertising-without-purpose.js'
import {thirdPartyNotRecipient} from './third-party-not-recipient.js'
import {thirdPartyWithoutRecipient} from './third-party-without-recipient.js'
import {recipientPurposeUndeclared} from './recipient-purpose-undeclared.js'
import {localisationAbroad} from './localisation-abroad.js'
import {falseDepersonalisation} from './false-depersonalisation.js'
import {channelWithoutAddress} from './channel-without-address.js'
import {withdrawalNotToOperator} from './withdrawal-not-to-operator.js'
import {rightsIncomplete} from './rights-incomplete.js'
import {selfImposedDeadline} from './self-imposed-deadline.js'
import {functionalAsNecessary} from './functional-as-necessary.js'
import {sessionCategoryRetention} from './session-category-retention.js'
import {responsiblePersonRequired} from './responsible-person-required.js'
import {policyApproval} from './policy-approval.js'
import {automatedDecisionsExplained} from './automated-decisions-explained.js'
import {idDocumentCopies} from './id-document-copies.js'
import {citation} from './citation.js'
import {missingIdentifier} from './missing-identifier.js'
import {documentNeedsFacts} from './document-needs-facts.js'
import {versionsOrder} from './versions-order.js'
import {duplicateId} from './duplicate-id.js'
import {necessaryCannotDisable} from './necessary-cannot-disable.js'
import {categoryNotDeclared} from './category-not-declared.js'
import {unknownReference} from './unknown-reference.js'
import {undeclaredTransfer} from './undeclared-transfer.js'
import {transferWithoutCountries} from './transfer-without-countries.js'
import {databaseOutsideKazakhstan} from './database-outside-kazakhstan.js'
import {legitimateInterestOnly} from './legitimate-interest-only.js'
import {clauseMarkupRemoved} from './clause-markup-removed.js'
import {unknownPlaceholder} from './unknown-placeholder.js'
import {serviceCookieUnknown} from './service-cookie-unknown.js'
import {serviceUnverified} from './service-unverified.js'
import {clauseNeedsTitle} from './clause-needs-title.js'
import {clauseTooDeep} from './clause-too-deep.js'

export type {Finding, Rule} from './rule.js'

/** Every rule the facts are checked against after the schema, in a stable order. */
export const rules: readonly Rule[] = [
  missingTranslation,
  unpublishedTranslation,
  missingIdentifier,
  documentNeedsFacts,
  versionsOrder,
  duplicateId,
  necessaryCannotDisable,
  categoryNotDeclared,
  unknownReference,
  undeclaredTransfer,
  transferWithoutCountries,
  databaseOutsideKazakhstan,
  legitimateInterestOnly,
  clauseNeedsTitle,
  clauseTooDeep,
  clauseMarkupRemoved,
  unknownPlaceholder,
  serviceCookieUnknown,
  serviceUnverified,
  unprintableCharacter,
  mixedScript,
  unknownTerm,
  termAlreadyFixed,
  resourceNeedsAddress,
  cookieNeedsName,
  contradictsDoesNot,
  retentionLawUnnamed,
  ownWordingNeeded,
  continuedUseConsent,
  bannerConsentForData,
  stateDataConsent,
  cookieDataNotInPrivacy,
  advertisingWithoutPurpose,
  thirdPartyNotRecipient,
  thirdPartyWithoutRecipient,
  recipientPurposeUndeclared,
  localisationAbroad,
  falseDepersonalisation,
  channelWithoutAddress,
  withdrawalNotToOperator,
  rightsIncomplete,
  selfImposedDeadline,
  functionalAsNecessary,
  sessionCategoryRetention,
  responsiblePersonRequired,
  policyApproval,
  automatedDecisionsExplained,
  idDocumentCopies,
  placeholderLeft,
  cookiePartyUnnamed
]

/** The rule with this id, if there is one. */
export function ruleById(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id)
}

/**
 * Check what the schema cannot: translations for every published language, references between
 * facts, cross-border transfers, Kazakhstan's localisation rule, version order and similar rules.
 * Runs on facts that already passed the schema. With `tolerant` (facts that break the schema), a rule
 * that trips over the broken shape, or that read one of the `broken` facts (paths the schema
 * refused), is skipped and the others still run.
 */
export function checkFacts(parsed: ParsedFacts, language: MessageLanguage, options: {tolerant?: boolean; expanded?: ExpandedFacts; broken?: readonly string[]} = {}): Problem[] {
  // Facts that services brought in are checked like the company's own, and reported at the service.
  const facts = options.expanded?.facts ?? (parsed.data as unknown as Facts)
  const origins = options.expanded?.origins ?? []
  const broken = options.tolerant ? (options.broken ?? []) : []
  const problems = rules.flatMap((rule): Problem[] => {
    let findings: Finding[]
    try {
      if (broken.length === 0) findings = rule.check(facts)
      else if (rule.walksFacts) {
        if (touchesAny(rule.walksFacts, broken)) return []
        findings = rule.check(facts)
      } else {
        // A rule that read a fact the schema refused may find what is not so (a country it did not
        // recognise, a service not brought in): it says nothing until the schema's problems are fixed.
        const reads = new Set<string>()
        findings = rule.check(recordingReads(facts, reads))
        if (readsAny(reads, broken)) return []
      }
    } catch (error) {
      if (!options.tolerant) throw error
      return []
    }
    return findings.map((given) => {
      const from = originOf(given.path, origins)
      const finding: Finding = from.length === given.path.length && from.every((segment, index) => segment === given.path[index]) ? given : {path: from, ...(given.params ? {params: given.params} : {})}
      const path = formatFactPath(finding.path)
      return {
        file: parsed.file,
        ...(finding.text === undefined ? placeOfPath(parsed.doc, parsed.lineCounter, finding.path, finding.at ?? 'value') : placeOfText(parsed.doc, parsed.lineCounter, parsed.text, finding.path, finding.text)),
        severity: rule.severity,
        ruleId: rule.id,
        // Each message ends with the article it rests on, in the message's language.
        message: withCitation(rule.message[language]({...finding.params, path}).replace(/ {2,}/g, ' ').trim(), rule.article, language),
        path
      }
    })
  })
  // A reference to what the facts do not list (`unknown-reference`) says what is wrong; that the same
  // word is not a key of its vocabulary (`unknown-term`) would only say it again, at the same place.
  const unlisted = new Set(problems.filter((problem) => problem.ruleId === 'unknown-reference').map((problem) => problem.path))
  return problems.filter((problem) => problem.ruleId !== 'unknown-term' || !unlisted.has(problem.path))
}

/** Whether any of `paths` is one of the `broken` facts, inside one, or holds one. */
function touchesAny(paths: readonly string[], broken: readonly string[]): boolean {
  return paths.some((path) => broken.some((refused) => isWithin(path, refused) || isWithin(refused, path)))
}

/** A message with the article it rests on before its final stop: «… Добавьте X (Закон № 94-V, ст. 8, п. 1).» */
function withCitation(message: string, article: string | undefined, language: MessageLanguage): string {
  if (!article) return message
  return `${message.replace(/\.$/, '')} ${citation(article, language)}.`
}
