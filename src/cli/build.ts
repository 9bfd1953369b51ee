import {stat} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import path from 'node:path'
import {isReused, streamSite, readManifest, type BuildOptions, type OrganizationFacts, type OutputFile, type MessageLanguage, type Shard, type StagedFile, type StreamOptions, type StreamSummary, type TemplateSet, compareProblems, hasErrors, MissingTermError, renderProblem, compareWithFolder, writeOutput, checkOutputFolder, OutputFolderError, parkedOutput, type Problem, type ValidateOptions, keepOutputStatuses, readOutputStatuses} from '../index.js'
import {formatProblems, formatProblemsJson} from './report.js'
import {buildWords, type BuildWords} from './build-words.js'
import {cacheFolderOf, validateContentFolder} from './content.js'
import {readConfig, validateOptionsOf, type Config} from './config.js'
import {describeOverrides, loadCompanyTemplates} from './templates.js'
import {commonOptions, exitCodes, usageError, type CliIo, type Command, type ParsedCommand} from './command.js'

/** `policygen build`: validate, render every document and write them atomically. */
export const buildCommand: Command = {
  summary: 'Validate, then render every document to Markdown, HTML and PDF in OUT (default ./dist).',
  usage: 'policygen build [CONTENT_DIR] [--out DIR] [--check [--if-present]] [--jobs N] [--shard I/N] [--no-cache] [--quiet] [--lang en|ru|kk]',
  help: [
    'CONTENT_DIR and OUT default to `content` and `out` of the nearest policygen.config.yaml (or the',
    '"policygen" key of package.json), else to ./content and ./dist.',
    'Validates CONTENT_DIR first: any error means nothing is written (exit 1).',
    'Then, for each organization, locale and published document, writes',
    '  OUT/<org>/<locale>/<document>.md, .html (standalone page), .fragment.html (body only), .pdf',
    '  OUT/<org>/index.html, OUT/policygen.css (the fragments\' stylesheet, scoped to .policygen) and',
    '  OUT/manifest.json (sha256, size, version, effective date of every file).',
    'OUT must be a new or empty folder, or a previous policygen build with nothing else in it: anything',
    'else (the working folder, the content folder, a folder with other files) is refused, nothing touched.',
    'A symlink as OUT is followed. The folder is replaced atomically: a failed or interrupted build',
    'leaves the previous output untouched; a second build into the same folder waits for the first.',
    'PDFs are dated with the effective date, or with SOURCE_DATE_EPOCH (seconds) when it is set.',
    'An organization whose facts, templates, settings and policygen are what the build in OUT was made',
    'from (its manifest records a hash of them) is not rendered again: its files are reused as they are.',
    '',
    'Options:',
    '  --out DIR        output folder (default: `out` in policygen.config.yaml, else dist)',
    '  --check          write nothing; compare a fresh build with OUT and list stale, missing and',
    '                   extra files (exit 1 when they differ, 0 when identical)',
    '  --if-present     with --check: when OUT does not exist (the repository does not commit its',
    '                   output), say so and exit 0, so one workflow fits either kind of repository',
    '  --jobs N, -j N   render in N threads (default and most: one per core; a build of fewer than',
    '                   30 organizations renders in the main thread)',
  '  --no-cache       validate and render every organization again, even those whose facts,',
  '                   templates and policygen are unchanged (their validation is kept in the cache',
  '                   folder, their files in OUT\'s manifest, and reused otherwise)',
  '  --shard I/N      build only share I of N of the organizations (a stable share: an organization',
  '                   stays in its shard); `policygen merge` joins the shards\' folders into one',
  '  --quiet          print nothing but problems',
    '  --lang en|ru|kk  language of the messages (default: en)',
    '  --format text|json  how problems are printed (default: text)'
  ].join('\n'),
  options: {
    ...commonOptions,
    out: {type: 'string'},
    quiet: {type: 'boolean', short: 'q'},
    check: {type: 'boolean'},
    'if-present': {type: 'boolean'},
    jobs: {type: 'string', short: 'j'},
    shard: {type: 'string'},
    'no-cache': {type: 'boolean'}
  },
  run: runBuild
}

