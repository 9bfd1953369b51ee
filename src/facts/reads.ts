import {isWithin} from './problem.js'

/**
 * `value` behind a proxy that records, in `reads`, the path of every fact read through it
 * (`crossBorder.countries[1]`, as problems name facts), however deep: what a rule looked at, so that
 * on facts that break the schema, a rule that read a broken fact can be told apart from one that did
 * not. Each object gets one proxy, so that a rule comparing facts by identity still can.
 */
export function recordingReads<T>(value: T, reads: Set<string>): T {
  return wrap(value, '', reads, new WeakMap()) as T
}

function wrap(value: unknown, path: string, reads: Set<string>, proxies: WeakMap<object, object>): unknown {
  if (typeof value !== 'object' || value === null) return value
  const known = proxies.get(value)
  if (known) return known
  const proxy = new Proxy(value, {
    get(target, key, receiver) {
      const found: unknown = Reflect.get(target, key, receiver)
      // An array's methods and length, an iterator: not facts. A fact that is not there is read too.
      if (typeof key === 'symbol' || (!Object.prototype.hasOwnProperty.call(target, key) && key in target)) return found
      const child = Array.isArray(target) ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`
      reads.add(child)
      return wrap(found, child, reads, proxies)
    }
  })
  proxies.set(value, proxy)
  return proxy
}

/** Whether any of `reads` is one of the `broken` facts, or inside one. */
export function readsAny(reads: ReadonlySet<string>, broken: readonly string[]): boolean {
  for (const read of reads) if (broken.some((path) => isWithin(read, path))) return true
  return false
}
