import {createRequire} from 'node:module'
import path from 'node:path'
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {loadContent} from './lib/load.js'
import type {MessageLanguage} from './lib/messages.js'
import {compareProblems, hasErrors, type Problem} from './lib/problem.js'
import {formatProblems, formatProblemsJson} from './lib/report.js'
import {validateFacts} from './lib/validate-facts.js'

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

function usageError(io: CliIo, message: string): number {
  io.stderr(`policygen: ${message}\n`)
  return exitCodes.usage
}
