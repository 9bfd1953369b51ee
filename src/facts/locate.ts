import {isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair} from 'yaml'
import type {Place} from './problem.js'

/** One step in a path into the facts: a key of a mapping or an index of a list. */
export type PathSegment = string | number

/** Convert an offset in the source text to a 1-based line and column. */
export function placeOf(lineCounter: LineCounter, offset: number): Place {
  const {line, col} = lineCounter.linePos(offset)
  return {line, column: col}
}

/** Split an ajv JSON Pointer (`/cookies/2/retention`) into path segments. */
export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}

/** Find the YAML node for the value at `path`, if the source has one. */
export function valueNodeAt(doc: Document, path: readonly PathSegment[]): Node | undefined {
  let node: unknown = doc.contents
  for (const segment of path) {
    if (isMap(node)) node = pairOf(node.items, segment)?.value
    else if (isSeq(node) && typeof segment === 'number') node = node.items[segment]
    else return undefined
  }
  return isNodeLike(node) ? node : undefined
}

/** Find the YAML node for the key that names the fact at `path` (the value node for list items). */
export function keyNodeAt(doc: Document, path: readonly PathSegment[]): Node | undefined {
  if (path.length === 0) return isNodeLike(doc.contents) ? doc.contents : undefined
  const parent = valueNodeAt(doc, path.slice(0, -1))
  const last = path[path.length - 1]
  if (isMap(parent) && last !== undefined) {
    const key = pairOf(parent.items, last)?.key
    if (isNodeLike(key)) return key
  }
  return valueNodeAt(doc, path)
}

/**
 * Where to report a problem about the fact at `path`: at its key when `at` is `key`,
 * at its value otherwise; falling back to the nearest ancestor the source has.
 */
export function placeOfPath(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly PathSegment[],
  at: 'key' | 'value' = 'value'
): Place {
  for (let length = path.length; length >= 0; length--) {
    const prefix = path.slice(0, length)
    const node = at === 'key' || length < path.length ? keyNodeAt(doc, prefix) : valueNodeAt(doc, prefix)
    if (node?.range) return placeOf(lineCounter, node.range[0])
  }
  return {line: 1, column: 1}
}

/**
 * Where `needle` is written inside the value at `path` (the first time), so that a problem about
 * one word of a long text points at that word; at the value itself when the source writes it
 * otherwise (escaped in quotes, say).
 */
export function placeOfText(doc: Document, lineCounter: LineCounter, source: string, path: readonly PathSegment[], needle: string): Place {
  const range = valueNodeAt(doc, path)?.range
  const index = range ? source.slice(range[0], range[1]).indexOf(needle) : -1
  return range && index !== -1 ? placeOf(lineCounter, range[0] + index) : placeOfPath(doc, lineCounter, path, 'value')
}

function pairOf(items: ReadonlyArray<Pair<unknown, unknown>>, segment: PathSegment): Pair<unknown, unknown> | undefined {
  return items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment))
}

function isNodeLike(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value
}
