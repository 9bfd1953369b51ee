import {createHash} from 'node:crypto'
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {OrganizationFacts} from '../document/documents.js'
import type {TemplateSet} from '../document/templates.js'
import {locales} from '../lang/locale.js'

const require = createRequire(import.meta.url)

let code: string | undefined

/**
 * What identifies the code that renders: policygen's package version and a hash of its own code
 * (the compiled `build/` folder, or `src/` when it runs from source), the version of every package
 * it depends on, directly or not (the Markdown parser, Handlebars, pdfkit, the fonts), and Node's
 * own (its Unicode and date data). Any change to any of them, released or not, gives another
 * value, so no output made by other code is ever reused.
 */
export function codeVersion(): string {
  if (code === undefined) {
    const root = fileURLToPath(new URL('..', import.meta.url))
    const hash = createHash('sha256')
    const version = (require('../../package.json') as {version: string}).version
    hash.update(`policygen ${version}\n`)
    for (const file of codeFiles(root)) hash.update(`${path.relative(root, file)}\n`).update(readFileSync(file))
    for (const dependency of dependencyVersions(fileURLToPath(new URL('../..', import.meta.url)))) hash.update(`${dependency}\n`)
    const {node, v8, icu, unicode, tz, cldr} = process.versions
    hash.update(JSON.stringify({node, v8, icu, unicode, tz, cldr}))
    code = `${version}+${hash.digest('hex').slice(0, 16)}`
  }
  return code
}

/**
 * `name@version` of every package reachable from the package in `root` through `dependencies`,
 * found as Node finds them (the nearest `node_modules/<name>` upward), sorted.
 */
export function dependencyVersions(root: string): string[] {
  const found = new Set<string>()
  const visited = new Set<string>()
  // Each folder's package.json read once: most packages are depended on by several others, and a
  // folder without one is looked for by every package below it (1,000 reads, 565 of them failing,
  // were 40 ms of every command).
  const manifests = new Map<string, PackageManifest | undefined>()
  const read = (folder: string) => {
    if (!manifests.has(folder)) manifests.set(folder, readPackage(folder))
    return manifests.get(folder)
  }
  // Most packages have no node_modules folder of their own: looked for once per folder.
  const modules = new Map<string, boolean>()
  const hasModules = (folder: string) => {
    if (!modules.has(folder)) modules.set(folder, existsSync(path.join(folder, 'node_modules')))
    return modules.get(folder) === true
  }
  const queue = [root]
  while (queue.length > 0) {
    const folder = queue.shift() as string
    if (visited.has(folder)) continue
    visited.add(folder)
    const manifest = read(folder)
    if (!manifest) continue
    if (folder !== root) found.add(`${manifest.name ?? path.basename(folder)}@${manifest.version ?? '?'}`)
    for (const name of Object.keys({...manifest.dependencies, ...manifest.optionalDependencies}).sort()) {
      const dependency = locatePackage(folder, name, read, hasModules)
      if (dependency) queue.push(dependency)
    }
  }
  return [...found].sort()
}

interface PackageManifest {
  name?: string
  version?: string
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
}

function readPackage(folder: string): PackageManifest | undefined {
  const file = path.join(folder, 'package.json')
  // Looked for before it is read: most folders asked about have none, and a failed read throws.
  if (!existsSync(file)) return undefined
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PackageManifest
  } catch {
    return undefined
  }
}

function locatePackage(from: string, name: string, read: (folder: string) => PackageManifest | undefined, hasModules: (folder: string) => boolean): string | undefined {
  for (let folder = from; ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, 'node_modules', name)
    if (hasModules(folder) && read(candidate)) return candidate
    if (path.dirname(folder) === folder) return undefined
  }
}

function codeFiles(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true})
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) return codeFiles(full)
      return /\.(js|ts|json)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : []
    })
}

/** A hash of everything in the templates that can change a document: every source, term and stylesheet (not where they were read from). */
export function templatesHash(templates: TemplateSet): string {
  const hash = createHash('sha256')
  const add = (label: string, text: string) => hash.update(`${label}\u0000${text.length}\u0000${text}`)
  for (const locale of locales) {
    const set = templates.locales[locale]
    for (const [name, source] of Object.entries(set.documents).sort(byKey)) add(`${locale}/${name}`, source.source)
    for (const [name, source] of Object.entries(set.partials).sort(byKey)) add(`${locale}/partials/${name}`, source.source)
    add(`${locale}/terms`, JSON.stringify(set.terms))
  }
  add('layout', templates.layout.source)
  add('index', templates.index.source)
  add('style', templates.stylesheet)
  add('policygen.css', templates.documentStylesheet)
  return hash.digest('hex')
}

function byKey(a: [string, unknown], b: [string, unknown]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0
}

/**
 * The key of one organization's files: a hash of its validated facts (services expanded), the
 * templates, the policygen code and the build's settings. Equal keys give identical files.
 */
export function inputsKey(organization: OrganizationFacts, templates: string, settings: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify({code: codeVersion(), templates, settings, id: organization.id, facts: organization.facts}))
    .digest('hex')
}
