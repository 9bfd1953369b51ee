import {describe, expect, it} from 'vitest'
import {renderMarkdownDocuments} from '../../src/document/documents.js'
import type {Facts} from '../../src/facts/types.js'
import {validateFacts} from '../../src/facts/validate.js'
import {fixtureOrganization} from '../helpers/fixture-organizations.js'
import {shippedTemplates} from '../helpers/templates.js'
import {stringify} from 'yaml'

// A sentence that states something about the company exists only when a fact says it. The minimal
// organization gives only what both documents require; none of these claims may appear for it.
const claims: ReadonlyArray<[string, RegExp]> = [
  ['does not sell personal data', /не продаёт|сатпайды/],
  ['biometric data', /биометрическ|биометриялық/],
  ['health data', /состоянии здоровья|денсаулық жағдайы/],
  // A cookie category says what the category is; what its cookies do, only its purposes say.
  ['interest-based advertising', /интересам пользователя|қызығушылықтарына сай/],
  ['an encrypted identifier', /зашифрованн|шифрланған/],
  ['remembering the language', /язык, регион|тілді, өңірді/],
  ['public sources', /не размещает персональные данные в общедоступных|могут размещаться в общедоступных|дереккөздерде орналастырмайды|дереккөздерде орналастырылуы мүмкін/],
  ['free access', /бесплатно|тегін/],
  ['reasoned refusal', /мотивируется|себебі әрқашан/],
  ['a consent log', /журнал|жазып сақтайды/],
  ['the EU', /ЕС|Европейск|ЕО|Еуропалық/],
  ['a 15-day deadline', /15\s(рабочих|жұмыс)/],
  ['a deadline for requests', /рабочих дн|рабочего дня|жұмыс күні ішінде/],
  ['a breach deadline', /Нарушение безопасности|қауіпсіздігінің бұзылуы/],
  ['an age limit', /несовершеннолет|лет\b|кәмелетке|жас\b/],
  ['automated decisions', /автоматизированн|автоматтандырылған/],
  ['a database', /базе|базы|базасы|базада|база жүргізбейді/],
  ['a complete cookie list', /все файлы cookie|барлық cookie/],
  ['a personal account', /личный кабинет|жеке кабинет/],
  ['local storage', /Локальное хранилище браузера не очищается|жергілікті қоймасы мерзім/],
  ['strictly necessary cookies', /Строго необходимые|Міндетті cookie/],
  ['third-party cookies', /сторонних сервисов|үшінші тұлғалар сервистерінің/],
  ['depersonalized research', /предварительно обезличиваются|алдын ала иесіздендіріледі/],
  ['a brand', /Бренд|брендімен/],
  ['data not collected', /не собирает и не обрабатывает|жинамайды және өңдемейді/],
  // No fact says what a consent confirms: it was said of every company.
  ['having read the policy', /ознакомился с Политикой|Саясатпен танысқанын/]
]

describe('a minimal organization', async () => {
  const templates = await shippedTemplates()
  const documents = renderMarkdownDocuments(fixtureOrganization('minimal'), templates)

  it('publishes both documents in both languages', () => {
    expect(documents.map((document) => `${document.locale}/${document.document}`)).toEqual(['ru/cookie-policy', 'ru/privacy-policy', 'kk/cookie-policy', 'kk/privacy-policy'])
  })

  for (const document of documents) {
    it.each(claims)(`${document.locale}/${document.document} makes no claim about %s`, (_claim, words) => {
      expect(document.markdown).not.toMatch(words)
    })
  }
})

