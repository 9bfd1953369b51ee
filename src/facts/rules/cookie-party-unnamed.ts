import {cookiePlacers} from '../cookie-placers.js'
import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

/** Kinds of third party whose scripts mostly set cookies on the site. */
const cookieKinds: ReadonlySet<string> = new Set(['analytics', 'advertising', 'chat'])

/** `cookie-party-unnamed`: A web-analytics, advertising or chat third party that the cookie policy would leave out is pointed out. */
export const cookiePartyUnnamed = defineRule({
  id: 'cookie-party-unnamed',
  severity: 'warning',
  summary: {
    en: 'A web-analytics, advertising or chat third party is named in the cookie policy: a cookie of the facts is its (`provider`), or it is given the `purposes` its cookies serve.',
    ru: 'Третье лицо веб-аналитики, рекламы или чата названо в политике cookie: какой-либо cookie из фактов принадлежит ему (`provider`) или для него указаны цели его cookie (`purposes`).',
    kk: 'Веб-талдау, жарнама немесе чат үшінші тарапы cookie саясатында аталады: фактілердегі қандай да бір cookie соған тиесілі (`provider`) немесе оның cookie мақсаттары (`purposes`) көрсетілген.'
  },
  check: (facts) => {
    if (!facts.documents.cookiePolicy) return []
    const placing = new Set(cookiePlacers(facts))
    return (facts.thirdParties ?? []).flatMap((party, index): Finding[] =>
      cookieKinds.has(party.kind) && !placing.has(party) ? [{path: ['thirdParties', index, 'id'], params: {actual: party.name, id: party.id}}] : []
    )
  },
  message: {
    en: (p) => `${where(p, 'en')}${p.actual} is a service whose script usually sets cookies, but no cookie of the facts is its (\`provider: ${p.id}\`) and it is given no \`purposes\`, so the cookie policy does not name it. If it sets cookies on the site, declare them in \`cookies\` with \`provider: ${p.id}\`, or give the purposes its cookies serve; if it sets none, waive this with the reason.`,
    ru: (p) => `${where(p, 'ru')}${p.actual} — сервис, скрипт которого обычно ставит cookie, но ни один cookie из фактов ему не принадлежит (\`provider: ${p.id}\`) и цели (\`purposes\`) для него не указаны, поэтому политика cookie его не называет. Если он ставит cookie на сайте, укажите их в \`cookies\` с \`provider: ${p.id}\` или укажите цели его cookie; если не ставит, снимите предупреждение с объяснением.`,
    kk: (p) => `${where(p, 'kk')}${p.actual} — скрипті әдетте cookie қоятын сервис, бірақ фактілердегі бірде-бір cookie оған тиесілі емес (\`provider: ${p.id}\`) және ол үшін мақсаттар (\`purposes\`) көрсетілмеген, сондықтан cookie саясаты оны атамайды. Егер ол сайтта cookie қойса, оларды \`cookies\` ішінде \`provider: ${p.id}\` арқылы көрсетіңіз немесе оның cookie мақсаттарын көрсетіңіз; қоймаса, ескертуді түсіндірмемен алып тастаңыз.`
  }
})