async function runBuild(args: ParsedCommand, io: CliIo): Promise<number> {
  if (args.positionals.length > 1) return usageError(io, `build takes one CONTENT_DIR, got ${args.positionals.length}.`)
  const language = (args.values.lang ?? 'en') as MessageLanguage
  const quiet = Boolean(args.values.quiet)
  const json = args.values.format === 'json'
  const words = buildWords[language]
  const display = (file: string) => path.relative(io.cwd, file) || '.'
  const run = runOptions(args, io)
  if (typeof run === 'number') return run
  const config = await readConfig(io)
  if (typeof config === 'number') return config
  const contentArg = args.positionals[0] ?? display(config.content)
  let outDir = path.resolve(io.cwd, args.values.out === undefined ? config.out : String(args.values.out))
  // One context for every check of the folder: each reads again only what changed since the one before
  // (the first, since the last build, whose files' status the cache folder keeps).
  // Said only after the output folder is known to be one a build may write: a refusal comes alone.
  const cache = run.cache && !args.values.check ? await cacheFolderOf(io, {content: contentArg, out: outDir}, language) : {}
  const cacheDir = cache.dir
  const check = {cwd: io.cwd, contentDir: contentArg, display, seen: await readOutputStatuses(cacheDir, outDir), language, ...(io.env.HOME ? {home: io.env.HOME} : {})}
  try {
    // Refuse a folder that is not ours before reading or rendering anything.
    if (!args.values.check) outDir = await checkOutputFolder(outDir, check)
  } catch (error) {
    if (!(error instanceof OutputFolderError)) throw error
    io.stderr(`policygen: ${error.message}\n`)
    return exitCodes.problems
  }
  if (cache.warning) io.stderr(cache.warning)
  // The check validates afresh too, as it renders afresh.
  const loaded = await loadValidContent(contentArg, io, language, json, quiet, validateOptionsOf(config, io.cwd), cacheDir, run.jobs)
  if (typeof loaded === 'number') return loaded
  const setup = await renderSetup(io, language, quiet, config, json)
  if (typeof setup === 'number') return setup
  const progress = io.isTTY && !quiet && loaded.length > 1
  const options: StreamOptions = {
    ...setup.options,
    jobs: run.jobs,
    ...(run.shard ? {shard: run.shard} : {}),
    ...(progress ? {onProgress: (done: number, total: number, id: string) => io.stderr(`\r[${done}/${total}] ${id}\u001b[K${done === total ? '\n' : ''}`)} : {})
  }
  if (args.values.check) {
    // The check compares a fresh build, never one that reuses what it is checking.
    const files: OutputFile[] = []
    try {
      for await (const file of streamSite(loaded, setup.templates, options)) if (!isReused(file)) files.push(file)
    } catch (error) {
      return renderFailure(error, io, language, json)
    }
    // A build stopped between its two renames left the output beside it, and the next build puts it
    // back: that copy is what the repository holds, so it is what is compared.
    const parked = parkedOutput(outDir)
    if (parked !== undefined) {
      io.stderr(`${words.parked(display(outDir), path.relative(io.cwd, parked))}\n`)
      return reportCheck(parked, files, io, quiet, words)
    }
    if (args.values['if-present'] && !(await exists(outDir))) {
      if (!quiet) io.stdout(`${words.notCommitted(display(outDir))}\n`)
      return exitCodes.ok
    }
    return reportCheck(outDir, files, io, quiet, words)
  }
  const summary: StreamSummary = {rendered: 0, reused: 0}
  const counts = {files: 0, documents: 0}
  async function* counted(files: AsyncIterable<StagedFile>): AsyncGenerator<StagedFile> {
    for await (const file of files) {
      counts.files++
      if (file.path.endsWith('.html') && !file.path.endsWith('.fragment.html') && (isReused(file) ? file.entry.document : file.document)) counts.documents++
      yield file
    }
  }
  try {
    // Under the lock, the previous output (checked: policygen's, unchanged) gives the files of unchanged organizations.
    const files = async () => {
      const manifest = run.cache ? await readManifest(outDir) : undefined
      return counted(streamSite(loaded, setup.templates, {...options, ...(manifest ? {previous: {folder: outDir, manifest}} : {})}, summary))
    }
    await writeOutput(outDir, files, {display, language, verify: () => checkOutputFolder(outDir, check), warn: (message) => io.stderr(`${words.warning}${message}\n`)})
    await keepOutputStatuses(cacheDir, outDir)
  } catch (error) {
    if (error instanceof OutputFolderError) {
      io.stderr(`policygen: ${error.message}\n`)
      return exitCodes.problems
    }
    return renderFailure(error, io, language, json)
  }
  if (!quiet) {
    const built = summary.rendered + summary.reused
    const only = built === 1 && loaded.length === 1 ? loaded[0]?.id : undefined
    const shard = run.shard ? {shard: {...run.shard, total: loaded.length}} : {}
    io.stdout(`${words.built({documents: counts.documents, organizations: built, files: counts.files, reused: summary.reused, shown: display(outDir), ...(only === undefined ? {} : {only}), ...shard})}\n`)
  }
  return exitCodes.ok
}

