import {where} from '../messages.js'
import {serviceById} from '../services.js'
import {defineRule, referenceFinding, type Finding} from './rule.js'

/** `service-cookie-unknown`: A cookie a service entry leaves out (`without`) is one of that service's cookies. */
export const serviceCookieUnknown = defineRule({
  id: 'service-cookie-unknown',
  severity: 'error',
  summary: {
    en: 'A cookie a service entry leaves out with `without` is one of the cookies the catalogue lists for that service.',
    ru: 'Файл cookie, который запись сервиса исключает через `without`, — один из cookie, указанных для этого сервиса в каталоге.',
    kk: '`without` арқылы сервистен алынып тасталған cookie файлы — каталогта сол сервис үшін көрсетілген cookie файлдарының бірі.'
  },
  check: (facts) => {
    const findings: Finding[] = []
    const entries = facts.services ?? []
    entries.forEach((entry, index) => {
      if (typeof entry === 'string') return
      const service = serviceById(entry.id)
      if (!service) return // the schema refuses an id the catalogue does not have
      const names = service.cookies.map((cookie) => cookie.name)
      ;(entry.without ?? []).forEach((name, position) => {
        if (names.includes(name)) return
        // The cookies of the service are the list the name is looked up in.
        const finding = referenceFinding(['services', index, 'without', position], name, service.id, names)
        findings.push({...finding, params: {...finding.params, service: service.id}})
      })
    })
    return findings
  },
  message: {
    en: (p) => `${where(p, 'en')}\`${p.service}\` has no cookie \`${p.actual}\` in the catalogue${p.suggestion ? `; did you mean \`${p.suggestion}\`?` : '.'} As written, this entry leaves nothing out: the cookie you meant to leave out stays in the policy. Its cookies: ${p.allowed} (\`policygen services ${p.service}\` shows them).`,
    ru: (p) => `${where(p, 'ru')}у \`${p.service}\` в каталоге нет cookie \`${p.actual}\`${p.suggestion ? `; может быть, \`${p.suggestion}\`?` : '.'} В таком виде эта строка ничего не исключает: cookie, который вы хотели исключить, останется в политике. Cookie сервиса: ${p.allowed} (их показывает \`policygen services ${p.service}\`).`,
    kk: (p) => `${where(p, 'kk')}каталогта \`${p.service}\` сервисінде \`${p.actual}\` cookie файлы жоқ${p.suggestion ? `; мүмкін, \`${p.suggestion}\` деп жазғыңыз келді ме?` : '.'} Бұлай жазылған жол ештеңені алып тастамайды: сіз алып тастағыңыз келген cookie файлы саясатта қала береді. Сервистің cookie файлдары: ${p.allowed} (оларды \`policygen services ${p.service}\` көрсетеді).`
  }
})
