import {where} from '../messages.js'
import type {Finding} from './rule.js'
import {defineRule} from './rule.js'
import type {Facts} from '../types.js'

/**
 * `transfer-without-countries`: A declared cross-border transfer names its countries and its basis,
 * in one of the two ways: `countries` with one `basis` for all of them, or `transfers`, a basis for
 * each group of countries, where a country is in one group only.
 */
export const transferWithoutCountries = defineRule({
  id: 'transfer-without-countries',
  severity: 'error',
  article: 'Art. 16(2)–(3)',
  summary: {
    en: 'A declared cross-border transfer names its countries and its basis (with `countries` and `basis`, or a basis for each group of countries in `transfers`).',
    ru: 'Для заявленной трансграничной передачи указаны страны и её основание (в `countries` и `basis` или по группам стран в `transfers`).',
    kk: 'Мәлімделген трансшекаралық беру үшін елдер мен оның негізі көрсетіледі (`countries` пен `basis` арқылы немесе `transfers` ішінде елдер топтары бойынша).'
  },
  check: (facts) => transferProblems(facts.crossBorder),
  message: {
    en: (p) =>
      p.both
        ? `${where(p, 'en')}write the countries either with one basis for all (\`countries\` and \`basis\`) or by groups (\`transfers\`), not both: move \`countries\` and \`basis\` into a group of \`transfers\`, or remove \`transfers\`.`
        : p.twice
          ? `${where(p, 'en')}the country \`${p.twice}\` is already in \`${p.first}\`: a country is in one group, with every basis of its transfer. Merge the bases into that group and remove \`${p.twice}\` here.`
          : `${where(p, 'en')}cross-border transfer is declared, so the countries and the basis must be named. Example: \`countries: [US]\`, \`basis: [consent]\`, or, with a different basis for each country, \`transfers: [{countries: [DE], basis: [adequate-protection]}, {countries: [US], basis: [consent]}]\`.`,
    ru: (p) =>
      p.both
        ? `${where(p, 'ru')}страны указываются либо с одним основанием для всех (\`countries\` и \`basis\`), либо по группам (\`transfers\`), но не обоими способами сразу: перенесите \`countries\` и \`basis\` в группу \`transfers\` или удалите \`transfers\`.`
        : p.twice
          ? `${where(p, 'ru')}страна \`${p.twice}\` уже указана в \`${p.first}\`: каждая страна входит только в одну группу — вместе со всеми основаниями передачи в неё. Перенесите основания в группу \`${p.first}\` и удалите \`${p.twice}\` отсюда.`
          : `${where(p, 'ru')}указана трансграничная передача, поэтому нужно назвать страны и основание. Пример: \`countries: [US]\`, \`basis: [consent]\` или, если основания для стран разные, \`transfers: [{countries: [DE], basis: [adequate-protection]}, {countries: [US], basis: [consent]}]\`.`,
    kk: (p) =>
      p.both
        ? `${where(p, 'kk')}елдер не барлығына ортақ бір негізбен (\`countries\` пен \`basis\`), не топтар бойынша (\`transfers\`) жазылады; екі тәсілді бірге қолдануға болмайды: \`countries\` пен \`basis\` мәндерін \`transfers\` тобына көшіріңіз немесе \`transfers\` бөлігін өшіріңіз.`
        : p.twice
          ? `${where(p, 'kk')}\`${p.twice}\` елі \`${p.first}\` тобында көрсетілген: әр ел оған берудің барлық негіздерімен бірге тек бір топқа кіреді. Негіздерді сол топқа көшіріп, \`${p.twice}\` кодын осы жерден өшіріңіз.`
          : `${where(p, 'kk')}трансшекаралық беру көрсетілген, сондықтан елдер мен негізді атау керек. Мысал: \`countries: [US]\`, \`basis: [consent]\` немесе елдердің негіздері әртүрлі болса, \`transfers: [{countries: [DE], basis: [adequate-protection]}, {countries: [US], basis: [consent]}]\`.`
  }
})

function transferProblems(crossBorder: Facts['crossBorder']): Finding[] {
  if (!crossBorder?.enabled) return []
  const {transfers} = crossBorder
  if (!transfers) return !crossBorder.countries?.length || !crossBorder.basis?.length ? [{path: ['crossBorder'], at: 'key'}] : []
  const extra = (['countries', 'basis'] as const).filter((key) => crossBorder[key] !== undefined)
  if (extra.length > 0) return [{path: ['crossBorder', extra[0] as string], at: 'key', params: {both: 'yes'}}]
  const groupOf = new Map<string, number>()
  const findings: Finding[] = []
  transfers.forEach((group, index) => {
    group.countries.forEach((country, at) => {
      const first = groupOf.get(country)
      if (first === undefined) groupOf.set(country, index)
      else findings.push({path: ['crossBorder', 'transfers', index, 'countries', at], params: {twice: country, first: `crossBorder.transfers[${first}]`}})
    })
  })
  return findings
}