/** How this build runs: threads, cache, shard; or exit code 2 after saying what is wrong. */
function runOptions(args: ParsedCommand, io: CliIo): {jobs: number; cache: boolean; shard?: Shard} | number {
  let jobs = availableParallelism()
  if (args.values.jobs !== undefined) {
    const given = String(args.values.jobs)
    if (!/^[1-9]\d{0,2}$/.test(given)) return usageError(io, `--jobs takes a whole number of threads from 1 to 999, not \`${given}\` (for example \`--jobs 2\`).`)
    jobs = Number(given)
  }
  const result: {jobs: number; cache: boolean; shard?: Shard} = {jobs, cache: !args.values['no-cache']}
  if (args.values.shard !== undefined) {
    const given = String(args.values.shard)
    const match = /^(\d+)\/(\d+)$/.exec(given)
    const index = Number(match?.[1])
    const count = Number(match?.[2])
    if (!match || count < 1 || count > 1000 || index < 1 || index > count) return usageError(io, `--shard takes I/N, the share I of N, with I from 1 to N and N at most 1000, not \`${given}\` (for example \`--shard 1/4\`).`)
    result.shard = {index, count}
  }
  return result
}

async function exists(folder: string): Promise<boolean> {
  return (await stat(folder).catch(() => undefined)) !== undefined
}

async function reportCheck(outDir: string, files: Parameters<typeof compareWithFolder>[1], io: CliIo, quiet: boolean, words: BuildWords): Promise<number> {
  const {stale, missing, extra} = await compareWithFolder(outDir, files)
  const shown = path.relative(io.cwd, outDir) || '.'
  if (stale.length + missing.length + extra.length === 0) {
    if (!quiet) io.stdout(`${words.upToDate(shown, files.length)}\n`)
    return exitCodes.ok
  }
  const lines = [
    ...stale.map((file) => `${words.tags.stale}${shown}/${file}`),
    ...missing.map((file) => `${words.tags.missing}${shown}/${file}`),
    ...extra.map((file) => `${words.tags.extra}${shown}/${file}`)
  ]
  io.stdout(`${lines.join('\n')}\n\n${words.outOfDate(shown, {stale: stale.length, missing: missing.length, extra: extra.length})}\n`)
  return exitCodes.problems
}

