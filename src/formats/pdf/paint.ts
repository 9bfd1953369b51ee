import type {FontKey} from './font-keys.js'
import type {Measurer} from './fonts.js'
import {setOutlineDestination, showText, subsetInGlyphOrder} from './internals.js'
import {colors} from './layout.js'
import type {Layout, LinkTarget, Op, PageGeometry, StructNode} from './ops.js'

/** What every page's footer says. */
export interface Footer {
  /** Left: the organization and the document's title. */
  text: string
  /** Left, below it: the version in force and its effective date, so a printed page says which text it is. */
  edition: string
  /** Right: the page, e.g. «стр. 2 из 5». */
  pageLabel: (page: number, pages: number) => string
}

type Artifact = 'Layout' | 'Pagination'

interface AnnotationWithStructure extends PDFKit.Mixins.AnnotationOption {
  structParent: PDFKit.PDFStructureElement
}

/**
 * Draw a laid-out document into `doc` (which has its first page): text as tagged marked content
 * under the structure tree, decorations and footers as artifacts, links as annotations inside
 * their `Link` elements, a named destination and a bookmark per heading.
 */
export function paint(doc: PDFKit.PDFDocument, layout: Layout, geometry: PageGeometry, footer: Footer, measure: Measurer): void {
  const root = doc.struct('Document')
  doc.addStructure(root)
  const elements = new Map<StructNode, PDFKit.PDFStructureElement>([[layout.root, root]])
  let pageLinks = new Map<StructNode, PDFKit.PDFStructureElement>()
  let open: StructNode | Artifact | undefined
  let section: PDFKit.PDFOutline | undefined

  const element = (node: StructNode): PDFKit.PDFStructureElement => {
    const known = node.type === 'Link' ? pageLinks.get(node) : elements.get(node)
    if (known) return known
    const created = node.scope ? doc.struct(node.type, {scope: node.scope} as PDFKit.Mixins.StructureElementOptions) : doc.struct(node.type)
    ;(node.parent ? element(node.parent) : root).add(created)
    ;(node.type === 'Link' ? pageLinks : elements).set(node, created)
    return created
  }
  const mark = (target: StructNode | Artifact) => {
    if (open === target) return
    if (open !== undefined) doc.endMarkedContent()
    if (typeof target === 'string') doc.markContent('Artifact', {type: target})
    else element(target).add(doc.markStructureContent(target.type))
    open = target
  }
  const annotate = (link: LinkTarget, x: number, y: number, width: number, height: number) => {
    const options: AnnotationWithStructure = {structParent: element(link.node)}
    if (link.kind === 'uri') doc.link(x, y, width, height, link.target, options)
    else doc.goTo(x, y, width, height, link.target, options)
  }
  const boxHeight = (op: {font: FontKey; size: number}) => measure.ascender(op.font, op.size) + measure.descender(op.font, op.size)

  const draw = (op: Op) => {
    switch (op.kind) {
      case 'text':
        mark(op.node ?? 'Layout')
        doc.font(op.font).fontSize(op.size).fillColor(op.color)
        showText(doc, op.text, op.x, op.y)
        if (op.link) annotate(op.link, op.x, op.y, op.width, boxHeight(op))
        break
      case 'pageref': {
        const text = pageNumber(layout, op.dest)
        const width = measure.width(text, op.font, op.size)
        mark(op.node)
        doc.font(op.font).fontSize(op.size).fillColor(op.color)
        showText(doc, text, op.right - width, op.y)
        annotate(op.link, op.area.left, op.y - op.area.above, op.right - op.area.left, op.area.height)
        break
      }
      case 'rect':
        mark('Layout')
        doc.save().rect(op.x, op.y, op.width, op.height)
        if (op.fill) doc.fillColor(op.fill).fill()
        else doc.lineWidth(op.lineWidth ?? 0.5).strokeColor(op.stroke ?? colors.rule).stroke()
        doc.restore()
        break
      case 'line':
        mark('Layout')
        doc.save().moveTo(op.x1, op.y1).lineTo(op.x2, op.y2).lineWidth(op.width).strokeColor(op.color)
        if (op.dash) doc.lineCap('round').dash(op.dash[0], {space: op.dash[1]})
        doc.stroke().restore()
        break
      case 'dest':
        doc.addNamedDestination(op.name, 'XYZ', null, Math.max(0, op.y - 8), null)
        if (op.level === 3 && section) {
          setOutlineDestination(section.addItem(op.title), op.name)
        } else {
          const item = doc.outline.addItem(op.title)
          setOutlineDestination(item, op.name)
          if (op.level === 2) section = item
        }
        break
    }
  }

  const total = layout.pages.length
  const footers = layout.pages.map((_, index) => footerLines(geometry, footer, index + 1, total, measure))
  // Every line the document shows, by font, so each font's subset can start with its glyphs in order.
  const lines = new Map<FontKey, string[]>()
  const shows = (font: FontKey, text: string) => {
    const known = lines.get(font)
    if (known) known.push(text)
    else lines.set(font, [text])
  }
  for (const op of layout.pages.flat()) {
    if (op.kind === 'text') shows(op.font, op.text)
    else if (op.kind === 'pageref') shows(op.font, pageNumber(layout, op.dest))
  }
  for (const {text, label, edition} of footers) for (const line of [text, label, edition]) shows(footerFont, line)
  subsetInGlyphOrder(doc, lines)

  layout.pages.forEach((ops, index) => {
    if (index > 0) doc.addPage()
    for (const op of ops) draw(op)
    drawFooter(doc, geometry, footers[index] as FooterLines, () => mark('Pagination'))
    if (open !== undefined) doc.endMarkedContent()
    open = undefined
    for (const link of pageLinks.values()) link.end()
    pageLinks = new Map()
  })
}

