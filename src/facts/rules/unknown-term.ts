import {pluralRu} from '../../lang/plural.js'
import {where} from '../messages.js'
import {enumValues} from '../schema.js'
import {closest} from '../suggest.js'
import type {Facts} from '../types.js'
import {defineRule, walkWithSchema, type Finding} from './rule.js'

/** The vocabularies a company may extend under `vocabulary`, by their schema definitions. */
export const openVocabularies = ['dataItem', 'dataCategory', 'dataSource', 'processingPurpose', 'securityMeasure', 'right', 'recipientKind'] as const

/** A fixed key that shares a word with `key` (`first-name` → `full-name`), when no key is within a few edits. */
export function relatedKey(key: string, candidates: readonly string[]): string | undefined {
  const close = closest(key, candidates)
  if (close) return close
  const words = key.split('-').filter((word) => word.length >= 4)
  return candidates.find((candidate) => candidate.split('-').some((word) => words.includes(word)))
}

/** Lists up to this long are printed in the message; longer ones are left to the editor's completion. */
const maxListedKeys = 20

/** `unknown-term`: A key of an open vocabulary is a fixed key or one the company worded under `vocabulary`. */
export const unknownTerm = defineRule({
  id: 'unknown-term',
  severity: 'error',
  summary: {
    en: 'A key of an open vocabulary (data items, categories, sources, purposes, security measures, rights, recipients) is a fixed key or one the company worded under `vocabulary`.',
    ru: 'Ключ открытого словаря (элементы и категории данных, источники, цели, меры защиты, права, получатели) является фиксированным ключом или сформулирован компанией в `vocabulary`.',
    kk: 'Ашық сөздіктің кілті (деректер мәліметтері мен санаттары, көздер, мақсаттар, қорғау шаралары, құқықтар, алушылар) не тіркелген кілт, не компания `vocabulary` ішінде өзі тұжырымдаған кілт болады.'
  },
  walksFacts: ['vocabulary'],
  check: (facts) => {
    const findings: Finding[] = []
    const custom = (facts.vocabulary ?? {}) as Record<string, Record<string, unknown> | undefined>
    walkWithSchema(facts, (value, schema, path) => {
      const group = openVocabularies.find((name) => schema.$ref === `#/$defs/${name}`)
      if (!group || typeof value !== 'string') return
      const fixed = enumValues(group)
      if (fixed.includes(value) || custom[group]?.[value] !== undefined) return
      const keys = fixed.length <= maxListedKeys ? fixed.map((key) => `\`${key}\``).join(', ') : undefined
      findings.push({path, params: {actual: value, group, suggestion: relatedKey(value, fixed), keys, count: String(fixed.length)}})
    })
    return findings
  },
  message: {
    en: (p) => `${where(p, 'en')}\`${p.actual}\` is not a key of the list${p.suggestion ? `; did you mean \`${p.suggestion}\`?` : '.'} ${p.keys ? `The keys are ${p.keys}. ` : p.count ? `The list has ${p.count} keys (\`$defs.${p.group}\` in the schema; the editor offers them as you type). ` : ''}If it is a term of your own, word it under \`vocabulary.${p.group}\`: \`${p.actual}: {ru: …, kk: …}\`.`,
    ru: (p) => `${where(p, 'ru')}\`${p.actual}\` нет в списке${p.suggestion ? `; может быть, имелось в виду \`${p.suggestion}\`?` : '.'} ${p.keys ? `Ключи списка: ${p.keys}. ` : p.count ? `В списке ${p.count} ${pluralRu(Number(p.count), {one: 'ключ', few: 'ключа', many: 'ключей'})} (\`$defs.${p.group}\` в схеме; редактор подсказывает их при вводе). ` : ''}Если это свой термин компании, опишите его в \`vocabulary.${p.group}\`: \`${p.actual}: {ru: …, kk: …}\`.`,
    kk: (p) => `${where(p, 'kk')}\`${p.actual}\` тізімдегі кілттердің арасында жоқ${p.suggestion ? `; мүмкін, \`${p.suggestion}\` деп жазғыңыз келді ме?` : '.'} ${p.keys ? `Тізімнің кілттері: ${p.keys}. ` : p.count ? `Тізімде ${p.count} кілт бар (схемадағы \`$defs.${p.group}\`; редактор оларды теру кезінде ұсынады). ` : ''}Егер бұл компанияның өз термині болса, оны \`vocabulary.${p.group}\` ішінде сипаттаңыз: \`${p.actual}: {ru: …, kk: …}\`.`
  }
})

/** Keys of `vocabulary` that name a fixed key already (a company's wording would silently be ignored). */
export function shadowedTerms(facts: Facts): Finding[] {
  const custom = (facts.vocabulary ?? {}) as Record<string, Record<string, unknown> | undefined>
  return openVocabularies.flatMap((group) =>
    Object.keys(custom[group] ?? {}).flatMap((key): Finding[] => (enumValues(group).includes(key) ? [{path: ['vocabulary', group, key], at: 'key', params: {actual: key, group}}] : []))
  )
}
