/** A typeface of the PDF: PT Serif for the text, PT Sans for headings, tables and the footer. */
export type FontFamily = 'serif' | 'sans'

/** One registered font: family plus weight and slant, e.g. `serif-bold-italic`. */
export type FontKey = `${FontFamily}${'' | '-bold'}${'' | '-italic'}`

/**
 * The font of `family` in the given weight and slant. Apart from the fonts themselves (`fonts.ts`),
 * so that layout can name them without loading pdfkit and fontkit, which a command that renders no
 * PDF (`validate`, a build with nothing to render) never needs.
 */
export function fontKey(family: FontFamily, bold: boolean, italic: boolean): FontKey {
  return `${family}${bold ? '-bold' : ''}${italic ? '-italic' : ''}`
}
