import {countryName, englishCountry} from '../../lang/index.js'
import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

/** `localisation-abroad`: A processor abroad that keeps personal data does not leave the database in Kazakhstan without a copy. */
export const localisationAbroad = defineRule({
  id: 'localisation-abroad',
  severity: 'warning',
  article: 'Art. 12(2)',
  summary: {
    en: 'When the database is said to be in Kazakhstan, a processor abroad that receives more than cookie data (or data the facts do not name: give its recipients `data`) is flagged: the localisation duty binds processors too, so a copy must be kept in Kazakhstan.',
    ru: 'Если указано, что база находится в Казахстане, помечается обработчик за рубежом, получающий не только данные cookie (или данные, не названные в фактах: укажите `data` у его получателей): обязанность локализации распространяется и на обработчиков, поэтому копия должна храниться в Казахстане.',
    kk: 'База Қазақстанда орналасқан деп көрсетілсе, cookie деректерінен басқа деректерді (немесе фактілерде аталмаған деректерді: оның алушылары үшін `data` көрсетіңіз) алатын шетелдегі өңдеуші белгіленеді: деректерді Қазақстанда сақтау міндеті өңдеушілерге де қатысты, сондықтан көшірме Қазақстанда сақталуы тиіс.'
  },
  check: (facts) => {
    const data = facts.personalData
    if (facts.storage?.primaryDatabaseCountry !== 'KZ' || !data) return []
    // What a processor keeps matters when it is more than cookie data: a processor named among the
    // recipients of data the subject gives (contacts, documents, chats), or of data the facts do not name.
    const cookieOnly = new Set(data.categories.filter((category) => category.sources.every((source) => source === 'cookies-and-similar' || source === 'server-logs')).map((category) => category.id))
    const receives = (id: string) =>
      data.recipients.filter((recipient) => recipient.thirdParties?.includes(id)).some((recipient) => !recipient.data || recipient.data.some((category) => !cookieOnly.has(category)))
    return (facts.thirdParties ?? []).flatMap((party, index): Finding[] => {
      const kept = party.dataCountry ?? party.country
      return party.role === 'processor' && kept !== 'KZ' && receives(party.id)
        ? [{path: ['thirdParties', index, party.dataCountry ? 'dataCountry' : 'country'], params: {actual: party.name, country: kept, ...(party.dataCountry ? {given: 'yes'} : {})}}]
        : []
    })
  },
  message: {
    en: (p) => `${where(p, 'en')}${p.actual} processes data for the company and keeps it abroad, in ${englishCountry(p.country ?? '')}, while the documents say the database is in Kazakhstan. The duty to store in Kazakhstan binds processors too: make sure a copy stays in the Kazakh database${p.given ? '' : ', and give \`dataCountry\` so the documents say where the processor keeps data'}. Waive this with a reason once checked.`,
    ru: (p) => `${where(p, 'ru')}${p.actual} обрабатывает данные по поручению компании и хранит их за рубежом (${countryName(p.country ?? '', 'ru')}), а в документах указано, что база находится в Казахстане. Обязанность хранить данные в Казахстане распространяется и на обработчиков: убедитесь, что копия остаётся в казахстанской базе${p.given ? '' : ', и укажите \`dataCountry\`, чтобы в документах было указано, где обработчик хранит данные'}. После проверки снимите предупреждение с объяснением.`,
    kk: (p) => `${where(p, 'kk')}${p.actual} деректерді компанияның тапсырмасы бойынша өңдейді және оларды шетелде (${countryName(p.country ?? '', 'kk')}) сақтайды, ал құжаттарда база Қазақстанда орналасқан делінген. Деректерді Қазақстанда сақтау міндеті өңдеушілерге де қатысты: көшірменің қазақстандық базада қалатынына көз жеткізіңіз${p.given ? '' : ' және құжаттарда өңдеушінің деректерді қай жерде сақтайтыны көрсетілуі үшін \`dataCountry\` көрсетіңіз'}. Тексергеннен кейін ескертуді түсіндірмемен алып тастаңыз.`
  }
})
