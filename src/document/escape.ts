/**
 * Escape user text for Markdown so it renders literally: every character that could start
 * emphasis, a link, code, HTML, a table cell or an entity is backslash-escaped, and so is what
 * would make GitHub's Markdown link a bare address (`https\://`, `www\.`, `info\@`); line
 * breaks become spaces (facts are printed inline, often inside table cells).
 */
export function escapeMarkdown(text: string, options: {inLink?: boolean} = {}): string {
  const escaped =
    text
      .replace(/\s*[\n\r\u2028\u2029\u0085\u000B\u000C]\s*/g, ' ')
      // Leading spaces would make an indented code block of the paragraph the fact starts.
      .trim()
      .replace(/[\\`*_[\]{}<>|~&!#]/g, (character) => `\\${character}`)
      .replace(/^([+\-=]|\d+[.)])(?=\s|$)/, (marker) => marker.replace(/([+\-=.)])$/, '\\$1'))
  // What GitHub's Markdown would make a link of on its own: `https://…`, `www.…`, an e-mail address
  // (never inside a link's text, where no link can start).
  return options.inLink ? escaped : escaped.replace(/(?<=[a-z])(:)(?=\/\/)|(?<=\bwww)(\.)|(@)(?=[\p{L}\d-]+\.)/giu, (character) => `\\${character}`)
}

/** Undo `escapeMarkdown` for text printed outside Markdown (page titles, PDF metadata, the manifest). */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\(.)/g, '$1')
}

/** A Markdown link to a URL already known to be https (or mailto/tel), showing `label` escaped. */
export function markdownLink(label: string, url: string): string {
  return `[${escapeMarkdown(label, {inLink: true})}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`
}
