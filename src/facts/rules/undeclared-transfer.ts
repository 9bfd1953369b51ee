import {where} from '../messages.js'
import {transferCountries} from '../transfers.js'
import {defineRule} from './rule.js'

/** `undeclared-transfer`: Every third party outside Kazakhstan, and every country abroad where one keeps data (`dataCountry`), is in a country `crossBorder` lists. */
export const undeclaredTransfer = defineRule({
  id: 'undeclared-transfer',
  severity: 'error',
  article: 'Art. 16',
  summary: {
    en: 'Every third party outside Kazakhstan is in a country `crossBorder` lists.',
    ru: 'Страна каждого третьего лица за пределами Казахстана указана среди стран трансграничной передачи (`crossBorder`).',
    kk: 'Қазақстаннан тыс әр үшінші тұлғаның елі трансшекаралық беру елдерінің қатарында көрсетіледі (`crossBorder`).'
  },
  check: (facts) => {
    const enabled = facts.crossBorder?.enabled === true
    const declared = new Set(transferCountries(facts.crossBorder))
    const grouped = enabled && facts.crossBorder?.transfers !== undefined ? 'yes' : ''
    // Where a third party is, and where it keeps the data when that is elsewhere (`dataCountry`): data goes to both.
    return (facts.thirdParties ?? []).flatMap((party, index) =>
      (['country', 'dataCountry'] as const).flatMap((key) => {
        const country = party[key]
        if (country === undefined || country === 'KZ' || declared.has(country) || (key === 'dataCountry' && country === party.country)) return []
        return [{path: ['thirdParties', index, key], params: {country, enabled: enabled ? 'yes' : '', grouped}}]
      })
    )
  },
  message: {
    en: (p) =>
      p.grouped
        ? `${where(p, 'en')}data goes to ${p.country} (outside Kazakhstan), but no group of \`crossBorder.transfers\` names it. Add \`${p.country}\` to the \`countries\` of the group whose basis applies to it, or add a group (\`- {countries: [${p.country}], basis: [consent]}\`).`
        : `${where(p, 'en')}data goes to ${p.country} (outside Kazakhstan), but \`crossBorder\` does not say so. ${p.enabled ? 'List' : 'Set `crossBorder.enabled: true` and list'} \`${p.country}\` in \`crossBorder.countries\`.`,
    ru: (p) =>
      p.grouped
        ? `${where(p, 'ru')}данные передаются в ${p.country} (за пределы Казахстана), но эта страна не указана ни в одной группе \`crossBorder.transfers\`. Добавьте \`${p.country}\` в \`countries\` группы с подходящим для неё основанием или добавьте группу (\`- {countries: [${p.country}], basis: [consent]}\`).`
        : `${where(p, 'ru')}данные передаются в ${p.country} (за пределы Казахстана), но в \`crossBorder\` это не указано. ${p.enabled ? 'Добавьте' : 'Укажите `crossBorder.enabled: true` и добавьте'} \`${p.country}\` в \`crossBorder.countries\`.`,
    kk: (p) =>
      p.grouped
        ? `${where(p, 'kk')}деректер Қазақстаннан тыс елге (${p.country}) беріледі, бірақ бұл ел \`crossBorder.transfers\` топтарының ешқайсысында көрсетілмеген. \`${p.country}\` кодын осы елге сәйкес негізі бар топтың \`countries\` тізіміне қосыңыз немесе жаңа топ қосыңыз (\`- {countries: [${p.country}], basis: [consent]}\`).`
        : `${where(p, 'kk')}деректер Қазақстаннан тыс елге (${p.country}) беріледі, бірақ \`crossBorder\` ішінде бұл көрсетілмеген. ${p.enabled ? '' : '`crossBorder.enabled: true` деп жазып, '}\`${p.country}\` кодын \`crossBorder.countries\` тізіміне қосыңыз.`
  }
})
