import {where} from '../messages.js'
import {defineRule} from './rule.js'

/** `undeclared-transfer`: Every third party outside Kazakhstan is in a country `crossBorder` lists. */
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
    const declared = new Set(enabled ? facts.crossBorder?.countries ?? [] : [])
    return (facts.thirdParties ?? []).flatMap((party, index) =>
      party.country !== 'KZ' && !declared.has(party.country) ? [{path: ['thirdParties', index, 'country'], params: {country: party.country, enabled: enabled ? 'yes' : ''}}] : []
    )
  },
  message: {
    en: (p) => `${where(p, 'en')}data goes to ${p.country} (outside Kazakhstan), but \`crossBorder\` does not say so. ${p.enabled ? 'List' : 'Set `crossBorder.enabled: true` and list'} \`${p.country}\` in \`crossBorder.countries\`.`,
    ru: (p) => `${where(p, 'ru')}данные передаются в ${p.country} (за пределы Казахстана), но в \`crossBorder\` это не указано. ${p.enabled ? 'Добавьте' : 'Укажите `crossBorder.enabled: true` и добавьте'} \`${p.country}\` в \`crossBorder.countries\`.`,
    kk: (p) => `${where(p, 'kk')}деректер Қазақстаннан тыс елге (${p.country}) беріледі, бірақ \`crossBorder\` ішінде бұл көрсетілмеген. ${p.enabled ? '' : '`crossBorder.enabled: true` деп жазып, '}\`${p.country}\` кодын \`crossBorder.countries\` тізіміне қосыңыз.`
  }
})