/** The font and size of the footer. */
const footerFont: FontKey = 'sans'
const footerSize = 8

/** What one page's footer shows: its text and edition, cut to fit, and its page label. */
interface FooterLines {
  text: string
  edition: string
  label: string
  labelWidth: number
}

function footerLines(geometry: PageGeometry, footer: Footer, page: number, pages: number, measure: Measurer): FooterLines {
  const label = footer.pageLabel(page, pages)
  const labelWidth = measure.width(label, footerFont, footerSize)
  const text = fit(footer.text, geometry.right - geometry.left - labelWidth - 24, footerSize, measure)
  const edition = fit(footer.edition, geometry.right - geometry.left, footerSize, measure)
  return {text, edition, label, labelWidth}
}

/** The number of the page a destination is on, as the table of contents prints it. */
function pageNumber(layout: Layout, dest: string): string {
  const page = layout.destPages.get(dest)
  return page === undefined ? '' : String(page + 1)
}

function drawFooter(doc: PDFKit.PDFDocument, geometry: PageGeometry, lines: FooterLines, markArtifact: () => void): void {
  markArtifact()
  const y = geometry.bottom + 24
  doc.save().moveTo(geometry.left, y - 6).lineTo(geometry.right, y - 6).lineWidth(0.5).strokeColor(colors.rule).stroke().restore()
  doc.font(footerFont).fontSize(footerSize).fillColor(colors.muted)
  showText(doc, lines.text, geometry.left, y)
  showText(doc, lines.label, geometry.right - lines.labelWidth, y)
  showText(doc, lines.edition, geometry.left, y + footerSize * 1.4)
}

/** `text`, cut with «…» where it is wider than `room`. */
function fit(text: string, room: number, size: number, measure: Measurer): string {
  if (measure.width(text, footerFont, size) <= room) return text
  let cut = text
  while (cut.length > 1 && measure.width(`${cut}…`, footerFont, size) > room) cut = cut.slice(0, -1)
  return `${cut.trimEnd()}…`
}
