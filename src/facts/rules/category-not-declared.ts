import {where} from '../messages.js'
import {defineRule} from './rule.js'

/** `category-not-declared`: Every cookie's category is described in `cookieCategories`. */
export const categoryNotDeclared = defineRule({
  id: 'category-not-declared',
  severity: 'error',
  summary: {
    en: 'Every cookie\'s category is described in `cookieCategories`.',
    ru: 'Категория каждого файла cookie описана в `cookieCategories`.',
    kk: 'Әр cookie файлының санаты `cookieCategories` ішінде сипатталады.'
  },
  check: (facts) => {
    if (!facts.cookieCategories) return []
    const declared = new Set(facts.cookieCategories.map((category) => category.id))
    return (facts.cookies ?? []).flatMap((cookie, index) =>
      declared.has(cookie.category) ? [] : [{path: ['cookies', index, 'category'], params: {actual: cookie.category}}]
    )
  },
  message: {
    en: (p) => `${where(p, 'en')}the category \`${p.actual}\` is used here but not described in \`cookieCategories\`. Add it there with its purposes.`,
    ru: (p) => `${where(p, 'ru')}категория \`${p.actual}\` используется, но не описана в \`cookieCategories\`. Добавьте её туда с целями.`,
    kk: (p) => `${where(p, 'kk')}\`${p.actual}\` санаты осы жерде қолданылады, бірақ \`cookieCategories\` ішінде сипатталмаған. Санатты мақсаттарымен бірге сол жерге қосыңыз.`
  }
})
