/* Generated from schema/facts.schema.json by `npm run types`. Do not edit. */

/**
 * llp — ТОО/ЖШС, jsc — АО/АҚ, sole-proprietor — ИП/ЖК, mfo — МФО/МҚҰ.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "legalForm".
 */
export type LegalForm = 'llp' | 'jsc' | 'sole-proprietor' | 'mfo'
/**
 * 12 цифр с верной контрольной цифрой.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "bin".
 */
export type Bin = string
/**
 * Адрес, начинающийся с https://.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "httpsUrl".
 */
export type HttpsUrl = string
/**
 * Адрес вида name@example.kz.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "email".
 */
export type Email = string
/**
 * Номер в международном формате: +7 727 338 39 93.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "phone".
 */
export type Phone = string
/**
 * Дата в формате ГГГГ-ММ-ДД, например 2025-11-17.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "calendarDate".
 */
export type CalendarDate = string
/**
 * site-visitors — посетители сайтов, customers — клиенты, all-users — все пользователи.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "audience".
 */
export type Audience = 'site-visitors' | 'customers' | 'all-users'
/**
 * banner-on-next-visit — сообщение при следующем посещении, publication-only — только публикация на сайте, email — письмо, account-notice — уведомление в личном кабинете.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "changeNotice".
 */
export type ChangeNotice = 'banner-on-next-visit' | 'publication-only' | 'email' | 'account-notice'
/**
 * Период ISO 8601 с одной единицей: P2Y — 2 года, P6M — 6 месяцев, P30D — 30 дней, PT1H — 1 час.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "period".
 */
export type Period = string
/**
 * banner-accept — кнопка «Принять», banner-per-category — выбор категорий, continued-use — продолжение пользования сайтом, web-form-checkbox — отметка в форме, written — письменно, electronic-document — электронный документ.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "consentMethod".
 */
export type ConsentMethod =
  'banner-accept' | 'banner-per-category' | 'continued-use' | 'web-form-checkbox' | 'written' | 'electronic-document'
/**
 * cookie-settings, browser-settings, account-settings, email-request, written-request.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "withdrawalChannel".
 */
export type WithdrawalChannel =
  'cookie-settings' | 'browser-settings' | 'account-settings' | 'email-request' | 'written-request'
/**
 * strictly-necessary — строго необходимые, functional — функциональные, analytics — аналитические, marketing — маркетинговые, session — сессионные.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "cookieCategory".
 */
export type CookieCategory = 'strictly-necessary' | 'functional' | 'analytics' | 'marketing' | 'session'
/**
 * Цель использования cookie или сервиса.
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
 * cookie, local-storage, session-storage, pixel, web-beacon.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "technologyType".
 */
export type TechnologyType = 'cookie' | 'local-storage' | 'session-storage' | 'pixel' | 'web-beacon'
/**
 * Латинские строчные буквы, цифры и дефис: google, yandex-metrica.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "identifier".
 */
export type Identifier = string
/**
 * session — до закрытия браузера, или период ISO 8601: P2Y, P30D, PT1H.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "retention".
 */
export type Retention = string
/**
 * Вид сведений: ip-address, browser, email, phone…
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "dataItem".
 */
export type DataItem =
  | 'full-name'
  | 'birth-date'
  | 'gender'
  | 'iin'
  | 'id-document'
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
/**
 * analytics, advertising, hosting, chat, crm, payments, messaging, credit-bureau, learning-platform, other.
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
 * Код страны ISO 3166-1 alpha-2: KZ, US, NL, DE.
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
 * adequate-protection — страна обеспечивает защиту, consent — согласие субъекта, international-treaty — международный договор, law — закон, contract-performance — исполнение договора.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "transferBasis".
 */
export type TransferBasis = 'adequate-protection' | 'consent' | 'international-treaty' | 'law' | 'contract-performance'
/**
 * Группа персональных данных.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "dataCategory".
 */
export type DataCategory =
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
/**
 * data-subject — сам субъект, cookies-and-similar — cookie, third-parties — третьи лица…
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "dataSource".
 */
export type DataSource =
  | 'data-subject'
  | 'cookies-and-similar'
  | 'server-logs'
  | 'third-parties'
  | 'partners'
  | 'public-sources'
  | 'state-databases'
