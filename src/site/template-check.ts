import {createHash} from 'node:crypto'
import path from 'node:path'
import type {OrganizationFacts} from '../document/documents.js'
import {renderProblem} from '../document/template-problems.js'
import {withoutPlace, type PatchReach} from '../document/template-patch.js'
import {TemplateError} from '../document/markdown.js'
import type {TemplateSet} from '../document/templates.js'
import type {MessageLanguage} from '../facts/messages.js'
import {compareProblems, type Problem} from '../facts/problem.js'
import type {Locale} from '../lang/locale.js'
import {checkOrganizationTemplates, settingsOf} from './build.js'
import {cacheFileName, readCacheFile, touchCacheFile, writeCacheFile} from './cache-folder.js'
import {inputsKey, templatesHash} from './inputs.js'

/** What `checkTemplates` checks against, and where it keeps what it checked. */
export interface TemplateCheckOptions {
  /** The locales the site publishes (the config's; optional, default: each organization's own). */
  locales?: readonly Locale[]
  /**
   * The cache folder (`defaultCacheDir`; optional): organizations checked there before with the same
   * facts, templates and policygen are not rendered again.
   */
  cacheDir?: string
  /** The content folder the organizations come from, which names their file in the cache folder. */
  contentDir: string
  /**
   * Called when the check stopped at `maxTemplateProblems` with more to report (optional): the
   * problems returned are the first ones found, and there is at least one more.
   */
  onStopped?: (limit: number) => void
}

/** Bumped whenever what is kept changes shape. */
const format = 1

interface Stored {
  format: number
  keys: string[]
}

/** Most template problems one check reports: past them, it stops looking (and says so: `onStopped`). */
const maxTemplateProblems = 100
// One more is looked for, to know whether the check stopped with problems left, and then left out.
const maxProblems = maxTemplateProblems + 1

/**
 * Render every organization with the templates as a build would, without converting to HTML or PDF
 * (`checkOrganizationTemplates`), and return every template problem met, once however many
 * organizations meet it. Rendering stops at a template's first problem; the check then takes out
 * what failed (the statement at the problem's place: `withoutPlace`) and renders again, so that one
 * run reports every problem, not one per fix. An organization is rendered again only when its
 * inputs key (its facts, the templates, the build's settings, policygen's code) is not one that
 * rendered without a problem before: the keys of this run are kept in the cache folder, so a
 * thousand unchanged organizations are checked in the time it takes to compute their keys. Throws
 * any other error (a bug) met with the templates as they are.
 */
export async function checkTemplates(organizations: readonly OrganizationFacts[], templates: TemplateSet, language: MessageLanguage, options: TemplateCheckOptions): Promise<Problem[]> {
  const settings = {...(options.locales ? {locales: options.locales} : {}), pdf: true}
  const templatesKey = templatesHash(templates)
  const keySettings = settingsOf(settings)
  const name = cacheFileName('templates-checked', createHash('sha256').update(path.resolve(options.contentDir)).digest('hex'))
  const kept = options.cacheDir === undefined ? new Set<string>() : keysIn(await readCacheFile(options.cacheDir, name))
  const passed = new Set<string>()
  const problems = new Map<string, Problem>()
  // The templates without what has failed so far: every organization after a problem renders with them.
  let checked = templates
  // Templates that failed otherwise than for a value (most often: they do not parse), taken out line by line.
  const unparsed = new Set<string>()
  for (const organization of organizations) {
    const key = inputsKey(organization, templatesKey, keySettings)
    if (kept.has(key)) {
      passed.add(key)
      continue
    }
    let last = ''
    let reach: PatchReach = 'statement'
    for (;;) {
      try {
        await checkOrganizationTemplates(organization, checked, settings)
        // Rendered as the templates are, not only without what failed for another organization.
        if (checked === templates) passed.add(key)
        break
      } catch (error) {
        const problem = renderProblem(error, language)
        if (!problem) {
          // Taking parts out of the templates may break what they rely on: only the templates as they are can show a bug.
          if (checked === templates) throw error
          break
        }
        const id = `${problem.file}:${problem.line}:${problem.column}:${problem.ruleId}:${problem.message}`
        const parseError = error instanceof TemplateError && error.ruleId === 'template-error' && error.detail.startsWith('Parse error')
        if (!parseError && !placed.has(problem.ruleId)) {
          // A problem without a place of its own (a render error Handlebars does not locate, output that
          // nests too deep or says `undefined`): nothing can be taken out safely, so this organization
          // is checked no further, and the next one with the templates as they were.
          problems.set(id, problem)
          break
        }
        if (parseError && unparsed.has(problem.file)) {
          // Still not parsing without the line it failed at: the mistake is elsewhere in it (an unclosed
          // block), and no more of it can be checked; one mistake is one problem.
          reach = 'template'
        } else {
          problems.set(id, problem)
          // The same problem again: what was taken out was not all of it; take out more, then give up.
          if (id === last && reach === 'template') break
          reach = id === last ? (reach === 'statement' ? 'line' : 'template') : firstReach(problem.ruleId)
          if (parseError) unparsed.add(problem.file)
        }
        last = id
        const next = problems.size < maxProblems ? withoutPlace(checked, problem, reach) : undefined
        if (!next) break
        checked = next
      }
    }
    if (problems.size >= maxProblems) break
  }
  if (options.cacheDir !== undefined) {
    if ([...passed].every((key) => kept.has(key)) && passed.size === kept.size) await touchCacheFile(options.cacheDir, name)
    else await writeCacheFile(options.cacheDir, name, {format, keys: [...passed].sort()} satisfies Stored)
  }
  const found = [...problems.values()]
  if (found.length > maxTemplateProblems) options.onStopped?.(maxTemplateProblems)
  return found.slice(0, maxTemplateProblems).sort(compareProblems)
}

/** The problems that are located at what caused them, a statement or a line, which can be taken out. */
const placed = new Set(['template-fact-missing', 'template-climbs-out', 'template-partial-missing', 'template-page-partial', 'template-includes-itself', 'template-too-deep'])

/**
 * How much of a template to take out first for a problem of `ruleId`: the statement that asked for
 * what is not there; the line that nests too deep, or that a template does not parse at (often the
 * mistake itself: `{{#if}}`).
 */
function firstReach(ruleId: string): PatchReach {
  return ruleId === 'template-too-deep' || ruleId === 'template-error' ? 'line' : 'statement'
}

/** The keys of a value read back from the cache folder; none when it is not what `checkTemplates` writes. */
function keysIn(value: unknown): Set<string> {
  const stored = value as Partial<Stored> | undefined
  if (stored?.format !== format || !Array.isArray(stored.keys) || !stored.keys.every((key) => typeof key === 'string')) return new Set()
  return new Set(stored.keys)
}
