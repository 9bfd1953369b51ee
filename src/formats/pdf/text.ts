import type {Inline} from './blocks.js'
import {ownCopy, remembered} from '../remembered.js'
import {fontKey, type FontFamily, type FontKey} from './font-keys.js'
import type {Measurer} from './fonts.js'

/** How a block's text is set: typeface, size, line pitch and colours. */
export interface TextStyle {
  family: FontFamily
  size: number
  /** Distance between baselines. */
  lineHeight: number
  color: string
  bold?: boolean
  /** Colour of link text (default: `color`). */
  linkColor?: string
}

/** A run of text on one line, in one font, placed `x` points from the line's start. */
export interface Segment {
  text: string
  font: FontKey
  x: number
  width: number
  color: string
  code: boolean
  href?: string
}

/** One set line: its segments and its width (without the trailing space). */
export interface Line {
  segments: Segment[]
  width: number
}

interface Atom {
  kind: 'box' | 'glue' | 'break'
  text: string
  font: FontKey
  width: number
  size: number
  color: string
  code: boolean
  href?: string
}

/** Measuring words one by one and whole lines differ by rounding; this much overflow still fits. */
const tolerance = 0.01

/** Soft hyphens and zero-width characters: they only hint at breaks, which this layout does not use. */
const invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g

/** What stands in for a character no PT font has (an empty box is not allowed in PDF/A). */
export const missingGlyph = '?'

/**
 * Break styled text into lines of at most `width` points: greedy, at spaces only (no-break spaces
 * hold), with a word longer than a whole line broken after `/`, `-`, `.`, `@` or `_` or else
 * between letters. Hard breaks (`<br>`) end a line.
 */
export function breakLines(inlines: readonly Inline[], width: number, style: TextStyle, measure: Measurer): readonly Line[] {
  return remembered(setLines, maxSetTexts, linesKey(inlines, width, style), () => ownStrings(setText(inlines, width, style, measure)))
}

/** The lines with their segments' text and links as strings of their own (see `ownCopy`), to be kept in `setLines`. */
function ownStrings(lines: Line[]): Line[] {
  return lines.map((line) => ({...line, segments: line.segments.map((segment) => ({...segment, text: ownCopy(segment.text), ...(segment.href === undefined ? {} : {href: ownCopy(segment.href)})}))}))
}

/** Most set texts kept before the store starts over. */
const maxSetTexts = 2000

/**
 * Texts already broken into lines, by text, style and width, shared by all documents of the process:
 * the documents of many organizations repeat most paragraphs word for word, and the lines depend on
 * nothing else (the fonts are the same files for every document). The lines are only read.
 */
const setLines = new Map<string, readonly Line[]>()

function linesKey(inlines: readonly Inline[], width: number, style: TextStyle): string {
  let key = `${width}\u0001${style.family}\u0001${style.size}\u0001${style.bold === true}\u0001${style.color}\u0001${style.linkColor ?? ''}`
  for (const inline of inlines) key += `\u0002${inline.text}\u0001${inline.bold}${inline.italic}${inline.code}\u0001${inline.href ?? '\u0003'}`
  return key
}

function setText(inlines: readonly Inline[], width: number, style: TextStyle, measure: Measurer): Line[] {
  const atoms = toAtoms(inlines, style, measure)
  const lines: Line[] = []
  let current: Atom[] = []
  let currentWidth = 0
  let word: Atom[] = []
  let wordWidth = 0
  let glue: Atom | undefined

  const endLine = (atSpace = false) => {
    lines.push(toLine(current, atSpace))
    current = []
    currentWidth = 0
  }
  const addWord = () => {
    if (word.length === 0) return
    const glueWidth = current.length > 0 && glue ? glue.width : 0
    if (current.length > 0 && currentWidth + glueWidth + wordWidth > width + tolerance) {
      endLine(glue !== undefined)
    } else if (current.length > 0 && glue) {
      current.push(glue)
      currentWidth += glue.width
    }
    if (wordWidth > width + tolerance) {
      for (const piece of splitLongWord(word, width - currentWidth, width, measure)) {
        if (current.length > 0 && currentWidth + piece.width > width) endLine()
        current.push(...piece.atoms)
        currentWidth += piece.width
      }
    } else {
      current.push(...word)
      currentWidth += wordWidth
    }
    word = []
    wordWidth = 0
    glue = undefined
  }

  for (const atom of atoms) {
    if (atom.kind === 'box') {
      word.push(atom)
      wordWidth += atom.width
    } else if (atom.kind === 'glue') {
      addWord()
      glue = atom
    } else {
      addWord()
      endLine()
    }
  }
  addWord()
  if (current.length > 0 || lines.length === 0) endLine()
  return lines
}