describe('each claim appears once its fact is given', async () => {
  const templates = await shippedTemplates()

  function render(change: (facts: Record<string, unknown>) => void): string {
    const facts = structuredClone(fixtureOrganization('minimal').facts) as unknown as Record<string, unknown>
    change(facts)
    const validated = validateFacts({path: 'facts.yaml', bytes: new TextEncoder().encode(stringify(facts))}, 'en')
    if (!validated.facts) throw new Error(validated.problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n'))
    return renderMarkdownDocuments({id: 'minimal', facts: validated.facts as Facts}, templates)
      .map((document) => document.markdown)
      .join('\n')
  }
  const personalData = (facts: Record<string, unknown>) => facts.personalData as Record<string, unknown>

  it.each<[string, (facts: Record<string, unknown>) => void, RegExp[]]>([
    ['sell-personal-data', (facts) => (facts.doesNot = ['sell-personal-data']), [/Компания не продаёт персональные данные\./, /Компания дербес деректерді сатпайды\./]],
    ['biometric: false', (facts) => (personalData(facts).biometric = false), [/Компания не обрабатывает биометрические данные\./, /Компания биометриялық деректерді өңдемейді\./]],
    // Said once, not twice, when `notCollected` lists them too.
    ['biometric: false and notCollected', (facts) => Object.assign(personalData(facts), {biometric: false, notCollected: ['biometric']}), [/не собирает и не обрабатывает следующие данные: биометрические данные\.\n(?![\s\S]*не обрабатывает биометрические)/]],
    // Processing biometric data is the fact; no fact says with what consent.
    ['biometric: true', (facts) => (personalData(facts).biometric = true), [/Компания обрабатывает биометрические данные\.\n/, /Компания биометриялық деректерді өңдейді\.\n/]],
    // A fixed period keeps the act the facts name for it.
    ['a retention law with a period', (facts) => Object.assign((personalData(facts).categories as Array<Record<string, unknown>>)[0] ?? {}, {retention: 'P5Y', retentionLaw: {ru: 'Закон Республики Казахстан «О бухгалтерском учёте и финансовой отчётности»', kk: '«Бухгалтерлік есеп пен қаржылық есептілік туралы» Қазақстан Республикасының Заңы'}}), [/ — 5\u00A0лет \(срок установлен Законом Республики Казахстан «О бухгалтерском учёте и финансовой отчётности»\)[;.]/, / — 5\u00A0жыл \(«Бухгалтерлік есеп пен қаржылық есептілік туралы» Қазақстан Республикасының Заңында белгіленген мерзім\)[;.]/]],
    ['approval by a numbered order', (facts) => (((facts.documents as Record<string, Record<string, unknown>>).privacyPolicy as Record<string, unknown>).approval = {by: {ru: 'приказом директора № 15-П', kk: 'директордың № 15-П бұйрығымен'}, date: '2026-10-20'}), [/Политика утверждена приказом директора № 15-П от 20\sоктября\s2026\sг\./, /Саясат 2026\sжылғы\s20\sқазанда директордың № 15-П бұйрығымен бекітілді\./]],
    ['approval by an order without a number', (facts) => (((facts.documents as Record<string, Record<string, unknown>>).privacyPolicy as Record<string, unknown>).approval = {by: {ru: 'приказом директора', kk: 'директордың бұйрығымен'}, date: '2026-10-20'}), [/Политика утверждена приказом директора 20\sоктября\s2026\sг\./]],
    ['publicSources: false', (facts) => (personalData(facts).publicSources = false), [/не размещает персональные данные в общедоступных источниках/, /жалпыға қолжетімді дереккөздерде орналастырмайды/]],
    ['freeOfCharge', (facts) => ((personalData(facts).requests as Record<string, unknown>).freeOfCharge = true), [/предоставляется субъекту бесплатно/, /тегін қол жеткізеді/]],
    ['consent log', (facts) => ((facts.consent as Record<string, unknown>).log = true), [/журнал полученных и отозванных согласий/]],
    ['responsiblePerson.name', (facts) => ((facts.responsiblePerson as Record<string, unknown>).name = {ru: 'Иванов И. И.', kk: 'Иванов И. И.'}), [/ответственное за организацию обработки персональных данных: директор Иванов И\. И\., \[info@minimum\.kz\]/, /жауапты тұлға: директор Иванов И\. И\., /]],
    ['a health data item', (facts) => ((personalData(facts).categories as Array<{items: string[]}>)[0]?.items.push('health')), [/сведения о состоянии здоровья/, /денсаулық жағдайы туралы мәліметтер/]],
    // Store links are said of the app they belong to.
    ['an app in two stores', (facts) => (facts.sites = [{kind: 'mobile-app', name: {ru: 'Акме', kk: 'Акме'}, appStore: 'https://apps.apple.com/kz/app/id1', googlePlay: 'https://play.google.com/store/apps/details?id=kz.acme'}]), [/ Приложение доступно в магазинах \[App Store\]\(<https:\/\/apps\.apple\.com\/kz\/app\/id1>\) и \[Google Play\]\(<[^>]+>\)\./, / Қосымша \[App Store\]\([^)]+\) және \[Google Play\]\([^)]+\) дүкендерінде қолжетімді\./]],
    ['a site and an app in one store', (facts) => (facts.sites = [{url: 'https://minimum.kz'}, {kind: 'mobile-app', name: {ru: 'Акме', kk: 'Акме'}, appStore: 'https://apps.apple.com/kz/app/id1'}]), [/ Мобильное приложение «Акме» доступно в магазине \[App Store\]\([^)]+\)\./, / «Акме» мобильді қосымшасы \[App Store\]\([^)]+\) дүкенінде қолжетімді\./]],
    ['two apps in stores', (facts) => (facts.sites = [{kind: 'mobile-app', name: {ru: 'Акме', kk: 'Акме'}, appStore: 'https://apps.apple.com/kz/app/id1', googlePlay: 'https://play.google.com/store/apps/details?id=kz.acme'}, {kind: 'mobile-app', name: {ru: 'Акме Бизнес', kk: 'Акме Бизнес'}, appStore: 'https://apps.apple.com/kz/app/id2'}]), [/ Мобильные приложения доступны в магазинах приложений: «Акме» — \[App Store\]\([^)]+\) и \[Google Play\]\([^)]+\); «Акме Бизнес» — \[App Store\]\(<https:\/\/apps\.apple\.com\/kz\/app\/id2>\)\./, / Мобильді қосымшалар мынадай дүкендерде қолжетімді: «Акме» — \[App Store\]\([^)]+\) және \[Google Play\]\([^)]+\); «Акме Бизнес» — \[App Store\]\([^)]+\)\./]],
    ['an in-app notice with two apps', (facts) => {
      facts.sites = [{kind: 'mobile-app', name: {ru: 'Акме', kk: 'Акме'}}, {kind: 'mobile-app', name: {ru: 'Акме Коуч', kk: 'Акме Коуч'}}]
      ;((facts.documents as Record<string, Record<string, unknown>>).privacyPolicy as Record<string, unknown>).changeNotice = ['in-app-notice']
    }, [/показывает уведомление в приложениях/, /қосымшаларда хабарлама көрсету/]],
    ['15 days', (facts) => ((facts.consent as Record<string, unknown>).stopProcessingWorkingDays = 15), [/в течение 15\u00A0рабочих дней/, /15\u00A0жұмыс күні ішінде/]],
    ['complete list', (facts) => (facts.cookiesComplete = true), [/Ниже перечислены все файлы cookie/, /барлық cookie файлдары/]],
    ['examples only', (facts) => (facts.cookiesComplete = false), [/Ниже приведены примеры файлов cookie.*перечень не исчерпывающий/, /мысалдары келтірілген; тізбе толық емес/]],
    ['no cookies', (facts) => {
      delete facts.cookies
      delete facts.cookieCategories
      delete facts.collectedData
      delete (facts.documents as Record<string, unknown>).cookiePolicy
      facts.doesNot = ['use-cookies', 'track-across-sites']
    }, [/Сайт не использует файлы cookie\. Компания не отслеживает пользователей на других сайтах\./, /Сайт cookie файлдарын пайдаланбайды\./]]
  ])('%s', (_case, change, expected) => {
    const text = render(change)
    for (const words of expected) expect(text).toMatch(words)
  })
})

