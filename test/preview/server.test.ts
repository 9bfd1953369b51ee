import {request as httpRequest, type IncomingMessage} from 'node:http'
import {createServer} from 'node:net'
import {copyFile, mkdir, readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {run} from '../../src/cli/main.js'
import {startPreview, type Preview} from '../../src/preview/index.js'
import {isAllowedHost} from '../../src/preview/server.js'
import {createIo} from '../helpers/cli-io.js'
import {copyTestContent, type TestContent} from './content.js'

interface Answer {
  status: number
  headers: IncomingMessage['headers']
  body: string
}

/** A request to the preview, with the Host header a browser would send (or another one). */
function get(port: number, path: string, options: {host?: string; method?: string} = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: {host: options.host ?? `127.0.0.1:${port}`}}, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8')}))
    })
    request.on('error', reject)
    request.end()
  })
}

/** What `find` gives once it gives something (tried every 50 ms, for up to 30 s). */
async function waitFor(find: () => string | undefined): Promise<string> {
  for (let tries = 0; tries < 600; tries++) {
    const found = find()
    if (found !== undefined) return found
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error('waited 30 s in vain')
}

/** The preview's event stream for a page: every event as it comes, until `close`. */
function listen(port: number, page: string | readonly string[], build: string) {
  const events: Array<{event: string; data: {build: string; path?: string; organizations?: string[]; html?: string}}> = []
  const query = (typeof page === 'string' ? [page] : page).map((one) => `page=${encodeURIComponent(one)}&build=${encodeURIComponent(build)}`).join('&')
  let buffer = ''
  const waiting: Array<() => void> = []
  const request = httpRequest({host: '127.0.0.1', port, path: `/events?${query}`, headers: {host: `127.0.0.1:${port}`}}, (response) => {
    response.setEncoding('utf8')
    response.on('data', (chunk: string) => {
      buffer += chunk
      for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
        const frame = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const event = /^event: (.*)$/m.exec(frame)?.[1]
        const data = /^data: (.*)$/m.exec(frame)?.[1]
        if (event && data) events.push({event, data: JSON.parse(data) as (typeof events)[number]['data']})
        for (const wake of waiting.splice(0)) wake()
      }
    })
  })
  request.on('error', () => {})
  request.end()
  return {
    events,
    /** The first event that `match` accepts, once it has come. */
    async next(match: (event: (typeof events)[number]) => boolean) {
      for (;;) {
        const found = events.find(match)
        if (found) return found
        await new Promise<void>((resolve) => waiting.push(resolve))
      }
    },
    close: () => request.destroy()
  }
}

