/**
 * Russian plural forms.
 */

/** The three forms of a Russian noun after a number: `год` (1, 21), `года` (2–4, 22), `лет` (5–20, 111). */
export interface RussianPluralForms {
  one: string
  few: string
  many: string
}

/** Pick the Russian form of a noun that agrees with `count`, such as `год`, `года` or `лет`. */
export function pluralRu(count: number, forms: RussianPluralForms): string {
  const category = rules.select(count)

  if (category === 'one') return forms.one
  if (category === 'many') return forms.many
  // `few` (2–4) and `other` (fractions: `1,5 года`) share the genitive singular.
  return forms.few
}

const rules = new Intl.PluralRules('ru')
