// Regenerates src/facts/pdf-charset.ts: the characters every PDF font policygen embeds can draw.
// Run after changing the fonts (src/formats/pdf/fonts.ts): `npm run charset`. A test fails when it is stale.
import {writeFile} from 'node:fs/promises'
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)
const fontkit = require('fontkit')

/** The font files of the PDF, as src/formats/pdf/fonts.ts lists them. */
export const fontFiles = [
  '@expo-google-fonts/pt-serif/400Regular/PTSerif_400Regular.ttf',
  '@expo-google-fonts/pt-serif/700Bold/PTSerif_700Bold.ttf',
  '@expo-google-fonts/pt-serif/400Regular_Italic/PTSerif_400Regular_Italic.ttf',
  '@expo-google-fonts/pt-serif/700Bold_Italic/PTSerif_700Bold_Italic.ttf',
  '@expo-google-fonts/pt-sans/400Regular/PTSans_400Regular.ttf',
  '@expo-google-fonts/pt-sans/700Bold/PTSans_700Bold.ttf',
  '@expo-google-fonts/pt-sans/400Regular_Italic/PTSans_400Regular_Italic.ttf',
  '@expo-google-fonts/pt-sans/700Bold_Italic/PTSans_700Bold_Italic.ttf'
]

/** The TypeScript source of src/facts/pdf-charset.ts. */
export function generateCharset() {
  // A character the font maps to its .notdef glyph (the cmap's closing 0xFFFF) is one it cannot draw.
  const sets = fontFiles.map((file) => {
    const font = fontkit.openSync(require.resolve(file))
    return new Set(font.characterSet.filter((code) => font.glyphForCodePoint(code).id !== 0))
  })
  const [first, ...rest] = sets
  const common = [...first].filter((code) => rest.every((set) => set.has(code))).sort((a, b) => a - b)
  const ranges = []
  for (const code of common) {
    const last = ranges.at(-1)
    if (last && last[1] === code - 1) last[1] = code
    else ranges.push([code, code])
  }
  const lines = ranges.map(([from, to]) => `  [0x${from.toString(16).toUpperCase()}, 0x${to.toString(16).toUpperCase()}]`)
  return [
    '/* Generated from the PDF fonts by `npm run charset` (scripts/generate-charset.mjs). Do not edit. */',
    '',
    '/** Ranges of code points that every font of the PDF (PT Serif, PT Sans: regular, bold, italic) can draw. */',
    'export const printableRanges: ReadonlyArray<readonly [number, number]> = [',
    lines.join(',\n'),
    ']',
    ''
  ].join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(new URL('../src/facts/pdf-charset.ts', import.meta.url), generateCharset())
}
