import type {FontKey, Measurer} from './fonts.js'
import {setOutlineDestination, showText} from './internals.js'
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
        const page = layout.destPages.get(op.dest)
        const text = page === undefined ? '' : String(page + 1)
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
  layout.pages.forEach((ops, index) => {
    if (index > 0) doc.addPage()
    for (const op of ops) draw(op)
    drawFooter(doc, geometry, footer, index + 1, total, measure, () => mark('Pagination'))
    if (open !== undefined) doc.endMarkedContent()
    open = undefined
    for (const link of pageLinks.values()) link.end()
    pageLinks = new Map()
  })
}

function drawFooter(doc: PDFKit.PDFDocument, geometry: PageGeometry, footer: Footer, page: number, pages: number, measure: Measurer, markArtifact: () => void): void {
  markArtifact()
  const y = geometry.bottom + 24
  const size = 8
  const label = footer.pageLabel(page, pages)
  const labelWidth = measure.width(label, 'sans', size)
  // Measured before the font is set: the measurer uses the document's font state.
  const text = fit(footer.text, geometry.right - geometry.left - labelWidth - 24, size, measure)
  const edition = fit(footer.edition, geometry.right - geometry.left, size, measure)
  doc.save().moveTo(geometry.left, y - 6).lineTo(geometry.right, y - 6).lineWidth(0.5).strokeColor(colors.rule).stroke().restore()
  doc.font('sans').fontSize(size).fillColor(colors.muted)
  showText(doc, text, geometry.left, y)
  showText(doc, label, geometry.right - labelWidth, y)
  showText(doc, edition, geometry.left, y + size * 1.4)
}

/** `text`, cut with «…» where it is wider than `room`. */
function fit(text: string, room: number, size: number, measure: Measurer): string {
  if (measure.width(text, 'sans', size) <= room) return text
  let cut = text
  while (cut.length > 1 && measure.width(`${cut}…`, 'sans', size) > room) cut = cut.slice(0, -1)
  return `${cut.trimEnd()}…`
}