/**
 * Цель обработки персональных данных.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "processingPurpose".
 */
export type ProcessingPurpose =
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
/**
 * consent — согласие, contract — договор, legal-obligation — требование закона, vital-interests — защита жизни и здоровья, legitimate-interests — законный интерес (только GDPR).
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "legalBasis".
 */
export type LegalBasis = 'consent' | 'contract' | 'legal-obligation' | 'vital-interests' | 'legitimate-interests'
/**
 * Кому передаются данные.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "recipientKind".
 */
export type RecipientKind =
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
/**
 * Право из ст. 24 Закона или GDPR.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "right".
 */
export type Right =
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
/**
 * Правовая, организационная или техническая мера.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "securityMeasure".
 */
export type SecurityMeasure =
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
/**
 * unsubscribe-link, sms-reply, contact-email, account-settings, phone.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "optOutChannel".
 */
export type OptOutChannel = 'unsubscribe-link' | 'sms-reply' | 'contact-email' | 'account-settings' | 'phone'
/**
 * adequacy-decision, standard-contractual-clauses, binding-corporate-rules, consent.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "gdprMechanism".
 */
export type GdprMechanism = 'adequacy-decision' | 'standard-contractual-clauses' | 'binding-corporate-rules' | 'consent'

/**
 * Всё, что утверждают политика cookie и политика конфиденциальности компании. Из этих фактов policygen собирает документы на русском и казахском языках. Компания туралы деректер.
 */
