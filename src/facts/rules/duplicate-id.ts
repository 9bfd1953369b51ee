import {where} from '../messages.js'
import {formatFactPath} from '../problem.js'
import {defineRule, idLists} from './rule.js'

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
    // A cookie is named by its name and who sets it: two providers may each have a cookie `session`.
    ...(facts.cookies ?? []).flatMap((cookie, index, cookies) =>
      cookie.name !== undefined && cookies.findIndex((other) => other.name === cookie.name && other.provider === cookie.provider) !== index
        ? [{path: ['cookies', index, 'name'], params: {actual: cookie.name, list: 'cookies'}}]
        : []
    )
  ],
  message: {
    en: (p) => `${where(p, 'en')}\`${p.actual}\` is used twice in \`${p.list}\`. Each entry needs its own name.`,
    ru: (p) => `${where(p, 'ru')}\`${p.actual}\` встречается в \`${p.list}\` дважды. У каждой записи должно быть своё имя.`,
    kk: (p) => `${where(p, 'kk')}\`${p.list}\` ішінде \`${p.actual}\` екі рет кездеседі. Әр жазбаның өз атауы болуы керек.`
  }
})
