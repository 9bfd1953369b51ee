import {stat} from 'node:fs/promises'
import path from 'node:path'
import {buildSite, type OrganizationFacts, type MessageLanguage, compareProblems, hasErrors, TemplateError, MissingTermError, createPdfRenderer, compareWithFolder, writeOutput, checkOutputFolder, OutputFolderError, type Problem, type ValidateOptions} from '../index.js'
import {formatProblems, formatProblemsJson} from './report.js'
import {validateContentFolder} from './content.js'
import {readConfig, validateOptionsOf, type Config} from './config.js'
import {describeOverrides, loadCompanyTemplates, templateProblem} from './templates.js'
import {commonOptions, exitCodes, usageError, type CliIo, type Command, type ParsedCommand} from './command.js'

/** `policygen build`: validate, render every document and write them atomically. */
export const buildCommand: Command = {
  summary: 'Validate, then render every document to Markdown, HTML and PDF in OUT (default ./dist).',
  usage: 'policygen build [CONTENT_DIR] [--out DIR] [--check [--if-present]] [--quiet] [--lang en|ru|kk]',
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
    '',
    'Options:',
    '  --out DIR        output folder (default: `out` in policygen.config.yaml, else dist)',
    '  --check          write nothing; compare a fresh build with OUT and list stale, missing and',
    '                   extra files (exit 1 when they differ, 0 when identical)',
    '  --if-present     with --check: when OUT does not exist (the repository does not commit its',
    '                   output), say so and exit 0, so one workflow fits either kind of repository',
    '  --quiet          print nothing but problems',
    '  --lang en|ru|kk  language of the messages (default: en)',
    '  --format text|json  how problems are printed (default: text)'
  ].join('\n'),
  options: {...commonOptions, out: {type: 'string'}, quiet: {type: 'boolean', short: 'q'}, check: {type: 'boolean'}, 'if-present': {type: 'boolean'}},
  run: runBuild
}

async function runBuild(args: ParsedCommand, io: CliIo): Promise<number> {
  if (args.positionals.length > 1) return usageError(io, `build takes one CONTENT_DIR, got ${args.positionals.length}.`)
  const language = (args.values.lang ?? 'en') as MessageLanguage
  const quiet = Boolean(args.values.quiet)
  const display = (file: string) => path.relative(io.cwd, file) || '.'
  const config = await readConfig(io)
  if (typeof config === 'number') return config
  const contentArg = args.positionals[0] ?? display(config.content)
  let outDir = path.resolve(io.cwd, args.values.out === undefined ? config.out : String(args.values.out))
  try {
    // Refuse a folder that is not ours before reading or rendering anything.
    if (!args.values.check) outDir = await checkOutputFolder(outDir, {cwd: io.cwd, contentDir: contentArg, display, ...(io.env.HOME ? {home: io.env.HOME} : {})})
  } catch (error) {
    if (!(error instanceof OutputFolderError)) throw error
    io.stderr(`policygen: ${error.message}\n`)
    return exitCodes.problems
  }
  const loaded = await loadValidContent(contentArg, io, language, args.values.format === 'json', quiet, validateOptionsOf(config, io.cwd))
  if (typeof loaded === 'number') return loaded
  const files = await renderAll(loaded, io, language, quiet, config, args.values.format === 'json')
  if (typeof files === 'number') return files
  if (args.values.check) {
    if (args.values['if-present'] && !(await exists(outDir))) {
      if (!quiet) io.stdout(`${path.relative(io.cwd, outDir) || '.'} does not exist: this repository does not commit its output, so there is nothing to compare.\n`)
      return exitCodes.ok
    }
    return reportCheck(outDir, files, io, quiet)
  }
  try {
    const check = {cwd: io.cwd, contentDir: contentArg, display, ...(io.env.HOME ? {home: io.env.HOME} : {})}
    await writeOutput(outDir, files, {display, verify: () => checkOutputFolder(outDir, check), warn: (message) => io.stderr(`policygen: warning: ${message}\n`)})
  } catch (error) {
    if (!(error instanceof OutputFolderError)) throw error
    io.stderr(`policygen: ${error.message}\n`)
    return exitCodes.problems
  }
  if (!quiet) {
    const documents = files.filter((file) => file.path.endsWith('.html') && !file.path.endsWith('.fragment.html') && file.document).length
    const count = (amount: number, noun: string) => `${amount} ${noun}${amount === 1 ? '' : 's'}`
    const shown = path.relative(io.cwd, outDir) || '.'
    const index = loaded.length === 1 ? `${shown}/${loaded[0]?.id ?? ''}/index.html` : `${shown}/<org>/index.html, one for each organization`
    io.stdout(`Built ${count(documents, 'document')} for ${count(loaded.length, 'organization')} into ${shown} (${count(files.length, 'file')}).\nIndex pages: ${index}.\n`)
  }
  return exitCodes.ok
}

