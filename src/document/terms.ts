import type {Locale} from '../lang/locale.js'

/** A term's wording: a plain phrase, or a record of named forms (e.g. `{name, description}`). */
export type TermWording = string | Readonly<Record<string, string>>

/** The wording of every key the facts use, for one locale: group → key → wording. */
export type Terms = Readonly<Record<string, Readonly<Record<string, TermWording>>>>

/** The terms of every locale. */
export type TermsByLocale = Readonly<Record<Locale, Terms>>

/** Thrown when a term the facts use has no wording: a bug in the term files, caught by the parity test. */
export class MissingTermError extends Error {
  constructor(locale: Locale, group: string, key: string, form?: string) {
    super(`templates/${locale}/terms.yaml has no wording for ${group}.${key}${form ? `.${form}` : ''}`)
    this.name = 'MissingTermError'
  }
}

/** Look up a term's plain wording (or one named form of it). */
export function term(terms: Terms, locale: Locale, group: string, key: string, form?: string): string {
  const wording = terms[group]?.[key]
  const value = typeof wording === 'string' ? (form ? undefined : wording) : form ? wording?.[form] : undefined
  if (typeof value !== 'string' || value === '') throw new MissingTermError(locale, group, key, form)
  return value
}
