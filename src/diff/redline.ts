/**
 * A word-level redline of two texts: the text as a list of segments kept, deleted or inserted.
 * Pure. The diff itself is jsdiff's (`diff` package) Myers diff over our own tokens, which know
 * Cyrillic and Kazakh letters (jsdiff's word tokenizer knows Latin letters only).
 */

import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)

/** Whether a piece of text is in both texts, only in the old one, or only in the new one. */
export type SegmentType = 'equal' | 'insert' | 'delete'

/** One piece of a redline. */
export interface Segment {
  type: SegmentType
  text: string
}

// A backslash escape (`\<`), a Markdown link or a code span stays one token, so a change never splits its
// syntax (a marker between `\` and `<` would unescape it); then words (letters, digits, combining marks,
// `_`), a line break, a run of other white space, or one other character.
const tokenPattern = /\\[^\n]|\[(?:\\.|[^\]\\\n])*\]\((?:<[^>\n]*>|[^)\s]*)\)|`[^`\n]*`|[\p{L}\p{N}\p{M}_]+|\n|[^\S\n]+|[^\p{L}\p{N}\p{M}_\s]/gu

/** Split text into tokens: words, line breaks, runs of spaces, punctuation, Markdown links and code spans. */
export function tokenize(text: string): string[] {
  return text.match(tokenPattern) ?? []
}

/**
 * Compare two texts word by word. Joining the `equal` and `delete` segments gives `before`; joining
 * the `equal` and `insert` segments gives `after`. In each run of changes the deletion comes before
 * the insertion, and spaces between two changes join them (`1 год` → `2 года` is one deletion and
 * one insertion, not two of each).
 */
export function redline(before: string, after: string): Segment[] {
  // The diff library is loaded when the first redline is made.
  const {diffArrays} = require('diff') as typeof import('diff')
  const runs: Run[] = diffArrays(tokenize(before), tokenize(after)).map((change) => ({
    type: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    tokens: [...change.value]
  }))
  slideToLineStarts(runs)
  return coalesce(runs.map((run) => ({type: run.type, text: run.tokens.join('')})))
}

interface Run {
  type: SegmentType
  tokens: string[]
}

/**
 * A line inserted or deleted whole can be aligned in more than one way (`- a;\n- ` + new + `b`); slide
 * such a one-sided change back over the equal text before it until it starts a line, when it can,
 * so that whole lines read as inserted or deleted.
 */
function slideToLineStarts(runs: Run[]): void {
  for (let index = 1; index < runs.length; index++) {
    const previous = runs[index - 1] as Run
    const run = runs[index] as Run
    const next = runs[index + 1]
    if (run.type === 'equal' || previous.type !== 'equal' || (next !== undefined && next.type !== 'equal')) continue
    const kept = [...previous.tokens]
    const changed = [...run.tokens]
    const moved: string[] = []
    while (kept.length > 0 && kept[kept.length - 1] !== '\n' && kept[kept.length - 1] === changed[changed.length - 1]) {
      moved.unshift(changed.pop() as string)
      changed.unshift(kept.pop() as string)
    }
    const atLineStart = kept.length === 0 ? index === 1 : kept[kept.length - 1] === '\n'
    if (moved.length === 0 || !atLineStart) continue
    previous.tokens = kept
    run.tokens = changed
    if (next) next.tokens = [...moved, ...next.tokens]
    else runs.push({type: 'equal', tokens: moved})
  }
}

/** Whether the two texts differ anywhere. */
export function hasChanges(segments: readonly Segment[]): boolean {
  return segments.some((segment) => segment.type !== 'equal')
}

function coalesce(raw: readonly Segment[]): Segment[] {
  const out: Segment[] = []
  let deleted = ''
  let inserted = ''
  const flush = () => {
    if (deleted) out.push({type: 'delete', text: deleted})
    if (inserted) out.push({type: 'insert', text: inserted})
    deleted = ''
    inserted = ''
  }
  for (let index = 0; index < raw.length; index++) {
    const segment = raw[index] as Segment
    if (segment.text === '') continue
    if (segment.type === 'delete') deleted += segment.text
    else if (segment.type === 'insert') inserted += segment.text
    else if ((deleted || inserted) && /^[^\S\n]+$/.test(segment.text) && isChange(raw[index + 1])) {
      deleted += segment.text
      inserted += segment.text
    } else {
      flush()
      const last = out[out.length - 1]
      if (last?.type === 'equal') last.text += segment.text
      else out.push({...segment})
    }
  }
  flush()
  return out
}

function isChange(segment: Segment | undefined): boolean {
  return segment !== undefined && segment.type !== 'equal'
}