describe('the preview server', () => {
  let content: TestContent
  let preview: Preview
  beforeAll(async () => {
    content = await copyTestContent(['acme', 'minimal'])
    preview = await startPreview({contentDir: content.contentDir, port: 0, host: '127.0.0.1'})
  })
  afterAll(async () => {
    await preview?.close()
    await content?.remove()
  })

  it('listens on 127.0.0.1 only, on the port the system gave', () => {
    expect(preview.host).toBe('127.0.0.1')
    expect(preview.port).toBeGreaterThan(0)
    expect(preview.url).toBe(`http://127.0.0.1:${preview.port}/`)
  })

  it('lists every organization on the index, with a link to each document', async () => {
    const index = await get(preview.port, '/')
    expect(index.status).toBe(200)
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(index.headers['content-security-policy']).toContain("default-src 'none'")
    for (const id of ['acme', 'minimal']) {
      expect(index.body).toContain(`id="org-${id}"`)
      expect(index.body).toContain(`href="/${id}/cookie-policy"`)
      expect(index.body).toContain(`href="/${id}/privacy-policy"`)
    }
  })

  it('shows a document in Russian and Kazakh, side by side', async () => {
    const page = await get(preview.port, '/acme/cookie-policy')
    expect(page.status).toBe(200)
    expect(page.body).toMatch(/<article class="policygen policygen-cookie-policy pg-column" lang="ru">/)
    expect(page.body).toMatch(/<article class="policygen policygen-cookie-policy pg-column" lang="kk">/)
    expect(page.body).toContain('marketing@acme.kz')
    expect((await get(preview.port, '/acme/privacy-policy.html')).body).toContain('policygen-privacy-policy pg-column')
  })

  it('refuses a request addressed to another name (DNS rebinding), and answers to localhost', async () => {
    const rebound = await get(preview.port, '/acme/cookie-policy', {host: `evil.example:${preview.port}`})
    expect(rebound.status).toBe(403)
    expect(rebound.body).not.toContain('acme')
    expect((await get(preview.port, '/', {host: `127.0.0.1:${preview.port + 1}`})).status).toBe(403)
    expect((await get(preview.port, '/events', {host: 'evil.example'})).status).toBe(403)
    expect((await get(preview.port, '/', {host: `localhost:${preview.port}`})).status).toBe(200)
    expect(isAllowedHost(undefined, preview.port)).toBe(false)
    expect(isAllowedHost(`LOCALHOST:${preview.port}`, preview.port)).toBe(true)
  })

  it('changes nothing: only GET and HEAD', async () => {
    expect((await get(preview.port, '/', {method: 'POST'})).status).toBe(405)
    const head = await get(preview.port, '/', {method: 'HEAD'})
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
  })

  it('says there is no such page for an unknown organization or document', async () => {
    expect((await get(preview.port, '/nobody/cookie-policy')).status).toBe(404)
    expect((await get(preview.port, '/acme/terms-of-use')).status).toBe(404)
    expect((await get(preview.port, '/acme')).headers.location).toBe('/#org-acme')
  })

  it('sends an open page again when its facts are saved, and its problems while they are wrong', async () => {
    const build = /data-build="([^"]+)"/.exec((await get(preview.port, '/acme/cookie-policy')).body)?.[1] ?? ''
    const stream = listen(preview.port, '/acme/cookie-policy', build)
    const other = listen(preview.port, '/minimal/cookie-policy', build)
    try {
      await stream.next((event) => event.event === 'hello')
      await other.next((event) => event.event === 'hello')
      const file = content.factsFile('acme')
      const original = await readFile(file, 'utf8')
      await writeFile(file, original.replace('marketing@acme.kz', 'hello@acme.kz'))
      const changed = await stream.next((event) => event.event === 'page' && Boolean(event.data.html?.includes('hello@acme.kz')))
      expect(changed.data.organizations).toEqual(['acme'])
      await preview.idle()
      expect((await get(preview.port, '/acme/cookie-policy')).body).toContain('hello@acme.kz')

      await writeFile(file, original.replace('retention: P1Y', 'retention: P1Q'))
      const broken = await stream.next((event) => event.event === 'page' && Boolean(event.data.html?.includes('class="pg-problems"')))
      const line = original.split('\n').findIndex((text) => text.includes('retention: P1Y')) + 1
      expect(broken.data.html).toMatch(new RegExp(`facts\\.yaml:${line}:\\d+`))
      expect(broken.data.html).not.toContain('class="pg-pair"')

      await writeFile(file, original)
      await stream.next((event) => event.event === 'page' && Boolean(event.data.html?.includes('class="pg-pair"')) && Boolean(event.data.html?.includes('marketing@acme.kz')))
      await preview.idle()
      // The page of another organization was not sent again.
      expect(other.events.filter((event) => event.event === 'page')).toEqual([])
    } finally {
      stream.close()
      other.close()
    }
  })

  it('serves the pages of several tabs on one connection, each event naming the page it brings', async () => {
    const build = /data-build="([^"]+)"/.exec((await get(preview.port, '/acme/cookie-policy')).body)?.[1] ?? ''
    const stream = listen(preview.port, ['/acme/cookie-policy', '/acme/privacy-policy', '/minimal/cookie-policy', '/'], build)
    try {
      await stream.next((event) => event.event === 'hello')
      expect(stream.events.filter((event) => event.event === 'page')).toEqual([])
      const file = content.factsFile('acme')
      const original = await readFile(file, 'utf8')
      await writeFile(file, original.replace('privacy@acme.kz', 'tabs@acme.kz'))
      try {
        const cookies = await stream.next((event) => event.event === 'page' && event.data.path === '/acme/cookie-policy' && Boolean(event.data.html?.includes('tabs@acme.kz')))
        await stream.next((event) => event.event === 'page' && event.data.path === '/acme/privacy-policy' && Boolean(event.data.html?.includes('tabs@acme.kz')))
        expect(cookies.data.organizations).toEqual(['acme'])
        await preview.idle()
        expect(stream.events.filter((event) => event.data.path === '/minimal/cookie-policy')).toEqual([])
      } finally {
        await writeFile(file, original)
        await preview.idle()
      }
    } finally {
      stream.close()
    }
  })

  it('adds an organization whose folder appears, and sends its page to a browser waiting at its address', async () => {
    const stream = listen(preview.port, '/shop/cookie-policy', '')
    try {
      await stream.next((event) => event.event === 'hello')
      await mkdir(`${content.contentDir}/shop`)
      await copyFile(content.factsFile('minimal'), `${content.contentDir}/shop/facts.yaml`)
      const shown = await stream.next((event) => event.event === 'page' && Boolean(event.data.html?.includes('class="pg-pair"')))
      expect(shown.data.organizations).toContain('shop')
      await preview.idle()
      expect((await get(preview.port, '/')).body).toContain('id="org-shop"')
    } finally {
      stream.close()
    }
  })
})

