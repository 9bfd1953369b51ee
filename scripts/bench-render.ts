// Rendering benchmark: `node --import tsx scripts/bench-render.ts [COUNT]` (default 200 organizations).
// Renders every document of COUNT synthetic organizations in memory, timing each format (Markdown,
// HTML, PDF) on its own, and prints documents per second. When pandoc and weasyprint are on PATH it
// also converts a sample of the same Markdown with pandoc (md → html) and of the same HTML pages
// with weasyprint (html → pdf), and prints how long ours takes against theirs.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {pathToFileURL} from 'node:url'
import type {Facts} from '../src/facts/types.js'
import {loadTemplates} from '../src/document/templates.js'
import {locales, type Locale} from '../src/lang/locale.js'
import {renderHtmlFragment, renderHtmlPage} from '../src/formats/html/render.js'
import {compileLocale, publishedDocuments, renderMarkdown, type CompiledLocale} from '../src/document/markdown.js'
import {renderPdf} from '../src/formats/pdf/render.js'
import {resolveDocument} from '../src/document/resolve.js'
import {validateFacts} from '../src/facts/validate.js'
import {syntheticOrganizations} from './bench.js'

/** One format's timing over all documents. */
export interface FormatTiming {
  format: 'md' | 'html' | 'pdf'
  documents: number
  totalMs: number
  documentsPerSecond: number
}

/** Ours against another tool on the same sample of documents. */
export interface Comparison {
  /** `all`: our Markdown + HTML + PDF against pandoc (md → html) plus weasyprint (html → pdf). */
  format: 'html' | 'pdf' | 'all'
  tool: string
  documents: number
  oursMsPerDocument: number
  theirsMsPerDocument: number
  /** Our time per document divided by theirs: below 1 means policygen is faster. */
  ratio: number
  failures: number
}

/** What `benchRender` measured. */
export interface RenderBench {
  organizations: number
  documents: number
  timings: FormatTiming[]
  comparisons: Comparison[]
  /** Why a comparison was not run, if it was not. */
  skipped: string[]
}

interface RenderedDocument {
  markdown: string
  page: string
  mdMs: number
  htmlMs: number
  pdfMs: number
}

/** How much faster policygen must be, per document, than pandoc plus weasyprint (issue 14). */
export const targetSpeedup = 20

/** Documents kept for the comparison with pandoc and weasyprint. */
const sampleSize = 20

/**
 * Render every published document of `count` synthetic organizations (the test organization's facts with
 * other ids, names and 1–24 cookies) to Markdown, HTML and PDF, time each format, and, where pandoc
 * and weasyprint are installed, compare with them on a sample. Prints a table and returns the numbers.
 */
