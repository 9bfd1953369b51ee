import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import {documentKinds, type DocumentKind} from '../document/resolve.js'
import {hasErrors} from '../facts/problem.js'
import {clientScript} from './client.js'
import {documentPageHtml, indexPageHtml, notFoundPageHtml, type PageContext} from './page.js'
import type {PreviewState} from './state.js'

/** The headers every answer carries: nothing is cached, nothing else is loaded, nothing leaves for other sites. */
const commonHeaders = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin'
} as const

const pageHeaders = {
  ...commonHeaders,
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY'
} as const

/** A connection to `/events`: the pages it is for (the tabs of one browser share one), with the HTML each was last sent. */
interface Listener {
  response: ServerResponse
  shown: Map<string, string>
}

/** A page a connection is for: its address, and the build the tab showing it has. */
export interface ListenedPage {
  path: string
  seen: string
}

/**
 * The pages' connections to `/events`. A connection says which addresses it is for (one page's, or
 * those of every tab of a browser, which share one connection: a browser opens at most six to one
 * address); after a rebuild the hub renders those addresses again and sends each new page, with its
 * address, where it changed, so that a page updates without asking the server again. Every event's
 * id is the build it brings, which the browser sends back when it reconnects (`Last-Event-ID`).
 */
export class EventHub {
  private readonly listeners = new Set<Listener>()
  private readonly heartbeat: NodeJS.Timeout

  /** `render` gives the page at an address as the hub compares and sends it, or `undefined` for none. */
  constructor(private readonly render: (path: string) => string | undefined, heartbeatMs = 25_000) {
    // A comment now and then keeps proxies and sleeping laptops from dropping the connection.
    this.heartbeat = setInterval(() => {
      for (const listener of this.listeners) listener.response.write(': keep-alive\n\n')
    }, heartbeatMs)
    this.heartbeat.unref()
  }

  /** The addresses the pages listening show now. */
  paths(): string[] {
    return [...new Set([...this.listeners].flatMap((listener) => [...listener.shown.keys()]))]
  }

  /**
   * Keep `response` open as the event stream of `pages`: it is greeted with `hello`, and sent at once
   * each page whose tab shows a build older than `build`.
   */
  add(request: IncomingMessage, response: ServerResponse, pages: readonly ListenedPage[], build: string): void {
    response.writeHead(200, {...commonHeaders, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive'})
    const listener: Listener = {response, shown: new Map()}
    response.write(`retry: 500\n\n${frame('hello', {build}, build)}`)
    for (const {path, seen} of pages) {
      if (listener.shown.has(path)) continue
      const html = this.render(path) ?? ''
      listener.shown.set(path, html)
      if (seen !== build) response.write(frame('page', {path, build, organizations: [], html}, build))
    }
    this.listeners.add(listener)
    request.on('close', () => this.listeners.delete(listener))
  }

  /**
   * Send every page that changed its new HTML, saying which organizations were rendered again.
   * Resolves when the system has taken all of it (or after `waitMs`), so that a caller about to hold
   * the thread for a while (rendering) does not hold the pages back.
   */
  async push(build: string, organizations: readonly string[], templates = false, waitMs = 100): Promise<void> {
    const sent: ServerResponse[] = []
    const rendered = new Map<string, string | undefined>()
    for (const listener of this.listeners) {
      for (const [path, shown] of listener.shown) {
        if (!rendered.has(path)) rendered.set(path, this.render(path))
        const html = rendered.get(path)
        if (html === undefined || html === shown) continue
        listener.shown.set(path, html)
        listener.response.write(frame('page', {path, build, organizations, templates, html}, build))
        sent.push(listener.response)
      }
    }
    // The writes go out only from the event loop (the response is corked until the next tick, and a
    // page is more than the socket takes at once): give it turns until every byte is out.
    const until = performance.now() + waitMs
    while (sent.some((response) => !response.destroyed && response.writableLength > 0) && performance.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 1))
    }
    if (sent.length > 0) await new Promise((resolve) => setImmediate(resolve))
  }

  /** End every stream (the server is stopping). */
  close(): void {
    clearInterval(this.heartbeat)
    for (const listener of this.listeners) listener.response.end()
    this.listeners.clear()
  }
}

function frame(event: string, data: unknown, id: string): string {
  return `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`
}

/** What the server answers from. */
export interface ServerOptions {
  state: PreviewState
  hub: EventHub
  /** The build the pages show now (`<server>:<version>`). */
  build: () => string
  /** The context of a page built now for `build`. */
  context: (build: string) => PageContext
  /** The content folder as the index names it. */
  contentFolder: string
}

/** A page of the preview, or where an address sends the browser instead. */
export type Answer = {status: number; html: string} | {redirect: string}

/**
 * The page at `pathname`: `/` the index, `/<org>/<document>` (or `….html`) a document side by side
 * or its organization's problems, `/<org>` the index at that organization; anything else a page
 * saying there is none, which updates itself when the organization appears.
 */
