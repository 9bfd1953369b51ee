import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

const identifying = new Set(['ip-address', 'user-id', 'device-id', 'mac-address', 'email', 'phone', 'full-name'])

/** `false-depersonalisation`: Data is not called depersonalised while identifiers of it go to third parties. */
export const falseDepersonalisation = defineRule({
  id: 'false-depersonalisation',
  severity: 'error',
  article: 'Art. 1, Art. 17(1)',
  summary: {
    en: 'Data passed on for research is not said to be depersonalised (`depersonalizedAnalytics`) while analytics cookies of third parties or identifying data (IP address, device or user identifiers) go to them: pseudonymous identifiers are not depersonalised.',
    ru: 'Данные, передаваемые для исследований, не называются обезличенными (`depersonalizedAnalytics`), если получателям поступают аналитические cookie третьих лиц или идентифицирующие данные (IP-адрес, идентификаторы устройства или пользователя): псевдонимные идентификаторы не являются обезличенными данными.',
    kk: 'Зерттеулер үшін берілетін деректермен бірге үшінші тұлғалардың аналитикалық cookie файлдары немесе сәйкестендіретін деректер (IP мекенжайы, құрылғы немесе пайдаланушы идентификаторлары) берілсе, олар иесіздендірілген деп көрсетілмейді (`depersonalizedAnalytics`): бүркеншік идентификаторлар иесіздендірілген деректер болып саналмайды.'
  },
  check: (facts) => {
    if (!facts.personalData?.depersonalizedAnalytics) return []
    const parties = new Map((facts.thirdParties ?? []).map((party) => [party.id, party]))
    const thirdPartyAnalytics = (facts.cookies ?? []).filter((cookie) => cookie.provider && cookie.category !== 'strictly-necessary' && parties.get(cookie.provider)?.kind !== 'hosting')
    const identifiers = (facts.collectedData?.items ?? []).filter((item) => identifying.has(item))
    if (thirdPartyAnalytics.length === 0 || identifiers.length === 0) return []
    const names = [...new Set(thirdPartyAnalytics.map((cookie) => parties.get(cookie.provider ?? '')?.name ?? cookie.provider))].join(', ')
    return [{path: ['personalData', 'depersonalizedAnalytics'], params: {parties: names, items: identifiers.map((item) => `\`${item}\``).join(', ')}} satisfies Finding]
  },
  message: {
    en: (p) => `${where(p, 'en')}the facts say data for research is depersonalised, but ${p.parties} receive identifiers through their cookies (${p.items}). An identifier that singles out a device or a user is not depersonalised. Remove \`depersonalizedAnalytics\`, or stop passing identifiers on.`,
    ru: (p) => `${where(p, 'ru')}в фактах сказано, что данные для исследований обезличиваются, но ${p.parties} получают через свои cookie идентификаторы (${p.items}). Идентификатор, по которому можно выделить устройство или пользователя, не обезличен. Уберите \`depersonalizedAnalytics\` или перестаньте передавать идентификаторы.`,
    kk: (p) => `${where(p, 'kk')}фактілерде зерттеулерге арналған деректер иесіздендіріледі делінген, бірақ ${p.parties} өз cookie файлдары арқылы идентификаторларды алады (${p.items}). Құрылғыны немесе пайдаланушыны ажыратуға болатын идентификатор иесіздендірілмеген. \`depersonalizedAnalytics\` фактісін алып тастаңыз немесе идентификаторларды беруді тоқтатыңыз.`
  }
})