export interface Facts {
  /**
   * Необязательная ссылка на эту схему (для редакторов).
   */
  $schema?: string
  /**
   * Версия формата этого файла. Сейчас всегда 1.
   */
  schemaVersion: 1
  /**
   * На каких языках публикуются документы. Если указаны оба, каждый свободный текст нужен на обоих языках. Құжаттар жарияланатын тілдер.
   *
   * @minItems 1
   */
  locales: ('ru' | 'kk')[]
  /**
   * Кто публикует документы: оператор базы, содержащей персональные данные. Ұйым — дербес деректерді қамтитын базаның операторы.
   */
  organization: {
    legalName: LocalizedLine
    legalForm: LegalForm
    /**
     * Коммерческое название, под которым компанию знают пользователи.
     */
    brandName?: string
    bin?: Bin
    iin?: Bin
    address: LocalizedLine
    definedTerm: LocalizedLine
  }
  /**
   * Сайты, порталы и приложения, на которые распространяются документы. Құжаттар қолданылатын сайттар.
   *
   * @minItems 1
   *
   * Items: Один сайт или платформа.
   */
  sites: {
    url: HttpsUrl
    name?: LocalizedLine
  }[]
  /**
   * Контакты по назначению. Байланыс деректері.
   */
  contacts: {
    /**
     * Общий контакт для вопросов по документам.
     */
    general: {
      email?: Email
      phone?: Phone
      url?: HttpsUrl
      postalAddress?: LocalizedLine
    }
    /**
     * Куда субъекты направляют запросы о своих данных и отзыв согласия.
     */
    personalData?: {
      email?: Email
      phone?: Phone
      url?: HttpsUrl
      postalAddress?: LocalizedLine
    }
    /**
     * Контакт по вопросам рассылок и рекламы, отказа от них.
     */
    marketing?: {
      email?: Email
      phone?: Phone
      url?: HttpsUrl
      postalAddress?: LocalizedLine
    }
  }
  /**
   * Лицо, ответственное за организацию обработки персональных данных (ст. 25 Закона). Дербес деректерді өңдеуді ұйымдастыруға жауапты тұлға.
   */
  responsiblePerson?: {
    position: LocalizedLine
    email: Email
  }
  /**
   * Какие документы публикуются: укажите политику cookie, политику конфиденциальности или обе. Жарияланатын құжаттар.
   */
  documents: {
    /**
     * Политика в отношении файлов cookie.
     */
    cookiePolicy?: {
      /**
       * Редакции документа, от новейшей к старейшей. Первая в списке — действующая. Құжат редакциялары, ең жаңасы бірінші.
       *
       * @minItems 1
       */
      versions: DocumentVersion[]
      audience?: Audience
      url?: LocalizedUrl
      /**
       * Способы, которыми пользователей уведомляют о новой редакции.
       *
       * @minItems 1
       */
      changeNotice: ChangeNotice[]
      cookieReview?: Period
    }
    /**
     * Политика обработки персональных данных.
     */
    privacyPolicy?: {
      /**
       * Редакции документа, от новейшей к старейшей. Первая в списке — действующая. Құжат редакциялары, ең жаңасы бірінші.
       *
       * @minItems 1
       */
      versions: DocumentVersion[]
      audience?: Audience
      url?: LocalizedUrl
      /**
       * Способы, которыми пользователей уведомляют о новой редакции.
       *
       * @minItems 1
       */
      changeNotice: ChangeNotice[]
    }
  }
  /**
   * Как пользователь даёт и отзывает согласие. Келісім.
   */
  consent: {
    /**
     * Способы получения согласия.
     *
     * @minItems 1
     */
    methods: ConsentMethod[]
    /**
     * Способы отзыва согласия.
     *
     * @minItems 1
     */
    withdrawal: WithdrawalChannel[]
    /**
     * Число рабочих дней, за которые обработка прекращается после отзыва согласия (по закону — не более 15).
     */
    stopProcessingWorkingDays: number
    /**
     * Ведётся ли журнал полученных согласий.
     */
    log?: boolean
  }
  /**
   * Категории файлов cookie, которые используются на сайтах. Cookie санаттары.
   *
   * @minItems 1
   *
   * Items: Одна категория файлов cookie.
   */
  cookieCategories?: {
    id: CookieCategory
    /**
     * Для чего используются cookie этой категории.
     *
     * @minItems 1
     */
    purposes: CookiePurpose[]
    /**
     * Может ли пользователь отказаться от этой категории. Строго необходимые отключить нельзя.
     */
    canDisable: boolean
    note?: LocalizedText
  }[]
  /**
   * Каждый cookie, элемент локального хранилища, пиксель или веб-маяк. Cookie файлдары және ұқсас технологиялар.
   *
   * Items: Один файл cookie или похожая технология.
   */
  cookies?: {
    /**
     * Имя cookie или ключа, как его видно в браузере. Можно со звёздочкой: _ga_*.
     */
    name: string
    category: CookieCategory
    type?: TechnologyType
    provider?: Identifier
    purpose: CookiePurpose
    retention: Retention
    description?: LocalizedText
  }[]
  /**
   * Какие сведения собираются с помощью cookie и похожих технологий. Cookie арқылы жиналатын деректер.
   */
  collectedData?: {
    /**
     * Сведения из списка.
     *
     * @minItems 1
     */
    items: DataItem[]
    /**
     * Для чего используются эти сведения.
     *
     * @minItems 1
     */
    purposes: CookiePurpose[]
  }
  /**
   * Что записывается в журналы сервера. Веб-сервер журналдары.
   */
  serverLogs?: {
    /**
     * Что записывается.
     *
     * @minItems 1
     */
    items: DataItem[]
    /**
     * Для чего ведутся журналы.
     *
     * @minItems 1
     */
    purposes: CookiePurpose[]
    retention: Period
  }
  /**
   * Поставщики сервисов, обработчики и получатели данных. Пустой список — если их нет. Үшінші тұлғалар.
   *
   * Items: Одна организация, которой передаются данные или которая ставит свои cookie.
   */
  thirdParties: {
    id: Identifier
    /**
     * Наименование организации как в её документах.
     */
    name: string
    /**
     * Сервисы этой организации, которые использует компания.
     *
     * @minItems 1
     */
    services?: string[]
    kind: ThirdPartyKind
    /**
     * processor — обрабатывает данные по поручению компании; controller — определяет цели сама.
     */
    role: 'processor' | 'controller'
    country: Country
    /**
     * Для чего компания пользуется этой третьей стороной.
     *
     * @minItems 1
     */
    purposes: CookiePurpose[]
    privacyPolicy?: HttpsUrl
  }[]
  /**
   * Передаются ли данные за пределы Казахстана, куда и на каком основании (ст. 16 Закона). Трансшекаралық беру.
   */
  crossBorder: {
    /**
     * true, если данные передаются в другие страны.
     */
    enabled: boolean
    /**
     * Страны, куда передаются данные, коды ISO 3166-1.
     */
    countries?: Country[]
    /**
     * Основание передачи по ст. 16 Закона.
     *
     * @minItems 1
     */
    basis?: TransferBasis[]
  }
  /**
   * Где находится база, содержащая персональные данные (ст. 12 Закона). Сақтау.
   */
  storage: {
    primaryDatabaseCountry: Country
    hosting?: LocalizedLine
  }
  /**
   * Для политики конфиденциальности: какие данные, зачем, на каком основании, как долго и кому. Дербес деректер.
   */
  personalData?: {
    /**
     * Группы данных с источниками и сроками хранения.
     *
     * @minItems 1
     *
     * Items: Одна группа данных.
     */
    categories: {
      id: DataCategory
      /**
       * Какие сведения входят.
       *
       * @minItems 1
       */
      items: DataItem[]
      /**
       * Откуда компания их получает.
       *
       * @minItems 1
       */
      sources: DataSource[]
      /**
       * Период ISO 8601 (P5Y) или until-purpose — до достижения цели.
       */
      retention: Period | 'until-purpose'
      retentionNote?: LocalizedText
    }[]
    /**
     * Цели с правовым основанием и категориями данных.
     *
     * @minItems 1
     *
     * Items: Одна цель.
     */
    purposes: {
      id: ProcessingPurpose
      /**
       * Основания обработки для этой цели.
       *
       * @minItems 1
       */
      basis: LegalBasis[]
      /**
       * Какие категории из categories нужны для цели.
       *
       * @minItems 1
       */
      data: DataCategory[]
    }[]
    /**
     * Кому могут передаваться данные.
     *
     * Items: Вид получателя.
     */
    recipients: {
      kind: RecipientKind
      /**
       * Идентификаторы из thirdParties.
       */
      thirdParties?: Identifier[]
      /**
       * Зачем им передаются данные.
       *
       * @minItems 1
       */
      purposes?: ProcessingPurpose[]
    }[]
    /**
     * Права, которые описывает политика (ст. 24 Закона; для GDPR — дополнительные).
     *
     * @minItems 1
     */
    rights: Right[]
    /**
     * Каналы и сроки ответа на запросы субъектов.
     */
    requests: {
      /**
       * email — письмом на адрес для запросов, written — письменным заявлением, account — в личном кабинете.
       *
       * @minItems 1
       */
      channels: ('email' | 'written' | 'account' | 'portal')[]
      /**
       * Рабочих дней на ответ о составе и обработке данных.
       */
      answerWorkingDays: number
      /**
       * Рабочих дней на изменение, блокирование или уничтожение данных (по закону — 1).
       */
      changeWorkingDays: number
    }
    /**
     * Правовые, организационные и технические меры защиты.
     *
     * @minItems 1
     */
    security: SecurityMeasure[]
    /**
     * Как компания действует при нарушении безопасности данных.
     */
    breachNotification: {
      /**
       * Рабочих дней с момента обнаружения (по закону — 1).
       */
      authorityWorkingDays: number
      /**
       * Сообщает ли компания затронутым субъектам.
       */
      notifySubjects: boolean
    }
    /**
     * Обрабатываются ли данные несовершеннолетних.
     */
    minors: {
      /**
       * true, если сервис рассчитан и на несовершеннолетних.
       */
      collected: boolean
      /**
       * С какого возраста сервис доступен без согласия законного представителя.
       */
      ageThreshold: number
    }
    /**
     * Принимаются ли решения, порождающие юридические последствия, только автоматически (ст. 19-1 Закона).
     */
    automatedDecisions: {
      /**
       * true, если такие решения принимаются.
       */
      used: boolean
      description?: LocalizedText
    }
    /**
     * Каналы отказа от рекламных рассылок.
     *
     * @minItems 1
     */
    marketingOptOut?: OptOutChannel[]
    /**
     * Размещает ли компания данные в общедоступных источниках.
     */
    publicSources?: boolean
    /**
     * Обрабатываются ли биометрические данные.
     */
    biometric?: boolean
    /**
     * Обезличиваются ли данные, передаваемые для маркетинговых, статистических и иных исследований (ст. 17 Закона).
     */
    depersonalizedAnalytics?: boolean
  }
  /**
   * Дополнительные сведения для пользователей из Европейского союза. ЕО пайдаланушылары үшін.
   */
  gdpr?: {
    /**
     * true — документы включают раздел о GDPR и ePrivacy.
     */
    applies: boolean
    /**
     * Необязательные cookie ставятся только после согласия.
     */
    priorConsent?: boolean
    /**
     * Чем обеспечена передача данных из ЕС.
     *
     * @minItems 1
     */
    transferMechanism?: GdprMechanism[]
    /**
     * Представитель по ст. 27 GDPR, если назначен.
     */
    representative?: string
  }
  /**
   * Тексты, которые компания пишет сама. Компанияның өз бөлімдері.
   */
  customClauses?: {
    /**
     * Разделы политики cookie.
     *
     * Items: Раздел, который компания пишет сама: добавляется до или после стандартного раздела либо заменяет его текст. Компанияның өз бөлімі.
     */
    cookiePolicy?: {
      /**
       * Короткое латинское имя раздела для ссылок и сравнения версий.
       */
      id: string
      /**
       * `before` — перед разделом, `after` — после раздела, `replace` — заменить текст раздела (заголовок остаётся стандартным, если не указан свой).
       */
      placement: 'before' | 'after' | 'replace'
      /**
       * Идентификатор стандартного раздела, рядом с которым или вместо которого стоит этот текст.
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
     * Разделы политики конфиденциальности.
     *
     * Items: Раздел, который компания пишет сама: добавляется до или после стандартного раздела либо заменяет его текст. Компанияның өз бөлімі.
     */
    privacyPolicy?: {
      /**
       * Короткое латинское имя раздела для ссылок и сравнения версий.
       */
      id: string
      /**
       * `before` — перед разделом, `after` — после раздела, `replace` — заменить текст раздела (заголовок остаётся стандартным, если не указан свой).
       */
      placement: 'before' | 'after' | 'replace'
      /**
       * Идентификатор стандартного раздела, рядом с которым или вместо которого стоит этот текст.
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
        | 'authority'
        | 'changes'
        | 'contacts'
      title?: LocalizedLine
      body: LocalizedBody
    }[]
  }
}
/**
 * Одна строка (название, адрес, должность, заголовок) на каждом языке публикации: {ru: …, kk: …}; без переносов строк, не длиннее 300 знаков. Әр тілдегі бір жол.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "localizedLine".
 */
export interface LocalizedLine {
  /**
   * Текст на русском языке.
   */
  ru?: string
  /**
   * Текст на казахском языке. Қазақ тіліндегі мәтін.
   */
  kk?: string
}
/**
 * Одна редакция документа: номер, дата вступления в силу и краткое описание изменений. Құжаттың бір редакциясы.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "documentVersion".
 */
export interface DocumentVersion {
  /**
   * Номер редакции, например «2.1».
   */
  version: string
  effectiveDate: CalendarDate
  summary: LocalizedText
}
/**
 * Текст в одну строку на каждом языке публикации: {ru: …, kk: …}; без переносов строк, не длиннее 2000 знаков. Әр тілдегі бір жолдық мәтін.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "localizedText".
 */
export interface LocalizedText {
  /**
   * Текст на русском языке.
   */
  ru?: string
  /**
   * Текст на казахском языке. Қазақ тіліндегі мәтін.
   */
  kk?: string
}
/**
 * https-адрес для каждого языка.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "localizedUrl".
 */
export interface LocalizedUrl {
  /**
   * Текст на русском языке.
   */
  ru?: string
  /**
   * Текст на казахском языке. Қазақ тіліндегі мәтін.
   */
  kk?: string
}
/**
 * Текст в Markdown на каждом языке публикации: {ru: …, kk: …}; можно в несколько абзацев, не длиннее 20000 знаков. Әр тілдегі Markdown мәтіні.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "localizedBody".
 */
export interface LocalizedBody {
  /**
   * Текст на русском языке.
   */
  ru?: string
  /**
   * Текст на казахском языке. Қазақ тіліндегі мәтін.
   */
  kk?: string
}
