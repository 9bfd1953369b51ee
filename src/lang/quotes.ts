/**
 * Russian and Kazakh typography of nested quotes: the outer pair is «…», a pair inside it is „…“.
 * `«НАО «Корпорация «Правительство для граждан»»»` → `НАО «Корпорация „Правительство для граждан“»`.
 */
export function nestQuotes(text: string, depth = 0): string {
  let level = depth
  let out = ''
  for (const character of text) {
    if (character === '«') {
      out += level >= 1 ? '„' : '«'
      level++
    } else if (character === '»') {
      level = Math.max(0, level - 1)
      out += level >= 1 ? '“' : '»'
    } else out += character
  }
  return out
}