export function pageAt(options: Pick<ServerOptions, 'state' | 'context' | 'contentFolder'>, pathname: string, build: string): Answer {
  const {state} = options
  const context = options.context(build)
  if (pathname === '/' || pathname === '/index.html') return {status: 200, html: indexPageHtml(context, state.list(), state.folderProblems, options.contentFolder)}
  const segments = pathname.split('/').filter(Boolean)
  const [id = '', document = ''] = segments
  if (segments.length === 1) return {redirect: `/#org-${encodeURIComponent(id)}`}
  const kind = document.replace(/\.html$/, '')
  const organization = state.organizations.get(id)
  if (segments.length === 2 && organization && isDocumentKind(kind)) {
    // An organization in error shows its problems at the address of any document; a valid one only has the documents it publishes.
    const shown = organization.documents.some((entry) => entry.document === kind) || hasErrors(organization.problems) || context.templateProblems.length > 0
    if (shown) return {status: 200, html: documentPageHtml(context, organization, kind)}
  }
  return {status: 404, html: notFoundPageHtml(context)}
}

/** The document an address of the preview shows, if it is one: `/<org>/<document>`. */
export function documentAt(pathname: string): {organization: string; document: DocumentKind} | undefined {
  const segments = pathname.split('/').filter(Boolean)
  const [organization = '', document = ''] = segments
  const kind = document.replace(/\.html$/, '')
  return segments.length === 2 && isDocumentKind(kind) ? {organization, document: kind} : undefined
}

/**
 * The preview's HTTP server (not yet listening). It answers `GET` (and `HEAD`) only, and only to
 * requests addressed to it by name, `127.0.0.1:PORT` or `localhost:PORT`: a page of another site
 * that resolves its own name to 127.0.0.1 (DNS rebinding) is refused with 403 and sees nothing.
 * `/` is the index, `/<org>/<document>` a document side by side (or its problems), `/events` the
 * live-reload stream, `/preview.js` the pages' script.
 */
export function createPreviewServer(options: ServerOptions): Server {
  const server = createServer((request, response) => {
    try {
      answer(server, options, request, response)
    } catch (error) {
      if (!response.headersSent) response.writeHead(500, {...commonHeaders, 'content-type': 'text/plain; charset=utf-8'})
      response.end(`policygen preview: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    }
  })
  return server
}

/** Whether `host` (the request's Host header) names this server: 127.0.0.1 or localhost, on its port. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false
  const name = host.toLowerCase()
  return name === `127.0.0.1:${port}` || name === `localhost:${port}`
}

function answer(server: Server, options: ServerOptions, request: IncomingMessage, response: ServerResponse): void {
  const address = server.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0
  if (!isAllowedHost(request.headers.host, port)) {
    response.writeHead(403, {...commonHeaders, 'content-type': 'text/plain; charset=utf-8'})
    response.end(`This preview answers only at http://127.0.0.1:${port}/ (and http://localhost:${port}/).\n`)
    return
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, {...commonHeaders, allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8'})
    response.end('The preview only shows pages: it changes nothing.\n')
    return
  }
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`)
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    pathname = url.pathname
  }
  const head = request.method === 'HEAD'
  const send = (status: number, headers: Readonly<Record<string, string>>, body: string) => {
    response.writeHead(status, {...headers, 'content-length': String(Buffer.byteLength(body))})
    response.end(head ? undefined : body)
  }
  if (pathname === '/events' && head) return send(200, {...commonHeaders, 'content-type': 'text/event-stream; charset=utf-8'}, '')
  if (pathname === '/events') {
    options.hub.add(request, response, listenedPages(url.searchParams, request.headers['last-event-id']), options.build())
    return
  }
  if (pathname === '/preview.js') return send(200, {...commonHeaders, 'content-type': 'text/javascript; charset=utf-8'}, clientScript)
  if (pathname === '/favicon.ico') return send(204, commonHeaders, '')
  const page = pageAt(options, pathname, options.build())
  if ('redirect' in page) {
    response.writeHead(302, {...commonHeaders, location: page.redirect})
    response.end()
    return
  }
  send(page.status, pageHeaders, page.html)
}

/**
 * The pages a connection to `/events` is for: each `page` with the `build` after it (its tab's), at
 * most 64; `/` when none is given. A browser reconnecting by itself sends the last build it was sent
 * (`Last-Event-ID`), which is then what every page has seen.
 */
export function listenedPages(query: URLSearchParams, lastEventId?: string | string[]): ListenedPage[] {
  const paths = query.getAll('page').slice(0, 64)
  const builds = query.getAll('build')
  const last = Array.isArray(lastEventId) ? lastEventId[0] : lastEventId
  if (paths.length === 0) return [{path: '/', seen: last ?? builds[0] ?? ''}]
  return paths.map((path, index) => ({path, seen: last ?? builds[index] ?? ''}))
}

function isDocumentKind(value: string): value is DocumentKind {
  return (documentKinds as readonly string[]).includes(value)
}
