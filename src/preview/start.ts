import {randomUUID} from 'node:crypto'
import type {Server} from 'node:http'
import path from 'node:path'
import type {MessageLanguage} from '../facts/messages.js'
import type {Locale} from '../lang/locale.js'
import {classifyChanges} from './changes.js'
import type {PageContext} from './page.js'
import {createPreviewServer, documentAt, EventHub, pageAt} from './server.js'
import {PreviewState, type RefreshHooks, type RefreshResult} from './state.js'
import {loadPreviewTemplates, templateFolders, type LoadedTemplates} from './templates.js'
import {watchFolders} from './watch.js'

/** The port the preview listens on when none is given. */
export const defaultPreviewPort = 4173

/** How to start a preview. */
export interface PreviewOptions {
  /** The folder that holds `<org>/facts.yaml`. */
  contentDir: string
  /** The company's own templates folder (the config's `templates`), applied over the built-in ones and watched. */
  templatesDir?: string
  /**
   * Read the templates (optional; default: the built-in ones with `templatesDir` applied). The CLI
   * passes its own reader, so the preview renders with exactly what `build` would.
   */
  loadTemplates?: () => Promise<LoadedTemplates>
  /** The port (default 4173); 0 takes any free one. */
  port?: number
  /** Where to listen: only ever the loopback address. */
  host?: '127.0.0.1'
  /** The language of the pages' words and of the problems (default `en`). */
  language?: MessageLanguage
  /** The locales the site publishes (the config's `locales`). */
  locales?: readonly Locale[]
  /** Where `locales` was set, for the message of facts that miss one. */
  localesFrom?: string
  /** Whether fragments keep the title (the config's `fragmentTitle`). */
  fragmentTitle?: boolean
  /** Turns absolute paths into what problems show (default: as they are). */
  display?: (file: string) => string
  /** How long to gather a save's file events before rendering (default 25 ms). */
  debounceMs?: number
  /** Called after each rebuild, with what it rendered and how long it took. */
  onRebuild?: (result: RefreshResult) => void
  /** Called when something goes wrong that the pages cannot show (a folder that cannot be watched, a bug). */
  onError?: (message: string) => void
}

/** A running preview. */
export interface Preview {
  /** `http://127.0.0.1:PORT/`. */
  url: string
  /** The address the server is bound to, as the system says it: `127.0.0.1`. */
  host: string
  port: number
  /** The model the pages are built from. */
  state: PreviewState
  /** Resolves when every change seen so far has been rendered and announced to the pages. */
  idle: () => Promise<void>
  /** Stop watching, end the pages' event streams and close the server. */
  close: () => Promise<void>
}

/** The preview cannot listen on its port: `in-use` when another program has it, `denied` when the system refuses it. */
export class PreviewListenError extends Error {
  override readonly name = 'PreviewListenError'
  constructor(
    readonly reason: 'in-use' | 'denied' | 'other',
    readonly port: number,
    detail: string
  ) {
    super(detail)
  }
}

