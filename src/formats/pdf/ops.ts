import type {FontKey} from './font-keys.js'

/**
 * What layout produces and painting draws: positioned drawing operations per page, and the nodes
 * of the logical structure they belong to. Positions are in points, y down from the page's top.
 */

/** A tag of the logical structure (PDF 1.7, 14.8.4), in the reading order of the document. */
export type StructType = 'Document' | 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'THead' | 'TBody' | 'TR' | 'TH' | 'TD' | 'Link' | 'TOC' | 'TOCI'

/** A node of the logical structure; painting turns it into a pdfkit structure element on first use. */
export interface StructNode {
  type: StructType
  parent?: StructNode
  /** For `TH`: the header cells of a column. */
  scope?: 'Column'
}

/** Where a link leads: a URL, or a named destination of the document. */
export interface LinkTarget {
  kind: 'uri' | 'dest'
  target: string
  /** The `Link` structure element the text and the annotation belong to. */
  node: StructNode
}

/** Text at a position: `y` is the top of the font's ascender, as pdfkit places text. */
export interface TextOp {
  kind: 'text'
  x: number
  y: number
  width: number
  text: string
  font: FontKey
  size: number
  color: string
  node: StructNode | undefined
  link?: LinkTarget
}

/** Page number of a destination, right-aligned at `right` (filled in when every page is known). */
export interface PageRefOp {
  kind: 'pageref'
  right: number
  y: number
  font: FontKey
  size: number
  color: string
  dest: string
  node: StructNode
  link: LinkTarget
  /** The clickable area, from the number's left edge and top: the whole entry. */
  area: {left: number; above: number; height: number}
}

/** A filled or stroked rectangle (decoration: an artifact). */
export interface RectOp {
  kind: 'rect'
  x: number
  y: number
  width: number
  height: number
  fill?: string
  stroke?: string
  lineWidth?: number
}

/** A straight line (decoration: an artifact); `dash` makes it dotted. */
export interface LineOp {
  kind: 'line'
  x1: number
  y1: number
  x2: number
  y2: number
  color: string
  width: number
  dash?: readonly [number, number]
}

/** A heading's named destination and bookmark. */
export interface DestOp {
  kind: 'dest'
  name: string
  y: number
  level: 1 | 2 | 3
  title: string
}

/** Something to draw on a page. */
export type Op = TextOp | PageRefOp | RectOp | LineOp | DestOp

/** The page: its size and the box the text flows in (points, y down from the top). */
export interface PageGeometry {
  width: number
  height: number
  top: number
  bottom: number
  left: number
  right: number
}

/** The laid-out document: what each page shows, and on which page each destination is. */
export interface Layout {
  pages: Op[][]
  destPages: ReadonlyMap<string, number>
  root: StructNode
}
