/* Generated from schema/facts.schema.json by `npm run types`. Do not edit. */

/**
 * llp — ТОО/ЖШС, jsc — АО/АҚ, sole-proprietor — ИП/ЖК, mfo — МФО/МҚҰ, other — другая форма (укажите её в legalFormName). `llp` — ЖШС, `jsc` — АҚ, `sole-proprietor` — ЖК, `mfo` — МҚҰ, `other` — басқа нысан (оны `legalFormName` ішінде көрсетіңіз).
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "legalForm".
 */
export type LegalForm = 'llp' | 'jsc' | 'sole-proprietor' | 'mfo' | 'other'
/**
 * 12 цифр с верной контрольной цифрой. Бақылау цифры дұрыс 12 цифр.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "bin".
 */
export type Bin = string
/**
 * Адрес, начинающийся с https://. Мекенжай https:// деп басталуы тиіс.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "httpsUrl".
 */
export type HttpsUrl = string
/**
 * Адрес вида name@example.kz. name@example.kz түріндегі мекенжай.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "email".
 */
export type Email = string
/**
 * Номер в международном формате: +7 727 338 39 93. Халықаралық форматтағы нөмір: +7 727 338 39 93.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "phone".
 */
export type Phone = string
/**
 * Дата в формате ГГГГ-ММ-ДД, например 2025-11-17. ЖЖЖЖ-АА-КК форматындағы күн, мысалы, 2025-11-17.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "calendarDate".
 */
export type CalendarDate = string
/**
 * site-visitors — посетители сайтов, customers — клиенты, all-users — все пользователи. `site-visitors` — сайттарға кірушілер, `customers` — клиенттер, `all-users` — барлық пайдаланушылар.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "audience".
 */
export type Audience = 'site-visitors' | 'customers' | 'all-users'
/**
 * banner-on-next-visit — сообщение при следующем посещении, publication-only — только публикация на сайте, email — письмо, account-notice — уведомление в личном кабинете, in-app-notice — уведомление в приложении. `banner-on-next-visit` — келесі кірген кезде хабарлама, `publication-only` — тек сайтта жариялау, `email` — хат, `account-notice` — жеке кабинеттегі хабарлама, `in-app-notice` — қосымшадағы хабарлама.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "changeNotice".
 */
export type ChangeNotice = 'banner-on-next-visit' | 'publication-only' | 'email' | 'account-notice' | 'in-app-notice'
/**
 * Период ISO 8601 с одной единицей: P2Y — 2 года, P6M — 6 месяцев, P30D — 30 дней, PT1H — 1 час. Бір өлшем бірлігі бар ISO 8601 кезеңі: `P2Y` — 2 жыл, `P6M` — 6 ай, `P30D` — 30 күн, `PT1H` — 1 сағат.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "period".
 */
export type Period = string
/**
 * banner-accept — кнопка «Принять», banner-per-category — выбор категорий, continued-use — продолжение пользования сайтом, web-form-checkbox — отметка в форме, written — письменно, electronic-document — электронный документ. `banner-accept` — «Қабылдау» батырмасы, `banner-per-category` — санаттарды таңдау, `continued-use` — сайтты пайдалануды жалғастыру, `web-form-checkbox` — нысанда белгі қою, `written` — жазбаша, `electronic-document` — электрондық құжат.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "consentMethod".
 */
export type ConsentMethod =
  'banner-accept' | 'banner-per-category' | 'continued-use' | 'web-form-checkbox' | 'written' | 'electronic-document'
/**
 * Способ отзыва согласия: cookie-settings, browser-settings, account-settings, email-request, written-request. Келісімді кері қайтарып алу тәсілі: `cookie-settings`, `browser-settings`, `account-settings`, `email-request`, `written-request`.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "withdrawalChannel".
 */
export type WithdrawalChannel =
  'cookie-settings' | 'browser-settings' | 'account-settings' | 'email-request' | 'written-request'
/**
 * strictly-necessary — строго необходимые, functional — функциональные, analytics — аналитические, marketing — маркетинговые, session — сессионные. `strictly-necessary` — қатаң қажетті, `functional` — функционалдық, `analytics` — аналитикалық, `marketing` — маркетингтік, `session` — сессиялық.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "cookieCategory".
 */
export type CookieCategory = 'strictly-necessary' | 'functional' | 'analytics' | 'marketing' | 'session'
/**
 * Цель использования cookie или сервиса. Cookie файлын немесе сервисті пайдалану мақсаты.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "cookiePurpose".
 */
export type CookiePurpose =
  | 'site-operation'
  | 'authentication'
  | 'security'
  | 'load-balancing'
  | 'consent-storage'
  | 'preferences'
  | 'usage-statistics'
  | 'site-improvement'
  | 'product-development'
  | 'personalization'
  | 'advertising'
  | 'retargeting'
  | 'ad-frequency'
  | 'campaign-measurement'
  | 'market-research'
  | 'support-chat'
/**
 * Идентификатор сервиса из каталога policygen (`policygen services` показывает список). Policygen каталогіндегі сервистің сәйкестендіргіші (тізімді `policygen services` көрсетеді).
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "serviceId".
 */
export type ServiceId =
  | '2gis-maps'
  | 'amocrm'
  | 'bitrix24'
  | 'calltouch'
  | 'carrot-quest'
  | 'cloudflare'
  | 'cloudpayments'
  | 'google-ads'
  | 'google-analytics-4'
  | 'google-maps'
  | 'google-recaptcha'
  | 'google-tag-manager'
  | 'hotjar'
  | 'intercom'
  | 'jivo'
  | 'kaspi-pay'
  | 'mail-ru-counter'
  | 'meta-pixel'
  | 'microsoft-clarity'
  | 'mytarget'
  | 'roistat'
  | 'sentry'
  | 'telegram-widget'
  | 'tiktok-pixel'
  | 'vk-pixel'
  | 'yandex-direct'
  | 'yandex-metrica'
  | 'youtube'
  | 'zendesk'
/**
 * Код страны ISO 3166-1 alpha-2: KZ, US, NL, DE. ISO 3166-1 alpha-2 бойынша елдің екі әріпті коды: `KZ`, `US`, `NL`, `DE`.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "country".
 */
export type Country =
  | 'AD'
  | 'AE'
  | 'AF'
  | 'AG'
  | 'AI'
  | 'AL'
  | 'AM'
  | 'AO'
  | 'AQ'
  | 'AR'
  | 'AS'
  | 'AT'
  | 'AU'
  | 'AW'
  | 'AX'
  | 'AZ'
  | 'BA'
  | 'BB'
  | 'BD'
  | 'BE'
  | 'BF'
  | 'BG'
  | 'BH'
  | 'BI'
  | 'BJ'
  | 'BL'
  | 'BM'
  | 'BN'
  | 'BO'
  | 'BQ'
  | 'BR'
  | 'BS'
  | 'BT'
  | 'BV'
  | 'BW'
  | 'BY'
  | 'BZ'
  | 'CA'
  | 'CC'
  | 'CD'
  | 'CF'
  | 'CG'
  | 'CH'
  | 'CI'
  | 'CK'
  | 'CL'
  | 'CM'
  | 'CN'
  | 'CO'
  | 'CR'
  | 'CU'
  | 'CV'
  | 'CW'
  | 'CX'
  | 'CY'
  | 'CZ'
  | 'DE'
  | 'DJ'
  | 'DK'
  | 'DM'
  | 'DO'
  | 'DZ'
  | 'EC'
  | 'EE'
  | 'EG'
  | 'EH'
  | 'ER'
  | 'ES'
  | 'ET'
  | 'FI'
  | 'FJ'
  | 'FK'
  | 'FM'
  | 'FO'
  | 'FR'
  | 'GA'
  | 'GB'
  | 'GD'
  | 'GE'
  | 'GF'
  | 'GG'
  | 'GH'
  | 'GI'
  | 'GL'
  | 'GM'
  | 'GN'
  | 'GP'
  | 'GQ'
  | 'GR'
  | 'GS'
  | 'GT'
  | 'GU'
  | 'GW'
  | 'GY'
  | 'HK'
  | 'HM'
  | 'HN'
  | 'HR'
  | 'HT'
  | 'HU'
  | 'ID'
  | 'IE'
  | 'IL'
  | 'IM'
  | 'IN'
  | 'IO'
  | 'IQ'
  | 'IR'
  | 'IS'
  | 'IT'
  | 'JE'
  | 'JM'
  | 'JO'
  | 'JP'
  | 'KE'
  | 'KG'
  | 'KH'
  | 'KI'
  | 'KM'
  | 'KN'
  | 'KP'
  | 'KR'
  | 'KW'
  | 'KY'
  | 'KZ'
  | 'LA'
  | 'LB'
  | 'LC'
  | 'LI'
  | 'LK'
  | 'LR'
  | 'LS'
  | 'LT'
  | 'LU'
  | 'LV'
  | 'LY'
  | 'MA'
  | 'MC'
  | 'MD'
  | 'ME'
  | 'MF'
  | 'MG'
  | 'MH'
  | 'MK'
  | 'ML'
  | 'MM'
  | 'MN'
  | 'MO'
  | 'MP'
  | 'MQ'
  | 'MR'
  | 'MS'
  | 'MT'
  | 'MU'
  | 'MV'
  | 'MW'
  | 'MX'
  | 'MY'
  | 'MZ'
  | 'NA'
  | 'NC'
  | 'NE'
  | 'NF'
  | 'NG'
  | 'NI'
  | 'NL'
  | 'NO'
  | 'NP'
  | 'NR'
  | 'NU'
  | 'NZ'
  | 'OM'
  | 'PA'
  | 'PE'
  | 'PF'
  | 'PG'
  | 'PH'
  | 'PK'
  | 'PL'
  | 'PM'
  | 'PN'
  | 'PR'
  | 'PS'
  | 'PT'
  | 'PW'
  | 'PY'
  | 'QA'
  | 'RE'
  | 'RO'
  | 'RS'
  | 'RU'
  | 'RW'
  | 'SA'
  | 'SB'
  | 'SC'
  | 'SD'
  | 'SE'
  | 'SG'
  | 'SH'
  | 'SI'
  | 'SJ'
  | 'SK'
  | 'SL'
  | 'SM'
  | 'SN'
  | 'SO'
  | 'SR'
  | 'SS'
  | 'ST'
  | 'SV'
  | 'SX'
  | 'SY'
  | 'SZ'
  | 'TC'
  | 'TD'
  | 'TF'
  | 'TG'
  | 'TH'
  | 'TJ'
  | 'TK'
  | 'TL'
  | 'TM'
  | 'TN'
  | 'TO'
  | 'TR'
  | 'TT'
  | 'TV'
  | 'TW'
  | 'TZ'
  | 'UA'
  | 'UG'
  | 'UM'
  | 'US'
  | 'UY'
  | 'UZ'
  | 'VA'
  | 'VC'
  | 'VE'
  | 'VG'
  | 'VI'
  | 'VN'
  | 'VU'
  | 'WF'
  | 'WS'
  | 'YE'
  | 'YT'
  | 'ZA'
  | 'ZM'
  | 'ZW'
