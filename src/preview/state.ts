import {lstat, readdir} from 'node:fs/promises'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import type {OutputFile} from '../site/build.js'
import {buildSite} from '../site/stream.js'
import {documentKinds, localized, type DocumentKind} from '../document/resolve.js'
import {unescapeMarkdown} from '../document/escape.js'
import type {TemplateSet} from '../document/templates.js'
import {checkContentFolder, organizationIdPattern} from '../facts/content-folder.js'
import {factsFileName, loadFactsFile} from '../facts/load.js'
import type {MessageLanguage} from '../facts/messages.js'
import {hasErrors, type Problem} from '../facts/problem.js'
import {validateFacts, type ValidateOptions} from '../facts/validate.js'
import type {SourceFile} from '../facts/parse.js'
import type {Locale} from '../lang/locale.js'
import {renderFragments} from './render.js'
import {renderProblem} from '../document/template-problems.js'
import type {LoadedTemplates} from './templates.js'

/** One language of a document, as the fragment the build would publish. */
export interface PreviewColumn {
  locale: Locale
  /** The document's title in this language (plain text). */
  title: string
  /** The rendered fragment, `<article class="policygen …" lang="…">…</article>`. */
  html: string
}

/** One document of an organization, in every language it publishes, in the site's order. */
export interface PreviewDocument {
  document: DocumentKind
  version: string
  effectiveDate: string
  columns: PreviewColumn[]
}

/** A document an organization publishes, and its title in the first language. */
export interface KnownDocument {
  document: DocumentKind
  title: string
}

/** What the preview knows of one organization: its documents, or why there are none. */
export interface OrganizationPreview {
  id: string
  /** The facts file, as problems name it. */
  file: string
  /** The organization's legal name in the first language, or its id when the facts do not say. */
  name: string
  /** Every problem of its facts (errors, warnings, waived) or its templates, in the CLI's order. */
  problems: Problem[]
  /** The facts file's text, to quote the lines its problems point at. */
  source: string
  /** The documents, rendered; empty when a problem is an error. */
  documents: PreviewDocument[]
  /** The documents this organization published when it last rendered, with their titles in the first language, to keep their links while an error is fixed. */
  knownDocuments: KnownDocument[]
  /** How long validating and rendering took, in milliseconds. */
  renderMs: number
}

/** What changed since the preview last rendered, as the watcher saw it. */
export interface PendingChange {
  /** Organizations whose facts were saved (or whose folder appeared or went). */
  organizations: ReadonlySet<string>
  /** Whether a template was saved: everything is rendered again. */
  templates: boolean
}

/** What a refresh changed, for the pages to reload. */
export interface RefreshResult {
  /** The organizations rendered again, added or removed, sorted. */
  organizations: string[]
  /** Whether the templates were read again (every organization is affected). */
  templates: boolean
  /** Whether the list of organizations or the content folder's problems changed. */
  index: boolean
  /** Time spent, in milliseconds. */
  ms: number
  /** For organizations whose open documents were shown before the whole render: after how many milliseconds. */
  shownMs: Readonly<Record<string, number>>
}

/** What a refresh may ask of the server: which documents are open, and to show them as soon as they are rendered. */
export interface RefreshHooks {
  /** The documents of an organization open in a browser now. */
  viewed?: (organization: string) => readonly DocumentKind[]
  /** Show the pages of these organizations now (they were rendered in part); resolves when they are sent. */
  shown?: (organizations: string[]) => Promise<void>
}

/** How the preview reads and renders. */
export interface StateOptions {
  contentDir: string
  language: MessageLanguage
  /** Turns absolute paths into what problems show. */
  display: (file: string) => string
  /** Read (again) the templates. */
  loadTemplates: () => Promise<LoadedTemplates>
  /** The locales the site publishes (the config's `locales`), for validation and rendering. */
  locales?: readonly Locale[]
  /** Where `locales` was set, for the message of facts that miss one. */
  localesFrom?: string
  /** Whether fragments keep the title (the config's `fragmentTitle`). */
  fragmentTitle?: boolean
}

const decoder = new TextDecoder()

/**
 * The preview's model, in memory: every organization of the content folder validated and rendered
 * (Markdown and HTML, no PDF), the templates, and the content folder's own problems. `refresh`
 * renders again only what a change touched. Nothing is ever written.
 */
