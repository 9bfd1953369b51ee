import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {parse} from 'yaml'

/** The shared base of the fixtures: a small valid organization (test/fixtures/base/facts.yaml). */
export const baseFactsPath = fileURLToPath(new URL('../fixtures/base/facts.yaml', import.meta.url))

/** A fixture that must be read exactly as written, without the base (YAML syntax, empty files). */
const standaloneMarker = /^# fixture: standalone\b/m

/** `# fixture: without consent, collectedData`: base facts the fixture leaves out (a missing fact). */
const withoutMarker = /^# fixture: without\b(.*)$/gm

const topLevelKey = /^([A-Za-z$_][\w$-]*|"[^"]*"|'[^']*')\s*:/

/** The top-level key a line starts, if it starts one (`"key":` and `'key':` too, unquoted). */
function topLevelKeyOf(line: string): string | undefined {
  const key = topLevelKey.exec(line)?.[1]
  return key?.replace(/^(["'])(.*)\1$/, '$2')
}

/** Whether a fixture is used as written, without the base (`# fixture: standalone`). */
export function isStandalone(fixtureText: string): boolean {
  return standaloneMarker.test(fixtureText)
}

/** The base facts a fixture leaves out with `# fixture: without a, b`. */
export function omittedFacts(fixtureText: string): string[] {
  return [...fixtureText.matchAll(withoutMarker)].flatMap((match) => (match[1] ?? '').split(/[\s,]+/).filter(Boolean))
}

/** The top-level facts a text names, in order. */
export function namedFacts(text: string): string[] {
  return text.split('\n').flatMap((line) => topLevelKeyOf(line) ?? [])
}

/**
 * The base's top-level facts, each as its block of lines. Comment lines at column 1 right above a
 * block belong to it; the comments before the first fact (the file's header) belong to none.
 */
export function topLevelBlocks(text: string): Map<string, string> {
  const blocks = new Map<string, string>()
  let current: string | undefined
  let pending = ''
  for (const line of text.split('\n')) {
    const key = topLevelKeyOf(line)
    if (key !== undefined) {
      current = key
      blocks.set(key, `${blocks.get(key) ?? ''}${pending}${line}\n`)
      pending = ''
    } else if (line.trim() === '') {
      continue
    } else if (line.startsWith('#')) {
      if (current) pending += `${line}\n`
    } else if (current) {
      blocks.set(current, `${blocks.get(current) ?? ''}${pending}${line}\n`)
      pending = ''
    }
  }
  return blocks
}

/**
 * Compose a fixture with the base: the fixture's own lines first (so every line number and marker in
 * it stays where it is), then each top-level fact of the base that the fixture does not name, in the
 * base's order. A fixture leaves a fact of the base out with a line `# fixture: without consent`; a
 * fixture with a line `# fixture: standalone` is returned as written.
 */
export function composeFixture(fixtureText: string, baseText = readFileSync(baseFactsPath, 'utf8')): string {
  if (isStandalone(fixtureText)) return fixtureText
  const named = new Set([...namedFacts(fixtureText), ...omittedFacts(fixtureText)])
  const rest = [...topLevelBlocks(baseText)].filter(([key]) => !named.has(key)).map(([, block]) => block)
  const own = fixtureText.trim() === '' ? '' : fixtureText.replace(/\n*$/, '\n')
  return `${own}${rest.join('')}`
}

/** Read a fixture file and compose it with the base. */
export function readFixture(file: string): string {
  return composeFixture(readFileSync(file, 'utf8'))
}

/** The base's facts as a plain object, to change in a test and validate again. */
export function baseFacts(): Record<string, unknown> {
  return parse(readFileSync(baseFactsPath, 'utf8')) as Record<string, unknown>
}
