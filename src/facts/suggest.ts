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
    // Else the one written in the same case (`org.terms` → `org.term`, not `org.Term`).
    const caseWins = distance === bestDistance && best !== undefined && editDistance(value, candidate) < editDistance(value, best)
    if (distance < bestDistance || prefixWins || caseWins) {
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

/**
 * The allowed key a wrong value most likely meant: the same words written differently
 * (`Strictly Necessary`, `strictly_necessary`), a typo, a key made of the same words
 * (`visitors` → `site-visitors`), or a key whose wording in `glosses` the value gives (`ТОО` → `llp`).
 */
export function closestKey(value: string, allowed: readonly string[], glosses: Readonly<Record<string, readonly string[]>> = {}): string | undefined {
  const key = toKeyForm(value)
  if (key === '') return undefined
  const exact = allowed.find((candidate) => candidate.toLowerCase() === key)
  if (exact) return exact
  const typo = closest(key, allowed)
  if (typo) return typo
  const glossed = byGloss(value, allowed, glosses)
  if (glossed) return glossed
  return byWords(key, allowed) ?? nearest(key, allowed)
}

// A looser typo: the one key nearest to the value, within half its length (`ltd` → `llp`).
function nearest(key: string, allowed: readonly string[]): string | undefined {
  if (key.length < 3) return undefined
  const distances = allowed.map((candidate) => editDistance(key, candidate.toLowerCase()))
  const best = Math.min(...distances)
  if (best > Math.ceil(key.length / 2) || distances.filter((distance) => distance === best).length !== 1) return undefined
  return allowed[distances.indexOf(best)]
}

/** `First Name` → `first-name`, `strictly_necessary` → `strictly-necessary`: how a key would be written. */
export function toKeyForm(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_.]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
}

// Two keys share words (`visitors` and `site-visitors`, `name` and `full-name`): the allowed key with the
// most words in common wins, if exactly one does.
function byWords(key: string, allowed: readonly string[]): string | undefined {
  const words = key.split('-').filter((word) => word.length >= 3)
  if (words.length === 0) return undefined
  let best: string[] = []
  let bestScore = 0
  for (const candidate of allowed) {
    const theirs = candidate.toLowerCase().split('-')
    const score = words.filter((word) => theirs.some((their) => their === word || (word.length >= 5 && their.length >= 5 && their.slice(0, 5) === word.slice(0, 5)))).length
    if (score > bestScore) {
      best = [candidate]
      bestScore = score
    } else if (score === bestScore && score > 0) {
      best.push(candidate)
    }
  }
  return best.length === 1 ? best[0] : undefined
}

function byGloss(value: string, allowed: readonly string[], glosses: Readonly<Record<string, readonly string[]>>): string | undefined {
  const wanted = plainWords(value)
  if (wanted === '') return undefined
  const found = allowed.filter((candidate) =>
    (glosses[candidate] ?? []).some((gloss) => {
      const words = plainWords(gloss)
      if (words === wanted) return true
      // Russian and Kazakh words change their endings: compare the stems of one-word glosses.
      return !words.includes(' ') && !wanted.includes(' ') && words.length >= 5 && wanted.length >= 5 && words.slice(0, 5) === wanted.slice(0, 5)
    })
  )
  return found.length === 1 ? found[0] : undefined
}

function plainWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"'“”„()]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The wordings a schema description gives its keys: `llp — ТОО/ЖШС, jsc — АО/АҚ` gives
 * `{llp: ['ТОО', 'ЖШС'], jsc: ['АО', 'АҚ']}`.
 */
export function glossesOf(description: string | undefined, allowed: readonly string[]): Record<string, string[]> {
  const glosses: Record<string, string[]> = {}
  if (!description) return glosses
  const keys = new Set(allowed)
  const pattern = /([a-z][a-z0-9-]*) — ([^,;.…]+)/g
  for (const match of description.matchAll(pattern)) {
    const key = match[1] ?? ''
    if (!keys.has(key)) continue
    glosses[key] = (match[2] ?? '')
      .replace(/\(.*$/, '')
      .split('/')
      .map((part) => part.trim())
      .filter(Boolean)
  }
  return glosses
}

/**
 * The parts of a value that looks like a list written as one text: `site-operation, security` or
 * `analytics,strictly-necessary` (also with `;`); `undefined` when it is one value.
 */
export function splitList(value: string): string[] | undefined {
  if (!/[,;]/.test(value)) return undefined
  const parts = value
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean)
  return parts.length >= 2 ? parts : undefined
}

