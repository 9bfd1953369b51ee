import {where} from '../messages.js'
import {formatFactPath} from '../problem.js'
import {defineRule, idLists} from './rule.js'

/** `duplicate-id`: Each entry of a list of named entries has its own name. */
export const duplicateId = defineRule({
  id: 'duplicate-id',
  severity: 'error',
  summary: {
    en: 'Each entry of a list of named entries has its own name.',
    ru: 'Каждая запись в списке именованных записей имеет собственное имя.',
    kk: 'Атаулы жазбалар тізіміндегі әр жазбаның өз атауы бар.'
  },
  check: (facts) =>
    idLists(facts).flatMap(({values, path, field}) =>
      values.flatMap((value, index) => (values.indexOf(value) === index ? [] : [{path: [...path, index, field], params: {actual: value, list: formatFactPath(path)}}]))
    ),
  message: {
    en: (p) => `${where(p, 'en')}\`${p.actual}\` is used twice in \`${p.list}\`. Each entry needs its own name.`,
    ru: (p) => `${where(p, 'ru')}\`${p.actual}\` встречается в \`${p.list}\` дважды. У каждой записи должно быть своё имя.`,
    kk: (p) => `${where(p, 'kk')}\`${p.list}\` ішінде \`${p.actual}\` екі рет кездеседі. Әр жазбаның өз атауы болуы керек.`
  }
})