/**
 * Вид технологии: cookie, local-storage, session-storage, pixel, web-beacon. Технология түрі: `cookie`, `local-storage`, `session-storage`, `pixel`, `web-beacon`.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "technologyType".
 */
export type TechnologyType = 'cookie' | 'local-storage' | 'session-storage' | 'pixel' | 'web-beacon'
/**
 * session — до закрытия браузера; период ISO 8601 (P2Y, P30D, PT1H); диапазон P1D/P2Y — от одного срока до другого; set-by-provider — срок устанавливает поставщик. `session` — браузер жабылғанға дейін; ISO 8601 кезеңі (`P2Y`, `P30D`, `PT1H`); `P1D/P2Y` аралығы — бір мерзімнен екіншісіне дейін; `set-by-provider` — мерзімді жеткізуші белгілейді.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "retention".
 */
export type Retention = string
/**
 * Латинские строчные буквы, цифры и дефис: google, yandex-metrica. Латынның кіші әріптері, цифрлар және дефис: `google`, `yandex-metrica`.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "identifier".
 */
export type Identifier = string
/**
 * Вид сведений: ip-address, browser, email, phone… Можно и свой термин, описанный в `vocabulary`. Мәліметтің түрі: `ip-address`, `browser`, `email`, `phone`… `vocabulary` ішінде сипатталған өз терминіңізді де қолдануға болады.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "dataItem".
 */
export type DataItem =
  | (
      | 'full-name'
      | 'birth-date'
      | 'gender'
      | 'iin'
      | 'id-document'
      | 'id-document-copy'
      | 'phone'
      | 'email'
      | 'postal-address'
      | 'city'
      | 'photos'
      | 'voice-and-camera'
      | 'correspondence'
      | 'education-documents'
      | 'company-documents'
      | 'payment-details'
      | 'income-and-employment'
      | 'credit-history'
      | 'health'
      | 'account-credentials'
      | 'ip-address'
      | 'mac-address'
      | 'device-type'
      | 'device-id'
      | 'device-configuration'
      | 'operating-system'
      | 'browser'
      | 'browser-language'
      | 'screen-resolution'
      | 'connection-speed'
      | 'software-version'
      | 'error-reports'
      | 'user-id'
      | 'geolocation'
      | 'country-region'
      | 'internet-provider'
      | 'pages-visited'
      | 'visit-count'
      | 'session-duration'
      | 'referrer'
      | 'exit-links'
      | 'search-queries'
      | 'clicks-and-actions'
      | 'date-time'
      | 'response-status'
      | 'bytes-sent'
    )
  | CustomTerm
/**
 * Ключ своего термина из `vocabulary`: латинские строчные буквы, цифры и дефис, например first-name. `vocabulary` ішіндегі өз терминіңіздің кілті: латынның кіші әріптері, цифрлар және дефис, мысалы, `first-name`.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "customTerm".
 */
export type CustomTerm = string
/**
 * Вид третьей стороны: analytics, advertising, hosting, chat, crm, payments, messaging, credit-bureau, learning-platform, other. Үшінші тарап түрі: `analytics`, `advertising`, `hosting`, `chat`, `crm`, `payments`, `messaging`, `credit-bureau`, `learning-platform`, `other`.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "thirdPartyKind".
 */
export type ThirdPartyKind =
  | 'analytics'
  | 'advertising'
  | 'hosting'
  | 'chat'
  | 'crm'
  | 'payments'
  | 'messaging'
  | 'credit-bureau'
  | 'learning-platform'
  | 'other'
/**
 * Основание по статье 16 Закона: adequate-protection — иностранное государство обеспечивает защиту персональных данных, consent — согласие субъекта на трансграничную передачу, international-treaty — ратифицированный международный договор, law — случай, предусмотренный законом Республики Казахстан в целях статьи 16, rights-protection — защита конституционных прав, когда согласия не получить. Заңның 16-бабы бойынша негіз: `adequate-protection` — шет мемлекет дербес деректердің қорғалуын қамтамасыз етеді, `consent` — субъектінің трансшекаралық беруге келісімі, `international-treaty` — ратификацияланған халықаралық шарт, `law` — 16-бапта аталған мақсаттардағы Қазақстан Республикасының заңы, `rights-protection` — келісім алу мүмкін болмағанда конституциялық құқықтарды қорғау.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "transferBasis".
 */
export type TransferBasis = 'adequate-protection' | 'consent' | 'international-treaty' | 'law' | 'rights-protection'
/**
 * Группа персональных данных. Можно и свой термин, описанный в `vocabulary`. Дербес деректер тобы. `vocabulary` ішінде сипатталған өз терминіңізді де қолдануға болады.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "dataCategory".
 */
export type DataCategory =
  | (
      | 'identification'
      | 'contact'
      | 'account'
      | 'documents'
      | 'communications'
      | 'media'
      | 'financial'
      | 'technical'
      | 'usage'
      | 'location'
      | 'marketing-preferences'
    )
  | CustomTerm
/**
 * data-subject — сам субъект, cookies-and-similar — cookie, third-parties — третьи лица… Можно и свой термин, описанный в `vocabulary`. `data-subject` — субъектінің өзі, `cookies-and-similar` — cookie файлдары, `third-parties` — үшінші тұлғалар… `vocabulary` ішінде сипатталған өз терминіңізді де қолдануға болады.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "dataSource".
 */
export type DataSource =
  | (
      | 'data-subject'
      | 'cookies-and-similar'
      | 'server-logs'
      | 'third-parties'
      | 'partners'
      | 'public-sources'
      | 'state-databases'
    )
  | CustomTerm
/**
 * Цель обработки персональных данных. Можно и свой термин, описанный в `vocabulary`. Дербес деректерді өңдеу мақсаты. `vocabulary` ішінде сипатталған өз терминіңізді де қолдануға болады.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "processingPurpose".
 */
export type ProcessingPurpose =
  | (
      | 'service-provision'
      | 'contract-performance'
      | 'customer-support'
      | 'communication'
      | 'identity-verification'
      | 'credit-assessment'
      | 'dispute-resolution'
      | 'feedback'
      | 'service-improvement'
      | 'analytics'
      | 'personalization'
      | 'marketing-communications'
      | 'data-accuracy-checks'
      | 'fraud-prevention'
      | 'security'
      | 'legal-compliance'
      | 'advertising'
    )
  | CustomTerm
