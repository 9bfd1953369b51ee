/**
 * The few parts of pdfkit (0.20) that its public API and type definitions do not cover, each behind a
 * narrow typed view so the rest of the PDF stage never reaches into pdfkit's internals.
 */

/** The font pdfkit currently sets text in: its vertical metrics and the parsed fontkit font. */
export interface InternalFont {
  ascender: number
  descender: number
  font?: FontkitFont
  /** Shaped words by text; pdfkit keeps one per document unless replaced. */
  layoutCache?: Record<string, ShapedRun | undefined>
}

/** A font parsed by fontkit. */
export interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean
  glyphForCodePoint(codePoint: number): {id: number}
  characterSet: number[]
}

/** A word as fontkit shaped it and pdfkit scaled it: what pdfkit reads of its layout cache. */
export interface ShapedRun {
  glyphs: ReadonlyArray<{id: number; advanceWidth: number; codePoints: readonly number[]}>
  positions: readonly unknown[]
  advanceWidth: number
}

interface DocumentInternals {
  _font: InternalFont
  _id: Uint8Array
  _root: {data: Record<string, unknown>}
  _addInfo: () => void
}

interface OutlineInternals {
  outlineData: Record<string, unknown>
}

function internals(doc: PDFKit.PDFDocument): DocumentInternals {
  return doc as unknown as DocumentInternals
}

/** The font selected by the last `doc.font(...)`. */
export function internalFont(doc: PDFKit.PDFDocument): InternalFont {
  return internals(doc)._font
}

/** Replace the trailer `/ID` pdfkit derives from the Info dictionary (it must be 16 bytes or more). */
export function setFileId(doc: PDFKit.PDFDocument, id: Uint8Array): void {
  internals(doc)._id = id
}

/** Set an entry of the document catalog (`/PageMode`, …). */
export function setCatalogEntry(doc: PDFKit.PDFDocument, key: string, value: unknown): void {
  internals(doc)._root.data[key] = value
}

/**
 * Replace pdfkit's XMP packet body (built from the Info dictionary without XML escaping and without
 * `xmp:ModifyDate`, `dc:language`) by `xml`, appended when the document ends, after the PDF/A id.
 */
export function replaceXmpInfo(doc: PDFKit.PDFDocument, xml: string): void {
  internals(doc)._addInfo = () => doc.appendXML(xml)
}

/** Point an outline item at a named destination (pdfkit only knows page/position destinations). */
export function setOutlineDestination(item: PDFKit.PDFOutline, name: string): void {
  ;(item as unknown as OutlineInternals).outlineData.Dest = new String(name)
}
