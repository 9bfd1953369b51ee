import {where} from '../messages.js'
import {servicesOf} from '../services.js'
import {defineRule, type Finding} from './rule.js'

/** `service-unverified`: A service whose provider policygen could not confirm has its provider stated by the company. */
export const serviceUnverified = defineRule({
  id: 'service-unverified',
  severity: 'warning',
  summary: {
    en: 'A catalogue service whose provider (legal name, country) policygen could not confirm from the provider\'s own documents has that provider stated by the company in `thirdParties`.',
    ru: 'Для сервиса из каталога, чьего поставщика (наименование, страну) policygen не смог подтвердить по документам самого поставщика, компания сама указывает поставщика в `thirdParties`.',
    kk: 'Жеткізушісін (атауын, елін) policygen жеткізушінің өз құжаттары бойынша растай алмаған каталог сервисі үшін компания жеткізушіні `thirdParties` ішінде өзі көрсетеді.'
  },
  check: (facts) =>
    servicesOf(facts).reports.flatMap((report): Finding[] =>
      report.provider.verify ? [{path: report.path, params: {service: report.id, provider: report.provider.name, id: report.provider.id, verify: report.provider.verify}}] : []
    ),
  message: {
    en: (p) => `${where(p, 'en')}the catalogue names ${p.provider} as the provider of \`${p.service}\`, but policygen could not confirm from the provider's own documents which legal entity serves customers in Kazakhstan, or its country. Check it in your contract with the provider and state the provider yourself in \`thirdParties\` under \`id: ${p.id}\` (name, country, privacy policy): your words then replace the catalogue's.`,
    ru: (p) => `${where(p, 'ru')}в каталоге поставщиком \`${p.service}\` указано ${p.provider}, но по документам самого поставщика policygen не смог подтвердить, какое юридическое лицо обслуживает клиентов в Казахстане и в какой оно стране. Проверьте это по договору с поставщиком и укажите поставщика сами в \`thirdParties\` с \`id: ${p.id}\` (наименование, страна, политика): тогда вместо каталожных будут ваши сведения.`,
    kk: (p) => `${where(p, 'kk')}каталогта \`${p.service}\` сервисінің жеткізушісі ретінде ${p.provider} көрсетілген, бірақ policygen жеткізушінің өз құжаттары бойынша Қазақстандағы клиенттерге қай заңды тұлға қызмет көрсететінін және оның қай елде екенін растай алмады. Мұны жеткізушімен жасалған шарт бойынша тексеріп, жеткізушіні \`thirdParties\` ішінде \`id: ${p.id}\` арқылы өзіңіз көрсетіңіз (атауы, елі, саясаты): сонда каталогтағы мәліметтердің орнына сіздің мәліметтеріңіз алынады.`
  }
})
