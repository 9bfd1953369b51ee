import http from 'node:http'
import type {AddressInfo} from 'node:net'

/**
 * A small site served on 127.0.0.1 for the scan tests, with a third party on `tracker.localhost`
 * (which Chromium resolves to the loopback address itself): nothing touches the internet.
 * Before consent: `sid` (HttpOnly, session), `_ga` (2 years, by script), `_ym_uid` (a catalogue
 * service's cookie the facts do not declare), `tp_id` (third party), `ls_pref` in localStorage and
 * `tp_ls` in the localStorage of the tracker's iframe;
 * `/about` adds `ss_tab` to sessionStorage. The accept button sets `consent` and `ads_id` (90 days).
 * `/slow` (linked from nowhere) has a pixel that never loads and a link that redirects off the site.
 */
export interface FixtureSite {
  url: string
  close: () => Promise<void>
}

const pixel = Buffer.from('R0lGODlhAQABAAAAACw=', 'base64')

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)))
}

/** Start the site and its third party; `close` stops both. */
export async function startFixtureSite(): Promise<FixtureSite> {
  const tracker = http.createServer((request, response) => {
    if (request.url === '/frame') {
      response.setHeader('Content-Type', 'text/html; charset=utf-8')
      response.end(`<!doctype html><script>localStorage.setItem('tp_ls', '1')</script>`)
      return
    }
    response.setHeader('Set-Cookie', 'tp_id=t1; Max-Age=31536000; Path=/; SameSite=None; Secure')
    response.setHeader('Content-Type', 'image/gif')
    response.end(pixel)
  })
  const trackerPort = await listen(tracker)
  const page = (body: string) => `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Магазин</title></head><body>${body}</body></html>`
  const site = http.createServer((request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8')
    if (request.url === '/') {
      response.setHeader('Set-Cookie', 'sid=s1; HttpOnly; Path=/')
      response.end(page(`<h1>Магазин</h1><a href="/about">О нас</a> <a href="https://example.com/">внешняя ссылка</a>
<img src="http://tracker.localhost:${trackerPort}/p.gif" alt=""><iframe src="http://tracker.localhost:${trackerPort}/frame" title="виджет"></iframe>
<button id="accept" onclick="document.cookie='consent=yes; max-age=31536000; path=/'; document.cookie='ads_id=a1; max-age=7776000; path=/'">Принять</button>
<script>document.cookie = '_ga=GA1.1.1; max-age=63072000; path=/'; document.cookie = '_ym_uid=1; max-age=31536000; path=/'; localStorage.setItem('ls_pref', '1')</script>`))
    } else if (request.url === '/slow') {
      // A pixel that never finishes, a link that redirects off the site, and one to a page that is not there.
      response.setHeader('Set-Cookie', 'slow_c=1; Path=/')
      response.end(page(`<img src="/hanging.gif" alt=""><a href="/out">Партнёр</a> <a href="/about">О нас</a>`))
    } else if (request.url === '/hanging.gif') {
      response.setHeader('Content-Type', 'image/gif') // and never ends
    } else if (request.url === '/out') {
      response.statusCode = 302
      response.setHeader('Location', `http://tracker.localhost:${trackerPort}/land`)
      response.end()
    } else if (request.url === '/about') {
      response.end(page(`<h1>О нас</h1><a href="/">Главная</a><script>sessionStorage.setItem('ss_tab', '1')</script>`))
    } else {
      response.statusCode = 404
      response.end(page('Нет такой страницы'))
    }
  })
  const port = await listen(site)
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await Promise.all([site, tracker].map((server) => new Promise((resolve) => server.close(resolve))))
    }
  }
}
