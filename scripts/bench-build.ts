// Build benchmark: `node --import tsx scripts/bench-build.ts [COUNT…]` (default 10 100 1000).
// Runs the real command line (`bin/policygen.js build`, compiled code, a process of its own, as a
// user runs it) on the examples (cold), then on COUNT synthetic organizations written to a temporary
// content folder, and prints for each the time and the peak memory of the whole process (all its
// threads), then the time of a rebuild after one fact of one organization changed, and of
// `policygen validate` on the largest count: cold, unchanged and after that change. Each project has a
// `node_modules` folder, as a company's repository that installs policygen does, so validation
// results are kept in node_modules/.cache/policygen between runs.
import {spawnSync} from 'node:child_process'
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {syntheticOrganizations} from './bench.js'

const root = fileURLToPath(new URL('..', import.meta.url))

/** One run of `policygen build`. */
export interface BuildRun {
  name: string
  organizations: number
  ms: number
  peakMb: number
  /** What the command printed last (its summary), as a check it built what was meant. */
  summary: string
}

/** The targets of issue 14, checked by `main`. */
export const targets = {examplesColdMs: 1500, thousandMs: 60_000, peakMb: 500, rebuildMs: 5_000, validateThousandMs: 1000}

/**
 * Run `policygen build ARGS` in `cwd` as its own process; time it and read its peak resident memory
 * (`process.resourceUsage().maxRSS`, which counts every thread of the process).
 */
export function runBuild(name: string, organizations: number, cwd: string, args: readonly string[], command: 'build' | 'validate' = 'build'): BuildRun {
  const script = [
    `process.on('exit', () => process.stderr.write('\\nmaxrss ' + process.resourceUsage().maxRSS + '\\n'))`,
    `process.argv = [process.argv[0], 'policygen', ...${JSON.stringify([command, ...args])}]`,
    `await import(${JSON.stringify(pathToFileURL(path.join(root, 'bin/policygen.js')).href)})`
  ].join('\n')
  const start = performance.now()
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
  const ms = performance.now() - start
  if (child.status !== 0) throw new Error(`policygen ${command} failed in ${cwd} (exit ${child.status}):\n${child.stderr.slice(-2000)}`)
  const rss = Number(/maxrss (\d+)/.exec(child.stderr)?.[1] ?? 0)
  return {name, organizations, ms, peakMb: rss / 1024, summary: child.stdout.trim().split('\n')[0] ?? ''}
}

/** A temporary project with `count` synthetic organizations in `content/`. */
export function syntheticProject(count: number): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'policygen-bench-build-'))
  for (const source of syntheticOrganizations(count)) {
    const file = path.join(folder, source.path)
    mkdirSync(path.dirname(file), {recursive: true})
    writeFileSync(file, source.bytes)
  }
  mkdirSync(path.join(folder, 'node_modules'))
  return folder
}

/** Change one fact of one organization: the e-mail of its contacts (a change every document shows). */
export function changeOneFact(project: string, id: string): void {
  const file = path.join(project, 'content', id, 'facts.yaml')
  const text = readFileSync(file, 'utf8')
  const changed = text.replace(/(email: *)(\S+)@/, '$1changed.$2@')
  if (changed === text) throw new Error(`no e-mail to change in ${file}`)
  writeFileSync(file, changed)
}

/** Give the project a wording folder of its own (one section, in both languages), named in its config. */
export function useOwnWording(project: string): void {
  const section = path.join('partials', 'cookie-policy', 'what-are-cookies.md.hbs')
  for (const locale of ['ru', 'kk']) {
    const file = path.join(project, 'wording', locale, section)
    mkdirSync(path.dirname(file), {recursive: true})
    writeFileSync(file, `${readFileSync(path.join(root, 'templates', locale, section), 'utf8')}\n`)
  }
  writeFileSync(path.join(project, 'policygen.config.yaml'), 'templates: wording\n')
}