export class PreviewState {
  /** Every organization with a well-named folder holding a facts file, by id. */
  readonly organizations = new Map<string, OrganizationPreview>()
  /** Entries of the content folder that are not previewed (a badly named folder, a symlink, …). */
  folderProblems: Problem[] = []
  /** Why the templates cannot be used, when they cannot. */
  templateProblems: Problem[] = []
  /** Counts the changes to the model: a page that reconnects after missing one is sent again. */
  version = 0
  private templates: TemplateSet | undefined
  private readonly sources = new Map<string, Uint8Array>()

  constructor(private readonly options: StateOptions) {}

  /** The documents' stylesheet of the templates in use (`policygen.css`), empty while the templates cannot be used. */
  get documentStylesheet(): string {
    return this.templates?.documentStylesheet ?? ''
  }

  /** Organizations sorted by id. */
  list(): OrganizationPreview[] {
    return [...this.organizations.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  }

  /**
   * Bring the model up to date after `change`: read the content folder's list again (cheap), read
   * the templates again if one changed, and validate and render the organizations that changed,
   * are new, or (after a template change) all of them. An organization whose facts file holds the
   * same bytes as when it last rendered is left as it is.
   *
   * With `hooks`, the documents open in a browser (`viewed`) come first: organizations with a
   * viewer render before the others, and an organization's viewed documents are rendered on their
   * own (`renderFragments`) and announced (`shown`) before `buildSite` renders all of it, which
   * then has the last word.
   */
  async refresh(change: PendingChange, hooks: RefreshHooks = {}): Promise<RefreshResult> {
    const started = performance.now()
    const {contentDir, display} = this.options
    const touched = new Set<string>()
    const early: Record<string, number> = {}
    if (change.templates) {
      const loaded = await this.options.loadTemplates()
      this.templates = 'templates' in loaded ? loaded.templates : undefined
      this.templateProblems = 'problems' in loaded ? loaded.problems : []
    }
    const before = JSON.stringify(this.folderProblems)
    const ids = await this.listFolder()
    let index = JSON.stringify(this.folderProblems) !== before
    for (const id of [...this.organizations.keys()]) {
      if (ids.includes(id)) continue
      this.organizations.delete(id)
      this.sources.delete(id)
      touched.add(id)
      index = true
    }
    const viewed = (id: string) => hooks.viewed?.(id) ?? []
    const order = [...ids.filter((id) => viewed(id).length > 0), ...ids.filter((id) => viewed(id).length === 0)]
    for (const id of order) {
      const known = this.organizations.has(id)
      if (known && !change.templates && !change.organizations.has(id)) continue
      const file = path.join(contentDir, id, factsFileName)
      const info = await lstat(file).catch(() => undefined)
      if (!info?.isFile()) continue
      const {source} = await loadFactsFile(file, display)
      const previous = this.sources.get(id)
      if (known && !change.templates && previous !== undefined && equalBytes(previous, source.bytes)) continue
      this.sources.set(id, source.bytes)
      const shownAfter = await this.render(id, source, viewed(id), hooks.shown, started)
      if (shownAfter !== undefined) early[id] = shownAfter
      touched.add(id)
      if (!known) index = true
    }
    this.version++
    return {organizations: [...touched].sort(), templates: change.templates, index: index || touched.size > 0, ms: performance.now() - started, shownMs: early}
  }

  /** The organizations' folders (well named, holding a regular facts file), and the folder's problems. */
  private async listFolder(): Promise<string[]> {
    const {contentDir, display, language} = this.options
    try {
      this.folderProblems = await checkContentFolder(contentDir, display, language)
      const entries = await readdir(contentDir, {withFileTypes: true})
      return entries.filter((entry) => entry.isDirectory() && organizationIdPattern.test(entry.name)).map((entry) => entry.name).sort()
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)
      this.folderProblems = [{file: display(contentDir), line: 1, column: 1, severity: 'error', ruleId: 'content-unreadable', message: `The content folder cannot be read: ${message}`, path: ''}]
      return []
    }
  }

