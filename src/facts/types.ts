/* Generated from schema/facts.schema.json by `npm run types`. Do not edit. */

/**
 * llp — ТОО/ЖШС, jsc — АО/АҚ, sole-proprietor — ИП/ЖК, mfo — МФО/МҚҰ, other — другая форма (укажите её в legalFormName).
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "legalForm".
 */
export type LegalForm = 'llp' | 'jsc' | 'sole-proprietor' | 'mfo' | 'other'
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
 * banner-on-next-visit — сообщение при следующем посещении, publication-only — только публикация на сайте, email — письмо, account-notice — уведомление в личном кабинете, in-app-notice — уведомление в приложении.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "changeNotice".
 */
export type ChangeNotice = 'banner-on-next-visit' | 'publication-only' | 'email' | 'account-notice' | 'in-app-notice'
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
 * session — до закрытия браузера; период ISO 8601 (P2Y, P30D, PT1H); диапазон P1D/P2Y — от одного срока до другого; set-by-provider — срок устанавливает поставщик.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "retention".
 */
export type Retention = string
/**
 * Вид сведений: ip-address, browser, email, phone… Можно и свой термин, описанный в `vocabulary`.
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
 * Ключ своего термина из `vocabulary`: латинские строчные буквы, цифры и дефис, например first-name. Өз термині.
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "customTerm".
 */
export type CustomTerm = string
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
 * Группа персональных данных. Можно и свой термин, описанный в `vocabulary`.
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
 * data-subject — сам субъект, cookies-and-similar — cookie, third-parties — третьи лица… Можно и свой термин, описанный в `vocabulary`.
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
 * Цель обработки персональных данных. Можно и свой термин, описанный в `vocabulary`.
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
 * consent — согласие, contract — договор, legal-obligation — требование закона, vital-interests — защита жизни и здоровья, legitimate-interests — законный интерес (только GDPR).
 *
 * This interface was referenced by `Facts`'s JSON-Schema
 * via the `definition` "legalBasis".
 */