describe('what a company promises of minors', async () => {
  const templates = await shippedTemplates()

  it('is only that it does not knowingly process their data, when the facts say it collects none', () => {
    const facts = structuredClone(fixtureOrganization('minimal').facts) as unknown as Record<string, unknown>
    ;(facts.personalData as Record<string, unknown>).minors = {collected: false, ageThreshold: 18}
    const validated = validateFacts({path: 'facts.yaml', bytes: new TextEncoder().encode(stringify(facts))}, 'en')
    const text = renderMarkdownDocuments({id: 'minimal', facts: validated.facts as Facts}, templates).map((document) => document.markdown).join('\n')
    expect(text).toMatch(/Компания сознательно не обрабатывает персональные данные лиц младше 18\sлет\.\n/)
    expect(text).toMatch(/Компания 18\sжасқа толмаған тұлғалардың дербес деректерін әдейі өңдемейді\.\n/)
    // Destroying what was obtained without a representative's consent: no fact says the company undertakes it.
    expect(text).not.toMatch(/уничтожит|жояды/)
  })
})

describe('the cookie policy says a third party places cookies only when a declared cookie is its', async () => {
  const templates = await shippedTemplates()
  const acme = fixtureOrganization('acme')
  // A delivery service gets data but places no cookie: it needs no cookie purposes, and is no cookie provider.
  const facts = structuredClone(acme.facts) as unknown as Record<string, unknown>
  ;(facts.thirdParties as unknown[]).push({id: 'courier', name: 'ТОО «Быстрый курьер»', kind: 'other', role: 'processor', country: 'KZ'})
  const recipients = (facts.personalData as {recipients: Array<Record<string, unknown>>}).recipients
  recipients.push({kind: 'partners', thirdParties: ['courier'], data: [...((recipients[0]?.data as string[]) ?? [])], purposes: [...((recipients[0]?.purposes as string[]) ?? [])]})
  const validated = validateFacts({path: 'facts.yaml', bytes: new TextEncoder().encode(stringify(facts))}, 'en')
  const documents = validated.facts ? renderMarkdownDocuments({id: 'acme', facts: validated.facts as Facts}, templates) : []
  const text = (locale: string, document: string) => documents.find((each) => each.locale === locale && each.document === document)?.markdown ?? ''

  it('takes a recipient without cookie purposes', () => {
    expect(validated.problems.filter((problem) => problem.severity === 'error')).toEqual([])
  })

  it('lists in the cookie policy only the providers of declared cookies, each with how it processes what they collect', () => {
    for (const locale of ['ru', 'kk']) {
      const cookiePolicy = text(locale, 'cookie-policy')
      const table = cookiePolicy.slice(cookiePolicy.indexOf('| --- | --- | --- | --- | --- | --- |'))
      expect(table.split('\n\n')[0]).not.toContain('Быстрый курьер')
    }
    // Named in each language as its documents write it: the Kazakh form after the name.
    expect(text('ru', 'privacy-policy')).toContain('| ТОО «Быстрый курьер» |')
    expect(text('kk', 'privacy-policy')).toContain('| «Быстрый курьер» ЖШС |')
    // Roles come from the facts: a processor processes on the company's instructions; no sentence says "by their own rules" of all.
    expect(text('ru', 'cookie-policy')).toMatch(/\| ООО «ЯНДЕКС» \| Яндекс Метрика \| Российская Федерация \| сбор статистики посещений \| по поручению, которое даёт Компания \|/)
    expect(text('kk', 'cookie-policy')).toMatch(/\| Компания берген тапсырма бойынша \|/)
    expect(text('ru', 'cookie-policy')).toMatch(/\| Google LLC \| Google Ads \| [^|]+ \| [^|]+ \| в собственных целях \|/)
    expect(text('ru', 'cookie-policy')).not.toMatch(/по своим правилам/)
    expect(text('kk', 'cookie-policy')).not.toMatch(/өз қағидалары бойынша/)
  })
})

