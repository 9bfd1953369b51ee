/**
 * The value `store` keeps under `key`, made by `make` and kept first when it has none. A store that
 * holds `max` values starts over, so that what a long build remembers stays bounded. For the stores
 * the renderers share between documents (widths, set lines, parsed sections), whose values depend on
 * nothing but their key. A string key is kept as a copy of its own (see `ownCopy`), and `make` is
 * given that copy, so that what it makes of it holds no larger string alive either.
 */
export function remembered<K, V>(store: Map<K, V>, max: number, key: K, make: (key: K) => V): V {
  const known = store.get(key)
  if (known !== undefined) return known
  const own = typeof key === 'string' ? (ownCopy(key) as K) : key
  const made = make(own)
  if (store.size >= max) store.clear()
  store.set(own, made)
  return made
}

/**
 * `text` as a string of its own. In V8 a string cut from a longer one (by `slice`, or a parser's
 * token of its input) is a view of the longer one and keeps all of it alive: a section of a document
 * kept as a key, or a link cut from it kept in a set line, kept the whole document for as long as
 * it stayed in the store (a render thread held 264 whole documents, 5.6 MB, this way). A copy
 * holds only its own characters. Short strings are always copies already.
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1)
}