/**
 * consent — согласие, contract — договор, legal-obligation — требование закона, vital-interests — защита жизни и здоровья, legitimate-interests — законный интерес (только GDPR). `consent` — келісім, `contract` — шарт, `legal-obligation` — заң талабы, `vital-interests` — өмір мен денсаулықты қорғау, `legitimate-interests` — заңды мүдде (тек GDPR).
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "legalBasis".
 */
export type LegalBasis = 'consent' | 'contract' | 'legal-obligation' | 'vital-interests' | 'legitimate-interests'
/**
 * Кому передаются данные. Можно и свой термин, описанный в `vocabulary`. Деректер кімге беріледі. `vocabulary` ішінде сипатталған өз терминіңізді де қолдануға болады.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "recipientKind".
 */
export type RecipientKind =
  | (
      | 'service-providers'
      | 'analytics-providers'
      | 'advertising-partners'
      | 'chat-provider'
      | 'hosting-providers'
      | 'payment-providers'
      | 'credit-bureaus'
      | 'group-companies'
      | 'partners'
      | 'at-subject-request'
      | 'state-bodies'
    )
  | CustomTerm
/**
 * Право из ст. 24 Закона или GDPR. Можно и свой термин, описанный в `vocabulary`. Заңның 24-бабындағы немесе GDPR бойынша құқық. `vocabulary` ішінде сипатталған өз терминіңізді де қолдануға болады.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "right".
 */
export type Right =
  | (
      | 'know-processing'
      | 'access'
      | 'rectify'
      | 'block'
      | 'destroy'
      | 'withdraw-consent'
      | 'public-sources'
      | 'object-automated'
      | 'complain'
      | 'protection'
      | 'restrict'
      | 'object'
      | 'portability'
    )
  | CustomTerm
/**
 * Правовая, организационная или техническая мера. Можно и свой термин, описанный в `vocabulary`. Құқықтық, ұйымдастырушылық немесе техникалық қорғау шарасы. `vocabulary` ішінде сипатталған өз терминіңізді де қолдануға болады.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "securityMeasure".
 */
export type SecurityMeasure =
  | (
      | 'encryption-in-transit'
      | 'encryption-at-rest'
      | 'access-control'
      | 'passwords'
      | 'certified-data-center'
      | 'logging-and-monitoring'
      | 'staff-confidentiality'
      | 'backups'
      | 'vulnerability-testing'
      | 'depersonalization'
    )
  | CustomTerm
/**
 * Способ отказа от рассылок: unsubscribe-link, sms-reply, contact-email, account-settings, phone. Таратылымдардан бас тарту тәсілі: `unsubscribe-link`, `sms-reply`, `contact-email`, `account-settings`, `phone`.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "optOutChannel".
 */
export type OptOutChannel = 'unsubscribe-link' | 'sms-reply' | 'contact-email' | 'account-settings' | 'phone'
/**
 * Механизм передачи данных из ЕС: adequacy-decision, standard-contractual-clauses, binding-corporate-rules, consent. Деректерді ЕО-дан беру тетігі: `adequacy-decision`, `standard-contractual-clauses`, `binding-corporate-rules`, `consent`.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "gdprMechanism".
 */
export type GdprMechanism = 'adequacy-decision' | 'standard-contractual-clauses' | 'binding-corporate-rules' | 'consent'

/**
 * Всё, что утверждают политика cookie и политика конфиденциальности компании. Из этих фактов policygen собирает документы на русском и казахском языках. Компанияның cookie файлдарын пайдалану саясатында және құпиялылық саясатында айтылатынның бәрі. Осы фактілерден policygen құжаттарды орыс және қазақ тілдерінде жинайды.
 */