/**
 * A key for a term of the company's own vocabulary, made from what was written:
 * `First Name` → `first-name`, `имя` → `imya`, `Номер договора` → `nomer-dogovora`.
 */
export function termKey(value: string): string {
  const latin = [...value.toLowerCase()].map((char) => transliteration[char] ?? char).join('')
  const key = latin
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '')
    .slice(0, 64)
    .replace(/-+$/, '')
  return key === '' ? 'my-term' : key
}

const transliteration: Readonly<Record<string, string>> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', і: 'i',
  к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'u',
  ү: 'u', ф: 'f', х: 'kh', һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya'
}

/** A date written another way, read as year-month-day: one reading, or two when day and month could swap. */
export interface DateReading {
  /** The dates it can be, as `YYYY-MM-DD`; one when the reading is unambiguous. */
  dates: string[]
  /** Whether the date it names exists (`31.02.2025` does not). */
  real: boolean
}

/**
 * Read a date written as people write it — `13.09.2025`, `13.09.2025 г.`, `2025/09/13`,
 * `13 сентября 2025`, `2025 жылғы 13 қыркүйек`, `September 13, 2025`, `20250913` — as `YYYY-MM-DD`.
 * Dots and dashes are day-month-year, as in Kazakhstan; with slashes, day and month can be told
 * apart only when one of them is over 12. `undefined` when it does not look like a date at all.
 */
