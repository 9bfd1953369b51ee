/**
 * The script every preview page loads (served as `/preview.js`). It opens `/events` for its own
 * address; when the server sends the page again (`page`: its organization, the templates or, for the
 * index, anything changed), it swaps the body and the styles in place, so the scroll position stays
 * where it was. If that fails it reloads the page, keeping the scroll position in sessionStorage.
 * A red dot says the preview has stopped; the browser reconnects by itself, and a page that missed
 * a rebuild meanwhile is sent again at once.
 */
export const clientScript = `'use strict'
;(() => {
  const root = document.documentElement
  const key = 'policygen-preview:scroll:' + location.pathname
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
  const address = '/events?page=' + encodeURIComponent(location.pathname) + '&build=' + encodeURIComponent(root.dataset.build || '')
  const events = new EventSource(address)
  events.addEventListener('hello', () => root.classList.remove('pg-offline'))
  events.addEventListener('page', (event) => {
    const change = JSON.parse(event.data)
    try {
      show(change.html)
      root.dataset.build = change.build
      dispatchEvent(new CustomEvent('policygen-preview:updated', {detail: {build: change.build, organizations: change.organizations}}))
    } catch {
      sessionStorage.setItem(key, scrollX + ',' + scrollY)
      location.reload()
    }
  })
  events.addEventListener('error', () => root.classList.add('pg-offline'))
})()
`
