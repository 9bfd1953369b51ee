import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

/** The data category an item of what cookies or logs collect belongs in: how a visitor uses the site, where they are, or else technical data. */
function categoryFor(item: string): string {
  if (['pages-visited', 'visit-count', 'session-duration', 'referrer', 'exit-links', 'search-queries', 'clicks-and-actions'].includes(item)) return 'usage'
  if (['geolocation', 'country-region'].includes(item)) return 'location'
  return 'technical'
}

/** `cookie-data-not-in-privacy`: What cookies and server logs collect is among the data the privacy policy lists. */
export const cookieDataNotInPrivacy = defineRule({
  id: 'cookie-data-not-in-privacy',
  severity: 'error',
  article: 'Art. 8(4)(7)',
  summary: {
    en: 'Every item that cookies (`collectedData`) or server logs (`serverLogs`) collect appears among the data of the privacy policy (`personalData.categories[].items`), so the two documents agree.',
    ru: 'Всё, что собирают файлы cookie (`collectedData`) или журналы сервера (`serverLogs`), указано среди данных политики конфиденциальности (`personalData.categories[].items`), чтобы два документа не расходились.',
    kk: 'Cookie файлдары (`collectedData`) немесе сервер журналдары (`serverLogs`) жинайтын әр мәлімет құпиялылық саясатының деректері арасында көрсетіледі (`personalData.categories[].items`), сонда екі құжат бір-біріне сәйкес келеді.'
  },
  check: (facts) => {
    const data = facts.personalData
    if (!data || !facts.documents.privacyPolicy) return []
    const listed = new Set(data.categories.flatMap((category) => category.items))
    const findings: Finding[] = []
    for (const key of ['collectedData', 'serverLogs'] as const) {
      ;(facts[key]?.items ?? []).forEach((item, index) => {
        if (!listed.has(item)) findings.push({path: [key, 'items', index], params: {actual: item, from: key, category: categoryFor(item)}})
      })
    }
    return findings
  },
  message: {
    en: (p) => `${where(p, 'en')}\`${p.actual}\` is collected (\`${p.from}\`), but the privacy policy does not list it among the data it processes. Add it to the \`items\` of a category in \`personalData.categories\`, for example \`${p.category}\`.`,
    ru: (p) => `${where(p, 'ru')}\`${p.actual}\` собирается (\`${p.from}\`), но политика конфиденциальности не называет эти сведения среди обрабатываемых данных. Добавьте их в \`items\` одной из категорий \`personalData.categories\`, например \`${p.category}\`.`,
    kk: (p) => `${where(p, 'kk')}\`${p.actual}\` жиналады (\`${p.from}\`), бірақ құпиялылық саясаты бұл мәліметтерді өңделетін деректер қатарында атамайды. Оларды \`personalData.categories\` санаттарының біреуінің \`items\` тізіміне қосыңыз, мысалы, \`${p.category}\`.`
  }
})
