/** What is wrong with a text that must not carry structure, if anything. */
export type TextHazard =
  | {kind: 'line-break'; position: number; character: string}
  | {kind: 'control-character'; position: number; character: string}
  | {kind: 'bidi-control'; position: number; character: string}
  | {kind: 'blank'}

const lineBreaks = /[\n\r\u2028\u2029\u0085\u000B\u000C]/u
// C0 and C1 controls other than the line breaks above; a tab is allowed in clause bodies only.
const controls = /[\u0000-\u0009\u000E-\u001F\u007F-\u0084\u0086-\u009F]/u
const bidi = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u
// Characters that show nothing: spaces, zero-width characters, the soft hyphen, the BOM, and so on.
const invisible = /^[\s\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200D\u2060-\u2064\u3164\uFEFF\uFFA0]*$/u

/** The character at `index` named as lawyers can look it up: `U+000D`. */
export function codePointName(text: string, index: number): string {
  return `U+${(text.codePointAt(index) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

function firstMatch(text: string, pattern: RegExp): number {
  const match = pattern.exec(text)
  return match ? match.index : -1
}

/**
 * Check a text that lands in a document: a one-line fact (a name, an address, a cookie name) may not
 * hold a line break; no text may hold control characters or bidirectional overrides (they reorder
 * what a reader sees), nor consist only of spaces and invisible characters. Positions are 1-based.
 */
export function textHazard(text: string, options: {multiline: boolean}): TextHazard | undefined {
  if (invisible.test(text)) return {kind: 'blank'}
  const lineBreak = options.multiline ? -1 : firstMatch(text, lineBreaks)
  const control = firstMatch(text, options.multiline ? /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/u : controls)
  const override = firstMatch(text, bidi)
  const found = [
    {kind: 'line-break' as const, index: lineBreak},
    {kind: 'control-character' as const, index: control},
    {kind: 'bidi-control' as const, index: override}
  ]
    .filter((candidate) => candidate.index >= 0)
    .sort((a, b) => a.index - b.index)[0]
  if (!found) return undefined
  return {kind: found.kind, position: [...text.slice(0, found.index)].length + 1, character: codePointName(text, found.index)}
}

/** Whether a one-line text is clean (the schema's `single-line` format). */
export const isSingleLine = (text: string): boolean => textHazard(text, {multiline: false}) === undefined

/** Whether a multi-line text (a clause body) is clean (the schema's `multiline-text` format). */
export const isCleanMultiline = (text: string): boolean => textHazard(text, {multiline: true}) === undefined

/** A word's letters (with `g`, for `matchAll`): a run of letters and the marks on them, cut at anything else (`cookie-файлы` is two words). */
const words = /[\p{L}\p{M}]+/gu
const latin = /\p{Script=Latin}/u
const cyrillic = /\p{Script=Cyrillic}/u

/** The first letter of `word` in the script fewer of its letters are in (Latin when as many), with its place in the word. */
function foreignLetter(word: string): {letter: string; at: number; script: 'Latin' | 'Cyrillic'} | undefined {
  const letters = [...word]
  const latinCount = letters.filter((letter) => latin.test(letter)).length
  const cyrillicCount = letters.filter((letter) => cyrillic.test(letter)).length
  if (latinCount === 0 || cyrillicCount === 0) return undefined
  const script = latinCount <= cyrillicCount ? 'Latin' : 'Cyrillic'
  const at = letters.findIndex((letter) => (script === 'Latin' ? latin : cyrillic).test(letter))
  return {letter: letters[at] ?? '', at: at + 1, script}
}

/** A word that mixes Latin and Cyrillic letters: its letter in the other script, that letter's code (`U+0430`) and place in the text (1-based). */
export interface MixedWord {
  word: string
  letter: string
  code: string
  position: number
  script: 'Latin' | 'Cyrillic'
}

/** The first word of `text` that mixes Latin and Cyrillic letters, or undefined. */
export function mixedWord(text: string): MixedWord | undefined {
  for (const match of text.matchAll(words)) {
    const foreign = foreignLetter(match[0])
    if (foreign) return {word: match[0], letter: foreign.letter, code: codePointName(foreign.letter, 0), position: [...text.slice(0, match.index)].length + foreign.at, script: foreign.script}
  }
  return undefined
}
