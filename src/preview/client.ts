/**
 * The script every preview page loads (served as `/preview.js`). The tabs of one browser share one
 * connection to `/events`, since a browser opens at most six to one address and a seventh tab would
 * wait for its page: the tab holding a Web Lock opens it for the addresses of every tab (which say
 * where they are on a BroadcastChannel, and opens it again when a tab comes or goes), and passes each
 * page the server sends on to the tab that shows it. When that tab closes, another takes the lock.
 * A browser without either API opens a connection per tab, as before.
 *
 * When the server sends a tab's page again (`page`: its organization, the templates or, for the
 * index, anything changed), the tab swaps the body and the styles in place, so the scroll position
 * stays where it was. If that fails it reloads the page, keeping the scroll position in
 * sessionStorage. A red dot says the preview has stopped; the browser reconnects by itself, and a
 * page that missed a rebuild meanwhile is sent again at once.
 */
export const clientScript = `'use strict'
;(() => {
  const root = document.documentElement
  const here = location.pathname
  const key = 'policygen-preview:scroll:' + here
  const saved = sessionStorage.getItem(key)
  if (saved !== null) {
    sessionStorage.removeItem(key)
    const [x, y] = saved.split(',').map(Number)
    scrollTo(x || 0, y || 0)
  }
  const show = (html) => {
    const next = new DOMParser().parseFromString(html, 'text/html')
    document.title = next.title
    const style = document.getElementById('pg-style')
    const nextStyle = next.getElementById('pg-style')
    if (style && nextStyle && style.textContent !== nextStyle.textContent) style.textContent = nextStyle.textContent
    document.body.replaceWith(document.adoptNode(next.body))
  }
  const apply = (change) => {
    if (change.path !== undefined && change.path !== here) return
    try {
      show(change.html)
      root.dataset.build = change.build
      dispatchEvent(new CustomEvent('policygen-preview:updated', {detail: {build: change.build, organizations: change.organizations}}))
    } catch {
      sessionStorage.setItem(key, scrollX + ',' + scrollY)
      location.reload()
    }
  }
  const offline = (down) => root.classList.toggle('pg-offline', down)
  const listen = (pages, onPage, onState) => {
    const query = pages.map(([path, build]) => 'page=' + encodeURIComponent(path) + '&build=' + encodeURIComponent(build)).join('&')
    const events = new EventSource('/events?' + query)
    events.addEventListener('hello', (event) => onState(false, JSON.parse(event.data).build))
    events.addEventListener('page', (event) => onPage(JSON.parse(event.data)))
    events.addEventListener('error', () => onState(true))
    return events
  }
  const build = () => root.dataset.build || ''
  if (typeof BroadcastChannel !== 'function' || !navigator.locks) {
    listen([[here, build()]], apply, offline)
    return
  }
  const channel = new BroadcastChannel('policygen-preview')
  const tab = Math.random().toString(36).slice(2) + Date.now().toString(36)
  const announce = () => channel.postMessage({type: 'here', tab, path: here, build: build()})
  // Known only to the tab holding the stream: what each tab shows (tab → [address, build]).
  let tabs
  let reconnect = () => {}
  channel.onmessage = ({data}) => {
    if (data.type === 'page') apply(data.change)
    else if (data.type === 'state') offline(data.down)
    else if (data.type === 'who') announce()
    else if (tabs && data.type === 'here') {
      tabs.set(data.tab, [data.path, data.build])
      reconnect()
    } else if (tabs && data.type === 'bye' && tabs.delete(data.tab)) reconnect()
  }
  addEventListener('pagehide', () => channel.postMessage({type: 'bye', tab}))
  addEventListener('pageshow', (event) => {
    if (event.persisted) announce()
  })
  announce()
  navigator.locks.request('policygen-preview:events', () => {
    tabs = new Map([[tab, [here, build()]]])
    let events
    let timer
    const open = () => {
      events?.close()
      // One entry an address; tabs of one address that show different builds are all sent it again.
      const pages = new Map()
      for (const [path, seen] of tabs.values()) pages.set(path, pages.has(path) && pages.get(path) !== seen ? '' : seen)
      // The server sends a page only where it changed: every page the stream is for is then as of
      // the build it names (also that of its greeting, which comes before the pages it sends at once).
      const upTo = (seen) => {
        for (const entry of tabs.values()) entry[1] = seen
      }
      events = listen([...pages], (change) => {
        upTo(change.build)
        apply(change)
        channel.postMessage({type: 'page', change})
      }, (down, seen) => {
        if (seen !== undefined) upTo(seen)
        offline(down)
        channel.postMessage({type: 'state', down})
      })
    }
    reconnect = () => {
      clearTimeout(timer)
      timer = setTimeout(open, 20)
    }
    tabs.get(tab)[1] = build()
    channel.postMessage({type: 'who'})
    open()
    // The lock is held as long as this tab is open.
    return new Promise(() => {})
  })
})()
`