export async function benchRender(count: number, print: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Promise<RenderBench> {
  const templates = await loadTemplates()
  const compiled = Object.fromEntries(locales.map((locale) => [locale, compileLocale(templates.locales[locale])])) as Record<Locale, CompiledLocale>
  const organizations: Facts[] = syntheticOrganizations(count).map((source) => {
    const {facts, problems} = validateFacts(source, 'en')
    if (!facts) throw new Error(`${source.path}: ${problems.map((problem) => problem.message).join('; ')}`)
    return facts
  })

  const totals = {md: 0, html: 0, pdf: 0}
  let documents = 0
  const sample: RenderedDocument[] = []
  await warmUp(organizations[0], templates, compiled)
  // The sample compared with pandoc and weasyprint is spread over the whole run (every `stride`-th
  // document), as a build of many documents meets them, not only the first ones the JIT has yet to warm to.
  const total = organizations.reduce((sum, facts) => sum + facts.locales.length * publishedDocuments(facts).length, 0)
  const stride = Math.max(1, Math.floor(total / sampleSize))
  for (const facts of organizations) {
    for (const locale of facts.locales) {
      for (const document of publishedDocuments(facts)) {
        let start = performance.now()
        const view = resolveDocument(facts, document, locale, templates.locales[locale].terms)
        const markdown = renderMarkdown(compiled[locale], view, facts, [view.ui.history ?? ''])
        const mdMs = performance.now() - start
        totals.md += mdMs
        start = performance.now()
        const html = renderHtmlFragment(markdown, view.ui.contents ?? '')
        const page = renderHtmlPage(templates.layout, pageContext(view.title, view.locale, plain(view.org.shortName), templates.stylesheet, html.fragment))
        const htmlMs = performance.now() - start
        totals.html += htmlMs
        start = performance.now()
        await renderPdf({view, html})
        const pdfMs = performance.now() - start
        totals.pdf += pdfMs
        if (documents % stride === 0 && sample.length < sampleSize) sample.push({markdown, page, mdMs, htmlMs, pdfMs})
        documents++
      }
    }
  }
  const timings: FormatTiming[] = (['md', 'html', 'pdf'] as const).map((format) => ({
    format,
    documents,
    totalMs: totals[format],
    documentsPerSecond: (documents * 1000) / totals[format]
  }))

  const comparisons: Comparison[] = []
  const skipped: string[] = []
  const folder = mkdtempSync(path.join(tmpdir(), 'policygen-bench-'))
  installMissing(['pandoc', 'weasyprint'], print)
  try {
    if (onPath('pandoc')) comparisons.push(compare('html', 'pandoc', sample, folder))
    else skipped.push('pandoc is not on PATH (Debian: apt-get install pandoc): no md → html comparison')
    if (onPath('weasyprint')) comparisons.push(compare('pdf', 'weasyprint', sample, folder))
    else skipped.push('weasyprint is not on PATH (Debian: apt-get install weasyprint): no html → pdf comparison')
    const [html, pdf] = [comparisons.find((entry) => entry.format === 'html'), comparisons.find((entry) => entry.format === 'pdf')]
    if (html && pdf) {
      // The whole: our three formats together against their two conversions, per document.
      const ours = sample.reduce((sum, document) => sum + document.mdMs + document.htmlMs + document.pdfMs, 0) / Math.max(sample.length, 1)
      const theirs = html.theirsMsPerDocument + pdf.theirsMsPerDocument
      comparisons.push({format: 'all', tool: 'pandoc+weasyprint', documents: sample.length, oursMsPerDocument: ours, theirsMsPerDocument: theirs, ratio: ours / theirs, failures: html.failures + pdf.failures})
    }
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }

  const result = {organizations: count, documents, timings, comparisons, skipped}
  for (const line of formatBench(result)) print(line)
  return result
}

/** Render one document of each kind and locale first, so compiling and font loading are not timed. */
async function warmUp(facts: Facts | undefined, templates: Awaited<ReturnType<typeof loadTemplates>>, compiled: Record<Locale, CompiledLocale>): Promise<void> {
  if (!facts) return
  for (const locale of facts.locales) {
    for (const document of publishedDocuments(facts)) {
      const view = resolveDocument(facts, document, locale, templates.locales[locale].terms)
      const html = renderHtmlFragment(renderMarkdown(compiled[locale], view, facts, [view.ui.history ?? '']), view.ui.contents ?? '')
      await renderPdf({view, html})
    }
  }
}

function compare(format: 'html' | 'pdf', tool: 'pandoc' | 'weasyprint', sample: readonly RenderedDocument[], folder: string): Comparison {
  let theirs = 0
  let failures = 0
  sample.forEach((document, index) => {
    const input = path.join(folder, `${index}.${format === 'html' ? 'md' : 'html'}`)
    const output = path.join(folder, `${index}.${format}`)
    writeFileSync(input, format === 'html' ? document.markdown : document.page)
    const args = tool === 'pandoc' ? ['--from=gfm', '--to=html5', '--standalone', '--metadata=title:bench', input, '-o', output] : [input, output]
    const start = performance.now()
    const run = spawnSync(tool, args, {stdio: 'ignore', timeout: 120_000})
    theirs += performance.now() - start
    if (run.status !== 0) failures++
  })
  // Ours for the same step: Markdown → HTML is the HTML, HTML → PDF the PDF (made from the same tree).
  const ours = sample.reduce((sum, document) => sum + (format === 'html' ? document.htmlMs : document.pdfMs), 0)
  const count = Math.max(sample.length, 1)
  return {format, tool, documents: sample.length, oursMsPerDocument: ours / count, theirsMsPerDocument: theirs / count, ratio: ours / Math.max(theirs, 1e-9), failures}
}

/** Install the tools compared against from Debian's packages when they are missing and this is root on Debian (as in CI). */
function installMissing(commands: readonly string[], print: (line: string) => void): void {
  const missing = commands.filter((command) => !onPath(command))
  if (missing.length === 0 || process.getuid?.() !== 0 || !onPath('apt-get')) return
  print(`installing ${missing.join(', ')} with apt-get, to compare with them…`)
  spawnSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`], {stdio: 'ignore', timeout: 600_000})
}

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], {stdio: 'ignore'}).status === 0
}

function pageContext(title: string, lang: Locale, organization: string, stylesheet: string, fragment: string) {
  const other = lang === 'ru' ? 'kk' : 'ru'
  return {
    lang,
    title,
    description: title,
    organization,
    otherLanguage: {href: `../${other}/index.html`, label: other, lang: other},
    indexHref: '../index.html',
    indexLabel: 'index',
    stylesheet,
    fragment,
    footer: {version: 'v', effective: 'e', date: 'd', isoDate: '2025-01-01', pdfHref: 'document.pdf', pdfLabel: 'PDF'}
  }
}

function plain(text: string): string {
  return text.replace(/\\(.)/g, '$1')
}

/** The lines `benchRender` prints. */
export function formatBench(result: RenderBench): string[] {
  const lines = [`${result.organizations} organizations, ${result.documents} documents`, '', 'format  documents  total ms  documents/s']
  for (const timing of result.timings) {
    lines.push(`${timing.format.padEnd(6)}  ${String(timing.documents).padStart(9)}  ${timing.totalMs.toFixed(0).padStart(8)}  ${timing.documentsPerSecond.toFixed(1).padStart(11)}`)
  }
  if (result.comparisons.length > 0) {
    lines.push('', `ours against others on ${sampleSize} documents spread over the run (their time includes starting the process):`, 'format  tool               ours ms/doc  theirs ms/doc  ours/theirs  faster  failures')
    for (const comparison of result.comparisons) {
      lines.push(
        `${comparison.format.padEnd(6)}  ${comparison.tool.padEnd(17)}  ${comparison.oursMsPerDocument.toFixed(2).padStart(11)}  ${comparison.theirsMsPerDocument.toFixed(2).padStart(13)}  ${comparison.ratio.toFixed(3).padStart(11)}  ${`${(1 / comparison.ratio).toFixed(1)}×`.padStart(6)}  ${String(comparison.failures).padStart(8)}`
      )
    }
    const whole = result.comparisons.find((comparison) => comparison.format === 'all')
    if (whole) lines.push(`target: Markdown + HTML + PDF ${targetSpeedup}× faster than pandoc + weasyprint: ${1 / whole.ratio >= targetSpeedup ? 'met' : 'missed'} (${(1 / whole.ratio).toFixed(1)}×)`)
  }
  for (const reason of result.skipped) lines.push(`(${reason})`)
  return lines
}

/** Run `benchRender` for COUNT organizations (first argument, default 200). */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  const count = argv[0] === undefined ? 200 : Number(argv[0])
  if (!Number.isInteger(count) || count < 1) {
    process.stderr.write(`bench-render: the count must be a whole number above 0, not \`${argv[0]}\`.\n`)
    return 2
  }
  await benchRender(count)
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main()
}
