import {readFile, realpath, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {type OrganizationFacts, compareContent, formatDiff, diffFormats, type DiffFormat, DiffSourceError, readDiffSources, type DiffSide, describeMissingVersion, type MessageLanguage, compareProblems, type Problem, TemplateError, validateFacts} from '../index.js'
import {formatProblems, formatTemplateError} from './report.js'
import {readConfig} from './config.js'
import {loadCompanyTemplates} from './templates.js'
import {exitCodes, usageError, type CliIo, type Command, type ParsedCommand} from './command.js'

/** `policygen diff`: what changed between two revisions (or folders) of the content, for reviewers. */
export const diffCommand: Command = {
  summary: 'Show what changed between two git revisions or two content folders: a changelog and a redline.',
  usage: 'policygen diff OLD [NEW [CONTENT_DIR]] [--format md|html|json] [--fail-on material] [--out FILE] [--lang en|ru|kk]',
  help: [
    'OLD and NEW are two git revisions of the repository you are in (main, HEAD~1, a tag, origin/main),',
    'whose facts are read from CONTENT_DIR (default: `content` of policygen.config.yaml, else content) at each revision; or two content folders.',
    'With OLD alone (`policygen diff HEAD`), OLD is compared with the content folder as it is on disk now, edits not yet committed included.',
    'Prints, per organization:',
    '  1. a changelog of the facts in English, each change tagged material or editorial, e.g.',
    '       kazteleport: cookie "_ga": retention 1 year → 2 years',
    '     Material: a new purpose, a new data category or data item, a new third party or country,',
    '     a longer retention, a new cross-border transfer, a right or a withdrawal, opt-out or request',
    '     channel removed. Everything else is editorial.',
    '  2. per document and locale, a word-level redline of the rendered Markdown. Both sides are rendered',
    '     with the CURRENT templates, so the redline shows what the facts changed, not template edits.',
    '',
    'Options:',
    '  --format md|html|json   md (default): for a pull-request comment, only the changed paragraphs;',
    '                          html: a standalone redline page with <ins> and <del>; json: for tools',
    '  --fail-on material      exit 1 when a document has a material change but its current version',
    '                          (the first of documents.<doc>.versions) keeps its number or effective date',
    '  --out FILE              write the whole report to FILE instead of standard output (on standard',
    '                          output the md report is kept within a GitHub comment\'s 65,536 characters)',
    '  --lang en|ru|kk         language of problems in the facts (default: en)',
    '',
    'Exit codes: 0 compared (changes are not an error), 1 errors in the facts on either side, or material',
    'changes without a new version with --fail-on material, 2 wrong usage (an unknown revision, not in a',
    'git repository, wrong options).'
  ].join('\n'),
  options: {
    help: {type: 'boolean', short: 'h'},
    lang: {type: 'string', default: 'en'},
    format: {type: 'string', default: 'md'},
    'fail-on': {type: 'string'},
    out: {type: 'string'}
  },
  formats: diffFormats,
  run: runDiff
}

async function runDiff(args: ParsedCommand, io: CliIo): Promise<number> {
  const [oldArg, newArg, contentArg, ...extra] = args.positionals
  if (oldArg === undefined || extra.length > 0) {
    return usageError(io, `diff takes OLD, then NEW and an optional CONTENT_DIR (without NEW, OLD is compared with the files as they are now), got ${args.positionals.length} arguments.\nUsage: ${diffCommand.usage}`)
  }
  const format = String(args.values.format ?? 'md') as DiffFormat
  const failOn = args.values['fail-on']
  if (failOn !== undefined && failOn !== 'material') return usageError(io, `--fail-on takes \`material\`, not \`${String(failOn)}\`.`)
  const language = (args.values.lang ?? 'en') as MessageLanguage

  const config = await readConfig(io)
  if (typeof config === 'number') return config
  const defaultContent = path.relative(io.cwd, config.content) || '.'
  let sources
  try {
    sources = await readDiffSources(io.cwd, oldArg, newArg, contentArg, defaultContent)
  } catch (error) {
    if (error instanceof DiffSourceError) return usageError(io, error.message)
    throw error
  }
  if (sources.old.organizations.length === 0 && sources.new.organizations.length === 0) {
    return usageError(io, `no <org>/facts.yaml found in ${sources.mode === 'git' ? `\`${contentArg ?? defaultContent}\` at either revision` : 'either folder'}.`)
  }
  const oldSide = validateSide(sources.old, io, language)
  const newSide = validateSide(sources.new, io, language)
  if (!oldSide || !newSide) return exitCodes.problems

  let diff
  try {
    const company = await loadCompanyTemplates(config, io)
    if ('problems' in company) {
      io.stderr(formatProblems(company.problems, language))
      return exitCodes.problems
    }
    diff = await compareContent({old: {label: sources.old.label, organizations: oldSide}, new: {label: sources.new.label, organizations: newSide}}, company.templates)
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error
    io.stderr(formatTemplateError(error, language))
    return exitCodes.problems
  }

  if (args.values.out !== undefined) {
    // A file gets the whole report; standard output (a pull-request comment) is kept within GitHub's limit.
    const target = path.resolve(io.cwd, String(args.values.out))
    const info = await stat(target).catch(() => undefined)
    if (info?.isDirectory()) return usageError(io, `--out names the folder \`${String(args.values.out)}\`; give a file name, for example \`--out policy-diff.md\`.`)
    const refusal = await reportTargetRefusal(target, path.resolve(io.cwd, contentArg ?? defaultContent), info?.isFile() ?? false)
    if (refusal) return usageError(io, `--out \`${String(args.values.out)}\`: ${refusal} Give a new file name, for example \`--out policy-diff.md\`.`)
    try {
      await writeFile(target, formatDiff(diff, format, {maxLength: Number.POSITIVE_INFINITY}))
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === undefined) throw error
      io.stderr(`policygen: cannot write the report to \`${String(args.values.out)}\` (${code}): check that its folder exists and that you may write there.\n`)
      return exitCodes.problems
    }
  } else io.stdout(formatDiff(diff, format))

  const missing = diff.organizations.flatMap((organization) => organization.missingVersions)
  if (failOn === 'material' && missing.length > 0) {
    io.stderr(missing.map((entry) => `policygen: ${describeMissingVersion(entry)}\n`).join(''))
    return exitCodes.problems
  }
  return exitCodes.ok
}