/** What is printed when a build stops before it writes anything. */
const nothingWritten: Readonly<Record<'fixFirst' | 'plain', Readonly<Record<MessageLanguage, string>>>> = {
  fixFirst: {
    en: 'Nothing was written: fix the errors first.\n',
    ru: 'Ничего не записано: сначала исправьте ошибки.\n',
    kk: 'Ештеңе жазылған жоқ: алдымен қателерді түзетіңіз.\n'
  },
  plain: {en: 'Nothing was written.\n', ru: 'Ничего не записано.\n', kk: 'Ештеңе жазылған жоқ.\n'}
}

/** Validate the content; print problems and return an exit code when it cannot be built. */
export async function loadValidContent(contentArg: string, io: CliIo, language: MessageLanguage, json: boolean, quiet = false, options: ValidateOptions = {}, cacheDir?: string, threads?: number): Promise<OrganizationFacts[] | number> {
  const results = await validateContentFolder(contentArg, io, language, options, cacheDir, threads)
  if (typeof results === 'number') return results
  const problems = results.flatMap((result) => result.problems).sort(compareProblems)
  if (hasErrors(problems)) {
    io.stderr(json ? formatProblemsJson(problems) : formatProblems(problems, language))
    // JSON stays JSON: the exit code says that nothing was written.
    if (!json) io.stderr(nothingWritten.fixFirst[language])
    return exitCodes.problems
  }
  // Warnings are printed on every build; waived ones too, except with --quiet (validate shows them always).
  const shown = quiet ? problems.filter((problem) => problem.severity !== 'waived') : problems
  if (shown.length > 0) io.stderr(json ? formatProblemsJson(shown) : formatProblems(shown, language))
  return results.flatMap((result) => (result.facts ? [{id: result.id, facts: result.facts}] : []))
}

/** What every organization is rendered with: the company's templates and the build's options; or exit code 1 after reporting why not. */
export async function renderSetup(io: CliIo, language: MessageLanguage, quiet: boolean, config: Config, json = false): Promise<{templates: TemplateSet; options: BuildOptions} | number> {
  // Reproducible builds: PDFs are dated SOURCE_DATE_EPOCH when it is set, the effective date otherwise.
  const epoch = io.env.SOURCE_DATE_EPOCH
  const sourceDateEpoch = epoch !== undefined && /^\d+$/.test(epoch) ? Number(epoch) : undefined
  if (epoch !== undefined && epoch !== '' && sourceDateEpoch === undefined) {
    return usageError(io, `SOURCE_DATE_EPOCH must be whole seconds since 1970, not \`${epoch}\`.`)
  }
  const company = await loadCompanyTemplates(config, io)
  if ('problems' in company) return refuse(company.problems, io, language, json)
  if (!quiet && !json) io.stdout(describeOverrides(company.overrides, language))
  const options: BuildOptions = {
    pdf: sourceDateEpoch === undefined ? true : {sourceDateEpoch},
    ...(config.locales ? {locales: config.locales} : {}),
    ...(config.fragmentTitle === undefined ? {} : {fragmentTitle: config.fragmentTitle})
  }
  return {templates: company.templates, options}
}

function refuse(problems: Problem[], io: CliIo, language: MessageLanguage, json: boolean): number {
  io.stderr(json ? formatProblemsJson(problems) : formatProblems(problems, language))
  if (!json) io.stderr(nothingWritten.plain[language])
  return exitCodes.problems
}

/** Report a template that could not be rendered (located, as JSON with `json`) and return 1; rethrow anything else. */
export function renderFailure(error: unknown, io: CliIo, language: MessageLanguage, json: boolean): number {
  const problem = renderProblem(error, language)
  if (!problem) throw error
  if (error instanceof MissingTermError && !json) {
    // Not located in a line of the terms file: said as a sentence.
    io.stderr(`policygen: ${problem.message}\n`)
    io.stderr(nothingWritten.plain[language])
    return exitCodes.problems
  }
  return refuse([problem], io, language, json)
}
