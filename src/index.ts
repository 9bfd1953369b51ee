/**
 * policygen's public API: what the command line uses, and what another program may use.
 * Three jobs, each a stage of the pipeline:
 * - **validate**: read facts files and check them against the schema and the rules;
 * - **build**: render validated facts to Markdown, HTML and PDF, and write the output folder;
 * - **diff**: compare two versions of the facts and report what changed.
 * Nothing here prints or exits: problems are returned as values, located in the user's files.
 */

// Validate
export {locales, type Locale} from './lang/locale.js'
export {loadContent, loadFactsFile, type OrganizationSource} from './facts/load.js'
export {checkContentFolder, organizationIdPattern} from './facts/content-folder.js'
export {validateFacts, withoutParsed, type PlacedServiceReport, type ValidatedFacts, type ValidateOptions} from './facts/validate.js'
export {catalogue, expandServices, serviceById, type Catalogue, type CatalogueService, type ServiceReport} from './facts/services.js'
export {compareProblems, hasErrors, type Problem, type Severity} from './facts/problem.js'
export {formatMessage, type MessageLanguage} from './facts/messages.js'
export {rules, ruleById, type Rule} from './facts/rules/index.js'
export {citation} from './facts/rules/citation.js'

// Build
export type {OrganizationFacts} from './document/documents.js'
export {loadTemplates, type TemplateSet} from './document/templates.js'
export {applyOverrides, TemplateOverrideError, type OverriddenTemplates} from './document/overrides.js'
export {TemplateError} from './document/markdown.js'
export {MissingTermError} from './document/terms.js'
export {missingTermProblem, overrideProblem, renderProblem, templateProblem} from './document/template-problems.js'
export {createPdfRenderer} from './formats/pdf/render.js'
export {renderOrganization, type BuildOptions, type OutputFile, type SiteSettings} from './site/build.js'
export {buildSite, streamSite, isReused, inShard, type PreviousBuild, type ReusedFile, type StagedFile, type StreamOptions, type StreamSummary} from './site/stream.js'
export {readManifest, type Manifest, type ManifestEntry, type Shard} from './site/manifest.js'
export {writeOutput} from './site/write.js'
export {mergeShards, readShards, type ShardFolder} from './site/merge.js'
export {siteWords, type SiteWords} from './site/site-words.js'
export {pluralRu} from './lang/index.js'
export {checkOutputFolder, OutputFolderError, parkedOutput} from './site/output-folder.js'
export {compareWithFolder} from './site/check.js'
export {cacheDirInside, defaultCacheDir} from './site/cache-folder.js'
export {ValidationCache, type CachedValidation} from './site/validation-cache.js'
export {checkTemplates, type TemplateCheckOptions} from './site/template-check.js'
export {validateInThreads} from './site/validate-threads.js'
export {keepOutputStatuses, readOutputStatuses} from './site/output-statuses.js'

// Scan
export {observe, BrowserMissingError, ScanError, type Observation, type ObservedCookie, type ObservedStorage, type ScanOptions} from './scan/observe.js'
export {compareObservation, scanFails, type ScanReport, type Undeclared} from './scan/compare.js'
export {formatScanReport, scanFormats, type ScanFormat} from './scan/report.js'
export {addToFacts, type FactsChange} from './scan/write-facts.js'

// Preview
export {startPreview, defaultPreviewPort, PreviewListenError, type Preview, type PreviewOptions} from './preview/index.js'
export type {OrganizationPreview, PreviewDocument, PreviewColumn, RefreshResult} from './preview/index.js'

// Diff
export {compareContent} from './diff/compare.js'
export {formatDiff, diffFormats, type DiffFormat} from './diff/report.js'
export {DiffSourceError, readDiffSources, type DiffSide} from './diff/sources.js'
export {describeMissingVersion} from './diff/versions.js'
