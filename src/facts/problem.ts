/** How serious a problem is: an error stops the build, a warning does not, and a waived warning is one the company keeps on purpose. */
export type Severity = 'error' | 'warning' | 'waived'

/** A problem found in a user's input, located like a compiler error. */
export interface Problem {
  /** Path of the file, as given on the command line (relative to the working folder). */
  file: string
  /** 1-based line. */
  line: number
  /** 1-based column. */
  column: number
  severity: Severity
  /** Stable identifier of the rule that found the problem, e.g. `invalid-duration`. */
  ruleId: string
  /** The plain-words explanation, in the language asked for. */
  message: string
  /** Where the fact sits in the facts, e.g. `cookies[2].retention`; empty for the whole file. */
  path: string
  /** For a waived warning: the company's written reason. */
  waiver?: string
}

/** Where in a source file something is, 1-based. */
export interface Place {
  line: number
  column: number
}

/** Turn a path of keys and indexes into the form lawyers read: `cookies[2].retention`. */
export function formatFactPath(segments: ReadonlyArray<string | number>): string {
  let out = ''
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`
    else out += out === '' ? segment : `.${segment}`
  }
  return out
}

/** Whether the fact at `path` is the fact at `of` or inside it (`cookies[2].retention` is inside `cookies`). */
export function isWithin(path: string, of: string): boolean {
  return path === of || path.startsWith(`${of}.`) || path.startsWith(`${of}[`)
}

/** Order problems by file, line and column, so reports are stable. */
export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId)
}

/** Whether any of the problems stops the build. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error')
}