describe('the preview of a company\'s own templates', () => {
  let content: TestContent
  let preview: Preview
  let wording: string
  const section = (locale: string) => `${wording}/${locale}/partials/cookie-policy/security.md.hbs`
  beforeAll(async () => {
    content = await copyTestContent(['minimal'])
    wording = `${content.work}/wording`
    for (const [locale, title] of [['ru', 'Защита сведений'], ['kk', 'Мәліметтерді қорғау']] as const) {
      await mkdir(`${wording}/${locale}/partials/cookie-policy`, {recursive: true})
      await writeFile(section(locale), `## ${title}\n\nOWN-WORDING-${locale}\n`)
    }
    preview = await startPreview({contentDir: content.contentDir, templatesDir: wording, port: 0})
  })
  afterAll(async () => {
    await preview?.close()
    await content?.remove()
  })

  it('renders with them, renders everything again when one is saved, and shows why they cannot be used', async () => {
    expect((await get(preview.port, '/minimal/cookie-policy')).body).toContain('OWN-WORDING-kk')
    const stream = listen(preview.port, '/minimal/cookie-policy', '')
    try {
      await stream.next((event) => event.event === 'hello')
      await writeFile(section('ru'), '## Защита сведений\n\nSAVED-AGAIN\n')
      const saved = await stream.next((event) => event.event === 'page' && Boolean(event.data.html?.includes('SAVED-AGAIN')))
      expect(saved.data.organizations).toEqual(['minimal'])
      // A section overridden in one language only cannot be used: the page says so, at the file.
      await writeFile(`${wording}/ru/partials/cookie-policy/contacts.md.hbs`, '## Контакты\n')
      const refused = await stream.next((event) => event.event === 'page' && Boolean(event.data.html?.includes('The templates cannot be used')))
      expect(refused.data.html).toContain('overridden in ru but not in kk')
      await rm(`${wording}/ru/partials/cookie-policy/contacts.md.hbs`)
      await stream.next((event) => event.event === 'page' && Boolean(event.data.html?.includes('SAVED-AGAIN')) && !event.data.html?.includes('The templates cannot be used'))
    } finally {
      stream.close()
    }
  })
})