export type LegalBasis = 'consent' | 'contract' | 'legal-obligation' | 'vital-interests' | 'legitimate-interests'
/**
 * Кому передаются данные. Можно и свой термин, описанный в `vocabulary`.
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
 * Право из ст. 24 Закона или GDPR. Можно и свой термин, описанный в `vocabulary`.
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
 * Правовая, организационная или техническая мера. Можно и свой термин, описанный в `vocabulary`.
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
    /**
     * Если формы нет в списке (legalForm: other): её сокращение и полное название на каждом языке.
     */
    legalFormName?: {
      /**
       * Сокращение и полное название формы по-русски; полное — строчными, как перед названием: некоммерческое акционерное общество.
       */
      ru?: {
        /**
         * Сокращение формы: НАО, РГП, ОЮЛ.
         */
        short: string
        /**
         * Полное название формы строчными, как оно стоит перед названием: некоммерческое акционерное общество.
         */
        full: string
      }
      /**
       * Нысанның қысқашасы және толық атауы қазақша; толық атауы атаудан кейін тәуелдік жалғауымен: коммерциялық емес акционерлік қоғамы.
       */
      kk?: {
        /**
         * Нысанның қысқартылған атауы: КЕАҚ, РМК.
         */
        short: string
        /**
         * Атаудан кейін тұратын толық атауы, тәуелдік жалғауымен: коммерциялық емес акционерлік қоғамы.
         */
        full: string
      }
    }
    /**
     * Свой определённый термин вместо «Сайт», «Приложение» или «Сервис». Для русского нужны его падежи и предлог («на Платформе» или «в Платформе»); казахские окончания policygen ставит сам.
     */
    resourceTerm?: {
      /**
       * Термин в каждом падеже и предлог места.
       */
      ru?: {
        /**
         * Именительный падеж: «Платформа»
         */
        nom: string
        /**
         * Родительный падеж: «работа Платформы»
         */
        gen: string
        /**
         * Дательный падеж: «доступ к Платформе»
         */
        dat: string
        /**
         * Винительный падеж: «использовать Платформу»
         */
        acc: string
        /**
         * Творительный падеж: «пользоваться Платформой»
         */
        ins: string
        /**
         * Предложный падеж: «на Платформе»
         */
        prep: string
        /**
         * на или в: «на Платформе», «в Системе».
         */
        preposition: 'на' | 'в'
      }
      /**
       * Атау септігіндегі термин; жалғауларды policygen өзі қояды: «Платформа».
       */
      kk?: string
    }
  }
  /**
   * Сайты, порталы и приложения, на которые распространяются документы. Құжаттар қолданылатын сайттар.
   *
   * @minItems 1
   *
   * Items: Сайт, мобильное приложение или другой сервис, который охватывают документы.
   */
  sites: {
    /**
     * website — сайт (по умолчанию), mobile-app — мобильное приложение, service — другой сервис (чат-бот, платформа).
     */
    kind?: 'website' | 'mobile-app' | 'service'
    url?: HttpsUrl
    name?: LocalizedLine
    appStore?: HttpsUrl
    googlePlay?: HttpsUrl
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
      /**
       * Кем и когда утверждён документ (ст. 25 Закона: оператор утверждает документы, определяющие политику обработки).
       */
      approval?: {
        by: LocalizedLine
        date: CalendarDate
      }
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
      /**
       * Кем и когда утверждён документ (ст. 25 Закона: оператор утверждает документы, определяющие политику обработки).
       */
      approval?: {
        by: LocalizedLine
        date: CalendarDate
      }
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
     * Число рабочих дней, за которые обработка прекращается после отзыва согласия (по закону — не более 15). Не указано — документ ссылается на срок, установленный Законом.
     */
    stopProcessingWorkingDays?: number
    /**
     * Ведётся ли журнал полученных согласий.
     */
    log?: boolean
    /**
     * until-withdrawn — до отзыва, или период ISO 8601 (P5Y).
     */
    validity?: string
    /**
     * date-time — дата и время, ip-address — IP-адрес, user-id — идентификатор пользователя, choices — выбранные категории, policy-version — редакция документа, channel — где дано согласие.
     *
     * @minItems 1
     */
    record?: ('date-time' | 'ip-address' | 'user-id' | 'choices' | 'policy-version' | 'channel')[]
    refusal?: LocalizedText
    /**
     * Какие кнопки есть в баннере cookie.
     */
    banner?: {
      /**
       * true — есть кнопка согласия.
       */
      accept?: boolean
      /**
       * true — есть кнопка отказа, такая же заметная.
       */
      decline?: boolean
      /**
       * true — можно выбрать категории.
       */
      settings?: boolean
    }
    settingsLocation?: LocalizedText
    /**
     * true — согласие на рекламные сообщения даётся отдельно от остальных.
     */
    marketingSeparate?: boolean
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
     * Имя cookie или ключа, как его видно в браузере; можно с шаблоном: _ga_*. Для пикселя или хранилища без имени не указывается.
     */
    name?: string
    category: CookieCategory
    type?: TechnologyType
    provider?: Identifier
    purpose: CookiePurpose
    retention: Retention
    description?: LocalizedText
    /**
     * first — собственный cookie сайта (даже если его ставит скрипт третьей стороны, как _ga), third — cookie другого домена.
     */
    party?: 'first' | 'third'
    /**
     * Другие имена того же cookie.
     *
     * @minItems 1
     */
    alternativeNames?: string[]
    /**
     * true — cookie недоступен скриптам страницы.
     */
    httpOnly?: boolean
    /**
     * true — cookie передаётся только по https.
     */
    secure?: boolean
    /**
     * strict, lax или none.
     */
    sameSite?: 'strict' | 'lax' | 'none'
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
  thirdParties?: {
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
    /**
     * Наименование на том языке, где оно пишется иначе, чем `name`: например, kk: «ЯНДЕКС» ЖШҚ. Языки, которых нет, берут `name`.
     */
    localizedName?: {
      /**
       * Текст на русском языке.
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
     * true — с получателем заключён договор (поручение) об обработке данных.
     */
    agreement?: boolean
  }[]
  /**
   * Передаются ли данные за пределы Казахстана, куда и на каком основании (ст. 16 Закона). Трансшекаралық беру.
   */
  crossBorder?: {
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
  storage?: {
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
       * Период ISO 8601 (P5Y), диапазон (P1Y/P5Y), until-purpose — до достижения цели, until-account-deletion — до удаления учётной записи, as-required-by-law — в течение срока, установленного законом (назовите закон в retentionLaw).
       */
      retention: string
      retentionNote?: LocalizedText
      /**
       * От чего отсчитывается срок: collection — с получения, last-contact — с последнего обращения, contract-end — с окончания договора, account-deletion — с удаления учётной записи, consent-withdrawal — с отзыва согласия.
       */
      retentionFrom?: 'collection' | 'last-contact' | 'contract-end' | 'account-deletion' | 'consent-withdrawal'
      /**
       * true — срок указан как предельный: «не более 5 лет».
       */
      retentionUpTo?: boolean
      retentionLaw?: LocalizedLine
      legalRef?: LocalizedLine
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
      legalRef?: LocalizedLine
      /**
       * Для цели на основании согласия: cookie-banner — в баннере cookie (только если все её данные получены через cookie и журналы сервера), web-form-checkbox — отметка в форме, electronic-signature — ЭЦП, sms-code — код из SMS, egov-service — через государственный сервис (для данных из государственных баз), written — письменно, electronic-document — электронный документ.
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
      /**
       * Категории из personalData.categories, которые получает этот получатель.
       *
       * @minItems 1
       */
      data?: DataCategory[]
      /**
       * true — с получателями этого вида заключены договоры (поручения) об обработке данных.
       */
      agreement?: boolean
    }[]
    /**
     * Права, которые описывает политика (ст. 24 Закона; для GDPR — дополнительные). Не указано — все права из статьи 24 Закона.
     *
     * @minItems 1
     */
    rights?: Right[]
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
      answerWorkingDays?: number
      /**
       * Рабочих дней на изменение, блокирование или уничтожение данных (по закону — 1).
       */
      changeWorkingDays?: number
      /**
       * true — доступ к своим данным предоставляется бесплатно.
       */
      freeOfCharge?: boolean
      /**
       * true — отказ в удовлетворении запроса всегда мотивируется.
       */
      reasonedRefusal?: boolean
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
    breachNotification?: {
      /**
       * Рабочих дней с момента обнаружения (по закону — 1). Не указано — документ ссылается на срок, установленный законодательством.
       */
      authorityWorkingDays?: number
      /**
       * Сообщает ли компания затронутым субъектам.
       */
      notifySubjects: boolean
    }
    /**
     * Обрабатываются ли данные несовершеннолетних.
     */
    minors?: {
      /**
       * true, если сервис рассчитан и на несовершеннолетних.
       */
      collected: boolean
      /**
       * С какого возраста сервис доступен без согласия законного представителя.
       */
      ageThreshold?: number
    }
    /**
     * Принимаются ли решения, порождающие юридические последствия, только автоматически (ст. 19-1 Закона).
     */
    automatedDecisions?: {
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
     * Размещает ли компания данные в общедоступных источниках. Не указано — документ об этом не говорит.
     */
    publicSources?: boolean
    /**
     * Обрабатываются ли биометрические данные. Не указано — документ об этом не говорит.
     */
    biometric?: boolean
    /**
     * Обезличиваются ли данные, передаваемые для маркетинговых, статистических и иных исследований (ст. 17 Закона).
     */
    depersonalizedAnalytics?: boolean
    /**
     * Данные, которые компания прямо заявляет, что не собирает: health — о здоровье, biometric — биометрические, payment-cards — данные платёжных карт, bank-accounts — банковские счета, identity-document-copies — копии удостоверений личности, precise-location — точное местоположение, children — данные детей.
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
        | 'device-permissions'
        | 'authority'
        | 'changes'
        | 'contacts'
      title?: LocalizedLine
      body: LocalizedBody
    }[]
  }
  /**
   * Термины компании там, где нет подходящего ключа из списка: ключ и его формулировка на каждом языке, например `dataItem: {first-name: {ru: имя, kk: аты}}`. Ключ затем используется в фактах, как готовый. Өз терминдері.
   */
  vocabulary?: {
    /**
     * Ключ → формулировка на каждом языке (строчными, как она стоит в середине фразы).
     */
    dataItem?: {
      [k: string]: LocalizedLine
    }
    /**
     * Ключ → формулировка на каждом языке (строчными, как она стоит в середине фразы).
     */
    dataCategory?: {
      [k: string]: LocalizedLine
    }
    /**
     * Ключ → формулировка на каждом языке (строчными, как она стоит в середине фразы).
     */
    dataSource?: {
      [k: string]: LocalizedLine
    }
    /**
     * Ключ → формулировка на каждом языке (строчными, как она стоит в середине фразы).
     */
    processingPurpose?: {
      [k: string]: LocalizedLine
    }
    /**
     * Ключ → формулировка на каждом языке (строчными, как она стоит в середине фразы).
     */
    securityMeasure?: {
      [k: string]: LocalizedLine
    }
    /**
     * Ключ → формулировка на каждом языке (строчными, как она стоит в середине фразы).
     */
    right?: {
      [k: string]: LocalizedLine
    }
    /**
     * Ключ → формулировка на каждом языке (строчными, как она стоит в середине фразы).
     */
    recipientKind?: {
      [k: string]: LocalizedLine
    }
  }
  /**
   * Заявления компании о том, чего она не делает; документы говорят это прямо. use-cookies — не использует cookie, use-analytics — не использует сервисы аналитики, show-advertising — не показывает рекламу и не работает с рекламными сетями, sell-personal-data — не продаёт персональные данные, use-data-brokers — не покупает и не передаёт данные брокерам данных, track-across-sites — не отслеживает пользователей на других сайтах, keep-database — не ведёт базу персональных данных, transfer-abroad — не передаёт данные за границу. Компания мұны істемейді.
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
   * Какие разрешения запрашивает приложение и зачем. Қосымша сұрайтын рұқсаттар.
   *
   * @minItems 1
   */
  devicePermissions?: {
    /**
     * camera, microphone, location, contacts, photos, notifications, bluetooth, storage.
     */
    permission: 'camera' | 'microphone' | 'location' | 'contacts' | 'photos' | 'notifications' | 'bluetooth' | 'storage'
    purpose: LocalizedText
    /**
     * true — приложение работает и без этого разрешения.
     */
    optional?: boolean
  }[]
  /**
   * Отправляет ли приложение push-уведомления; для этого хранится токен устройства.
   */
  pushNotifications?: {
    /**
     * true — приложение отправляет push-уведомления.
     */
    used: boolean
    /**
     * true — среди уведомлений бывают рекламные (нужно отдельное согласие).
     */
    marketing?: boolean
  }
  /**
   * true — в `cookies` перечислены все cookie и сходные технологии; false — только примеры. Не указано — документ не говорит ни того, ни другого.
   */
  cookiesComplete?: boolean
  /**
   * Орган, с которым работает компания, если нужно назвать его иначе, чем по умолчанию (например, Комитет по информационной безопасности).
   */
  authority?: {
    name: LocalizedLine
    url: HttpsUrl
  }
  /**
   * Предупреждения, которые компания сознательно оставляет, с письменным объяснением; validate печатает их каждый раз. Ошибки так отключить нельзя.
   *
   * @minItems 1
   */
  waivers?: {
    rule: Identifier
    /**
     * Объяснение юриста, почему предупреждение оставлено.
     */
    reason: string
  }[]
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
