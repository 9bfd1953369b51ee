// Benchmarks for policygen: `npm run bench [-- COUNT]` (default 1,000 organizations).
// Each benchmark is a function returning a `BenchResult`; `main` runs them and prints one table,
// so rendering benchmarks can be added next to `benchValidate`.
import {readFileSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import {pathToFileURL} from 'node:url'
import {parseDocument, type Document} from 'yaml'
import {binCheckDigit} from '../src/facts/bin.js'
import type {SourceFile} from '../src/facts/parse.js'
import {validateFacts} from '../src/facts/validate.js'

/** What one benchmark measured. */
export interface BenchResult {
  name: string
  organizations: number
  totalMs: number
  msPerOrganization: number
  organizationsPerSecond: number
  /** Problems found, as a check that the synthetic facts are what the benchmark meant to measure. */
  errors: number
}

const baseText = readFileSync(new URL('../test/fixtures/organizations/acme/facts.yaml', import.meta.url), 'utf8')

/**
 * Make `count` synthetic organizations as facts files in memory: the test organization's facts (test/fixtures/organizations/acme) with another
 * id, name, БИН and sites, and between 1 and 24 cookies. All are valid facts.
 */
export function syntheticOrganizations(count: number): SourceFile[] {
  const base = parseDocument(baseText)
  const baseCookies = (base.toJS() as {cookies: Array<Record<string, unknown>>}).cookies
  const sources: SourceFile[] = []
  for (let index = 0; index < count; index++) {
    const doc = base.clone() as Document
    const id = `org-${String(index + 1).padStart(4, '0')}`
    doc.setIn(['organization', 'legalName'], doc.createNode({ru: `Организация ${index + 1}`, kk: `Ұйым ${index + 1}`}))
    doc.setIn(['organization', 'brandName'], `Brand ${index + 1}`)
    doc.setIn(['organization', 'bin'], syntheticBin(index))
    doc.setIn(['sites'], doc.createNode([{url: `https://${id}.kz`}, {url: `https://portal.${id}.kz`}]))
    const cookieCount = 1 + (index % 24)
    const cookies = Array.from({length: cookieCount}, (_, position) => {
      const cookie = baseCookies[position % baseCookies.length] ?? {}
      return {...cookie, name: `${String(cookie.name)}_${position}`}
    })
    doc.setIn(['cookies'], doc.createNode(cookies))
    sources.push({path: `content/${id}/facts.yaml`, bytes: new TextEncoder().encode(doc.toString())})
  }
  return sources
}

/** A valid БИН for the n-th organization: registered in 2018, serial number `n` or the next one that has a check digit. */
function syntheticBin(n: number): string {
  for (let serial = n; ; serial++) {
    const first11 = `180940${String(serial % 100_000).padStart(5, '0')}`
    const check = binCheckDigit(first11)
    if (check !== undefined) return `${first11}${check}`
  }
}

/** Validate `count` synthetic organizations with `validateFacts`, timing the whole (YAML parsing included). */
export function benchValidate(count: number): BenchResult {
  const sources = syntheticOrganizations(count)
  validateFacts(sources[0] ?? {path: 'warm-up', bytes: new Uint8Array()}, 'en') // compile the schema outside the timing
  let errors = 0
  const start = performance.now()
  for (const source of sources) {
    errors += validateFacts(source, 'en').problems.filter((problem) => problem.severity === 'error').length
  }
  const totalMs = performance.now() - start
  return {
    name: 'validate',
    organizations: count,
    totalMs,
    msPerOrganization: totalMs / count,
    organizationsPerSecond: (count * 1000) / totalMs,
    errors
  }
}

/** Format results as a plain-text table. */
export function formatTable(results: readonly BenchResult[]): string {
  const header = ['benchmark', 'organizations', 'total ms', 'ms per organization', 'organizations per second', 'errors']
  const rows = results.map((result) => [
    result.name,
    String(result.organizations),
    result.totalMs.toFixed(1),
    result.msPerOrganization.toFixed(3),
    result.organizationsPerSecond.toFixed(0),
    String(result.errors)
  ])
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)))
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n')
}

/** Run every benchmark for `count` organizations (first argument, default 1,000) and print the table. */
export function main(argv: readonly string[] = process.argv.slice(2)): number {
  const count = argv[0] === undefined ? 1000 : Number(argv[0])
  if (!Number.isInteger(count) || count < 1) {
    process.stderr.write(`bench: the count must be a whole number above 0, not \`${argv[0]}\`.\n`)
    return 2
  }
  const results = [benchValidate(count)]
  process.stdout.write(`${formatTable(results)}\n`)
  const broken = results.filter((result) => result.errors > 0)
  if (broken.length > 0) {
    process.stderr.write(`bench: the synthetic facts gave errors in ${broken.map((result) => result.name).join(', ')}; the numbers measure error reporting.\n`)
    return 1
  }
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main()
}
