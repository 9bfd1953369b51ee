/** The font files of the PDF, as src/formats/pdf/fonts.ts lists them. */
export const fontFiles: readonly string[]
/** The TypeScript source of src/facts/pdf-charset.ts: the code points every PDF font can draw. */
export function generateCharset(): string