describe('the cookie policy names the ways of consent to cookies, not those the company has for its forms', async () => {
  const templates = await shippedTemplates()
  const facts = structuredClone(fixtureOrganization('minimal').facts) as unknown as Record<string, unknown>
  ;(facts.consent as Record<string, unknown>).methods = ['banner-accept', 'web-form-checkbox']
  const validated = validateFacts({path: 'facts.yaml', bytes: new TextEncoder().encode(stringify(facts))}, 'en')
  const documents = validated.facts ? renderMarkdownDocuments({id: 'minimal', facts: validated.facts as Facts}, templates) : []
  const text = (locale: string, document: string) => documents.find((each) => each.locale === locale && each.document === document)?.markdown ?? ''

  it('says the banner in the cookie policy, and both in the privacy policy', () => {
    expect(text('ru', 'cookie-policy')).toMatch(/согласие нажатием кнопки «Принять» в уведомлении о файлах cookie\./)
    expect(text('ru', 'cookie-policy')).not.toMatch(/отметкой в форме/)
    expect(text('kk', 'cookie-policy')).not.toMatch(/нысанда белгі қою/)
    expect(text('ru', 'privacy-policy')).toMatch(/отметкой в форме|нажатием кнопки «Принять»/)
  })
})

describe('the cookie policy says cookie data may go abroad only where a party that places cookies is', async () => {
  const templates = await shippedTemplates()
  const facts = structuredClone(fixtureOrganization('minimal').facts) as unknown as Record<string, unknown>
  // A courier in Germany gets data; no third party places cookies.
  facts.thirdParties = [{id: 'courier', name: 'DHL Express Germany GmbH', kind: 'other', role: 'processor', country: 'DE'}]
  facts.crossBorder = {enabled: true, countries: ['DE'], basis: ['consent']}
  const validated = validateFacts({path: 'facts.yaml', bytes: new TextEncoder().encode(stringify(facts))}, 'en')
  const documents = validated.facts ? renderMarkdownDocuments({id: 'minimal', facts: validated.facts as Facts}, templates) : []
  const text = (locale: string, document: string) => documents.find((each) => each.locale === locale && each.document === document)?.markdown ?? ''

  it('says nothing of a transfer in the cookie policy, and the privacy policy names it', () => {
    expect(validated.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message)).toEqual([])
    expect(text('ru', 'cookie-policy')).not.toMatch(/могут передаваться за пределы|Германия|не передаются за пределы/)
    expect(text('kk', 'cookie-policy')).not.toMatch(/берілуі мүмкін|Германия|берілмейді/)
    expect(text('ru', 'privacy-policy')).toMatch(/Германия/)
  })
})

