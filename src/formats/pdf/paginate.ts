import type {Op, PageGeometry} from './ops.js'

/**
 * An unbreakable piece of the flow (a line, a heading, a table row), with ops positioned from its
 * own top. Pages break only between chunks, or inside a chunk that can `split` and is taller than a page.
 */
export interface Chunk {
  height: number
  /** Space above, dropped at the top of a page. */
  spaceBefore: number
  /** Space below, before whatever follows (optional). */
  spaceAfter?: number
  /** Keep on the same page as the next chunk. */
  keepWithNext: boolean
  ops: Op[]
  /** Baseline of the first line, from the chunk's top (list markers sit on it). */
  baseline?: number
  /** The table's header row, repeated (as an artifact) when this row begins a page. */
  header?: Chunk
  /** Cut in two, the first part at most `available` high (between lines), if possible. */
  split?: (available: number) => [Chunk, Chunk] | undefined
}

/** `op` moved down by `dy`. */
export function shift(op: Op, dy: number): Op {
  return op.kind === 'line' ? {...op, y1: op.y1 + dy, y2: op.y2 + dy} : {...op, y: op.y + dy}
}

/** Places chunks on pages, top to bottom, honouring keep-with-next and repeating table headers. */
export class Paginator {
  /** What each page shows. */
  readonly pages: Op[][] = [[]]
  /** The page (0-based) of each named destination. */
  readonly destPages = new Map<string, number>()
  #y: number
  #atTop = true
  /** Nothing but a repeated table header on the page yet. */
  #fresh = true
  #pendingSpace = 0

  constructor(readonly geometry: PageGeometry) {
    this.#y = geometry.top
  }

  /** Place every chunk, in order. */
  place(chunks: readonly Chunk[]): void {
    const queue = [...chunks]
    const bodyHeight = this.geometry.bottom - this.geometry.top
    for (let index = 0; index < queue.length; index++) {
      const chunk = queue[index]
      if (!chunk) continue
      let need = this.#gap(chunk) + chunk.height
      for (let next = index; queue[next]?.keepWithNext && next + 1 < queue.length; next++) {
        const following = queue[next + 1]
        if (following) need += following.spaceBefore + following.height
      }
      if (this.#y + Math.min(need, bodyHeight) > this.geometry.bottom) {
        // A row taller than a whole page is split where it stands; anything else moves on whole.
        const tooTall = chunk.height > bodyHeight - (chunk.header?.height ?? 0)
        const parts = tooTall ? chunk.split?.(this.geometry.bottom - this.#y - this.#gap(chunk)) : undefined
        if (parts) {
          this.#put(parts[0])
          queue.splice(index + 1, 0, {...parts[1], spaceBefore: 0})
          continue
        }
        if (!this.#fresh) this.#newPage(chunk)
        const rest = this.#y + chunk.height > this.geometry.bottom ? chunk.split?.(this.geometry.bottom - this.#y) : undefined
        if (rest) {
          this.#put(rest[0])
          queue.splice(index + 1, 0, {...rest[1], spaceBefore: 0})
          continue
        }
      }
      this.#put(chunk)
    }
  }

  #gap(chunk: Chunk): number {
    return this.#atTop ? 0 : Math.max(chunk.spaceBefore, this.#pendingSpace)
  }

  #newPage(chunk: Chunk): void {
    this.pages.push([])
    this.#y = this.geometry.top
    this.#atTop = true
    this.#pendingSpace = 0
    if (chunk.header && chunk.header !== chunk) this.#put({...chunk.header, ops: chunk.header.ops.filter((op) => op.kind !== 'dest').map(asArtifact)})
    this.#fresh = true
  }

  #put(chunk: Chunk): void {
    const page = this.pages[this.pages.length - 1]
    if (!page) return
    this.#y += this.#gap(chunk)
    for (const op of chunk.ops) {
      page.push(shift(op, this.#y))
      if (op.kind === 'dest') this.destPages.set(op.name, this.pages.length - 1)
    }
    this.#y += chunk.height
    this.#atTop = false
    this.#fresh = false
    this.#pendingSpace = chunk.spaceAfter ?? 0
  }
}

/** A repeated header: drawn, but not part of the logical structure (and not a second link). */
function asArtifact(op: Op): Op {
  if (op.kind !== 'text') return op
  const {link: _link, ...rest} = op
  return {...rest, node: undefined}
}
