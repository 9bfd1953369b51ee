import {createRequire} from 'node:module'
import path from 'node:path'
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {loadContent} from './lib/load.js'
import type {MessageLanguage} from './lib/messages.js'
import {compareProblems, hasErrors, type Problem} from './lib/problem.js'
import {formatProblems, formatProblemsJson} from './lib/report.js'
import {validateFacts} from './lib/validate-facts.js'
import {buildSite, type OrganizationFacts} from './lib/build.js'
import {loadTemplates} from './lib/load-templates.js'
import {TemplateError} from './lib/render-markdown.js'
import {formatMessage} from './lib/messages.js'
import {writeOutput} from './lib/write.js'

/** What the CLI talks to: the only place policygen touches the process. */
export interface CliIo {
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Whether stderr is a terminal (progress is shown only then). */
  isTTY: boolean
  env: Readonly<Record<string, string | undefined>>
}

/** Exit codes: 0 everything fine, 1 problems in the user's input, 2 wrong usage. */
export const exitCodes = {ok: 0, problems: 1, usage: 2} as const

interface Command {
  summary: string
  usage: string
  help: string
  options: NonNullable<ParseArgsConfig['options']>
  run: (args: ParsedCommand, io: CliIo) => Promise<number>
}

interface ParsedCommand {
  positionals: string[]
  values: Record<string, string | boolean | undefined>
}

const require = createRequire(import.meta.url)
const packageJson = require('../package.json') as {version: string}

const commonOptions = {
  help: {type: 'boolean', short: 'h'},
  lang: {type: 'string', default: 'en'},
  format: {type: 'string', default: 'text'}
} as const

const commands: Record<string, Command> = {
  validate: {
    summary: 'Check every CONTENT_DIR/*/facts.yaml and report every problem at once.',
    usage: 'policygen validate [CONTENT_DIR] [--lang en|ru] [--format text|json]',
    help: [
      'Validates every CONTENT_DIR/*/facts.yaml (default CONTENT_DIR: ./content) against the facts schema',
      'and the rules of Law No. 94-V, and prints each problem as',
      '  path/to/facts.yaml:line:column  error|warning  message  rule-id',
      '',
      'Options:',
      '  --lang en|ru          language of the messages (default: en)',
      '  --format text|json    plain lines for people, or JSON for tools (default: text)',
      '',
      'Exit codes: 0 no errors (warnings allowed), 1 errors in the facts, 2 wrong usage.'
    ].join('\n'),
    options: commonOptions,
    run: runValidate
  },
  build: {
    summary: 'Validate, then render every document to Markdown, HTML and PDF in OUT (default ./dist).',
    usage: 'policygen build [CONTENT_DIR] [--out DIR] [--quiet] [--lang en|ru]',
    help: [
      'Validates CONTENT_DIR (default ./content) first: any error means nothing is written (exit 1).',
      'Then, for each organization, locale and published document, writes',
      '  OUT/<org>/<locale>/<document>.md, .html (standalone page), .fragment.html (body only)',
      '  OUT/<org>/index.html and OUT/manifest.json (sha256, size, version, effective date of every file).',
      'The output folder is replaced atomically: a failed build leaves the previous output untouched.',
      '',
      'Options:',
      '  --out DIR        output folder (default: dist)',
      '  --quiet          print nothing but problems',
      '  --lang en|ru     language of the messages (default: en)',
      '  --format text|json  how problems are printed (default: text)'
    ].join('\n'),
    options: {...commonOptions, out: {type: 'string', default: 'dist'}, quiet: {type: 'boolean', short: 'q'}},
    run: runBuild
  }
}

const mainHelp = () =>
  [
    'policygen — cookie and privacy policies for Kazakhstan, in Russian and Kazakh, from YAML facts.',
    '',
    'Usage: policygen <command> [options]',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also: policygen <command> --help)',
    '  -v, --version  show the version',
    '',
    'Exit codes: 0 ok, 1 problems in the facts, 2 wrong usage.'
  ].join('\n')

