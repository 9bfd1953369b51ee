/**
 * Countries by name: in Russian and Kazakh as a legal text names them, in English with their code.
 */
import type {Locale} from './locale.js'

/** A country's name in the locale, from the ICU data that ships with Node. */
export function countryName(code: string, locale: Locale): string {
  // The official name, where ICU's short form falls short of it (and, in Russian, with «ё»).
  const official = officialNames[locale][code]
  if (official) return official
  regionNames[locale] ??= new Intl.DisplayNames([locale], {type: 'region'})
  return regionNames[locale].of(code) ?? code
}

/**
 * Countries a policy names by their official name rather than ICU's short one: the United States
 * (ICU's Russian «Соединенные Штаты Америки» is without «ё») and the Russian Federation,
 * named in a legal document as its treaties and Kazakhstan's laws name it, not «Россия» / «Ресей».
 */
const officialNames: Record<Locale, Readonly<Record<string, string>>> = {
  ru: {US: 'Соединённые Штаты Америки', RU: 'Российская Федерация'},
  kk: {RU: 'Ресей Федерациясы'}
}

/** ICU's region names of each locale, made once: making them for every country named was 0.5% of a build. */
const regionNames: Partial<Record<Locale, Intl.DisplayNames>> = {}

// Made when first asked for: building it loads ICU's region names, 20-30 ms of every command's start.
let englishNames: Intl.DisplayNames | undefined

/** A country code with its English name, for messages and reviewers: `United States (US)`. */
export function englishCountry(code: string): string {
  englishNames ??= new Intl.DisplayNames(['en'], {type: 'region', fallback: 'code'})
  const name = englishNames.of(code)
  return name && name !== code ? `${name} (${code})` : code
}