async function exists(folder: string): Promise<boolean> {
  return (await stat(folder).catch(() => undefined)) !== undefined
}

async function reportCheck(outDir: string, files: Parameters<typeof compareWithFolder>[1], io: CliIo, quiet: boolean): Promise<number> {
  const {stale, missing, extra} = await compareWithFolder(outDir, files)
  const shown = path.relative(io.cwd, outDir) || '.'
  if (stale.length + missing.length + extra.length === 0) {
    if (!quiet) io.stdout(`${shown} is up to date (${files.length} files).\n`)
    return exitCodes.ok
  }
  const lines = [
    ...stale.map((file) => `stale    ${shown}/${file}`),
    ...missing.map((file) => `missing  ${shown}/${file}`),
    ...extra.map((file) => `extra    ${shown}/${file}`)
  ]
  io.stdout(`${lines.join('\n')}\n\n${shown} is out of date: ${stale.length} stale, ${missing.length} missing, ${extra.length} extra. Run \`policygen build\` and commit the result.\n`)
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
export async function loadValidContent(contentArg: string, io: CliIo, language: MessageLanguage, json: boolean, quiet = false, options: ValidateOptions = {}): Promise<OrganizationFacts[] | number> {
  const results = await validateContentFolder(contentArg, io, language, options)
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

/** Render every organization in memory; print a located template error (as JSON with `json`) and return 1 if one fails. */
export async function renderAll(organizations: OrganizationFacts[], io: CliIo, language: MessageLanguage, quiet: boolean, config: Config, json = false) {
  const refuse = (problems: Problem[]) => {
    io.stderr(json ? formatProblemsJson(problems) : formatProblems(problems, language))
    if (!json) io.stderr(nothingWritten.plain[language])
    return exitCodes.problems
  }
  // Reproducible builds: PDFs are dated SOURCE_DATE_EPOCH when it is set, the effective date otherwise.
  const epoch = io.env.SOURCE_DATE_EPOCH
  const sourceDateEpoch = epoch !== undefined && /^\d+$/.test(epoch) ? Number(epoch) : undefined
  if (epoch !== undefined && epoch !== '' && sourceDateEpoch === undefined) {
    return usageError(io, `SOURCE_DATE_EPOCH must be whole seconds since 1970, not \`${epoch}\`.`)
  }
  const progress = io.isTTY && !quiet && organizations.length > 1
  try {
    const company = await loadCompanyTemplates(config, io)
    if ('problems' in company) return refuse(company.problems)
    if (!quiet && !json) io.stdout(describeOverrides(company.overrides))
    const files = await buildSite(organizations, company.templates, {
      extraRenderers: [createPdfRenderer(sourceDateEpoch === undefined ? {} : {sourceDateEpoch})],
      ...(config.locales ? {locales: config.locales} : {}),
      ...(config.fragmentTitle === undefined ? {} : {fragmentTitle: config.fragmentTitle}),
      ...(progress ? {onProgress: (done: number, total: number, id: string) => io.stderr(`\r[${done}/${total}] ${id}\u001b[K${done === total ? '\n' : ''}`)} : {})
    })
    return files
  } catch (error) {
    if (error instanceof MissingTermError) {
      // A key the schema allows but the term files do not word yet: the fix is in templates/, not in the facts.
      const message = `${error.message}. Every value the schema allows needs its words in templates/ru/terms.yaml and templates/kk/terms.yaml; add them there (see README "Templates and wording").`
      if (json) return refuse([{file: /^templates\/\S+/.exec(error.message)?.[0] ?? 'templates', line: 1, column: 1, severity: 'error', ruleId: 'missing-term', message, path: ''}])
      io.stderr(`policygen: ${message}\n`)
      io.stderr(nothingWritten.plain[language])
      return exitCodes.problems
    }
    if (!(error instanceof TemplateError)) throw error
    return refuse([templateProblem(error, language)])
  }
}