export interface Facts {
  /**
   * Необязательная ссылка на эту схему (для редакторов). Осы схемаға міндетті емес сілтеме (редакторлар үшін).
   */
  $schema?: string
  /**
   * Версия формата этого файла. Сейчас всегда 1. Осы файл форматының нұсқасы. Қазір әрқашан 1.
   */
  schemaVersion: 1
  /**
   * На каких языках публикуются документы. Если указаны оба, каждый свободный текст нужен на обоих языках. Құжаттар қай тілдерде жарияланады. Екі тіл де көрсетілсе, әрбір еркін мәтін екі тілде де қажет.
   *
   * @minItems 1
   */
  locales: ('ru' | 'kk')[]
  /**
   * Кто публикует документы: оператор базы, содержащей персональные данные. Құжаттарды кім жариялайды: дербес деректерді қамтитын базаның операторы.
   */
  organization: {
    legalName: LocalizedLine
    legalForm: LegalForm
    /**
     * Коммерческое название, под которым компанию знают пользователи. Пайдаланушылар компанияны білетін коммерциялық атау.
     */
    brandName?: string
    bin?: Bin
    iin?: Bin
    address: LocalizedLine
    definedTerm: LocalizedLine
    /**
     * Если формы нет в списке (legalForm: other): её сокращение и полное название на каждом языке. Нысан тізімде болмаса (`legalForm: other`): оның қысқартылған және толық атауы, әр тілде.
     */
    legalFormName?: {
      /**
       * Сокращение и полное название формы по-русски; полное — строчными, как перед названием: некоммерческое акционерное общество. Нысанның орысша қысқартылған және толық атауы; толық атауы атаудың алдында тұрғандай кіші әріппен: некоммерческое акционерное общество.
       */
      ru?: {
        /**
         * Сокращение формы: НАО, РГП, ОЮЛ. Нысанның орысша қысқартылған атауы: НАО, РГП, ОЮЛ.
         */
        short: string
        /**
         * Полное название формы строчными, как оно стоит перед названием: некоммерческое акционерное общество. Нысанның атаудың алдында тұрғандай кіші әріппен жазылған орысша толық атауы: некоммерческое акционерное общество.
         */
        full: string
      }
      /**
       * Сокращение и полное название формы по-казахски; полное — после названия, с притяжательным окончанием: коммерциялық емес акционерлік қоғамы. Нысанның қысқашасы және толық атауы қазақша; толық атауы атаудан кейін тәуелдік жалғауымен: коммерциялық емес акционерлік қоғамы.
       */
      kk?: {
        /**
         * Сокращение формы по-казахски: КЕАҚ, РМК. Нысанның қысқартылған атауы: КЕАҚ, РМК.
         */
        short: string
        /**
         * Полное название формы по-казахски, как оно стоит после названия, с притяжательным окончанием: коммерциялық емес акционерлік қоғамы. Атаудан кейін тұратын толық атауы, тәуелдік жалғауымен: коммерциялық емес акционерлік қоғамы.
         */
        full: string
      }
    }
    /**
     * Свой определённый термин вместо «Сайт», «Приложение» или «Сервис». Для русского нужны его падежи и предлог («на Платформе» или «в Платформе»); казахские окончания policygen ставит сам. «Сайт», «Қосымша» немесе «Сервис» орнына қолданылатын өз анықталған термині. Орыс тілі үшін оның септіктері мен орын предлогы керек («на Платформе» немесе «в Платформе»); қазақша жалғауларды policygen өзі қояды.
     */
    resourceTerm?: {
      /**
       * Термин в каждом падеже и предлог места. Терминнің орыс тіліндегі әр септіктегі түрі және орын предлогы.
       */
      ru?: {
        /**
         * Именительный падеж: «Платформа». Орыс тіліндегі атау септігі: «Платформа».
         */
        nom: string
        /**
         * Родительный падеж: «работа Платформы». Орыс тіліндегі ілік септігі: «работа Платформы».
         */
        gen: string
        /**
         * Дательный падеж: «доступ к Платформе». Орыс тіліндегі барыс септігі: «доступ к Платформе».
         */
        dat: string
        /**
         * Винительный падеж: «использовать Платформу». Орыс тіліндегі табыс септігі: «использовать Платформу».
         */
        acc: string
        /**
         * Творительный падеж: «пользоваться Платформой». Орыс тіліндегі көмектес септігі: «пользоваться Платформой».
         */
        ins: string
        /**
         * Предложный падеж: «на Платформе». Орыс тіліндегі предлогтық септік (орынды білдіреді): «на Платформе».
         */
        prep: string
        /**
         * на или в: «на Платформе», «в Системе». Орыс тіліндегі орын предлогы, `на` немесе `в`: «на Платформе», «в Системе».
         */
        preposition: 'на' | 'в'
      }
      /**
       * Термин по-казахски, в именительном падеже; окончания policygen ставит сам: «Платформа». Атау септігіндегі термин; жалғауларды policygen өзі қояды: «Платформа».
       */
      kk?: string
    }
  }
  /**
   * Сайты, порталы и приложения, на которые распространяются документы. Құжаттар қолданылатын сайттар, порталдар және қосымшалар.
   *
   * @minItems 1
   *
   * Items: Сайт, мобильное приложение или другой сервис, который охватывают документы. Құжаттар қамтитын сайт, мобильді қосымша немесе басқа сервис.
   */
  sites: {
    /**
     * website — сайт (по умолчанию), mobile-app — мобильное приложение, service — другой сервис (чат-бот, платформа). `website` — сайт (әдепкі бойынша), `mobile-app` — мобильді қосымша, `service` — басқа сервис (чат-бот, платформа).
     */
    kind?: 'website' | 'mobile-app' | 'service'
    url?: HttpsUrl
    name?: LocalizedLine
    appStore?: HttpsUrl
    googlePlay?: HttpsUrl
  }[]
  /**
   * Контакты по назначению. Мақсаты бойынша байланыс деректері.
   */
  contacts: {
    /**
     * Общий контакт для вопросов по документам. Құжаттар бойынша сұрақтарға арналған жалпы байланыс.
     */
    general: {
      email?: Email
      phone?: Phone
      url?: HttpsUrl
      postalAddress?: LocalizedLine
    }
    /**
     * Куда субъекты направляют запросы о своих данных и отзыв согласия. Субъектілер өз деректері туралы сұрауларды және келісімді кері қайтарып алу туралы өтінішті қайда жібереді.
     */
    personalData?: {
      email?: Email
      phone?: Phone
      url?: HttpsUrl
      postalAddress?: LocalizedLine
    }
    /**
     * Контакт по вопросам рассылок и рекламы, отказа от них. Таратылымдар мен жарнама, олардан бас тарту мәселелері бойынша байланыс.
     */
    marketing?: {
      email?: Email
      phone?: Phone
      url?: HttpsUrl
      postalAddress?: LocalizedLine
    }
  }
  /**
   * Лицо, ответственное за организацию обработки персональных данных (ст. 25 Закона). Дербес деректерді өңдеуді ұйымдастыруға жауапты тұлға (Заңның 25-бабы).
   */
  responsiblePerson?: {
    position: LocalizedLine
    email: Email
    name?: LocalizedLine
  }
  /**
   * Какие документы публикуются: укажите политику cookie, политику конфиденциальности или обе. Қандай құжаттар жарияланады: cookie файлдарын пайдалану саясатын, құпиялылық саясатын немесе екеуін де көрсетіңіз.
   */
  documents: {
    /**
     * Политика в отношении файлов cookie. Cookie файлдарын пайдалану саясаты құжаты.
     */
    cookiePolicy?: {
      /**
       * Редакции документа, от новейшей к старейшей. Первая в списке — действующая. Құжаттың редакциялары, ең жаңасынан ең ескісіне қарай. Тізімдегі біріншісі — қолданыстағы редакция.
       *
       * @minItems 1
       */
      versions: DocumentVersion[]
      audience?: Audience
      url?: LocalizedUrl
      /**
       * Способы, которыми пользователей уведомляют о новой редакции. Пайдаланушыларға жаңа редакция туралы хабарлау тәсілдері.
       *
       * @minItems 1
       */
      changeNotice: ChangeNotice[]
      cookieReview?: Period
      /**
       * Кем и когда утверждён документ (ст. 25 Закона: оператор утверждает документы, определяющие политику обработки). Құжатты кім және қашан бекіткен (Заңның 25-бабы: оператор өңдеу саясатын айқындайтын құжаттарды бекітеді).
       */
      approval?: {
        by: LocalizedLine
        date: CalendarDate
      }
    }
    /**
     * Политика обработки персональных данных. Дербес деректерді өңдеу саясаты (құпиялылық саясаты).
     */
    privacyPolicy?: {
      /**
       * Редакции документа, от новейшей к старейшей. Первая в списке — действующая. Құжаттың редакциялары, ең жаңасынан ең ескісіне қарай. Тізімдегі біріншісі — қолданыстағы редакция.
       *
       * @minItems 1
       */
      versions: DocumentVersion[]
      audience?: Audience
      url?: LocalizedUrl
      /**
       * Способы, которыми пользователей уведомляют о новой редакции. Пайдаланушыларға жаңа редакция туралы хабарлау тәсілдері.
       *
       * @minItems 1
       */
      changeNotice: ChangeNotice[]
      /**
       * Кем и когда утверждён документ (ст. 25 Закона: оператор утверждает документы, определяющие политику обработки). Құжатты кім және қашан бекіткен (Заңның 25-бабы: оператор өңдеу саясатын айқындайтын құжаттарды бекітеді).
       */
      approval?: {
        by: LocalizedLine
        date: CalendarDate
      }
    }
  }
  /**
   * Как пользователь даёт и отзывает согласие. Пайдаланушы келісімді қалай береді және оны қалай кері қайтарып алады.
   */
  consent: {
    /**
     * Способы получения согласия. Келісім алу тәсілдері.
     *
     * @minItems 1
     */
    methods: ConsentMethod[]
    /**
     * Способы отзыва согласия. Келісімді кері қайтарып алу тәсілдері.
     *
     * @minItems 1
     */
    withdrawal: WithdrawalChannel[]
    /**
     * Число рабочих дней, за которые обработка прекращается после отзыва согласия (по закону — не более 15). Не указано — документ ссылается на срок, установленный Законом. Келісім кері қайтарып алынғаннан кейін өңдеу тоқтатылатын жұмыс күндерінің саны (заң бойынша — 15-тен аспайды). Көрсетілмесе, құжат Заңда белгіленген мерзімге сілтеме жасайды.
     */
    stopProcessingWorkingDays?: number
    /**
     * Ведётся ли журнал полученных согласий. Алынған келісімдердің журналы жүргізіле ме.
     */
    log?: boolean
    /**
     * until-withdrawn — до отзыва, или период ISO 8601 (P5Y). Келісімнің қолданылу мерзімі: `until-withdrawn` — кері қайтарып алынғанға дейін, немесе ISO 8601 кезеңі (`P5Y`).
     */
    validity?: string
    /**
     * date-time — дата и время, ip-address — IP-адрес, user-id — идентификатор пользователя, choices — выбранные категории, policy-version — редакция документа, channel — где дано согласие. Келісім туралы не сақталады: `date-time` — күні мен уақыты, `ip-address` — IP-мекенжай, `user-id` — пайдаланушының сәйкестендіргіші, `choices` — таңдалған санаттар, `policy-version` — құжаттың редакциясы, `channel` — келісім берілген орын.
     *
     * @minItems 1
     */
    record?: ('date-time' | 'ip-address' | 'user-id' | 'choices' | 'policy-version' | 'channel')[]
    refusal?: LocalizedText
    /**
     * Какие кнопки есть в баннере cookie. Cookie баннерінде қандай батырмалар бар.
     */
    banner?: {
      /**
       * true — есть кнопка согласия. `true` — келісу батырмасы бар.
       */
      accept?: boolean
      /**
       * true — есть кнопка отказа, такая же заметная. `true` — дәл сондай көрнекі бас тарту батырмасы бар.
       */
      decline?: boolean
      /**
       * true — можно выбрать категории. `true` — санаттарды таңдауға болады.
       */
      settings?: boolean
    }
    settingsLocation?: LocalizedText
    /**
     * true — согласие на рекламные сообщения даётся отдельно от остальных. `true` — жарнамалық хабарламаларға келісім басқаларынан бөлек беріледі.
     */
    marketingSeparate?: boolean
  }
  /**
   * Категории файлов cookie, которые используются на сайтах. Сайттарда пайдаланылатын cookie файлдарының санаттары.
   *
   * @minItems 1
   *
   * Items: Одна категория файлов cookie. Cookie файлдарының бір санаты.
   */
  cookieCategories?: {
    id: CookieCategory
    /**
     * Для чего используются cookie этой категории. Осы санаттағы cookie файлдары не үшін пайдаланылады.
     *
     * @minItems 1
     */
    purposes: CookiePurpose[]
    /**
     * Может ли пользователь отказаться от этой категории. Строго необходимые отключить нельзя. Пайдаланушы осы санаттан бас тарта ала ма. Қатаң қажетті cookie файлдарын өшіруге болмайды.
     */
    canDisable: boolean
    note?: LocalizedText
  }[]
  /**
   * Сервисы из каталога policygen, которыми пользуется компания: каждый приносит свою третью сторону (наименование, страну, политику), свои cookie и цели; `policygen services` показывает каталог, `policygen validate` — что принёс каждый сервис. Поставщика можно описать самой компании в `thirdParties` под тем же идентификатором, cookie с тем же именем в `cookies` заменяет каталожный. Компания пайдаланатын policygen каталогындағы сервистер: әрқайсысы өз үшінші тарапын (атауын, елін, саясатын), cookie файлдарын және мақсаттарын әкеледі; каталогты `policygen services`, әр сервистің не әкелгенін `policygen validate` көрсетеді. Жеткізушіні компания `thirdParties` ішінде сол сәйкестендіргішпен өзі сипаттай алады, `cookies` ішіндегі аттас cookie файлы каталогтағысын алмастырады.
   *
   * @minItems 1
   *
   * Items: Идентификатор сервиса (`yandex-metrica`) или он же с уточнениями компании. Сервистің сәйкестендіргіші (`yandex-metrica`) немесе компанияның нақтылауларымен бірге.
   */
  services?: (
    | ServiceId
    | {
        id: ServiceId
        category?: CookieCategory
        /**
         * Для чего компания пользуется сервисом, если не для того, что указано в каталоге. Компания сервисті каталогтағыдан басқа мақсатта пайдаланса, сол мақсаттар.
         *
         * @minItems 1
         */
        purposes?: CookiePurpose[]
        /**
         * processor — обрабатывает данные по поручению компании; controller — определяет цели сама. `processor` — деректерді компанияның тапсырмасы бойынша өңдейді; `controller` — мақсаттарды өзі айқындайды.
         */
        role?: 'processor' | 'controller'
        /**
         * true — с получателем заключён договор (поручение) об обработке данных. `true` — алушымен деректерді өңдеу туралы шарт (тапсырма) жасалған.
         */
        agreement?: boolean
        dataCountry?: Country
        /**
         * Cookie, которые компания добавляет к каталожным или уточняет (по имени). Компания каталогтағыларға қосатын немесе (аты бойынша) нақтылайтын cookie файлдары.
         *
         * @minItems 1
         */
        cookies?: {
          /**
           * Имя cookie или ключа, как его видно в браузере; можно с шаблоном: _ga_*. Для пикселя или хранилища без имени не указывается. Браузерде көрінетін cookie файлының немесе кілттің атауы; үлгімен жазуға болады: `_ga_*`. Атауы жоқ пиксель немесе қойма үшін көрсетілмейді.
           */
          name: string
          type?: TechnologyType
          /**
           * first — собственный cookie сайта (даже если его ставит скрипт третьей стороны, как _ga), third — cookie другого домена. `first` — сайттың меншікті cookie файлы (оны үшінші тараптың скрипті қойса да, мысалы, `_ga`), `third` — басқа доменнің cookie файлы.
           */
          party?: 'first' | 'third'
          retention?: Retention
          purpose?: CookiePurpose
        }[]
        /**
         * Каталожные cookie сервиса, которых на Сайте нет. Сервистің Сайтта жоқ каталогтағы cookie файлдары.
         *
         * @minItems 1
         */
        without?: string[]
      }
  )[]
  /**
   * Каждый cookie, элемент локального хранилища, пиксель или веб-маяк. Әрбір cookie файлы, жергілікті қойма элементі, пиксель немесе веб-маяк.
   *
   * Items: Один файл cookie или похожая технология. Бір cookie файлы немесе ұқсас технология.
   */
  cookies?: {
    /**
     * Имя cookie или ключа, как его видно в браузере; можно с шаблоном: _ga_*. Для пикселя или хранилища без имени не указывается. Браузерде көрінетін cookie файлының немесе кілттің атауы; үлгімен жазуға болады: `_ga_*`. Атауы жоқ пиксель немесе қойма үшін көрсетілмейді.
     */
    name?: string
    category: CookieCategory
    type?: TechnologyType
    provider?: Identifier
    purpose: CookiePurpose
    retention: Retention
    description?: LocalizedText
    /**
     * first — собственный cookie сайта (даже если его ставит скрипт третьей стороны, как _ga), third — cookie другого домена. `first` — сайттың меншікті cookie файлы (оны үшінші тараптың скрипті қойса да, мысалы, `_ga`), `third` — басқа доменнің cookie файлы.
     */
    party?: 'first' | 'third'
    /**
     * Другие имена того же cookie. Сол cookie файлының басқа атаулары.
     *
     * @minItems 1
     */
    alternativeNames?: string[]
    /**
     * true — cookie недоступен скриптам страницы. `true` — cookie файлы бет скрипттеріне қолжетімсіз.
     */
    httpOnly?: boolean
    /**
     * true — cookie передаётся только по https. `true` — cookie файлы тек https арқылы беріледі.
     */
    secure?: boolean
    /**
     * Значение атрибута SameSite: strict, lax или none. SameSite атрибутының мәні: `strict`, `lax` немесе `none`.
     */
    sameSite?: 'strict' | 'lax' | 'none'
  }[]
  /**
   * Какие сведения собираются с помощью cookie и похожих технологий. Cookie файлдары және ұқсас технологиялар арқылы қандай мәліметтер жиналады.
   */
  collectedData?: {
    /**
     * Сведения из списка. Тізімдегі мәліметтер.
     *
     * @minItems 1
     */
    items: DataItem[]
    /**
     * Для чего используются эти сведения. Бұл мәліметтер не үшін пайдаланылады.
     *
     * @minItems 1
     */
    purposes: CookiePurpose[]
  }
  /**
   * Что записывается в журналы сервера. Веб-сервер журналдарына қандай мәліметтер жазылады.
   */
  serverLogs?: {
    /**
     * Что записывается. Журналға не жазылады.
     *
     * @minItems 1
     */
    items: DataItem[]
    /**
     * Для чего ведутся журналы. Журналдар не үшін жүргізіледі.
     *
     * @minItems 1
     */
    purposes: CookiePurpose[]
    retention: Period
  }
  /**
   * Поставщики сервисов, обработчики и получатели данных. Пустой список — если их нет. Үшінші тұлғалар: сервис жеткізушілер, деректерді өңдеушілер және алушылар. Олар болмаса — бос тізім.
   *
   * Items: Одна организация, которой передаются данные или которая ставит свои cookie. Деректер берілетін немесе өз cookie файлдарын қоятын бір ұйым.
   */
  thirdParties?: {
    id: Identifier
    /**
     * Наименование организации как в её документах. Ұйымның өз құжаттарындағыдай атауы.
     */
    name: string
    /**
     * Сервисы этой организации, которые использует компания: название продукта одной строкой (`Google Analytics`), одинаковое на обоих языках, или описание на каждом языке (`{ru: SMS-рассылки, kk: SMS-хабарламалар}`). Компания пайдаланатын осы ұйымның сервистері: екі тілде бірдей өнім атауы бір жолмен (`Google Analytics`) немесе әр тілдегі сипаттамасы (`{ru: SMS-рассылки, kk: SMS-хабарламалар}`).
     *
     * @minItems 1
     *
     * Items: Название продукта (`Google Analytics`) или описание на каждом языке (`{ru: …, kk: …}`). Өнім атауы (`Google Analytics`) немесе әр тілдегі сипаттама (`{ru: …, kk: …}`).
     */
    services?: (string | LocalizedLine)[]
    kind: ThirdPartyKind
    /**
     * processor — обрабатывает данные по поручению компании; controller — определяет цели сама. `processor` — деректерді компанияның тапсырмасы бойынша өңдейді; `controller` — мақсаттарды өзі айқындайды.
     */
    role: 'processor' | 'controller'
    country: Country
    /**
     * Для чего служат cookie этой третьей стороны, если она их ставит (без этого поля — цели её cookie из `cookies`). Получателю без cookie (служба доставки, платёжный сервис) не указывается: по нему политика cookie называет третью сторону среди тех, что ставят cookie. Цели получателя данных указываются в `personalData.recipients`. Бұл үшінші тараптың cookie файлдары не үшін қажет, егер ол оларды қойса (бұл өріс болмаса — `cookies` ішіндегі оның cookie мақсаттары). Cookie қоймайтын алушыға (жеткізу қызметі, төлем сервисі) көрсетілмейді: осы өріс бойынша cookie саясаты үшінші тарапты cookie қоятындардың қатарында атайды. Деректерді алушының мақсаттары `personalData.recipients` ішінде көрсетіледі.
     *
     * @minItems 1
     */
    purposes?: CookiePurpose[]
    privacyPolicy?: HttpsUrl
    /**
     * Наименование на том языке, где оно пишется иначе, чем `name`: например, kk: «ЯНДЕКС» ЖШҚ. Языки, которых нет, берут `name`. Атауы `name` мәнінен өзгеше жазылатын тілдегі атау: мысалы, kk: «ЯНДЕКС» ЖШҚ. Көрсетілмеген тілдер `name` мәнін алады.
     */
    localizedName?: {
      /**
       * Текст на русском языке. Орыс тіліндегі мәтін.
       */
      ru?: string
      /**
       * Текст на казахском языке. Қазақ тіліндегі мәтін.
       */
      kk?: string
    }
    optOut?: HttpsUrl
    dataCountry?: Country
    /**
     * true — с получателем заключён договор (поручение) об обработке данных. `true` — алушымен деректерді өңдеу туралы шарт (тапсырма) жасалған.
     */
    agreement?: boolean
  }[]
  /**
   * Передаются ли данные за пределы Казахстана, куда и на каком основании (ст. 16 Закона). Деректер Қазақстаннан тыс жерлерге беріле ме, қайда және қандай негізде (трансшекаралық беру, Заңның 16-бабы).
   */
  crossBorder?: {
    /**
     * true, если данные передаются в другие страны. `true` — деректер басқа елдерге беріледі.
     */
    enabled: boolean
    /**
     * Страны, куда передаются данные, коды ISO 3166-1, когда основание одно для всех (иначе — transfers). Деректер берілетін елдер, ISO 3166-1 кодтары, негіз барлығына бір болғанда (әйтпесе — `transfers`).
     */
    countries?: Country[]
    /**
     * Основание передачи по ст. 16 Закона, одно для всех стран из countries. Заңның 16-бабы бойынша трансшекаралық берудің негізі, `countries` тізіміндегі барлық елдерге ортақ.
     *
     * @minItems 1
     */
    basis?: TransferBasis[]
    /**
     * Когда основания разные для разных стран (ст. 16 Закона): для каждой группы стран — свои основания, например в страну с достаточной защитой — без согласия, в другую — по согласию. Пишется вместо countries и basis. Негіздер әр елге әртүрлі болғанда (Заңның 16-бабы): әр елдер тобы үшін өз негіздері. Бұл тізім `countries` пен `basis` орнына жазылады.
     *
     * @minItems 1
     */
    transfers?: {
      /**
       * Страны этой группы, коды ISO 3166-1. Осы топтың елдері, ISO 3166-1 кодтары.
       *
       * @minItems 1
       */
      countries: Country[]
      /**
       * Основание передачи в страны этой группы по ст. 16 Закона. Осы топтың елдеріне берудің негізі, Заңның 16-бабы бойынша.
       *
       * @minItems 1
       */
      basis: TransferBasis[]
    }[]
  }
  /**
   * Где находится база, содержащая персональные данные (ст. 12 Закона). Дербес деректерді қамтитын база қай жерде орналасқан (Заңның 12-бабы).
   */
  storage?: {
    primaryDatabaseCountry: Country
    hosting?: LocalizedLine
  }
  /**
   * Для политики конфиденциальности: какие данные, зачем, на каком основании, как долго и кому. Құпиялылық саясаты үшін: қандай дербес деректер, не үшін, қандай негізде, қанша уақыт және кімге.
   */
  personalData?: {
    /**
     * Группы данных с источниками и сроками хранения. Дереккөздері мен сақтау мерзімдері көрсетілген деректер топтары.
     *
     * @minItems 1
     *
     * Items: Одна группа данных. Деректердің бір тобы.
     */
    categories: {
      id: DataCategory
      /**
       * Какие сведения входят. Топқа қандай мәліметтер кіреді.
       *
       * @minItems 1
       */
      items: DataItem[]
      /**
       * Откуда компания их получает. Компания оларды қайдан алады.
       *
       * @minItems 1
       */
      sources: DataSource[]
      /**
       * Период ISO 8601 (P5Y), диапазон (P1Y/P5Y), until-purpose — до достижения цели, until-account-deletion — до удаления учётной записи, as-required-by-law — в течение срока, установленного законом (назовите закон в retentionLaw). ISO 8601 кезеңі (`P5Y`), аралық (`P1Y/P5Y`), `until-purpose` — мақсатқа жеткенге дейін, `until-account-deletion` — есептік жазба жойылғанға дейін, `as-required-by-law` — заңда белгіленген мерзім ішінде (заңды `retentionLaw` ішінде атаңыз).
       */
      retention: string
      retentionNote?: LocalizedText
      /**
       * От чего отсчитывается срок: collection — с получения, last-contact — с последнего обращения, contract-end — с окончания договора, account-deletion — с удаления учётной записи, consent-withdrawal — с отзыва согласия. Мерзім неден бастап есептеледі: `collection` — алынған сәттен, `last-contact` — соңғы өтініштен, `contract-end` — шарт тоқтатылғаннан, `account-deletion` — есептік жазба жойылғаннан, `consent-withdrawal` — келісім кері қайтарып алынғаннан.
       */
      retentionFrom?: 'collection' | 'last-contact' | 'contract-end' | 'account-deletion' | 'consent-withdrawal'
      /**
       * true — срок указан как предельный: «не более 5 лет». `true` — мерзім шекті мерзім ретінде көрсетіледі: «5 жылдан аспайды».
       */
      retentionUpTo?: boolean
      retentionLaw?: LocalizedLine
      legalRef?: LocalizedLine
    }[]
    /**
     * Цели с правовым основанием и категориями данных. Құқықтық негізі және деректер санаттары көрсетілген мақсаттар.
     *
     * @minItems 1
     *
     * Items: Одна цель. Бір мақсат.
     */
    purposes: {
      id: ProcessingPurpose
      /**
       * Основания обработки для этой цели. Осы мақсат үшін өңдеу негіздері.
       *
       * @minItems 1
       */
      basis: LegalBasis[]
      /**
       * Какие категории из categories нужны для цели. Мақсатқа `categories` ішіндегі қандай санаттар қажет.
       *
       * @minItems 1
       */
      data: DataCategory[]
      legalRef?: LocalizedLine
      /**
       * Для цели на основании согласия: cookie-banner — в баннере cookie (только если все её данные получены через cookie и журналы сервера), web-form-checkbox — отметка в форме, electronic-signature — ЭЦП, sms-code — код из SMS, egov-service — через государственный сервис (для данных из государственных баз), written — письменно, electronic-document — электронный документ. Келісім негізіндегі мақсат үшін: `cookie-banner` — cookie баннерінде (оның барлық деректері cookie файлдары мен сервер журналдары арқылы алынса ғана), `web-form-checkbox` — нысанда белгі қою, `electronic-signature` — ЭЦҚ, `sms-code` — SMS-тен келген код, `egov-service` — мемлекеттік сервис арқылы (мемлекеттік базалардағы деректер үшін), `written` — жазбаша, `electronic-document` — электрондық құжат.
       *
       * @minItems 1
       */
      consentBy?: (
        | 'cookie-banner'
        | 'web-form-checkbox'
        | 'electronic-signature'
        | 'sms-code'
        | 'egov-service'
        | 'written'
        | 'electronic-document'
      )[]
    }[]
    /**
     * Кому могут передаваться данные. Деректер кімге берілуі мүмкін.
     *
     * Items: Вид получателя. Алушының түрі.
     */
    recipients: {
      kind: RecipientKind
      /**
       * Идентификаторы из thirdParties. `thirdParties` ішіндегі сәйкестендіргіштер.
       */
      thirdParties?: Identifier[]
      /**
       * Зачем им передаются данные. Деректер оларға не үшін беріледі.
       *
       * @minItems 1
       */
      purposes?: ProcessingPurpose[]
      /**
       * Категории из personalData.categories, которые получает этот получатель. Осы алушы алатын `personalData.categories` ішіндегі санаттар.
       *
       * @minItems 1
       */
      data?: DataCategory[]
      /**
       * true — с получателями этого вида заключены договоры (поручения) об обработке данных. `true` — осы түрдегі алушылармен деректерді өңдеу туралы шарттар (тапсырмалар) жасалған.
       */
      agreement?: boolean
    }[]
    /**
     * Права, которые описывает политика (ст. 24 Закона; для GDPR — дополнительные). Не указано — все права из статьи 24 Закона. Саясат сипаттайтын құқықтар (Заңның 24-бабы; GDPR үшін — қосымша құқықтар). Көрсетілмесе — Заңның 24-бабындағы барлық құқықтар.
     *
     * @minItems 1
     */
    rights?: Right[]
    /**
     * Каналы и сроки ответа на запросы субъектов. Субъектілердің сұрауларына жауап беру арналары мен мерзімдері.
     */
    requests: {
      /**
       * email — письмом на адрес для запросов, written — письменным заявлением, account — в личном кабинете, portal — через портал поддержки. `email` — сұрауларға арналған мекенжайға хат арқылы, `written` — жазбаша өтініш арқылы, `account` — жеке кабинет арқылы, `portal` — қолдау порталы арқылы.
       *
       * @minItems 1
       */
      channels: ('email' | 'written' | 'account' | 'portal')[]
      /**
       * Рабочих дней на ответ о составе и обработке данных. Деректердің құрамы және оларды өңдеу туралы жауап беруге берілетін жұмыс күндері.
       */
      answerWorkingDays?: number
      /**
       * Рабочих дней на изменение, блокирование или уничтожение данных (по закону — 1). Деректерді өзгертуге, бұғаттауға немесе жоюға берілетін жұмыс күндері (заң бойынша — 1).
       */
      changeWorkingDays?: number
      /**
       * true — доступ к своим данным предоставляется бесплатно. `true` — өз деректеріне қол жеткізу тегін беріледі.
       */
      freeOfCharge?: boolean
      /**
       * true — отказ в удовлетворении запроса всегда мотивируется. `true` — сұрауды қанағаттандырудан бас тарту әрқашан негізделеді.
       */
      reasonedRefusal?: boolean
    }
    /**
     * Правовые, организационные и технические меры защиты. Құқықтық, ұйымдастырушылық және техникалық қорғау шаралары.
     *
     * @minItems 1
     */
    security: SecurityMeasure[]
    /**
     * Как компания действует при нарушении безопасности данных. Дербес деректер қауіпсіздігі бұзылған кезде компания қалай әрекет етеді.
     */
    breachNotification?: {
      /**
       * Рабочих дней с момента обнаружения (по закону — 1). Не указано — документ ссылается на срок, установленный законодательством. Бұзушылық анықталған сәттен бастап уәкілетті органға хабарлауға берілетін жұмыс күндері (заң бойынша — 1). Көрсетілмесе, құжат заңнамада белгіленген мерзімге сілтеме жасайды.
       */
      authorityWorkingDays?: number
      /**
       * Сообщает ли компания затронутым субъектам. Компания бұзушылық қозғаған субъектілерге хабарлай ма.
       */
      notifySubjects: boolean
    }
    /**
     * Обрабатываются ли данные несовершеннолетних. Кәмелетке толмағандардың деректері өңделе ме.
     */
    minors?: {
      /**
       * true, если сервис рассчитан и на несовершеннолетних. `true` — сервис кәмелетке толмағандарға да арналған.
       */
      collected: boolean
      /**
       * С какого возраста сервис доступен без согласия законного представителя. Сервис қай жастан бастап заңды өкілдің келісімінсіз қолжетімді.
       */
      ageThreshold?: number
    }
    /**
     * Принимаются ли решения, порождающие юридические последствия, только автоматически (ст. 19-1 Закона). Заңдық салдар туғызатын шешімдер тек автоматтандырылған өңдеу негізінде қабылдана ма (Заңның 19-1-бабы).
     */
    automatedDecisions?: {
      /**
       * true, если такие решения принимаются. `true` — мұндай шешімдер қабылданады.
       */
      used: boolean
      description?: LocalizedText
    }
    /**
     * Каналы отказа от рекламных рассылок. Жарнамалық таратылымдардан бас тарту арналары.
     *
     * @minItems 1
     */
    marketingOptOut?: OptOutChannel[]
    /**
     * Размещает ли компания данные в общедоступных источниках. Не указано — документ об этом не говорит. Компания деректерді жалпыға қолжетімді дереккөздерде орналастыра ма. Көрсетілмесе, құжат бұл туралы айтпайды.
     */
    publicSources?: boolean
    /**
     * Обрабатываются ли биометрические данные. Не указано — документ об этом не говорит. Биометриялық деректер өңделе ме. Көрсетілмесе, құжат бұл туралы айтпайды.
     */
    biometric?: boolean
    /**
     * Обезличиваются ли данные, передаваемые для маркетинговых, статистических и иных исследований (ст. 17 Закона). Маркетингтік, статистикалық және өзге де зерттеулер үшін берілетін деректер иесіздендіріле ме (Заңның 17-бабы).
     */
    depersonalizedAnalytics?: boolean
    /**
     * Данные, которые компания прямо заявляет, что не собирает: health — о здоровье, biometric — биометрические, payment-cards — данные платёжных карт, bank-accounts — банковские счета, identity-document-copies — копии удостоверений личности, precise-location — точное местоположение, children — данные детей. Компания жинамайтынын тікелей мәлімдейтін деректер: `health` — денсаулық жағдайы туралы, `biometric` — биометриялық деректер, `payment-cards` — төлем карталарының деректері, `bank-accounts` — банк шоттары, `identity-document-copies` — жеке басын куәландыратын құжаттардың көшірмелері, `precise-location` — нақты орналасқан жер, `children` — балалардың деректері.
     *
     * @minItems 1
     */
    notCollected?: (
      | 'health'
      | 'biometric'
      | 'payment-cards'
      | 'bank-accounts'
      | 'identity-document-copies'
      | 'precise-location'
      | 'children'
    )[]
  }
  /**
   * Дополнительные сведения для пользователей из Европейского союза. Еуропалық Одақтағы пайдаланушыларға арналған қосымша мәліметтер.
   */
  gdpr?: {
    /**
     * true — документы включают раздел о GDPR и ePrivacy. `true` — құжаттарда GDPR және ePrivacy туралы бөлім бар.
     */
    applies: boolean
    /**
     * Необязательные cookie ставятся только после согласия. Міндетті емес cookie файлдары тек келісім алынғаннан кейін қойылады.
     */
    priorConsent?: boolean
    /**
     * Чем обеспечена передача данных из ЕС. Деректерді ЕО-дан беру немен қамтамасыз етілген.
     *
     * @minItems 1
     */
    transferMechanism?: GdprMechanism[]
    /**
     * Представитель по ст. 27 GDPR, если назначен. GDPR-дың 27-бабы бойынша өкіл, егер тағайындалса.
     */
    representative?: string
  }
  /**
   * Тексты, которые компания пишет сама. Компания өзі жазатын мәтіндер.
   */
  customClauses?: {
    /**
     * Разделы политики cookie. Cookie файлдарын пайдалану саясатының бөлімдері.
     *
     * Items: Раздел, который компания пишет сама: добавляется до или после стандартного раздела либо заменяет его текст. Компания өзі жазатын бөлім: стандартты бөлімнің алдына немесе одан кейін қосылады не оның мәтінін ауыстырады.
     */
    cookiePolicy?: {
      /**
       * Короткое латинское имя раздела для ссылок и сравнения версий. Сілтемелер мен нұсқаларды салыстыруға арналған бөлімнің қысқа латын атауы.
       */
      id: string
      /**
       * `before` — перед разделом, `after` — после раздела, `replace` — заменить текст раздела (заголовок остаётся стандартным, если не указан свой). `before` — бөлімнің алдында, `after` — бөлімнен кейін, `replace` — бөлімнің мәтінін ауыстыру (өз тақырыбы көрсетілмесе, тақырып стандартты болып қалады).
       */
      placement: 'before' | 'after' | 'replace'
      /**
       * Идентификатор стандартного раздела, рядом с которым или вместо которого стоит этот текст. Осы мәтін қасында немесе орнында тұратын стандартты бөлімнің сәйкестендіргіші.
       */
      section:
        | 'introduction'
        | 'what-are-cookies'
        | 'categories'
        | 'cookie-table'
        | 'collected-data'
        | 'server-logs'
        | 'consent'
        | 'third-parties'
        | 'retention'
        | 'managing-cookies'
        | 'security'
        | 'gdpr'
        | 'changes'
        | 'contacts'
      title?: LocalizedLine
      body: LocalizedBody
    }[]
    /**
     * Разделы политики конфиденциальности. Құпиялылық саясатының бөлімдері.
     *
     * Items: Раздел, который компания пишет сама: добавляется до или после стандартного раздела либо заменяет его текст. Компания өзі жазатын бөлім: стандартты бөлімнің алдына немесе одан кейін қосылады не оның мәтінін ауыстырады.
     */
    privacyPolicy?: {
      /**
       * Короткое латинское имя раздела для ссылок и сравнения версий. Сілтемелер мен нұсқаларды салыстыруға арналған бөлімнің қысқа латын атауы.
       */
      id: string
      /**
       * `before` — перед разделом, `after` — после раздела, `replace` — заменить текст раздела (заголовок остаётся стандартным, если не указан свой). `before` — бөлімнің алдында, `after` — бөлімнен кейін, `replace` — бөлімнің мәтінін ауыстыру (өз тақырыбы көрсетілмесе, тақырып стандартты болып қалады).
       */
      placement: 'before' | 'after' | 'replace'
      /**
       * Идентификатор стандартного раздела, рядом с которым или вместо которого стоит этот текст. Осы мәтін қасында немесе орнында тұратын стандартты бөлімнің сәйкестендіргіші.
       */
      section:
        | 'introduction'
        | 'operator'
        | 'data-collected'
        | 'purposes'
        | 'retention'
        | 'storage'
        | 'recipients'
        | 'cross-border'
        | 'consent'
        | 'rights'
        | 'security'
        | 'breach'
        | 'minors'
        | 'automated-decisions'
        | 'marketing'
        | 'cookies'
        | 'device-permissions'
        | 'authority'
        | 'changes'
        | 'contacts'
      title?: LocalizedLine
      body: LocalizedBody
    }[]
  }
  /**
   * Термины компании там, где нет подходящего ключа из списка: ключ и его формулировка на каждом языке, например `dataItem: {first-name: {ru: имя, kk: аты}}`. Ключ затем используется в фактах, как готовый. Тізімде лайықты кілт болмаған жерде компанияның өз терминдері: кілт және оның әр тілдегі тұжырымы, мысалы, `dataItem: {first-name: {ru: имя, kk: аты}}`. Содан кейін кілт фактілерде дайын кілт сияқты қолданылады.
   */
  vocabulary?: {
    /**
     * Ключ → формулировка на каждом языке (строчными, как она стоит в середине фразы). Кілт → оның әр тілдегі тұжырымы (сөйлемнің ортасында тұрғандай кіші әріппен).
     */
    dataItem?: {
      [k: string]: LocalizedLine
    }
    /**
     * Ключ → формулировка на каждом языке (строчными, как она стоит в середине фразы). Кілт → оның әр тілдегі тұжырымы (сөйлемнің ортасында тұрғандай кіші әріппен).
     */
    dataCategory?: {
      [k: string]: LocalizedLine
    }
    /**
     * Ключ → формулировка на каждом языке (строчными, как она стоит в середине фразы). Кілт → оның әр тілдегі тұжырымы (сөйлемнің ортасында тұрғандай кіші әріппен).
     */
    dataSource?: {
      [k: string]: LocalizedLine
    }
    /**
     * Ключ → формулировка на каждом языке (строчными, как она стоит в середине фразы). Кілт → оның әр тілдегі тұжырымы (сөйлемнің ортасында тұрғандай кіші әріппен).
     */
    processingPurpose?: {
      [k: string]: LocalizedLine
    }
    /**
     * Ключ → формулировка на каждом языке (строчными, как она стоит в середине фразы). Кілт → оның әр тілдегі тұжырымы (сөйлемнің ортасында тұрғандай кіші әріппен).
     */
    securityMeasure?: {
      [k: string]: LocalizedLine
    }
    /**
     * Ключ → формулировка на каждом языке (строчными, как она стоит в середине фразы). Кілт → оның әр тілдегі тұжырымы (сөйлемнің ортасында тұрғандай кіші әріппен).
     */
    right?: {
      [k: string]: LocalizedLine
    }
    /**
     * Ключ → формулировка на каждом языке (строчными, как она стоит в середине фразы). Кілт → оның әр тілдегі тұжырымы (сөйлемнің ортасында тұрғандай кіші әріппен).
     */
    recipientKind?: {
      [k: string]: LocalizedLine
    }
  }
  /**
   * Заявления компании о том, чего она не делает; документы говорят это прямо. use-cookies — не использует cookie, use-analytics — не использует сервисы аналитики, show-advertising — не показывает рекламу и не работает с рекламными сетями, sell-personal-data — не продаёт персональные данные, use-data-brokers — не покупает и не передаёт данные брокерам данных, track-across-sites — не отслеживает пользователей на других сайтах, keep-database — не ведёт базу персональных данных, transfer-abroad — не передаёт данные за границу. Компанияның өзі не істемейтіні туралы мәлімдемелері; құжаттар мұны тікелей айтады. `use-cookies` — cookie файлдарын пайдаланбайды, `use-analytics` — веб-аналитиканы қолданбайды, `show-advertising` — жарнама көрсетпейді және жарнамалық желілермен жұмыс істемейді, `sell-personal-data` — дербес деректерді сатпайды, `use-data-brokers` — деректер брокерлерінен деректерді сатып алмайды және оларға бермейді, `track-across-sites` — пайдаланушыларды басқа сайттарда бақыламайды, `keep-database` — дербес деректерді қамтитын база жүргізбейді, `transfer-abroad` — деректерді Қазақстаннан тыс жерлерге бермейді.
   *
   * @minItems 1
   */
  doesNot?: (
    | 'use-cookies'
    | 'use-analytics'
    | 'show-advertising'
    | 'sell-personal-data'
    | 'use-data-brokers'
    | 'track-across-sites'
    | 'keep-database'
    | 'transfer-abroad'
  )[]
  /**
   * Какие разрешения запрашивает приложение и зачем. Қосымша қандай рұқсаттарды және не үшін сұрайды.
   *
   * @minItems 1
   */
  devicePermissions?: {
    /**
     * Разрешение на устройстве: camera, microphone, location, contacts, photos, notifications, bluetooth, storage. Құрылғыдағы рұқсат: `camera`, `microphone`, `location`, `contacts`, `photos`, `notifications`, `bluetooth`, `storage`.
     */
    permission: 'camera' | 'microphone' | 'location' | 'contacts' | 'photos' | 'notifications' | 'bluetooth' | 'storage'
    purpose: LocalizedText
    /**
     * true — приложение работает и без этого разрешения. `true` — қосымша бұл рұқсатсыз да жұмыс істейді.
     */
    optional?: boolean
  }[]
  /**
   * Отправляет ли приложение push-уведомления; для этого хранится токен устройства. Қосымша push-хабарламалар жібере ме; ол үшін құрылғының токені сақталады.
   */
  pushNotifications?: {
    /**
     * true — приложение отправляет push-уведомления. `true` — қосымша push-хабарламалар жібереді.
     */
    used: boolean
    /**
     * true — среди уведомлений бывают рекламные (нужно отдельное согласие). `true` — хабарламалардың арасында жарнамалық хабарламалар да болады (бөлек келісім қажет).
     */
    marketing?: boolean
  }
  /**
   * true — в `cookies` перечислены все cookie и сходные технологии; false — только примеры. Не указано — документ не говорит ни того, ни другого. `true` — `cookies` ішінде барлық cookie файлдары мен ұқсас технологиялар тізбеленген; `false` — тек мысалдар. Көрсетілмесе, құжат бұлардың ешқайсысын айтпайды.
   */
  cookiesComplete?: boolean
  /**
   * Орган, с которым работает компания, если нужно назвать его иначе, чем по умолчанию (например, Комитет по информационной безопасности). Компания жұмыс істейтін орган, егер оны әдепкіден басқаша атау қажет болса (мысалы, Ақпараттық қауіпсіздік комитеті).
   */
  authority?: {
    name: LocalizedLine
    url: HttpsUrl
  }
  /**
   * Предупреждения, которые компания сознательно оставляет, с письменным объяснением; validate печатает их каждый раз. Ошибки так отключить нельзя. Компания жазбаша түсіндірмемен әдейі қалдыратын ескертулер; `validate` оларды әр жолы басып шығарады. Қателерді осылай өшіруге болмайды.
   *
   * @minItems 1
   */
  waivers?: {
    rule: Identifier
    /**
     * Объяснение юриста, почему предупреждение оставлено. Ескерту неге қалдырылғаны туралы заңгердің түсіндірмесі.
     */
    reason: string
  }[]
}
/**
 * Одна строка (название, адрес, должность, заголовок) на каждом языке публикации: {ru: …, kk: …}; без переносов строк, не длиннее 300 знаков. Жариялаудың әр тіліндегі бір жол (атау, мекенжай, лауазым, тақырып): `{ru: …, kk: …}`; жол ауыстырусыз, 300 таңбадан аспайды.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "localizedLine".
 */
