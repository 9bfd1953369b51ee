import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

/** `resource-needs-address`: A website has its address; an app or service has an address, a store link or a name. */
export const resourceNeedsAddress = defineRule({
  id: 'resource-needs-address',
  severity: 'error',
  summary: {
    en: 'A website gives its address; a mobile app or another service gives an address, a store link or at least a name, so the documents can say what they cover.',
    ru: 'Для сайта указан его адрес, для мобильного приложения или иного сервиса — адрес, ссылка в магазине приложений или хотя бы название, чтобы документы могли сказать, на что они распространяются.',
    kk: 'Сайт үшін оның мекенжайы, ал мобильді қосымша немесе басқа сервис үшін мекенжайы, қосымшалар дүкеніндегі сілтемесі немесе кем дегенде атауы көрсетіледі, сонда құжаттар өздерінің неге қолданылатынын айта алады.'
  },
  check: (facts) =>
    facts.sites.flatMap((site, index): Finding[] => {
      const kind = site.kind ?? 'website'
      if (kind === 'website' && !site.url) return [{path: ['sites', index], at: 'key', params: {kind}}]
      if (kind !== 'website' && !site.url && !site.name && !site.appStore && !site.googlePlay) return [{path: ['sites', index], at: 'key', params: {kind}}]
      return []
    }),
  message: {
    en: (p) => `${where(p, 'en')}${p.kind === 'website' ? 'a website needs its address: add `url: https://example.kz`.' : 'say which app or service this is: add its `url`, an `appStore` or `googlePlay` link, or a `name: {ru: …, kk: …}`.'}`,
    ru: (p) => `${where(p, 'ru')}${p.kind === 'website' ? 'у сайта должен быть адрес: добавьте `url: https://example.kz`.' : 'укажите, о каком приложении или сервисе речь: добавьте его `url`, ссылку `appStore` или `googlePlay` либо название `name: {ru: …, kk: …}`.'}`,
    kk: (p) => `${where(p, 'kk')}${p.kind === 'website' ? 'сайттың мекенжайы болуы керек: `url: https://example.kz` қосыңыз.' : 'бұл қандай қосымша немесе сервис екенін көрсетіңіз: оның `url` мекенжайын, `appStore` не `googlePlay` сілтемесін немесе `name: {ru: …, kk: …}` атауын қосыңыз.'}`
  }
})
