import {createHash} from 'node:crypto'

/** What the PDF says about itself, in the Info dictionary and the XMP packet alike (PDF/A wants both). */
export interface PdfMetadata {
  title: string
  author: string
  subject: string
  /** BCP 47 tag: `ru-KZ`, `kk-KZ`. */
  lang: string
  creator: string
  producer: string
  /** Creation and modification date (the same: a document is made once from its facts). */
  date: Date
}

/**
 * The date a PDF carries: `SOURCE_DATE_EPOCH` (seconds) when given, so reproducible-build tooling
 * controls it, otherwise midnight UTC of the document's effective date; never the clock.
 */
export function pdfDate(isoDate: string, sourceDateEpoch?: number): Date {
  if (sourceDateEpoch !== undefined) {
    if (!Number.isFinite(sourceDateEpoch)) throw new RangeError(`sourceDateEpoch must be a number of seconds, not ${sourceDateEpoch}`)
    return new Date(Math.trunc(sourceDateEpoch) * 1000)
  }
  const date = new Date(`${isoDate}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an ISO date: ${isoDate}`)
  return date
}

/** The Info dictionary pdfkit writes. */
export function infoDictionary(meta: PdfMetadata): PDFKit.DocumentInfo {
  return {Title: meta.title, Author: meta.author, Subject: meta.subject, Creator: meta.creator, Producer: meta.producer, CreationDate: meta.date, ModDate: meta.date}
}

/**
 * The XMP properties matching the Info dictionary (XML-escaped, with `xmp:ModifyDate` and
 * `dc:language`), as `rdf:Description`s for the packet pdfkit wraps them in.
 */
export function xmpDescriptions(meta: PdfMetadata): string {
  const date = meta.date.toISOString().replace(/\.\d{3}Z$/, 'Z')
  const text = escapeXml
  return [
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${text(meta.creator)}</xmp:CreatorTool>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${text(meta.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${text(meta.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${text(meta.subject)}</rdf:li></rdf:Alt></dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${text(meta.lang)}</rdf:li></rdf:Bag></dc:language>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    `<pdf:Producer>${text(meta.producer)}</pdf:Producer>`,
    '</rdf:Description>'
  ].join('\n')
}

/**
 * The trailer `/ID`: 16 bytes of SHA-256 over everything the PDF is made of (the HTML the tree
 * serializes to, the metadata, the renderer's revision), so equal inputs give equal files and
 * different content a different ID; pdfkit's own ID hashes only the Info dictionary.
 */
export function fileId(content: string, meta: PdfMetadata, revision: string): Uint8Array {
  const hash = createHash('sha256')
  hash.update(revision).update('\0').update(JSON.stringify({...meta, date: meta.date.toISOString()})).update('\0').update(content)
  return new Uint8Array(hash.digest().subarray(0, 16))
}

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
}
