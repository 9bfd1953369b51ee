/**
 * The value `store` keeps under `key`, made by `make` and kept first when it has none. A store that
 * holds `max` values starts over, so that what a long build remembers stays bounded. For the stores
 * the renderers share between documents (widths, set lines, parsed sections), whose values depend on
 * nothing but their key.
 */
export function remembered<K, V>(store: Map<K, V>, max: number, key: K, make: () => V): V {
  const known = store.get(key)
  if (known !== undefined) return known
  const made = make()
  if (store.size >= max) store.clear()
  store.set(key, made)
  return made
}
