/** The languages policygen publishes in. */
export const locales = ['ru', 'kk'] as const

/** A language policygen publishes in: Russian (`ru`) or Kazakh (`kk`). */
export type Locale = (typeof locales)[number]