describe('cookie categories', async () => {
  const templates = await shippedTemplates()

  it('say what each category is, and leave what its cookies do to the purposes the facts give', () => {
    const facts = structuredClone(fixtureOrganization('minimal').facts) as unknown as Record<string, unknown>
    facts.cookieCategories = [
      {id: 'strictly-necessary', purposes: ['site-operation'], canDisable: false},
      {id: 'functional', purposes: ['support-chat'], canDisable: true},
      {id: 'analytics', purposes: ['usage-statistics'], canDisable: true},
      {id: 'marketing', purposes: ['campaign-measurement'], canDisable: true},
      {id: 'session', purposes: ['authentication'], canDisable: false}
    ]
    facts.cookies = [
      {name: 'sid', category: 'session', purpose: 'authentication', retention: 'session'},
      {name: 'chat', category: 'functional', purpose: 'support-chat', retention: 'P1Y'},
      {name: 'visit_id', category: 'analytics', purpose: 'usage-statistics', retention: 'P1Y'},
      {name: 'utm', category: 'marketing', purpose: 'campaign-measurement', retention: 'P30D'},
      {name: 'csrf', category: 'strictly-necessary', purpose: 'site-operation', retention: 'session'}
    ]
    const data = facts.personalData as {purposes: unknown[]}
    data.purposes.push({id: 'advertising', basis: ['consent'], consentBy: ['cookie-banner'], data: ['usage']})
    const validated = validateFacts({path: 'facts.yaml', bytes: new TextEncoder().encode(stringify(facts))}, 'en')
    expect(validated.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message)).toEqual([])
    const text = renderMarkdownDocuments({id: 'minimal', facts: validated.facts as Facts}, templates).map((document) => document.markdown).join('\n')
    expect(text).toContain('### Функциональные файлы cookie')
    expect(text).toContain('### Сессиялық cookie файлдары')
    for (const claim of [/интересам пользователя|қызығушылықтарына сай/, /зашифрованн|шифрланған/, /язык, регион|тілді, өңірді/]) expect(text).not.toMatch(claim)
  })
})