function toAtoms(inlines: readonly Inline[], style: TextStyle, measure: Measurer): Atom[] {
  const atoms: Atom[] = []
  for (const inline of inlines) {
    const font = fontKey(inline.code ? 'sans' : style.family, inline.bold || style.bold === true, inline.italic && !inline.code)
    const color = inline.href ? (style.linkColor ?? style.color) : style.color
    const text = [...inline.text.normalize('NFC').replace(invisible, '')].map((char) => (char === ' ' || char === '\n' || measure.hasGlyph(font, char) ? char : missingGlyph)).join('')
    for (const part of text.split(/( |\n)/)) {
      if (part === '') continue
      const kind = part === ' ' ? 'glue' : part === '\n' ? 'break' : 'box'
      const atom: Atom = {kind, text: part === '\n' ? '' : part, font, width: part === '\n' ? 0 : measure.width(part, font, style.size), size: style.size, color, code: inline.code}
      if (inline.href) atom.href = inline.href
      atoms.push(atom)
    }
  }
  return atoms
}

function splitLongWord(word: readonly Atom[], firstWidth: number, width: number, measure: Measurer): Array<{atoms: Atom[]; width: number}> {
  const chars = word.flatMap((atom) => [...atom.text].map((char) => ({atom, char})))
  const pieces: Array<{atoms: Atom[]; width: number}> = []
  let start = 0
  let room = firstWidth > width / 3 ? firstWidth : width
  while (start < chars.length) {
    let end = start
    let fits = start
    let preferred = -1
    let used = 0
    while (end < chars.length) {
      const entry = chars[end]
      if (!entry) break
      const advance = measure.width(entry.char, entry.atom.font, entry.atom.size)
      if (used + advance > room && end > start) break
      used += advance
      end++
      fits = end
      if ('/-.@_'.includes(entry.char)) preferred = end
    }
    const cut = fits < chars.length && preferred > start ? preferred : fits
    const atoms = regroup(chars.slice(start, cut), measure)
    pieces.push({atoms, width: atoms.reduce((sum, atom) => sum + atom.width, 0)})
    start = cut
    room = width
  }
  return pieces
}

function regroup(chars: ReadonlyArray<{atom: Atom; char: string}>, measure: Measurer): Atom[] {
  const atoms: Atom[] = []
  for (const {atom, char} of chars) {
    const last = atoms[atoms.length - 1]
    if (last && last.font === atom.font && last.href === atom.href && last.code === atom.code && last.color === atom.color) {
      last.text += char
      last.width = measure.width(last.text, last.font, atom.size)
    } else {
      atoms.push({...atom, text: char, width: measure.width(char, atom.font, atom.size)})
    }
  }
  return atoms
}

function toLine(atoms: readonly Atom[], atSpace: boolean): Line {
  const segments: Segment[] = []
  let x = 0
  let end = atoms.length
  while (end > 0 && atoms[end - 1]?.kind === 'glue') end--
  for (const atom of atoms.slice(0, end)) {
    const last = segments[segments.length - 1]
    if (last && last.font === atom.font && last.href === atom.href && last.code === atom.code && last.color === atom.color) {
      last.text += atom.text
      last.width += atom.width
    } else {
      const segment: Segment = {text: atom.text, font: atom.font, x, width: atom.width, color: atom.color, code: atom.code}
      if (atom.href) segment.href = atom.href
      segments.push(segment)
    }
    x += atom.width
  }
  // The space the line broke at is still set, invisibly, past the line's end: text taken from the
  // structure tree (screen readers, reflow, copying a tagged PDF) then keeps the words apart.
  const last = segments[segments.length - 1]
  if (last && atSpace) last.text += ' '
  return {segments, width: x}
}