export interface LocalizedLine {
  /**
   * Текст на русском языке. Орыс тіліндегі мәтін.
   */
  ru?: string
  /**
   * Текст на казахском языке. Қазақ тіліндегі мәтін.
   */
  kk?: string
}
/**
 * Одна редакция документа: номер, дата вступления в силу и краткое описание изменений. Құжаттың бір редакциясы: нөмірі, күшіне енген күні және өзгерістердің қысқаша сипаттамасы.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "documentVersion".
 */
export interface DocumentVersion {
  /**
   * Номер редакции, например «2.1». Редакцияның нөмірі, мысалы, «2.1».
   */
  version: string
  effectiveDate: CalendarDate
  summary: LocalizedText
}
/**
 * Текст в одну строку на каждом языке публикации: {ru: …, kk: …}; без переносов строк, не длиннее 2000 знаков. Жариялаудың әр тіліндегі бір жолдық мәтін: `{ru: …, kk: …}`; жол ауыстырусыз, 2000 таңбадан аспайды.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "localizedText".
 */
export interface LocalizedText {
  /**
   * Текст на русском языке. Орыс тіліндегі мәтін.
   */
  ru?: string
  /**
   * Текст на казахском языке. Қазақ тіліндегі мәтін.
   */
  kk?: string
}
/**
 * https-адрес для каждого языка. Әр тілге арналған https-мекенжай.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "localizedUrl".
 */
export interface LocalizedUrl {
  /**
   * Текст на русском языке. Орыс тіліндегі мәтін.
   */
  ru?: string
  /**
   * Текст на казахском языке. Қазақ тіліндегі мәтін.
   */
  kk?: string
}
/**
 * Текст в Markdown на каждом языке публикации: {ru: …, kk: …}; можно в несколько абзацев, не длиннее 20000 знаков. Жариялаудың әр тіліндегі Markdown мәтіні: `{ru: …, kk: …}`; бірнеше абзац болуы мүмкін, 20000 таңбадан аспайды.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "localizedBody".
 */
export interface LocalizedBody {
  /**
   * Текст на русском языке. Орыс тіліндегі мәтін.
   */
  ru?: string
  /**
   * Текст на казахском языке. Қазақ тіліндегі мәтін.
   */
  kk?: string
}
