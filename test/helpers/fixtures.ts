import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/** The shared base of the fixtures: a small valid organization (test/fixtures/base/facts.yaml). */
export const baseFactsPath = fileURLToPath(new URL('../fixtures/base/facts.yaml', import.meta.url))

/** A fixture that must be read exactly as written, without the base (YAML syntax, empty files). */
const standaloneMarker = /^# fixture: standalone\b/m

const topLevelKey = /^([A-Za-z$][\w$-]*)\s*:/

/** The base's top-level facts, each as its block of lines (comments above a block belong to it). */
function topLevelBlocks(text: string): Map<string, string> {
  const blocks = new Map<string, string>()
  let current: string | undefined
  for (const line of text.split('\n')) {
    const key = topLevelKey.exec(line)?.[1]
    if (key) {
      current = key
      blocks.set(key, `${line}\n`)
    } else if (current && line !== '') {
      blocks.set(current, `${blocks.get(current) ?? ''}${line}\n`)
    }
  }
  return blocks
}

/**
 * Compose a fixture with the base: the fixture's own lines first (so every line number and marker in
 * it stays where it is), then each top-level fact of the base that the fixture does not name.
 * A fixture that starts with `# fixture: standalone` is returned as written.
 */
export function composeFixture(fixtureText: string, baseText = readFileSync(baseFactsPath, 'utf8')): string {
  if (standaloneMarker.test(fixtureText)) return fixtureText
  const named = new Set(fixtureText.split('\n').flatMap((line) => topLevelKey.exec(line)?.[1] ?? []))
  const rest = [...topLevelBlocks(baseText)].filter(([key]) => !named.has(key)).map(([, block]) => block)
  return `${fixtureText.replace(/\n*$/, '\n')}${rest.join('')}`
}

/** Read a fixture file and compose it with the base. */
export function readFixture(file: string): string {
  return composeFixture(readFileSync(file, 'utf8'))
}