/** Run the CLI with `argv` (without `node` and the script); returns the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout(`${mainHelp()}\n`)
    return name === undefined ? exitCodes.usage : exitCodes.ok
  }
  if (name === '-v' || name === '--version') {
    io.stdout(`${packageJson.version}\n`)
    return exitCodes.ok
  }
  const command = commands[name]
  if (!command) return usageError(io, `unknown command \`${name}\`. Commands: ${Object.keys(commands).join(', ')}.`)
  let parsed: ParsedCommand
  try {
    const result = parseArgs({args: [...rest], options: command.options, allowPositionals: true, strict: true})
    parsed = {positionals: result.positionals, values: result.values as ParsedCommand['values']}
  } catch (error) {
    return usageError(io, `${(error as Error).message}\nUsage: ${command.usage}`)
  }
  if (parsed.values.help) {
    io.stdout(`Usage: ${command.usage}\n\n${command.help}\n`)
    return exitCodes.ok
  }
  const lang = parsed.values.lang
  if (lang !== undefined && lang !== 'en' && lang !== 'ru') return usageError(io, `--lang must be en or ru, not \`${String(lang)}\`.`)
  const format = parsed.values.format
  if (format !== undefined && !['text', 'json'].includes(String(format))) {
    return usageError(io, `--format must be text or json, not \`${String(format)}\`.`)
  }
  return command.run(parsed, io)
}

async function runValidate(args: ParsedCommand, io: CliIo): Promise<number> {
  if (args.positionals.length > 1) return usageError(io, `validate takes one CONTENT_DIR, got ${args.positionals.length}.`)
  const language = (args.values.lang ?? 'en') as MessageLanguage
  const problems = await validateContent(args.positionals[0] ?? 'content', io, language)
  if (problems === undefined) return exitCodes.usage
  if (args.values.format === 'json') io.stdout(formatProblemsJson(problems))
  else if (problems.length > 0) io.stdout(formatProblems(problems, language))
  else io.stdout(language === 'ru' ? 'Проблем не найдено.\n' : 'No problems found.\n')
  return hasErrors(problems) ? exitCodes.problems : exitCodes.ok
}

async function validateContent(contentArg: string, io: CliIo, language: MessageLanguage): Promise<Problem[] | undefined> {
  const contentDir = path.resolve(io.cwd, contentArg)
  const display = (file: string) => path.relative(io.cwd, file) || file
  let organizations
  try {
    organizations = await loadContent(contentDir, display)
  } catch {
    io.stderr(`policygen: cannot read the content folder \`${contentArg}\`. Give the folder that holds <org>/facts.yaml.\n`)
    return undefined
  }
  if (organizations.length === 0) {
    io.stderr(`policygen: no <org>/facts.yaml found in \`${contentArg}\`.\n`)
    return undefined
  }
  return organizations.flatMap((organization) => validateFacts(organization.source, language).problems).sort(compareProblems)
}

async function runBuild(args: ParsedCommand, io: CliIo): Promise<number> {
  if (args.positionals.length > 1) return usageError(io, `build takes one CONTENT_DIR, got ${args.positionals.length}.`)
  const language = (args.values.lang ?? 'en') as MessageLanguage
  const quiet = Boolean(args.values.quiet)
  const loaded = await loadValidContent(args.positionals[0] ?? 'content', io, language, args.values.format === 'json')
  if (typeof loaded === 'number') return loaded
  const files = await renderAll(loaded, io, language, quiet)
  if (typeof files === 'number') return files
  const outDir = path.resolve(io.cwd, String(args.values.out ?? 'dist'))
  await writeOutput(outDir, files)
  if (!quiet) {
    const documents = files.filter((file) => file.path.endsWith('.html') && !file.path.endsWith('.fragment.html') && file.document).length
    io.stdout(`Built ${documents} documents for ${loaded.length} organizations into ${path.relative(io.cwd, outDir) || '.'} (${files.length} files).\n`)
  }
  return exitCodes.ok
}

/** Validate the content; print problems and return an exit code when it cannot be built. */
async function loadValidContent(contentArg: string, io: CliIo, language: MessageLanguage, json: boolean): Promise<OrganizationFacts[] | number> {
  const contentDir = path.resolve(io.cwd, contentArg)
  const display = (file: string) => path.relative(io.cwd, file) || file
  let sources
  try {
    sources = await loadContent(contentDir, display)
  } catch {
    return usageError(io, `cannot read the content folder \`${contentArg}\`. Give the folder that holds <org>/facts.yaml.`)
  }
  if (sources.length === 0) return usageError(io, `no <org>/facts.yaml found in \`${contentArg}\`.`)
  const results = sources.map((organization) => ({id: organization.id, ...validateFacts(organization.source, language)}))
  const problems = results.flatMap((result) => result.problems).sort(compareProblems)
  if (hasErrors(problems)) {
    io.stderr(json ? formatProblemsJson(problems) : formatProblems(problems, language))
    io.stderr(language === 'ru' ? 'Ничего не записано: сначала исправьте ошибки.\n' : 'Nothing was written: fix the errors first.\n')
    return exitCodes.problems
  }
  if (problems.length > 0) io.stderr(json ? formatProblemsJson(problems) : formatProblems(problems, language))
  return results.flatMap((result) => (result.facts ? [{id: result.id, facts: result.facts}] : []))
}

async function renderAll(organizations: OrganizationFacts[], io: CliIo, language: MessageLanguage, quiet: boolean) {
  const display = (file: string) => path.relative(io.cwd, file) || file
  const progress = io.isTTY && !quiet && organizations.length > 1
  try {
    const templates = await loadTemplates(undefined, display)
    const files = await buildSite(organizations, templates, {
      ...(progress ? {onProgress: (done: number, total: number, id: string) => io.stderr(`\r[${done}/${total}] ${id}\u001b[K${done === total ? '\n' : ''}`)} : {})
    })
    return files
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error
    const message = formatMessage(error.ruleId, {fact: error.detail, detail: error.detail}, language)
    io.stderr(`${error.file}:${error.line}:${error.column}  error  ${message}  ${error.ruleId}\n`)
    io.stderr(language === 'ru' ? 'Ничего не записано.\n' : 'Nothing was written.\n')
    return exitCodes.problems
  }
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`policygen: ${message}\n`)
  return exitCodes.usage
}
