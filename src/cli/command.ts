import type {ParseArgsConfig} from 'node:util'

/** What a command talks to: the only way policygen touches the process. */
export interface CliIo {
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Whether stderr is a terminal (progress is shown only then). */
  isTTY: boolean
  env: Readonly<Record<string, string | undefined>>
  /**
   * Aborted to stop a command that runs until stopped (`preview`), as Ctrl-C does; without it, such a
   * command stops on SIGINT or SIGTERM (optional).
   */
  signal?: AbortSignal
}

/** Exit codes: 0 everything fine, 1 problems in the user's input or files, 2 wrong usage, 3 a bug in policygen. */
export const exitCodes = {ok: 0, problems: 1, usage: 2, internal: 3} as const

/** A command's parsed arguments. */
export interface ParsedCommand {
  positionals: string[]
  values: Record<string, string | boolean | undefined>
}

/** A subcommand of the CLI: its help and what it runs. */
export interface Command {
  summary: string
  usage: string
  help: string
  options: NonNullable<ParseArgsConfig['options']>
  /** The values `--format` accepts (default: `text` and `json`). */
  formats?: readonly string[]
  run: (args: ParsedCommand, io: CliIo) => Promise<number>
}

/** Options every command takes. */
export const commonOptions = {
  help: {type: 'boolean', short: 'h'},
  lang: {type: 'string', default: 'en'},
  format: {type: 'string', default: 'text'}
} as const

/** Report wrong usage on stderr and return exit code 2. */
export function usageError(io: CliIo, message: string): number {
  io.stderr(`policygen: ${message}\n`)
  return exitCodes.usage
}
