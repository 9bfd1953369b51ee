import {where} from '../messages.js'
import {formatFactPath} from '../problem.js'
import type {Facts} from '../types.js'
import {defineRule, idLists, type Finding} from './rule.js'

/** Cookies listed again: a cookie is named by its name and who sets it (two providers may each have a cookie `session`). */
function duplicateCookies(facts: Facts): Finding[] {
  const seen = new Set<string>()
  return (facts.cookies ?? []).flatMap((cookie, index): Finding[] => {
    if (cookie.name === undefined) return []
    const key = `${cookie.name}\u0000${cookie.provider ?? ''}`
    if (!seen.has(key)) {
      seen.add(key)
      return []
    }
    return [{path: ['cookies', index, 'name'], params: {actual: cookie.name, list: 'cookies'}}]
  })
}

/** `duplicate-id`: Each entry of a list of named entries has its own name. */
export const duplicateId = defineRule({
  id: 'duplicate-id',
  severity: 'error',
  summary: {
    en: 'Each entry of a list of named entries has its own name; a cookie is listed once for each provider that sets it.',
    ru: 'Каждая запись в списке именованных записей имеет собственное имя; файл cookie указан один раз для каждого поставщика, который его устанавливает.',
    kk: 'Атаулы жазбалар тізіміндегі әр жазбаның өз атауы бар; cookie файлы оны орнататын әр жеткізуші үшін бір рет көрсетіледі.'
  },
  check: (facts) => [
    ...idLists(facts).flatMap(({values, path, field}) =>
      values.flatMap((value, index) => (values.indexOf(value) === index ? [] : [{path: [...path, index, field], params: {actual: value, list: formatFactPath(path)}}]))
    ),
    ...duplicateCookies(facts)
  ],
  message: {
    en: (p) => `${where(p, 'en')}\`${p.actual}\` is used twice in \`${p.list}\`. Each entry needs its own name.`,
    ru: (p) => `${where(p, 'ru')}\`${p.actual}\` встречается в \`${p.list}\` дважды. У каждой записи должно быть своё имя.`,
    kk: (p) => `${where(p, 'kk')}\`${p.list}\` ішінде \`${p.actual}\` екі рет кездеседі. Әр жазбаның өз атауы болуы керек.`
  }
})
