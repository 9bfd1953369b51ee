/** Find the candidate closest to `value` by edit distance, if it is close enough to be a likely typo. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  // One edit for short words (two-letter codes are all within two edits of each other), more for long ones.
  const limit = value.length <= 3 ? 1 : Math.max(2, Math.floor(value.length / 3))
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase())
    // On a tie, a candidate the value starts with wins (`USA` → `US`, not `SA`).
    const prefixWins = distance === bestDistance && value.toLowerCase().startsWith(candidate.toLowerCase())
    if (distance < bestDistance || prefixWins) {
      best = candidate
      bestDistance = distance
    }
  }
  return bestDistance <= limit ? best : undefined
}

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
    }
    previous = current
  }
  return previous[b.length] ?? 0
}
