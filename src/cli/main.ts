import {createRequire} from 'node:module'
import {parseArgs} from 'node:util'
import type {MessageLanguage} from '../index.js'
import {buildCommand} from './build.js'
import {mergeCommand} from './merge.js'
import {diffCommand} from './diff.js'
import {exitCodes, usageError, type CliIo, type Command, type ParsedCommand} from './command.js'
import {validateCommand} from './validate.js'
import {rulesCommand} from './rules.js'
import {servicesCommand} from './services.js'
import {scanCommand} from './scan.js'
import {initCommand} from './init.js'
import {previewCommand} from './preview.js'

export {exitCodes, type CliIo} from './command.js'

const require = createRequire(import.meta.url)
const packageJson = require('../../package.json') as {version: string}

/** The languages `--lang` accepts: every language the messages are written in. */
const messageLanguages = {en: true, ru: true, kk: true} as const satisfies Record<MessageLanguage, true>

const commands: Record<string, Command> = {
  init: initCommand,
  validate: validateCommand,
  build: buildCommand,
  merge: mergeCommand,
  preview: previewCommand,
  diff: diffCommand,
  rules: rulesCommand,
  services: servicesCommand,
  scan: scanCommand
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
    'Exit codes: 0 ok, 1 problems in the facts or files (nothing is written), 2 wrong usage, 3 internal error (a bug in policygen).'
  ].join('\n')

/** What Node's argument parser said, in policygen's words: which option, and where to look. */
function plainParseError(error: Error & {code?: string}, command: string, options: readonly string[]): string {
  const option = /'(-{1,2}[^',\s]+)/.exec(error.message)?.[1]
  const known = options.map((name) => `--${name}`).join(', ')
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `\`${command}\` has no option \`${option}\`; its options are ${known} (see \`policygen help ${command}\`).`
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    const needs = /argument missing/.test(error.message)
    // `--jobs -1`: the value starts with a dash, so Node's parser takes it for another option.
    if (/argument is ambiguous/.test(error.message)) return `the option \`${option}\` of \`${command}\` needs a value after it, and a value that starts with a dash is read as another option: write it \`${option}=…\` (see \`policygen help ${command}\`).`
    return `the option \`${option}\` of \`${command}\` ${needs ? 'needs a value after it' : 'takes no value'} (see \`policygen help ${command}\`).`
  }
  return `${error.message} (see \`policygen help ${command}\`).`
}

/** Run the CLI with `argv` (without `node` and the script); returns the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  // `policygen help build` is `policygen build --help`.
  if (name === 'help' && rest[0] !== undefined && commands[rest[0]]) return run([rest[0], '--help'], io)
  if (name === 'help' && rest[0] !== undefined) return usageError(io, `there is no command \`${rest[0]}\` to explain. Commands: ${Object.keys(commands).join(', ')}.`)
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
    return usageError(io, `${plainParseError(error as Error & {code?: string}, name, Object.keys(command.options))}\nUsage: ${command.usage}`)
  }
  if (parsed.values.help) {
    io.stdout(`Usage: ${command.usage}\n\n${command.help}\n`)
    return exitCodes.ok
  }
  const lang = parsed.values.lang
  if (lang !== undefined && !Object.hasOwn(messageLanguages, String(lang))) return usageError(io, `--lang must be en, ru or kk, not \`${String(lang)}\`.`)
  const format = parsed.values.format
  const formats = command.formats ?? ['text', 'json']
  if (format !== undefined && !formats.includes(String(format))) {
    return usageError(io, `--format must be ${formats.slice(0, -1).join(', ')} or ${formats.at(-1) ?? ''}, not \`${String(format)}\`.`)
  }
  return command.run(parsed, io)
}