export function readDate(text: string): DateReading | undefined {
  const value = text
    .trim()
    .toLowerCase()
    .replace(/[«»"']/g, '')
    .replace(/\s*(г\.?|года|год|жылғы|ж\.?|year)$/u, '')
    .replace(/\s+/g, ' ')
    .trim()
  let match = /^(\d{4})[-./ ](\d{1,2})[-./ ](\d{1,2})$/.exec(value)
  if (match) return reading([[Number(match[1]), Number(match[2]), Number(match[3])]])
  match = /^(\d{4})(\d{2})(\d{2})$/.exec(value)
  if (match) return reading([[Number(match[1]), Number(match[2]), Number(match[3])]])
  match = /^(\d{1,2})([-.])(\d{1,2})\2(\d{4}|\d{2})$/.exec(value)
  if (match) return reading([[fullYear(match[4] ?? ''), Number(match[3]), Number(match[1])]])
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/.exec(value)
  if (match) {
    const [first, second, year] = [Number(match[1]), Number(match[2]), fullYear(match[3] ?? '')]
    if (first > 12 && second <= 12) return reading([[year, second, first]])
    if (second > 12 && first <= 12) return reading([[year, first, second]])
    if (first === second) return reading([[year, first, first]])
    return reading([
      [year, second, first],
      [year, first, second]
    ])
  }
  // `13 сентября 2025`, `13 September 2025`, `September 13, 2025`, `2025 жылғы 13 қыркүйек`.
  match = /^(\d{1,2}) ([\p{L}]+)\.?,? (\d{4})$/u.exec(value)
  if (match) return named(Number(match[3]), match[2] ?? '', Number(match[1]))
  match = /^([\p{L}]+)\.? (\d{1,2}),? (\d{4})$/u.exec(value)
  if (match) return named(Number(match[3]), match[1] ?? '', Number(match[2]))
  match = /^(\d{4})(?: жылғы)? (\d{1,2}) ([\p{L}]+)$/u.exec(value)
  if (match) return named(Number(match[1]), match[3] ?? '', Number(match[2]))
  return undefined
}

function named(year: number, monthName: string, day: number): DateReading | undefined {
  const month = monthNumber(monthName)
  return month === undefined ? undefined : reading([[year, month, day]])
}

function fullYear(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year)
}

function reading(candidates: ReadonlyArray<readonly [number, number, number]>): DateReading | undefined {
  const shaped = candidates.filter(([, month, day]) => month >= 1 && month <= 12 && day >= 1 && day <= 31)
  if (shaped.length === 0) return undefined
  const real = shaped.filter(([year, month, day]) => isRealDate(year, month, day))
  const chosen = real.length > 0 ? real : shaped
  return {dates: chosen.map(([year, month, day]) => isoDate(year, month, day)), real: real.length > 0}
}

/** Whether a year, month and day name a day that exists in the Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1 || month < 1 || month > 12 || day < 1) return false
  return day <= daysInMonth(year, month)
}

/** How many days a month has (February by the leap-year rules). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

// Month names by their first letters: Russian (any case), Kazakh and English, full or short.
const monthStems: ReadonlyArray<readonly string[]> = [
  ['янв', 'қаң', 'jan'],
  ['фев', 'ақп', 'feb'],
  ['мар', 'нау', 'mar'],
  ['апр', 'сәу', 'apr'],
  ['мая', 'май', 'мам', 'may'],
  ['июн', 'мау', 'jun'],
  ['июл', 'шіл', 'jul'],
  ['авг', 'там', 'aug'],
  ['сен', 'қыр', 'sep'],
  ['окт', 'қаз', 'oct'],
  ['ноя', 'қар', 'nov'],
  ['дек', 'жел', 'dec']
]

function monthNumber(name: string): number | undefined {
  const stem = name.toLowerCase().slice(0, 3)
  const index = monthStems.findIndex((stems) => stems.includes(stem))
  return index === -1 ? undefined : index + 1
}

/**
 * The ISO 8601 period a retention written another way most likely means: `2 years`, `2 года`,
 * `30 дней`, `6 ай`, `p2y`, `2Y` → `P2Y`; `P1Y6M` (two units) → `P18M`; `1-2 года` → `P1Y/P2Y`.
 * `undefined` when it cannot be read.
 */
export function readPeriod(text: string): string | undefined {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ')
  const range = /^(?:от |from )?(\d+) ?([\p{L}.]*) ?(?:-|–|—|до|to) ?(\d+) ?([\p{L}.]+)$/u.exec(value)
  if (range) {
    const toUnit = unitOf(range[4] ?? '')
    const fromUnit = range[2] ? unitOf(range[2]) : toUnit
    if (fromUnit && toUnit) return `${isoPeriod(Number(range[1]), fromUnit)}/${isoPeriod(Number(range[3]), toUnit)}`
  }
  const words = /^(\d+) ?([\p{L}.]+)$/u.exec(value)
  if (words) {
    const unit = unitOf(words[2] ?? '')
    if (unit) return isoPeriod(Number(words[1]), unit)
  }
  const iso = /^p?(?:(\d+)y)?(?:(\d+)m)?(?:(\d+)w)?(?:(\d+)d)?(?:t(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?)?$/.exec(value.replace(/ /g, ''))
  if (iso && value.replace(/ /g, '') !== 'p' && /\d/.test(value)) return onePeriodUnit(iso.slice(1).map((part) => (part === undefined ? 0 : Number(part))))
  return undefined
}

type Unit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S'

function isoPeriod(amount: number, unit: Unit): string {
  if (unit === 'H' || unit === 'S') return `PT${amount}${unit}`
  if (unit === 'MIN') return `PT${amount}M`
  return `P${amount}${unit}`
}

// Years and months become months, weeks and days become days, days and time become the smallest unit given.
function onePeriodUnit([years = 0, months = 0, weeks = 0, days = 0, hours = 0, minutes = 0, seconds = 0]: number[]): string | undefined {
  const given = [years, months, weeks, days, hours, minutes, seconds].filter((amount) => amount > 0).length
  if (given === 0) return undefined
  if (hours + minutes + seconds === 0) {
    if (weeks + days === 0) return years > 0 && months === 0 ? isoPeriod(years, 'Y') : isoPeriod(years * 12 + months, 'M')
    if (years + months === 0) return weeks > 0 && days === 0 ? isoPeriod(weeks, 'W') : isoPeriod(weeks * 7 + days, 'D')
    return undefined
  }
  if (years + months > 0) return undefined
  const totalDays = weeks * 7 + days
  if (seconds > 0) return isoPeriod(((totalDays * 24 + hours) * 60 + minutes) * 60 + seconds, 'S')
  if (minutes > 0) return isoPeriod((totalDays * 24 + hours) * 60 + minutes, 'MIN')
  return isoPeriod(totalDays * 24 + hours, 'H')
}

function unitOf(word: string): Unit | undefined {
  const stem = word.replace(/\.$/, '')
  const units: ReadonlyArray<readonly [Unit, RegExp]> = [
    ['Y', /^(y|yr|yrs|years?|г|год|года|лет|жыл|жылға)$/],
    ['M', /^(months?|мес|месяц|месяца|месяцев|ай)$/],
    ['W', /^(w|weeks?|нед|неделя|недели|недель|апта)$/],
    ['D', /^(d|days?|дн|день|дня|дней|сут|суток|күн)$/],
    ['H', /^(h|hrs?|hours?|ч|час|часа|часов|сағ|сағат)$/],
    ['MIN', /^(min|mins|minutes?|мин|минута|минуты|минут)$/],
    ['S', /^(s|sec|secs|seconds?|сек|секунда|секунды|секунд)$/]
  ]
  return units.find(([, pattern]) => pattern.test(stem))?.[0]
}
