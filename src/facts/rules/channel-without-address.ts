import type {PathSegment} from '../locate.js'
import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

/** `channel-without-address`: Every channel a document names resolves to an address from the facts. */
export const channelWithoutAddress = defineRule({
  id: 'channel-without-address',
  severity: 'error',
  article: 'Art. 24',
  summary: {
    en: 'Every channel a document names for requests or withdrawal resolves to a concrete address from the facts: an e-mail for `email`, a support page for `portal`.',
    ru: 'Каждый канал для обращений или отзыва согласия, названный в документе, ведёт к конкретному адресу из фактов: адресу электронной почты для `email`, странице поддержки для `portal`.',
    kk: 'Құжатта өтініштер немесе келісімді кері қайтарып алу үшін аталған әр арна фактілердегі нақты мекенжайға апарады: `email` үшін электрондық пошта мекенжайына, `portal` үшін қолдау бетіне.'
  },
  check: (facts) => {
    const contact = facts.contacts.personalData ?? facts.contacts.general
    const email = contact.email ?? facts.contacts.general.email
    const url = contact.url ?? facts.contacts.general.url
    const findings: Finding[] = []
    const need = (path: PathSegment[], channel: string, missing: 'email' | 'url') => findings.push({path, params: {channel, missing}})
    ;(facts.personalData?.requests.channels ?? []).forEach((channel, index) => {
      if (channel === 'email' && !email) need(['personalData', 'requests', 'channels', index], channel, 'email')
      if (channel === 'portal' && !url) need(['personalData', 'requests', 'channels', index], channel, 'url')
    })
    facts.consent.withdrawal.forEach((channel, index) => {
      if (channel === 'email-request' && !email) need(['consent', 'withdrawal', index], channel, 'email')
    })
    return findings
  },
  message: {
    en: (p) => `${where(p, 'en')}\`${p.channel}\` is named as a channel, but the facts give no ${p.missing === 'email' ? 'e-mail address' : 'support page'} to reach it. Add \`contacts.personalData.${p.missing}\` (or \`contacts.general.${p.missing}\`).`,
    ru: (p) => `${where(p, 'ru')}\`${p.channel}\` назван каналом, но в фактах нет ${p.missing === 'email' ? 'адреса электронной почты' : 'страницы поддержки'}, по которому к нему обратиться. Добавьте \`contacts.personalData.${p.missing}\` (или \`contacts.general.${p.missing}\`).`,
    kk: (p) => `${where(p, 'kk')}\`${p.channel}\` арна ретінде аталған, бірақ фактілерде оған жүгінуге болатын ${p.missing === 'email' ? 'электрондық пошта мекенжайы' : 'қолдау беті'} жоқ. \`contacts.personalData.${p.missing}\` (немесе \`contacts.general.${p.missing}\`) қосыңыз.`
  }
})