describe('policygen preview', () => {
  let content: TestContent
  beforeAll(async () => {
    content = await copyTestContent(['minimal'])
  })
  afterAll(() => content?.remove())

  it('prints its address, serves until stopped, and stops cleanly', async () => {
    const {io, stdout, stderr} = createIo(content.work)
    const controller = new AbortController()
    const running = run(['preview', '--port', '0'], {...io, signal: controller.signal})
    let url = ''
    for (let tries = 0; tries < 600 && !url; tries++) {
      url = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout())?.[0] ?? ''
      if (!url) await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(stdout()).toMatch(/^Preview of 1 organization in content: http:\/\/127\.0\.0\.1:\d+\/\n/)
    const port = Number(new URL(url).port)
    expect((await get(port, '/minimal/cookie-policy')).body).toContain('lang="kk"')
    controller.abort()
    expect(await running).toBe(0)
    expect(stdout()).toMatch(/Preview stopped\.\n$/)
    expect(stderr()).toBe('')
    await expect(get(port, '/')).rejects.toThrow()
  })

  it('starts again on the same port when policygen.config.yaml is saved, and keeps going when it is wrong', async () => {
    const other = await copyTestContent(['acme'])
    const config = path.join(content.work, 'policygen.config.yaml')
    await writeFile(config, 'content: content\n')
    const {io, stdout, stderr} = createIo(content.work)
    const controller = new AbortController()
    const running = run(['preview', '--port', '0'], {...io, signal: controller.signal})
    try {
      const url = await waitFor(() => /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout())?.[0])
      const port = Number(new URL(url).port)
      expect((await get(port, '/minimal/cookie-policy')).status).toBe(200)
      expect((await get(port, '/acme/cookie-policy')).status).toBe(404)

      await writeFile(config, `content: ${JSON.stringify(other.contentDir)}\n`)
      await waitFor(() => /policygen\.config\.yaml changed: the preview started again with it \(1 organization\)\./.exec(stdout())?.[0])
      expect((await get(port, '/acme/cookie-policy')).status).toBe(200)
      expect((await get(port, '/minimal/cookie-policy')).status).toBe(404)

      await writeFile(config, 'content: [oops\n')
      await waitFor(() => /goes on with the settings it had/.exec(stderr())?.[0])
      expect((await get(port, '/acme/cookie-policy')).status).toBe(200)
    } finally {
      controller.abort()
      expect(await running).toBe(0)
      await other.remove()
      await rm(config, {force: true})
    }
  })

  it('says in plain words that the port is taken, and exits 2', async () => {
    const blocker = createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    const address = blocker.address()
    const port = typeof address === 'object' && address ? address.port : 0
    try {
      const {io, stderr} = createIo(content.work)
      expect(await run(['preview', '--port', String(port)], io)).toBe(2)
      expect(stderr()).toBe(`policygen: port ${port} of 127.0.0.1 is already in use (another preview, or another program). Stop it, or give another port with --port N (--port 0 picks a free one).\n`)
    } finally {
      blocker.close()
    }
  })

  it('refuses a port that is not one, a missing content folder and a second folder', async () => {
    for (const [args, message] of [
      [['--port', 'http'], '--port must be a whole number from 0 to 65535 (0 picks a free port), not `http`.'],
      [['--port', '70000'], '--port must be a whole number from 0 to 65535 (0 picks a free port), not `70000`.'],
      [['missing'], 'cannot read the content folder `missing`. Give the folder that holds <org>/facts.yaml.'],
      [['content/minimal/facts.yaml'], '`content/minimal/facts.yaml` is a file; give the folder that holds <org>/facts.yaml (the preview shows every organization in it).'],
      [['content', 'other'], 'preview takes one CONTENT_DIR, got 2.']
    ] as const) {
      const {io, stderr} = createIo(content.work)
      expect(await run(['preview', ...args], io), args.join(' ')).toBe(2)
      expect(stderr()).toBe(`policygen: ${message}\n`)
    }
  })

  it('is explained by its help, like every command', async () => {
    const {io, stdout} = createIo(content.work)
    expect(await run(['help', 'preview'], io)).toBe(0)
    expect(stdout()).toMatch(/^Usage: policygen preview \[CONTENT_DIR\] \[--port N\] \[--lang en\|ru\|kk\]\n/)
    expect(stdout()).toContain('127.0.0.1')
    const main = createIo(content.work)
    await run(['--help'], main.io)
    expect(main.stdout()).toMatch(/\n {2}preview {4}Show the documents in the browser/)
  })
})