describe('a site with an app in a store', async () => {
  const templates = await shippedTemplates()
  const facts = structuredClone(fixtureOrganization('minimal').facts) as unknown as Record<string, unknown>
  ;(facts.sites as unknown[]).push({kind: 'mobile-app', name: {ru: 'Минимум', kk: 'Минимум'}, googlePlay: 'https://play.google.com/store/apps/details?id=kz.minimum'})
  const validated = validateFacts({path: 'facts.yaml', bytes: new TextEncoder().encode(stringify(facts))}, 'en')
  const documents = validated.facts ? renderMarkdownDocuments({id: 'minimal', facts: validated.facts as Facts}, templates) : []
  const text = (locale: string) => documents.find((each) => each.locale === locale && each.document === 'privacy-policy')?.markdown ?? ''

  it('says a mobile app is in the store, not a defined «Приложение» the document never introduced', () => {
    expect(validated.problems.filter((problem) => problem.severity === 'error')).toEqual([])
    expect(text('ru')).toMatch(/ Мобильное приложение «Минимум» доступно в магазине \[Google Play\]/)
    expect(text('kk')).toMatch(/ «Минимум» мобильді қосымшасы \[Google Play\]\([^)]*\) дүкенінде қолжетімді\./)
  })
})

describe('ways of giving consent', async () => {
  const templates = await shippedTemplates()
  const facts = structuredClone(fixtureOrganization('minimal').facts) as unknown as Record<string, unknown>
  const data = facts.personalData as {purposes: Array<Record<string, unknown>>}
  data.purposes = [
    {id: 'service-provision', basis: ['consent'], consentBy: ['web-form-checkbox', 'sms-code'], data: ['contact']},
    {id: 'analytics', basis: ['consent'], consentBy: ['cookie-banner'], data: ['usage']},
    {id: 'marketing-communications', basis: ['consent'], consentBy: ['sms-code', 'web-form-checkbox'], data: ['contact']},
    {id: 'legal-compliance', basis: ['legal-obligation'], data: ['contact']}
  ]
  const validated = validateFacts({path: 'facts.yaml', bytes: new TextEncoder().encode(stringify(facts))}, 'en')
  const documents = validated.facts ? renderMarkdownDocuments({id: 'minimal', facts: validated.facts as Facts}, templates) : []
  const section = (locale: string) => /\n- [^\n]*(?:\n- [^\n]*)*/.exec((documents.find((each) => each.locale === locale && each.document === 'privacy-policy')?.markdown ?? '').split(/## \d+\. (?:Согласие|Келісім)/)[1] ?? '')?.[0].trim()

  it('names each way once, with every purpose consent is given to that way, in the order of the facts', () => {
    expect(validated.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message)).toEqual([])
    expect(section('ru')).toBe(
      [
        '- отметкой в форме или вводом кода из SMS — для целей «оказание услуг» и «рекламные рассылки»;',
        '- выбором категорий в уведомлении о файлах cookie — для цели «аналитика посещений».'
      ].join('\n')
    )
    expect(section('kk')).toBe(
      [
        '- нысанда белгі қою арқылы немесе SMS-тен келген кодты енгізу арқылы — «қызметтер көрсету» және «жарнамалық хабарламалар жіберу» мақсаттары үшін;',
        '- cookie файлдары туралы хабарламада санаттарды таңдау арқылы — «сайтқа кіруді талдау» мақсаты үшін.'
      ].join('\n')
    )
  })
})