/**
 * Why the diff report may not be written to `target`, or `undefined` when it may: never into the content
 * folder or a `.git` folder, and never over a file that is not an earlier policygen report.
 */
async function reportTargetRefusal(target: string, contentDir: string, exists: boolean): Promise<string | undefined> {
  const parent = await realpath(path.dirname(target)).catch(() => path.dirname(target))
  const real = await realpath(target).catch(() => path.join(parent, path.basename(target)))
  const content = await realpath(contentDir).catch(() => contentDir)
  const relative = path.relative(content, real)
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) return 'it is inside the content folder, which holds the facts.'
  if (real.split(path.sep).includes('.git')) return 'it is inside a `.git` folder.'
  if (!exists) return undefined
  const head = await readFile(real, {encoding: 'utf8'}).then((text) => text.slice(0, 4096), () => '')
  const isReport = /^\d+ organizations? changed, \d+ material changes?/.test(head) || head.includes('<title>policygen diff:') || /^\{\s*"old":/.test(head)
  return isReport ? undefined : 'the file already exists and is not an earlier policygen report, so writing would destroy it.'
}

const sideHasErrors: Readonly<Record<MessageLanguage, (label: string) => string>> = {
  en: (label) => `the facts at \`${label}\` have errors; fix them to compare.`,
  ru: (label) => `факты в \`${label}\` содержат ошибки; исправьте их, чтобы сравнить.`,
  kk: (label) => `\`${label}\` ішіндегі фактілерде қателер бар; салыстыру үшін оларды түзетіңіз.`
}

/** Validate one side's facts; print its errors (file names carry the revision) and return undefined if any. */
function validateSide(side: DiffSide, io: CliIo, language: MessageLanguage): OrganizationFacts[] | undefined {
  const results = side.organizations.map((organization) => ({id: organization.id, ...validateFacts(organization.source, language)}))
  const errors: Problem[] = results.flatMap((result) => result.problems.filter((problem) => problem.severity === 'error')).sort(compareProblems)
  if (errors.length > 0) {
    io.stderr(formatProblems(errors, language))
    io.stderr(`policygen: ${sideHasErrors[language](side.label)}\n`)
    return undefined
  }
  return results.flatMap((result) => (result.facts ? [{id: result.id, facts: result.facts}] : []))
}