/**
 * Validate and render every organization of `contentDir` in memory, serve them on 127.0.0.1 (the
 * index, and each document's languages side by side), and watch the facts and the templates: a
 * saved facts file renders that organization again, a saved template everything, and the pages
 * reload by themselves. Nothing is written. Rejects with `PreviewListenError` when the port cannot be had.
 */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const display = options.display ?? ((file: string) => file)
  const language = options.language ?? 'en'
  const contentDir = path.resolve(options.contentDir)
  const folders = templateFolders(options.templatesDir === undefined ? undefined : path.resolve(options.templatesDir))
  const state = new PreviewState({
    contentDir,
    language,
    display,
    loadTemplates: options.loadTemplates ?? (() => loadPreviewTemplates(folders, display)),
    ...(options.locales ? {locales: options.locales} : {}),
    ...(options.localesFrom === undefined ? {} : {localesFrom: options.localesFrom}),
    ...(options.fragmentTitle === undefined ? {} : {fragmentTitle: options.fragmentTitle})
  })
  const instance = randomUUID().slice(0, 8)
  const build = () => `${instance}:${state.version}`
  const context = (stamp: string): PageContext => ({language, build: stamp, documentStylesheet: state.documentStylesheet, templateProblems: state.templateProblems})
  const pages = {state, context, contentFolder: display(contentDir)}
  // The pages the events carry leave the build out (the event says it), so that a page is sent only when it changed.
  const hub = new EventHub((address) => {
    const page = pageAt(pages, address, '')
    return 'html' in page ? page.html : undefined
  })
  const server = createPreviewServer({...pages, hub, build})
  const hooks: RefreshHooks = {
    viewed: (organization) => hub.paths().flatMap((address) => {
      const shown = documentAt(address)
      return shown?.organization === organization ? [shown.document] : []
    }),
    shown: async (organizations) => {
      // Let the sockets take the pages before the whole organization renders (which holds the thread).
      await hub.push(build(), organizations)
    }
  }

  // What the watcher saw and has not been rendered yet, and the one rebuild that runs at a time.
  const pending = {organizations: new Set<string>(), templates: false, content: false}
  let running: Promise<void> | undefined
  const drain = async () => {
    while (pending.templates || pending.content || pending.organizations.size > 0) {
      const change = {organizations: new Set(pending.organizations), templates: pending.templates}
      pending.organizations.clear()
      pending.templates = false
      pending.content = false
      let result: RefreshResult
      try {
        result = await state.refresh(change, hooks)
      } catch (error) {
        options.onError?.(`internal error while rendering: ${error instanceof Error ? error.message : String(error)}`)
        continue
      }
      await hub.push(build(), result.organizations, result.templates)
      try {
        options.onRebuild?.(result)
      } catch (error) {
        options.onError?.(`the rebuild report failed: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
  }
  const schedule = () => {
    running ??= drain().finally(() => {
      running = undefined
    })
  }
  const watched = [contentDir, folders.builtIn, ...(folders.company === undefined ? [] : [folders.company])]
  const watcher = watchFolders(
    watched,
    (files) => {
      const change = classifyChanges(files, contentDir, watched.slice(1))
      for (const id of change.organizations) pending.organizations.add(id)
      pending.templates ||= change.templates
      pending.content ||= change.content
      schedule()
    },
    {...(options.debounceMs === undefined ? {} : {debounceMs: options.debounceMs}), onError: (folder, error) => options.onError?.(`cannot watch ${display(folder)} (${error.message}); changes there show only after the preview is restarted.`)}
  )

  try {
    // Listen first, so that a port in use is said at once, before everything is rendered.
    await listen(server, options.port ?? defaultPreviewPort, options.host ?? '127.0.0.1')
    // The first rendering goes through the same queue as the watcher's, so that the two never overlap.
    pending.templates = true
    schedule()
    await running
  } catch (error) {
    server.close()
    watcher.close()
    hub.close()
    throw error
  }
  const address = server.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0
  const host = typeof address === 'object' && address !== null ? address.address : ''
  let closing: Promise<void> | undefined
  return {
    url: `http://127.0.0.1:${port}/`,
    host,
    port,
    state,
    idle: async () => {
      while (running || watcher.waiting) {
        await (running ?? new Promise((resolve) => setTimeout(resolve, 5)))
      }
    },
    close: () => {
      closing ??= (async () => {
        watcher.close()
        hub.close()
        await running
        await new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeAllConnections()
        })
      })()
      return closing
    }
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      server.off('listening', listening)
      const reason = error.code === 'EADDRINUSE' ? 'in-use' : error.code === 'EACCES' || error.code === 'EPERM' ? 'denied' : 'other'
      reject(new PreviewListenError(reason, port, error.message))
    }
    const listening = () => {
      server.off('error', failed)
      resolve()
    }
    server.once('error', failed)
    server.once('listening', listening)
    server.listen(port, host)
  })
}