/** Run every build benchmark and print a table; returns the runs. */
export function benchBuild(counts: readonly number[], print: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): BuildRun[] {
  const runs: BuildRun[] = []
  const examples = mkdtempSync(path.join(tmpdir(), 'policygen-bench-examples-'))
  try {
    cpSync(path.join(root, 'content'), path.join(examples, 'content'), {recursive: true})
    mkdirSync(path.join(examples, 'node_modules'))
    runs.push(runBuild('examples, cold', 5, examples, ['--quiet', '--out', 'dist']))
    runs.push(runBuild('examples, nothing changed', 5, examples, ['--quiet', '--out', 'dist']))
  } finally {
    rmSync(examples, {recursive: true, force: true})
  }
  for (const count of counts) {
    const project = syntheticProject(count)
    try {
      runs.push(runBuild(`${count} organizations, cold`, count, project, ['--out', 'dist']))
      if (count === Math.max(...counts)) {
        runs.push(runBuild(`${count} organizations, validate, cold`, count, project, ['--no-cache'], 'validate'))
        runs.push(runBuild(`${count} organizations, validate, unchanged`, count, project, [], 'validate'))
        changeOneFact(project, 'org-0001')
        runs.push(runBuild(`${count} organizations, validate, one changed`, count, project, [], 'validate'))
        changeOneFact(project, 'org-0002')
        runs.push(runBuild(`${count} organizations, one fact changed`, count, project, ['--out', 'dist']))
        // A company with its own wording: validate renders every organization with it, then only those that changed.
        useOwnWording(project)
        runs.push(runBuild(`${count} organizations, validate, own wording new`, count, project, [], 'validate'))
        runs.push(runBuild(`${count} organizations, validate, own wording kept`, count, project, [], 'validate'))
      }
    } finally {
      rmSync(project, {recursive: true, force: true})
    }
  }
  print(['run                                   organizations      ms   ms/org  peak MB', ...runs.map(formatRun)].join('\n'))
  return runs
}

function formatRun(run: BuildRun): string {
  return `${run.name.padEnd(36)}  ${String(run.organizations).padStart(13)}  ${run.ms.toFixed(0).padStart(6)}  ${(run.ms / run.organizations).toFixed(1).padStart(7)}  ${run.peakMb.toFixed(0).padStart(7)}`
}

/** Run the build benchmark for the counts given (default 10, 100 and 1,000) and say which targets were missed. */
export function main(argv: readonly string[] = process.argv.slice(2)): number {
  const counts = argv.length > 0 ? argv.map(Number) : [10, 100, 1000]
  if (counts.some((count) => !Number.isInteger(count) || count < 1)) {
    process.stderr.write('bench-build: every count must be a whole number above 0.\n')
    return 2
  }
  const runs = benchBuild(counts)
  const missed: string[] = []
  const cold = runs.find((run) => run.name === 'examples, cold')
  if (cold && cold.ms > targets.examplesColdMs) missed.push(`the examples' cold build took ${cold.ms.toFixed(0)} ms (target ${targets.examplesColdMs} ms)`)
  for (const run of runs.filter((candidate) => candidate.organizations >= 1000 && candidate.name.endsWith('cold'))) {
    if (run.ms > targets.thousandMs) missed.push(`${run.name} took ${(run.ms / 1000).toFixed(1)} s (target ${targets.thousandMs / 1000} s)`)
  }
  for (const run of runs.filter((candidate) => candidate.name.endsWith('one fact changed'))) {
    if (run.ms > targets.rebuildMs) missed.push(`${run.name} took ${(run.ms / 1000).toFixed(1)} s (target ${targets.rebuildMs / 1000} s)`)
  }
  for (const run of runs.filter((candidate) => candidate.name.includes('validate, ') && !candidate.name.endsWith('cold'))) {
    if (run.ms > targets.validateThousandMs) missed.push(`${run.name} took ${run.ms.toFixed(0)} ms (target ${targets.validateThousandMs} ms)`)
  }
  for (const run of runs) if (run.peakMb > targets.peakMb) missed.push(`${run.name} peaked at ${run.peakMb.toFixed(0)} MB (target ${targets.peakMb} MB)`)
  for (const line of missed) process.stdout.write(`missed: ${line}\n`)
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main()
}
