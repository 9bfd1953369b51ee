import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

/** `own-wording-needed`: A legal form outside the list is worded, and an own resource term is given, in every published language. */
export const ownWordingNeeded = defineRule({
  id: 'own-wording-needed',
  severity: 'error',
  summary: {
    en: 'A legal form outside the list (`legalForm: other`) is worded in `legalFormName`, and an own term for the resources (`resourceTerm`) is given, in every published language.',
    ru: 'Организационно-правовая форма вне списка (`legalForm: other`) названа в `legalFormName`, а собственный термин для ресурсов (`resourceTerm`) задан — и то и другое на каждом языке, на котором публикуются документы.',
    kk: 'Тізімде жоқ ұйымдық-құқықтық нысанның (`legalForm: other`) атауы `legalFormName` ішінде, ал ресурстардың өз атауы `resourceTerm` ішінде құжаттар жарияланатын әр тілде беріледі.'
  },
  check: (facts) => {
    const findings: Finding[] = []
    const {organization} = facts
    for (const locale of facts.locales) {
      if (organization.legalForm === 'other' && !organization.legalFormName?.[locale]) {
        findings.push({path: ['organization', 'legalForm'], params: {fact: 'legalFormName', locale, example: locale === 'kk' ? '{short: КЕАҚ, full: коммерциялық емес акционерлік қоғамы}' : '{short: НАО, full: некоммерческое акционерное общество}'}})
      }
      if (organization.resourceTerm && !organization.resourceTerm[locale]) {
        findings.push({path: ['organization', 'resourceTerm'], at: 'key', params: {fact: 'resourceTerm', locale, example: locale === 'kk' ? 'Платформа' : '{nom: Платформа, gen: Платформы, dat: Платформе, acc: Платформу, ins: Платформой, prep: Платформе, preposition: на}'}})
      }
    }
    return findings
  },
  message: {
    en: (p) => `${where(p, 'en')}the documents are published in \`${p.locale}\`, so \`organization.${p.fact}.${p.locale}\` must be given, for example \`${p.locale}: ${p.example}\`.`,
    ru: (p) => `${where(p, 'ru')}документы публикуются на языке \`${p.locale}\`, поэтому нужно указать \`organization.${p.fact}.${p.locale}\`, например \`${p.locale}: ${p.example}\`.`,
    kk: (p) => `${where(p, 'kk')}құжаттар \`${p.locale}\` тілінде жарияланады, сондықтан \`organization.${p.fact}.${p.locale}\` көрсетілуі керек, мысалы \`${p.locale}: ${p.example}\`.`
  }
})