  /**
   * Validate and render one organization into the model. When some of its documents are `viewed`
   * and it rendered before, those come first on their own and `shown` is awaited; returns how long
   * after `started` that was (or `undefined` without a fast path).
   */
  private async render(id: string, source: SourceFile, viewed: readonly DocumentKind[], shown: RefreshHooks['shown'], started: number): Promise<number | undefined> {
    const renderStarted = performance.now()
    const {locales, localesFrom, fragmentTitle, language} = this.options
    const validated = validateFacts(source, language, {...(locales ? {locales} : {}), ...(localesFrom === undefined ? {} : {localesFrom})} satisfies ValidateOptions)
    const previous = this.organizations.get(id)
    const base: OrganizationPreview = {
      id,
      file: source.path,
      name: previous?.name ?? id,
      problems: validated.problems,
      source: decoder.decode(source.bytes),
      documents: [],
      knownDocuments: previous?.knownDocuments ?? documentKinds.map((document) => ({document, title: document})),
      renderMs: 0
    }
    const facts = validated.facts
    const set = (organization: OrganizationPreview) => this.organizations.set(id, {...organization, renderMs: performance.now() - renderStarted})
    if (!facts || hasErrors(validated.problems) || !this.templates) {
      set(base)
      return undefined
    }
    const templates = this.templates
    const order = locales ? locales.filter((locale) => facts.locales.includes(locale)) : facts.locales
    const named = {...base, name: localized(facts.organization.legalName, order[0] ?? 'ru')}
    const options = {...(locales ? {locales} : {}), ...(fragmentTitle === undefined ? {} : {fragmentTitle})}
    let shownAfter: number | undefined
    if (previous && viewed.length > 0 && shown) {
      let fast: PreviewDocument[] | undefined
      try {
        fast = renderFragments({id, facts}, templates, viewed, options)
      } catch (error) {
        // The whole render below reports it, located.
        if (!renderProblem(error, language)) throw error
      }
      if (fast) {
        const kept = previous.documents.filter((entry) => !fast.some((done) => done.document === entry.document))
        const documents = documentKinds.flatMap((kind) => [...fast, ...kept].filter((entry) => entry.document === kind))
        const titles = [...known(documents), ...previous.knownDocuments.filter((entry) => !documents.some((done) => done.document === entry.document))]
        set({...named, documents, knownDocuments: documentKinds.flatMap((kind) => titles.filter((entry) => entry.document === kind))})
        this.version++
        await shown([id])
        shownAfter = performance.now() - started
      }
    }
    let files: OutputFile[]
    try {
      files = await buildSite([{id, facts}], templates, options)
    } catch (error) {
      const problem = renderProblem(error, language)
      if (!problem) throw error
      set({...named, problems: [...validated.problems, problem]})
      return shownAfter
    }
    const documents = documentsOf(files, order)
    set({...named, documents, knownDocuments: known(documents)})
    return shownAfter
  }
}

/** Gather the build's fragments and Markdown into documents, each with its languages in `order`. */
export function documentsOf(files: readonly OutputFile[], order: readonly Locale[]): PreviewDocument[] {
  const documents = new Map<DocumentKind, PreviewDocument>()
  const text = (file: OutputFile | undefined) => (file ? decoder.decode(file.content) : '')
  const byPath = new Map(files.map((file) => [file.path, file]))
  for (const file of files) {
    const meta = file.document
    if (!meta || !file.path.endsWith('.fragment.html')) continue
    const entry = documents.get(meta.document) ?? {document: meta.document, version: meta.version, effectiveDate: meta.effectiveDate, columns: []}
    const markdown = text(byPath.get(file.path.replace(/\.fragment\.html$/, '.md')))
    const title = unescapeMarkdown(/^# (.*)$/m.exec(markdown)?.[1] ?? meta.document)
    entry.columns.push({locale: meta.locale, title, html: text(file)})
    documents.set(meta.document, entry)
  }
  const rank = (locale: Locale) => (order.includes(locale) ? order.indexOf(locale) : order.length)
  for (const entry of documents.values()) entry.columns.sort((a, b) => rank(a.locale) - rank(b.locale))
  return documentKinds.flatMap((kind) => {
    const entry = documents.get(kind)
    return entry ? [entry] : []
  })
}

function known(documents: readonly PreviewDocument[]): KnownDocument[] {
  return documents.map((entry) => ({document: entry.document, title: entry.columns[0]?.title ?? entry.document}))
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false
  for (let index = 0; index < a.byteLength; index++) if (a[index] !== b[index]) return false
  return true
}
