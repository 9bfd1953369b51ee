// @ts-nocheck
/* Generated from schema/facts.schema.json by `npm run validator`. Do not edit. */
import type {ValidateFunction} from 'ajv/dist/2020.js'
import {createRequire} from 'node:module'
import {customFormats} from './formats.js'
const require = createRequire(import.meta.url)
const schemaFormats = {...require('ajv-formats/dist/formats').fullFormats, ...customFormats}

export const precompiledValidator: ValidateFunction = validate20 as unknown as ValidateFunction;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://policygen.kz/schema/facts.schema.json","title":"Факты о компании для политик cookie и конфиденциальности","description":"Всё, что утверждают политика cookie и политика конфиденциальности компании. Из этих фактов policygen собирает документы на русском и казахском языках. Компанияның cookie файлдарын пайдалану саясатында және құпиялылық саясатында айтылатынның бәрі. Осы фактілерден policygen құжаттарды орыс және қазақ тілдерінде жинайды.","type":"object","additionalProperties":false,"required":["schemaVersion","locales","organization","sites","contacts","documents","consent"],"properties":{"$schema":{"title":"Ссылка на схему","description":"Необязательная ссылка на эту схему (для редакторов). Осы схемаға міндетті емес сілтеме (редакторлар үшін).","type":"string","examples":["../../schema/facts.schema.json"],"maxLength":500,"pattern":"^\\S+$"},"schemaVersion":{"title":"Версия формата фактов","description":"Версия формата этого файла. Сейчас всегда 1. Осы файл форматының нұсқасы. Қазір әрқашан 1.","const":1,"examples":[1]},"locales":{"title":"Языки публикации","description":"На каких языках публикуются документы. Если указаны оба, каждый свободный текст нужен на обоих языках. Құжаттар қай тілдерде жарияланады. Екі тіл де көрсетілсе, әрбір еркін мәтін екі тілде де қажет.","type":"array","items":{"type":"string","enum":["ru","kk"],"markdownEnumDescriptions":["`ru` — русский язык / орыс тілі","`kk` — казахский язык / қазақ тілі"]},"minItems":1,"uniqueItems":true,"examples":[["ru","kk"]]},"organization":{"title":"Организация","description":"Кто публикует документы: оператор базы, содержащей персональные данные. Құжаттарды кім жариялайды: дербес деректерді қамтитын базаның операторы.","type":"object","additionalProperties":false,"required":["legalName","legalForm","address","definedTerm"],"properties":{"legalName":{"title":"Наименование","description":"Наименование без организационно-правовой формы и без кавычек, на каждом языке. Ұйымдық-құқықтық нысанынсыз және тырнақшасыз атауы, әр тілде.","$ref":"#/$defs/localizedLine","examples":[{"ru":"Казтелепорт","kk":"Казтелепорт"}]},"legalForm":{"title":"Организационно-правовая форма","description":"Форма из списка: llp — ТОО/ЖШС, jsc — АО/АҚ, sole-proprietor — ИП/ЖК, mfo — МФО/МҚҰ. Тізімдегі нысан: `llp` — ЖШС, `jsc` — АҚ, `sole-proprietor` — ЖК, `mfo` — МҚҰ.","$ref":"#/$defs/legalForm","examples":["llp"]},"brandName":{"title":"Бренд","description":"Коммерческое название, под которым компанию знают пользователи. Пайдаланушылар компанияны білетін коммерциялық атау.","type":"string","minLength":1,"examples":["Smartcloud"],"maxLength":300,"format":"single-line"},"bin":{"title":"БИН","description":"Бизнес-идентификационный номер юридического лица: 12 цифр, последняя — контрольная. Заңды тұлғаның бизнес-сәйкестендіру нөмірі (БСН): 12 цифр, соңғысы — бақылау цифры.","$ref":"#/$defs/bin","examples":["180940004961"]},"iin":{"title":"ИИН","description":"Индивидуальный идентификационный номер (для ИП): 12 цифр. Жеке сәйкестендіру нөмірі (ЖСН, жеке кәсіпкер үшін): 12 цифр.","$ref":"#/$defs/bin","examples":["850101300124"]},"address":{"title":"Юридический адрес","description":"Юридический адрес на каждом языке. Заңды мекенжайы, әр тілде.","$ref":"#/$defs/localizedLine","examples":[{"ru":"Казахстан, г. Алматы, ул. Сатпаева, 30/8","kk":"Қазақстан, Алматы қ., Сәтбаев к-сі, 30/8"}]},"definedTerm":{"title":"Как называть организацию в тексте","description":"Краткое название, которое вводится один раз («далее — …») и используется во всём документе. Бір рет енгізілетін («бұдан әрі — …») және бүкіл құжатта қолданылатын қысқа атау.","$ref":"#/$defs/localizedLine","examples":[{"ru":"Компания","kk":"Компания"},{"ru":"МФО","kk":"МҚҰ"}]},"legalFormName":{"title":"Название формы (для other)","description":"Если формы нет в списке (legalForm: other): её сокращение и полное название на каждом языке. Нысан тізімде болмаса (`legalForm: other`): оның қысқартылған және толық атауы, әр тілде.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"ru":{"type":"object","additionalProperties":false,"required":["short","full"],"properties":{"short":{"title":"Сокращённо","description":"Сокращение формы: НАО, РГП, ОЮЛ. Нысанның орысша қысқартылған атауы: НАО, РГП, ОЮЛ.","type":"string","minLength":1,"maxLength":40,"format":"single-line","examples":["НАО"]},"full":{"title":"Полностью","description":"Полное название формы строчными, как оно стоит перед названием: некоммерческое акционерное общество. Нысанның атаудың алдында тұрғандай кіші әріппен жазылған орысша толық атауы: некоммерческое акционерное общество.","type":"string","minLength":1,"maxLength":200,"format":"single-line","examples":["некоммерческое акционерное общество"]}},"title":"На русском","description":"Сокращение и полное название формы по-русски; полное — строчными, как перед названием: некоммерческое акционерное общество. Нысанның орысша қысқартылған және толық атауы; толық атауы атаудың алдында тұрғандай кіші әріппен: некоммерческое акционерное общество.","examples":[{"short":"НАО","full":"некоммерческое акционерное общество"}]},"kk":{"type":"object","additionalProperties":false,"required":["short","full"],"properties":{"short":{"title":"Қысқаша","description":"Сокращение формы по-казахски: КЕАҚ, РМК. Нысанның қысқартылған атауы: КЕАҚ, РМК.","type":"string","minLength":1,"maxLength":40,"format":"single-line","examples":["КЕАҚ"]},"full":{"title":"Толық","description":"Полное название формы по-казахски, как оно стоит после названия, с притяжательным окончанием: коммерциялық емес акционерлік қоғамы. Атаудан кейін тұратын толық атауы, тәуелдік жалғауымен: коммерциялық емес акционерлік қоғамы.","type":"string","minLength":1,"maxLength":200,"format":"single-line","examples":["коммерциялық емес акционерлік қоғамы"]}},"title":"Қазақша","description":"Сокращение и полное название формы по-казахски; полное — после названия, с притяжательным окончанием: коммерциялық емес акционерлік қоғамы. Нысанның қысқашасы және толық атауы қазақша; толық атауы атаудан кейін тәуелдік жалғауымен: коммерциялық емес акционерлік қоғамы.","examples":[{"short":"КЕАҚ","full":"коммерциялық емес акционерлік қоғамы"}]}},"examples":[{"ru":{"short":"НАО","full":"некоммерческое акционерное общество"},"kk":{"short":"КЕАҚ","full":"коммерциялық емес акционерлік қоғамы"}}]},"resourceTerm":{"title":"Как называть ресурсы в документах","description":"Свой определённый термин вместо «Сайт», «Приложение» или «Сервис». Для русского нужны его падежи и предлог («на Платформе» или «в Платформе»); казахские окончания policygen ставит сам. «Сайт», «Қосымша» немесе «Сервис» орнына қолданылатын өз анықталған термині. Орыс тілі үшін оның септіктері мен орын предлогы керек («на Платформе» немесе «в Платформе»); қазақша жалғауларды policygen өзі қояды.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"ru":{"type":"object","additionalProperties":false,"required":["nom","gen","dat","acc","ins","prep","preposition"],"properties":{"nom":{"title":"Именительный: Платформа","type":"string","minLength":1,"maxLength":60,"format":"single-line","description":"Именительный падеж: «Платформа». Орыс тіліндегі атау септігі: «Платформа».","examples":["Платформа"]},"gen":{"title":"Родительный: Платформы","type":"string","minLength":1,"maxLength":60,"format":"single-line","description":"Родительный падеж: «работа Платформы». Орыс тіліндегі ілік септігі: «работа Платформы».","examples":["Платформы"]},"dat":{"title":"Дательный: Платформе","type":"string","minLength":1,"maxLength":60,"format":"single-line","description":"Дательный падеж: «доступ к Платформе». Орыс тіліндегі барыс септігі: «доступ к Платформе».","examples":["Платформе"]},"acc":{"title":"Винительный: Платформу","type":"string","minLength":1,"maxLength":60,"format":"single-line","description":"Винительный падеж: «использовать Платформу». Орыс тіліндегі табыс септігі: «использовать Платформу».","examples":["Платформу"]},"ins":{"title":"Творительный: Платформой","type":"string","minLength":1,"maxLength":60,"format":"single-line","description":"Творительный падеж: «пользоваться Платформой». Орыс тіліндегі көмектес септігі: «пользоваться Платформой».","examples":["Платформой"]},"prep":{"title":"Предложный: Платформе","type":"string","minLength":1,"maxLength":60,"format":"single-line","description":"Предложный падеж: «на Платформе». Орыс тіліндегі предлогтық септік (орынды білдіреді): «на Платформе».","examples":["Платформе"]},"preposition":{"title":"Предлог места","description":"на или в: «на Платформе», «в Системе». Орыс тіліндегі орын предлогы, `на` немесе `в`: «на Платформе», «в Системе».","type":"string","enum":["на","в"],"markdownEnumDescriptions":["`на` — предлог «на»: «на Платформе» / «на» предлогы: «на Платформе»","`в` — предлог «в»: «в Системе» / «в» предлогы: «в Системе»"],"examples":["на"]}},"title":"Русские формы","description":"Термин в каждом падеже и предлог места. Терминнің орыс тіліндегі әр септіктегі түрі және орын предлогы.","examples":[{"nom":"Платформа","gen":"Платформы","dat":"Платформе","acc":"Платформу","ins":"Платформой","prep":"Платформе","preposition":"на"}]},"kk":{"title":"Қазақша термин","type":"string","minLength":1,"maxLength":60,"format":"single-line","description":"Термин по-казахски, в именительном падеже; окончания policygen ставит сам: «Платформа». Атау септігіндегі термин; жалғауларды policygen өзі қояды: «Платформа».","examples":["Платформа"]}},"examples":[{"ru":{"nom":"Платформа","gen":"Платформы","dat":"Платформе","acc":"Платформу","ins":"Платформой","prep":"Платформе","preposition":"на"},"kk":"Платформа"}]}}},"sites":{"title":"Сайты и платформы","description":"Сайты, порталы и приложения, на которые распространяются документы. Құжаттар қолданылатын сайттар, порталдар және қосымшалар.","type":"array","minItems":1,"items":{"title":"Ресурс","description":"Сайт, мобильное приложение или другой сервис, который охватывают документы. Құжаттар қамтитын сайт, мобильді қосымша немесе басқа сервис.","type":"object","additionalProperties":false,"required":[],"properties":{"kind":{"title":"Вид ресурса","description":"website — сайт (по умолчанию), mobile-app — мобильное приложение, service — другой сервис (чат-бот, платформа). `website` — сайт (әдепкі бойынша), `mobile-app` — мобильді қосымша, `service` — басқа сервис (чат-бот, платформа).","type":"string","enum":["website","mobile-app","service"],"markdownEnumDescriptions":["`website` — сайт (по умолчанию) / сайт (әдепкі бойынша)","`mobile-app` — мобильное приложение / мобильді қосымша","`service` — другой сервис (чат-бот, платформа) / басқа сервис (чат-бот, платформа)"],"examples":["mobile-app"]},"url":{"title":"Адрес","description":"Адрес сайта или страницы сервиса (только https). Для сайта обязателен. Сайттың немесе сервис бетінің мекенжайы (тек https). Сайт үшін міндетті.","$ref":"#/$defs/httpsUrl","examples":["https://kazteleport.kz"]},"name":{"title":"Название","description":"Как называть этот ресурс, если не по адресу. Мекенжайымен атамаған жағдайда бұл ресурсты қалай атау керек.","$ref":"#/$defs/localizedLine","examples":[{"ru":"Портал клиента","kk":"Клиент порталы"}]},"appStore":{"title":"App Store","description":"Ссылка на приложение в App Store. App Store-дағы қосымшаға сілтеме.","$ref":"#/$defs/httpsUrl","examples":["https://apps.apple.com/kz/app/id000000000"]},"googlePlay":{"title":"Google Play","description":"Ссылка на приложение в Google Play. Google Play-дегі қосымшаға сілтеме.","$ref":"#/$defs/httpsUrl","examples":["https://play.google.com/store/apps/details?id=kz.example"]}},"minProperties":1},"examples":[[{"url":"https://example.kz"}]]},"contacts":{"title":"Контакты","description":"Контакты по назначению. Мақсаты бойынша байланыс деректері.","type":"object","additionalProperties":false,"required":["general"],"properties":{"general":{"title":"Общие вопросы","description":"Общий контакт для вопросов по документам. Құжаттар бойынша сұрақтарға арналған жалпы байланыс.","type":"object","additionalProperties":false,"required":[],"properties":{"email":{"title":"Электронная почта","description":"Адрес электронной почты. Электрондық пошта мекенжайы.","$ref":"#/$defs/email","examples":["office@example.kz"]},"phone":{"title":"Телефон","description":"Номер телефона в международном формате. Халықаралық форматтағы телефон нөмірі.","$ref":"#/$defs/phone","examples":["+7 727 338 39 93"]},"url":{"title":"Портал или форма","description":"Адрес портала поддержки или формы обращения (только https). Қолдау порталының немесе өтініш нысанының мекенжайы (тек https).","$ref":"#/$defs/httpsUrl","examples":["https://support.example.kz"]},"postalAddress":{"title":"Почтовый адрес","description":"Адрес для письменных обращений, если он отличается от юридического. Заңды мекенжайдан өзгеше болса, жазбаша өтініштерге арналған мекенжай.","$ref":"#/$defs/localizedLine"}},"minProperties":1},"personalData":{"title":"Запросы о персональных данных","description":"Куда субъекты направляют запросы о своих данных и отзыв согласия. Субъектілер өз деректері туралы сұрауларды және келісімді кері қайтарып алу туралы өтінішті қайда жібереді.","type":"object","additionalProperties":false,"required":[],"properties":{"email":{"title":"Электронная почта","description":"Адрес электронной почты. Электрондық пошта мекенжайы.","$ref":"#/$defs/email","examples":["office@example.kz"]},"phone":{"title":"Телефон","description":"Номер телефона в международном формате. Халықаралық форматтағы телефон нөмірі.","$ref":"#/$defs/phone","examples":["+7 727 338 39 93"]},"url":{"title":"Портал или форма","description":"Адрес портала поддержки или формы обращения (только https). Қолдау порталының немесе өтініш нысанының мекенжайы (тек https).","$ref":"#/$defs/httpsUrl","examples":["https://support.example.kz"]},"postalAddress":{"title":"Почтовый адрес","description":"Адрес для письменных обращений, если он отличается от юридического. Заңды мекенжайдан өзгеше болса, жазбаша өтініштерге арналған мекенжай.","$ref":"#/$defs/localizedLine"}},"minProperties":1},"marketing":{"title":"Маркетинг","description":"Контакт по вопросам рассылок и рекламы, отказа от них. Таратылымдар мен жарнама, олардан бас тарту мәселелері бойынша байланыс.","type":"object","additionalProperties":false,"required":[],"properties":{"email":{"title":"Электронная почта","description":"Адрес электронной почты. Электрондық пошта мекенжайы.","$ref":"#/$defs/email","examples":["office@example.kz"]},"phone":{"title":"Телефон","description":"Номер телефона в международном формате. Халықаралық форматтағы телефон нөмірі.","$ref":"#/$defs/phone","examples":["+7 727 338 39 93"]},"url":{"title":"Портал или форма","description":"Адрес портала поддержки или формы обращения (только https). Қолдау порталының немесе өтініш нысанының мекенжайы (тек https).","$ref":"#/$defs/httpsUrl","examples":["https://support.example.kz"]},"postalAddress":{"title":"Почтовый адрес","description":"Адрес для письменных обращений, если он отличается от юридического. Заңды мекенжайдан өзгеше болса, жазбаша өтініштерге арналған мекенжай.","$ref":"#/$defs/localizedLine"}},"minProperties":1}}},"responsiblePerson":{"title":"Ответственный за организацию обработки","description":"Лицо, ответственное за организацию обработки персональных данных (ст. 25 Закона). Дербес деректерді өңдеуді ұйымдастыруға жауапты тұлға (Заңның 25-бабы).","type":"object","additionalProperties":false,"required":["position","email"],"properties":{"position":{"title":"Должность","description":"Должность ответственного лица. Жауапты тұлғаның лауазымы.","$ref":"#/$defs/localizedLine","examples":[{"ru":"Директор по информационной безопасности","kk":"Ақпараттық қауіпсіздік жөніндегі директор"}]},"email":{"title":"Электронная почта","description":"Адрес для связи с ответственным лицом. Жауапты тұлғамен байланысуға арналған мекенжай.","$ref":"#/$defs/email","examples":["dpo@example.kz"]},"name":{"title":"Фамилия и инициалы","description":"Необязательно: кто назначен, как это пишется в приказе о назначении (документы называют его после должности). Міндетті емес: тағайындау туралы бұйрықта жазылғандай кім тағайындалған (құжаттар оны лауазымынан кейін атайды).","$ref":"#/$defs/localizedLine","examples":[{"ru":"Иванов И. И.","kk":"Иванов И. И."}]}}},"documents":{"title":"Публикуемые документы","description":"Какие документы публикуются: укажите политику cookie, политику конфиденциальности или обе. Қандай құжаттар жарияланады: cookie файлдарын пайдалану саясатын, құпиялылық саясатын немесе екеуін де көрсетіңіз.","type":"object","additionalProperties":false,"required":[],"properties":{"cookiePolicy":{"title":"Политика cookie","description":"Политика в отношении файлов cookie. Cookie файлдарын пайдалану саясаты құжаты.","type":"object","additionalProperties":false,"required":["versions","changeNotice"],"properties":{"versions":{"title":"История редакций","description":"Редакции документа, от новейшей к старейшей. Первая в списке — действующая. Құжаттың редакциялары, ең жаңасынан ең ескісіне қарай. Тізімдегі біріншісі — қолданыстағы редакция.","type":"array","minItems":1,"items":{"$ref":"#/$defs/documentVersion"}},"audience":{"title":"Для кого документ","description":"Кому адресован документ: посетителям сайтов, клиентам или всем пользователям. Құжат кімге арналған: сайттарға кірушілерге, клиенттерге немесе барлық пайдаланушыларға.","$ref":"#/$defs/audience","examples":["site-visitors"]},"url":{"title":"Адрес публикации","description":"Где документ опубликован на сайте, на каждом языке (только https). Құжат сайтта қай жерде жарияланған, әр тілде (тек https).","$ref":"#/$defs/localizedUrl","examples":[{"ru":"https://example.kz/ru/cookies","kk":"https://example.kz/kk/cookies"}]},"changeNotice":{"title":"Как сообщается об изменениях","description":"Способы, которыми пользователей уведомляют о новой редакции. Пайдаланушыларға жаңа редакция туралы хабарлау тәсілдері.","type":"array","items":{"$ref":"#/$defs/changeNotice"},"minItems":1,"uniqueItems":true,"examples":[["banner-on-next-visit"]]},"cookieReview":{"title":"Как часто пересматривается перечень cookie","description":"Период в формате ISO 8601, например P30D — каждые 30 дней. ISO 8601 форматындағы кезең, мысалы, `P30D` — әр 30 күн сайын.","$ref":"#/$defs/period","examples":["P30D"]},"approval":{"title":"Кто и когда утвердил","description":"Кем и когда утверждён документ (ст. 25 Закона: оператор утверждает документы, определяющие политику обработки). Құжатты кім және қашан бекіткен (Заңның 25-бабы: оператор өңдеу саясатын айқындайтын құжаттарды бекітеді).","type":"object","additionalProperties":false,"required":["by","date"],"properties":{"by":{"title":"Кем","description":"Каким документом или кем утверждён, в творительном падеже: «приказом генерального директора»; по-казахски: «бас директордың бұйрығымен». Қандай құжатпен немесе кім бекіткен, көмектес септігінде: «бас директордың бұйрығымен»; орысша: «приказом генерального директора».","$ref":"#/$defs/localizedLine","examples":[{"ru":"приказом генерального директора","kk":"бас директордың бұйрығымен"}]},"date":{"title":"Когда","description":"Дата утверждения, ГГГГ-ММ-ДД. Бекітілген күні, ЖЖЖЖ-АА-КК.","$ref":"#/$defs/calendarDate","examples":["2025-06-01"]}},"examples":[{"by":{"ru":"приказом генерального директора","kk":"бас директордың бұйрығымен"},"date":"2025-06-01"}]}}},"privacyPolicy":{"title":"Политика конфиденциальности","description":"Политика обработки персональных данных. Дербес деректерді өңдеу саясаты (құпиялылық саясаты).","type":"object","additionalProperties":false,"required":["versions","changeNotice"],"properties":{"versions":{"title":"История редакций","description":"Редакции документа, от новейшей к старейшей. Первая в списке — действующая. Құжаттың редакциялары, ең жаңасынан ең ескісіне қарай. Тізімдегі біріншісі — қолданыстағы редакция.","type":"array","minItems":1,"items":{"$ref":"#/$defs/documentVersion"}},"audience":{"title":"Для кого документ","description":"Кому адресован документ: посетителям сайтов, клиентам или всем пользователям. Құжат кімге арналған: сайттарға кірушілерге, клиенттерге немесе барлық пайдаланушыларға.","$ref":"#/$defs/audience","examples":["site-visitors"]},"url":{"title":"Адрес публикации","description":"Где документ опубликован на сайте, на каждом языке (только https). Құжат сайтта қай жерде жарияланған, әр тілде (тек https).","$ref":"#/$defs/localizedUrl","examples":[{"ru":"https://example.kz/ru/cookies","kk":"https://example.kz/kk/cookies"}]},"changeNotice":{"title":"Как сообщается об изменениях","description":"Способы, которыми пользователей уведомляют о новой редакции. Пайдаланушыларға жаңа редакция туралы хабарлау тәсілдері.","type":"array","items":{"$ref":"#/$defs/changeNotice"},"minItems":1,"uniqueItems":true,"examples":[["banner-on-next-visit"]]},"approval":{"title":"Кто и когда утвердил","description":"Кем и когда утверждён документ (ст. 25 Закона: оператор утверждает документы, определяющие политику обработки). Құжатты кім және қашан бекіткен (Заңның 25-бабы: оператор өңдеу саясатын айқындайтын құжаттарды бекітеді).","type":"object","additionalProperties":false,"required":["by","date"],"properties":{"by":{"title":"Кем","description":"Каким документом или кем утверждён, в творительном падеже: «приказом генерального директора»; по-казахски: «бас директордың бұйрығымен». Қандай құжатпен немесе кім бекіткен, көмектес септігінде: «бас директордың бұйрығымен»; орысша: «приказом генерального директора».","$ref":"#/$defs/localizedLine","examples":[{"ru":"приказом генерального директора","kk":"бас директордың бұйрығымен"}]},"date":{"title":"Когда","description":"Дата утверждения, ГГГГ-ММ-ДД. Бекітілген күні, ЖЖЖЖ-АА-КК.","$ref":"#/$defs/calendarDate","examples":["2025-06-01"]}},"examples":[{"by":{"ru":"приказом генерального директора","kk":"бас директордың бұйрығымен"},"date":"2025-06-01"}]}}}},"minProperties":1},"consent":{"title":"Согласие","description":"Как пользователь даёт и отзывает согласие. Пайдаланушы келісімді қалай береді және оны қалай кері қайтарып алады.","type":"object","additionalProperties":false,"required":["methods","withdrawal"],"properties":{"methods":{"title":"Как даётся согласие","description":"Способы получения согласия. Келісім алу тәсілдері.","type":"array","items":{"$ref":"#/$defs/consentMethod"},"minItems":1,"uniqueItems":true,"examples":[["banner-accept"]]},"withdrawal":{"title":"Как отозвать согласие","description":"Способы отзыва согласия. Келісімді кері қайтарып алу тәсілдері.","type":"array","items":{"$ref":"#/$defs/withdrawalChannel"},"minItems":1,"uniqueItems":true,"examples":[["cookie-settings","email-request"]]},"stopProcessingWorkingDays":{"title":"Срок прекращения обработки после отзыва","description":"Число рабочих дней, за которые обработка прекращается после отзыва согласия (по закону — не более 15). Не указано — документ ссылается на срок, установленный Законом. Келісім кері қайтарып алынғаннан кейін өңдеу тоқтатылатын жұмыс күндерінің саны (заң бойынша — 15-тен аспайды). Көрсетілмесе, құжат Заңда белгіленген мерзімге сілтеме жасайды.","type":"integer","minimum":1,"maximum":15,"examples":[15]},"log":{"title":"Журнал согласий","description":"Ведётся ли журнал полученных согласий. Алынған келісімдердің журналы жүргізіле ме.","type":"boolean","examples":[true]},"validity":{"title":"Срок действия согласия","description":"until-withdrawn — до отзыва, или период ISO 8601 (P5Y). Келісімнің қолданылу мерзімі: `until-withdrawn` — кері қайтарып алынғанға дейін, немесе ISO 8601 кезеңі (`P5Y`).","type":"string","format":"consent-validity","maxLength":64,"examples":["until-withdrawn","P5Y"]},"record":{"title":"Что записывается о согласии","description":"date-time — дата и время, ip-address — IP-адрес, user-id — идентификатор пользователя, choices — выбранные категории, policy-version — редакция документа, channel — где дано согласие. Келісім туралы не сақталады: `date-time` — күні мен уақыты, `ip-address` — IP-мекенжай, `user-id` — пайдаланушының сәйкестендіргіші, `choices` — таңдалған санаттар, `policy-version` — құжаттың редакциясы, `channel` — келісім берілген орын.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["date-time","ip-address","user-id","choices","policy-version","channel"],"markdownEnumDescriptions":["`date-time` — дата и время согласия или его отзыва / келісімнің берілген немесе кері қайтарып алынған күні мен уақыты","`ip-address` — IP-адрес / IP-мекенжай","`user-id` — идентификатор субъекта / субъектінің идентификаторы","`choices` — выбранные категории / таңдалған санаттар","`policy-version` — редакция Политики / Саясаттың редакциясы","`channel` — место, где дано согласие / келісім берілген орын"]},"examples":[["date-time","choices","policy-version"]]},"refusal":{"title":"Что будет при отказе","description":"Что произойдёт, если пользователь не даст согласие или отзовёт его, на каждом языке. Пайдаланушы келісім бермесе немесе оны кері қайтарып алса, не болатыны, әр тілде.","$ref":"#/$defs/localizedText","examples":[{"ru":"оформить заявку онлайн будет нельзя, но можно обратиться в офис","kk":"онлайн өтінім беру мүмкін болмайды, бірақ кеңсеге жүгінуге болады"}]},"banner":{"title":"Баннер cookie","description":"Какие кнопки есть в баннере cookie. Cookie баннерінде қандай батырмалар бар.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"accept":{"title":"«Принять»","description":"true — есть кнопка согласия. `true` — келісу батырмасы бар.","type":"boolean","examples":[true]},"decline":{"title":"«Отклонить»","description":"true — есть кнопка отказа, такая же заметная. `true` — дәл сондай көрнекі бас тарту батырмасы бар.","type":"boolean","examples":[true]},"settings":{"title":"«Настроить»","description":"true — можно выбрать категории. `true` — санаттарды таңдауға болады.","type":"boolean","examples":[true]}}},"settingsLocation":{"title":"Где изменить выбор","description":"Где на сайте открыть настройки cookie снова, на каждом языке. Cookie баптауларын сайтта қайтадан қай жерден ашуға болады, әр тілде.","$ref":"#/$defs/localizedText","examples":[{"ru":"по ссылке «Настройки cookie» внизу каждой страницы","kk":"әр беттің төменгі жағындағы «Cookie баптаулары» сілтемесі арқылы"}]},"marketingSeparate":{"title":"Отдельное согласие на рекламу","description":"true — согласие на рекламные сообщения даётся отдельно от остальных. `true` — жарнамалық хабарламаларға келісім басқаларынан бөлек беріледі.","type":"boolean","examples":[true]}}},"cookieCategories":{"title":"Категории cookie","description":"Категории файлов cookie, которые используются на сайтах. Сайттарда пайдаланылатын cookie файлдарының санаттары.","type":"array","minItems":1,"items":{"title":"Категория cookie","description":"Одна категория файлов cookie. Cookie файлдарының бір санаты.","type":"object","additionalProperties":false,"required":["id","purposes","canDisable"],"properties":{"id":{"title":"Категория","description":"Категория из списка. Тізімдегі санат.","$ref":"#/$defs/cookieCategory","examples":["analytics"]},"purposes":{"title":"Цели","description":"Для чего используются cookie этой категории. Осы санаттағы cookie файлдары не үшін пайдаланылады.","type":"array","items":{"$ref":"#/$defs/cookiePurpose"},"minItems":1,"uniqueItems":true,"examples":[["usage-statistics","site-improvement"]]},"canDisable":{"title":"Можно ли отключить","description":"Может ли пользователь отказаться от этой категории. Строго необходимые отключить нельзя. Пайдаланушы осы санаттан бас тарта ала ма. Қатаң қажетті cookie файлдарын өшіруге болмайды.","type":"boolean","examples":[true]},"note":{"title":"Пояснение","description":"Дополнительное пояснение компании к категории. Компанияның санатқа қосымша түсіндірмесі.","$ref":"#/$defs/localizedText"}}}},"services":{"title":"Сервисы из каталога","description":"Сервисы из каталога policygen, которыми пользуется компания: каждый приносит свою третью сторону (наименование, страну, политику), свои cookie и цели; `policygen services` показывает каталог, `policygen validate` — что принёс каждый сервис. Поставщика можно описать самой компании в `thirdParties` под тем же идентификатором, cookie с тем же именем в `cookies` заменяет каталожный. Компания пайдаланатын policygen каталогындағы сервистер: әрқайсысы өз үшінші тарапын (атауын, елін, саясатын), cookie файлдарын және мақсаттарын әкеледі; каталогты `policygen services`, әр сервистің не әкелгенін `policygen validate` көрсетеді. Жеткізушіні компания `thirdParties` ішінде сол сәйкестендіргішпен өзі сипаттай алады, `cookies` ішіндегі аттас cookie файлы каталогтағысын алмастырады.","type":"array","minItems":1,"items":{"title":"Сервис","description":"Идентификатор сервиса (`yandex-metrica`) или он же с уточнениями компании. Сервистің сәйкестендіргіші (`yandex-metrica`) немесе компанияның нақтылауларымен бірге.","if":{"type":"string"},"then":{"$ref":"#/$defs/serviceId"},"else":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"title":"Сервис","description":"Идентификатор сервиса из каталога (`policygen services`). Каталогтағы сервистің сәйкестендіргіші (`policygen services`).","$ref":"#/$defs/serviceId","examples":["yandex-metrica"]},"category":{"title":"Категория","description":"Категория cookie сервиса, если компания относит их к другой, из cookieCategories. Компания сервистің cookie файлдарын басқа санатқа жатқызса, `cookieCategories` ішіндегі санат.","$ref":"#/$defs/cookieCategory","examples":["analytics"]},"purposes":{"title":"Цели","description":"Для чего компания пользуется сервисом, если не для того, что указано в каталоге. Компания сервисті каталогтағыдан басқа мақсатта пайдаланса, сол мақсаттар.","type":"array","items":{"$ref":"#/$defs/cookiePurpose"},"minItems":1,"uniqueItems":true,"examples":[["usage-statistics"]]},"role":{"title":"Роль","description":"processor — обрабатывает данные по поручению компании; controller — определяет цели сама. `processor` — деректерді компанияның тапсырмасы бойынша өңдейді; `controller` — мақсаттарды өзі айқындайды.","type":"string","enum":["processor","controller"],"markdownEnumDescriptions":["`processor` — обрабатывает данные по поручению / деректерді тапсырма бойынша өңдейді","`controller` — обрабатывает данные в своих целях / деректерді өз мақсаттары үшін өңдейді"],"examples":["processor"]},"agreement":{"title":"Договор об обработке","description":"true — с получателем заключён договор (поручение) об обработке данных. `true` — алушымен деректерді өңдеу туралы шарт (тапсырма) жасалған.","type":"boolean","examples":[true]},"dataCountry":{"title":"Где хранит данные","description":"Страна, где получатель хранит данные, если не совпадает с country. Алушы деректерді сақтайтын ел, егер ол `country` мәнімен сәйкес келмесе.","$ref":"#/$defs/country","examples":["US"]},"cookies":{"title":"Cookie сервиса","description":"Cookie, которые компания добавляет к каталожным или уточняет (по имени). Компания каталогтағыларға қосатын немесе (аты бойынша) нақтылайтын cookie файлдары.","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"title":"Имя","description":"Имя cookie или ключа, как его видно в браузере; можно с шаблоном: _ga_*. Для пикселя или хранилища без имени не указывается. Браузерде көрінетін cookie файлының немесе кілттің атауы; үлгімен жазуға болады: `_ga_*`. Атауы жоқ пиксель немесе қойма үшін көрсетілмейді.","type":"string","minLength":1,"maxLength":200,"examples":["_ga","_ym_uid"],"format":"single-line"},"type":{"title":"Технология","description":"cookie, local-storage, session-storage, pixel или web-beacon. По умолчанию cookie. `cookie`, `local-storage`, `session-storage`, `pixel` немесе `web-beacon`. Әдепкі бойынша `cookie`.","$ref":"#/$defs/technologyType","examples":["cookie"]},"party":{"title":"Чей cookie","description":"first — собственный cookie сайта (даже если его ставит скрипт третьей стороны, как _ga), third — cookie другого домена. `first` — сайттың меншікті cookie файлы (оны үшінші тараптың скрипті қойса да, мысалы, `_ga`), `third` — басқа доменнің cookie файлы.","type":"string","enum":["first","third"],"markdownEnumDescriptions":["`first` — собственный / меншікті","`third` — сторонний / үшінші тарап"],"examples":["first"]},"retention":{"title":"Срок хранения","description":"session — до закрытия браузера, иначе период ISO 8601: P2Y — 2 года, P30D — 30 дней, PT1H — 1 час. `session` — браузер жабылғанға дейін, әйтпесе ISO 8601 кезеңі: `P2Y` — 2 жыл, `P30D` — 30 күн, `PT1H` — 1 сағат.","$ref":"#/$defs/retention","examples":["P2Y","session"]},"purpose":{"title":"Цель","description":"Цель из списка. Тізімдегі мақсат.","$ref":"#/$defs/cookiePurpose","examples":["usage-statistics"]}}}},"without":{"title":"Без cookie","description":"Каталожные cookie сервиса, которых на Сайте нет. Сервистің Сайтта жоқ каталогтағы cookie файлдары.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":300},"examples":[["_ym_isad"]]}}}},"examples":[["google-analytics-4","yandex-metrica"]]},"cookies":{"title":"Файлы cookie и похожие технологии","description":"Каждый cookie, элемент локального хранилища, пиксель или веб-маяк. Әрбір cookie файлы, жергілікті қойма элементі, пиксель немесе веб-маяк.","type":"array","items":{"title":"Cookie","description":"Один файл cookie или похожая технология. Бір cookie файлы немесе ұқсас технология.","type":"object","additionalProperties":false,"required":["category","purpose","retention"],"properties":{"name":{"title":"Имя","description":"Имя cookie или ключа, как его видно в браузере; можно с шаблоном: _ga_*. Для пикселя или хранилища без имени не указывается. Браузерде көрінетін cookie файлының немесе кілттің атауы; үлгімен жазуға болады: `_ga_*`. Атауы жоқ пиксель немесе қойма үшін көрсетілмейді.","type":"string","minLength":1,"maxLength":200,"examples":["_ga","_ym_uid"],"format":"single-line"},"category":{"title":"Категория","description":"Категория из cookieCategories. `cookieCategories` ішіндегі санат.","$ref":"#/$defs/cookieCategory","examples":["analytics"]},"type":{"title":"Технология","description":"cookie, local-storage, session-storage, pixel или web-beacon. По умолчанию cookie. `cookie`, `local-storage`, `session-storage`, `pixel` немесе `web-beacon`. Әдепкі бойынша `cookie`.","$ref":"#/$defs/technologyType","examples":["cookie"]},"provider":{"title":"Поставщик","description":"Идентификатор третьей стороны из thirdParties. Не указывайте для собственных cookie компании. `thirdParties` ішіндегі үшінші тараптың сәйкестендіргіші. Компанияның меншікті cookie файлдары үшін көрсетпеңіз.","$ref":"#/$defs/identifier","examples":["google"]},"purpose":{"title":"Цель","description":"Цель из списка. Тізімдегі мақсат.","$ref":"#/$defs/cookiePurpose","examples":["usage-statistics"]},"retention":{"title":"Срок хранения","description":"session — до закрытия браузера, иначе период ISO 8601: P2Y — 2 года, P30D — 30 дней, PT1H — 1 час. `session` — браузер жабылғанға дейін, әйтпесе ISO 8601 кезеңі: `P2Y` — 2 жыл, `P30D` — 30 күн, `PT1H` — 1 сағат.","$ref":"#/$defs/retention","examples":["P2Y","session"]},"description":{"title":"Описание","description":"Пояснение, если цели из списка недостаточно. Тізімдегі мақсат жеткіліксіз болса, түсіндірме.","$ref":"#/$defs/localizedText"},"party":{"title":"Чей cookie","description":"first — собственный cookie сайта (даже если его ставит скрипт третьей стороны, как _ga), third — cookie другого домена. `first` — сайттың меншікті cookie файлы (оны үшінші тараптың скрипті қойса да, мысалы, `_ga`), `third` — басқа доменнің cookie файлы.","type":"string","enum":["first","third"],"markdownEnumDescriptions":["`first` — собственный / меншікті","`third` — сторонний / үшінші тараптың"],"examples":["first"]},"alternativeNames":{"title":"Другие имена","description":"Другие имена того же cookie. Сол cookie файлының басқа атаулары.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200,"format":"single-line"},"examples":[["_gid"]]},"httpOnly":{"title":"HttpOnly","description":"true — cookie недоступен скриптам страницы. `true` — cookie файлы бет скрипттеріне қолжетімсіз.","type":"boolean","examples":[true]},"secure":{"title":"Secure","description":"true — cookie передаётся только по https. `true` — cookie файлы тек https арқылы беріледі.","type":"boolean","examples":[true]},"sameSite":{"title":"SameSite","description":"Значение атрибута SameSite: strict, lax или none. SameSite атрибутының мәні: `strict`, `lax` немесе `none`.","type":"string","enum":["strict","lax","none"],"markdownEnumDescriptions":["`strict` — cookie отправляется только с запросами с этого же сайта / cookie файлы тек осы сайттың өз сұрауларымен жіберіледі","`lax` — cookie отправляется и при переходе на сайт по ссылке с другого сайта / cookie файлы басқа сайттағы сілтеме арқылы өткенде де жіберіледі","`none` — cookie отправляется с любыми запросами, в том числе с других сайтов (нужен `secure: true`) / cookie файлы кез келген сұраулармен, оның ішінде басқа сайттардан да жіберіледі (`secure: true` қажет)"],"examples":["lax"]}}}},"collectedData":{"title":"Что собирают cookie","description":"Какие сведения собираются с помощью cookie и похожих технологий. Cookie файлдары және ұқсас технологиялар арқылы қандай мәліметтер жиналады.","type":"object","additionalProperties":false,"required":["items","purposes"],"properties":{"items":{"title":"Сведения","description":"Сведения из списка. Тізімдегі мәліметтер.","type":"array","items":{"$ref":"#/$defs/dataItem"},"minItems":1,"uniqueItems":true,"examples":[["ip-address","browser","pages-visited"]]},"purposes":{"title":"Цели","description":"Для чего используются эти сведения. Бұл мәліметтер не үшін пайдаланылады.","type":"array","items":{"$ref":"#/$defs/cookiePurpose"},"minItems":1,"uniqueItems":true,"examples":[["usage-statistics"]]}}},"serverLogs":{"title":"Журналы веб-сервера","description":"Что записывается в журналы сервера. Веб-сервер журналдарына қандай мәліметтер жазылады.","type":"object","additionalProperties":false,"required":["items","purposes","retention"],"properties":{"items":{"title":"Сведения","description":"Что записывается. Журналға не жазылады.","type":"array","items":{"$ref":"#/$defs/dataItem"},"minItems":1,"uniqueItems":true,"examples":[["date-time","ip-address","pages-visited"]]},"purposes":{"title":"Цели","description":"Для чего ведутся журналы. Журналдар не үшін жүргізіледі.","type":"array","items":{"$ref":"#/$defs/cookiePurpose"},"minItems":1,"uniqueItems":true,"examples":[["security"]]},"retention":{"title":"Срок хранения","description":"Сколько хранятся журналы, ISO 8601. Журналдар қанша уақыт сақталады, ISO 8601 форматында.","$ref":"#/$defs/period","examples":["P90D"]}}},"thirdParties":{"title":"Третьи стороны","description":"Поставщики сервисов, обработчики и получатели данных. Пустой список — если их нет. Үшінші тұлғалар: сервис жеткізушілер, деректерді өңдеушілер және алушылар. Олар болмаса — бос тізім.","type":"array","items":{"title":"Третья сторона","description":"Одна организация, которой передаются данные или которая ставит свои cookie. Деректер берілетін немесе өз cookie файлдарын қоятын бір ұйым.","type":"object","additionalProperties":false,"required":["id","name","kind","role","country"],"properties":{"id":{"title":"Идентификатор","description":"Короткое латинское имя, на которое ссылаются cookie и получатели. Cookie файлдары мен алушылар сілтеме жасайтын қысқа латын атауы.","$ref":"#/$defs/identifier","examples":["google","yandex"]},"name":{"title":"Наименование","description":"Наименование организации как в её документах. Ұйымның өз құжаттарындағыдай атауы.","type":"string","minLength":1,"examples":["Google LLC"],"maxLength":300,"format":"single-line"},"services":{"title":"Сервисы","description":"Сервисы этой организации, которые использует компания: название продукта одной строкой (`Google Analytics`), одинаковое на обоих языках, или описание на каждом языке (`{ru: SMS-рассылки, kk: SMS-хабарламалар}`). Компания пайдаланатын осы ұйымның сервистері: екі тілде бірдей өнім атауы бір жолмен (`Google Analytics`) немесе әр тілдегі сипаттамасы (`{ru: SMS-рассылки, kk: SMS-хабарламалар}`).","type":"array","minItems":1,"uniqueItems":true,"items":{"title":"Сервис","description":"Название продукта (`Google Analytics`) или описание на каждом языке (`{ru: …, kk: …}`). Өнім атауы (`Google Analytics`) немесе әр тілдегі сипаттама (`{ru: …, kk: …}`).","if":{"type":"string"},"then":{"type":"string","minLength":1,"maxLength":300,"format":"single-line"},"else":{"$ref":"#/$defs/localizedLine"}},"examples":[["Google Analytics","Google Ads"],[{"ru":"SMS-рассылки","kk":"SMS-хабарламалар"}]]},"kind":{"title":"Вид","description":"Вид третьей стороны из списка. Тізімдегі үшінші тарап түрі.","$ref":"#/$defs/thirdPartyKind","examples":["analytics"]},"role":{"title":"Роль","description":"processor — обрабатывает данные по поручению компании; controller — определяет цели сама. `processor` — деректерді компанияның тапсырмасы бойынша өңдейді; `controller` — мақсаттарды өзі айқындайды.","type":"string","enum":["processor","controller"],"markdownEnumDescriptions":["`processor` — обрабатывает данные по поручению / деректерді тапсырма бойынша өңдейді","`controller` — обрабатывает данные в своих целях / деректерді өз мақсаттары үшін өңдейді"],"examples":["processor"]},"country":{"title":"Страна","description":"Страна, где данные обрабатываются: код ISO 3166-1 (KZ, US, NL…). Деректер өңделетін ел: ISO 3166-1 коды (`KZ`, `US`, `NL`…).","$ref":"#/$defs/country","examples":["US"]},"purposes":{"title":"Цели","description":"Для чего служат cookie этой третьей стороны, если она их ставит (без этого поля — цели её cookie из `cookies`). Получателю без cookie (служба доставки, платёжный сервис) не указывается: по нему политика cookie называет третью сторону среди тех, что ставят cookie. Цели получателя данных указываются в `personalData.recipients`. Бұл үшінші тараптың cookie файлдары не үшін қажет, егер ол оларды қойса (бұл өріс болмаса — `cookies` ішіндегі оның cookie мақсаттары). Cookie қоймайтын алушыға (жеткізу қызметі, төлем сервисі) көрсетілмейді: осы өріс бойынша cookie саясаты үшінші тарапты cookie қоятындардың қатарында атайды. Деректерді алушының мақсаттары `personalData.recipients` ішінде көрсетіледі.","type":"array","items":{"$ref":"#/$defs/cookiePurpose"},"minItems":1,"uniqueItems":true,"examples":[["usage-statistics"]]},"privacyPolicy":{"title":"Политика третьей стороны","description":"Ссылка на её политику конфиденциальности (только https). Оның құпиялылық саясатына сілтеме (тек https).","$ref":"#/$defs/httpsUrl","examples":["https://policies.google.com/privacy"]},"localizedName":{"title":"Наименование на языке документа","description":"Наименование на том языке, где оно пишется иначе, чем `name`: например, kk: «ЯНДЕКС» ЖШҚ. Языки, которых нет, берут `name`. Атауы `name` мәнінен өзгеше жазылатын тілдегі атау: мысалы, kk: «ЯНДЕКС» ЖШҚ. Көрсетілмеген тілдер `name` мәнін алады.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"ru":{"title":"Текст на русском","description":"Текст на русском языке. Орыс тіліндегі мәтін.","type":"string","minLength":1,"maxLength":300,"format":"single-line","examples":["Текст на русском языке"]},"kk":{"title":"Қазақша мәтін","description":"Текст на казахском языке. Қазақ тіліндегі мәтін.","type":"string","minLength":1,"maxLength":300,"format":"single-line","examples":["Қазақ тіліндегі мәтін"]}},"examples":[{"kk":"«ЯНДЕКС» ЖШҚ"}]},"optOut":{"title":"Как отказаться","description":"Страница поставщика, где можно отказаться от его cookie или рекламы. Жеткізушінің cookie файлдарынан немесе жарнамасынан бас тартуға болатын беті.","$ref":"#/$defs/httpsUrl","examples":["https://tools.google.com/dlpage/gaoptout"]},"dataCountry":{"title":"Где хранит данные","description":"Страна, где получатель хранит данные, если не совпадает с country. Алушы деректерді сақтайтын ел, егер ол `country` мәнімен сәйкес келмесе.","$ref":"#/$defs/country","examples":["US"]},"agreement":{"title":"Договор об обработке","description":"true — с получателем заключён договор (поручение) об обработке данных. `true` — алушымен деректерді өңдеу туралы шарт (тапсырма) жасалған.","type":"boolean","examples":[true]}}}},"crossBorder":{"title":"Трансграничная передача","description":"Передаются ли данные за пределы Казахстана, куда и на каком основании (ст. 16 Закона). Деректер Қазақстаннан тыс жерлерге беріле ме, қайда және қандай негізде (трансшекаралық беру, Заңның 16-бабы).","type":"object","additionalProperties":false,"required":["enabled"],"properties":{"enabled":{"title":"Передаются ли данные за рубеж","description":"true, если данные передаются в другие страны. `true` — деректер басқа елдерге беріледі.","type":"boolean","examples":[true]},"countries":{"title":"Страны","description":"Страны, куда передаются данные, коды ISO 3166-1, когда основание одно для всех (иначе — transfers). Деректер берілетін елдер, ISO 3166-1 кодтары, негіз барлығына бір болғанда (әйтпесе — `transfers`).","type":"array","items":{"$ref":"#/$defs/country"},"uniqueItems":true,"examples":[["US","IE"]]},"basis":{"title":"Основание","description":"Основание передачи по ст. 16 Закона, одно для всех стран из countries. Заңның 16-бабы бойынша трансшекаралық берудің негізі, `countries` тізіміндегі барлық елдерге ортақ.","type":"array","items":{"$ref":"#/$defs/transferBasis"},"minItems":1,"uniqueItems":true,"examples":[["consent"]]},"transfers":{"title":"Страны и основания передачи","description":"Когда основания разные для разных стран (ст. 16 Закона): для каждой группы стран — свои основания, например в страну с достаточной защитой — без согласия, в другую — по согласию. Пишется вместо countries и basis. Негіздер әр елге әртүрлі болғанда (Заңның 16-бабы): әр елдер тобы үшін өз негіздері. Бұл тізім `countries` пен `basis` орнына жазылады.","type":"array","items":{"type":"object","additionalProperties":false,"required":["countries","basis"],"properties":{"countries":{"title":"Страны","description":"Страны этой группы, коды ISO 3166-1. Осы топтың елдері, ISO 3166-1 кодтары.","type":"array","items":{"$ref":"#/$defs/country"},"minItems":1,"uniqueItems":true,"examples":[["DE","IE"]]},"basis":{"title":"Основание","description":"Основание передачи в страны этой группы по ст. 16 Закона. Осы топтың елдеріне берудің негізі, Заңның 16-бабы бойынша.","type":"array","items":{"$ref":"#/$defs/transferBasis"},"minItems":1,"uniqueItems":true,"examples":[["adequate-protection"]]}}},"minItems":1,"examples":[[{"countries":["DE"],"basis":["adequate-protection"]},{"countries":["US"],"basis":["consent"]}]]}}},"storage":{"title":"Хранение","description":"Где находится база, содержащая персональные данные (ст. 12 Закона). Дербес деректерді қамтитын база қай жерде орналасқан (Заңның 12-бабы).","type":"object","additionalProperties":false,"required":["primaryDatabaseCountry"],"properties":{"primaryDatabaseCountry":{"title":"Страна основной базы","description":"По закону база должна находиться в Казахстане: KZ. Заң бойынша база Қазақстанда орналасуы тиіс: `KZ`.","$ref":"#/$defs/country","examples":["KZ"]},"hosting":{"title":"Где размещена база","description":"Центр обработки данных или хостинг-провайдер, на каждом языке. Деректерді өңдеу орталығы немесе хостинг-провайдер, әр тілде.","$ref":"#/$defs/localizedLine","examples":[{"ru":"ЦОД АО «Казтелепорт», г. Алматы","kk":"«Казтелепорт» АҚ деректерді өңдеу орталығы, Алматы қ."}]}}},"personalData":{"title":"Персональные данные","description":"Для политики конфиденциальности: какие данные, зачем, на каком основании, как долго и кому. Құпиялылық саясаты үшін: қандай дербес деректер, не үшін, қандай негізде, қанша уақыт және кімге.","type":"object","additionalProperties":false,"required":["categories","purposes","recipients","requests","security"],"properties":{"categories":{"title":"Категории данных","description":"Группы данных с источниками и сроками хранения. Дереккөздері мен сақтау мерзімдері көрсетілген деректер топтары.","type":"array","minItems":1,"items":{"title":"Категория данных","description":"Одна группа данных. Деректердің бір тобы.","type":"object","additionalProperties":false,"required":["id","items","sources","retention"],"properties":{"id":{"title":"Категория","description":"Категория из списка. Тізімдегі санат.","$ref":"#/$defs/dataCategory","examples":["contact"]},"items":{"title":"Состав","description":"Какие сведения входят. Топқа қандай мәліметтер кіреді.","type":"array","items":{"$ref":"#/$defs/dataItem"},"minItems":1,"uniqueItems":true,"examples":[["phone","email"]]},"sources":{"title":"Источники","description":"Откуда компания их получает. Компания оларды қайдан алады.","type":"array","items":{"$ref":"#/$defs/dataSource"},"minItems":1,"uniqueItems":true,"examples":[["data-subject"]]},"retention":{"title":"Срок хранения","description":"Период ISO 8601 (P5Y), диапазон (P1Y/P5Y), until-purpose — до достижения цели, until-account-deletion — до удаления учётной записи, as-required-by-law — в течение срока, установленного законом (назовите закон в retentionLaw). ISO 8601 кезеңі (`P5Y`), аралық (`P1Y/P5Y`), `until-purpose` — мақсатқа жеткенге дейін, `until-account-deletion` — есептік жазба жойылғанға дейін, `as-required-by-law` — заңда белгіленген мерзім ішінде (заңды `retentionLaw` ішінде атаңыз).","type":"string","format":"data-retention","maxLength":64,"examples":["P5Y","until-purpose","as-required-by-law"]},"retentionNote":{"title":"Пояснение к сроку","description":"С какого момента считается срок, если это важно. Маңызды болса, мерзім қай сәттен бастап есептеледі.","$ref":"#/$defs/localizedText","examples":[{"ru":"после прекращения договора","kk":"шарт тоқтатылғаннан кейін"}]},"retentionFrom":{"title":"С какого момента","description":"От чего отсчитывается срок: collection — с получения, last-contact — с последнего обращения, contract-end — с окончания договора, account-deletion — с удаления учётной записи, consent-withdrawal — с отзыва согласия. Мерзім неден бастап есептеледі: `collection` — алынған сәттен, `last-contact` — соңғы өтініштен, `contract-end` — шарт тоқтатылғаннан, `account-deletion` — есептік жазба жойылғаннан, `consent-withdrawal` — келісім кері қайтарып алынғаннан.","type":"string","enum":["collection","last-contact","contract-end","account-deletion","consent-withdrawal"],"markdownEnumDescriptions":["`collection` — с момента получения / алынған сәттен бастап","`last-contact` — после последнего обращения / соңғы өтініштен кейін","`contract-end` — после прекращения договора / шарт тоқтатылғаннан кейін","`account-deletion` — после удаления учётной записи / есептік жазба жойылғаннан кейін","`consent-withdrawal` — после отзыва согласия / келісім кері қайтарып алынғаннан кейін"],"examples":["contract-end"]},"retentionUpTo":{"title":"«Не более»","description":"true — срок указан как предельный: «не более 5 лет». `true` — мерзім шекті мерзім ретінде көрсетіледі: «5 жылдан аспайды».","type":"boolean","examples":[true]},"retentionLaw":{"title":"Закон, устанавливающий срок","description":"Какой закон или акт устанавливает срок хранения, как он называется: «Закон Республики Казахстан «О бухгалтерском учёте и финансовой отчётности»» (для «установленного …» policygen сам ставит главное слово в творительный падеж: «Законом», «Трудовым кодексом»; написанное уже в творительном остаётся как есть). Сақтау мерзімін қандай заң немесе акт белгілейді; қазақша — атау септігінде: «\"Бухгалтерлік есеп пен қаржылық есептілік туралы\" Қазақстан Республикасының Заңы».","$ref":"#/$defs/localizedLine","examples":[{"ru":"Закон Республики Казахстан «О бухгалтерском учете и финансовой отчетности»","kk":"«Бухгалтерлік есеп пен қаржылық есептілік туралы» Қазақстан Республикасының Заңы"}]},"legalRef":{"title":"Ссылка на норму","description":"Норма закона, на которой основано хранение, например «подпункт 2) пункта 1 статьи 9 Закона». Сақтау негізделген заң нормасы, мысалы, «Заңның 9-бабы 1-тармағының 2) тармақшасы».","$ref":"#/$defs/localizedLine","examples":[{"ru":"подпункт 2) пункта 1 статьи 9 Закона","kk":"Заңның 9-бабы 1-тармағының 2) тармақшасы"}]}}}},"purposes":{"title":"Цели обработки","description":"Цели с правовым основанием и категориями данных. Құқықтық негізі және деректер санаттары көрсетілген мақсаттар.","type":"array","minItems":1,"items":{"title":"Цель обработки","description":"Одна цель. Бір мақсат.","type":"object","additionalProperties":false,"required":["id","basis","data"],"properties":{"id":{"title":"Цель","description":"Цель из списка. Тізімдегі мақсат.","$ref":"#/$defs/processingPurpose","examples":["service-provision"]},"basis":{"title":"Правовое основание","description":"Основания обработки для этой цели. Осы мақсат үшін өңдеу негіздері.","type":"array","items":{"$ref":"#/$defs/legalBasis"},"minItems":1,"uniqueItems":true,"examples":[["consent"]]},"data":{"title":"Категории данных","description":"Какие категории из categories нужны для цели. Мақсатқа `categories` ішіндегі қандай санаттар қажет.","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/dataCategory"},"examples":[["identification","contact"]]},"legalRef":{"title":"Ссылка на норму","description":"Норма закона, на которой основана обработка, например «подпункт 2) пункта 1 статьи 9 Закона». Өңдеу негізделген заң нормасы, мысалы, «Заңның 9-бабы 1-тармағының 2) тармақшасы».","$ref":"#/$defs/localizedLine","examples":[{"ru":"подпункт 2) пункта 1 статьи 9 Закона","kk":"Заңның 9-бабы 1-тармағының 2) тармақшасы"}]},"consentBy":{"title":"Как получается согласие на эту цель","description":"Для цели на основании согласия: cookie-banner — в баннере cookie (только если все её данные получены через cookie и журналы сервера), web-form-checkbox — отметка в форме, electronic-signature — ЭЦП, sms-code — код из SMS, egov-service — через государственный сервис (для данных из государственных баз), written — письменно, electronic-document — электронный документ. Келісім негізіндегі мақсат үшін: `cookie-banner` — cookie баннерінде (оның барлық деректері cookie файлдары мен сервер журналдары арқылы алынса ғана), `web-form-checkbox` — нысанда белгі қою, `electronic-signature` — ЭЦҚ, `sms-code` — SMS-тен келген код, `egov-service` — мемлекеттік сервис арқылы (мемлекеттік базалардағы деректер үшін), `written` — жазбаша, `electronic-document` — электрондық құжат.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["cookie-banner","web-form-checkbox","electronic-signature","sms-code","egov-service","written","electronic-document"],"markdownEnumDescriptions":["`cookie-banner` — выбором категорий в уведомлении о файлах cookie / cookie файлдары туралы хабарламада санаттарды таңдау арқылы","`web-form-checkbox` — отметкой в форме / нысанда белгі қою арқылы","`electronic-signature` — подписанием электронной цифровой подписью / электрондық цифрлық қолтаңбамен қол қою арқылы","`sms-code` — вводом кода из SMS / SMS-тен келген кодты енгізу арқылы","`egov-service` — через государственный сервис (eGov) / мемлекеттік сервис (eGov) арқылы","`written` — в письменной форме / жазбаша нысанда","`electronic-document` — электронным документом / электрондық құжат нысанында"]},"examples":[["web-form-checkbox","sms-code"]]}}}},"recipients":{"title":"Получатели","description":"Кому могут передаваться данные. Деректер кімге берілуі мүмкін.","type":"array","items":{"title":"Получатель","description":"Вид получателя. Алушының түрі.","type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"title":"Вид получателя","description":"Вид из списка. Тізімдегі түр.","$ref":"#/$defs/recipientKind","examples":["service-providers"]},"thirdParties":{"title":"Кто именно","description":"Идентификаторы из thirdParties. `thirdParties` ішіндегі сәйкестендіргіштер.","type":"array","items":{"$ref":"#/$defs/identifier"},"uniqueItems":true,"examples":[["google"]]},"purposes":{"title":"Цели","description":"Зачем им передаются данные. Деректер оларға не үшін беріледі.","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/processingPurpose"},"examples":[["customer-support"]]},"data":{"title":"Какие данные","description":"Категории из personalData.categories, которые получает этот получатель. Осы алушы алатын `personalData.categories` ішіндегі санаттар.","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/dataCategory"},"examples":[["contact"]]},"agreement":{"title":"Договор об обработке","description":"true — с получателями этого вида заключены договоры (поручения) об обработке данных. `true` — осы түрдегі алушылармен деректерді өңдеу туралы шарттар (тапсырмалар) жасалған.","type":"boolean","examples":[true]}}}},"rights":{"title":"Права субъекта","description":"Права, которые описывает политика (ст. 24 Закона; для GDPR — дополнительные). Не указано — все права из статьи 24 Закона. Саясат сипаттайтын құқықтар (Заңның 24-бабы; GDPR үшін — қосымша құқықтар). Көрсетілмесе — Заңның 24-бабындағы барлық құқықтар.","type":"array","items":{"$ref":"#/$defs/right"},"minItems":1,"uniqueItems":true,"examples":[["know-processing","access","rectify"]]},"requests":{"title":"Как реализовать права","description":"Каналы и сроки ответа на запросы субъектов. Субъектілердің сұрауларына жауап беру арналары мен мерзімдері.","type":"object","additionalProperties":false,"required":["channels"],"properties":{"channels":{"title":"Каналы","description":"email — письмом на адрес для запросов, written — письменным заявлением, account — в личном кабинете, portal — через портал поддержки. `email` — сұрауларға арналған мекенжайға хат арқылы, `written` — жазбаша өтініш арқылы, `account` — жеке кабинет арқылы, `portal` — қолдау порталы арқылы.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["email","written","account","portal"],"markdownEnumDescriptions":["`email` — письмом на адрес … / … мекенжайына хат арқылы","`written` — письменным заявлением по адресу: … / … мекенжайына жазбаша өтініш арқылы","`account` — в личном кабинете / жеке кабинет арқылы","`portal` — через портал поддержки … / … қолдау порталы арқылы"]},"examples":[["email","written"]]},"answerWorkingDays":{"title":"Срок ответа на запрос","description":"Рабочих дней на ответ о составе и обработке данных. Деректердің құрамы және оларды өңдеу туралы жауап беруге берілетін жұмыс күндері.","type":"integer","minimum":1,"maximum":30,"examples":[3]},"changeWorkingDays":{"title":"Срок исправления, блокирования, уничтожения","description":"Рабочих дней на изменение, блокирование или уничтожение данных (по закону — 1). Деректерді өзгертуге, бұғаттауға немесе жоюға берілетін жұмыс күндері (заң бойынша — 1).","type":"integer","minimum":1,"maximum":30,"examples":[1]},"freeOfCharge":{"title":"Бесплатно","description":"true — доступ к своим данным предоставляется бесплатно. `true` — өз деректеріне қол жеткізу тегін беріледі.","type":"boolean","examples":[true]},"reasonedRefusal":{"title":"Мотивированный отказ","description":"true — отказ в удовлетворении запроса всегда мотивируется. `true` — сұрауды қанағаттандырудан бас тарту әрқашан негізделеді.","type":"boolean","examples":[true]}}},"security":{"title":"Меры защиты","description":"Правовые, организационные и технические меры защиты. Құқықтық, ұйымдастырушылық және техникалық қорғау шаралары.","type":"array","items":{"$ref":"#/$defs/securityMeasure"},"minItems":1,"uniqueItems":true,"examples":[["encryption-in-transit","access-control"]]},"breachNotification":{"title":"Утечки","description":"Как компания действует при нарушении безопасности данных. Дербес деректер қауіпсіздігі бұзылған кезде компания қалай әрекет етеді.","type":"object","additionalProperties":false,"required":["notifySubjects"],"properties":{"authorityWorkingDays":{"title":"Срок уведомления уполномоченного органа","description":"Рабочих дней с момента обнаружения (по закону — 1). Не указано — документ ссылается на срок, установленный законодательством. Бұзушылық анықталған сәттен бастап уәкілетті органға хабарлауға берілетін жұмыс күндері (заң бойынша — 1). Көрсетілмесе, құжат заңнамада белгіленген мерзімге сілтеме жасайды.","type":"integer","minimum":1,"maximum":10,"examples":[1]},"notifySubjects":{"title":"Уведомлять ли субъектов","description":"Сообщает ли компания затронутым субъектам. Компания бұзушылық қозғаған субъектілерге хабарлай ма.","type":"boolean","examples":[true]}}},"minors":{"title":"Несовершеннолетние","description":"Обрабатываются ли данные несовершеннолетних. Кәмелетке толмағандардың деректері өңделе ме.","type":"object","additionalProperties":false,"required":["collected"],"properties":{"collected":{"title":"Собираются ли","description":"true, если сервис рассчитан и на несовершеннолетних. `true` — сервис кәмелетке толмағандарға да арналған.","type":"boolean","examples":[false]},"ageThreshold":{"title":"Возраст","description":"С какого возраста сервис доступен без согласия законного представителя. Сервис қай жастан бастап заңды өкілдің келісімінсіз қолжетімді.","type":"integer","minimum":14,"maximum":21,"examples":[18]}}},"automatedDecisions":{"title":"Автоматизированные решения","description":"Принимаются ли решения, порождающие юридические последствия, только автоматически (ст. 19-1 Закона). Заңдық салдар туғызатын шешімдер тек автоматтандырылған өңдеу негізінде қабылдана ма (Заңның 19-1-бабы).","type":"object","additionalProperties":false,"required":["used"],"properties":{"used":{"title":"Используются ли","description":"true, если такие решения принимаются. `true` — мұндай шешімдер қабылданады.","type":"boolean","examples":[false]},"description":{"title":"Как это работает","description":"Логика и последствия решения. Шешімнің логикасы және салдары.","$ref":"#/$defs/localizedText"}}},"marketingOptOut":{"title":"Как отказаться от рассылок","description":"Каналы отказа от рекламных рассылок. Жарнамалық таратылымдардан бас тарту арналары.","type":"array","items":{"$ref":"#/$defs/optOutChannel"},"minItems":1,"uniqueItems":true,"examples":[["unsubscribe-link","contact-email"]]},"publicSources":{"title":"Публикация в общедоступных источниках","description":"Размещает ли компания данные в общедоступных источниках. Не указано — документ об этом не говорит. Компания деректерді жалпыға қолжетімді дереккөздерде орналастыра ма. Көрсетілмесе, құжат бұл туралы айтпайды.","type":"boolean","examples":[false]},"biometric":{"title":"Биометрические данные","description":"Обрабатываются ли биометрические данные. Не указано — документ об этом не говорит. Биометриялық деректер өңделе ме. Көрсетілмесе, құжат бұл туралы айтпайды.","type":"boolean","examples":[false]},"depersonalizedAnalytics":{"title":"Обезличивание для исследований","description":"Обезличиваются ли данные, передаваемые для маркетинговых, статистических и иных исследований (ст. 17 Закона). Маркетингтік, статистикалық және өзге де зерттеулер үшін берілетін деректер иесіздендіріле ме (Заңның 17-бабы).","type":"boolean","examples":[true]},"notCollected":{"title":"Какие данные не собираются","description":"Данные, которые компания прямо заявляет, что не собирает: health — о здоровье, biometric — биометрические, payment-cards — данные платёжных карт, bank-accounts — банковские счета, identity-document-copies — копии удостоверений личности, precise-location — точное местоположение, children — данные детей. Компания жинамайтынын тікелей мәлімдейтін деректер: `health` — денсаулық жағдайы туралы, `biometric` — биометриялық деректер, `payment-cards` — төлем карталарының деректері, `bank-accounts` — банк шоттары, `identity-document-copies` — жеке басын куәландыратын құжаттардың көшірмелері, `precise-location` — нақты орналасқан жер, `children` — балалардың деректері.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["health","biometric","payment-cards","bank-accounts","identity-document-copies","precise-location","children"],"markdownEnumDescriptions":["`health` — сведения о состоянии здоровья / денсаулық жағдайы туралы мәліметтер","`biometric` — биометрические данные / биометриялық деректер","`payment-cards` — данные платёжных карт / төлем карталарының деректері","`bank-accounts` — сведения о банковских счетах / банк шоттары туралы мәліметтер","`identity-document-copies` — копии документов, удостоверяющих личность / жеке басын куәландыратын құжаттардың көшірмелері","`precise-location` — точное местоположение / нақты орналасқан жер","`children` — данные детей / балалардың деректері"]},"examples":[["health","payment-cards"]]}}},"gdpr":{"title":"Пользователи из ЕС (GDPR)","description":"Дополнительные сведения для пользователей из Европейского союза. Еуропалық Одақтағы пайдаланушыларға арналған қосымша мәліметтер.","type":"object","additionalProperties":false,"required":["applies"],"properties":{"applies":{"title":"Обслуживаются ли пользователи из ЕС","description":"true — документы включают раздел о GDPR и ePrivacy. `true` — құжаттарда GDPR және ePrivacy туралы бөлім бар.","type":"boolean","examples":[true]},"priorConsent":{"title":"Согласие до установки cookie","description":"Необязательные cookie ставятся только после согласия. Міндетті емес cookie файлдары тек келісім алынғаннан кейін қойылады.","type":"boolean","examples":[true]},"transferMechanism":{"title":"Механизм передачи","description":"Чем обеспечена передача данных из ЕС. Деректерді ЕО-дан беру немен қамтамасыз етілген.","type":"array","items":{"$ref":"#/$defs/gdprMechanism"},"minItems":1,"uniqueItems":true,"examples":[["standard-contractual-clauses"]]},"representative":{"title":"Представитель в ЕС","description":"Представитель по ст. 27 GDPR, если назначен. GDPR-дың 27-бабы бойынша өкіл, егер тағайындалса.","type":"string","minLength":1,"examples":["Example EU Rep GmbH, Berlin"],"maxLength":300,"format":"single-line"}}},"customClauses":{"title":"Собственные разделы","description":"Тексты, которые компания пишет сама. Компания өзі жазатын мәтіндер.","type":"object","additionalProperties":false,"required":[],"properties":{"cookiePolicy":{"title":"В политике cookie","description":"Разделы политики cookie. Cookie файлдарын пайдалану саясатының бөлімдері.","type":"array","items":{"title":"Собственный раздел","description":"Раздел, который компания пишет сама: добавляется до или после стандартного раздела либо заменяет его текст. Компания өзі жазатын бөлім: стандартты бөлімнің алдына немесе одан кейін қосылады не оның мәтінін ауыстырады.","type":"object","additionalProperties":false,"required":["id","placement","section","body"],"properties":{"id":{"title":"Идентификатор раздела","description":"Короткое латинское имя раздела для ссылок и сравнения версий. Сілтемелер мен нұсқаларды салыстыруға арналған бөлімнің қысқа латын атауы.","type":"string","pattern":"^[a-z][a-z0-9-]*$","examples":["payment-cookies"],"maxLength":64},"placement":{"title":"Где поместить","description":"`before` — перед разделом, `after` — после раздела, `replace` — заменить текст раздела (заголовок остаётся стандартным, если не указан свой). `before` — бөлімнің алдында, `after` — бөлімнен кейін, `replace` — бөлімнің мәтінін ауыстыру (өз тақырыбы көрсетілмесе, тақырып стандартты болып қалады).","type":"string","enum":["before","after","replace"],"markdownEnumDescriptions":["`before` — перед стандартным разделом / стандартты бөлімнің алдында","`after` — после стандартного раздела / стандартты бөлімнен кейін","`replace` — вместо текста стандартного раздела / стандартты бөлімнің мәтінінің орнына"],"examples":["after"]},"section":{"title":"Стандартный раздел","description":"Идентификатор стандартного раздела, рядом с которым или вместо которого стоит этот текст. Осы мәтін қасында немесе орнында тұратын стандартты бөлімнің сәйкестендіргіші.","type":"string","enum":["introduction","what-are-cookies","categories","cookie-table","collected-data","server-logs","consent","third-parties","retention","managing-cookies","security","gdpr","changes","contacts"],"markdownEnumDescriptions":["`introduction` — раздел «Общие положения» / «Жалпы ережелер» бөлімі","`what-are-cookies` — раздел «Что такое файлы cookie» / «Cookie файлдары деген не» бөлімі","`categories` — раздел «Категории файлов cookie» / «Cookie файлдарының санаттары» бөлімі","`cookie-table` — раздел «Перечень файлов cookie» / «Cookie файлдарының тізбесі» бөлімі","`collected-data` — раздел «Какие сведения собирают файлы cookie» / «Cookie файлдары қандай мәліметтерді жинайды» бөлімі","`server-logs` — раздел «Журналы веб-сервера» / «Веб-сервер журналдары» бөлімі","`consent` — раздел «Согласие на использование файлов cookie» / «Cookie файлдарын пайдалануға келісім» бөлімі","`third-parties` — раздел «Сторонние сервисы и трансграничная передача» / «Үшінші тұлғалардың сервистері және трансшекаралық беру» бөлімі","`retention` — раздел «Сроки хранения» / «Сақтау мерзімдері» бөлімі","`managing-cookies` — раздел «Как отказаться от файлов cookie или удалить их» / «Cookie файлдарынан бас тарту және оларды жою» бөлімі","`security` — раздел «Защита сведений» / «Мәліметтерді қорғау» бөлімі","`gdpr` — раздел «Пользователи из Европейского союза» / «Еуропалық Одақтың пайдаланушылары» бөлімі","`changes` — раздел «Изменение Политики» / «Саясатқа өзгерістер енгізу» бөлімі","`contacts` — раздел «Контакты» / «Байланыс деректері» бөлімі"],"examples":["cookie-table"]},"title":{"title":"Заголовок","description":"Заголовок раздела на каждом языке. Обязателен для before/after. Бөлімнің әр тілдегі тақырыбы. `before` мен `after` үшін міндетті.","$ref":"#/$defs/localizedLine","examples":[{"ru":"Платёжные сервисы","kk":"Төлем қызметтері"}]},"body":{"title":"Текст раздела (Markdown)","description":"Текст раздела в Markdown на каждом языке. HTML внутри не выводится. Бөлімнің Markdown форматындағы мәтіні, әр тілде. Ішіндегі HTML шығарылмайды.","$ref":"#/$defs/localizedBody","examples":[{"ru":"Текст раздела.","kk":"Бөлім мәтіні."}]}}}},"privacyPolicy":{"title":"В политике конфиденциальности","description":"Разделы политики конфиденциальности. Құпиялылық саясатының бөлімдері.","type":"array","items":{"title":"Собственный раздел","description":"Раздел, который компания пишет сама: добавляется до или после стандартного раздела либо заменяет его текст. Компания өзі жазатын бөлім: стандартты бөлімнің алдына немесе одан кейін қосылады не оның мәтінін ауыстырады.","type":"object","additionalProperties":false,"required":["id","placement","section","body"],"properties":{"id":{"title":"Идентификатор раздела","description":"Короткое латинское имя раздела для ссылок и сравнения версий. Сілтемелер мен нұсқаларды салыстыруға арналған бөлімнің қысқа латын атауы.","type":"string","pattern":"^[a-z][a-z0-9-]*$","examples":["payment-cookies"],"maxLength":64},"placement":{"title":"Где поместить","description":"`before` — перед разделом, `after` — после раздела, `replace` — заменить текст раздела (заголовок остаётся стандартным, если не указан свой). `before` — бөлімнің алдында, `after` — бөлімнен кейін, `replace` — бөлімнің мәтінін ауыстыру (өз тақырыбы көрсетілмесе, тақырып стандартты болып қалады).","type":"string","enum":["before","after","replace"],"markdownEnumDescriptions":["`before` — перед стандартным разделом / стандартты бөлімнің алдында","`after` — после стандартного раздела / стандартты бөлімнен кейін","`replace` — вместо текста стандартного раздела / стандартты бөлімнің мәтінінің орнына"],"examples":["after"]},"section":{"title":"Стандартный раздел","description":"Идентификатор стандартного раздела, рядом с которым или вместо которого стоит этот текст. Осы мәтін қасында немесе орнында тұратын стандартты бөлімнің сәйкестендіргіші.","type":"string","enum":["introduction","operator","data-collected","purposes","retention","storage","recipients","cross-border","consent","rights","security","breach","minors","automated-decisions","marketing","cookies","device-permissions","authority","changes","contacts"],"markdownEnumDescriptions":["`introduction` — раздел «Общие положения» / «Жалпы ережелер» бөлімі","`operator` — раздел «Оператор персональных данных» / «Дербес деректердің операторы» бөлімі","`data-collected` — раздел «Какие персональные данные обрабатываются» / «Қандай дербес деректер өңделеді» бөлімі","`purposes` — раздел «Цели и правовые основания обработки» / «Өңдеу мақсаттары және құқықтық негіздері» бөлімі","`retention` — раздел «Сроки хранения» / «Сақтау мерзімдері» бөлімі","`storage` — раздел «Место хранения» / «Сақтау орны» бөлімі","`recipients` — раздел «Передача персональных данных третьим лицам» / «Дербес деректерді үшінші тұлғаларға беру» бөлімі","`cross-border` — раздел «Трансграничная передача» / «Трансшекаралық беру» бөлімі","`consent` — раздел «Согласие и его отзыв» / «Келісім және оны кері қайтарып алу» бөлімі","`rights` — раздел «Права субъекта персональных данных» / «Дербес деректер субъектісінің құқықтары» бөлімі","`security` — раздел «Защита персональных данных» / «Дербес деректерді қорғау» бөлімі","`breach` — раздел «Нарушение безопасности персональных данных» / «Дербес деректер қауіпсіздігінің бұзылуы» бөлімі","`minors` — раздел «Несовершеннолетние» / «Кәмелетке толмағандар» бөлімі","`automated-decisions` — раздел «Автоматизированные решения» / «Автоматтандырылған шешімдер» бөлімі","`marketing` — раздел «Рекламные рассылки» / «Жарнамалық таратылымдар» бөлімі","`cookies` — раздел «Файлы cookie» / «Cookie файлдары» бөлімі","`device-permissions` — раздел «Разрешения на устройстве» / «Құрылғыдағы рұқсаттар» бөлімі","`authority` — раздел «Уполномоченный орган» / «Уәкілетті орган» бөлімі","`changes` — раздел «Изменение Политики» / «Саясатқа өзгерістер енгізу» бөлімі","`contacts` — раздел «Контакты» / «Байланыс деректері» бөлімі"],"examples":["purposes"]},"title":{"title":"Заголовок","description":"Заголовок раздела на каждом языке. Обязателен для before/after. Бөлімнің әр тілдегі тақырыбы. `before` мен `after` үшін міндетті.","$ref":"#/$defs/localizedLine","examples":[{"ru":"Платёжные сервисы","kk":"Төлем қызметтері"}]},"body":{"title":"Текст раздела (Markdown)","description":"Текст раздела в Markdown на каждом языке. HTML внутри не выводится. Бөлімнің Markdown форматындағы мәтіні, әр тілде. Ішіндегі HTML шығарылмайды.","$ref":"#/$defs/localizedBody","examples":[{"ru":"Текст раздела.","kk":"Бөлім мәтіні."}]}}}}}},"vocabulary":{"title":"Свои термины","description":"Термины компании там, где нет подходящего ключа из списка: ключ и его формулировка на каждом языке, например `dataItem: {first-name: {ru: имя, kk: аты}}`. Ключ затем используется в фактах, как готовый. Тізімде лайықты кілт болмаған жерде компанияның өз терминдері: кілт және оның әр тілдегі тұжырымы, мысалы, `dataItem: {first-name: {ru: имя, kk: аты}}`. Содан кейін кілт фактілерде дайын кілт сияқты қолданылады.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"dataItem":{"title":"Свои виды сведений","description":"Ключ → формулировка на каждом языке (строчными, как она стоит в середине фразы). Кілт → оның әр тілдегі тұжырымы (сөйлемнің ортасында тұрғандай кіші әріппен).","type":"object","minProperties":1,"propertyNames":{"$ref":"#/$defs/customTerm"},"additionalProperties":{"$ref":"#/$defs/localizedLine"},"examples":[{"first-name":{"ru":"имя","kk":"аты"}}]},"dataCategory":{"title":"Свои категории данных","description":"Ключ → формулировка на каждом языке (строчными, как она стоит в середине фразы). Кілт → оның әр тілдегі тұжырымы (сөйлемнің ортасында тұрғандай кіші әріппен).","type":"object","minProperties":1,"propertyNames":{"$ref":"#/$defs/customTerm"},"additionalProperties":{"$ref":"#/$defs/localizedLine"},"examples":[{"loyalty":{"ru":"Данные программы лояльности","kk":"Адалдық бағдарламасының деректері"}}]},"dataSource":{"title":"Свои источники данных","description":"Ключ → формулировка на каждом языке (строчными, как она стоит в середине фразы). Кілт → оның әр тілдегі тұжырымы (сөйлемнің ортасында тұрғандай кіші әріппен).","type":"object","minProperties":1,"propertyNames":{"$ref":"#/$defs/customTerm"},"additionalProperties":{"$ref":"#/$defs/localizedLine"},"examples":[{"mobile-app":{"ru":"через мобильное приложение","kk":"мобильді қосымша арқылы"}}]},"processingPurpose":{"title":"Свои цели обработки","description":"Ключ → формулировка на каждом языке (строчными, как она стоит в середине фразы). Кілт → оның әр тілдегі тұжырымы (сөйлемнің ортасында тұрғандай кіші әріппен).","type":"object","minProperties":1,"propertyNames":{"$ref":"#/$defs/customTerm"},"additionalProperties":{"$ref":"#/$defs/localizedLine"},"examples":[{"loyalty-programme":{"ru":"Участие в программе лояльности","kk":"Адалдық бағдарламасына қатысу"}}]},"securityMeasure":{"title":"Свои меры защиты","description":"Ключ → формулировка на каждом языке (строчными, как она стоит в середине фразы). Кілт → оның әр тілдегі тұжырымы (сөйлемнің ортасында тұрғандай кіші әріппен).","type":"object","minProperties":1,"propertyNames":{"$ref":"#/$defs/customTerm"},"additionalProperties":{"$ref":"#/$defs/localizedLine"},"examples":[{"rate-limiting":{"ru":"ограничение числа запросов","kk":"сұраныстар санын шектеу"}}]},"right":{"title":"Свои права субъекта","description":"Ключ → формулировка на каждом языке (строчными, как она стоит в середине фразы). Кілт → оның әр тілдегі тұжырымы (сөйлемнің ортасында тұрғандай кіші әріппен).","type":"object","minProperties":1,"propertyNames":{"$ref":"#/$defs/customTerm"},"additionalProperties":{"$ref":"#/$defs/localizedLine"},"examples":[{"data-copy":{"ru":"получить копию своих данных","kk":"өз деректерінің көшірмесін алу"}}]},"recipientKind":{"title":"Свои виды получателей","description":"Ключ → формулировка на каждом языке (строчными, как она стоит в середине фразы). Кілт → оның әр тілдегі тұжырымы (сөйлемнің ортасында тұрғандай кіші әріппен).","type":"object","minProperties":1,"propertyNames":{"$ref":"#/$defs/customTerm"},"additionalProperties":{"$ref":"#/$defs/localizedLine"},"examples":[{"couriers":{"ru":"курьерские службы","kk":"курьерлік қызметтер"}}]}}},"doesNot":{"title":"Чего компания не делает","description":"Заявления компании о том, чего она не делает; документы говорят это прямо. use-cookies — не использует cookie, use-analytics — не использует сервисы аналитики, show-advertising — не показывает рекламу и не работает с рекламными сетями, sell-personal-data — не продаёт персональные данные, use-data-brokers — не покупает и не передаёт данные брокерам данных, track-across-sites — не отслеживает пользователей на других сайтах, keep-database — не ведёт базу персональных данных, transfer-abroad — не передаёт данные за границу. Компанияның өзі не істемейтіні туралы мәлімдемелері; құжаттар мұны тікелей айтады. `use-cookies` — cookie файлдарын пайдаланбайды, `use-analytics` — веб-аналитиканы қолданбайды, `show-advertising` — жарнама көрсетпейді және жарнамалық желілермен жұмыс істемейді, `sell-personal-data` — дербес деректерді сатпайды, `use-data-brokers` — деректер брокерлерінен деректерді сатып алмайды және оларға бермейді, `track-across-sites` — пайдаланушыларды басқа сайттарда бақыламайды, `keep-database` — дербес деректерді қамтитын база жүргізбейді, `transfer-abroad` — деректерді Қазақстаннан тыс жерлерге бермейді.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["use-cookies","use-analytics","show-advertising","sell-personal-data","use-data-brokers","track-across-sites","keep-database","transfer-abroad"],"markdownEnumDescriptions":["`use-cookies` — не использует файлы cookie / cookie файлдарын пайдаланбайды","`use-analytics` — не применяет веб-аналитику / веб-аналитиканы қолданбайды","`show-advertising` — не показывает рекламу третьих лиц и не работает с рекламными сетями / үшінші тұлғалардың жарнамасын көрсетпейді және жарнамалық желілермен жұмыс істемейді","`sell-personal-data` — не продаёт персональные данные / дербес деректерді сатпайды","`use-data-brokers` — не покупает персональные данные у брокеров данных и не передаёт их брокерам / деректер брокерлерінен дербес деректерді сатып алмайды және оларға бермейді","`track-across-sites` — не отслеживает пользователей на других сайтах / пайдаланушыларды басқа сайттарда бақыламайды","`keep-database` — не ведёт базу, содержащую персональные данные / дербес деректерді қамтитын база жүргізбейді","`transfer-abroad` — не передаёт персональные данные за пределы Республики Казахстан / дербес деректерді Қазақстан Республикасынан тыс жерлерге бермейді"]},"examples":[["sell-personal-data","use-data-brokers"]]},"devicePermissions":{"title":"Разрешения устройства","description":"Какие разрешения запрашивает приложение и зачем. Қосымша қандай рұқсаттарды және не үшін сұрайды.","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["permission","purpose"],"properties":{"permission":{"title":"Разрешение","description":"Разрешение на устройстве: camera, microphone, location, contacts, photos, notifications, bluetooth, storage. Құрылғыдағы рұқсат: `camera`, `microphone`, `location`, `contacts`, `photos`, `notifications`, `bluetooth`, `storage`.","type":"string","enum":["camera","microphone","location","contacts","photos","notifications","bluetooth","storage"],"markdownEnumDescriptions":["`camera` — камера / камера","`microphone` — микрофон / микрофон","`location` — геолокация / геолокация","`contacts` — контакты / контактілер","`photos` — фотографии и медиафайлы / фотосуреттер мен медиафайлдар","`notifications` — уведомления / хабарламалар","`bluetooth` — Bluetooth / Bluetooth","`storage` — память устройства / құрылғы жады"],"examples":["camera"]},"purpose":{"title":"Зачем","description":"Для чего нужно разрешение, на каждом языке. Рұқсат не үшін қажет, әр тілде.","$ref":"#/$defs/localizedText","examples":[{"ru":"чтобы сканировать документы","kk":"құжаттарды сканерлеу үшін"}]},"optional":{"title":"Можно отказать","description":"true — приложение работает и без этого разрешения. `true` — қосымша бұл рұқсатсыз да жұмыс істейді.","type":"boolean","examples":[true]}}},"examples":[[{"permission":"camera","purpose":{"ru":"чтобы сканировать документы","kk":"құжаттарды сканерлеу үшін"}}]]},"pushNotifications":{"title":"Push-уведомления","description":"Отправляет ли приложение push-уведомления; для этого хранится токен устройства. Қосымша push-хабарламалар жібере ме; ол үшін құрылғының токені сақталады.","type":"object","additionalProperties":false,"required":["used"],"properties":{"used":{"title":"Отправляются ли","description":"true — приложение отправляет push-уведомления. `true` — қосымша push-хабарламалар жібереді.","type":"boolean","examples":[true]},"marketing":{"title":"Рекламные ли","description":"true — среди уведомлений бывают рекламные (нужно отдельное согласие). `true` — хабарламалардың арасында жарнамалық хабарламалар да болады (бөлек келісім қажет).","type":"boolean","examples":[false]}}},"cookiesComplete":{"title":"Полный ли список cookie","description":"true — в `cookies` перечислены все cookie и сходные технологии; false — только примеры. Не указано — документ не говорит ни того, ни другого. `true` — `cookies` ішінде барлық cookie файлдары мен ұқсас технологиялар тізбеленген; `false` — тек мысалдар. Көрсетілмесе, құжат бұлардың ешқайсысын айтпайды.","type":"boolean","examples":[true]},"authority":{"title":"Уполномоченный орган","description":"Орган, с которым работает компания, если нужно назвать его иначе, чем по умолчанию (например, Комитет по информационной безопасности). Компания жұмыс істейтін орган, егер оны әдепкіден басқаша атау қажет болса (мысалы, Ақпараттық қауіпсіздік комитеті).","type":"object","additionalProperties":false,"required":["name","url"],"properties":{"name":{"title":"Название","description":"Название органа в творительном падеже не нужно: как в заголовке. Органның атауы көмектес септігінде емес, тақырыптағыдай жазылады.","$ref":"#/$defs/localizedLine","examples":[{"ru":"Комитет по информационной безопасности Министерства цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан","kk":"Қазақстан Республикасы Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігінің Ақпараттық қауіпсіздік комитеті"}]},"url":{"title":"Сайт","description":"Адрес сайта органа. Органның сайтының мекенжайы.","$ref":"#/$defs/httpsUrl","examples":["https://www.gov.kz/memleket/entities/infsecurity"]}}},"waivers":{"title":"Отказ от предупреждений","description":"Предупреждения, которые компания сознательно оставляет, с письменным объяснением; validate печатает их каждый раз. Ошибки так отключить нельзя. Компания жазбаша түсіндірмемен әдейі қалдыратын ескертулер; `validate` оларды әр жолы басып шығарады. Қателерді осылай өшіруге болмайды.","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["rule","reason"],"properties":{"rule":{"title":"Правило","description":"Идентификатор правила-предупреждения, например legitimate-interest-only. Ескерту ережесінің сәйкестендіргіші, мысалы, `legitimate-interest-only`.","$ref":"#/$defs/identifier","examples":["self-imposed-deadline"]},"reason":{"title":"Почему","description":"Объяснение юриста, почему предупреждение оставлено. Ескерту неге қалдырылғаны туралы заңгердің түсіндірмесі.","type":"string","minLength":1,"maxLength":1000,"format":"single-line","examples":["Срок ответа 3 рабочих дня закреплён во внутреннем регламенте компании."]}}},"examples":[[{"rule":"self-imposed-deadline","reason":"Срок ответа закреплён во внутреннем регламенте."}]]}},"$defs":{"localizedLine":{"title":"Строка на каждом языке","description":"Одна строка (название, адрес, должность, заголовок) на каждом языке публикации: {ru: …, kk: …}; без переносов строк, не длиннее 300 знаков. Жариялаудың әр тіліндегі бір жол (атау, мекенжай, лауазым, тақырып): `{ru: …, kk: …}`; жол ауыстырусыз, 300 таңбадан аспайды.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"ru":{"title":"Текст на русском","description":"Текст на русском языке. Орыс тіліндегі мәтін.","type":"string","minLength":1,"maxLength":300,"format":"single-line","examples":["Текст на русском языке"]},"kk":{"title":"Қазақша мәтін","description":"Текст на казахском языке. Қазақ тіліндегі мәтін.","type":"string","minLength":1,"maxLength":300,"format":"single-line","examples":["Қазақ тіліндегі мәтін"]}},"examples":[{"ru":"Текст","kk":"Мәтін"}]},"localizedText":{"title":"Текст на каждом языке","description":"Текст в одну строку на каждом языке публикации: {ru: …, kk: …}; без переносов строк, не длиннее 2000 знаков. Жариялаудың әр тіліндегі бір жолдық мәтін: `{ru: …, kk: …}`; жол ауыстырусыз, 2000 таңбадан аспайды.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"ru":{"title":"Текст на русском","description":"Текст на русском языке. Орыс тіліндегі мәтін.","type":"string","minLength":1,"maxLength":2000,"format":"single-line","examples":["Текст на русском языке"]},"kk":{"title":"Қазақша мәтін","description":"Текст на казахском языке. Қазақ тіліндегі мәтін.","type":"string","minLength":1,"maxLength":2000,"format":"single-line","examples":["Қазақ тіліндегі мәтін"]}},"examples":[{"ru":"Текст","kk":"Мәтін"}]},"localizedBody":{"title":"Текст раздела на каждом языке","description":"Текст в Markdown на каждом языке публикации: {ru: …, kk: …}; можно в несколько абзацев, не длиннее 20000 знаков. Жариялаудың әр тіліндегі Markdown мәтіні: `{ru: …, kk: …}`; бірнеше абзац болуы мүмкін, 20000 таңбадан аспайды.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"ru":{"title":"Текст на русском","description":"Текст на русском языке. Орыс тіліндегі мәтін.","type":"string","minLength":1,"maxLength":20000,"format":"multiline-text","examples":["Текст на русском языке"]},"kk":{"title":"Қазақша мәтін","description":"Текст на казахском языке. Қазақ тіліндегі мәтін.","type":"string","minLength":1,"maxLength":20000,"format":"multiline-text","examples":["Қазақ тіліндегі мәтін"]}},"examples":[{"ru":"Текст","kk":"Мәтін"}]},"localizedUrl":{"title":"Адрес на каждом языке","description":"https-адрес для каждого языка. Әр тілге арналған https-мекенжай.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"ru":{"title":"Текст на русском","description":"Текст на русском языке. Орыс тіліндегі мәтін.","type":"string","minLength":1,"format":"https-url","pattern":"^https://[^/?#\\s]+","examples":["https://example.kz/ru/"],"maxLength":2000},"kk":{"title":"Қазақша мәтін","description":"Текст на казахском языке. Қазақ тіліндегі мәтін.","type":"string","minLength":1,"format":"https-url","pattern":"^https://[^/?#\\s]+","examples":["https://example.kz/kk/"],"maxLength":2000}}},"documentVersion":{"title":"Версия документа","description":"Одна редакция документа: номер, дата вступления в силу и краткое описание изменений. Құжаттың бір редакциясы: нөмірі, күшіне енген күні және өзгерістердің қысқаша сипаттамасы.","type":"object","additionalProperties":false,"required":["version","effectiveDate","summary"],"properties":{"version":{"title":"Номер версии","description":"Номер редакции, например «2.1». Редакцияның нөмірі, мысалы, «2.1».","type":"string","pattern":"^[0-9]+(\\.[0-9]+){0,2}$","examples":["1.0","2.1"],"maxLength":20},"effectiveDate":{"title":"Дата вступления в силу","description":"Дата, с которой действует эта редакция, в формате ГГГГ-ММ-ДД. Осы редакция күшіне енген күн, ЖЖЖЖ-АА-КК форматында.","$ref":"#/$defs/calendarDate","examples":["2025-11-17"]},"summary":{"title":"Что изменилось","description":"Краткое описание изменений этой редакции на каждом языке. Осы редакциядағы өзгерістердің әр тілдегі қысқаша сипаттамасы.","$ref":"#/$defs/localizedText","examples":[{"ru":"Первая редакция.","kk":"Алғашқы редакция."}]}}},"calendarDate":{"title":"Дата","description":"Дата в формате ГГГГ-ММ-ДД, например 2025-11-17. ЖЖЖЖ-АА-КК форматындағы күн, мысалы, 2025-11-17.","type":"string","format":"date","examples":["2025-11-17"],"maxLength":32},"email":{"title":"Электронная почта","description":"Адрес вида name@example.kz. name@example.kz түріндегі мекенжай.","type":"string","format":"email","examples":["office@example.kz"],"maxLength":300},"phone":{"title":"Телефон","description":"Номер в международном формате: +7 727 338 39 93. Халықаралық форматтағы нөмір: +7 727 338 39 93.","type":"string","format":"phone","examples":["+7 727 338 39 93"],"maxLength":300},"httpsUrl":{"title":"Ссылка","description":"Адрес, начинающийся с https://. Мекенжай https:// деп басталуы тиіс.","type":"string","format":"https-url","pattern":"^https://[^/?#\\s]+","examples":["https://example.kz"],"maxLength":2000},"bin":{"title":"БИН/ИИН","description":"12 цифр с верной контрольной цифрой. Бақылау цифры дұрыс 12 цифр.","type":"string","format":"kz-bin","examples":["180940004961"],"maxLength":32},"identifier":{"title":"Идентификатор","description":"Латинские строчные буквы, цифры и дефис: google, yandex-metrica. Латынның кіші әріптері, цифрлар және дефис: `google`, `yandex-metrica`.","type":"string","pattern":"^[a-z][a-z0-9-]*$","examples":["google"],"maxLength":64},"period":{"title":"Период","description":"Период ISO 8601 с одной единицей: P2Y — 2 года, P6M — 6 месяцев, P30D — 30 дней, PT1H — 1 час. Бір өлшем бірлігі бар ISO 8601 кезеңі: `P2Y` — 2 жыл, `P6M` — 6 ай, `P30D` — 30 күн, `PT1H` — 1 сағат.","type":"string","format":"period","examples":["P2Y","P30D","PT1H"],"maxLength":64},"retention":{"title":"Срок хранения","description":"session — до закрытия браузера; период ISO 8601 (P2Y, P30D, PT1H); диапазон P1D/P2Y — от одного срока до другого; set-by-provider — срок устанавливает поставщик. `session` — браузер жабылғанға дейін; ISO 8601 кезеңі (`P2Y`, `P30D`, `PT1H`); `P1D/P2Y` аралығы — бір мерзімнен екіншісіне дейін; `set-by-provider` — мерзімді жеткізуші белгілейді.","type":"string","format":"retention","examples":["session","P2Y","P1D/P2Y","set-by-provider"],"maxLength":64},"country":{"title":"Страна","description":"Код страны ISO 3166-1 alpha-2: KZ, US, NL, DE. ISO 3166-1 alpha-2 бойынша елдің екі әріпті коды: `KZ`, `US`, `NL`, `DE`.","type":"string","enum":["AD","AE","AF","AG","AI","AL","AM","AO","AQ","AR","AS","AT","AU","AW","AX","AZ","BA","BB","BD","BE","BF","BG","BH","BI","BJ","BL","BM","BN","BO","BQ","BR","BS","BT","BV","BW","BY","BZ","CA","CC","CD","CF","CG","CH","CI","CK","CL","CM","CN","CO","CR","CU","CV","CW","CX","CY","CZ","DE","DJ","DK","DM","DO","DZ","EC","EE","EG","EH","ER","ES","ET","FI","FJ","FK","FM","FO","FR","GA","GB","GD","GE","GF","GG","GH","GI","GL","GM","GN","GP","GQ","GR","GS","GT","GU","GW","GY","HK","HM","HN","HR","HT","HU","ID","IE","IL","IM","IN","IO","IQ","IR","IS","IT","JE","JM","JO","JP","KE","KG","KH","KI","KM","KN","KP","KR","KW","KY","KZ","LA","LB","LC","LI","LK","LR","LS","LT","LU","LV","LY","MA","MC","MD","ME","MF","MG","MH","MK","ML","MM","MN","MO","MP","MQ","MR","MS","MT","MU","MV","MW","MX","MY","MZ","NA","NC","NE","NF","NG","NI","NL","NO","NP","NR","NU","NZ","OM","PA","PE","PF","PG","PH","PK","PL","PM","PN","PR","PS","PT","PW","PY","QA","RE","RO","RS","RU","RW","SA","SB","SC","SD","SE","SG","SH","SI","SJ","SK","SL","SM","SN","SO","SR","SS","ST","SV","SX","SY","SZ","TC","TD","TF","TG","TH","TJ","TK","TL","TM","TN","TO","TR","TT","TV","TW","TZ","UA","UG","UM","US","UY","UZ","VA","VC","VE","VG","VI","VN","VU","WF","WS","YE","YT","ZA","ZM","ZW"],"markdownEnumDescriptions":["`AD` — Андорра / Андорра","`AE` — ОАЭ / Біріккен Араб Әмірліктері","`AF` — Афганистан / Ауғанстан","`AG` — Антигуа и Барбуда / Антигуа және Барбуда","`AI` — Ангилья / Ангилья","`AL` — Албания / Албания","`AM` — Армения / Армения","`AO` — Ангола / Ангола","`AQ` — Антарктида / Антарктида","`AR` — Аргентина / Аргентина","`AS` — Американское Самоа / Америкалық Самоа","`AT` — Австрия / Аустрия","`AU` — Австралия / Аустралия","`AW` — Аруба / Аруба","`AX` — Аландские о-ва / Аланд аралдары","`AZ` — Азербайджан / Әзірбайжан","`BA` — Босния и Герцеговина / Босния және Герцеговина","`BB` — Барбадос / Барбадос","`BD` — Бангладеш / Бангладеш","`BE` — Бельгия / Бельгия","`BF` — Буркина-Фасо / Буркина-Фасо","`BG` — Болгария / Болгария","`BH` — Бахрейн / Бахрейн","`BI` — Бурунди / Бурунди","`BJ` — Бенин / Бенин","`BL` — Сен-Бартелеми / Сен-Бартелеми","`BM` — Бермудские о-ва / Бермуд аралдары","`BN` — Бруней / Бруней","`BO` — Боливия / Боливия","`BQ` — Бонэйр, Синт-Эстатиус и Саба / Бонэйр, Синт-Эстатиус және Саба","`BR` — Бразилия / Бразилия","`BS` — Багамы / Багам аралдары","`BT` — Бутан / Бутан","`BV` — о-в Буве / Буве аралы","`BW` — Ботсвана / Ботсвана","`BY` — Беларусь / Беларусь","`BZ` — Белиз / Белиз","`CA` — Канада / Канада","`CC` — Кокосовые о-ва / Кокос (Килинг) аралдары","`CD` — Конго - Киншаса / Конго","`CF` — Центрально-Африканская Республика / Орталық Африка Республикасы","`CG` — Конго - Браззавиль / Конго-Браззавиль Республикасы","`CH` — Швейцария / Швейцария","`CI` — Кот-д’Ивуар / Кот-д’Ивуар","`CK` — о-ва Кука / Кук аралдары","`CL` — Чили / Чили","`CM` — Камерун / Камерун","`CN` — Китай / Қытай","`CO` — Колумбия / Колумбия","`CR` — Коста-Рика / Коста-Рика","`CU` — Куба / Куба","`CV` — Кабо-Верде / Кабо-Верде","`CW` — Кюрасао / Кюрасао","`CX` — о-в Рождества / Рождество аралы","`CY` — Кипр / Кипр","`CZ` — Чехия / Чехия","`DE` — Германия / Германия","`DJ` — Джибути / Джибути","`DK` — Дания / Дания","`DM` — Доминика / Доминика","`DO` — Доминиканская Республика / Доминикан Республикасы","`DZ` — Алжир / Алжир","`EC` — Эквадор / Эквадор","`EE` — Эстония / Эстония","`EG` — Египет / Мысыр","`EH` — Западная Сахара / Батыс Сахара","`ER` — Эритрея / Эритрея","`ES` — Испания / Испания","`ET` — Эфиопия / Эфиопия","`FI` — Финляндия / Финляндия","`FJ` — Фиджи / Фиджи","`FK` — Фолклендские о-ва / Фолкленд аралдары","`FM` — Федеративные Штаты Микронезии / Микронезия","`FO` — Фарерские о-ва / Фарер аралдары","`FR` — Франция / Франция","`GA` — Габон / Габон","`GB` — Великобритания / Ұлыбритания","`GD` — Гренада / Гренада","`GE` — Грузия / Грузия","`GF` — Французская Гвиана / Француз Гвианасы","`GG` — Гернси / Гернси","`GH` — Гана / Гана","`GI` — Гибралтар / Гибралтар","`GL` — Гренландия / Гренландия","`GM` — Гамбия / Гамбия","`GN` — Гвинея / Гвинея","`GP` — Гваделупа / Гваделупа","`GQ` — Экваториальная Гвинея / Экваторлық Гвинея","`GR` — Греция / Грекия","`GS` — Южная Георгия и Южные Сандвичевы о-ва / Оңтүстік Георгия және Оңтүстік Сандвич аралдары","`GT` — Гватемала / Гватемала","`GU` — Гуам / Гуам","`GW` — Гвинея-Бисау / Гвинея-Бисау","`GY` — Гайана / Гайана","`HK` — Гонконг (САР) / Сянган АӘА","`HM` — о-ва Херд и Макдональд / Херд аралы және Макдональд аралдары","`HN` — Гондурас / Гондурас","`HR` — Хорватия / Хорватия","`HT` — Гаити / Гаити","`HU` — Венгрия / Венгрия","`ID` — Индонезия / Индонезия","`IE` — Ирландия / Ирландия","`IL` — Израиль / Израиль","`IM` — о-в Мэн / Мэн аралы","`IN` — Индия / Үндістан","`IO` — Британская территория в Индийском океане / Үнді мұхитындағы Британ аймағы","`IQ` — Ирак / Ирак","`IR` — Иран / Иран","`IS` — Исландия / Исландия","`IT` — Италия / Италия","`JE` — Джерси / Джерси","`JM` — Ямайка / Ямайка","`JO` — Иордания / Иордания","`JP` — Япония / Жапония","`KE` — Кения / Кения","`KG` — Киргизия / Қырғызстан","`KH` — Камбоджа / Камбоджа","`KI` — Кирибати / Кирибати","`KM` — Коморы / Комор аралдары","`KN` — Сент-Китс и Невис / Сент-Китс және Невис","`KP` — КНДР / Солтүстік Корея","`KR` — Республика Корея / Оңтүстік Корея","`KW` — Кувейт / Кувейт","`KY` — о-ва Кайман / Кайман аралдары","`KZ` — Казахстан / Қазақстан","`LA` — Лаос / Лаос","`LB` — Ливан / Ливан","`LC` — Сент-Люсия / Сент-Люсия","`LI` — Лихтенштейн / Лихтенштейн","`LK` — Шри-Ланка / Шри-Ланка","`LR` — Либерия / Либерия","`LS` — Лесото / Лесото","`LT` — Литва / Литва","`LU` — Люксембург / Люксембург","`LV` — Латвия / Латвия","`LY` — Ливия / Ливия","`MA` — Марокко / Марокко","`MC` — Монако / Монако","`MD` — Молдова / Молдова","`ME` — Черногория / Черногория","`MF` — Сен-Мартен / Сен-Мартен","`MG` — Мадагаскар / Мадагаскар","`MH` — Маршалловы о-ва / Маршалл аралдары","`MK` — Северная Македония / Солтүстік Македония","`ML` — Мали / Мали","`MM` — Мьянма (Бирма) / Мьянма (Бирма)","`MN` — Монголия / Моңғолия","`MO` — Макао (САР) / Макао АӘА","`MP` — Северные Марианские о-ва / Солтүстік Мариана аралдары","`MQ` — Мартиника / Мартиника","`MR` — Мавритания / Мавритания","`MS` — Монтсеррат / Монтсеррат","`MT` — Мальта / Мальта","`MU` — Маврикий / Маврикий","`MV` — Мальдивы / Мальдив аралдары","`MW` — Малави / Малави","`MX` — Мексика / Мексика","`MY` — Малайзия / Малайзия","`MZ` — Мозамбик / Мозамбик","`NA` — Намибия / Намибия","`NC` — Новая Каледония / Жаңа Каледония","`NE` — Нигер / Нигер","`NF` — о-в Норфолк / Норфолк аралы","`NG` — Нигерия / Нигерия","`NI` — Никарагуа / Никарагуа","`NL` — Нидерланды / Нидерланд","`NO` — Норвегия / Норвегия","`NP` — Непал / Непал","`NR` — Науру / Науру","`NU` — Ниуэ / Ниуэ","`NZ` — Новая Зеландия / Жаңа Зеландия","`OM` — Оман / Оман","`PA` — Панама / Панама","`PE` — Перу / Перу","`PF` — Французская Полинезия / Француз Полинезиясы","`PG` — Папуа — Новая Гвинея / Папуа — Жаңа Гвинея","`PH` — Филиппины / Филиппин аралдары","`PK` — Пакистан / Пәкістан","`PL` — Польша / Польша","`PM` — Сен-Пьер и Микелон / Сен-Пьер және Микелон","`PN` — о-ва Питкэрн / Питкэрн аралдары","`PR` — Пуэрто-Рико / Пуэрто-Рико","`PS` — Палестинские территории / Палестина аймақтары","`PT` — Португалия / Португалия","`PW` — Палау / Палау","`PY` — Парагвай / Парагвай","`QA` — Катар / Катар","`RE` — Реюньон / Реюньон","`RO` — Румыния / Румыния","`RS` — Сербия / Сербия","`RU` — Россия / Ресей","`RW` — Руанда / Руанда","`SA` — Саудовская Аравия / Сауд Арабиясы","`SB` — Соломоновы о-ва / Соломон аралдары","`SC` — Сейшельские о-ва / Сейшель аралдары","`SD` — Судан / Судан","`SE` — Швеция / Швеция","`SG` — Сингапур / Сингапур","`SH` — о-в Св. Елены / Әулие Елена аралы","`SI` — Словения / Словения","`SJ` — Шпицберген и Ян-Майен / Шпицберген және Ян-Майен","`SK` — Словакия / Словакия","`SL` — Сьерра-Леоне / Сьерра-Леоне","`SM` — Сан-Марино / Сан-Марино","`SN` — Сенегал / Сенегал","`SO` — Сомали / Сомали","`SR` — Суринам / Суринам","`SS` — Южный Судан / Оңтүстік Судан","`ST` — Сан-Томе и Принсипи / Сан-Томе және Принсипи","`SV` — Сальвадор / Сальвадор","`SX` — Синт-Мартен / Синт-Мартен","`SY` — Сирия / Сирия","`SZ` — Эсватини / Эсватини","`TC` — Тёркс и Кайкос / Теркс және Кайкос аралдары","`TD` — Чад / Чад","`TF` — Французские Южные территории / Францияның оңтүстік аймақтары","`TG` — Того / Того","`TH` — Таиланд / Таиланд","`TJ` — Таджикистан / Тәжікстан","`TK` — Токелау / Токелау","`TL` — Восточный Тимор / Тимор-Лесте","`TM` — Туркменистан / Түрікменстан","`TN` — Тунис / Тунис","`TO` — Тонга / Тонга","`TR` — Турция / Түркия","`TT` — Тринидад и Тобаго / Тринидад және Тобаго","`TV` — Тувалу / Тувалу","`TW` — Тайвань / Тайвань","`TZ` — Танзания / Танзания","`UA` — Украина / Украина","`UG` — Уганда / Уганда","`UM` — Внешние малые о-ва (США) / АҚШ-тың сыртқы кіші аралдары","`US` — Соединённые Штаты Америки / Америка Құрама Штаттары","`UY` — Уругвай / Уругвай","`UZ` — Узбекистан / Өзбекстан","`VA` — Ватикан / Ватикан","`VC` — Сент-Винсент и Гренадины / Сент-Винсент және Гренадин аралдары","`VE` — Венесуэла / Венесуэла","`VG` — Виргинские о-ва (Великобритания) / Британдық Виргин аралдары","`VI` — Виргинские о-ва (США) / АҚШ-тың Виргин аралдары","`VN` — Вьетнам / Вьетнам","`VU` — Вануату / Вануату","`WF` — Уоллис и Футуна / Уоллис және Футуна","`WS` — Самоа / Самоа","`YE` — Йемен / Йемен","`YT` — Майотта / Майотта","`ZA` — Южно-Африканская Республика / Оңтүстік Африка","`ZM` — Замбия / Замбия","`ZW` — Зимбабве / Зимбабве"],"examples":["KZ","US"]},"legalForm":{"title":"Организационно-правовая форма","description":"llp — ТОО/ЖШС, jsc — АО/АҚ, sole-proprietor — ИП/ЖК, mfo — МФО/МҚҰ, other — другая форма (укажите её в legalFormName). `llp` — ЖШС, `jsc` — АҚ, `sole-proprietor` — ЖК, `mfo` — МҚҰ, `other` — басқа нысан (оны `legalFormName` ішінде көрсетіңіз).","type":"string","enum":["llp","jsc","sole-proprietor","mfo","other"],"markdownEnumDescriptions":["`llp` — ТОО (товарищество с ограниченной ответственностью) / ЖШС (жауапкершілігі шектеулі серіктестігі)","`jsc` — АО (акционерное общество) / АҚ (акционерлік қоғамы)","`sole-proprietor` — ИП (индивидуальный предприниматель) / ЖК (жеке кәсіпкері)","`mfo` — МФО (микрофинансовая организация) / МҚҰ (микроқаржы ұйымы)","`other` — другая форма (укажите её в `legalFormName`) / басқа нысан (оны `legalFormName` ішінде көрсетіңіз)"],"examples":["llp","jsc"]},"audience":{"title":"Аудитория","description":"site-visitors — посетители сайтов, customers — клиенты, all-users — все пользователи. `site-visitors` — сайттарға кірушілер, `customers` — клиенттер, `all-users` — барлық пайдаланушылар.","type":"string","enum":["site-visitors","customers","all-users"],"markdownEnumDescriptions":["`site-visitors` — посетителям сайтов / сайттарға кірушілерге","`customers` — клиентам / клиенттерге","`all-users` — всем пользователям / барлық пайдаланушыларға"],"examples":["site-visitors","customers"]},"changeNotice":{"title":"Уведомление об изменениях","description":"banner-on-next-visit — сообщение при следующем посещении, publication-only — только публикация на сайте, email — письмо, account-notice — уведомление в личном кабинете, in-app-notice — уведомление в приложении. `banner-on-next-visit` — келесі кірген кезде хабарлама, `publication-only` — тек сайтта жариялау, `email` — хат, `account-notice` — жеке кабинеттегі хабарлама, `in-app-notice` — қосымшадағы хабарлама.","type":"string","enum":["banner-on-next-visit","publication-only","email","account-notice","in-app-notice"],"markdownEnumDescriptions":["`banner-on-next-visit` — показывает уведомление при первом посещении сайта после изменений / жаңа редакция жарияланғаннан кейін пайдаланушы сайтқа алғаш кірген кезде хабарлама көрсету","`publication-only` — публикует новую редакцию на сайте / сайтта жаңа редакцияны жариялау","`email` — направляет письмо на адрес электронной почты пользователя / пайдаланушының электрондық пошта мекенжайына хат жіберу","`account-notice` — размещает уведомление в личном кабинете / жеке кабинетте хабарлама орналастыру","`in-app-notice` — выводит сообщение в приложении / қосымшада хабарландыру шығару"],"examples":["banner-on-next-visit","publication-only"]},"cookieCategory":{"title":"Категория cookie","description":"strictly-necessary — строго необходимые, functional — функциональные, analytics — аналитические, marketing — маркетинговые, session — сессионные. `strictly-necessary` — қатаң қажетті, `functional` — функционалдық, `analytics` — аналитикалық, `marketing` — маркетингтік, `session` — сессиялық.","type":"string","enum":["strictly-necessary","functional","analytics","marketing","session"],"markdownEnumDescriptions":["`strictly-necessary` — Строго необходимые файлы cookie / Қатаң қажетті cookie файлдары","`functional` — Функциональные файлы cookie / Функционалдық cookie файлдары","`analytics` — Аналитические файлы cookie / Аналитикалық cookie файлдары","`marketing` — Маркетинговые файлы cookie / Маркетингтік cookie файлдары","`session` — Сессионные файлы cookie / Сессиялық cookie файлдары"],"examples":["strictly-necessary","functional"]},"cookiePurpose":{"title":"Цель cookie","description":"Цель использования cookie или сервиса. Cookie файлын немесе сервисті пайдалану мақсаты.","type":"string","enum":["site-operation","authentication","security","load-balancing","consent-storage","preferences","usage-statistics","site-improvement","product-development","personalization","advertising","retargeting","ad-frequency","campaign-measurement","market-research","support-chat"],"markdownEnumDescriptions":["`site-operation` — обеспечение работы сайта / сайттың жұмысын қамтамасыз ету","`authentication` — вход в личный кабинет и подтверждение личности пользователя / жеке кабинетке кіру және пайдаланушының жеке басын растау","`security` — защита сайта и пользователей от мошенничества и атак / сайт пен пайдаланушыларды алаяқтықтан және шабуылдардан қорғау","`load-balancing` — распределение нагрузки между серверами / жүктемені серверлер арасында бөлу","`consent-storage` — хранение выбора пользователя в отношении файлов cookie / пайдаланушының cookie файлдарына қатысты таңдауын сақтау","`preferences` — запоминание языка, региона и настроек / тілді, өңірді және баптауларды есте сақтау","`usage-statistics` — сбор статистики посещений / сайтқа кіру статистикасын жинау","`site-improvement` — улучшение сайта и исправление ошибок / сайтты жетілдіру және қателерді түзету","`product-development` — развитие продуктов и сервисов / өнімдер мен сервистерді дамыту","`personalization` — персонализация содержания и предложений / мазмұн мен ұсыныстарды дербестендіру","`advertising` — показ рекламы с учётом интересов пользователя / пайдаланушының қызығушылықтарын ескере отырып жарнама көрсету","`retargeting` — повторный показ рекламы посетителям сайта / сайтқа кірген адамдарға жарнаманы қайта көрсету","`ad-frequency` — ограничение числа показов рекламы / жарнаманың көрсетілу санын шектеу","`campaign-measurement` — оценка эффективности рекламных кампаний / жарнамалық науқандардың тиімділігін бағалау","`market-research` — маркетинговые и статистические исследования / маркетингтік және статистикалық зерттеулер","`support-chat` — работа чата поддержки / қолдау чатының жұмысы"],"examples":["site-operation","authentication"]},"technologyType":{"title":"Технология","description":"Вид технологии: cookie, local-storage, session-storage, pixel, web-beacon. Технология түрі: `cookie`, `local-storage`, `session-storage`, `pixel`, `web-beacon`.","type":"string","enum":["cookie","local-storage","session-storage","pixel","web-beacon"],"markdownEnumDescriptions":["`cookie` — файл cookie / cookie файлы","`local-storage` — локальное хранилище браузера / браузердің жергілікті қоймасы","`session-storage` — хранилище сеанса браузера / браузердің сеанс қоймасы","`pixel` — пиксель / пиксель","`web-beacon` — веб-маяк / веб-маяк"],"examples":["cookie","local-storage"]},"dataItem":{"title":"Сведения","description":"Вид сведений: ip-address, browser, email, phone… Можно и свой термин, описанный в `vocabulary`. Мәліметтің түрі: `ip-address`, `browser`, `email`, `phone`… `vocabulary` ішінде сипатталған өз терминіңізді де қолдануға болады.","anyOf":[{"type":"string","enum":["full-name","birth-date","gender","iin","id-document","id-document-copy","phone","email","postal-address","city","photos","voice-and-camera","correspondence","education-documents","company-documents","payment-details","income-and-employment","credit-history","health","account-credentials","ip-address","mac-address","device-type","device-id","device-configuration","operating-system","browser","browser-language","screen-resolution","connection-speed","software-version","error-reports","user-id","geolocation","country-region","internet-provider","pages-visited","visit-count","session-duration","referrer","exit-links","search-queries","clicks-and-actions","date-time","response-status","bytes-sent"],"markdownEnumDescriptions":["`full-name` — фамилия, имя и отчество / тегі, аты және әкесінің аты","`birth-date` — дата рождения / туған күні","`gender` — пол / жынысы","`iin` — ИИН / ЖСН","`id-document` — данные документа, удостоверяющего личность / жеке басын куәландыратын құжаттың деректері","`id-document-copy` — копия документа, удостоверяющего личность / жеке басын куәландыратын құжаттың көшірмесі","`phone` — номер телефона / телефон нөмірі","`email` — адрес электронной почты / электрондық пошта мекенжайы","`postal-address` — почтовый адрес / пошталық мекенжайы","`city` — город проживания / тұратын қаласы","`photos` — фотографии / фотосуреттер","`voice-and-camera` — записи с микрофона и камеры / микрофон мен камерадан алынған жазбалар","`correspondence` — переписка с пользователем / пайдаланушымен хат алмасу","`education-documents` — документы об образовании / білімі туралы құжаттар","`company-documents` — учредительные документы юридического лица / заңды тұлғаның құрылтай құжаттары","`payment-details` — платёжные реквизиты / төлем деректемелері","`income-and-employment` — сведения о доходах и занятости / табысы мен жұмыспен қамтылуы туралы мәліметтер","`credit-history` — кредитная история / кредиттік тарих","`health` — сведения о состоянии здоровья / денсаулық жағдайы туралы мәліметтер","`account-credentials` — логин и пароль учётной записи / есептік жазбаның логині мен құпиясөзі","`ip-address` — IP-адрес / IP-мекенжай","`mac-address` — MAC-адрес / MAC-мекенжай","`device-type` — тип устройства / құрылғының түрі","`device-id` — идентификатор устройства / құрылғының сәйкестендіргіші","`device-configuration` — техническая конфигурация устройства / құрылғының техникалық конфигурациясы","`operating-system` — операционная система / операциялық жүйе","`browser` — браузер и его версия / браузер және оның нұсқасы","`browser-language` — язык браузера / браузердің тілі","`screen-resolution` — разрешение экрана / экранның ажыратымдылығы","`connection-speed` — скорость соединения / байланыс жылдамдығы","`software-version` — версия программного обеспечения / бағдарламалық қамтамасыз етудің нұсқасы","`error-reports` — сведения об ошибках / қателер туралы мәліметтер","`user-id` — идентификатор пользователя / пайдаланушының сәйкестендіргіші","`geolocation` — геолокация / геолокация","`country-region` — страна и регион / елі мен өңірі","`internet-provider` — интернет-провайдер / интернет-провайдер","`pages-visited` — просмотренные страницы / қаралған беттер","`visit-count` — число посещений / кірулер саны","`session-duration` — продолжительность посещения / сайтта болу ұзақтығы","`referrer` — страница, с которой пользователь пришёл на сайт / пайдаланушыны сайтқа бағыттаған бет","`exit-links` — ссылки, по которым пользователь ушёл с сайта / пайдаланушы сайттан шығу үшін басқан сілтемелер","`search-queries` — поисковые запросы / іздеу сұраулары","`clicks-and-actions` — нажатия и другие действия на сайте / сайттағы басулар мен басқа да әрекеттер","`date-time` — дата и время запроса / сұраудың күні мен уақыты","`response-status` — результат обработки запроса / сұрауды өңдеу нәтижесі","`bytes-sent` — объём переданных данных / берілген деректердің көлемі"]},{"$ref":"#/$defs/customTerm"}],"examples":["full-name","birth-date"]},"dataCategory":{"title":"Категория данных","description":"Группа персональных данных. Можно и свой термин, описанный в `vocabulary`. Дербес деректер тобы. `vocabulary` ішінде сипатталған өз терминіңізді де қолдануға болады.","anyOf":[{"type":"string","enum":["identification","contact","account","documents","communications","media","financial","technical","usage","location","marketing-preferences"],"markdownEnumDescriptions":["`identification` — идентификационные данные / сәйкестендіру деректері","`contact` — контактные данные / байланыс деректері","`account` — данные учётной записи / есептік жазба деректері","`documents` — документы / құжаттар","`communications` — переписка / хат алмасу","`media` — фотографии, аудио и видео / фотосуреттер, аудио- және бейнежазбалар","`financial` — финансовые данные / қаржылық деректер","`technical` — технические данные / техникалық деректер","`usage` — данные об использовании сервисов / сервистерді пайдалану туралы деректер","`location` — данные о местоположении / орналасқан жері туралы деректер","`marketing-preferences` — предпочтения в отношении рассылок / таратылымдарға қатысты қалаулар"]},{"$ref":"#/$defs/customTerm"}],"examples":["identification","contact"]},"dataSource":{"title":"Источник данных","description":"data-subject — сам субъект, cookies-and-similar — cookie, third-parties — третьи лица… Можно и свой термин, описанный в `vocabulary`. `data-subject` — субъектінің өзі, `cookies-and-similar` — cookie файлдары, `third-parties` — үшінші тұлғалар… `vocabulary` ішінде сипатталған өз терминіңізді де қолдануға болады.","anyOf":[{"type":"string","enum":["data-subject","cookies-and-similar","server-logs","third-parties","partners","public-sources","state-databases"],"markdownEnumDescriptions":["`data-subject` — от самого субъекта / субъектінің өзінен","`cookies-and-similar` — с помощью файлов cookie и сходных технологий / cookie файлдары мен ұқсас технологиялар арқылы","`server-logs` — из журналов веб-сервера / веб-сервер журналдарынан","`third-parties` — от третьих лиц с согласия субъекта / субъектінің келісімімен үшінші тұлғалардан","`partners` — от деловых партнёров / іскер серіктестерден","`public-sources` — из общедоступных источников / жалпыға қолжетімді дереккөздерден","`state-databases` — из государственных баз данных в установленных законом случаях / заңда белгіленген жағдайларда мемлекеттік деректер базаларынан"]},{"$ref":"#/$defs/customTerm"}],"examples":["data-subject","cookies-and-similar"]},"processingPurpose":{"title":"Цель обработки","description":"Цель обработки персональных данных. Можно и свой термин, описанный в `vocabulary`. Дербес деректерді өңдеу мақсаты. `vocabulary` ішінде сипатталған өз терминіңізді де қолдануға болады.","anyOf":[{"type":"string","enum":["service-provision","contract-performance","customer-support","communication","identity-verification","credit-assessment","dispute-resolution","feedback","service-improvement","analytics","personalization","marketing-communications","data-accuracy-checks","fraud-prevention","security","legal-compliance","advertising"],"markdownEnumDescriptions":["`service-provision` — оказание услуг / қызметтер көрсету","`contract-performance` — заключение и исполнение договора / шарт жасасу және оны орындау","`customer-support` — поддержка клиентов / клиенттерді қолдау","`communication` — связь с пользователем / пайдаланушымен байланыс","`identity-verification` — подтверждение личности / жеке басты растау","`credit-assessment` — оценка платёжеспособности / төлем қабілеттілігін бағалау","`dispute-resolution` — разрешение споров / дауларды шешу","`feedback` — сбор отзывов / пікірлер жинау","`service-improvement` — анализ и улучшение услуг / қызметтерді талдау және жетілдіру","`analytics` — аналитика посещений / сайтқа кіруді талдау","`personalization` — персонализация услуг / қызметтерді дербестендіру","`marketing-communications` — рекламные рассылки / жарнамалық хабарламалар жіберу","`data-accuracy-checks` — проверка точности данных / деректердің дұрыстығын тексеру","`fraud-prevention` — предотвращение мошенничества / алаяқтықтың алдын алу","`security` — обеспечение безопасности / қауіпсіздікті қамтамасыз ету","`legal-compliance` — исполнение требований законодательства / заңнама талаптарын орындау","`advertising` — показ рекламы, в том числе повторный показ рекламы посетителям сайта / жарнама көрсету, оның ішінде сайтқа кірушілерге жарнаманы қайта көрсету"]},{"$ref":"#/$defs/customTerm"}],"examples":["service-provision","contract-performance"]},"legalBasis":{"title":"Правовое основание","description":"consent — согласие, contract — договор, legal-obligation — требование закона, vital-interests — защита жизни и здоровья, legitimate-interests — законный интерес (только GDPR). `consent` — келісім, `contract` — шарт, `legal-obligation` — заң талабы, `vital-interests` — өмір мен денсаулықты қорғау, `legitimate-interests` — заңды мүдде (тек GDPR).","type":"string","enum":["consent","contract","legal-obligation","vital-interests","legitimate-interests"],"markdownEnumDescriptions":["`consent` — согласие субъекта / субъектінің келісімі","`contract` — исполнение договора с субъектом / субъектімен жасалған шартты орындау","`legal-obligation` — требование закона / заң талабы","`vital-interests` — защита жизни и здоровья субъекта / субъектінің өмірі мен денсаулығын қорғау","`legitimate-interests` — законный интерес (основание по GDPR) / заңды мүдде (GDPR негізі)"],"examples":["consent","contract"]},"recipientKind":{"title":"Вид получателя","description":"Кому передаются данные. Можно и свой термин, описанный в `vocabulary`. Деректер кімге беріледі. `vocabulary` ішінде сипатталған өз терминіңізді де қолдануға болады.","anyOf":[{"type":"string","enum":["service-providers","analytics-providers","advertising-partners","chat-provider","hosting-providers","payment-providers","credit-bureaus","group-companies","partners","at-subject-request","state-bodies"],"markdownEnumDescriptions":["`service-providers` — поставщики вспомогательных услуг / көмекші қызметтер көрсететін ұйымдар","`analytics-providers` — сервисы веб-аналитики / веб-талдау сервистері","`advertising-partners` — рекламные партнёры / жарнама серіктестері","`chat-provider` — сервисы онлайн-чата для связи с пользователями / пайдаланушылармен байланысуға арналған онлайн-чат сервистері","`hosting-providers` — хостинг-провайдеры и центры обработки данных / хостинг-провайдерлер және деректерді өңдеу орталықтары","`payment-providers` — платёжные сервисы / төлем сервистері","`credit-bureaus` — кредитные бюро / кредиттік бюролар","`group-companies` — компании группы / топ компаниялары","`partners` — партнёры / серіктестер","`at-subject-request` — лица, которым данные направляются по просьбе самого субъекта / субъектінің өз өтініші бойынша деректер жіберілетін тұлғалар","`state-bodies` — государственные и правоохранительные органы по запросу в установленном законом порядке / заңда белгіленген тәртіппен сұрау салған мемлекеттік және құқық қорғау органдары"]},{"$ref":"#/$defs/customTerm"}],"examples":["service-providers","analytics-providers"]},"thirdPartyKind":{"title":"Вид третьей стороны","description":"Вид третьей стороны: analytics, advertising, hosting, chat, crm, payments, messaging, credit-bureau, learning-platform, other. Үшінші тарап түрі: `analytics`, `advertising`, `hosting`, `chat`, `crm`, `payments`, `messaging`, `credit-bureau`, `learning-platform`, `other`.","type":"string","enum":["analytics","advertising","hosting","chat","crm","payments","messaging","credit-bureau","learning-platform","other"],"markdownEnumDescriptions":["`analytics` — веб-аналитика / веб-талдау","`advertising` — реклама / жарнама","`hosting` — хостинг / хостинг","`chat` — чат / чат","`crm` — CRM-система / CRM жүйесі","`payments` — платежи / төлемдер","`messaging` — рассылки / таратылымдар","`credit-bureau` — кредитное бюро / кредиттік бюро","`learning-platform` — платформа обучения / оқыту платформасы","`other` — прочие услуги / өзге қызметтер"],"examples":["analytics","advertising"]},"right":{"title":"Право субъекта","description":"Право из ст. 24 Закона или GDPR. Можно и свой термин, описанный в `vocabulary`. Заңның 24-бабындағы немесе GDPR бойынша құқық. `vocabulary` ішінде сипатталған өз терминіңізді де қолдануға болады.","anyOf":[{"type":"string","enum":["know-processing","access","rectify","block","destroy","withdraw-consent","public-sources","object-automated","complain","protection","restrict","object","portability"],"markdownEnumDescriptions":["`know-processing` — знать, обрабатывает ли оператор его персональные данные, с какой целью, из каких источников и каким способом / өз дербес деректерінің оператор тарапынан өңделетін-өңделмейтінін, сондай-ақ оларды өңдеудің мақсатын, дереккөздерін және тәсілдерін білуге","`access` — получать свои персональные данные / өз дербес деректерін алуға","`rectify` — требовать изменения и дополнения своих персональных данных / өз дербес деректерін өзгертуді және толықтыруды талап етуге","`block` — требовать блокирования своих персональных данных / өз дербес деректерін бұғаттауды талап етуге","`destroy` — требовать уничтожения своих персональных данных, обработанных с нарушением закона / заң бұзылып өңделген өз дербес деректерін жоюды талап етуге","`withdraw-consent` — отозвать согласие / берген келісімін кері қайтарып алуға","`public-sources` — дать согласие или отказать в размещении своих данных в общедоступных источниках / өз деректерін жалпыға қолжетімді дереккөздерде орналастыруға келісім беруге немесе одан бас тартуға","`object-automated` — возражать против решений, принятых только на основе автоматизированной обработки / тек автоматтандырылған өңдеу негізінде қабылданған шешімдерге қарсылық білдіруге","`complain` — обжаловать действия (бездействие) оператора в уполномоченном органе / оператордың әрекеттеріне (әрекетсіздігіне) уәкілетті органға шағымдануға","`protection` — защищать свои права в суде, включая возмещение вреда / өз құқықтарын сот арқылы қорғауға, оның ішінде зиянның өтелуін талап етуге","`restrict` — требовать ограничения обработки (для пользователей из ЕС) / өңдеуді шектеуді талап етуге (ЕО пайдаланушылары үшін)","`object` — возражать против обработки (для пользователей из ЕС) / өңдеуге қарсылық білдіруге (ЕО пайдаланушылары үшін)","`portability` — получить свои данные в машиночитаемом виде (для пользователей из ЕС) / өз деректерін машинамен оқылатын түрде алуға (ЕО пайдаланушылары үшін)"]},{"$ref":"#/$defs/customTerm"}],"examples":["know-processing","access"]},"consentMethod":{"title":"Способ согласия","description":"banner-accept — кнопка «Принять», banner-per-category — выбор категорий, continued-use — продолжение пользования сайтом, web-form-checkbox — отметка в форме, written — письменно, electronic-document — электронный документ. `banner-accept` — «Қабылдау» батырмасы, `banner-per-category` — санаттарды таңдау, `continued-use` — сайтты пайдалануды жалғастыру, `web-form-checkbox` — нысанда белгі қою, `written` — жазбаша, `electronic-document` — электрондық құжат.","type":"string","enum":["banner-accept","banner-per-category","continued-use","web-form-checkbox","written","electronic-document"],"markdownEnumDescriptions":["`banner-accept` — нажатием кнопки «Принять» в уведомлении о файлах cookie / cookie файлдары туралы хабарламадағы «Қабылдау» батырмасын басу арқылы","`banner-per-category` — выбором категорий файлов cookie в уведомлении / хабарламада cookie файлдарының санаттарын таңдау арқылы","`continued-use` — продолжением пользования сайтом после ознакомления с уведомлением / хабарламамен танысқаннан кейін сайтты пайдалануды жалғастыру арқылы","`web-form-checkbox` — отметкой в форме / нысанда белгі қою арқылы","`written` — в письменной форме / жазбаша нысанда","`electronic-document` — электронным документом / электрондық құжат нысанында"],"examples":["banner-accept","banner-per-category"]},"withdrawalChannel":{"title":"Способ отзыва согласия","description":"Способ отзыва согласия: cookie-settings, browser-settings, account-settings, email-request, written-request. Келісімді кері қайтарып алу тәсілі: `cookie-settings`, `browser-settings`, `account-settings`, `email-request`, `written-request`.","type":"string","enum":["cookie-settings","browser-settings","account-settings","email-request","written-request"],"markdownEnumDescriptions":["`cookie-settings` — в настройках файлов cookie / cookie файлдарының баптауларында","`browser-settings` — в настройках браузера / браузер баптауларында","`account-settings` — в личном кабинете / жеке кабинетте","`email-request` — письмом на адрес … / … мекенжайына хат жіберу арқылы","`written-request` — письменным заявлением по адресу: … / … мекенжайына жазбаша өтініш беру арқылы"],"examples":["cookie-settings","browser-settings"]},"securityMeasure":{"title":"Мера защиты","description":"Правовая, организационная или техническая мера. Можно и свой термин, описанный в `vocabulary`. Құқықтық, ұйымдастырушылық немесе техникалық қорғау шарасы. `vocabulary` ішінде сипатталған өз терминіңізді де қолдануға болады.","anyOf":[{"type":"string","enum":["encryption-in-transit","encryption-at-rest","access-control","passwords","certified-data-center","logging-and-monitoring","staff-confidentiality","backups","vulnerability-testing","depersonalization"],"markdownEnumDescriptions":["`encryption-in-transit` — шифрование данных при передаче / деректерді беру кезінде шифрлау","`encryption-at-rest` — шифрование данных при хранении / деректерді сақтау кезінде шифрлау","`access-control` — разграничение доступа сотрудников к данным / қызметкерлердің деректерге қол жеткізуін саралау","`passwords` — защита учётных записей паролями / есептік жазбаларды құпиясөзбен қорғау","`certified-data-center` — хранение в центрах обработки данных, соответствующих требованиям информационной безопасности / деректерді ақпараттық қауіпсіздік талаптарына сай келетін деректерді өңдеу орталықтарында сақтау","`logging-and-monitoring` — журналирование и мониторинг доступа / қол жеткізуді журналға тіркеу және мониторингтеу","`staff-confidentiality` — обязательства сотрудников и подрядчиков о неразглашении / қызметкерлер мен мердігерлердің ақпаратты жария етпеу міндеттемелері","`backups` — резервное копирование / сақтық көшірме жасау","`vulnerability-testing` — регулярная проверка уязвимостей / осал тұстарды тұрақты тексеру","`depersonalization` — обезличивание данных, где это возможно / мүмкін болған жерде деректерді иесіздендіру"]},{"$ref":"#/$defs/customTerm"}],"examples":["encryption-in-transit","encryption-at-rest"]},"optOutChannel":{"title":"Способ отказа от рассылок","description":"Способ отказа от рассылок: unsubscribe-link, sms-reply, contact-email, account-settings, phone. Таратылымдардан бас тарту тәсілі: `unsubscribe-link`, `sms-reply`, `contact-email`, `account-settings`, `phone`.","type":"string","enum":["unsubscribe-link","sms-reply","contact-email","account-settings","phone"],"markdownEnumDescriptions":["`unsubscribe-link` — по ссылке «Отписаться» в письме / хаттағы «Жазылымнан бас тарту» сілтемесі арқылы","`sms-reply` — ответным SMS / жауап SMS жіберу арқылы","`contact-email` — письмом на адрес электронной почты / электрондық пошта мекенжайына хат жіберу арқылы","`account-settings` — в настройках личного кабинета / жеке кабинет баптауларында","`phone` — по телефону / телефон арқылы"],"examples":["unsubscribe-link","sms-reply"]},"transferBasis":{"title":"Основание трансграничной передачи","description":"Основание по статье 16 Закона: adequate-protection — иностранное государство обеспечивает защиту персональных данных, consent — согласие субъекта на трансграничную передачу, international-treaty — ратифицированный международный договор, law — случай, предусмотренный законом Республики Казахстан в целях статьи 16, rights-protection — защита конституционных прав, когда согласия не получить. Заңның 16-бабы бойынша негіз: `adequate-protection` — шет мемлекет дербес деректердің қорғалуын қамтамасыз етеді, `consent` — субъектінің трансшекаралық беруге келісімі, `international-treaty` — ратификацияланған халықаралық шарт, `law` — 16-бапта аталған мақсаттардағы Қазақстан Республикасының заңы, `rights-protection` — келісім алу мүмкін болмағанда конституциялық құқықтарды қорғау.","type":"string","enum":["adequate-protection","consent","international-treaty","law","rights-protection"],"markdownEnumDescriptions":["`adequate-protection` — обеспечение иностранным государством защиты персональных данных / шет мемлекеттің дербес деректердің қорғалуын қамтамасыз етуі","`consent` — согласие субъекта или его законного представителя на трансграничную передачу / субъектінің немесе оның заңды өкілінің трансшекаралық беруге келісімі","`international-treaty` — международный договор, ратифицированный Республикой Казахстан / Қазақстан Республикасы ратификациялаған халықаралық шарт","`law` — случай, предусмотренный законами Республики Казахстан, когда это необходимо в целях защиты конституционного строя, охраны общественного порядка, прав и свобод человека и гражданина, здоровья и нравственности населения / конституциялық құрылысты, қоғамдық тәртіпті, адам мен азаматтың құқықтары мен бостандықтарын, халықтың денсаулығы мен имандылығын қорғау мақсатында қажет болған кезде Қазақстан Республикасының заңдарында көзделген жағдай","`rights-protection` — защита конституционных прав и свобод человека и гражданина, когда получить согласие субъекта или его законного представителя невозможно / субъектінің немесе оның заңды өкілінің келісімін алу мүмкін болмаған кезде адам мен азаматтың конституциялық құқықтары мен бостандықтарын қорғау"],"examples":["adequate-protection","consent"]},"gdprMechanism":{"title":"Механизм передачи (GDPR)","description":"Механизм передачи данных из ЕС: adequacy-decision, standard-contractual-clauses, binding-corporate-rules, consent. Деректерді ЕО-дан беру тетігі: `adequacy-decision`, `standard-contractual-clauses`, `binding-corporate-rules`, `consent`.","type":"string","enum":["adequacy-decision","standard-contractual-clauses","binding-corporate-rules","consent"],"markdownEnumDescriptions":["`adequacy-decision` — решение Европейской комиссии о достаточности защиты / Еуропалық комиссияның қорғаудың жеткіліктілігі туралы шешімі","`standard-contractual-clauses` — стандартные договорные условия (SCC) / стандартты шарттық талаптар (SCC)","`binding-corporate-rules` — обязательные корпоративные правила / міндетті корпоративтік қағидалар","`consent` — явное согласие пользователя / пайдаланушының айқын келісімі"],"examples":["adequacy-decision","standard-contractual-clauses"]},"customTerm":{"title":"Свой термин","description":"Ключ своего термина из `vocabulary`: латинские строчные буквы, цифры и дефис, например first-name. `vocabulary` ішіндегі өз терминіңіздің кілті: латынның кіші әріптері, цифрлар және дефис, мысалы, `first-name`.","type":"string","pattern":"^[a-z][a-z0-9-]*$","maxLength":64,"examples":["first-name"]},"serviceId":{"title":"Сервис из каталога","description":"Идентификатор сервиса из каталога policygen (`policygen services` показывает список). Policygen каталогіндегі сервистің сәйкестендіргіші (тізімді `policygen services` көрсетеді).","type":"string","enum":["2gis-maps","amocrm","bitrix24","calltouch","carrot-quest","cloudflare","cloudpayments","google-ads","google-analytics-4","google-maps","google-recaptcha","google-tag-manager","hotjar","intercom","jivo","kaspi-pay","mail-ru-counter","meta-pixel","microsoft-clarity","mytarget","roistat","sentry","telegram-widget","tiktok-pixel","vk-pixel","yandex-direct","yandex-metrica","youtube","zendesk"],"markdownEnumDescriptions":["`2gis-maps` — 2ГИС, ООО «ДубльГИС» (RU); категория `functional`, cookie в каталоге: 0 / 2ГИС, «ДубльГИС» ЖШҚ (RU); санаты `functional`, каталогтағы cookie файлдары: 0","`amocrm` — amoCRM, ООО «амоЦРМ» (RU); категория `functional`, cookie в каталоге: 0 / amoCRM, «амоЦРМ» ЖШҚ (RU); санаты `functional`, каталогтағы cookie файлдары: 0","`bitrix24` — Битрикс24 (онлайн-чат и формы), ООО «Битрикс24» (RU); категория `functional`, cookie в каталоге: 0 / Битрикс24 (онлайн-чат и формы), «Битрикс24» ЖШҚ (RU); санаты `functional`, каталогтағы cookie файлдары: 0","`calltouch` — Calltouch, ООО «Колтач Солюшнс» (RU); категория `analytics`, cookie в каталоге: 0 / Calltouch, «Колтач Солюшнс» ЖШҚ (RU); санаты `analytics`, каталогтағы cookie файлдары: 0","`carrot-quest` — Carrot quest, ООО «Каррот квест» (RU); категория `functional`, cookie в каталоге: 0 / Carrot quest, «Каррот квест» ЖШҚ (RU); санаты `functional`, каталогтағы cookie файлдары: 0","`cloudflare` — Cloudflare, Cloudflare, Inc. (US); категория `strictly-necessary`, cookie в каталоге: 3 / Cloudflare, Cloudflare, Inc. (US); санаты `strictly-necessary`, каталогтағы cookie файлдары: 3","`cloudpayments` — CloudPayments, ТОО «CloudPayments Kazakhstan» (KZ); категория `strictly-necessary`, cookie в каталоге: 0 / CloudPayments, «CloudPayments Kazakhstan» ЖШС (KZ); санаты `strictly-necessary`, каталогтағы cookie файлдары: 0","`google-ads` — Google Ads, Google LLC (US); категория `marketing`, cookie в каталоге: 3 / Google Ads, Google LLC (US); санаты `marketing`, каталогтағы cookie файлдары: 3","`google-analytics-4` — Google Analytics, Google LLC (US); категория `analytics`, cookie в каталоге: 4 / Google Analytics, Google LLC (US); санаты `analytics`, каталогтағы cookie файлдары: 4","`google-maps` — Google Maps, Google LLC (US); категория `functional`, cookie в каталоге: 1 / Google Maps, Google LLC (US); санаты `functional`, каталогтағы cookie файлдары: 1","`google-recaptcha` — Google reCAPTCHA, Google LLC (US); категория `strictly-necessary`, cookie в каталоге: 1 / Google reCAPTCHA, Google LLC (US); санаты `strictly-necessary`, каталогтағы cookie файлдары: 1","`google-tag-manager` — Google Tag Manager, Google LLC (US); категория `strictly-necessary`, cookie в каталоге: 0 / Google Tag Manager, Google LLC (US); санаты `strictly-necessary`, каталогтағы cookie файлдары: 0","`hotjar` — Hotjar, Hotjar Ltd. (MT); категория `analytics`, cookie в каталоге: 5 / Hotjar, Hotjar Ltd. (MT); санаты `analytics`, каталогтағы cookie файлдары: 5","`intercom` — Intercom, Intercom, Inc. (US); категория `functional`, cookie в каталоге: 3 / Intercom, Intercom, Inc. (US); санаты `functional`, каталогтағы cookie файлдары: 3","`jivo` — Jivo, ООО «Живой сайт» (RU); категория `functional`, cookie в каталоге: 0 / Jivo, «Живой сайт» ЖШҚ (RU); санаты `functional`, каталогтағы cookie файлдары: 0","`kaspi-pay` — Kaspi Pay, АО «Kaspi Bank» (KZ); категория `strictly-necessary`, cookie в каталоге: 0 / Kaspi Pay, «Kaspi Bank» АҚ (KZ); санаты `strictly-necessary`, каталогтағы cookie файлдары: 0","`mail-ru-counter` — Top.Mail.Ru, ООО «ВК» (RU); категория `analytics`, cookie в каталоге: 3 / Top.Mail.Ru, «ВК» ЖШҚ (RU); санаты `analytics`, каталогтағы cookie файлдары: 3","`meta-pixel` — Meta Pixel, Meta Platforms, Inc. (US); категория `marketing`, cookie в каталоге: 3 / Meta Pixel, Meta Platforms, Inc. (US); санаты `marketing`, каталогтағы cookie файлдары: 3","`microsoft-clarity` — Microsoft Clarity, Microsoft Corporation (US); категория `analytics`, cookie в каталоге: 3 / Microsoft Clarity, Microsoft Corporation (US); санаты `analytics`, каталогтағы cookie файлдары: 3","`mytarget` — VK Реклама (myTarget), ООО «ВК» (RU); категория `marketing`, cookie в каталоге: 1 / VK Реклама (myTarget), «ВК» ЖШҚ (RU); санаты `marketing`, каталогтағы cookie файлдары: 1","`roistat` — Roistat, ООО «Ройстат» (RU); категория `analytics`, cookie в каталоге: 0 / Roistat, «Ройстат» ЖШҚ (RU); санаты `analytics`, каталогтағы cookie файлдары: 0","`sentry` — Sentry, Functional Software, Inc. (Sentry) (US); категория `strictly-necessary`, cookie в каталоге: 0 / Sentry, Functional Software, Inc. (Sentry) (US); санаты `strictly-necessary`, каталогтағы cookie файлдары: 0","`telegram-widget` — Telegram, Telegram Messenger Inc. (AE); категория `functional`, cookie в каталоге: 0 / Telegram, Telegram Messenger Inc. (AE); санаты `functional`, каталогтағы cookie файлдары: 0","`tiktok-pixel` — TikTok Pixel, TikTok Pte. Ltd. (SG); категория `marketing`, cookie в каталоге: 2 / TikTok Pixel, TikTok Pte. Ltd. (SG); санаты `marketing`, каталогтағы cookie файлдары: 2","`vk-pixel` — Пиксель VK, ООО «ВК» (RU); категория `marketing`, cookie в каталоге: 3 / Пиксель VK, «ВК» ЖШҚ (RU); санаты `marketing`, каталогтағы cookie файлдары: 3","`yandex-direct` — Яндекс Директ, ООО «ЯНДЕКС» (RU); категория `marketing`, cookie в каталоге: 2 / Яндекс Директ, «ЯНДЕКС» ЖШҚ (RU); санаты `marketing`, каталогтағы cookie файлдары: 2","`yandex-metrica` — Яндекс Метрика, ООО «ЯНДЕКС» (RU); категория `analytics`, cookie в каталоге: 6 / Яндекс Метрика, «ЯНДЕКС» ЖШҚ (RU); санаты `analytics`, каталогтағы cookie файлдары: 6","`youtube` — YouTube, Google LLC (US); категория `marketing`, cookie в каталоге: 2 / YouTube, Google LLC (US); санаты `marketing`, каталогтағы cookie файлдары: 2","`zendesk` — Zendesk, Zendesk, Inc. (US); категория `functional`, cookie в каталоге: 3 / Zendesk, Zendesk, Inc. (US); санаты `functional`, каталогтағы cookie файлдары: 3"]}}};
const schema32 = {"title":"Строка на каждом языке","description":"Одна строка (название, адрес, должность, заголовок) на каждом языке публикации: {ru: …, kk: …}; без переносов строк, не длиннее 300 знаков. Жариялаудың әр тіліндегі бір жол (атау, мекенжай, лауазым, тақырып): `{ru: …, kk: …}`; жол ауыстырусыз, 300 таңбадан аспайды.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"ru":{"title":"Текст на русском","description":"Текст на русском языке. Орыс тіліндегі мәтін.","type":"string","minLength":1,"maxLength":300,"format":"single-line","examples":["Текст на русском языке"]},"kk":{"title":"Қазақша мәтін","description":"Текст на казахском языке. Қазақ тіліндегі мәтін.","type":"string","minLength":1,"maxLength":300,"format":"single-line","examples":["Қазақ тіліндегі мәтін"]}},"examples":[{"ru":"Текст","kk":"Мәтін"}]};
const schema33 = {"title":"Организационно-правовая форма","description":"llp — ТОО/ЖШС, jsc — АО/АҚ, sole-proprietor — ИП/ЖК, mfo — МФО/МҚҰ, other — другая форма (укажите её в legalFormName). `llp` — ЖШС, `jsc` — АҚ, `sole-proprietor` — ЖК, `mfo` — МҚҰ, `other` — басқа нысан (оны `legalFormName` ішінде көрсетіңіз).","type":"string","enum":["llp","jsc","sole-proprietor","mfo","other"],"markdownEnumDescriptions":["`llp` — ТОО (товарищество с ограниченной ответственностью) / ЖШС (жауапкершілігі шектеулі серіктестігі)","`jsc` — АО (акционерное общество) / АҚ (акционерлік қоғамы)","`sole-proprietor` — ИП (индивидуальный предприниматель) / ЖК (жеке кәсіпкері)","`mfo` — МФО (микрофинансовая организация) / МҚҰ (микроқаржы ұйымы)","`other` — другая форма (укажите её в `legalFormName`) / басқа нысан (оны `legalFormName` ішінде көрсетіңіз)"],"examples":["llp","jsc"]};
const schema34 = {"title":"БИН/ИИН","description":"12 цифр с верной контрольной цифрой. Бақылау цифры дұрыс 12 цифр.","type":"string","format":"kz-bin","examples":["180940004961"],"maxLength":32};
const schema38 = {"title":"Ссылка","description":"Адрес, начинающийся с https://. Мекенжай https:// деп басталуы тиіс.","type":"string","format":"https-url","pattern":"^https://[^/?#\\s]+","examples":["https://example.kz"],"maxLength":2000};
const schema42 = {"title":"Электронная почта","description":"Адрес вида name@example.kz. name@example.kz түріндегі мекенжай.","type":"string","format":"email","examples":["office@example.kz"],"maxLength":300};
const schema43 = {"title":"Телефон","description":"Номер в международном формате: +7 727 338 39 93. Халықаралық форматтағы нөмір: +7 727 338 39 93.","type":"string","format":"phone","examples":["+7 727 338 39 93"],"maxLength":300};
const schema60 = {"title":"Аудитория","description":"site-visitors — посетители сайтов, customers — клиенты, all-users — все пользователи. `site-visitors` — сайттарға кірушілер, `customers` — клиенттер, `all-users` — барлық пайдаланушылар.","type":"string","enum":["site-visitors","customers","all-users"],"markdownEnumDescriptions":["`site-visitors` — посетителям сайтов / сайттарға кірушілерге","`customers` — клиентам / клиенттерге","`all-users` — всем пользователям / барлық пайдаланушыларға"],"examples":["site-visitors","customers"]};
const schema61 = {"title":"Адрес на каждом языке","description":"https-адрес для каждого языка. Әр тілге арналған https-мекенжай.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"ru":{"title":"Текст на русском","description":"Текст на русском языке. Орыс тіліндегі мәтін.","type":"string","minLength":1,"format":"https-url","pattern":"^https://[^/?#\\s]+","examples":["https://example.kz/ru/"],"maxLength":2000},"kk":{"title":"Қазақша мәтін","description":"Текст на казахском языке. Қазақ тіліндегі мәтін.","type":"string","minLength":1,"format":"https-url","pattern":"^https://[^/?#\\s]+","examples":["https://example.kz/kk/"],"maxLength":2000}}};
const schema62 = {"title":"Уведомление об изменениях","description":"banner-on-next-visit — сообщение при следующем посещении, publication-only — только публикация на сайте, email — письмо, account-notice — уведомление в личном кабинете, in-app-notice — уведомление в приложении. `banner-on-next-visit` — келесі кірген кезде хабарлама, `publication-only` — тек сайтта жариялау, `email` — хат, `account-notice` — жеке кабинеттегі хабарлама, `in-app-notice` — қосымшадағы хабарлама.","type":"string","enum":["banner-on-next-visit","publication-only","email","account-notice","in-app-notice"],"markdownEnumDescriptions":["`banner-on-next-visit` — показывает уведомление при первом посещении сайта после изменений / жаңа редакция жарияланғаннан кейін пайдаланушы сайтқа алғаш кірген кезде хабарлама көрсету","`publication-only` — публикует новую редакцию на сайте / сайтта жаңа редакцияны жариялау","`email` — направляет письмо на адрес электронной почты пользователя / пайдаланушының электрондық пошта мекенжайына хат жіберу","`account-notice` — размещает уведомление в личном кабинете / жеке кабинетте хабарлама орналастыру","`in-app-notice` — выводит сообщение в приложении / қосымшада хабарландыру шығару"],"examples":["banner-on-next-visit","publication-only"]};
const schema63 = {"title":"Период","description":"Период ISO 8601 с одной единицей: P2Y — 2 года, P6M — 6 месяцев, P30D — 30 дней, PT1H — 1 час. Бір өлшем бірлігі бар ISO 8601 кезеңі: `P2Y` — 2 жыл, `P6M` — 6 ай, `P30D` — 30 күн, `PT1H` — 1 сағат.","type":"string","format":"period","examples":["P2Y","P30D","PT1H"],"maxLength":64};
const schema58 = {"title":"Дата","description":"Дата в формате ГГГГ-ММ-ДД, например 2025-11-17. ЖЖЖЖ-АА-КК форматындағы күн, мысалы, 2025-11-17.","type":"string","format":"date","examples":["2025-11-17"],"maxLength":32};
const schema71 = {"title":"Способ согласия","description":"banner-accept — кнопка «Принять», banner-per-category — выбор категорий, continued-use — продолжение пользования сайтом, web-form-checkbox — отметка в форме, written — письменно, electronic-document — электронный документ. `banner-accept` — «Қабылдау» батырмасы, `banner-per-category` — санаттарды таңдау, `continued-use` — сайтты пайдалануды жалғастыру, `web-form-checkbox` — нысанда белгі қою, `written` — жазбаша, `electronic-document` — электрондық құжат.","type":"string","enum":["banner-accept","banner-per-category","continued-use","web-form-checkbox","written","electronic-document"],"markdownEnumDescriptions":["`banner-accept` — нажатием кнопки «Принять» в уведомлении о файлах cookie / cookie файлдары туралы хабарламадағы «Қабылдау» батырмасын басу арқылы","`banner-per-category` — выбором категорий файлов cookie в уведомлении / хабарламада cookie файлдарының санаттарын таңдау арқылы","`continued-use` — продолжением пользования сайтом после ознакомления с уведомлением / хабарламамен танысқаннан кейін сайтты пайдалануды жалғастыру арқылы","`web-form-checkbox` — отметкой в форме / нысанда белгі қою арқылы","`written` — в письменной форме / жазбаша нысанда","`electronic-document` — электронным документом / электрондық құжат нысанында"],"examples":["banner-accept","banner-per-category"]};
const schema72 = {"title":"Способ отзыва согласия","description":"Способ отзыва согласия: cookie-settings, browser-settings, account-settings, email-request, written-request. Келісімді кері қайтарып алу тәсілі: `cookie-settings`, `browser-settings`, `account-settings`, `email-request`, `written-request`.","type":"string","enum":["cookie-settings","browser-settings","account-settings","email-request","written-request"],"markdownEnumDescriptions":["`cookie-settings` — в настройках файлов cookie / cookie файлдарының баптауларында","`browser-settings` — в настройках браузера / браузер баптауларында","`account-settings` — в личном кабинете / жеке кабинетте","`email-request` — письмом на адрес … / … мекенжайына хат жіберу арқылы","`written-request` — письменным заявлением по адресу: … / … мекенжайына жазбаша өтініш беру арқылы"],"examples":["cookie-settings","browser-settings"]};
const schema59 = {"title":"Текст на каждом языке","description":"Текст в одну строку на каждом языке публикации: {ru: …, kk: …}; без переносов строк, не длиннее 2000 знаков. Жариялаудың әр тіліндегі бір жолдық мәтін: `{ru: …, kk: …}`; жол ауыстырусыз, 2000 таңбадан аспайды.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"ru":{"title":"Текст на русском","description":"Текст на русском языке. Орыс тіліндегі мәтін.","type":"string","minLength":1,"maxLength":2000,"format":"single-line","examples":["Текст на русском языке"]},"kk":{"title":"Қазақша мәтін","description":"Текст на казахском языке. Қазақ тіліндегі мәтін.","type":"string","minLength":1,"maxLength":2000,"format":"single-line","examples":["Қазақ тіліндегі мәтін"]}},"examples":[{"ru":"Текст","kk":"Мәтін"}]};
const schema75 = {"title":"Категория cookie","description":"strictly-necessary — строго необходимые, functional — функциональные, analytics — аналитические, marketing — маркетинговые, session — сессионные. `strictly-necessary` — қатаң қажетті, `functional` — функционалдық, `analytics` — аналитикалық, `marketing` — маркетингтік, `session` — сессиялық.","type":"string","enum":["strictly-necessary","functional","analytics","marketing","session"],"markdownEnumDescriptions":["`strictly-necessary` — Строго необходимые файлы cookie / Қатаң қажетті cookie файлдары","`functional` — Функциональные файлы cookie / Функционалдық cookie файлдары","`analytics` — Аналитические файлы cookie / Аналитикалық cookie файлдары","`marketing` — Маркетинговые файлы cookie / Маркетингтік cookie файлдары","`session` — Сессионные файлы cookie / Сессиялық cookie файлдары"],"examples":["strictly-necessary","functional"]};
const schema76 = {"title":"Цель cookie","description":"Цель использования cookie или сервиса. Cookie файлын немесе сервисті пайдалану мақсаты.","type":"string","enum":["site-operation","authentication","security","load-balancing","consent-storage","preferences","usage-statistics","site-improvement","product-development","personalization","advertising","retargeting","ad-frequency","campaign-measurement","market-research","support-chat"],"markdownEnumDescriptions":["`site-operation` — обеспечение работы сайта / сайттың жұмысын қамтамасыз ету","`authentication` — вход в личный кабинет и подтверждение личности пользователя / жеке кабинетке кіру және пайдаланушының жеке басын растау","`security` — защита сайта и пользователей от мошенничества и атак / сайт пен пайдаланушыларды алаяқтықтан және шабуылдардан қорғау","`load-balancing` — распределение нагрузки между серверами / жүктемені серверлер арасында бөлу","`consent-storage` — хранение выбора пользователя в отношении файлов cookie / пайдаланушының cookie файлдарына қатысты таңдауын сақтау","`preferences` — запоминание языка, региона и настроек / тілді, өңірді және баптауларды есте сақтау","`usage-statistics` — сбор статистики посещений / сайтқа кіру статистикасын жинау","`site-improvement` — улучшение сайта и исправление ошибок / сайтты жетілдіру және қателерді түзету","`product-development` — развитие продуктов и сервисов / өнімдер мен сервистерді дамыту","`personalization` — персонализация содержания и предложений / мазмұн мен ұсыныстарды дербестендіру","`advertising` — показ рекламы с учётом интересов пользователя / пайдаланушының қызығушылықтарын ескере отырып жарнама көрсету","`retargeting` — повторный показ рекламы посетителям сайта / сайтқа кірген адамдарға жарнаманы қайта көрсету","`ad-frequency` — ограничение числа показов рекламы / жарнаманың көрсетілу санын шектеу","`campaign-measurement` — оценка эффективности рекламных кампаний / жарнамалық науқандардың тиімділігін бағалау","`market-research` — маркетинговые и статистические исследования / маркетингтік және статистикалық зерттеулер","`support-chat` — работа чата поддержки / қолдау чатының жұмысы"],"examples":["site-operation","authentication"]};
const schema78 = {"title":"Сервис из каталога","description":"Идентификатор сервиса из каталога policygen (`policygen services` показывает список). Policygen каталогіндегі сервистің сәйкестендіргіші (тізімді `policygen services` көрсетеді).","type":"string","enum":["2gis-maps","amocrm","bitrix24","calltouch","carrot-quest","cloudflare","cloudpayments","google-ads","google-analytics-4","google-maps","google-recaptcha","google-tag-manager","hotjar","intercom","jivo","kaspi-pay","mail-ru-counter","meta-pixel","microsoft-clarity","mytarget","roistat","sentry","telegram-widget","tiktok-pixel","vk-pixel","yandex-direct","yandex-metrica","youtube","zendesk"],"markdownEnumDescriptions":["`2gis-maps` — 2ГИС, ООО «ДубльГИС» (RU); категория `functional`, cookie в каталоге: 0 / 2ГИС, «ДубльГИС» ЖШҚ (RU); санаты `functional`, каталогтағы cookie файлдары: 0","`amocrm` — amoCRM, ООО «амоЦРМ» (RU); категория `functional`, cookie в каталоге: 0 / amoCRM, «амоЦРМ» ЖШҚ (RU); санаты `functional`, каталогтағы cookie файлдары: 0","`bitrix24` — Битрикс24 (онлайн-чат и формы), ООО «Битрикс24» (RU); категория `functional`, cookie в каталоге: 0 / Битрикс24 (онлайн-чат и формы), «Битрикс24» ЖШҚ (RU); санаты `functional`, каталогтағы cookie файлдары: 0","`calltouch` — Calltouch, ООО «Колтач Солюшнс» (RU); категория `analytics`, cookie в каталоге: 0 / Calltouch, «Колтач Солюшнс» ЖШҚ (RU); санаты `analytics`, каталогтағы cookie файлдары: 0","`carrot-quest` — Carrot quest, ООО «Каррот квест» (RU); категория `functional`, cookie в каталоге: 0 / Carrot quest, «Каррот квест» ЖШҚ (RU); санаты `functional`, каталогтағы cookie файлдары: 0","`cloudflare` — Cloudflare, Cloudflare, Inc. (US); категория `strictly-necessary`, cookie в каталоге: 3 / Cloudflare, Cloudflare, Inc. (US); санаты `strictly-necessary`, каталогтағы cookie файлдары: 3","`cloudpayments` — CloudPayments, ТОО «CloudPayments Kazakhstan» (KZ); категория `strictly-necessary`, cookie в каталоге: 0 / CloudPayments, «CloudPayments Kazakhstan» ЖШС (KZ); санаты `strictly-necessary`, каталогтағы cookie файлдары: 0","`google-ads` — Google Ads, Google LLC (US); категория `marketing`, cookie в каталоге: 3 / Google Ads, Google LLC (US); санаты `marketing`, каталогтағы cookie файлдары: 3","`google-analytics-4` — Google Analytics, Google LLC (US); категория `analytics`, cookie в каталоге: 4 / Google Analytics, Google LLC (US); санаты `analytics`, каталогтағы cookie файлдары: 4","`google-maps` — Google Maps, Google LLC (US); категория `functional`, cookie в каталоге: 1 / Google Maps, Google LLC (US); санаты `functional`, каталогтағы cookie файлдары: 1","`google-recaptcha` — Google reCAPTCHA, Google LLC (US); категория `strictly-necessary`, cookie в каталоге: 1 / Google reCAPTCHA, Google LLC (US); санаты `strictly-necessary`, каталогтағы cookie файлдары: 1","`google-tag-manager` — Google Tag Manager, Google LLC (US); категория `strictly-necessary`, cookie в каталоге: 0 / Google Tag Manager, Google LLC (US); санаты `strictly-necessary`, каталогтағы cookie файлдары: 0","`hotjar` — Hotjar, Hotjar Ltd. (MT); категория `analytics`, cookie в каталоге: 5 / Hotjar, Hotjar Ltd. (MT); санаты `analytics`, каталогтағы cookie файлдары: 5","`intercom` — Intercom, Intercom, Inc. (US); категория `functional`, cookie в каталоге: 3 / Intercom, Intercom, Inc. (US); санаты `functional`, каталогтағы cookie файлдары: 3","`jivo` — Jivo, ООО «Живой сайт» (RU); категория `functional`, cookie в каталоге: 0 / Jivo, «Живой сайт» ЖШҚ (RU); санаты `functional`, каталогтағы cookie файлдары: 0","`kaspi-pay` — Kaspi Pay, АО «Kaspi Bank» (KZ); категория `strictly-necessary`, cookie в каталоге: 0 / Kaspi Pay, «Kaspi Bank» АҚ (KZ); санаты `strictly-necessary`, каталогтағы cookie файлдары: 0","`mail-ru-counter` — Top.Mail.Ru, ООО «ВК» (RU); категория `analytics`, cookie в каталоге: 3 / Top.Mail.Ru, «ВК» ЖШҚ (RU); санаты `analytics`, каталогтағы cookie файлдары: 3","`meta-pixel` — Meta Pixel, Meta Platforms, Inc. (US); категория `marketing`, cookie в каталоге: 3 / Meta Pixel, Meta Platforms, Inc. (US); санаты `marketing`, каталогтағы cookie файлдары: 3","`microsoft-clarity` — Microsoft Clarity, Microsoft Corporation (US); категория `analytics`, cookie в каталоге: 3 / Microsoft Clarity, Microsoft Corporation (US); санаты `analytics`, каталогтағы cookie файлдары: 3","`mytarget` — VK Реклама (myTarget), ООО «ВК» (RU); категория `marketing`, cookie в каталоге: 1 / VK Реклама (myTarget), «ВК» ЖШҚ (RU); санаты `marketing`, каталогтағы cookie файлдары: 1","`roistat` — Roistat, ООО «Ройстат» (RU); категория `analytics`, cookie в каталоге: 0 / Roistat, «Ройстат» ЖШҚ (RU); санаты `analytics`, каталогтағы cookie файлдары: 0","`sentry` — Sentry, Functional Software, Inc. (Sentry) (US); категория `strictly-necessary`, cookie в каталоге: 0 / Sentry, Functional Software, Inc. (Sentry) (US); санаты `strictly-necessary`, каталогтағы cookie файлдары: 0","`telegram-widget` — Telegram, Telegram Messenger Inc. (AE); категория `functional`, cookie в каталоге: 0 / Telegram, Telegram Messenger Inc. (AE); санаты `functional`, каталогтағы cookie файлдары: 0","`tiktok-pixel` — TikTok Pixel, TikTok Pte. Ltd. (SG); категория `marketing`, cookie в каталоге: 2 / TikTok Pixel, TikTok Pte. Ltd. (SG); санаты `marketing`, каталогтағы cookie файлдары: 2","`vk-pixel` — Пиксель VK, ООО «ВК» (RU); категория `marketing`, cookie в каталоге: 3 / Пиксель VK, «ВК» ЖШҚ (RU); санаты `marketing`, каталогтағы cookie файлдары: 3","`yandex-direct` — Яндекс Директ, ООО «ЯНДЕКС» (RU); категория `marketing`, cookie в каталоге: 2 / Яндекс Директ, «ЯНДЕКС» ЖШҚ (RU); санаты `marketing`, каталогтағы cookie файлдары: 2","`yandex-metrica` — Яндекс Метрика, ООО «ЯНДЕКС» (RU); категория `analytics`, cookie в каталоге: 6 / Яндекс Метрика, «ЯНДЕКС» ЖШҚ (RU); санаты `analytics`, каталогтағы cookie файлдары: 6","`youtube` — YouTube, Google LLC (US); категория `marketing`, cookie в каталоге: 2 / YouTube, Google LLC (US); санаты `marketing`, каталогтағы cookie файлдары: 2","`zendesk` — Zendesk, Zendesk, Inc. (US); категория `functional`, cookie в каталоге: 3 / Zendesk, Zendesk, Inc. (US); санаты `functional`, каталогтағы cookie файлдары: 3"]};
const schema82 = {"title":"Страна","description":"Код страны ISO 3166-1 alpha-2: KZ, US, NL, DE. ISO 3166-1 alpha-2 бойынша елдің екі әріпті коды: `KZ`, `US`, `NL`, `DE`.","type":"string","enum":["AD","AE","AF","AG","AI","AL","AM","AO","AQ","AR","AS","AT","AU","AW","AX","AZ","BA","BB","BD","BE","BF","BG","BH","BI","BJ","BL","BM","BN","BO","BQ","BR","BS","BT","BV","BW","BY","BZ","CA","CC","CD","CF","CG","CH","CI","CK","CL","CM","CN","CO","CR","CU","CV","CW","CX","CY","CZ","DE","DJ","DK","DM","DO","DZ","EC","EE","EG","EH","ER","ES","ET","FI","FJ","FK","FM","FO","FR","GA","GB","GD","GE","GF","GG","GH","GI","GL","GM","GN","GP","GQ","GR","GS","GT","GU","GW","GY","HK","HM","HN","HR","HT","HU","ID","IE","IL","IM","IN","IO","IQ","IR","IS","IT","JE","JM","JO","JP","KE","KG","KH","KI","KM","KN","KP","KR","KW","KY","KZ","LA","LB","LC","LI","LK","LR","LS","LT","LU","LV","LY","MA","MC","MD","ME","MF","MG","MH","MK","ML","MM","MN","MO","MP","MQ","MR","MS","MT","MU","MV","MW","MX","MY","MZ","NA","NC","NE","NF","NG","NI","NL","NO","NP","NR","NU","NZ","OM","PA","PE","PF","PG","PH","PK","PL","PM","PN","PR","PS","PT","PW","PY","QA","RE","RO","RS","RU","RW","SA","SB","SC","SD","SE","SG","SH","SI","SJ","SK","SL","SM","SN","SO","SR","SS","ST","SV","SX","SY","SZ","TC","TD","TF","TG","TH","TJ","TK","TL","TM","TN","TO","TR","TT","TV","TW","TZ","UA","UG","UM","US","UY","UZ","VA","VC","VE","VG","VI","VN","VU","WF","WS","YE","YT","ZA","ZM","ZW"],"markdownEnumDescriptions":["`AD` — Андорра / Андорра","`AE` — ОАЭ / Біріккен Араб Әмірліктері","`AF` — Афганистан / Ауғанстан","`AG` — Антигуа и Барбуда / Антигуа және Барбуда","`AI` — Ангилья / Ангилья","`AL` — Албания / Албания","`AM` — Армения / Армения","`AO` — Ангола / Ангола","`AQ` — Антарктида / Антарктида","`AR` — Аргентина / Аргентина","`AS` — Американское Самоа / Америкалық Самоа","`AT` — Австрия / Аустрия","`AU` — Австралия / Аустралия","`AW` — Аруба / Аруба","`AX` — Аландские о-ва / Аланд аралдары","`AZ` — Азербайджан / Әзірбайжан","`BA` — Босния и Герцеговина / Босния және Герцеговина","`BB` — Барбадос / Барбадос","`BD` — Бангладеш / Бангладеш","`BE` — Бельгия / Бельгия","`BF` — Буркина-Фасо / Буркина-Фасо","`BG` — Болгария / Болгария","`BH` — Бахрейн / Бахрейн","`BI` — Бурунди / Бурунди","`BJ` — Бенин / Бенин","`BL` — Сен-Бартелеми / Сен-Бартелеми","`BM` — Бермудские о-ва / Бермуд аралдары","`BN` — Бруней / Бруней","`BO` — Боливия / Боливия","`BQ` — Бонэйр, Синт-Эстатиус и Саба / Бонэйр, Синт-Эстатиус және Саба","`BR` — Бразилия / Бразилия","`BS` — Багамы / Багам аралдары","`BT` — Бутан / Бутан","`BV` — о-в Буве / Буве аралы","`BW` — Ботсвана / Ботсвана","`BY` — Беларусь / Беларусь","`BZ` — Белиз / Белиз","`CA` — Канада / Канада","`CC` — Кокосовые о-ва / Кокос (Килинг) аралдары","`CD` — Конго - Киншаса / Конго","`CF` — Центрально-Африканская Республика / Орталық Африка Республикасы","`CG` — Конго - Браззавиль / Конго-Браззавиль Республикасы","`CH` — Швейцария / Швейцария","`CI` — Кот-д’Ивуар / Кот-д’Ивуар","`CK` — о-ва Кука / Кук аралдары","`CL` — Чили / Чили","`CM` — Камерун / Камерун","`CN` — Китай / Қытай","`CO` — Колумбия / Колумбия","`CR` — Коста-Рика / Коста-Рика","`CU` — Куба / Куба","`CV` — Кабо-Верде / Кабо-Верде","`CW` — Кюрасао / Кюрасао","`CX` — о-в Рождества / Рождество аралы","`CY` — Кипр / Кипр","`CZ` — Чехия / Чехия","`DE` — Германия / Германия","`DJ` — Джибути / Джибути","`DK` — Дания / Дания","`DM` — Доминика / Доминика","`DO` — Доминиканская Республика / Доминикан Республикасы","`DZ` — Алжир / Алжир","`EC` — Эквадор / Эквадор","`EE` — Эстония / Эстония","`EG` — Египет / Мысыр","`EH` — Западная Сахара / Батыс Сахара","`ER` — Эритрея / Эритрея","`ES` — Испания / Испания","`ET` — Эфиопия / Эфиопия","`FI` — Финляндия / Финляндия","`FJ` — Фиджи / Фиджи","`FK` — Фолклендские о-ва / Фолкленд аралдары","`FM` — Федеративные Штаты Микронезии / Микронезия","`FO` — Фарерские о-ва / Фарер аралдары","`FR` — Франция / Франция","`GA` — Габон / Габон","`GB` — Великобритания / Ұлыбритания","`GD` — Гренада / Гренада","`GE` — Грузия / Грузия","`GF` — Французская Гвиана / Француз Гвианасы","`GG` — Гернси / Гернси","`GH` — Гана / Гана","`GI` — Гибралтар / Гибралтар","`GL` — Гренландия / Гренландия","`GM` — Гамбия / Гамбия","`GN` — Гвинея / Гвинея","`GP` — Гваделупа / Гваделупа","`GQ` — Экваториальная Гвинея / Экваторлық Гвинея","`GR` — Греция / Грекия","`GS` — Южная Георгия и Южные Сандвичевы о-ва / Оңтүстік Георгия және Оңтүстік Сандвич аралдары","`GT` — Гватемала / Гватемала","`GU` — Гуам / Гуам","`GW` — Гвинея-Бисау / Гвинея-Бисау","`GY` — Гайана / Гайана","`HK` — Гонконг (САР) / Сянган АӘА","`HM` — о-ва Херд и Макдональд / Херд аралы және Макдональд аралдары","`HN` — Гондурас / Гондурас","`HR` — Хорватия / Хорватия","`HT` — Гаити / Гаити","`HU` — Венгрия / Венгрия","`ID` — Индонезия / Индонезия","`IE` — Ирландия / Ирландия","`IL` — Израиль / Израиль","`IM` — о-в Мэн / Мэн аралы","`IN` — Индия / Үндістан","`IO` — Британская территория в Индийском океане / Үнді мұхитындағы Британ аймағы","`IQ` — Ирак / Ирак","`IR` — Иран / Иран","`IS` — Исландия / Исландия","`IT` — Италия / Италия","`JE` — Джерси / Джерси","`JM` — Ямайка / Ямайка","`JO` — Иордания / Иордания","`JP` — Япония / Жапония","`KE` — Кения / Кения","`KG` — Киргизия / Қырғызстан","`KH` — Камбоджа / Камбоджа","`KI` — Кирибати / Кирибати","`KM` — Коморы / Комор аралдары","`KN` — Сент-Китс и Невис / Сент-Китс және Невис","`KP` — КНДР / Солтүстік Корея","`KR` — Республика Корея / Оңтүстік Корея","`KW` — Кувейт / Кувейт","`KY` — о-ва Кайман / Кайман аралдары","`KZ` — Казахстан / Қазақстан","`LA` — Лаос / Лаос","`LB` — Ливан / Ливан","`LC` — Сент-Люсия / Сент-Люсия","`LI` — Лихтенштейн / Лихтенштейн","`LK` — Шри-Ланка / Шри-Ланка","`LR` — Либерия / Либерия","`LS` — Лесото / Лесото","`LT` — Литва / Литва","`LU` — Люксембург / Люксембург","`LV` — Латвия / Латвия","`LY` — Ливия / Ливия","`MA` — Марокко / Марокко","`MC` — Монако / Монако","`MD` — Молдова / Молдова","`ME` — Черногория / Черногория","`MF` — Сен-Мартен / Сен-Мартен","`MG` — Мадагаскар / Мадагаскар","`MH` — Маршалловы о-ва / Маршалл аралдары","`MK` — Северная Македония / Солтүстік Македония","`ML` — Мали / Мали","`MM` — Мьянма (Бирма) / Мьянма (Бирма)","`MN` — Монголия / Моңғолия","`MO` — Макао (САР) / Макао АӘА","`MP` — Северные Марианские о-ва / Солтүстік Мариана аралдары","`MQ` — Мартиника / Мартиника","`MR` — Мавритания / Мавритания","`MS` — Монтсеррат / Монтсеррат","`MT` — Мальта / Мальта","`MU` — Маврикий / Маврикий","`MV` — Мальдивы / Мальдив аралдары","`MW` — Малави / Малави","`MX` — Мексика / Мексика","`MY` — Малайзия / Малайзия","`MZ` — Мозамбик / Мозамбик","`NA` — Намибия / Намибия","`NC` — Новая Каледония / Жаңа Каледония","`NE` — Нигер / Нигер","`NF` — о-в Норфолк / Норфолк аралы","`NG` — Нигерия / Нигерия","`NI` — Никарагуа / Никарагуа","`NL` — Нидерланды / Нидерланд","`NO` — Норвегия / Норвегия","`NP` — Непал / Непал","`NR` — Науру / Науру","`NU` — Ниуэ / Ниуэ","`NZ` — Новая Зеландия / Жаңа Зеландия","`OM` — Оман / Оман","`PA` — Панама / Панама","`PE` — Перу / Перу","`PF` — Французская Полинезия / Француз Полинезиясы","`PG` — Папуа — Новая Гвинея / Папуа — Жаңа Гвинея","`PH` — Филиппины / Филиппин аралдары","`PK` — Пакистан / Пәкістан","`PL` — Польша / Польша","`PM` — Сен-Пьер и Микелон / Сен-Пьер және Микелон","`PN` — о-ва Питкэрн / Питкэрн аралдары","`PR` — Пуэрто-Рико / Пуэрто-Рико","`PS` — Палестинские территории / Палестина аймақтары","`PT` — Португалия / Португалия","`PW` — Палау / Палау","`PY` — Парагвай / Парагвай","`QA` — Катар / Катар","`RE` — Реюньон / Реюньон","`RO` — Румыния / Румыния","`RS` — Сербия / Сербия","`RU` — Россия / Ресей","`RW` — Руанда / Руанда","`SA` — Саудовская Аравия / Сауд Арабиясы","`SB` — Соломоновы о-ва / Соломон аралдары","`SC` — Сейшельские о-ва / Сейшель аралдары","`SD` — Судан / Судан","`SE` — Швеция / Швеция","`SG` — Сингапур / Сингапур","`SH` — о-в Св. Елены / Әулие Елена аралы","`SI` — Словения / Словения","`SJ` — Шпицберген и Ян-Майен / Шпицберген және Ян-Майен","`SK` — Словакия / Словакия","`SL` — Сьерра-Леоне / Сьерра-Леоне","`SM` — Сан-Марино / Сан-Марино","`SN` — Сенегал / Сенегал","`SO` — Сомали / Сомали","`SR` — Суринам / Суринам","`SS` — Южный Судан / Оңтүстік Судан","`ST` — Сан-Томе и Принсипи / Сан-Томе және Принсипи","`SV` — Сальвадор / Сальвадор","`SX` — Синт-Мартен / Синт-Мартен","`SY` — Сирия / Сирия","`SZ` — Эсватини / Эсватини","`TC` — Тёркс и Кайкос / Теркс және Кайкос аралдары","`TD` — Чад / Чад","`TF` — Французские Южные территории / Францияның оңтүстік аймақтары","`TG` — Того / Того","`TH` — Таиланд / Таиланд","`TJ` — Таджикистан / Тәжікстан","`TK` — Токелау / Токелау","`TL` — Восточный Тимор / Тимор-Лесте","`TM` — Туркменистан / Түрікменстан","`TN` — Тунис / Тунис","`TO` — Тонга / Тонга","`TR` — Турция / Түркия","`TT` — Тринидад и Тобаго / Тринидад және Тобаго","`TV` — Тувалу / Тувалу","`TW` — Тайвань / Тайвань","`TZ` — Танзания / Танзания","`UA` — Украина / Украина","`UG` — Уганда / Уганда","`UM` — Внешние малые о-ва (США) / АҚШ-тың сыртқы кіші аралдары","`US` — Соединённые Штаты Америки / Америка Құрама Штаттары","`UY` — Уругвай / Уругвай","`UZ` — Узбекистан / Өзбекстан","`VA` — Ватикан / Ватикан","`VC` — Сент-Винсент и Гренадины / Сент-Винсент және Гренадин аралдары","`VE` — Венесуэла / Венесуэла","`VG` — Виргинские о-ва (Великобритания) / Британдық Виргин аралдары","`VI` — Виргинские о-ва (США) / АҚШ-тың Виргин аралдары","`VN` — Вьетнам / Вьетнам","`VU` — Вануату / Вануату","`WF` — Уоллис и Футуна / Уоллис және Футуна","`WS` — Самоа / Самоа","`YE` — Йемен / Йемен","`YT` — Майотта / Майотта","`ZA` — Южно-Африканская Республика / Оңтүстік Африка","`ZM` — Замбия / Замбия","`ZW` — Зимбабве / Зимбабве"],"examples":["KZ","US"]};
const schema83 = {"title":"Технология","description":"Вид технологии: cookie, local-storage, session-storage, pixel, web-beacon. Технология түрі: `cookie`, `local-storage`, `session-storage`, `pixel`, `web-beacon`.","type":"string","enum":["cookie","local-storage","session-storage","pixel","web-beacon"],"markdownEnumDescriptions":["`cookie` — файл cookie / cookie файлы","`local-storage` — локальное хранилище браузера / браузердің жергілікті қоймасы","`session-storage` — хранилище сеанса браузера / браузердің сеанс қоймасы","`pixel` — пиксель / пиксель","`web-beacon` — веб-маяк / веб-маяк"],"examples":["cookie","local-storage"]};
const schema84 = {"title":"Срок хранения","description":"session — до закрытия браузера; период ISO 8601 (P2Y, P30D, PT1H); диапазон P1D/P2Y — от одного срока до другого; set-by-provider — срок устанавливает поставщик. `session` — браузер жабылғанға дейін; ISO 8601 кезеңі (`P2Y`, `P30D`, `PT1H`); `P1D/P2Y` аралығы — бір мерзімнен екіншісіне дейін; `set-by-provider` — мерзімді жеткізуші белгілейді.","type":"string","format":"retention","examples":["session","P2Y","P1D/P2Y","set-by-provider"],"maxLength":64};
const schema88 = {"title":"Идентификатор","description":"Латинские строчные буквы, цифры и дефис: google, yandex-metrica. Латынның кіші әріптері, цифрлар және дефис: `google`, `yandex-metrica`.","type":"string","pattern":"^[a-z][a-z0-9-]*$","examples":["google"],"maxLength":64};
const schema99 = {"title":"Вид третьей стороны","description":"Вид третьей стороны: analytics, advertising, hosting, chat, crm, payments, messaging, credit-bureau, learning-platform, other. Үшінші тарап түрі: `analytics`, `advertising`, `hosting`, `chat`, `crm`, `payments`, `messaging`, `credit-bureau`, `learning-platform`, `other`.","type":"string","enum":["analytics","advertising","hosting","chat","crm","payments","messaging","credit-bureau","learning-platform","other"],"markdownEnumDescriptions":["`analytics` — веб-аналитика / веб-талдау","`advertising` — реклама / жарнама","`hosting` — хостинг / хостинг","`chat` — чат / чат","`crm` — CRM-система / CRM жүйесі","`payments` — платежи / төлемдер","`messaging` — рассылки / таратылымдар","`credit-bureau` — кредитное бюро / кредиттік бюро","`learning-platform` — платформа обучения / оқыту платформасы","`other` — прочие услуги / өзге қызметтер"],"examples":["analytics","advertising"]};
const schema106 = {"title":"Основание трансграничной передачи","description":"Основание по статье 16 Закона: adequate-protection — иностранное государство обеспечивает защиту персональных данных, consent — согласие субъекта на трансграничную передачу, international-treaty — ратифицированный международный договор, law — случай, предусмотренный законом Республики Казахстан в целях статьи 16, rights-protection — защита конституционных прав, когда согласия не получить. Заңның 16-бабы бойынша негіз: `adequate-protection` — шет мемлекет дербес деректердің қорғалуын қамтамасыз етеді, `consent` — субъектінің трансшекаралық беруге келісімі, `international-treaty` — ратификацияланған халықаралық шарт, `law` — 16-бапта аталған мақсаттардағы Қазақстан Республикасының заңы, `rights-protection` — келісім алу мүмкін болмағанда конституциялық құқықтарды қорғау.","type":"string","enum":["adequate-protection","consent","international-treaty","law","rights-protection"],"markdownEnumDescriptions":["`adequate-protection` — обеспечение иностранным государством защиты персональных данных / шет мемлекеттің дербес деректердің қорғалуын қамтамасыз етуі","`consent` — согласие субъекта или его законного представителя на трансграничную передачу / субъектінің немесе оның заңды өкілінің трансшекаралық беруге келісімі","`international-treaty` — международный договор, ратифицированный Республикой Казахстан / Қазақстан Республикасы ратификациялаған халықаралық шарт","`law` — случай, предусмотренный законами Республики Казахстан, когда это необходимо в целях защиты конституционного строя, охраны общественного порядка, прав и свобод человека и гражданина, здоровья и нравственности населения / конституциялық құрылысты, қоғамдық тәртіпті, адам мен азаматтың құқықтары мен бостандықтарын, халықтың денсаулығы мен имандылығын қорғау мақсатында қажет болған кезде Қазақстан Республикасының заңдарында көзделген жағдай","`rights-protection` — защита конституционных прав и свобод человека и гражданина, когда получить согласие субъекта или его законного представителя невозможно / субъектінің немесе оның заңды өкілінің келісімін алу мүмкін болмаған кезде адам мен азаматтың конституциялық құқықтары мен бостандықтарын қорғау"],"examples":["adequate-protection","consent"]};
const schema120 = {"title":"Правовое основание","description":"consent — согласие, contract — договор, legal-obligation — требование закона, vital-interests — защита жизни и здоровья, legitimate-interests — законный интерес (только GDPR). `consent` — келісім, `contract` — шарт, `legal-obligation` — заң талабы, `vital-interests` — өмір мен денсаулықты қорғау, `legitimate-interests` — заңды мүдде (тек GDPR).","type":"string","enum":["consent","contract","legal-obligation","vital-interests","legitimate-interests"],"markdownEnumDescriptions":["`consent` — согласие субъекта / субъектінің келісімі","`contract` — исполнение договора с субъектом / субъектімен жасалған шартты орындау","`legal-obligation` — требование закона / заң талабы","`vital-interests` — защита жизни и здоровья субъекта / субъектінің өмірі мен денсаулығын қорғау","`legitimate-interests` — законный интерес (основание по GDPR) / заңды мүдде (GDPR негізі)"],"examples":["consent","contract"]};
const schema130 = {"title":"Способ отказа от рассылок","description":"Способ отказа от рассылок: unsubscribe-link, sms-reply, contact-email, account-settings, phone. Таратылымдардан бас тарту тәсілі: `unsubscribe-link`, `sms-reply`, `contact-email`, `account-settings`, `phone`.","type":"string","enum":["unsubscribe-link","sms-reply","contact-email","account-settings","phone"],"markdownEnumDescriptions":["`unsubscribe-link` — по ссылке «Отписаться» в письме / хаттағы «Жазылымнан бас тарту» сілтемесі арқылы","`sms-reply` — ответным SMS / жауап SMS жіберу арқылы","`contact-email` — письмом на адрес электронной почты / электрондық пошта мекенжайына хат жіберу арқылы","`account-settings` — в настройках личного кабинета / жеке кабинет баптауларында","`phone` — по телефону / телефон арқылы"],"examples":["unsubscribe-link","sms-reply"]};
const schema131 = {"title":"Механизм передачи (GDPR)","description":"Механизм передачи данных из ЕС: adequacy-decision, standard-contractual-clauses, binding-corporate-rules, consent. Деректерді ЕО-дан беру тетігі: `adequacy-decision`, `standard-contractual-clauses`, `binding-corporate-rules`, `consent`.","type":"string","enum":["adequacy-decision","standard-contractual-clauses","binding-corporate-rules","consent"],"markdownEnumDescriptions":["`adequacy-decision` — решение Европейской комиссии о достаточности защиты / Еуропалық комиссияның қорғаудың жеткіліктілігі туралы шешімі","`standard-contractual-clauses` — стандартные договорные условия (SCC) / стандартты шарттық талаптар (SCC)","`binding-corporate-rules` — обязательные корпоративные правила / міндетті корпоративтік қағидалар","`consent` — явное согласие пользователя / пайдаланушының айқын келісімі"],"examples":["adequacy-decision","standard-contractual-clauses"]};
const schema133 = {"title":"Текст раздела на каждом языке","description":"Текст в Markdown на каждом языке публикации: {ru: …, kk: …}; можно в несколько абзацев, не длиннее 20000 знаков. Жариялаудың әр тіліндегі Markdown мәтіні: `{ru: …, kk: …}`; бірнеше абзац болуы мүмкін, 20000 таңбадан аспайды.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"ru":{"title":"Текст на русском","description":"Текст на русском языке. Орыс тіліндегі мәтін.","type":"string","minLength":1,"maxLength":20000,"format":"multiline-text","examples":["Текст на русском языке"]},"kk":{"title":"Қазақша мәтін","description":"Текст на казахском языке. Қазақ тіліндегі мәтін.","type":"string","minLength":1,"maxLength":20000,"format":"multiline-text","examples":["Қазақ тіліндегі мәтін"]}},"examples":[{"ru":"Текст","kk":"Мәтін"}]};
const schema93 = {"title":"Свой термин","description":"Ключ своего термина из `vocabulary`: латинские строчные буквы, цифры и дефис, например first-name. `vocabulary` ішіндегі өз терминіңіздің кілті: латынның кіші әріптері, цифрлар және дефис, мысалы, `first-name`.","type":"string","pattern":"^[a-z][a-z0-9-]*$","maxLength":64,"examples":["first-name"]};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const func0 = require("ajv/dist/runtime/equal").default;
const pattern4 = new RegExp("^\\S+$", "u");
const pattern5 = new RegExp("^https://[^/?#\\s]+", "u");
const pattern16 = new RegExp("^[a-z][a-z0-9-]*$", "u");
const formats0 = schemaFormats["single-line"];
const formats6 = schemaFormats["kz-bin"];
const formats40 = schemaFormats["https-url"];
const formats50 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const formats52 = schemaFormats.phone;
const formats100 = schemaFormats.period;
const formats90 = schemaFormats.date;
const formats118 = schemaFormats["consent-validity"];
const formats134 = schemaFormats.retention;
const formats168 = schemaFormats["data-retention"];
const formats196 = schemaFormats["multiline-text"];
const schema57 = {"title":"Версия документа","description":"Одна редакция документа: номер, дата вступления в силу и краткое описание изменений. Құжаттың бір редакциясы: нөмірі, күшіне енген күні және өзгерістердің қысқаша сипаттамасы.","type":"object","additionalProperties":false,"required":["version","effectiveDate","summary"],"properties":{"version":{"title":"Номер версии","description":"Номер редакции, например «2.1». Редакцияның нөмірі, мысалы, «2.1».","type":"string","pattern":"^[0-9]+(\\.[0-9]+){0,2}$","examples":["1.0","2.1"],"maxLength":20},"effectiveDate":{"title":"Дата вступления в силу","description":"Дата, с которой действует эта редакция, в формате ГГГГ-ММ-ДД. Осы редакция күшіне енген күн, ЖЖЖЖ-АА-КК форматында.","$ref":"#/$defs/calendarDate","examples":["2025-11-17"]},"summary":{"title":"Что изменилось","description":"Краткое описание изменений этой редакции на каждом языке. Осы редакциядағы өзгерістердің әр тілдегі қысқаша сипаттамасы.","$ref":"#/$defs/localizedText","examples":[{"ru":"Первая редакция.","kk":"Алғашқы редакция."}]}}};
const pattern11 = new RegExp("^[0-9]+(\\.[0-9]+){0,2}$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.effectiveDate === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "effectiveDate"},message:"must have required property '"+"effectiveDate"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.summary === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "version") || (key0 === "effectiveDate")) || (key0 === "summary"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(typeof data0 === "string"){
if(func2(data0) > 20){
const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema57.properties.version,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern11.test(data0)){
const err5 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+){0,2}$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+){0,2}$"+"\"",schema:"^[0-9]+(\\.[0-9]+){0,2}$",parentSchema:schema57.properties.version,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.version.type,parentSchema:schema57.properties.version,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.effectiveDate !== undefined){
let data1 = data.effectiveDate;
if(typeof data1 === "string"){
if(func2(data1) > 32){
const err7 = {instancePath:instancePath+"/effectiveDate",schemaPath:"#/$defs/calendarDate/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters",schema:32,parentSchema:schema58,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(formats90.validate(data1))){
const err8 = {instancePath:instancePath+"/effectiveDate",schemaPath:"#/$defs/calendarDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema58,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/effectiveDate",schemaPath:"#/$defs/calendarDate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.type,parentSchema:schema58,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.summary !== undefined){
let data2 = data.summary;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length < 1){
const err10 = {instancePath:instancePath+"/summary",schemaPath:"#/$defs/localizedText/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema59,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "ru") || (key1 === "kk"))){
const err11 = {instancePath:instancePath+"/summary",schemaPath:"#/$defs/localizedText/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema59,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.ru !== undefined){
let data3 = data2.ru;
if(typeof data3 === "string"){
if(func2(data3) > 2000){
const err12 = {instancePath:instancePath+"/summary/ru",schemaPath:"#/$defs/localizedText/properties/ru/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema59.properties.ru,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func2(data3) < 1){
const err13 = {instancePath:instancePath+"/summary/ru",schemaPath:"#/$defs/localizedText/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.ru,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(formats0(data3))){
const err14 = {instancePath:instancePath+"/summary/ru",schemaPath:"#/$defs/localizedText/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema59.properties.ru,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/summary/ru",schemaPath:"#/$defs/localizedText/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.ru.type,parentSchema:schema59.properties.ru,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.kk !== undefined){
let data4 = data2.kk;
if(typeof data4 === "string"){
if(func2(data4) > 2000){
const err16 = {instancePath:instancePath+"/summary/kk",schemaPath:"#/$defs/localizedText/properties/kk/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema59.properties.kk,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func2(data4) < 1){
const err17 = {instancePath:instancePath+"/summary/kk",schemaPath:"#/$defs/localizedText/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.kk,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!(formats0(data4))){
const err18 = {instancePath:instancePath+"/summary/kk",schemaPath:"#/$defs/localizedText/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema59.properties.kk,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/summary/kk",schemaPath:"#/$defs/localizedText/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.kk.type,parentSchema:schema59.properties.kk,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/summary",schemaPath:"#/$defs/localizedText/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data:data2};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema92 = {"title":"Сведения","description":"Вид сведений: ip-address, browser, email, phone… Можно и свой термин, описанный в `vocabulary`. Мәліметтің түрі: `ip-address`, `browser`, `email`, `phone`… `vocabulary` ішінде сипатталған өз терминіңізді де қолдануға болады.","anyOf":[{"type":"string","enum":["full-name","birth-date","gender","iin","id-document","id-document-copy","phone","email","postal-address","city","photos","voice-and-camera","correspondence","education-documents","company-documents","payment-details","income-and-employment","credit-history","health","account-credentials","ip-address","mac-address","device-type","device-id","device-configuration","operating-system","browser","browser-language","screen-resolution","connection-speed","software-version","error-reports","user-id","geolocation","country-region","internet-provider","pages-visited","visit-count","session-duration","referrer","exit-links","search-queries","clicks-and-actions","date-time","response-status","bytes-sent"],"markdownEnumDescriptions":["`full-name` — фамилия, имя и отчество / тегі, аты және әкесінің аты","`birth-date` — дата рождения / туған күні","`gender` — пол / жынысы","`iin` — ИИН / ЖСН","`id-document` — данные документа, удостоверяющего личность / жеке басын куәландыратын құжаттың деректері","`id-document-copy` — копия документа, удостоверяющего личность / жеке басын куәландыратын құжаттың көшірмесі","`phone` — номер телефона / телефон нөмірі","`email` — адрес электронной почты / электрондық пошта мекенжайы","`postal-address` — почтовый адрес / пошталық мекенжайы","`city` — город проживания / тұратын қаласы","`photos` — фотографии / фотосуреттер","`voice-and-camera` — записи с микрофона и камеры / микрофон мен камерадан алынған жазбалар","`correspondence` — переписка с пользователем / пайдаланушымен хат алмасу","`education-documents` — документы об образовании / білімі туралы құжаттар","`company-documents` — учредительные документы юридического лица / заңды тұлғаның құрылтай құжаттары","`payment-details` — платёжные реквизиты / төлем деректемелері","`income-and-employment` — сведения о доходах и занятости / табысы мен жұмыспен қамтылуы туралы мәліметтер","`credit-history` — кредитная история / кредиттік тарих","`health` — сведения о состоянии здоровья / денсаулық жағдайы туралы мәліметтер","`account-credentials` — логин и пароль учётной записи / есептік жазбаның логині мен құпиясөзі","`ip-address` — IP-адрес / IP-мекенжай","`mac-address` — MAC-адрес / MAC-мекенжай","`device-type` — тип устройства / құрылғының түрі","`device-id` — идентификатор устройства / құрылғының сәйкестендіргіші","`device-configuration` — техническая конфигурация устройства / құрылғының техникалық конфигурациясы","`operating-system` — операционная система / операциялық жүйе","`browser` — браузер и его версия / браузер және оның нұсқасы","`browser-language` — язык браузера / браузердің тілі","`screen-resolution` — разрешение экрана / экранның ажыратымдылығы","`connection-speed` — скорость соединения / байланыс жылдамдығы","`software-version` — версия программного обеспечения / бағдарламалық қамтамасыз етудің нұсқасы","`error-reports` — сведения об ошибках / қателер туралы мәліметтер","`user-id` — идентификатор пользователя / пайдаланушының сәйкестендіргіші","`geolocation` — геолокация / геолокация","`country-region` — страна и регион / елі мен өңірі","`internet-provider` — интернет-провайдер / интернет-провайдер","`pages-visited` — просмотренные страницы / қаралған беттер","`visit-count` — число посещений / кірулер саны","`session-duration` — продолжительность посещения / сайтта болу ұзақтығы","`referrer` — страница, с которой пользователь пришёл на сайт / пайдаланушыны сайтқа бағыттаған бет","`exit-links` — ссылки, по которым пользователь ушёл с сайта / пайдаланушы сайттан шығу үшін басқан сілтемелер","`search-queries` — поисковые запросы / іздеу сұраулары","`clicks-and-actions` — нажатия и другие действия на сайте / сайттағы басулар мен басқа да әрекеттер","`date-time` — дата и время запроса / сұраудың күні мен уақыты","`response-status` — результат обработки запроса / сұрауды өңдеу нәтижесі","`bytes-sent` — объём переданных данных / берілген деректердің көлемі"]},{"$ref":"#/$defs/customTerm"}],"examples":["full-name","birth-date"]};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.anyOf[0].type,parentSchema:schema92.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((((((((((((((((((((((((((((((((((((((((((data === "full-name") || (data === "birth-date")) || (data === "gender")) || (data === "iin")) || (data === "id-document")) || (data === "id-document-copy")) || (data === "phone")) || (data === "email")) || (data === "postal-address")) || (data === "city")) || (data === "photos")) || (data === "voice-and-camera")) || (data === "correspondence")) || (data === "education-documents")) || (data === "company-documents")) || (data === "payment-details")) || (data === "income-and-employment")) || (data === "credit-history")) || (data === "health")) || (data === "account-credentials")) || (data === "ip-address")) || (data === "mac-address")) || (data === "device-type")) || (data === "device-id")) || (data === "device-configuration")) || (data === "operating-system")) || (data === "browser")) || (data === "browser-language")) || (data === "screen-resolution")) || (data === "connection-speed")) || (data === "software-version")) || (data === "error-reports")) || (data === "user-id")) || (data === "geolocation")) || (data === "country-region")) || (data === "internet-provider")) || (data === "pages-visited")) || (data === "visit-count")) || (data === "session-duration")) || (data === "referrer")) || (data === "exit-links")) || (data === "search-queries")) || (data === "clicks-and-actions")) || (data === "date-time")) || (data === "response-status")) || (data === "bytes-sent"))){
const err1 = {instancePath,schemaPath:"#/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema92.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema92.anyOf[0].enum,parentSchema:schema92.anyOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(typeof data === "string"){
if(func2(data) > 64){
const err2 = {instancePath,schemaPath:"#/$defs/customTerm/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern16.test(data)){
const err3 = {instancePath,schemaPath:"#/$defs/customTerm/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/$defs/customTerm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.type,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema92.anyOf,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema111 = {"title":"Категория данных","description":"Группа персональных данных. Можно и свой термин, описанный в `vocabulary`. Дербес деректер тобы. `vocabulary` ішінде сипатталған өз терминіңізді де қолдануға болады.","anyOf":[{"type":"string","enum":["identification","contact","account","documents","communications","media","financial","technical","usage","location","marketing-preferences"],"markdownEnumDescriptions":["`identification` — идентификационные данные / сәйкестендіру деректері","`contact` — контактные данные / байланыс деректері","`account` — данные учётной записи / есептік жазба деректері","`documents` — документы / құжаттар","`communications` — переписка / хат алмасу","`media` — фотографии, аудио и видео / фотосуреттер, аудио- және бейнежазбалар","`financial` — финансовые данные / қаржылық деректер","`technical` — технические данные / техникалық деректер","`usage` — данные об использовании сервисов / сервистерді пайдалану туралы деректер","`location` — данные о местоположении / орналасқан жері туралы деректер","`marketing-preferences` — предпочтения в отношении рассылок / таратылымдарға қатысты қалаулар"]},{"$ref":"#/$defs/customTerm"}],"examples":["identification","contact"]};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema111.anyOf[0].type,parentSchema:schema111.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((((((((data === "identification") || (data === "contact")) || (data === "account")) || (data === "documents")) || (data === "communications")) || (data === "media")) || (data === "financial")) || (data === "technical")) || (data === "usage")) || (data === "location")) || (data === "marketing-preferences"))){
const err1 = {instancePath,schemaPath:"#/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema111.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema111.anyOf[0].enum,parentSchema:schema111.anyOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(typeof data === "string"){
if(func2(data) > 64){
const err2 = {instancePath,schemaPath:"#/$defs/customTerm/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern16.test(data)){
const err3 = {instancePath,schemaPath:"#/$defs/customTerm/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/$defs/customTerm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.type,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema111.anyOf,parentSchema:schema111,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema113 = {"title":"Источник данных","description":"data-subject — сам субъект, cookies-and-similar — cookie, third-parties — третьи лица… Можно и свой термин, описанный в `vocabulary`. `data-subject` — субъектінің өзі, `cookies-and-similar` — cookie файлдары, `third-parties` — үшінші тұлғалар… `vocabulary` ішінде сипатталған өз терминіңізді де қолдануға болады.","anyOf":[{"type":"string","enum":["data-subject","cookies-and-similar","server-logs","third-parties","partners","public-sources","state-databases"],"markdownEnumDescriptions":["`data-subject` — от самого субъекта / субъектінің өзінен","`cookies-and-similar` — с помощью файлов cookie и сходных технологий / cookie файлдары мен ұқсас технологиялар арқылы","`server-logs` — из журналов веб-сервера / веб-сервер журналдарынан","`third-parties` — от третьих лиц с согласия субъекта / субъектінің келісімімен үшінші тұлғалардан","`partners` — от деловых партнёров / іскер серіктестерден","`public-sources` — из общедоступных источников / жалпыға қолжетімді дереккөздерден","`state-databases` — из государственных баз данных в установленных законом случаях / заңда белгіленген жағдайларда мемлекеттік деректер базаларынан"]},{"$ref":"#/$defs/customTerm"}],"examples":["data-subject","cookies-and-similar"]};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.anyOf[0].type,parentSchema:schema113.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((((data === "data-subject") || (data === "cookies-and-similar")) || (data === "server-logs")) || (data === "third-parties")) || (data === "partners")) || (data === "public-sources")) || (data === "state-databases"))){
const err1 = {instancePath,schemaPath:"#/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema113.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema113.anyOf[0].enum,parentSchema:schema113.anyOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(typeof data === "string"){
if(func2(data) > 64){
const err2 = {instancePath,schemaPath:"#/$defs/customTerm/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern16.test(data)){
const err3 = {instancePath,schemaPath:"#/$defs/customTerm/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/$defs/customTerm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.type,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema113.anyOf,parentSchema:schema113,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema118 = {"title":"Цель обработки","description":"Цель обработки персональных данных. Можно и свой термин, описанный в `vocabulary`. Дербес деректерді өңдеу мақсаты. `vocabulary` ішінде сипатталған өз терминіңізді де қолдануға болады.","anyOf":[{"type":"string","enum":["service-provision","contract-performance","customer-support","communication","identity-verification","credit-assessment","dispute-resolution","feedback","service-improvement","analytics","personalization","marketing-communications","data-accuracy-checks","fraud-prevention","security","legal-compliance","advertising"],"markdownEnumDescriptions":["`service-provision` — оказание услуг / қызметтер көрсету","`contract-performance` — заключение и исполнение договора / шарт жасасу және оны орындау","`customer-support` — поддержка клиентов / клиенттерді қолдау","`communication` — связь с пользователем / пайдаланушымен байланыс","`identity-verification` — подтверждение личности / жеке басты растау","`credit-assessment` — оценка платёжеспособности / төлем қабілеттілігін бағалау","`dispute-resolution` — разрешение споров / дауларды шешу","`feedback` — сбор отзывов / пікірлер жинау","`service-improvement` — анализ и улучшение услуг / қызметтерді талдау және жетілдіру","`analytics` — аналитика посещений / сайтқа кіруді талдау","`personalization` — персонализация услуг / қызметтерді дербестендіру","`marketing-communications` — рекламные рассылки / жарнамалық хабарламалар жіберу","`data-accuracy-checks` — проверка точности данных / деректердің дұрыстығын тексеру","`fraud-prevention` — предотвращение мошенничества / алаяқтықтың алдын алу","`security` — обеспечение безопасности / қауіпсіздікті қамтамасыз ету","`legal-compliance` — исполнение требований законодательства / заңнама талаптарын орындау","`advertising` — показ рекламы, в том числе повторный показ рекламы посетителям сайта / жарнама көрсету, оның ішінде сайтқа кірушілерге жарнаманы қайта көрсету"]},{"$ref":"#/$defs/customTerm"}],"examples":["service-provision","contract-performance"]};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema118.anyOf[0].type,parentSchema:schema118.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((((((((((((((data === "service-provision") || (data === "contract-performance")) || (data === "customer-support")) || (data === "communication")) || (data === "identity-verification")) || (data === "credit-assessment")) || (data === "dispute-resolution")) || (data === "feedback")) || (data === "service-improvement")) || (data === "analytics")) || (data === "personalization")) || (data === "marketing-communications")) || (data === "data-accuracy-checks")) || (data === "fraud-prevention")) || (data === "security")) || (data === "legal-compliance")) || (data === "advertising"))){
const err1 = {instancePath,schemaPath:"#/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema118.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema118.anyOf[0].enum,parentSchema:schema118.anyOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(typeof data === "string"){
if(func2(data) > 64){
const err2 = {instancePath,schemaPath:"#/$defs/customTerm/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern16.test(data)){
const err3 = {instancePath,schemaPath:"#/$defs/customTerm/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/$defs/customTerm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.type,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema118.anyOf,parentSchema:schema118,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema122 = {"title":"Вид получателя","description":"Кому передаются данные. Можно и свой термин, описанный в `vocabulary`. Деректер кімге беріледі. `vocabulary` ішінде сипатталған өз терминіңізді де қолдануға болады.","anyOf":[{"type":"string","enum":["service-providers","analytics-providers","advertising-partners","chat-provider","hosting-providers","payment-providers","credit-bureaus","group-companies","partners","at-subject-request","state-bodies"],"markdownEnumDescriptions":["`service-providers` — поставщики вспомогательных услуг / көмекші қызметтер көрсететін ұйымдар","`analytics-providers` — сервисы веб-аналитики / веб-талдау сервистері","`advertising-partners` — рекламные партнёры / жарнама серіктестері","`chat-provider` — сервисы онлайн-чата для связи с пользователями / пайдаланушылармен байланысуға арналған онлайн-чат сервистері","`hosting-providers` — хостинг-провайдеры и центры обработки данных / хостинг-провайдерлер және деректерді өңдеу орталықтары","`payment-providers` — платёжные сервисы / төлем сервистері","`credit-bureaus` — кредитные бюро / кредиттік бюролар","`group-companies` — компании группы / топ компаниялары","`partners` — партнёры / серіктестер","`at-subject-request` — лица, которым данные направляются по просьбе самого субъекта / субъектінің өз өтініші бойынша деректер жіберілетін тұлғалар","`state-bodies` — государственные и правоохранительные органы по запросу в установленном законом порядке / заңда белгіленген тәртіппен сұрау салған мемлекеттік және құқық қорғау органдары"]},{"$ref":"#/$defs/customTerm"}],"examples":["service-providers","analytics-providers"]};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema122.anyOf[0].type,parentSchema:schema122.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((((((((data === "service-providers") || (data === "analytics-providers")) || (data === "advertising-partners")) || (data === "chat-provider")) || (data === "hosting-providers")) || (data === "payment-providers")) || (data === "credit-bureaus")) || (data === "group-companies")) || (data === "partners")) || (data === "at-subject-request")) || (data === "state-bodies"))){
const err1 = {instancePath,schemaPath:"#/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema122.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema122.anyOf[0].enum,parentSchema:schema122.anyOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(typeof data === "string"){
if(func2(data) > 64){
const err2 = {instancePath,schemaPath:"#/$defs/customTerm/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern16.test(data)){
const err3 = {instancePath,schemaPath:"#/$defs/customTerm/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/$defs/customTerm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.type,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema122.anyOf,parentSchema:schema122,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema125 = {"title":"Право субъекта","description":"Право из ст. 24 Закона или GDPR. Можно и свой термин, описанный в `vocabulary`. Заңның 24-бабындағы немесе GDPR бойынша құқық. `vocabulary` ішінде сипатталған өз терминіңізді де қолдануға болады.","anyOf":[{"type":"string","enum":["know-processing","access","rectify","block","destroy","withdraw-consent","public-sources","object-automated","complain","protection","restrict","object","portability"],"markdownEnumDescriptions":["`know-processing` — знать, обрабатывает ли оператор его персональные данные, с какой целью, из каких источников и каким способом / өз дербес деректерінің оператор тарапынан өңделетін-өңделмейтінін, сондай-ақ оларды өңдеудің мақсатын, дереккөздерін және тәсілдерін білуге","`access` — получать свои персональные данные / өз дербес деректерін алуға","`rectify` — требовать изменения и дополнения своих персональных данных / өз дербес деректерін өзгертуді және толықтыруды талап етуге","`block` — требовать блокирования своих персональных данных / өз дербес деректерін бұғаттауды талап етуге","`destroy` — требовать уничтожения своих персональных данных, обработанных с нарушением закона / заң бұзылып өңделген өз дербес деректерін жоюды талап етуге","`withdraw-consent` — отозвать согласие / берген келісімін кері қайтарып алуға","`public-sources` — дать согласие или отказать в размещении своих данных в общедоступных источниках / өз деректерін жалпыға қолжетімді дереккөздерде орналастыруға келісім беруге немесе одан бас тартуға","`object-automated` — возражать против решений, принятых только на основе автоматизированной обработки / тек автоматтандырылған өңдеу негізінде қабылданған шешімдерге қарсылық білдіруге","`complain` — обжаловать действия (бездействие) оператора в уполномоченном органе / оператордың әрекеттеріне (әрекетсіздігіне) уәкілетті органға шағымдануға","`protection` — защищать свои права в суде, включая возмещение вреда / өз құқықтарын сот арқылы қорғауға, оның ішінде зиянның өтелуін талап етуге","`restrict` — требовать ограничения обработки (для пользователей из ЕС) / өңдеуді шектеуді талап етуге (ЕО пайдаланушылары үшін)","`object` — возражать против обработки (для пользователей из ЕС) / өңдеуге қарсылық білдіруге (ЕО пайдаланушылары үшін)","`portability` — получить свои данные в машиночитаемом виде (для пользователей из ЕС) / өз деректерін машинамен оқылатын түрде алуға (ЕО пайдаланушылары үшін)"]},{"$ref":"#/$defs/customTerm"}],"examples":["know-processing","access"]};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.anyOf[0].type,parentSchema:schema125.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((((((((((data === "know-processing") || (data === "access")) || (data === "rectify")) || (data === "block")) || (data === "destroy")) || (data === "withdraw-consent")) || (data === "public-sources")) || (data === "object-automated")) || (data === "complain")) || (data === "protection")) || (data === "restrict")) || (data === "object")) || (data === "portability"))){
const err1 = {instancePath,schemaPath:"#/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema125.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema125.anyOf[0].enum,parentSchema:schema125.anyOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(typeof data === "string"){
if(func2(data) > 64){
const err2 = {instancePath,schemaPath:"#/$defs/customTerm/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern16.test(data)){
const err3 = {instancePath,schemaPath:"#/$defs/customTerm/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/$defs/customTerm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.type,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema125.anyOf,parentSchema:schema125,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema127 = {"title":"Мера защиты","description":"Правовая, организационная или техническая мера. Можно и свой термин, описанный в `vocabulary`. Құқықтық, ұйымдастырушылық немесе техникалық қорғау шарасы. `vocabulary` ішінде сипатталған өз терминіңізді де қолдануға болады.","anyOf":[{"type":"string","enum":["encryption-in-transit","encryption-at-rest","access-control","passwords","certified-data-center","logging-and-monitoring","staff-confidentiality","backups","vulnerability-testing","depersonalization"],"markdownEnumDescriptions":["`encryption-in-transit` — шифрование данных при передаче / деректерді беру кезінде шифрлау","`encryption-at-rest` — шифрование данных при хранении / деректерді сақтау кезінде шифрлау","`access-control` — разграничение доступа сотрудников к данным / қызметкерлердің деректерге қол жеткізуін саралау","`passwords` — защита учётных записей паролями / есептік жазбаларды құпиясөзбен қорғау","`certified-data-center` — хранение в центрах обработки данных, соответствующих требованиям информационной безопасности / деректерді ақпараттық қауіпсіздік талаптарына сай келетін деректерді өңдеу орталықтарында сақтау","`logging-and-monitoring` — журналирование и мониторинг доступа / қол жеткізуді журналға тіркеу және мониторингтеу","`staff-confidentiality` — обязательства сотрудников и подрядчиков о неразглашении / қызметкерлер мен мердігерлердің ақпаратты жария етпеу міндеттемелері","`backups` — резервное копирование / сақтық көшірме жасау","`vulnerability-testing` — регулярная проверка уязвимостей / осал тұстарды тұрақты тексеру","`depersonalization` — обезличивание данных, где это возможно / мүмкін болған жерде деректерді иесіздендіру"]},{"$ref":"#/$defs/customTerm"}],"examples":["encryption-in-transit","encryption-at-rest"]};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema127.anyOf[0].type,parentSchema:schema127.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((((((data === "encryption-in-transit") || (data === "encryption-at-rest")) || (data === "access-control")) || (data === "passwords")) || (data === "certified-data-center")) || (data === "logging-and-monitoring")) || (data === "staff-confidentiality")) || (data === "backups")) || (data === "vulnerability-testing")) || (data === "depersonalization"))){
const err1 = {instancePath,schemaPath:"#/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema127.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema127.anyOf[0].enum,parentSchema:schema127.anyOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(typeof data === "string"){
if(func2(data) > 64){
const err2 = {instancePath,schemaPath:"#/$defs/customTerm/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern16.test(data)){
const err3 = {instancePath,schemaPath:"#/$defs/customTerm/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/$defs/customTerm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.type,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema127.anyOf,parentSchema:schema127,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://policygen.kz/schema/facts.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schemaVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.locales === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "locales"},message:"must have required property '"+"locales"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.organization === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "organization"},message:"must have required property '"+"organization"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.sites === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sites"},message:"must have required property '"+"sites"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.contacts === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contacts"},message:"must have required property '"+"contacts"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.documents === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "documents"},message:"must have required property '"+"documents"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.consent === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "consent"},message:"must have required property '"+"consent"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 === "string"){
if(func2(data0) > 500){
const err8 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema31.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern4.test(data0)){
const err9 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\"",schema:"^\\S+$",parentSchema:schema31.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
let data1 = data.schemaVersion;
if(1 !== data1){
const err11 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema31.properties.schemaVersion,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.locales !== undefined){
let data2 = data.locales;
if(Array.isArray(data2)){
if(data2.length < 1){
const err12 = {instancePath:instancePath+"/locales",schemaPath:"#/properties/locales/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.locales,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 !== "string"){
const err13 = {instancePath:instancePath+"/locales/" + i0,schemaPath:"#/properties/locales/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.locales.items.type,parentSchema:schema31.properties.locales.items,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((data3 === "ru") || (data3 === "kk"))){
const err14 = {instancePath:instancePath+"/locales/" + i0,schemaPath:"#/properties/locales/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.locales.items.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.locales.items.enum,parentSchema:schema31.properties.locales.items,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err15 = {instancePath:instancePath+"/locales",schemaPath:"#/properties/locales/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema31.properties.locales,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err16 = {instancePath:instancePath+"/locales",schemaPath:"#/properties/locales/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.locales.type,parentSchema:schema31.properties.locales,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.organization !== undefined){
let data4 = data.organization;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.legalName === undefined){
const err17 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/required",keyword:"required",params:{missingProperty: "legalName"},message:"must have required property '"+"legalName"+"'",schema:schema31.properties.organization.required,parentSchema:schema31.properties.organization,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data4.legalForm === undefined){
const err18 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/required",keyword:"required",params:{missingProperty: "legalForm"},message:"must have required property '"+"legalForm"+"'",schema:schema31.properties.organization.required,parentSchema:schema31.properties.organization,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data4.address === undefined){
const err19 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'",schema:schema31.properties.organization.required,parentSchema:schema31.properties.organization,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data4.definedTerm === undefined){
const err20 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/required",keyword:"required",params:{missingProperty: "definedTerm"},message:"must have required property '"+"definedTerm"+"'",schema:schema31.properties.organization.required,parentSchema:schema31.properties.organization,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key1 in data4){
if(!(func1.call(schema31.properties.organization.properties, key1))){
const err21 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.organization,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data4.legalName !== undefined){
let data5 = data4.legalName;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(Object.keys(data5).length < 1){
const err22 = {instancePath:instancePath+"/organization/legalName",schemaPath:"#/$defs/localizedLine/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key2 in data5){
if(!((key2 === "ru") || (key2 === "kk"))){
const err23 = {instancePath:instancePath+"/organization/legalName",schemaPath:"#/$defs/localizedLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5.ru !== undefined){
let data6 = data5.ru;
if(typeof data6 === "string"){
if(func2(data6) > 300){
const err24 = {instancePath:instancePath+"/organization/legalName/ru",schemaPath:"#/$defs/localizedLine/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.ru,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func2(data6) < 1){
const err25 = {instancePath:instancePath+"/organization/legalName/ru",schemaPath:"#/$defs/localizedLine/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.ru,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!(formats0(data6))){
const err26 = {instancePath:instancePath+"/organization/legalName/ru",schemaPath:"#/$defs/localizedLine/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.ru,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/organization/legalName/ru",schemaPath:"#/$defs/localizedLine/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ru.type,parentSchema:schema32.properties.ru,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data5.kk !== undefined){
let data7 = data5.kk;
if(typeof data7 === "string"){
if(func2(data7) > 300){
const err28 = {instancePath:instancePath+"/organization/legalName/kk",schemaPath:"#/$defs/localizedLine/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.kk,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(func2(data7) < 1){
const err29 = {instancePath:instancePath+"/organization/legalName/kk",schemaPath:"#/$defs/localizedLine/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.kk,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!(formats0(data7))){
const err30 = {instancePath:instancePath+"/organization/legalName/kk",schemaPath:"#/$defs/localizedLine/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.kk,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/organization/legalName/kk",schemaPath:"#/$defs/localizedLine/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.kk.type,parentSchema:schema32.properties.kk,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/organization/legalName",schemaPath:"#/$defs/localizedLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data4.legalForm !== undefined){
let data8 = data4.legalForm;
if(typeof data8 !== "string"){
const err33 = {instancePath:instancePath+"/organization/legalForm",schemaPath:"#/$defs/legalForm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!(((((data8 === "llp") || (data8 === "jsc")) || (data8 === "sole-proprietor")) || (data8 === "mfo")) || (data8 === "other"))){
const err34 = {instancePath:instancePath+"/organization/legalForm",schemaPath:"#/$defs/legalForm/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values",schema:schema33.enum,parentSchema:schema33,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data4.brandName !== undefined){
let data9 = data4.brandName;
if(typeof data9 === "string"){
if(func2(data9) > 300){
const err35 = {instancePath:instancePath+"/organization/brandName",schemaPath:"#/properties/organization/properties/brandName/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema31.properties.organization.properties.brandName,data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(func2(data9) < 1){
const err36 = {instancePath:instancePath+"/organization/brandName",schemaPath:"#/properties/organization/properties/brandName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.organization.properties.brandName,data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!(formats0(data9))){
const err37 = {instancePath:instancePath+"/organization/brandName",schemaPath:"#/properties/organization/properties/brandName/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema31.properties.organization.properties.brandName,data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/organization/brandName",schemaPath:"#/properties/organization/properties/brandName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.organization.properties.brandName.type,parentSchema:schema31.properties.organization.properties.brandName,data:data9};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data4.bin !== undefined){
let data10 = data4.bin;
if(typeof data10 === "string"){
if(func2(data10) > 32){
const err39 = {instancePath:instancePath+"/organization/bin",schemaPath:"#/$defs/bin/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters",schema:32,parentSchema:schema34,data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!(formats6(data10))){
const err40 = {instancePath:instancePath+"/organization/bin",schemaPath:"#/$defs/bin/format",keyword:"format",params:{format: "kz-bin"},message:"must match format \""+"kz-bin"+"\"",schema:"kz-bin",parentSchema:schema34,data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/organization/bin",schemaPath:"#/$defs/bin/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data10};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data4.iin !== undefined){
let data11 = data4.iin;
if(typeof data11 === "string"){
if(func2(data11) > 32){
const err42 = {instancePath:instancePath+"/organization/iin",schemaPath:"#/$defs/bin/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters",schema:32,parentSchema:schema34,data:data11};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(!(formats6(data11))){
const err43 = {instancePath:instancePath+"/organization/iin",schemaPath:"#/$defs/bin/format",keyword:"format",params:{format: "kz-bin"},message:"must match format \""+"kz-bin"+"\"",schema:"kz-bin",parentSchema:schema34,data:data11};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/organization/iin",schemaPath:"#/$defs/bin/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data11};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data4.address !== undefined){
let data12 = data4.address;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(Object.keys(data12).length < 1){
const err45 = {instancePath:instancePath+"/organization/address",schemaPath:"#/$defs/localizedLine/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data12};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
for(const key3 in data12){
if(!((key3 === "ru") || (key3 === "kk"))){
const err46 = {instancePath:instancePath+"/organization/address",schemaPath:"#/$defs/localizedLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data12};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data12.ru !== undefined){
let data13 = data12.ru;
if(typeof data13 === "string"){
if(func2(data13) > 300){
const err47 = {instancePath:instancePath+"/organization/address/ru",schemaPath:"#/$defs/localizedLine/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.ru,data:data13};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(func2(data13) < 1){
const err48 = {instancePath:instancePath+"/organization/address/ru",schemaPath:"#/$defs/localizedLine/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.ru,data:data13};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!(formats0(data13))){
const err49 = {instancePath:instancePath+"/organization/address/ru",schemaPath:"#/$defs/localizedLine/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.ru,data:data13};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/organization/address/ru",schemaPath:"#/$defs/localizedLine/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ru.type,parentSchema:schema32.properties.ru,data:data13};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data12.kk !== undefined){
let data14 = data12.kk;
if(typeof data14 === "string"){
if(func2(data14) > 300){
const err51 = {instancePath:instancePath+"/organization/address/kk",schemaPath:"#/$defs/localizedLine/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.kk,data:data14};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(func2(data14) < 1){
const err52 = {instancePath:instancePath+"/organization/address/kk",schemaPath:"#/$defs/localizedLine/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.kk,data:data14};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(!(formats0(data14))){
const err53 = {instancePath:instancePath+"/organization/address/kk",schemaPath:"#/$defs/localizedLine/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.kk,data:data14};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/organization/address/kk",schemaPath:"#/$defs/localizedLine/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.kk.type,parentSchema:schema32.properties.kk,data:data14};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/organization/address",schemaPath:"#/$defs/localizedLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data12};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data4.definedTerm !== undefined){
let data15 = data4.definedTerm;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(Object.keys(data15).length < 1){
const err56 = {instancePath:instancePath+"/organization/definedTerm",schemaPath:"#/$defs/localizedLine/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data15};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
for(const key4 in data15){
if(!((key4 === "ru") || (key4 === "kk"))){
const err57 = {instancePath:instancePath+"/organization/definedTerm",schemaPath:"#/$defs/localizedLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data15};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data15.ru !== undefined){
let data16 = data15.ru;
if(typeof data16 === "string"){
if(func2(data16) > 300){
const err58 = {instancePath:instancePath+"/organization/definedTerm/ru",schemaPath:"#/$defs/localizedLine/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.ru,data:data16};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(func2(data16) < 1){
const err59 = {instancePath:instancePath+"/organization/definedTerm/ru",schemaPath:"#/$defs/localizedLine/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.ru,data:data16};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(!(formats0(data16))){
const err60 = {instancePath:instancePath+"/organization/definedTerm/ru",schemaPath:"#/$defs/localizedLine/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.ru,data:data16};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/organization/definedTerm/ru",schemaPath:"#/$defs/localizedLine/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ru.type,parentSchema:schema32.properties.ru,data:data16};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data15.kk !== undefined){
let data17 = data15.kk;
if(typeof data17 === "string"){
if(func2(data17) > 300){
const err62 = {instancePath:instancePath+"/organization/definedTerm/kk",schemaPath:"#/$defs/localizedLine/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.kk,data:data17};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(func2(data17) < 1){
const err63 = {instancePath:instancePath+"/organization/definedTerm/kk",schemaPath:"#/$defs/localizedLine/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.kk,data:data17};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(!(formats0(data17))){
const err64 = {instancePath:instancePath+"/organization/definedTerm/kk",schemaPath:"#/$defs/localizedLine/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.kk,data:data17};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/organization/definedTerm/kk",schemaPath:"#/$defs/localizedLine/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.kk.type,parentSchema:schema32.properties.kk,data:data17};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/organization/definedTerm",schemaPath:"#/$defs/localizedLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data15};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data4.legalFormName !== undefined){
let data18 = data4.legalFormName;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(Object.keys(data18).length < 1){
const err67 = {instancePath:instancePath+"/organization/legalFormName",schemaPath:"#/properties/organization/properties/legalFormName/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31.properties.organization.properties.legalFormName,data:data18};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
for(const key5 in data18){
if(!((key5 === "ru") || (key5 === "kk"))){
const err68 = {instancePath:instancePath+"/organization/legalFormName",schemaPath:"#/properties/organization/properties/legalFormName/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.organization.properties.legalFormName,data:data18};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data18.ru !== undefined){
let data19 = data18.ru;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.short === undefined){
const err69 = {instancePath:instancePath+"/organization/legalFormName/ru",schemaPath:"#/properties/organization/properties/legalFormName/properties/ru/required",keyword:"required",params:{missingProperty: "short"},message:"must have required property '"+"short"+"'",schema:schema31.properties.organization.properties.legalFormName.properties.ru.required,parentSchema:schema31.properties.organization.properties.legalFormName.properties.ru,data:data19};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data19.full === undefined){
const err70 = {instancePath:instancePath+"/organization/legalFormName/ru",schemaPath:"#/properties/organization/properties/legalFormName/properties/ru/required",keyword:"required",params:{missingProperty: "full"},message:"must have required property '"+"full"+"'",schema:schema31.properties.organization.properties.legalFormName.properties.ru.required,parentSchema:schema31.properties.organization.properties.legalFormName.properties.ru,data:data19};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
for(const key6 in data19){
if(!((key6 === "short") || (key6 === "full"))){
const err71 = {instancePath:instancePath+"/organization/legalFormName/ru",schemaPath:"#/properties/organization/properties/legalFormName/properties/ru/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.organization.properties.legalFormName.properties.ru,data:data19};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data19.short !== undefined){
let data20 = data19.short;
if(typeof data20 === "string"){
if(func2(data20) > 40){
const err72 = {instancePath:instancePath+"/organization/legalFormName/ru/short",schemaPath:"#/properties/organization/properties/legalFormName/properties/ru/properties/short/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema31.properties.organization.properties.legalFormName.properties.ru.properties.short,data:data20};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(func2(data20) < 1){
const err73 = {instancePath:instancePath+"/organization/legalFormName/ru/short",schemaPath:"#/properties/organization/properties/legalFormName/properties/ru/properties/short/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.organization.properties.legalFormName.properties.ru.properties.short,data:data20};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(!(formats0(data20))){
const err74 = {instancePath:instancePath+"/organization/legalFormName/ru/short",schemaPath:"#/properties/organization/properties/legalFormName/properties/ru/properties/short/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema31.properties.organization.properties.legalFormName.properties.ru.properties.short,data:data20};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/organization/legalFormName/ru/short",schemaPath:"#/properties/organization/properties/legalFormName/properties/ru/properties/short/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.organization.properties.legalFormName.properties.ru.properties.short.type,parentSchema:schema31.properties.organization.properties.legalFormName.properties.ru.properties.short,data:data20};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data19.full !== undefined){
let data21 = data19.full;
if(typeof data21 === "string"){
if(func2(data21) > 200){
const err76 = {instancePath:instancePath+"/organization/legalFormName/ru/full",schemaPath:"#/properties/organization/properties/legalFormName/properties/ru/properties/full/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema31.properties.organization.properties.legalFormName.properties.ru.properties.full,data:data21};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(func2(data21) < 1){
const err77 = {instancePath:instancePath+"/organization/legalFormName/ru/full",schemaPath:"#/properties/organization/properties/legalFormName/properties/ru/properties/full/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.organization.properties.legalFormName.properties.ru.properties.full,data:data21};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(!(formats0(data21))){
const err78 = {instancePath:instancePath+"/organization/legalFormName/ru/full",schemaPath:"#/properties/organization/properties/legalFormName/properties/ru/properties/full/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema31.properties.organization.properties.legalFormName.properties.ru.properties.full,data:data21};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/organization/legalFormName/ru/full",schemaPath:"#/properties/organization/properties/legalFormName/properties/ru/properties/full/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.organization.properties.legalFormName.properties.ru.properties.full.type,parentSchema:schema31.properties.organization.properties.legalFormName.properties.ru.properties.full,data:data21};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/organization/legalFormName/ru",schemaPath:"#/properties/organization/properties/legalFormName/properties/ru/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.organization.properties.legalFormName.properties.ru.type,parentSchema:schema31.properties.organization.properties.legalFormName.properties.ru,data:data19};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data18.kk !== undefined){
let data22 = data18.kk;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.short === undefined){
const err81 = {instancePath:instancePath+"/organization/legalFormName/kk",schemaPath:"#/properties/organization/properties/legalFormName/properties/kk/required",keyword:"required",params:{missingProperty: "short"},message:"must have required property '"+"short"+"'",schema:schema31.properties.organization.properties.legalFormName.properties.kk.required,parentSchema:schema31.properties.organization.properties.legalFormName.properties.kk,data:data22};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data22.full === undefined){
const err82 = {instancePath:instancePath+"/organization/legalFormName/kk",schemaPath:"#/properties/organization/properties/legalFormName/properties/kk/required",keyword:"required",params:{missingProperty: "full"},message:"must have required property '"+"full"+"'",schema:schema31.properties.organization.properties.legalFormName.properties.kk.required,parentSchema:schema31.properties.organization.properties.legalFormName.properties.kk,data:data22};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
for(const key7 in data22){
if(!((key7 === "short") || (key7 === "full"))){
const err83 = {instancePath:instancePath+"/organization/legalFormName/kk",schemaPath:"#/properties/organization/properties/legalFormName/properties/kk/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.organization.properties.legalFormName.properties.kk,data:data22};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data22.short !== undefined){
let data23 = data22.short;
if(typeof data23 === "string"){
if(func2(data23) > 40){
const err84 = {instancePath:instancePath+"/organization/legalFormName/kk/short",schemaPath:"#/properties/organization/properties/legalFormName/properties/kk/properties/short/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema31.properties.organization.properties.legalFormName.properties.kk.properties.short,data:data23};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(func2(data23) < 1){
const err85 = {instancePath:instancePath+"/organization/legalFormName/kk/short",schemaPath:"#/properties/organization/properties/legalFormName/properties/kk/properties/short/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.organization.properties.legalFormName.properties.kk.properties.short,data:data23};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(!(formats0(data23))){
const err86 = {instancePath:instancePath+"/organization/legalFormName/kk/short",schemaPath:"#/properties/organization/properties/legalFormName/properties/kk/properties/short/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema31.properties.organization.properties.legalFormName.properties.kk.properties.short,data:data23};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/organization/legalFormName/kk/short",schemaPath:"#/properties/organization/properties/legalFormName/properties/kk/properties/short/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.organization.properties.legalFormName.properties.kk.properties.short.type,parentSchema:schema31.properties.organization.properties.legalFormName.properties.kk.properties.short,data:data23};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data22.full !== undefined){
let data24 = data22.full;
if(typeof data24 === "string"){
if(func2(data24) > 200){
const err88 = {instancePath:instancePath+"/organization/legalFormName/kk/full",schemaPath:"#/properties/organization/properties/legalFormName/properties/kk/properties/full/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema31.properties.organization.properties.legalFormName.properties.kk.properties.full,data:data24};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(func2(data24) < 1){
const err89 = {instancePath:instancePath+"/organization/legalFormName/kk/full",schemaPath:"#/properties/organization/properties/legalFormName/properties/kk/properties/full/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.organization.properties.legalFormName.properties.kk.properties.full,data:data24};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(!(formats0(data24))){
const err90 = {instancePath:instancePath+"/organization/legalFormName/kk/full",schemaPath:"#/properties/organization/properties/legalFormName/properties/kk/properties/full/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema31.properties.organization.properties.legalFormName.properties.kk.properties.full,data:data24};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/organization/legalFormName/kk/full",schemaPath:"#/properties/organization/properties/legalFormName/properties/kk/properties/full/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.organization.properties.legalFormName.properties.kk.properties.full.type,parentSchema:schema31.properties.organization.properties.legalFormName.properties.kk.properties.full,data:data24};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
else {
const err92 = {instancePath:instancePath+"/organization/legalFormName/kk",schemaPath:"#/properties/organization/properties/legalFormName/properties/kk/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.organization.properties.legalFormName.properties.kk.type,parentSchema:schema31.properties.organization.properties.legalFormName.properties.kk,data:data22};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath:instancePath+"/organization/legalFormName",schemaPath:"#/properties/organization/properties/legalFormName/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.organization.properties.legalFormName.type,parentSchema:schema31.properties.organization.properties.legalFormName,data:data18};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data4.resourceTerm !== undefined){
let data25 = data4.resourceTerm;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(Object.keys(data25).length < 1){
const err94 = {instancePath:instancePath+"/organization/resourceTerm",schemaPath:"#/properties/organization/properties/resourceTerm/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31.properties.organization.properties.resourceTerm,data:data25};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
for(const key8 in data25){
if(!((key8 === "ru") || (key8 === "kk"))){
const err95 = {instancePath:instancePath+"/organization/resourceTerm",schemaPath:"#/properties/organization/properties/resourceTerm/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.organization.properties.resourceTerm,data:data25};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data25.ru !== undefined){
let data26 = data25.ru;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.nom === undefined){
const err96 = {instancePath:instancePath+"/organization/resourceTerm/ru",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/required",keyword:"required",params:{missingProperty: "nom"},message:"must have required property '"+"nom"+"'",schema:schema31.properties.organization.properties.resourceTerm.properties.ru.required,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru,data:data26};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data26.gen === undefined){
const err97 = {instancePath:instancePath+"/organization/resourceTerm/ru",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/required",keyword:"required",params:{missingProperty: "gen"},message:"must have required property '"+"gen"+"'",schema:schema31.properties.organization.properties.resourceTerm.properties.ru.required,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru,data:data26};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data26.dat === undefined){
const err98 = {instancePath:instancePath+"/organization/resourceTerm/ru",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/required",keyword:"required",params:{missingProperty: "dat"},message:"must have required property '"+"dat"+"'",schema:schema31.properties.organization.properties.resourceTerm.properties.ru.required,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru,data:data26};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data26.acc === undefined){
const err99 = {instancePath:instancePath+"/organization/resourceTerm/ru",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/required",keyword:"required",params:{missingProperty: "acc"},message:"must have required property '"+"acc"+"'",schema:schema31.properties.organization.properties.resourceTerm.properties.ru.required,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru,data:data26};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data26.ins === undefined){
const err100 = {instancePath:instancePath+"/organization/resourceTerm/ru",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/required",keyword:"required",params:{missingProperty: "ins"},message:"must have required property '"+"ins"+"'",schema:schema31.properties.organization.properties.resourceTerm.properties.ru.required,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru,data:data26};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data26.prep === undefined){
const err101 = {instancePath:instancePath+"/organization/resourceTerm/ru",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/required",keyword:"required",params:{missingProperty: "prep"},message:"must have required property '"+"prep"+"'",schema:schema31.properties.organization.properties.resourceTerm.properties.ru.required,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru,data:data26};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data26.preposition === undefined){
const err102 = {instancePath:instancePath+"/organization/resourceTerm/ru",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/required",keyword:"required",params:{missingProperty: "preposition"},message:"must have required property '"+"preposition"+"'",schema:schema31.properties.organization.properties.resourceTerm.properties.ru.required,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru,data:data26};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
for(const key9 in data26){
if(!(((((((key9 === "nom") || (key9 === "gen")) || (key9 === "dat")) || (key9 === "acc")) || (key9 === "ins")) || (key9 === "prep")) || (key9 === "preposition"))){
const err103 = {instancePath:instancePath+"/organization/resourceTerm/ru",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru,data:data26};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data26.nom !== undefined){
let data27 = data26.nom;
if(typeof data27 === "string"){
if(func2(data27) > 60){
const err104 = {instancePath:instancePath+"/organization/resourceTerm/ru/nom",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/properties/nom/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters",schema:60,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.nom,data:data27};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(func2(data27) < 1){
const err105 = {instancePath:instancePath+"/organization/resourceTerm/ru/nom",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/properties/nom/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.nom,data:data27};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(!(formats0(data27))){
const err106 = {instancePath:instancePath+"/organization/resourceTerm/ru/nom",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/properties/nom/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.nom,data:data27};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
else {
const err107 = {instancePath:instancePath+"/organization/resourceTerm/ru/nom",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/properties/nom/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.nom.type,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.nom,data:data27};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data26.gen !== undefined){
let data28 = data26.gen;
if(typeof data28 === "string"){
if(func2(data28) > 60){
const err108 = {instancePath:instancePath+"/organization/resourceTerm/ru/gen",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/properties/gen/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters",schema:60,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.gen,data:data28};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if(func2(data28) < 1){
const err109 = {instancePath:instancePath+"/organization/resourceTerm/ru/gen",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/properties/gen/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.gen,data:data28};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(!(formats0(data28))){
const err110 = {instancePath:instancePath+"/organization/resourceTerm/ru/gen",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/properties/gen/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.gen,data:data28};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
else {
const err111 = {instancePath:instancePath+"/organization/resourceTerm/ru/gen",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/properties/gen/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.gen.type,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.gen,data:data28};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data26.dat !== undefined){
let data29 = data26.dat;
if(typeof data29 === "string"){
if(func2(data29) > 60){
const err112 = {instancePath:instancePath+"/organization/resourceTerm/ru/dat",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/properties/dat/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters",schema:60,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.dat,data:data29};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(func2(data29) < 1){
const err113 = {instancePath:instancePath+"/organization/resourceTerm/ru/dat",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/properties/dat/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.dat,data:data29};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(!(formats0(data29))){
const err114 = {instancePath:instancePath+"/organization/resourceTerm/ru/dat",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/properties/dat/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.dat,data:data29};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
else {
const err115 = {instancePath:instancePath+"/organization/resourceTerm/ru/dat",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/properties/dat/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.dat.type,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.dat,data:data29};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data26.acc !== undefined){
let data30 = data26.acc;
if(typeof data30 === "string"){
if(func2(data30) > 60){
const err116 = {instancePath:instancePath+"/organization/resourceTerm/ru/acc",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/properties/acc/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters",schema:60,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.acc,data:data30};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(func2(data30) < 1){
const err117 = {instancePath:instancePath+"/organization/resourceTerm/ru/acc",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/properties/acc/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.acc,data:data30};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(!(formats0(data30))){
const err118 = {instancePath:instancePath+"/organization/resourceTerm/ru/acc",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/properties/acc/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.acc,data:data30};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
else {
const err119 = {instancePath:instancePath+"/organization/resourceTerm/ru/acc",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/properties/acc/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.acc.type,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.acc,data:data30};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data26.ins !== undefined){
let data31 = data26.ins;
if(typeof data31 === "string"){
if(func2(data31) > 60){
const err120 = {instancePath:instancePath+"/organization/resourceTerm/ru/ins",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/properties/ins/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters",schema:60,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.ins,data:data31};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(func2(data31) < 1){
const err121 = {instancePath:instancePath+"/organization/resourceTerm/ru/ins",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/properties/ins/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.ins,data:data31};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(!(formats0(data31))){
const err122 = {instancePath:instancePath+"/organization/resourceTerm/ru/ins",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/properties/ins/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.ins,data:data31};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
else {
const err123 = {instancePath:instancePath+"/organization/resourceTerm/ru/ins",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/properties/ins/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.ins.type,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.ins,data:data31};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data26.prep !== undefined){
let data32 = data26.prep;
if(typeof data32 === "string"){
if(func2(data32) > 60){
const err124 = {instancePath:instancePath+"/organization/resourceTerm/ru/prep",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/properties/prep/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters",schema:60,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.prep,data:data32};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(func2(data32) < 1){
const err125 = {instancePath:instancePath+"/organization/resourceTerm/ru/prep",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/properties/prep/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.prep,data:data32};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if(!(formats0(data32))){
const err126 = {instancePath:instancePath+"/organization/resourceTerm/ru/prep",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/properties/prep/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.prep,data:data32};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
else {
const err127 = {instancePath:instancePath+"/organization/resourceTerm/ru/prep",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/properties/prep/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.prep.type,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.prep,data:data32};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data26.preposition !== undefined){
let data33 = data26.preposition;
if(typeof data33 !== "string"){
const err128 = {instancePath:instancePath+"/organization/resourceTerm/ru/preposition",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/properties/preposition/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.preposition.type,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.preposition,data:data33};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
if(!((data33 === "на") || (data33 === "в"))){
const err129 = {instancePath:instancePath+"/organization/resourceTerm/ru/preposition",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/properties/preposition/enum",keyword:"enum",params:{allowedValues: schema31.properties.organization.properties.resourceTerm.properties.ru.properties.preposition.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.preposition.enum,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru.properties.preposition,data:data33};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
else {
const err130 = {instancePath:instancePath+"/organization/resourceTerm/ru",schemaPath:"#/properties/organization/properties/resourceTerm/properties/ru/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.organization.properties.resourceTerm.properties.ru.type,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.ru,data:data26};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data25.kk !== undefined){
let data34 = data25.kk;
if(typeof data34 === "string"){
if(func2(data34) > 60){
const err131 = {instancePath:instancePath+"/organization/resourceTerm/kk",schemaPath:"#/properties/organization/properties/resourceTerm/properties/kk/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters",schema:60,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.kk,data:data34};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if(func2(data34) < 1){
const err132 = {instancePath:instancePath+"/organization/resourceTerm/kk",schemaPath:"#/properties/organization/properties/resourceTerm/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.kk,data:data34};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
if(!(formats0(data34))){
const err133 = {instancePath:instancePath+"/organization/resourceTerm/kk",schemaPath:"#/properties/organization/properties/resourceTerm/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema31.properties.organization.properties.resourceTerm.properties.kk,data:data34};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
else {
const err134 = {instancePath:instancePath+"/organization/resourceTerm/kk",schemaPath:"#/properties/organization/properties/resourceTerm/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.organization.properties.resourceTerm.properties.kk.type,parentSchema:schema31.properties.organization.properties.resourceTerm.properties.kk,data:data34};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
else {
const err135 = {instancePath:instancePath+"/organization/resourceTerm",schemaPath:"#/properties/organization/properties/resourceTerm/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.organization.properties.resourceTerm.type,parentSchema:schema31.properties.organization.properties.resourceTerm,data:data25};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
}
else {
const err136 = {instancePath:instancePath+"/organization",schemaPath:"#/properties/organization/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.organization.type,parentSchema:schema31.properties.organization,data:data4};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data.sites !== undefined){
let data35 = data.sites;
if(Array.isArray(data35)){
if(data35.length < 1){
const err137 = {instancePath:instancePath+"/sites",schemaPath:"#/properties/sites/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.sites,data:data35};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
const len1 = data35.length;
for(let i2=0; i2<len1; i2++){
let data36 = data35[i2];
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(Object.keys(data36).length < 1){
const err138 = {instancePath:instancePath+"/sites/" + i2,schemaPath:"#/properties/sites/items/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31.properties.sites.items,data:data36};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
for(const key10 in data36){
if(!(((((key10 === "kind") || (key10 === "url")) || (key10 === "name")) || (key10 === "appStore")) || (key10 === "googlePlay"))){
const err139 = {instancePath:instancePath+"/sites/" + i2,schemaPath:"#/properties/sites/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.sites.items,data:data36};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data36.kind !== undefined){
let data37 = data36.kind;
if(typeof data37 !== "string"){
const err140 = {instancePath:instancePath+"/sites/" + i2+"/kind",schemaPath:"#/properties/sites/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.sites.items.properties.kind.type,parentSchema:schema31.properties.sites.items.properties.kind,data:data37};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(!(((data37 === "website") || (data37 === "mobile-app")) || (data37 === "service"))){
const err141 = {instancePath:instancePath+"/sites/" + i2+"/kind",schemaPath:"#/properties/sites/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema31.properties.sites.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.sites.items.properties.kind.enum,parentSchema:schema31.properties.sites.items.properties.kind,data:data37};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data36.url !== undefined){
let data38 = data36.url;
if(typeof data38 === "string"){
if(func2(data38) > 2000){
const err142 = {instancePath:instancePath+"/sites/" + i2+"/url",schemaPath:"#/$defs/httpsUrl/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema38,data:data38};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
if(!pattern5.test(data38)){
const err143 = {instancePath:instancePath+"/sites/" + i2+"/url",schemaPath:"#/$defs/httpsUrl/pattern",keyword:"pattern",params:{pattern: "^https://[^/?#\\s]+"},message:"must match pattern \""+"^https://[^/?#\\s]+"+"\"",schema:"^https://[^/?#\\s]+",parentSchema:schema38,data:data38};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(!(formats40(data38))){
const err144 = {instancePath:instancePath+"/sites/" + i2+"/url",schemaPath:"#/$defs/httpsUrl/format",keyword:"format",params:{format: "https-url"},message:"must match format \""+"https-url"+"\"",schema:"https-url",parentSchema:schema38,data:data38};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
else {
const err145 = {instancePath:instancePath+"/sites/" + i2+"/url",schemaPath:"#/$defs/httpsUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data38};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data36.name !== undefined){
let data39 = data36.name;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(Object.keys(data39).length < 1){
const err146 = {instancePath:instancePath+"/sites/" + i2+"/name",schemaPath:"#/$defs/localizedLine/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data39};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
for(const key11 in data39){
if(!((key11 === "ru") || (key11 === "kk"))){
const err147 = {instancePath:instancePath+"/sites/" + i2+"/name",schemaPath:"#/$defs/localizedLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data39};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data39.ru !== undefined){
let data40 = data39.ru;
if(typeof data40 === "string"){
if(func2(data40) > 300){
const err148 = {instancePath:instancePath+"/sites/" + i2+"/name/ru",schemaPath:"#/$defs/localizedLine/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.ru,data:data40};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(func2(data40) < 1){
const err149 = {instancePath:instancePath+"/sites/" + i2+"/name/ru",schemaPath:"#/$defs/localizedLine/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.ru,data:data40};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if(!(formats0(data40))){
const err150 = {instancePath:instancePath+"/sites/" + i2+"/name/ru",schemaPath:"#/$defs/localizedLine/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.ru,data:data40};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
else {
const err151 = {instancePath:instancePath+"/sites/" + i2+"/name/ru",schemaPath:"#/$defs/localizedLine/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ru.type,parentSchema:schema32.properties.ru,data:data40};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data39.kk !== undefined){
let data41 = data39.kk;
if(typeof data41 === "string"){
if(func2(data41) > 300){
const err152 = {instancePath:instancePath+"/sites/" + i2+"/name/kk",schemaPath:"#/$defs/localizedLine/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.kk,data:data41};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
if(func2(data41) < 1){
const err153 = {instancePath:instancePath+"/sites/" + i2+"/name/kk",schemaPath:"#/$defs/localizedLine/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.kk,data:data41};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(!(formats0(data41))){
const err154 = {instancePath:instancePath+"/sites/" + i2+"/name/kk",schemaPath:"#/$defs/localizedLine/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.kk,data:data41};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
else {
const err155 = {instancePath:instancePath+"/sites/" + i2+"/name/kk",schemaPath:"#/$defs/localizedLine/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.kk.type,parentSchema:schema32.properties.kk,data:data41};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
}
else {
const err156 = {instancePath:instancePath+"/sites/" + i2+"/name",schemaPath:"#/$defs/localizedLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data39};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data36.appStore !== undefined){
let data42 = data36.appStore;
if(typeof data42 === "string"){
if(func2(data42) > 2000){
const err157 = {instancePath:instancePath+"/sites/" + i2+"/appStore",schemaPath:"#/$defs/httpsUrl/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema38,data:data42};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if(!pattern5.test(data42)){
const err158 = {instancePath:instancePath+"/sites/" + i2+"/appStore",schemaPath:"#/$defs/httpsUrl/pattern",keyword:"pattern",params:{pattern: "^https://[^/?#\\s]+"},message:"must match pattern \""+"^https://[^/?#\\s]+"+"\"",schema:"^https://[^/?#\\s]+",parentSchema:schema38,data:data42};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
if(!(formats40(data42))){
const err159 = {instancePath:instancePath+"/sites/" + i2+"/appStore",schemaPath:"#/$defs/httpsUrl/format",keyword:"format",params:{format: "https-url"},message:"must match format \""+"https-url"+"\"",schema:"https-url",parentSchema:schema38,data:data42};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
else {
const err160 = {instancePath:instancePath+"/sites/" + i2+"/appStore",schemaPath:"#/$defs/httpsUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data42};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data36.googlePlay !== undefined){
let data43 = data36.googlePlay;
if(typeof data43 === "string"){
if(func2(data43) > 2000){
const err161 = {instancePath:instancePath+"/sites/" + i2+"/googlePlay",schemaPath:"#/$defs/httpsUrl/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema38,data:data43};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
if(!pattern5.test(data43)){
const err162 = {instancePath:instancePath+"/sites/" + i2+"/googlePlay",schemaPath:"#/$defs/httpsUrl/pattern",keyword:"pattern",params:{pattern: "^https://[^/?#\\s]+"},message:"must match pattern \""+"^https://[^/?#\\s]+"+"\"",schema:"^https://[^/?#\\s]+",parentSchema:schema38,data:data43};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
if(!(formats40(data43))){
const err163 = {instancePath:instancePath+"/sites/" + i2+"/googlePlay",schemaPath:"#/$defs/httpsUrl/format",keyword:"format",params:{format: "https-url"},message:"must match format \""+"https-url"+"\"",schema:"https-url",parentSchema:schema38,data:data43};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
else {
const err164 = {instancePath:instancePath+"/sites/" + i2+"/googlePlay",schemaPath:"#/$defs/httpsUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data43};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
}
else {
const err165 = {instancePath:instancePath+"/sites/" + i2,schemaPath:"#/properties/sites/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.sites.items.type,parentSchema:schema31.properties.sites.items,data:data36};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
}
else {
const err166 = {instancePath:instancePath+"/sites",schemaPath:"#/properties/sites/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.sites.type,parentSchema:schema31.properties.sites,data:data35};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data.contacts !== undefined){
let data44 = data.contacts;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.general === undefined){
const err167 = {instancePath:instancePath+"/contacts",schemaPath:"#/properties/contacts/required",keyword:"required",params:{missingProperty: "general"},message:"must have required property '"+"general"+"'",schema:schema31.properties.contacts.required,parentSchema:schema31.properties.contacts,data:data44};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
for(const key12 in data44){
if(!(((key12 === "general") || (key12 === "personalData")) || (key12 === "marketing"))){
const err168 = {instancePath:instancePath+"/contacts",schemaPath:"#/properties/contacts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.contacts,data:data44};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data44.general !== undefined){
let data45 = data44.general;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(Object.keys(data45).length < 1){
const err169 = {instancePath:instancePath+"/contacts/general",schemaPath:"#/properties/contacts/properties/general/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31.properties.contacts.properties.general,data:data45};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
for(const key13 in data45){
if(!((((key13 === "email") || (key13 === "phone")) || (key13 === "url")) || (key13 === "postalAddress"))){
const err170 = {instancePath:instancePath+"/contacts/general",schemaPath:"#/properties/contacts/properties/general/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.contacts.properties.general,data:data45};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data45.email !== undefined){
let data46 = data45.email;
if(typeof data46 === "string"){
if(func2(data46) > 300){
const err171 = {instancePath:instancePath+"/contacts/general/email",schemaPath:"#/$defs/email/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema42,data:data46};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
if(!(formats50.test(data46))){
const err172 = {instancePath:instancePath+"/contacts/general/email",schemaPath:"#/$defs/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema42,data:data46};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
else {
const err173 = {instancePath:instancePath+"/contacts/general/email",schemaPath:"#/$defs/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data46};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data45.phone !== undefined){
let data47 = data45.phone;
if(typeof data47 === "string"){
if(func2(data47) > 300){
const err174 = {instancePath:instancePath+"/contacts/general/phone",schemaPath:"#/$defs/phone/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema43,data:data47};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
if(!(formats52(data47))){
const err175 = {instancePath:instancePath+"/contacts/general/phone",schemaPath:"#/$defs/phone/format",keyword:"format",params:{format: "phone"},message:"must match format \""+"phone"+"\"",schema:"phone",parentSchema:schema43,data:data47};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
else {
const err176 = {instancePath:instancePath+"/contacts/general/phone",schemaPath:"#/$defs/phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data47};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
if(data45.url !== undefined){
let data48 = data45.url;
if(typeof data48 === "string"){
if(func2(data48) > 2000){
const err177 = {instancePath:instancePath+"/contacts/general/url",schemaPath:"#/$defs/httpsUrl/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema38,data:data48};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
if(!pattern5.test(data48)){
const err178 = {instancePath:instancePath+"/contacts/general/url",schemaPath:"#/$defs/httpsUrl/pattern",keyword:"pattern",params:{pattern: "^https://[^/?#\\s]+"},message:"must match pattern \""+"^https://[^/?#\\s]+"+"\"",schema:"^https://[^/?#\\s]+",parentSchema:schema38,data:data48};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
if(!(formats40(data48))){
const err179 = {instancePath:instancePath+"/contacts/general/url",schemaPath:"#/$defs/httpsUrl/format",keyword:"format",params:{format: "https-url"},message:"must match format \""+"https-url"+"\"",schema:"https-url",parentSchema:schema38,data:data48};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
else {
const err180 = {instancePath:instancePath+"/contacts/general/url",schemaPath:"#/$defs/httpsUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data48};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data45.postalAddress !== undefined){
let data49 = data45.postalAddress;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(Object.keys(data49).length < 1){
const err181 = {instancePath:instancePath+"/contacts/general/postalAddress",schemaPath:"#/$defs/localizedLine/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data49};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
for(const key14 in data49){
if(!((key14 === "ru") || (key14 === "kk"))){
const err182 = {instancePath:instancePath+"/contacts/general/postalAddress",schemaPath:"#/$defs/localizedLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data49};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data49.ru !== undefined){
let data50 = data49.ru;
if(typeof data50 === "string"){
if(func2(data50) > 300){
const err183 = {instancePath:instancePath+"/contacts/general/postalAddress/ru",schemaPath:"#/$defs/localizedLine/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.ru,data:data50};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
if(func2(data50) < 1){
const err184 = {instancePath:instancePath+"/contacts/general/postalAddress/ru",schemaPath:"#/$defs/localizedLine/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.ru,data:data50};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
if(!(formats0(data50))){
const err185 = {instancePath:instancePath+"/contacts/general/postalAddress/ru",schemaPath:"#/$defs/localizedLine/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.ru,data:data50};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
else {
const err186 = {instancePath:instancePath+"/contacts/general/postalAddress/ru",schemaPath:"#/$defs/localizedLine/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ru.type,parentSchema:schema32.properties.ru,data:data50};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
if(data49.kk !== undefined){
let data51 = data49.kk;
if(typeof data51 === "string"){
if(func2(data51) > 300){
const err187 = {instancePath:instancePath+"/contacts/general/postalAddress/kk",schemaPath:"#/$defs/localizedLine/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.kk,data:data51};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
if(func2(data51) < 1){
const err188 = {instancePath:instancePath+"/contacts/general/postalAddress/kk",schemaPath:"#/$defs/localizedLine/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.kk,data:data51};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
if(!(formats0(data51))){
const err189 = {instancePath:instancePath+"/contacts/general/postalAddress/kk",schemaPath:"#/$defs/localizedLine/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.kk,data:data51};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
else {
const err190 = {instancePath:instancePath+"/contacts/general/postalAddress/kk",schemaPath:"#/$defs/localizedLine/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.kk.type,parentSchema:schema32.properties.kk,data:data51};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
}
else {
const err191 = {instancePath:instancePath+"/contacts/general/postalAddress",schemaPath:"#/$defs/localizedLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data49};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
}
else {
const err192 = {instancePath:instancePath+"/contacts/general",schemaPath:"#/properties/contacts/properties/general/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.contacts.properties.general.type,parentSchema:schema31.properties.contacts.properties.general,data:data45};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
if(data44.personalData !== undefined){
let data52 = data44.personalData;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
if(Object.keys(data52).length < 1){
const err193 = {instancePath:instancePath+"/contacts/personalData",schemaPath:"#/properties/contacts/properties/personalData/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31.properties.contacts.properties.personalData,data:data52};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
for(const key15 in data52){
if(!((((key15 === "email") || (key15 === "phone")) || (key15 === "url")) || (key15 === "postalAddress"))){
const err194 = {instancePath:instancePath+"/contacts/personalData",schemaPath:"#/properties/contacts/properties/personalData/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.contacts.properties.personalData,data:data52};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
if(data52.email !== undefined){
let data53 = data52.email;
if(typeof data53 === "string"){
if(func2(data53) > 300){
const err195 = {instancePath:instancePath+"/contacts/personalData/email",schemaPath:"#/$defs/email/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema42,data:data53};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
if(!(formats50.test(data53))){
const err196 = {instancePath:instancePath+"/contacts/personalData/email",schemaPath:"#/$defs/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema42,data:data53};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
else {
const err197 = {instancePath:instancePath+"/contacts/personalData/email",schemaPath:"#/$defs/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data53};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data52.phone !== undefined){
let data54 = data52.phone;
if(typeof data54 === "string"){
if(func2(data54) > 300){
const err198 = {instancePath:instancePath+"/contacts/personalData/phone",schemaPath:"#/$defs/phone/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema43,data:data54};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
if(!(formats52(data54))){
const err199 = {instancePath:instancePath+"/contacts/personalData/phone",schemaPath:"#/$defs/phone/format",keyword:"format",params:{format: "phone"},message:"must match format \""+"phone"+"\"",schema:"phone",parentSchema:schema43,data:data54};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
else {
const err200 = {instancePath:instancePath+"/contacts/personalData/phone",schemaPath:"#/$defs/phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data54};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data52.url !== undefined){
let data55 = data52.url;
if(typeof data55 === "string"){
if(func2(data55) > 2000){
const err201 = {instancePath:instancePath+"/contacts/personalData/url",schemaPath:"#/$defs/httpsUrl/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema38,data:data55};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
if(!pattern5.test(data55)){
const err202 = {instancePath:instancePath+"/contacts/personalData/url",schemaPath:"#/$defs/httpsUrl/pattern",keyword:"pattern",params:{pattern: "^https://[^/?#\\s]+"},message:"must match pattern \""+"^https://[^/?#\\s]+"+"\"",schema:"^https://[^/?#\\s]+",parentSchema:schema38,data:data55};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
if(!(formats40(data55))){
const err203 = {instancePath:instancePath+"/contacts/personalData/url",schemaPath:"#/$defs/httpsUrl/format",keyword:"format",params:{format: "https-url"},message:"must match format \""+"https-url"+"\"",schema:"https-url",parentSchema:schema38,data:data55};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
else {
const err204 = {instancePath:instancePath+"/contacts/personalData/url",schemaPath:"#/$defs/httpsUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data55};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
if(data52.postalAddress !== undefined){
let data56 = data52.postalAddress;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
if(Object.keys(data56).length < 1){
const err205 = {instancePath:instancePath+"/contacts/personalData/postalAddress",schemaPath:"#/$defs/localizedLine/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data56};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
for(const key16 in data56){
if(!((key16 === "ru") || (key16 === "kk"))){
const err206 = {instancePath:instancePath+"/contacts/personalData/postalAddress",schemaPath:"#/$defs/localizedLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data56};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
if(data56.ru !== undefined){
let data57 = data56.ru;
if(typeof data57 === "string"){
if(func2(data57) > 300){
const err207 = {instancePath:instancePath+"/contacts/personalData/postalAddress/ru",schemaPath:"#/$defs/localizedLine/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.ru,data:data57};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
if(func2(data57) < 1){
const err208 = {instancePath:instancePath+"/contacts/personalData/postalAddress/ru",schemaPath:"#/$defs/localizedLine/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.ru,data:data57};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
if(!(formats0(data57))){
const err209 = {instancePath:instancePath+"/contacts/personalData/postalAddress/ru",schemaPath:"#/$defs/localizedLine/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.ru,data:data57};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
else {
const err210 = {instancePath:instancePath+"/contacts/personalData/postalAddress/ru",schemaPath:"#/$defs/localizedLine/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ru.type,parentSchema:schema32.properties.ru,data:data57};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
if(data56.kk !== undefined){
let data58 = data56.kk;
if(typeof data58 === "string"){
if(func2(data58) > 300){
const err211 = {instancePath:instancePath+"/contacts/personalData/postalAddress/kk",schemaPath:"#/$defs/localizedLine/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.kk,data:data58};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
if(func2(data58) < 1){
const err212 = {instancePath:instancePath+"/contacts/personalData/postalAddress/kk",schemaPath:"#/$defs/localizedLine/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.kk,data:data58};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
if(!(formats0(data58))){
const err213 = {instancePath:instancePath+"/contacts/personalData/postalAddress/kk",schemaPath:"#/$defs/localizedLine/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.kk,data:data58};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
else {
const err214 = {instancePath:instancePath+"/contacts/personalData/postalAddress/kk",schemaPath:"#/$defs/localizedLine/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.kk.type,parentSchema:schema32.properties.kk,data:data58};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
}
else {
const err215 = {instancePath:instancePath+"/contacts/personalData/postalAddress",schemaPath:"#/$defs/localizedLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data56};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
}
else {
const err216 = {instancePath:instancePath+"/contacts/personalData",schemaPath:"#/properties/contacts/properties/personalData/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.contacts.properties.personalData.type,parentSchema:schema31.properties.contacts.properties.personalData,data:data52};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
if(data44.marketing !== undefined){
let data59 = data44.marketing;
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
if(Object.keys(data59).length < 1){
const err217 = {instancePath:instancePath+"/contacts/marketing",schemaPath:"#/properties/contacts/properties/marketing/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31.properties.contacts.properties.marketing,data:data59};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
for(const key17 in data59){
if(!((((key17 === "email") || (key17 === "phone")) || (key17 === "url")) || (key17 === "postalAddress"))){
const err218 = {instancePath:instancePath+"/contacts/marketing",schemaPath:"#/properties/contacts/properties/marketing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.contacts.properties.marketing,data:data59};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data59.email !== undefined){
let data60 = data59.email;
if(typeof data60 === "string"){
if(func2(data60) > 300){
const err219 = {instancePath:instancePath+"/contacts/marketing/email",schemaPath:"#/$defs/email/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema42,data:data60};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
if(!(formats50.test(data60))){
const err220 = {instancePath:instancePath+"/contacts/marketing/email",schemaPath:"#/$defs/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema42,data:data60};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
else {
const err221 = {instancePath:instancePath+"/contacts/marketing/email",schemaPath:"#/$defs/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data60};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
if(data59.phone !== undefined){
let data61 = data59.phone;
if(typeof data61 === "string"){
if(func2(data61) > 300){
const err222 = {instancePath:instancePath+"/contacts/marketing/phone",schemaPath:"#/$defs/phone/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema43,data:data61};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
if(!(formats52(data61))){
const err223 = {instancePath:instancePath+"/contacts/marketing/phone",schemaPath:"#/$defs/phone/format",keyword:"format",params:{format: "phone"},message:"must match format \""+"phone"+"\"",schema:"phone",parentSchema:schema43,data:data61};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
else {
const err224 = {instancePath:instancePath+"/contacts/marketing/phone",schemaPath:"#/$defs/phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data61};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data59.url !== undefined){
let data62 = data59.url;
if(typeof data62 === "string"){
if(func2(data62) > 2000){
const err225 = {instancePath:instancePath+"/contacts/marketing/url",schemaPath:"#/$defs/httpsUrl/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema38,data:data62};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
if(!pattern5.test(data62)){
const err226 = {instancePath:instancePath+"/contacts/marketing/url",schemaPath:"#/$defs/httpsUrl/pattern",keyword:"pattern",params:{pattern: "^https://[^/?#\\s]+"},message:"must match pattern \""+"^https://[^/?#\\s]+"+"\"",schema:"^https://[^/?#\\s]+",parentSchema:schema38,data:data62};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
if(!(formats40(data62))){
const err227 = {instancePath:instancePath+"/contacts/marketing/url",schemaPath:"#/$defs/httpsUrl/format",keyword:"format",params:{format: "https-url"},message:"must match format \""+"https-url"+"\"",schema:"https-url",parentSchema:schema38,data:data62};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
else {
const err228 = {instancePath:instancePath+"/contacts/marketing/url",schemaPath:"#/$defs/httpsUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data62};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
if(data59.postalAddress !== undefined){
let data63 = data59.postalAddress;
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
if(Object.keys(data63).length < 1){
const err229 = {instancePath:instancePath+"/contacts/marketing/postalAddress",schemaPath:"#/$defs/localizedLine/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data63};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
for(const key18 in data63){
if(!((key18 === "ru") || (key18 === "kk"))){
const err230 = {instancePath:instancePath+"/contacts/marketing/postalAddress",schemaPath:"#/$defs/localizedLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data63};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
if(data63.ru !== undefined){
let data64 = data63.ru;
if(typeof data64 === "string"){
if(func2(data64) > 300){
const err231 = {instancePath:instancePath+"/contacts/marketing/postalAddress/ru",schemaPath:"#/$defs/localizedLine/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.ru,data:data64};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
if(func2(data64) < 1){
const err232 = {instancePath:instancePath+"/contacts/marketing/postalAddress/ru",schemaPath:"#/$defs/localizedLine/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.ru,data:data64};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
if(!(formats0(data64))){
const err233 = {instancePath:instancePath+"/contacts/marketing/postalAddress/ru",schemaPath:"#/$defs/localizedLine/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.ru,data:data64};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
else {
const err234 = {instancePath:instancePath+"/contacts/marketing/postalAddress/ru",schemaPath:"#/$defs/localizedLine/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ru.type,parentSchema:schema32.properties.ru,data:data64};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
if(data63.kk !== undefined){
let data65 = data63.kk;
if(typeof data65 === "string"){
if(func2(data65) > 300){
const err235 = {instancePath:instancePath+"/contacts/marketing/postalAddress/kk",schemaPath:"#/$defs/localizedLine/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.kk,data:data65};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
if(func2(data65) < 1){
const err236 = {instancePath:instancePath+"/contacts/marketing/postalAddress/kk",schemaPath:"#/$defs/localizedLine/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.kk,data:data65};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
if(!(formats0(data65))){
const err237 = {instancePath:instancePath+"/contacts/marketing/postalAddress/kk",schemaPath:"#/$defs/localizedLine/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.kk,data:data65};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
else {
const err238 = {instancePath:instancePath+"/contacts/marketing/postalAddress/kk",schemaPath:"#/$defs/localizedLine/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.kk.type,parentSchema:schema32.properties.kk,data:data65};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
}
else {
const err239 = {instancePath:instancePath+"/contacts/marketing/postalAddress",schemaPath:"#/$defs/localizedLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data63};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
}
else {
const err240 = {instancePath:instancePath+"/contacts/marketing",schemaPath:"#/properties/contacts/properties/marketing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.contacts.properties.marketing.type,parentSchema:schema31.properties.contacts.properties.marketing,data:data59};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
}
else {
const err241 = {instancePath:instancePath+"/contacts",schemaPath:"#/properties/contacts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.contacts.type,parentSchema:schema31.properties.contacts,data:data44};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
if(data.responsiblePerson !== undefined){
let data66 = data.responsiblePerson;
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
if(data66.position === undefined){
const err242 = {instancePath:instancePath+"/responsiblePerson",schemaPath:"#/properties/responsiblePerson/required",keyword:"required",params:{missingProperty: "position"},message:"must have required property '"+"position"+"'",schema:schema31.properties.responsiblePerson.required,parentSchema:schema31.properties.responsiblePerson,data:data66};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
if(data66.email === undefined){
const err243 = {instancePath:instancePath+"/responsiblePerson",schemaPath:"#/properties/responsiblePerson/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema31.properties.responsiblePerson.required,parentSchema:schema31.properties.responsiblePerson,data:data66};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
for(const key19 in data66){
if(!(((key19 === "position") || (key19 === "email")) || (key19 === "name"))){
const err244 = {instancePath:instancePath+"/responsiblePerson",schemaPath:"#/properties/responsiblePerson/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.responsiblePerson,data:data66};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
if(data66.position !== undefined){
let data67 = data66.position;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
if(Object.keys(data67).length < 1){
const err245 = {instancePath:instancePath+"/responsiblePerson/position",schemaPath:"#/$defs/localizedLine/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data67};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
for(const key20 in data67){
if(!((key20 === "ru") || (key20 === "kk"))){
const err246 = {instancePath:instancePath+"/responsiblePerson/position",schemaPath:"#/$defs/localizedLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data67};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
if(data67.ru !== undefined){
let data68 = data67.ru;
if(typeof data68 === "string"){
if(func2(data68) > 300){
const err247 = {instancePath:instancePath+"/responsiblePerson/position/ru",schemaPath:"#/$defs/localizedLine/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.ru,data:data68};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
if(func2(data68) < 1){
const err248 = {instancePath:instancePath+"/responsiblePerson/position/ru",schemaPath:"#/$defs/localizedLine/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.ru,data:data68};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
if(!(formats0(data68))){
const err249 = {instancePath:instancePath+"/responsiblePerson/position/ru",schemaPath:"#/$defs/localizedLine/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.ru,data:data68};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
else {
const err250 = {instancePath:instancePath+"/responsiblePerson/position/ru",schemaPath:"#/$defs/localizedLine/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ru.type,parentSchema:schema32.properties.ru,data:data68};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
if(data67.kk !== undefined){
let data69 = data67.kk;
if(typeof data69 === "string"){
if(func2(data69) > 300){
const err251 = {instancePath:instancePath+"/responsiblePerson/position/kk",schemaPath:"#/$defs/localizedLine/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.kk,data:data69};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
if(func2(data69) < 1){
const err252 = {instancePath:instancePath+"/responsiblePerson/position/kk",schemaPath:"#/$defs/localizedLine/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.kk,data:data69};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
if(!(formats0(data69))){
const err253 = {instancePath:instancePath+"/responsiblePerson/position/kk",schemaPath:"#/$defs/localizedLine/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.kk,data:data69};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
else {
const err254 = {instancePath:instancePath+"/responsiblePerson/position/kk",schemaPath:"#/$defs/localizedLine/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.kk.type,parentSchema:schema32.properties.kk,data:data69};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
}
else {
const err255 = {instancePath:instancePath+"/responsiblePerson/position",schemaPath:"#/$defs/localizedLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data67};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
if(data66.email !== undefined){
let data70 = data66.email;
if(typeof data70 === "string"){
if(func2(data70) > 300){
const err256 = {instancePath:instancePath+"/responsiblePerson/email",schemaPath:"#/$defs/email/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema42,data:data70};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
if(!(formats50.test(data70))){
const err257 = {instancePath:instancePath+"/responsiblePerson/email",schemaPath:"#/$defs/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema42,data:data70};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
else {
const err258 = {instancePath:instancePath+"/responsiblePerson/email",schemaPath:"#/$defs/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data70};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
if(data66.name !== undefined){
let data71 = data66.name;
if(data71 && typeof data71 == "object" && !Array.isArray(data71)){
if(Object.keys(data71).length < 1){
const err259 = {instancePath:instancePath+"/responsiblePerson/name",schemaPath:"#/$defs/localizedLine/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data71};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
for(const key21 in data71){
if(!((key21 === "ru") || (key21 === "kk"))){
const err260 = {instancePath:instancePath+"/responsiblePerson/name",schemaPath:"#/$defs/localizedLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data71};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
if(data71.ru !== undefined){
let data72 = data71.ru;
if(typeof data72 === "string"){
if(func2(data72) > 300){
const err261 = {instancePath:instancePath+"/responsiblePerson/name/ru",schemaPath:"#/$defs/localizedLine/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.ru,data:data72};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
if(func2(data72) < 1){
const err262 = {instancePath:instancePath+"/responsiblePerson/name/ru",schemaPath:"#/$defs/localizedLine/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.ru,data:data72};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
if(!(formats0(data72))){
const err263 = {instancePath:instancePath+"/responsiblePerson/name/ru",schemaPath:"#/$defs/localizedLine/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.ru,data:data72};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
else {
const err264 = {instancePath:instancePath+"/responsiblePerson/name/ru",schemaPath:"#/$defs/localizedLine/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ru.type,parentSchema:schema32.properties.ru,data:data72};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
if(data71.kk !== undefined){
let data73 = data71.kk;
if(typeof data73 === "string"){
if(func2(data73) > 300){
const err265 = {instancePath:instancePath+"/responsiblePerson/name/kk",schemaPath:"#/$defs/localizedLine/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.kk,data:data73};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
if(func2(data73) < 1){
const err266 = {instancePath:instancePath+"/responsiblePerson/name/kk",schemaPath:"#/$defs/localizedLine/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.kk,data:data73};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
if(!(formats0(data73))){
const err267 = {instancePath:instancePath+"/responsiblePerson/name/kk",schemaPath:"#/$defs/localizedLine/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.kk,data:data73};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
else {
const err268 = {instancePath:instancePath+"/responsiblePerson/name/kk",schemaPath:"#/$defs/localizedLine/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.kk.type,parentSchema:schema32.properties.kk,data:data73};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
}
else {
const err269 = {instancePath:instancePath+"/responsiblePerson/name",schemaPath:"#/$defs/localizedLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data71};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
}
else {
const err270 = {instancePath:instancePath+"/responsiblePerson",schemaPath:"#/properties/responsiblePerson/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.responsiblePerson.type,parentSchema:schema31.properties.responsiblePerson,data:data66};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
if(data.documents !== undefined){
let data74 = data.documents;
if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
if(Object.keys(data74).length < 1){
const err271 = {instancePath:instancePath+"/documents",schemaPath:"#/properties/documents/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31.properties.documents,data:data74};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
for(const key22 in data74){
if(!((key22 === "cookiePolicy") || (key22 === "privacyPolicy"))){
const err272 = {instancePath:instancePath+"/documents",schemaPath:"#/properties/documents/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.documents,data:data74};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
}
if(data74.cookiePolicy !== undefined){
let data75 = data74.cookiePolicy;
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
if(data75.versions === undefined){
const err273 = {instancePath:instancePath+"/documents/cookiePolicy",schemaPath:"#/properties/documents/properties/cookiePolicy/required",keyword:"required",params:{missingProperty: "versions"},message:"must have required property '"+"versions"+"'",schema:schema31.properties.documents.properties.cookiePolicy.required,parentSchema:schema31.properties.documents.properties.cookiePolicy,data:data75};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
if(data75.changeNotice === undefined){
const err274 = {instancePath:instancePath+"/documents/cookiePolicy",schemaPath:"#/properties/documents/properties/cookiePolicy/required",keyword:"required",params:{missingProperty: "changeNotice"},message:"must have required property '"+"changeNotice"+"'",schema:schema31.properties.documents.properties.cookiePolicy.required,parentSchema:schema31.properties.documents.properties.cookiePolicy,data:data75};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
for(const key23 in data75){
if(!((((((key23 === "versions") || (key23 === "audience")) || (key23 === "url")) || (key23 === "changeNotice")) || (key23 === "cookieReview")) || (key23 === "approval"))){
const err275 = {instancePath:instancePath+"/documents/cookiePolicy",schemaPath:"#/properties/documents/properties/cookiePolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.documents.properties.cookiePolicy,data:data75};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
if(data75.versions !== undefined){
let data76 = data75.versions;
if(Array.isArray(data76)){
if(data76.length < 1){
const err276 = {instancePath:instancePath+"/documents/cookiePolicy/versions",schemaPath:"#/properties/documents/properties/cookiePolicy/properties/versions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.documents.properties.cookiePolicy.properties.versions,data:data76};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
const len2 = data76.length;
for(let i3=0; i3<len2; i3++){
if(!(validate21(data76[i3], {instancePath:instancePath+"/documents/cookiePolicy/versions/" + i3,parentData:data76,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err277 = {instancePath:instancePath+"/documents/cookiePolicy/versions",schemaPath:"#/properties/documents/properties/cookiePolicy/properties/versions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.documents.properties.cookiePolicy.properties.versions.type,parentSchema:schema31.properties.documents.properties.cookiePolicy.properties.versions,data:data76};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
if(data75.audience !== undefined){
let data78 = data75.audience;
if(typeof data78 !== "string"){
const err278 = {instancePath:instancePath+"/documents/cookiePolicy/audience",schemaPath:"#/$defs/audience/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data:data78};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
if(!(((data78 === "site-visitors") || (data78 === "customers")) || (data78 === "all-users"))){
const err279 = {instancePath:instancePath+"/documents/cookiePolicy/audience",schemaPath:"#/$defs/audience/enum",keyword:"enum",params:{allowedValues: schema60.enum},message:"must be equal to one of the allowed values",schema:schema60.enum,parentSchema:schema60,data:data78};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
if(data75.url !== undefined){
let data79 = data75.url;
if(data79 && typeof data79 == "object" && !Array.isArray(data79)){
if(Object.keys(data79).length < 1){
const err280 = {instancePath:instancePath+"/documents/cookiePolicy/url",schemaPath:"#/$defs/localizedUrl/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema61,data:data79};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
for(const key24 in data79){
if(!((key24 === "ru") || (key24 === "kk"))){
const err281 = {instancePath:instancePath+"/documents/cookiePolicy/url",schemaPath:"#/$defs/localizedUrl/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data:data79};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
if(data79.ru !== undefined){
let data80 = data79.ru;
if(typeof data80 === "string"){
if(func2(data80) > 2000){
const err282 = {instancePath:instancePath+"/documents/cookiePolicy/url/ru",schemaPath:"#/$defs/localizedUrl/properties/ru/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema61.properties.ru,data:data80};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
if(func2(data80) < 1){
const err283 = {instancePath:instancePath+"/documents/cookiePolicy/url/ru",schemaPath:"#/$defs/localizedUrl/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.ru,data:data80};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
if(!pattern5.test(data80)){
const err284 = {instancePath:instancePath+"/documents/cookiePolicy/url/ru",schemaPath:"#/$defs/localizedUrl/properties/ru/pattern",keyword:"pattern",params:{pattern: "^https://[^/?#\\s]+"},message:"must match pattern \""+"^https://[^/?#\\s]+"+"\"",schema:"^https://[^/?#\\s]+",parentSchema:schema61.properties.ru,data:data80};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
if(!(formats40(data80))){
const err285 = {instancePath:instancePath+"/documents/cookiePolicy/url/ru",schemaPath:"#/$defs/localizedUrl/properties/ru/format",keyword:"format",params:{format: "https-url"},message:"must match format \""+"https-url"+"\"",schema:"https-url",parentSchema:schema61.properties.ru,data:data80};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
else {
const err286 = {instancePath:instancePath+"/documents/cookiePolicy/url/ru",schemaPath:"#/$defs/localizedUrl/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.ru.type,parentSchema:schema61.properties.ru,data:data80};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
if(data79.kk !== undefined){
let data81 = data79.kk;
if(typeof data81 === "string"){
if(func2(data81) > 2000){
const err287 = {instancePath:instancePath+"/documents/cookiePolicy/url/kk",schemaPath:"#/$defs/localizedUrl/properties/kk/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema61.properties.kk,data:data81};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
if(func2(data81) < 1){
const err288 = {instancePath:instancePath+"/documents/cookiePolicy/url/kk",schemaPath:"#/$defs/localizedUrl/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.kk,data:data81};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
if(!pattern5.test(data81)){
const err289 = {instancePath:instancePath+"/documents/cookiePolicy/url/kk",schemaPath:"#/$defs/localizedUrl/properties/kk/pattern",keyword:"pattern",params:{pattern: "^https://[^/?#\\s]+"},message:"must match pattern \""+"^https://[^/?#\\s]+"+"\"",schema:"^https://[^/?#\\s]+",parentSchema:schema61.properties.kk,data:data81};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
if(!(formats40(data81))){
const err290 = {instancePath:instancePath+"/documents/cookiePolicy/url/kk",schemaPath:"#/$defs/localizedUrl/properties/kk/format",keyword:"format",params:{format: "https-url"},message:"must match format \""+"https-url"+"\"",schema:"https-url",parentSchema:schema61.properties.kk,data:data81};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
else {
const err291 = {instancePath:instancePath+"/documents/cookiePolicy/url/kk",schemaPath:"#/$defs/localizedUrl/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.kk.type,parentSchema:schema61.properties.kk,data:data81};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
}
else {
const err292 = {instancePath:instancePath+"/documents/cookiePolicy/url",schemaPath:"#/$defs/localizedUrl/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data:data79};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
if(data75.changeNotice !== undefined){
let data82 = data75.changeNotice;
if(Array.isArray(data82)){
if(data82.length < 1){
const err293 = {instancePath:instancePath+"/documents/cookiePolicy/changeNotice",schemaPath:"#/properties/documents/properties/cookiePolicy/properties/changeNotice/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.documents.properties.cookiePolicy.properties.changeNotice,data:data82};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
const len3 = data82.length;
for(let i4=0; i4<len3; i4++){
let data83 = data82[i4];
if(typeof data83 !== "string"){
const err294 = {instancePath:instancePath+"/documents/cookiePolicy/changeNotice/" + i4,schemaPath:"#/$defs/changeNotice/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.type,parentSchema:schema62,data:data83};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
if(!(((((data83 === "banner-on-next-visit") || (data83 === "publication-only")) || (data83 === "email")) || (data83 === "account-notice")) || (data83 === "in-app-notice"))){
const err295 = {instancePath:instancePath+"/documents/cookiePolicy/changeNotice/" + i4,schemaPath:"#/$defs/changeNotice/enum",keyword:"enum",params:{allowedValues: schema62.enum},message:"must be equal to one of the allowed values",schema:schema62.enum,parentSchema:schema62,data:data83};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
let i5 = data82.length;
let j1;
if(i5 > 1){
outer0:
for(;i5--;){
for(j1 = i5; j1--;){
if(func0(data82[i5], data82[j1])){
const err296 = {instancePath:instancePath+"/documents/cookiePolicy/changeNotice",schemaPath:"#/properties/documents/properties/cookiePolicy/properties/changeNotice/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)",schema:true,parentSchema:schema31.properties.documents.properties.cookiePolicy.properties.changeNotice,data:data82};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err297 = {instancePath:instancePath+"/documents/cookiePolicy/changeNotice",schemaPath:"#/properties/documents/properties/cookiePolicy/properties/changeNotice/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.documents.properties.cookiePolicy.properties.changeNotice.type,parentSchema:schema31.properties.documents.properties.cookiePolicy.properties.changeNotice,data:data82};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
if(data75.cookieReview !== undefined){
let data84 = data75.cookieReview;
if(typeof data84 === "string"){
if(func2(data84) > 64){
const err298 = {instancePath:instancePath+"/documents/cookiePolicy/cookieReview",schemaPath:"#/$defs/period/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema63,data:data84};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
if(!(formats100(data84))){
const err299 = {instancePath:instancePath+"/documents/cookiePolicy/cookieReview",schemaPath:"#/$defs/period/format",keyword:"format",params:{format: "period"},message:"must match format \""+"period"+"\"",schema:"period",parentSchema:schema63,data:data84};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
}
else {
const err300 = {instancePath:instancePath+"/documents/cookiePolicy/cookieReview",schemaPath:"#/$defs/period/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.type,parentSchema:schema63,data:data84};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
}
if(data75.approval !== undefined){
let data85 = data75.approval;
if(data85 && typeof data85 == "object" && !Array.isArray(data85)){
if(data85.by === undefined){
const err301 = {instancePath:instancePath+"/documents/cookiePolicy/approval",schemaPath:"#/properties/documents/properties/cookiePolicy/properties/approval/required",keyword:"required",params:{missingProperty: "by"},message:"must have required property '"+"by"+"'",schema:schema31.properties.documents.properties.cookiePolicy.properties.approval.required,parentSchema:schema31.properties.documents.properties.cookiePolicy.properties.approval,data:data85};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
if(data85.date === undefined){
const err302 = {instancePath:instancePath+"/documents/cookiePolicy/approval",schemaPath:"#/properties/documents/properties/cookiePolicy/properties/approval/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema31.properties.documents.properties.cookiePolicy.properties.approval.required,parentSchema:schema31.properties.documents.properties.cookiePolicy.properties.approval,data:data85};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
for(const key25 in data85){
if(!((key25 === "by") || (key25 === "date"))){
const err303 = {instancePath:instancePath+"/documents/cookiePolicy/approval",schemaPath:"#/properties/documents/properties/cookiePolicy/properties/approval/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.documents.properties.cookiePolicy.properties.approval,data:data85};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
}
if(data85.by !== undefined){
let data86 = data85.by;
if(data86 && typeof data86 == "object" && !Array.isArray(data86)){
if(Object.keys(data86).length < 1){
const err304 = {instancePath:instancePath+"/documents/cookiePolicy/approval/by",schemaPath:"#/$defs/localizedLine/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data86};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
for(const key26 in data86){
if(!((key26 === "ru") || (key26 === "kk"))){
const err305 = {instancePath:instancePath+"/documents/cookiePolicy/approval/by",schemaPath:"#/$defs/localizedLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data86};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
if(data86.ru !== undefined){
let data87 = data86.ru;
if(typeof data87 === "string"){
if(func2(data87) > 300){
const err306 = {instancePath:instancePath+"/documents/cookiePolicy/approval/by/ru",schemaPath:"#/$defs/localizedLine/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.ru,data:data87};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
if(func2(data87) < 1){
const err307 = {instancePath:instancePath+"/documents/cookiePolicy/approval/by/ru",schemaPath:"#/$defs/localizedLine/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.ru,data:data87};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
if(!(formats0(data87))){
const err308 = {instancePath:instancePath+"/documents/cookiePolicy/approval/by/ru",schemaPath:"#/$defs/localizedLine/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.ru,data:data87};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
else {
const err309 = {instancePath:instancePath+"/documents/cookiePolicy/approval/by/ru",schemaPath:"#/$defs/localizedLine/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ru.type,parentSchema:schema32.properties.ru,data:data87};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
}
if(data86.kk !== undefined){
let data88 = data86.kk;
if(typeof data88 === "string"){
if(func2(data88) > 300){
const err310 = {instancePath:instancePath+"/documents/cookiePolicy/approval/by/kk",schemaPath:"#/$defs/localizedLine/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.kk,data:data88};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
if(func2(data88) < 1){
const err311 = {instancePath:instancePath+"/documents/cookiePolicy/approval/by/kk",schemaPath:"#/$defs/localizedLine/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.kk,data:data88};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
if(!(formats0(data88))){
const err312 = {instancePath:instancePath+"/documents/cookiePolicy/approval/by/kk",schemaPath:"#/$defs/localizedLine/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.kk,data:data88};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
}
else {
const err313 = {instancePath:instancePath+"/documents/cookiePolicy/approval/by/kk",schemaPath:"#/$defs/localizedLine/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.kk.type,parentSchema:schema32.properties.kk,data:data88};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
}
}
else {
const err314 = {instancePath:instancePath+"/documents/cookiePolicy/approval/by",schemaPath:"#/$defs/localizedLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data86};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
}
if(data85.date !== undefined){
let data89 = data85.date;
if(typeof data89 === "string"){
if(func2(data89) > 32){
const err315 = {instancePath:instancePath+"/documents/cookiePolicy/approval/date",schemaPath:"#/$defs/calendarDate/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters",schema:32,parentSchema:schema58,data:data89};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
if(!(formats90.validate(data89))){
const err316 = {instancePath:instancePath+"/documents/cookiePolicy/approval/date",schemaPath:"#/$defs/calendarDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema58,data:data89};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
}
else {
const err317 = {instancePath:instancePath+"/documents/cookiePolicy/approval/date",schemaPath:"#/$defs/calendarDate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.type,parentSchema:schema58,data:data89};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
}
else {
const err318 = {instancePath:instancePath+"/documents/cookiePolicy/approval",schemaPath:"#/properties/documents/properties/cookiePolicy/properties/approval/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.documents.properties.cookiePolicy.properties.approval.type,parentSchema:schema31.properties.documents.properties.cookiePolicy.properties.approval,data:data85};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
}
else {
const err319 = {instancePath:instancePath+"/documents/cookiePolicy",schemaPath:"#/properties/documents/properties/cookiePolicy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.documents.properties.cookiePolicy.type,parentSchema:schema31.properties.documents.properties.cookiePolicy,data:data75};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
}
if(data74.privacyPolicy !== undefined){
let data90 = data74.privacyPolicy;
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
if(data90.versions === undefined){
const err320 = {instancePath:instancePath+"/documents/privacyPolicy",schemaPath:"#/properties/documents/properties/privacyPolicy/required",keyword:"required",params:{missingProperty: "versions"},message:"must have required property '"+"versions"+"'",schema:schema31.properties.documents.properties.privacyPolicy.required,parentSchema:schema31.properties.documents.properties.privacyPolicy,data:data90};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
if(data90.changeNotice === undefined){
const err321 = {instancePath:instancePath+"/documents/privacyPolicy",schemaPath:"#/properties/documents/properties/privacyPolicy/required",keyword:"required",params:{missingProperty: "changeNotice"},message:"must have required property '"+"changeNotice"+"'",schema:schema31.properties.documents.properties.privacyPolicy.required,parentSchema:schema31.properties.documents.properties.privacyPolicy,data:data90};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
for(const key27 in data90){
if(!(((((key27 === "versions") || (key27 === "audience")) || (key27 === "url")) || (key27 === "changeNotice")) || (key27 === "approval"))){
const err322 = {instancePath:instancePath+"/documents/privacyPolicy",schemaPath:"#/properties/documents/properties/privacyPolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.documents.properties.privacyPolicy,data:data90};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
}
if(data90.versions !== undefined){
let data91 = data90.versions;
if(Array.isArray(data91)){
if(data91.length < 1){
const err323 = {instancePath:instancePath+"/documents/privacyPolicy/versions",schemaPath:"#/properties/documents/properties/privacyPolicy/properties/versions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.documents.properties.privacyPolicy.properties.versions,data:data91};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
const len4 = data91.length;
for(let i6=0; i6<len4; i6++){
if(!(validate21(data91[i6], {instancePath:instancePath+"/documents/privacyPolicy/versions/" + i6,parentData:data91,parentDataProperty:i6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err324 = {instancePath:instancePath+"/documents/privacyPolicy/versions",schemaPath:"#/properties/documents/properties/privacyPolicy/properties/versions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.documents.properties.privacyPolicy.properties.versions.type,parentSchema:schema31.properties.documents.properties.privacyPolicy.properties.versions,data:data91};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
}
if(data90.audience !== undefined){
let data93 = data90.audience;
if(typeof data93 !== "string"){
const err325 = {instancePath:instancePath+"/documents/privacyPolicy/audience",schemaPath:"#/$defs/audience/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data:data93};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
if(!(((data93 === "site-visitors") || (data93 === "customers")) || (data93 === "all-users"))){
const err326 = {instancePath:instancePath+"/documents/privacyPolicy/audience",schemaPath:"#/$defs/audience/enum",keyword:"enum",params:{allowedValues: schema60.enum},message:"must be equal to one of the allowed values",schema:schema60.enum,parentSchema:schema60,data:data93};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
}
if(data90.url !== undefined){
let data94 = data90.url;
if(data94 && typeof data94 == "object" && !Array.isArray(data94)){
if(Object.keys(data94).length < 1){
const err327 = {instancePath:instancePath+"/documents/privacyPolicy/url",schemaPath:"#/$defs/localizedUrl/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema61,data:data94};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
for(const key28 in data94){
if(!((key28 === "ru") || (key28 === "kk"))){
const err328 = {instancePath:instancePath+"/documents/privacyPolicy/url",schemaPath:"#/$defs/localizedUrl/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data:data94};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
}
if(data94.ru !== undefined){
let data95 = data94.ru;
if(typeof data95 === "string"){
if(func2(data95) > 2000){
const err329 = {instancePath:instancePath+"/documents/privacyPolicy/url/ru",schemaPath:"#/$defs/localizedUrl/properties/ru/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema61.properties.ru,data:data95};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
if(func2(data95) < 1){
const err330 = {instancePath:instancePath+"/documents/privacyPolicy/url/ru",schemaPath:"#/$defs/localizedUrl/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.ru,data:data95};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
if(!pattern5.test(data95)){
const err331 = {instancePath:instancePath+"/documents/privacyPolicy/url/ru",schemaPath:"#/$defs/localizedUrl/properties/ru/pattern",keyword:"pattern",params:{pattern: "^https://[^/?#\\s]+"},message:"must match pattern \""+"^https://[^/?#\\s]+"+"\"",schema:"^https://[^/?#\\s]+",parentSchema:schema61.properties.ru,data:data95};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
if(!(formats40(data95))){
const err332 = {instancePath:instancePath+"/documents/privacyPolicy/url/ru",schemaPath:"#/$defs/localizedUrl/properties/ru/format",keyword:"format",params:{format: "https-url"},message:"must match format \""+"https-url"+"\"",schema:"https-url",parentSchema:schema61.properties.ru,data:data95};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
}
else {
const err333 = {instancePath:instancePath+"/documents/privacyPolicy/url/ru",schemaPath:"#/$defs/localizedUrl/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.ru.type,parentSchema:schema61.properties.ru,data:data95};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
}
if(data94.kk !== undefined){
let data96 = data94.kk;
if(typeof data96 === "string"){
if(func2(data96) > 2000){
const err334 = {instancePath:instancePath+"/documents/privacyPolicy/url/kk",schemaPath:"#/$defs/localizedUrl/properties/kk/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema61.properties.kk,data:data96};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
if(func2(data96) < 1){
const err335 = {instancePath:instancePath+"/documents/privacyPolicy/url/kk",schemaPath:"#/$defs/localizedUrl/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.kk,data:data96};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
if(!pattern5.test(data96)){
const err336 = {instancePath:instancePath+"/documents/privacyPolicy/url/kk",schemaPath:"#/$defs/localizedUrl/properties/kk/pattern",keyword:"pattern",params:{pattern: "^https://[^/?#\\s]+"},message:"must match pattern \""+"^https://[^/?#\\s]+"+"\"",schema:"^https://[^/?#\\s]+",parentSchema:schema61.properties.kk,data:data96};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
if(!(formats40(data96))){
const err337 = {instancePath:instancePath+"/documents/privacyPolicy/url/kk",schemaPath:"#/$defs/localizedUrl/properties/kk/format",keyword:"format",params:{format: "https-url"},message:"must match format \""+"https-url"+"\"",schema:"https-url",parentSchema:schema61.properties.kk,data:data96};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
}
else {
const err338 = {instancePath:instancePath+"/documents/privacyPolicy/url/kk",schemaPath:"#/$defs/localizedUrl/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.kk.type,parentSchema:schema61.properties.kk,data:data96};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
}
}
else {
const err339 = {instancePath:instancePath+"/documents/privacyPolicy/url",schemaPath:"#/$defs/localizedUrl/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data:data94};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
}
if(data90.changeNotice !== undefined){
let data97 = data90.changeNotice;
if(Array.isArray(data97)){
if(data97.length < 1){
const err340 = {instancePath:instancePath+"/documents/privacyPolicy/changeNotice",schemaPath:"#/properties/documents/properties/privacyPolicy/properties/changeNotice/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.documents.properties.privacyPolicy.properties.changeNotice,data:data97};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
const len5 = data97.length;
for(let i7=0; i7<len5; i7++){
let data98 = data97[i7];
if(typeof data98 !== "string"){
const err341 = {instancePath:instancePath+"/documents/privacyPolicy/changeNotice/" + i7,schemaPath:"#/$defs/changeNotice/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.type,parentSchema:schema62,data:data98};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
if(!(((((data98 === "banner-on-next-visit") || (data98 === "publication-only")) || (data98 === "email")) || (data98 === "account-notice")) || (data98 === "in-app-notice"))){
const err342 = {instancePath:instancePath+"/documents/privacyPolicy/changeNotice/" + i7,schemaPath:"#/$defs/changeNotice/enum",keyword:"enum",params:{allowedValues: schema62.enum},message:"must be equal to one of the allowed values",schema:schema62.enum,parentSchema:schema62,data:data98};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
let i8 = data97.length;
let j2;
if(i8 > 1){
outer1:
for(;i8--;){
for(j2 = i8; j2--;){
if(func0(data97[i8], data97[j2])){
const err343 = {instancePath:instancePath+"/documents/privacyPolicy/changeNotice",schemaPath:"#/properties/documents/properties/privacyPolicy/properties/changeNotice/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i8+" are identical)",schema:true,parentSchema:schema31.properties.documents.properties.privacyPolicy.properties.changeNotice,data:data97};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err344 = {instancePath:instancePath+"/documents/privacyPolicy/changeNotice",schemaPath:"#/properties/documents/properties/privacyPolicy/properties/changeNotice/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.documents.properties.privacyPolicy.properties.changeNotice.type,parentSchema:schema31.properties.documents.properties.privacyPolicy.properties.changeNotice,data:data97};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
}
if(data90.approval !== undefined){
let data99 = data90.approval;
if(data99 && typeof data99 == "object" && !Array.isArray(data99)){
if(data99.by === undefined){
const err345 = {instancePath:instancePath+"/documents/privacyPolicy/approval",schemaPath:"#/properties/documents/properties/privacyPolicy/properties/approval/required",keyword:"required",params:{missingProperty: "by"},message:"must have required property '"+"by"+"'",schema:schema31.properties.documents.properties.privacyPolicy.properties.approval.required,parentSchema:schema31.properties.documents.properties.privacyPolicy.properties.approval,data:data99};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
if(data99.date === undefined){
const err346 = {instancePath:instancePath+"/documents/privacyPolicy/approval",schemaPath:"#/properties/documents/properties/privacyPolicy/properties/approval/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema31.properties.documents.properties.privacyPolicy.properties.approval.required,parentSchema:schema31.properties.documents.properties.privacyPolicy.properties.approval,data:data99};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
for(const key29 in data99){
if(!((key29 === "by") || (key29 === "date"))){
const err347 = {instancePath:instancePath+"/documents/privacyPolicy/approval",schemaPath:"#/properties/documents/properties/privacyPolicy/properties/approval/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.documents.properties.privacyPolicy.properties.approval,data:data99};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
if(data99.by !== undefined){
let data100 = data99.by;
if(data100 && typeof data100 == "object" && !Array.isArray(data100)){
if(Object.keys(data100).length < 1){
const err348 = {instancePath:instancePath+"/documents/privacyPolicy/approval/by",schemaPath:"#/$defs/localizedLine/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data100};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
for(const key30 in data100){
if(!((key30 === "ru") || (key30 === "kk"))){
const err349 = {instancePath:instancePath+"/documents/privacyPolicy/approval/by",schemaPath:"#/$defs/localizedLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data100};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
}
if(data100.ru !== undefined){
let data101 = data100.ru;
if(typeof data101 === "string"){
if(func2(data101) > 300){
const err350 = {instancePath:instancePath+"/documents/privacyPolicy/approval/by/ru",schemaPath:"#/$defs/localizedLine/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.ru,data:data101};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
if(func2(data101) < 1){
const err351 = {instancePath:instancePath+"/documents/privacyPolicy/approval/by/ru",schemaPath:"#/$defs/localizedLine/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.ru,data:data101};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
if(!(formats0(data101))){
const err352 = {instancePath:instancePath+"/documents/privacyPolicy/approval/by/ru",schemaPath:"#/$defs/localizedLine/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.ru,data:data101};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
}
else {
const err353 = {instancePath:instancePath+"/documents/privacyPolicy/approval/by/ru",schemaPath:"#/$defs/localizedLine/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ru.type,parentSchema:schema32.properties.ru,data:data101};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
}
if(data100.kk !== undefined){
let data102 = data100.kk;
if(typeof data102 === "string"){
if(func2(data102) > 300){
const err354 = {instancePath:instancePath+"/documents/privacyPolicy/approval/by/kk",schemaPath:"#/$defs/localizedLine/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.kk,data:data102};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
if(func2(data102) < 1){
const err355 = {instancePath:instancePath+"/documents/privacyPolicy/approval/by/kk",schemaPath:"#/$defs/localizedLine/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.kk,data:data102};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
if(!(formats0(data102))){
const err356 = {instancePath:instancePath+"/documents/privacyPolicy/approval/by/kk",schemaPath:"#/$defs/localizedLine/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.kk,data:data102};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
}
else {
const err357 = {instancePath:instancePath+"/documents/privacyPolicy/approval/by/kk",schemaPath:"#/$defs/localizedLine/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.kk.type,parentSchema:schema32.properties.kk,data:data102};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
}
}
else {
const err358 = {instancePath:instancePath+"/documents/privacyPolicy/approval/by",schemaPath:"#/$defs/localizedLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data100};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
}
if(data99.date !== undefined){
let data103 = data99.date;
if(typeof data103 === "string"){
if(func2(data103) > 32){
const err359 = {instancePath:instancePath+"/documents/privacyPolicy/approval/date",schemaPath:"#/$defs/calendarDate/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters",schema:32,parentSchema:schema58,data:data103};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
if(!(formats90.validate(data103))){
const err360 = {instancePath:instancePath+"/documents/privacyPolicy/approval/date",schemaPath:"#/$defs/calendarDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema58,data:data103};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
}
else {
const err361 = {instancePath:instancePath+"/documents/privacyPolicy/approval/date",schemaPath:"#/$defs/calendarDate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.type,parentSchema:schema58,data:data103};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
}
}
else {
const err362 = {instancePath:instancePath+"/documents/privacyPolicy/approval",schemaPath:"#/properties/documents/properties/privacyPolicy/properties/approval/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.documents.properties.privacyPolicy.properties.approval.type,parentSchema:schema31.properties.documents.properties.privacyPolicy.properties.approval,data:data99};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
}
}
else {
const err363 = {instancePath:instancePath+"/documents/privacyPolicy",schemaPath:"#/properties/documents/properties/privacyPolicy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.documents.properties.privacyPolicy.type,parentSchema:schema31.properties.documents.properties.privacyPolicy,data:data90};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
}
}
else {
const err364 = {instancePath:instancePath+"/documents",schemaPath:"#/properties/documents/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.documents.type,parentSchema:schema31.properties.documents,data:data74};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
}
if(data.consent !== undefined){
let data104 = data.consent;
if(data104 && typeof data104 == "object" && !Array.isArray(data104)){
if(data104.methods === undefined){
const err365 = {instancePath:instancePath+"/consent",schemaPath:"#/properties/consent/required",keyword:"required",params:{missingProperty: "methods"},message:"must have required property '"+"methods"+"'",schema:schema31.properties.consent.required,parentSchema:schema31.properties.consent,data:data104};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
if(data104.withdrawal === undefined){
const err366 = {instancePath:instancePath+"/consent",schemaPath:"#/properties/consent/required",keyword:"required",params:{missingProperty: "withdrawal"},message:"must have required property '"+"withdrawal"+"'",schema:schema31.properties.consent.required,parentSchema:schema31.properties.consent,data:data104};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
for(const key31 in data104){
if(!(func1.call(schema31.properties.consent.properties, key31))){
const err367 = {instancePath:instancePath+"/consent",schemaPath:"#/properties/consent/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.consent,data:data104};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
}
if(data104.methods !== undefined){
let data105 = data104.methods;
if(Array.isArray(data105)){
if(data105.length < 1){
const err368 = {instancePath:instancePath+"/consent/methods",schemaPath:"#/properties/consent/properties/methods/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.consent.properties.methods,data:data105};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
const len6 = data105.length;
for(let i9=0; i9<len6; i9++){
let data106 = data105[i9];
if(typeof data106 !== "string"){
const err369 = {instancePath:instancePath+"/consent/methods/" + i9,schemaPath:"#/$defs/consentMethod/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data106};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
if(!((((((data106 === "banner-accept") || (data106 === "banner-per-category")) || (data106 === "continued-use")) || (data106 === "web-form-checkbox")) || (data106 === "written")) || (data106 === "electronic-document"))){
const err370 = {instancePath:instancePath+"/consent/methods/" + i9,schemaPath:"#/$defs/consentMethod/enum",keyword:"enum",params:{allowedValues: schema71.enum},message:"must be equal to one of the allowed values",schema:schema71.enum,parentSchema:schema71,data:data106};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
}
let i10 = data105.length;
let j3;
if(i10 > 1){
outer2:
for(;i10--;){
for(j3 = i10; j3--;){
if(func0(data105[i10], data105[j3])){
const err371 = {instancePath:instancePath+"/consent/methods",schemaPath:"#/properties/consent/properties/methods/uniqueItems",keyword:"uniqueItems",params:{i: i10, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i10+" are identical)",schema:true,parentSchema:schema31.properties.consent.properties.methods,data:data105};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
break outer2;
}
}
}
}
}
else {
const err372 = {instancePath:instancePath+"/consent/methods",schemaPath:"#/properties/consent/properties/methods/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.consent.properties.methods.type,parentSchema:schema31.properties.consent.properties.methods,data:data105};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
}
if(data104.withdrawal !== undefined){
let data107 = data104.withdrawal;
if(Array.isArray(data107)){
if(data107.length < 1){
const err373 = {instancePath:instancePath+"/consent/withdrawal",schemaPath:"#/properties/consent/properties/withdrawal/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.consent.properties.withdrawal,data:data107};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
const len7 = data107.length;
for(let i11=0; i11<len7; i11++){
let data108 = data107[i11];
if(typeof data108 !== "string"){
const err374 = {instancePath:instancePath+"/consent/withdrawal/" + i11,schemaPath:"#/$defs/withdrawalChannel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.type,parentSchema:schema72,data:data108};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
if(!(((((data108 === "cookie-settings") || (data108 === "browser-settings")) || (data108 === "account-settings")) || (data108 === "email-request")) || (data108 === "written-request"))){
const err375 = {instancePath:instancePath+"/consent/withdrawal/" + i11,schemaPath:"#/$defs/withdrawalChannel/enum",keyword:"enum",params:{allowedValues: schema72.enum},message:"must be equal to one of the allowed values",schema:schema72.enum,parentSchema:schema72,data:data108};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
}
let i12 = data107.length;
let j4;
if(i12 > 1){
outer3:
for(;i12--;){
for(j4 = i12; j4--;){
if(func0(data107[i12], data107[j4])){
const err376 = {instancePath:instancePath+"/consent/withdrawal",schemaPath:"#/properties/consent/properties/withdrawal/uniqueItems",keyword:"uniqueItems",params:{i: i12, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i12+" are identical)",schema:true,parentSchema:schema31.properties.consent.properties.withdrawal,data:data107};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
break outer3;
}
}
}
}
}
else {
const err377 = {instancePath:instancePath+"/consent/withdrawal",schemaPath:"#/properties/consent/properties/withdrawal/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.consent.properties.withdrawal.type,parentSchema:schema31.properties.consent.properties.withdrawal,data:data107};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
}
if(data104.stopProcessingWorkingDays !== undefined){
let data109 = data104.stopProcessingWorkingDays;
if(!(((typeof data109 == "number") && (!(data109 % 1) && !isNaN(data109))) && (isFinite(data109)))){
const err378 = {instancePath:instancePath+"/consent/stopProcessingWorkingDays",schemaPath:"#/properties/consent/properties/stopProcessingWorkingDays/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.consent.properties.stopProcessingWorkingDays.type,parentSchema:schema31.properties.consent.properties.stopProcessingWorkingDays,data:data109};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
if((typeof data109 == "number") && (isFinite(data109))){
if(data109 > 15 || isNaN(data109)){
const err379 = {instancePath:instancePath+"/consent/stopProcessingWorkingDays",schemaPath:"#/properties/consent/properties/stopProcessingWorkingDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 15},message:"must be <= 15",schema:15,parentSchema:schema31.properties.consent.properties.stopProcessingWorkingDays,data:data109};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
if(data109 < 1 || isNaN(data109)){
const err380 = {instancePath:instancePath+"/consent/stopProcessingWorkingDays",schemaPath:"#/properties/consent/properties/stopProcessingWorkingDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.consent.properties.stopProcessingWorkingDays,data:data109};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
}
}
if(data104.log !== undefined){
let data110 = data104.log;
if(typeof data110 !== "boolean"){
const err381 = {instancePath:instancePath+"/consent/log",schemaPath:"#/properties/consent/properties/log/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.consent.properties.log.type,parentSchema:schema31.properties.consent.properties.log,data:data110};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
}
if(data104.validity !== undefined){
let data111 = data104.validity;
if(typeof data111 === "string"){
if(func2(data111) > 64){
const err382 = {instancePath:instancePath+"/consent/validity",schemaPath:"#/properties/consent/properties/validity/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31.properties.consent.properties.validity,data:data111};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
if(!(formats118(data111))){
const err383 = {instancePath:instancePath+"/consent/validity",schemaPath:"#/properties/consent/properties/validity/format",keyword:"format",params:{format: "consent-validity"},message:"must match format \""+"consent-validity"+"\"",schema:"consent-validity",parentSchema:schema31.properties.consent.properties.validity,data:data111};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
}
else {
const err384 = {instancePath:instancePath+"/consent/validity",schemaPath:"#/properties/consent/properties/validity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.consent.properties.validity.type,parentSchema:schema31.properties.consent.properties.validity,data:data111};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
}
if(data104.record !== undefined){
let data112 = data104.record;
if(Array.isArray(data112)){
if(data112.length < 1){
const err385 = {instancePath:instancePath+"/consent/record",schemaPath:"#/properties/consent/properties/record/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.consent.properties.record,data:data112};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
const len8 = data112.length;
for(let i13=0; i13<len8; i13++){
let data113 = data112[i13];
if(typeof data113 !== "string"){
const err386 = {instancePath:instancePath+"/consent/record/" + i13,schemaPath:"#/properties/consent/properties/record/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.consent.properties.record.items.type,parentSchema:schema31.properties.consent.properties.record.items,data:data113};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
if(!((((((data113 === "date-time") || (data113 === "ip-address")) || (data113 === "user-id")) || (data113 === "choices")) || (data113 === "policy-version")) || (data113 === "channel"))){
const err387 = {instancePath:instancePath+"/consent/record/" + i13,schemaPath:"#/properties/consent/properties/record/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.consent.properties.record.items.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.consent.properties.record.items.enum,parentSchema:schema31.properties.consent.properties.record.items,data:data113};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
}
let i14 = data112.length;
let j5;
if(i14 > 1){
const indices1 = {};
for(;i14--;){
let item1 = data112[i14];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j5 = indices1[item1];
const err388 = {instancePath:instancePath+"/consent/record",schemaPath:"#/properties/consent/properties/record/uniqueItems",keyword:"uniqueItems",params:{i: i14, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i14+" are identical)",schema:true,parentSchema:schema31.properties.consent.properties.record,data:data112};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
break;
}
indices1[item1] = i14;
}
}
}
else {
const err389 = {instancePath:instancePath+"/consent/record",schemaPath:"#/properties/consent/properties/record/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.consent.properties.record.type,parentSchema:schema31.properties.consent.properties.record,data:data112};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
}
if(data104.refusal !== undefined){
let data114 = data104.refusal;
if(data114 && typeof data114 == "object" && !Array.isArray(data114)){
if(Object.keys(data114).length < 1){
const err390 = {instancePath:instancePath+"/consent/refusal",schemaPath:"#/$defs/localizedText/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema59,data:data114};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
for(const key32 in data114){
if(!((key32 === "ru") || (key32 === "kk"))){
const err391 = {instancePath:instancePath+"/consent/refusal",schemaPath:"#/$defs/localizedText/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties",schema:false,parentSchema:schema59,data:data114};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
}
if(data114.ru !== undefined){
let data115 = data114.ru;
if(typeof data115 === "string"){
if(func2(data115) > 2000){
const err392 = {instancePath:instancePath+"/consent/refusal/ru",schemaPath:"#/$defs/localizedText/properties/ru/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema59.properties.ru,data:data115};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
if(func2(data115) < 1){
const err393 = {instancePath:instancePath+"/consent/refusal/ru",schemaPath:"#/$defs/localizedText/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.ru,data:data115};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
if(!(formats0(data115))){
const err394 = {instancePath:instancePath+"/consent/refusal/ru",schemaPath:"#/$defs/localizedText/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema59.properties.ru,data:data115};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
}
else {
const err395 = {instancePath:instancePath+"/consent/refusal/ru",schemaPath:"#/$defs/localizedText/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.ru.type,parentSchema:schema59.properties.ru,data:data115};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
}
if(data114.kk !== undefined){
let data116 = data114.kk;
if(typeof data116 === "string"){
if(func2(data116) > 2000){
const err396 = {instancePath:instancePath+"/consent/refusal/kk",schemaPath:"#/$defs/localizedText/properties/kk/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema59.properties.kk,data:data116};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
if(func2(data116) < 1){
const err397 = {instancePath:instancePath+"/consent/refusal/kk",schemaPath:"#/$defs/localizedText/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.kk,data:data116};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
if(!(formats0(data116))){
const err398 = {instancePath:instancePath+"/consent/refusal/kk",schemaPath:"#/$defs/localizedText/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema59.properties.kk,data:data116};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
}
else {
const err399 = {instancePath:instancePath+"/consent/refusal/kk",schemaPath:"#/$defs/localizedText/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.kk.type,parentSchema:schema59.properties.kk,data:data116};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
}
}
else {
const err400 = {instancePath:instancePath+"/consent/refusal",schemaPath:"#/$defs/localizedText/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data:data114};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
}
if(data104.banner !== undefined){
let data117 = data104.banner;
if(data117 && typeof data117 == "object" && !Array.isArray(data117)){
if(Object.keys(data117).length < 1){
const err401 = {instancePath:instancePath+"/consent/banner",schemaPath:"#/properties/consent/properties/banner/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31.properties.consent.properties.banner,data:data117};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
for(const key33 in data117){
if(!(((key33 === "accept") || (key33 === "decline")) || (key33 === "settings"))){
const err402 = {instancePath:instancePath+"/consent/banner",schemaPath:"#/properties/consent/properties/banner/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.consent.properties.banner,data:data117};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
}
if(data117.accept !== undefined){
let data118 = data117.accept;
if(typeof data118 !== "boolean"){
const err403 = {instancePath:instancePath+"/consent/banner/accept",schemaPath:"#/properties/consent/properties/banner/properties/accept/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.consent.properties.banner.properties.accept.type,parentSchema:schema31.properties.consent.properties.banner.properties.accept,data:data118};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
}
if(data117.decline !== undefined){
let data119 = data117.decline;
if(typeof data119 !== "boolean"){
const err404 = {instancePath:instancePath+"/consent/banner/decline",schemaPath:"#/properties/consent/properties/banner/properties/decline/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.consent.properties.banner.properties.decline.type,parentSchema:schema31.properties.consent.properties.banner.properties.decline,data:data119};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
}
}
if(data117.settings !== undefined){
let data120 = data117.settings;
if(typeof data120 !== "boolean"){
const err405 = {instancePath:instancePath+"/consent/banner/settings",schemaPath:"#/properties/consent/properties/banner/properties/settings/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.consent.properties.banner.properties.settings.type,parentSchema:schema31.properties.consent.properties.banner.properties.settings,data:data120};
if(vErrors === null){
vErrors = [err405];
}
else {
vErrors.push(err405);
}
errors++;
}
}
}
else {
const err406 = {instancePath:instancePath+"/consent/banner",schemaPath:"#/properties/consent/properties/banner/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.consent.properties.banner.type,parentSchema:schema31.properties.consent.properties.banner,data:data117};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
}
if(data104.settingsLocation !== undefined){
let data121 = data104.settingsLocation;
if(data121 && typeof data121 == "object" && !Array.isArray(data121)){
if(Object.keys(data121).length < 1){
const err407 = {instancePath:instancePath+"/consent/settingsLocation",schemaPath:"#/$defs/localizedText/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema59,data:data121};
if(vErrors === null){
vErrors = [err407];
}
else {
vErrors.push(err407);
}
errors++;
}
for(const key34 in data121){
if(!((key34 === "ru") || (key34 === "kk"))){
const err408 = {instancePath:instancePath+"/consent/settingsLocation",schemaPath:"#/$defs/localizedText/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties",schema:false,parentSchema:schema59,data:data121};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
}
if(data121.ru !== undefined){
let data122 = data121.ru;
if(typeof data122 === "string"){
if(func2(data122) > 2000){
const err409 = {instancePath:instancePath+"/consent/settingsLocation/ru",schemaPath:"#/$defs/localizedText/properties/ru/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema59.properties.ru,data:data122};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
if(func2(data122) < 1){
const err410 = {instancePath:instancePath+"/consent/settingsLocation/ru",schemaPath:"#/$defs/localizedText/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.ru,data:data122};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
}
if(!(formats0(data122))){
const err411 = {instancePath:instancePath+"/consent/settingsLocation/ru",schemaPath:"#/$defs/localizedText/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema59.properties.ru,data:data122};
if(vErrors === null){
vErrors = [err411];
}
else {
vErrors.push(err411);
}
errors++;
}
}
else {
const err412 = {instancePath:instancePath+"/consent/settingsLocation/ru",schemaPath:"#/$defs/localizedText/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.ru.type,parentSchema:schema59.properties.ru,data:data122};
if(vErrors === null){
vErrors = [err412];
}
else {
vErrors.push(err412);
}
errors++;
}
}
if(data121.kk !== undefined){
let data123 = data121.kk;
if(typeof data123 === "string"){
if(func2(data123) > 2000){
const err413 = {instancePath:instancePath+"/consent/settingsLocation/kk",schemaPath:"#/$defs/localizedText/properties/kk/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema59.properties.kk,data:data123};
if(vErrors === null){
vErrors = [err413];
}
else {
vErrors.push(err413);
}
errors++;
}
if(func2(data123) < 1){
const err414 = {instancePath:instancePath+"/consent/settingsLocation/kk",schemaPath:"#/$defs/localizedText/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.kk,data:data123};
if(vErrors === null){
vErrors = [err414];
}
else {
vErrors.push(err414);
}
errors++;
}
if(!(formats0(data123))){
const err415 = {instancePath:instancePath+"/consent/settingsLocation/kk",schemaPath:"#/$defs/localizedText/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema59.properties.kk,data:data123};
if(vErrors === null){
vErrors = [err415];
}
else {
vErrors.push(err415);
}
errors++;
}
}
else {
const err416 = {instancePath:instancePath+"/consent/settingsLocation/kk",schemaPath:"#/$defs/localizedText/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.kk.type,parentSchema:schema59.properties.kk,data:data123};
if(vErrors === null){
vErrors = [err416];
}
else {
vErrors.push(err416);
}
errors++;
}
}
}
else {
const err417 = {instancePath:instancePath+"/consent/settingsLocation",schemaPath:"#/$defs/localizedText/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data:data121};
if(vErrors === null){
vErrors = [err417];
}
else {
vErrors.push(err417);
}
errors++;
}
}
if(data104.marketingSeparate !== undefined){
let data124 = data104.marketingSeparate;
if(typeof data124 !== "boolean"){
const err418 = {instancePath:instancePath+"/consent/marketingSeparate",schemaPath:"#/properties/consent/properties/marketingSeparate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.consent.properties.marketingSeparate.type,parentSchema:schema31.properties.consent.properties.marketingSeparate,data:data124};
if(vErrors === null){
vErrors = [err418];
}
else {
vErrors.push(err418);
}
errors++;
}
}
}
else {
const err419 = {instancePath:instancePath+"/consent",schemaPath:"#/properties/consent/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.consent.type,parentSchema:schema31.properties.consent,data:data104};
if(vErrors === null){
vErrors = [err419];
}
else {
vErrors.push(err419);
}
errors++;
}
}
if(data.cookieCategories !== undefined){
let data125 = data.cookieCategories;
if(Array.isArray(data125)){
if(data125.length < 1){
const err420 = {instancePath:instancePath+"/cookieCategories",schemaPath:"#/properties/cookieCategories/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.cookieCategories,data:data125};
if(vErrors === null){
vErrors = [err420];
}
else {
vErrors.push(err420);
}
errors++;
}
const len9 = data125.length;
for(let i15=0; i15<len9; i15++){
let data126 = data125[i15];
if(data126 && typeof data126 == "object" && !Array.isArray(data126)){
if(data126.id === undefined){
const err421 = {instancePath:instancePath+"/cookieCategories/" + i15,schemaPath:"#/properties/cookieCategories/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.cookieCategories.items.required,parentSchema:schema31.properties.cookieCategories.items,data:data126};
if(vErrors === null){
vErrors = [err421];
}
else {
vErrors.push(err421);
}
errors++;
}
if(data126.purposes === undefined){
const err422 = {instancePath:instancePath+"/cookieCategories/" + i15,schemaPath:"#/properties/cookieCategories/items/required",keyword:"required",params:{missingProperty: "purposes"},message:"must have required property '"+"purposes"+"'",schema:schema31.properties.cookieCategories.items.required,parentSchema:schema31.properties.cookieCategories.items,data:data126};
if(vErrors === null){
vErrors = [err422];
}
else {
vErrors.push(err422);
}
errors++;
}
if(data126.canDisable === undefined){
const err423 = {instancePath:instancePath+"/cookieCategories/" + i15,schemaPath:"#/properties/cookieCategories/items/required",keyword:"required",params:{missingProperty: "canDisable"},message:"must have required property '"+"canDisable"+"'",schema:schema31.properties.cookieCategories.items.required,parentSchema:schema31.properties.cookieCategories.items,data:data126};
if(vErrors === null){
vErrors = [err423];
}
else {
vErrors.push(err423);
}
errors++;
}
for(const key35 in data126){
if(!((((key35 === "id") || (key35 === "purposes")) || (key35 === "canDisable")) || (key35 === "note"))){
const err424 = {instancePath:instancePath+"/cookieCategories/" + i15,schemaPath:"#/properties/cookieCategories/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.cookieCategories.items,data:data126};
if(vErrors === null){
vErrors = [err424];
}
else {
vErrors.push(err424);
}
errors++;
}
}
if(data126.id !== undefined){
let data127 = data126.id;
if(typeof data127 !== "string"){
const err425 = {instancePath:instancePath+"/cookieCategories/" + i15+"/id",schemaPath:"#/$defs/cookieCategory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.type,parentSchema:schema75,data:data127};
if(vErrors === null){
vErrors = [err425];
}
else {
vErrors.push(err425);
}
errors++;
}
if(!(((((data127 === "strictly-necessary") || (data127 === "functional")) || (data127 === "analytics")) || (data127 === "marketing")) || (data127 === "session"))){
const err426 = {instancePath:instancePath+"/cookieCategories/" + i15+"/id",schemaPath:"#/$defs/cookieCategory/enum",keyword:"enum",params:{allowedValues: schema75.enum},message:"must be equal to one of the allowed values",schema:schema75.enum,parentSchema:schema75,data:data127};
if(vErrors === null){
vErrors = [err426];
}
else {
vErrors.push(err426);
}
errors++;
}
}
if(data126.purposes !== undefined){
let data128 = data126.purposes;
if(Array.isArray(data128)){
if(data128.length < 1){
const err427 = {instancePath:instancePath+"/cookieCategories/" + i15+"/purposes",schemaPath:"#/properties/cookieCategories/items/properties/purposes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.cookieCategories.items.properties.purposes,data:data128};
if(vErrors === null){
vErrors = [err427];
}
else {
vErrors.push(err427);
}
errors++;
}
const len10 = data128.length;
for(let i16=0; i16<len10; i16++){
let data129 = data128[i16];
if(typeof data129 !== "string"){
const err428 = {instancePath:instancePath+"/cookieCategories/" + i15+"/purposes/" + i16,schemaPath:"#/$defs/cookiePurpose/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.type,parentSchema:schema76,data:data129};
if(vErrors === null){
vErrors = [err428];
}
else {
vErrors.push(err428);
}
errors++;
}
if(!((((((((((((((((data129 === "site-operation") || (data129 === "authentication")) || (data129 === "security")) || (data129 === "load-balancing")) || (data129 === "consent-storage")) || (data129 === "preferences")) || (data129 === "usage-statistics")) || (data129 === "site-improvement")) || (data129 === "product-development")) || (data129 === "personalization")) || (data129 === "advertising")) || (data129 === "retargeting")) || (data129 === "ad-frequency")) || (data129 === "campaign-measurement")) || (data129 === "market-research")) || (data129 === "support-chat"))){
const err429 = {instancePath:instancePath+"/cookieCategories/" + i15+"/purposes/" + i16,schemaPath:"#/$defs/cookiePurpose/enum",keyword:"enum",params:{allowedValues: schema76.enum},message:"must be equal to one of the allowed values",schema:schema76.enum,parentSchema:schema76,data:data129};
if(vErrors === null){
vErrors = [err429];
}
else {
vErrors.push(err429);
}
errors++;
}
}
let i17 = data128.length;
let j6;
if(i17 > 1){
outer4:
for(;i17--;){
for(j6 = i17; j6--;){
if(func0(data128[i17], data128[j6])){
const err430 = {instancePath:instancePath+"/cookieCategories/" + i15+"/purposes",schemaPath:"#/properties/cookieCategories/items/properties/purposes/uniqueItems",keyword:"uniqueItems",params:{i: i17, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i17+" are identical)",schema:true,parentSchema:schema31.properties.cookieCategories.items.properties.purposes,data:data128};
if(vErrors === null){
vErrors = [err430];
}
else {
vErrors.push(err430);
}
errors++;
break outer4;
}
}
}
}
}
else {
const err431 = {instancePath:instancePath+"/cookieCategories/" + i15+"/purposes",schemaPath:"#/properties/cookieCategories/items/properties/purposes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.cookieCategories.items.properties.purposes.type,parentSchema:schema31.properties.cookieCategories.items.properties.purposes,data:data128};
if(vErrors === null){
vErrors = [err431];
}
else {
vErrors.push(err431);
}
errors++;
}
}
if(data126.canDisable !== undefined){
let data130 = data126.canDisable;
if(typeof data130 !== "boolean"){
const err432 = {instancePath:instancePath+"/cookieCategories/" + i15+"/canDisable",schemaPath:"#/properties/cookieCategories/items/properties/canDisable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.cookieCategories.items.properties.canDisable.type,parentSchema:schema31.properties.cookieCategories.items.properties.canDisable,data:data130};
if(vErrors === null){
vErrors = [err432];
}
else {
vErrors.push(err432);
}
errors++;
}
}
if(data126.note !== undefined){
let data131 = data126.note;
if(data131 && typeof data131 == "object" && !Array.isArray(data131)){
if(Object.keys(data131).length < 1){
const err433 = {instancePath:instancePath+"/cookieCategories/" + i15+"/note",schemaPath:"#/$defs/localizedText/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema59,data:data131};
if(vErrors === null){
vErrors = [err433];
}
else {
vErrors.push(err433);
}
errors++;
}
for(const key36 in data131){
if(!((key36 === "ru") || (key36 === "kk"))){
const err434 = {instancePath:instancePath+"/cookieCategories/" + i15+"/note",schemaPath:"#/$defs/localizedText/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key36},message:"must NOT have additional properties",schema:false,parentSchema:schema59,data:data131};
if(vErrors === null){
vErrors = [err434];
}
else {
vErrors.push(err434);
}
errors++;
}
}
if(data131.ru !== undefined){
let data132 = data131.ru;
if(typeof data132 === "string"){
if(func2(data132) > 2000){
const err435 = {instancePath:instancePath+"/cookieCategories/" + i15+"/note/ru",schemaPath:"#/$defs/localizedText/properties/ru/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema59.properties.ru,data:data132};
if(vErrors === null){
vErrors = [err435];
}
else {
vErrors.push(err435);
}
errors++;
}
if(func2(data132) < 1){
const err436 = {instancePath:instancePath+"/cookieCategories/" + i15+"/note/ru",schemaPath:"#/$defs/localizedText/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.ru,data:data132};
if(vErrors === null){
vErrors = [err436];
}
else {
vErrors.push(err436);
}
errors++;
}
if(!(formats0(data132))){
const err437 = {instancePath:instancePath+"/cookieCategories/" + i15+"/note/ru",schemaPath:"#/$defs/localizedText/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema59.properties.ru,data:data132};
if(vErrors === null){
vErrors = [err437];
}
else {
vErrors.push(err437);
}
errors++;
}
}
else {
const err438 = {instancePath:instancePath+"/cookieCategories/" + i15+"/note/ru",schemaPath:"#/$defs/localizedText/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.ru.type,parentSchema:schema59.properties.ru,data:data132};
if(vErrors === null){
vErrors = [err438];
}
else {
vErrors.push(err438);
}
errors++;
}
}
if(data131.kk !== undefined){
let data133 = data131.kk;
if(typeof data133 === "string"){
if(func2(data133) > 2000){
const err439 = {instancePath:instancePath+"/cookieCategories/" + i15+"/note/kk",schemaPath:"#/$defs/localizedText/properties/kk/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema59.properties.kk,data:data133};
if(vErrors === null){
vErrors = [err439];
}
else {
vErrors.push(err439);
}
errors++;
}
if(func2(data133) < 1){
const err440 = {instancePath:instancePath+"/cookieCategories/" + i15+"/note/kk",schemaPath:"#/$defs/localizedText/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.kk,data:data133};
if(vErrors === null){
vErrors = [err440];
}
else {
vErrors.push(err440);
}
errors++;
}
if(!(formats0(data133))){
const err441 = {instancePath:instancePath+"/cookieCategories/" + i15+"/note/kk",schemaPath:"#/$defs/localizedText/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema59.properties.kk,data:data133};
if(vErrors === null){
vErrors = [err441];
}
else {
vErrors.push(err441);
}
errors++;
}
}
else {
const err442 = {instancePath:instancePath+"/cookieCategories/" + i15+"/note/kk",schemaPath:"#/$defs/localizedText/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.kk.type,parentSchema:schema59.properties.kk,data:data133};
if(vErrors === null){
vErrors = [err442];
}
else {
vErrors.push(err442);
}
errors++;
}
}
}
else {
const err443 = {instancePath:instancePath+"/cookieCategories/" + i15+"/note",schemaPath:"#/$defs/localizedText/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data:data131};
if(vErrors === null){
vErrors = [err443];
}
else {
vErrors.push(err443);
}
errors++;
}
}
}
else {
const err444 = {instancePath:instancePath+"/cookieCategories/" + i15,schemaPath:"#/properties/cookieCategories/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.cookieCategories.items.type,parentSchema:schema31.properties.cookieCategories.items,data:data126};
if(vErrors === null){
vErrors = [err444];
}
else {
vErrors.push(err444);
}
errors++;
}
}
}
else {
const err445 = {instancePath:instancePath+"/cookieCategories",schemaPath:"#/properties/cookieCategories/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.cookieCategories.type,parentSchema:schema31.properties.cookieCategories,data:data125};
if(vErrors === null){
vErrors = [err445];
}
else {
vErrors.push(err445);
}
errors++;
}
}
if(data.services !== undefined){
let data134 = data.services;
if(Array.isArray(data134)){
if(data134.length < 1){
const err446 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.services,data:data134};
if(vErrors === null){
vErrors = [err446];
}
else {
vErrors.push(err446);
}
errors++;
}
const len11 = data134.length;
for(let i18=0; i18<len11; i18++){
let data135 = data134[i18];
const _errs349 = errors;
let valid111 = true;
const _errs350 = errors;
if(typeof data135 !== "string"){
const err447 = {};
if(vErrors === null){
vErrors = [err447];
}
else {
vErrors.push(err447);
}
errors++;
}
var _valid0 = _errs350 === errors;
errors = _errs349;
if(vErrors !== null){
if(_errs349){
vErrors.length = _errs349;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs352 = errors;
if(typeof data135 !== "string"){
const err448 = {instancePath:instancePath+"/services/" + i18,schemaPath:"#/$defs/serviceId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema78.type,parentSchema:schema78,data:data135};
if(vErrors === null){
vErrors = [err448];
}
else {
vErrors.push(err448);
}
errors++;
}
if(!(((((((((((((((((((((((((((((data135 === "2gis-maps") || (data135 === "amocrm")) || (data135 === "bitrix24")) || (data135 === "calltouch")) || (data135 === "carrot-quest")) || (data135 === "cloudflare")) || (data135 === "cloudpayments")) || (data135 === "google-ads")) || (data135 === "google-analytics-4")) || (data135 === "google-maps")) || (data135 === "google-recaptcha")) || (data135 === "google-tag-manager")) || (data135 === "hotjar")) || (data135 === "intercom")) || (data135 === "jivo")) || (data135 === "kaspi-pay")) || (data135 === "mail-ru-counter")) || (data135 === "meta-pixel")) || (data135 === "microsoft-clarity")) || (data135 === "mytarget")) || (data135 === "roistat")) || (data135 === "sentry")) || (data135 === "telegram-widget")) || (data135 === "tiktok-pixel")) || (data135 === "vk-pixel")) || (data135 === "yandex-direct")) || (data135 === "yandex-metrica")) || (data135 === "youtube")) || (data135 === "zendesk"))){
const err449 = {instancePath:instancePath+"/services/" + i18,schemaPath:"#/$defs/serviceId/enum",keyword:"enum",params:{allowedValues: schema78.enum},message:"must be equal to one of the allowed values",schema:schema78.enum,parentSchema:schema78,data:data135};
if(vErrors === null){
vErrors = [err449];
}
else {
vErrors.push(err449);
}
errors++;
}
var _valid0 = _errs352 === errors;
valid111 = _valid0;
ifClause0 = "then";
}
else {
const _errs355 = errors;
if(data135 && typeof data135 == "object" && !Array.isArray(data135)){
if(data135.id === undefined){
const err450 = {instancePath:instancePath+"/services/" + i18,schemaPath:"#/properties/services/items/else/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.services.items.else.required,parentSchema:schema31.properties.services.items.else,data:data135};
if(vErrors === null){
vErrors = [err450];
}
else {
vErrors.push(err450);
}
errors++;
}
for(const key37 in data135){
if(!((((((((key37 === "id") || (key37 === "category")) || (key37 === "purposes")) || (key37 === "role")) || (key37 === "agreement")) || (key37 === "dataCountry")) || (key37 === "cookies")) || (key37 === "without"))){
const err451 = {instancePath:instancePath+"/services/" + i18,schemaPath:"#/properties/services/items/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.services.items.else,data:data135};
if(vErrors === null){
vErrors = [err451];
}
else {
vErrors.push(err451);
}
errors++;
}
}
if(data135.id !== undefined){
let data136 = data135.id;
if(typeof data136 !== "string"){
const err452 = {instancePath:instancePath+"/services/" + i18+"/id",schemaPath:"#/$defs/serviceId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema78.type,parentSchema:schema78,data:data136};
if(vErrors === null){
vErrors = [err452];
}
else {
vErrors.push(err452);
}
errors++;
}
if(!(((((((((((((((((((((((((((((data136 === "2gis-maps") || (data136 === "amocrm")) || (data136 === "bitrix24")) || (data136 === "calltouch")) || (data136 === "carrot-quest")) || (data136 === "cloudflare")) || (data136 === "cloudpayments")) || (data136 === "google-ads")) || (data136 === "google-analytics-4")) || (data136 === "google-maps")) || (data136 === "google-recaptcha")) || (data136 === "google-tag-manager")) || (data136 === "hotjar")) || (data136 === "intercom")) || (data136 === "jivo")) || (data136 === "kaspi-pay")) || (data136 === "mail-ru-counter")) || (data136 === "meta-pixel")) || (data136 === "microsoft-clarity")) || (data136 === "mytarget")) || (data136 === "roistat")) || (data136 === "sentry")) || (data136 === "telegram-widget")) || (data136 === "tiktok-pixel")) || (data136 === "vk-pixel")) || (data136 === "yandex-direct")) || (data136 === "yandex-metrica")) || (data136 === "youtube")) || (data136 === "zendesk"))){
const err453 = {instancePath:instancePath+"/services/" + i18+"/id",schemaPath:"#/$defs/serviceId/enum",keyword:"enum",params:{allowedValues: schema78.enum},message:"must be equal to one of the allowed values",schema:schema78.enum,parentSchema:schema78,data:data136};
if(vErrors === null){
vErrors = [err453];
}
else {
vErrors.push(err453);
}
errors++;
}
}
if(data135.category !== undefined){
let data137 = data135.category;
if(typeof data137 !== "string"){
const err454 = {instancePath:instancePath+"/services/" + i18+"/category",schemaPath:"#/$defs/cookieCategory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.type,parentSchema:schema75,data:data137};
if(vErrors === null){
vErrors = [err454];
}
else {
vErrors.push(err454);
}
errors++;
}
if(!(((((data137 === "strictly-necessary") || (data137 === "functional")) || (data137 === "analytics")) || (data137 === "marketing")) || (data137 === "session"))){
const err455 = {instancePath:instancePath+"/services/" + i18+"/category",schemaPath:"#/$defs/cookieCategory/enum",keyword:"enum",params:{allowedValues: schema75.enum},message:"must be equal to one of the allowed values",schema:schema75.enum,parentSchema:schema75,data:data137};
if(vErrors === null){
vErrors = [err455];
}
else {
vErrors.push(err455);
}
errors++;
}
}
if(data135.purposes !== undefined){
let data138 = data135.purposes;
if(Array.isArray(data138)){
if(data138.length < 1){
const err456 = {instancePath:instancePath+"/services/" + i18+"/purposes",schemaPath:"#/properties/services/items/else/properties/purposes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.services.items.else.properties.purposes,data:data138};
if(vErrors === null){
vErrors = [err456];
}
else {
vErrors.push(err456);
}
errors++;
}
const len12 = data138.length;
for(let i19=0; i19<len12; i19++){
let data139 = data138[i19];
if(typeof data139 !== "string"){
const err457 = {instancePath:instancePath+"/services/" + i18+"/purposes/" + i19,schemaPath:"#/$defs/cookiePurpose/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.type,parentSchema:schema76,data:data139};
if(vErrors === null){
vErrors = [err457];
}
else {
vErrors.push(err457);
}
errors++;
}
if(!((((((((((((((((data139 === "site-operation") || (data139 === "authentication")) || (data139 === "security")) || (data139 === "load-balancing")) || (data139 === "consent-storage")) || (data139 === "preferences")) || (data139 === "usage-statistics")) || (data139 === "site-improvement")) || (data139 === "product-development")) || (data139 === "personalization")) || (data139 === "advertising")) || (data139 === "retargeting")) || (data139 === "ad-frequency")) || (data139 === "campaign-measurement")) || (data139 === "market-research")) || (data139 === "support-chat"))){
const err458 = {instancePath:instancePath+"/services/" + i18+"/purposes/" + i19,schemaPath:"#/$defs/cookiePurpose/enum",keyword:"enum",params:{allowedValues: schema76.enum},message:"must be equal to one of the allowed values",schema:schema76.enum,parentSchema:schema76,data:data139};
if(vErrors === null){
vErrors = [err458];
}
else {
vErrors.push(err458);
}
errors++;
}
}
let i20 = data138.length;
let j7;
if(i20 > 1){
outer5:
for(;i20--;){
for(j7 = i20; j7--;){
if(func0(data138[i20], data138[j7])){
const err459 = {instancePath:instancePath+"/services/" + i18+"/purposes",schemaPath:"#/properties/services/items/else/properties/purposes/uniqueItems",keyword:"uniqueItems",params:{i: i20, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i20+" are identical)",schema:true,parentSchema:schema31.properties.services.items.else.properties.purposes,data:data138};
if(vErrors === null){
vErrors = [err459];
}
else {
vErrors.push(err459);
}
errors++;
break outer5;
}
}
}
}
}
else {
const err460 = {instancePath:instancePath+"/services/" + i18+"/purposes",schemaPath:"#/properties/services/items/else/properties/purposes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.services.items.else.properties.purposes.type,parentSchema:schema31.properties.services.items.else.properties.purposes,data:data138};
if(vErrors === null){
vErrors = [err460];
}
else {
vErrors.push(err460);
}
errors++;
}
}
if(data135.role !== undefined){
let data140 = data135.role;
if(typeof data140 !== "string"){
const err461 = {instancePath:instancePath+"/services/" + i18+"/role",schemaPath:"#/properties/services/items/else/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.services.items.else.properties.role.type,parentSchema:schema31.properties.services.items.else.properties.role,data:data140};
if(vErrors === null){
vErrors = [err461];
}
else {
vErrors.push(err461);
}
errors++;
}
if(!((data140 === "processor") || (data140 === "controller"))){
const err462 = {instancePath:instancePath+"/services/" + i18+"/role",schemaPath:"#/properties/services/items/else/properties/role/enum",keyword:"enum",params:{allowedValues: schema31.properties.services.items.else.properties.role.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.services.items.else.properties.role.enum,parentSchema:schema31.properties.services.items.else.properties.role,data:data140};
if(vErrors === null){
vErrors = [err462];
}
else {
vErrors.push(err462);
}
errors++;
}
}
if(data135.agreement !== undefined){
let data141 = data135.agreement;
if(typeof data141 !== "boolean"){
const err463 = {instancePath:instancePath+"/services/" + i18+"/agreement",schemaPath:"#/properties/services/items/else/properties/agreement/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.services.items.else.properties.agreement.type,parentSchema:schema31.properties.services.items.else.properties.agreement,data:data141};
if(vErrors === null){
vErrors = [err463];
}
else {
vErrors.push(err463);
}
errors++;
}
}
if(data135.dataCountry !== undefined){
let data142 = data135.dataCountry;
if(typeof data142 !== "string"){
const err464 = {instancePath:instancePath+"/services/" + i18+"/dataCountry",schemaPath:"#/$defs/country/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.type,parentSchema:schema82,data:data142};
if(vErrors === null){
vErrors = [err464];
}
else {
vErrors.push(err464);
}
errors++;
}
let valid121;
valid121 = false;
for(const v0 of schema82.enum){
if(func0(data142, v0)){
valid121 = true;
break;
}
}
if(!valid121){
const err465 = {instancePath:instancePath+"/services/" + i18+"/dataCountry",schemaPath:"#/$defs/country/enum",keyword:"enum",params:{allowedValues: schema82.enum},message:"must be equal to one of the allowed values",schema:schema82.enum,parentSchema:schema82,data:data142};
if(vErrors === null){
vErrors = [err465];
}
else {
vErrors.push(err465);
}
errors++;
}
}
if(data135.cookies !== undefined){
let data143 = data135.cookies;
if(Array.isArray(data143)){
if(data143.length < 1){
const err466 = {instancePath:instancePath+"/services/" + i18+"/cookies",schemaPath:"#/properties/services/items/else/properties/cookies/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.services.items.else.properties.cookies,data:data143};
if(vErrors === null){
vErrors = [err466];
}
else {
vErrors.push(err466);
}
errors++;
}
const len13 = data143.length;
for(let i21=0; i21<len13; i21++){
let data144 = data143[i21];
if(data144 && typeof data144 == "object" && !Array.isArray(data144)){
if(data144.name === undefined){
const err467 = {instancePath:instancePath+"/services/" + i18+"/cookies/" + i21,schemaPath:"#/properties/services/items/else/properties/cookies/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.services.items.else.properties.cookies.items.required,parentSchema:schema31.properties.services.items.else.properties.cookies.items,data:data144};
if(vErrors === null){
vErrors = [err467];
}
else {
vErrors.push(err467);
}
errors++;
}
for(const key38 in data144){
if(!(((((key38 === "name") || (key38 === "type")) || (key38 === "party")) || (key38 === "retention")) || (key38 === "purpose"))){
const err468 = {instancePath:instancePath+"/services/" + i18+"/cookies/" + i21,schemaPath:"#/properties/services/items/else/properties/cookies/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.services.items.else.properties.cookies.items,data:data144};
if(vErrors === null){
vErrors = [err468];
}
else {
vErrors.push(err468);
}
errors++;
}
}
if(data144.name !== undefined){
let data145 = data144.name;
if(typeof data145 === "string"){
if(func2(data145) > 200){
const err469 = {instancePath:instancePath+"/services/" + i18+"/cookies/" + i21+"/name",schemaPath:"#/properties/services/items/else/properties/cookies/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema31.properties.services.items.else.properties.cookies.items.properties.name,data:data145};
if(vErrors === null){
vErrors = [err469];
}
else {
vErrors.push(err469);
}
errors++;
}
if(func2(data145) < 1){
const err470 = {instancePath:instancePath+"/services/" + i18+"/cookies/" + i21+"/name",schemaPath:"#/properties/services/items/else/properties/cookies/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.services.items.else.properties.cookies.items.properties.name,data:data145};
if(vErrors === null){
vErrors = [err470];
}
else {
vErrors.push(err470);
}
errors++;
}
if(!(formats0(data145))){
const err471 = {instancePath:instancePath+"/services/" + i18+"/cookies/" + i21+"/name",schemaPath:"#/properties/services/items/else/properties/cookies/items/properties/name/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema31.properties.services.items.else.properties.cookies.items.properties.name,data:data145};
if(vErrors === null){
vErrors = [err471];
}
else {
vErrors.push(err471);
}
errors++;
}
}
else {
const err472 = {instancePath:instancePath+"/services/" + i18+"/cookies/" + i21+"/name",schemaPath:"#/properties/services/items/else/properties/cookies/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.services.items.else.properties.cookies.items.properties.name.type,parentSchema:schema31.properties.services.items.else.properties.cookies.items.properties.name,data:data145};
if(vErrors === null){
vErrors = [err472];
}
else {
vErrors.push(err472);
}
errors++;
}
}
if(data144.type !== undefined){
let data146 = data144.type;
if(typeof data146 !== "string"){
const err473 = {instancePath:instancePath+"/services/" + i18+"/cookies/" + i21+"/type",schemaPath:"#/$defs/technologyType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.type,parentSchema:schema83,data:data146};
if(vErrors === null){
vErrors = [err473];
}
else {
vErrors.push(err473);
}
errors++;
}
if(!(((((data146 === "cookie") || (data146 === "local-storage")) || (data146 === "session-storage")) || (data146 === "pixel")) || (data146 === "web-beacon"))){
const err474 = {instancePath:instancePath+"/services/" + i18+"/cookies/" + i21+"/type",schemaPath:"#/$defs/technologyType/enum",keyword:"enum",params:{allowedValues: schema83.enum},message:"must be equal to one of the allowed values",schema:schema83.enum,parentSchema:schema83,data:data146};
if(vErrors === null){
vErrors = [err474];
}
else {
vErrors.push(err474);
}
errors++;
}
}
if(data144.party !== undefined){
let data147 = data144.party;
if(typeof data147 !== "string"){
const err475 = {instancePath:instancePath+"/services/" + i18+"/cookies/" + i21+"/party",schemaPath:"#/properties/services/items/else/properties/cookies/items/properties/party/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.services.items.else.properties.cookies.items.properties.party.type,parentSchema:schema31.properties.services.items.else.properties.cookies.items.properties.party,data:data147};
if(vErrors === null){
vErrors = [err475];
}
else {
vErrors.push(err475);
}
errors++;
}
if(!((data147 === "first") || (data147 === "third"))){
const err476 = {instancePath:instancePath+"/services/" + i18+"/cookies/" + i21+"/party",schemaPath:"#/properties/services/items/else/properties/cookies/items/properties/party/enum",keyword:"enum",params:{allowedValues: schema31.properties.services.items.else.properties.cookies.items.properties.party.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.services.items.else.properties.cookies.items.properties.party.enum,parentSchema:schema31.properties.services.items.else.properties.cookies.items.properties.party,data:data147};
if(vErrors === null){
vErrors = [err476];
}
else {
vErrors.push(err476);
}
errors++;
}
}
if(data144.retention !== undefined){
let data148 = data144.retention;
if(typeof data148 === "string"){
if(func2(data148) > 64){
const err477 = {instancePath:instancePath+"/services/" + i18+"/cookies/" + i21+"/retention",schemaPath:"#/$defs/retention/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema84,data:data148};
if(vErrors === null){
vErrors = [err477];
}
else {
vErrors.push(err477);
}
errors++;
}
if(!(formats134(data148))){
const err478 = {instancePath:instancePath+"/services/" + i18+"/cookies/" + i21+"/retention",schemaPath:"#/$defs/retention/format",keyword:"format",params:{format: "retention"},message:"must match format \""+"retention"+"\"",schema:"retention",parentSchema:schema84,data:data148};
if(vErrors === null){
vErrors = [err478];
}
else {
vErrors.push(err478);
}
errors++;
}
}
else {
const err479 = {instancePath:instancePath+"/services/" + i18+"/cookies/" + i21+"/retention",schemaPath:"#/$defs/retention/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.type,parentSchema:schema84,data:data148};
if(vErrors === null){
vErrors = [err479];
}
else {
vErrors.push(err479);
}
errors++;
}
}
if(data144.purpose !== undefined){
let data149 = data144.purpose;
if(typeof data149 !== "string"){
const err480 = {instancePath:instancePath+"/services/" + i18+"/cookies/" + i21+"/purpose",schemaPath:"#/$defs/cookiePurpose/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.type,parentSchema:schema76,data:data149};
if(vErrors === null){
vErrors = [err480];
}
else {
vErrors.push(err480);
}
errors++;
}
if(!((((((((((((((((data149 === "site-operation") || (data149 === "authentication")) || (data149 === "security")) || (data149 === "load-balancing")) || (data149 === "consent-storage")) || (data149 === "preferences")) || (data149 === "usage-statistics")) || (data149 === "site-improvement")) || (data149 === "product-development")) || (data149 === "personalization")) || (data149 === "advertising")) || (data149 === "retargeting")) || (data149 === "ad-frequency")) || (data149 === "campaign-measurement")) || (data149 === "market-research")) || (data149 === "support-chat"))){
const err481 = {instancePath:instancePath+"/services/" + i18+"/cookies/" + i21+"/purpose",schemaPath:"#/$defs/cookiePurpose/enum",keyword:"enum",params:{allowedValues: schema76.enum},message:"must be equal to one of the allowed values",schema:schema76.enum,parentSchema:schema76,data:data149};
if(vErrors === null){
vErrors = [err481];
}
else {
vErrors.push(err481);
}
errors++;
}
}
}
else {
const err482 = {instancePath:instancePath+"/services/" + i18+"/cookies/" + i21,schemaPath:"#/properties/services/items/else/properties/cookies/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.services.items.else.properties.cookies.items.type,parentSchema:schema31.properties.services.items.else.properties.cookies.items,data:data144};
if(vErrors === null){
vErrors = [err482];
}
else {
vErrors.push(err482);
}
errors++;
}
}
}
else {
const err483 = {instancePath:instancePath+"/services/" + i18+"/cookies",schemaPath:"#/properties/services/items/else/properties/cookies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.services.items.else.properties.cookies.type,parentSchema:schema31.properties.services.items.else.properties.cookies,data:data143};
if(vErrors === null){
vErrors = [err483];
}
else {
vErrors.push(err483);
}
errors++;
}
}
if(data135.without !== undefined){
let data150 = data135.without;
if(Array.isArray(data150)){
if(data150.length < 1){
const err484 = {instancePath:instancePath+"/services/" + i18+"/without",schemaPath:"#/properties/services/items/else/properties/without/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.services.items.else.properties.without,data:data150};
if(vErrors === null){
vErrors = [err484];
}
else {
vErrors.push(err484);
}
errors++;
}
const len14 = data150.length;
for(let i22=0; i22<len14; i22++){
let data151 = data150[i22];
if(typeof data151 === "string"){
if(func2(data151) > 300){
const err485 = {instancePath:instancePath+"/services/" + i18+"/without/" + i22,schemaPath:"#/properties/services/items/else/properties/without/items/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema31.properties.services.items.else.properties.without.items,data:data151};
if(vErrors === null){
vErrors = [err485];
}
else {
vErrors.push(err485);
}
errors++;
}
if(func2(data151) < 1){
const err486 = {instancePath:instancePath+"/services/" + i18+"/without/" + i22,schemaPath:"#/properties/services/items/else/properties/without/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.services.items.else.properties.without.items,data:data151};
if(vErrors === null){
vErrors = [err486];
}
else {
vErrors.push(err486);
}
errors++;
}
}
else {
const err487 = {instancePath:instancePath+"/services/" + i18+"/without/" + i22,schemaPath:"#/properties/services/items/else/properties/without/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.services.items.else.properties.without.items.type,parentSchema:schema31.properties.services.items.else.properties.without.items,data:data151};
if(vErrors === null){
vErrors = [err487];
}
else {
vErrors.push(err487);
}
errors++;
}
}
let i23 = data150.length;
let j8;
if(i23 > 1){
const indices2 = {};
for(;i23--;){
let item2 = data150[i23];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j8 = indices2[item2];
const err488 = {instancePath:instancePath+"/services/" + i18+"/without",schemaPath:"#/properties/services/items/else/properties/without/uniqueItems",keyword:"uniqueItems",params:{i: i23, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i23+" are identical)",schema:true,parentSchema:schema31.properties.services.items.else.properties.without,data:data150};
if(vErrors === null){
vErrors = [err488];
}
else {
vErrors.push(err488);
}
errors++;
break;
}
indices2[item2] = i23;
}
}
}
else {
const err489 = {instancePath:instancePath+"/services/" + i18+"/without",schemaPath:"#/properties/services/items/else/properties/without/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.services.items.else.properties.without.type,parentSchema:schema31.properties.services.items.else.properties.without,data:data150};
if(vErrors === null){
vErrors = [err489];
}
else {
vErrors.push(err489);
}
errors++;
}
}
}
else {
const err490 = {instancePath:instancePath+"/services/" + i18,schemaPath:"#/properties/services/items/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.services.items.else.type,parentSchema:schema31.properties.services.items.else,data:data135};
if(vErrors === null){
vErrors = [err490];
}
else {
vErrors.push(err490);
}
errors++;
}
var _valid0 = _errs355 === errors;
valid111 = _valid0;
ifClause0 = "else";
}
if(!valid111){
const err491 = {instancePath:instancePath+"/services/" + i18,schemaPath:"#/properties/services/items/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema31.properties.services.items.if,parentSchema:schema31.properties.services.items,data:data135};
if(vErrors === null){
vErrors = [err491];
}
else {
vErrors.push(err491);
}
errors++;
}
}
}
else {
const err492 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.services.type,parentSchema:schema31.properties.services,data:data134};
if(vErrors === null){
vErrors = [err492];
}
else {
vErrors.push(err492);
}
errors++;
}
}
if(data.cookies !== undefined){
let data152 = data.cookies;
if(Array.isArray(data152)){
const len15 = data152.length;
for(let i24=0; i24<len15; i24++){
let data153 = data152[i24];
if(data153 && typeof data153 == "object" && !Array.isArray(data153)){
if(data153.category === undefined){
const err493 = {instancePath:instancePath+"/cookies/" + i24,schemaPath:"#/properties/cookies/items/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'",schema:schema31.properties.cookies.items.required,parentSchema:schema31.properties.cookies.items,data:data153};
if(vErrors === null){
vErrors = [err493];
}
else {
vErrors.push(err493);
}
errors++;
}
if(data153.purpose === undefined){
const err494 = {instancePath:instancePath+"/cookies/" + i24,schemaPath:"#/properties/cookies/items/required",keyword:"required",params:{missingProperty: "purpose"},message:"must have required property '"+"purpose"+"'",schema:schema31.properties.cookies.items.required,parentSchema:schema31.properties.cookies.items,data:data153};
if(vErrors === null){
vErrors = [err494];
}
else {
vErrors.push(err494);
}
errors++;
}
if(data153.retention === undefined){
const err495 = {instancePath:instancePath+"/cookies/" + i24,schemaPath:"#/properties/cookies/items/required",keyword:"required",params:{missingProperty: "retention"},message:"must have required property '"+"retention"+"'",schema:schema31.properties.cookies.items.required,parentSchema:schema31.properties.cookies.items,data:data153};
if(vErrors === null){
vErrors = [err495];
}
else {
vErrors.push(err495);
}
errors++;
}
for(const key39 in data153){
if(!(func1.call(schema31.properties.cookies.items.properties, key39))){
const err496 = {instancePath:instancePath+"/cookies/" + i24,schemaPath:"#/properties/cookies/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key39},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.cookies.items,data:data153};
if(vErrors === null){
vErrors = [err496];
}
else {
vErrors.push(err496);
}
errors++;
}
}
if(data153.name !== undefined){
let data154 = data153.name;
if(typeof data154 === "string"){
if(func2(data154) > 200){
const err497 = {instancePath:instancePath+"/cookies/" + i24+"/name",schemaPath:"#/properties/cookies/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema31.properties.cookies.items.properties.name,data:data154};
if(vErrors === null){
vErrors = [err497];
}
else {
vErrors.push(err497);
}
errors++;
}
if(func2(data154) < 1){
const err498 = {instancePath:instancePath+"/cookies/" + i24+"/name",schemaPath:"#/properties/cookies/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.cookies.items.properties.name,data:data154};
if(vErrors === null){
vErrors = [err498];
}
else {
vErrors.push(err498);
}
errors++;
}
if(!(formats0(data154))){
const err499 = {instancePath:instancePath+"/cookies/" + i24+"/name",schemaPath:"#/properties/cookies/items/properties/name/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema31.properties.cookies.items.properties.name,data:data154};
if(vErrors === null){
vErrors = [err499];
}
else {
vErrors.push(err499);
}
errors++;
}
}
else {
const err500 = {instancePath:instancePath+"/cookies/" + i24+"/name",schemaPath:"#/properties/cookies/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.cookies.items.properties.name.type,parentSchema:schema31.properties.cookies.items.properties.name,data:data154};
if(vErrors === null){
vErrors = [err500];
}
else {
vErrors.push(err500);
}
errors++;
}
}
if(data153.category !== undefined){
let data155 = data153.category;
if(typeof data155 !== "string"){
const err501 = {instancePath:instancePath+"/cookies/" + i24+"/category",schemaPath:"#/$defs/cookieCategory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.type,parentSchema:schema75,data:data155};
if(vErrors === null){
vErrors = [err501];
}
else {
vErrors.push(err501);
}
errors++;
}
if(!(((((data155 === "strictly-necessary") || (data155 === "functional")) || (data155 === "analytics")) || (data155 === "marketing")) || (data155 === "session"))){
const err502 = {instancePath:instancePath+"/cookies/" + i24+"/category",schemaPath:"#/$defs/cookieCategory/enum",keyword:"enum",params:{allowedValues: schema75.enum},message:"must be equal to one of the allowed values",schema:schema75.enum,parentSchema:schema75,data:data155};
if(vErrors === null){
vErrors = [err502];
}
else {
vErrors.push(err502);
}
errors++;
}
}
if(data153.type !== undefined){
let data156 = data153.type;
if(typeof data156 !== "string"){
const err503 = {instancePath:instancePath+"/cookies/" + i24+"/type",schemaPath:"#/$defs/technologyType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.type,parentSchema:schema83,data:data156};
if(vErrors === null){
vErrors = [err503];
}
else {
vErrors.push(err503);
}
errors++;
}
if(!(((((data156 === "cookie") || (data156 === "local-storage")) || (data156 === "session-storage")) || (data156 === "pixel")) || (data156 === "web-beacon"))){
const err504 = {instancePath:instancePath+"/cookies/" + i24+"/type",schemaPath:"#/$defs/technologyType/enum",keyword:"enum",params:{allowedValues: schema83.enum},message:"must be equal to one of the allowed values",schema:schema83.enum,parentSchema:schema83,data:data156};
if(vErrors === null){
vErrors = [err504];
}
else {
vErrors.push(err504);
}
errors++;
}
}
if(data153.provider !== undefined){
let data157 = data153.provider;
if(typeof data157 === "string"){
if(func2(data157) > 64){
const err505 = {instancePath:instancePath+"/cookies/" + i24+"/provider",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema88,data:data157};
if(vErrors === null){
vErrors = [err505];
}
else {
vErrors.push(err505);
}
errors++;
}
if(!pattern16.test(data157)){
const err506 = {instancePath:instancePath+"/cookies/" + i24+"/provider",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema88,data:data157};
if(vErrors === null){
vErrors = [err506];
}
else {
vErrors.push(err506);
}
errors++;
}
}
else {
const err507 = {instancePath:instancePath+"/cookies/" + i24+"/provider",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.type,parentSchema:schema88,data:data157};
if(vErrors === null){
vErrors = [err507];
}
else {
vErrors.push(err507);
}
errors++;
}
}
if(data153.purpose !== undefined){
let data158 = data153.purpose;
if(typeof data158 !== "string"){
const err508 = {instancePath:instancePath+"/cookies/" + i24+"/purpose",schemaPath:"#/$defs/cookiePurpose/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.type,parentSchema:schema76,data:data158};
if(vErrors === null){
vErrors = [err508];
}
else {
vErrors.push(err508);
}
errors++;
}
if(!((((((((((((((((data158 === "site-operation") || (data158 === "authentication")) || (data158 === "security")) || (data158 === "load-balancing")) || (data158 === "consent-storage")) || (data158 === "preferences")) || (data158 === "usage-statistics")) || (data158 === "site-improvement")) || (data158 === "product-development")) || (data158 === "personalization")) || (data158 === "advertising")) || (data158 === "retargeting")) || (data158 === "ad-frequency")) || (data158 === "campaign-measurement")) || (data158 === "market-research")) || (data158 === "support-chat"))){
const err509 = {instancePath:instancePath+"/cookies/" + i24+"/purpose",schemaPath:"#/$defs/cookiePurpose/enum",keyword:"enum",params:{allowedValues: schema76.enum},message:"must be equal to one of the allowed values",schema:schema76.enum,parentSchema:schema76,data:data158};
if(vErrors === null){
vErrors = [err509];
}
else {
vErrors.push(err509);
}
errors++;
}
}
if(data153.retention !== undefined){
let data159 = data153.retention;
if(typeof data159 === "string"){
if(func2(data159) > 64){
const err510 = {instancePath:instancePath+"/cookies/" + i24+"/retention",schemaPath:"#/$defs/retention/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema84,data:data159};
if(vErrors === null){
vErrors = [err510];
}
else {
vErrors.push(err510);
}
errors++;
}
if(!(formats134(data159))){
const err511 = {instancePath:instancePath+"/cookies/" + i24+"/retention",schemaPath:"#/$defs/retention/format",keyword:"format",params:{format: "retention"},message:"must match format \""+"retention"+"\"",schema:"retention",parentSchema:schema84,data:data159};
if(vErrors === null){
vErrors = [err511];
}
else {
vErrors.push(err511);
}
errors++;
}
}
else {
const err512 = {instancePath:instancePath+"/cookies/" + i24+"/retention",schemaPath:"#/$defs/retention/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.type,parentSchema:schema84,data:data159};
if(vErrors === null){
vErrors = [err512];
}
else {
vErrors.push(err512);
}
errors++;
}
}
if(data153.description !== undefined){
let data160 = data153.description;
if(data160 && typeof data160 == "object" && !Array.isArray(data160)){
if(Object.keys(data160).length < 1){
const err513 = {instancePath:instancePath+"/cookies/" + i24+"/description",schemaPath:"#/$defs/localizedText/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema59,data:data160};
if(vErrors === null){
vErrors = [err513];
}
else {
vErrors.push(err513);
}
errors++;
}
for(const key40 in data160){
if(!((key40 === "ru") || (key40 === "kk"))){
const err514 = {instancePath:instancePath+"/cookies/" + i24+"/description",schemaPath:"#/$defs/localizedText/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties",schema:false,parentSchema:schema59,data:data160};
if(vErrors === null){
vErrors = [err514];
}
else {
vErrors.push(err514);
}
errors++;
}
}
if(data160.ru !== undefined){
let data161 = data160.ru;
if(typeof data161 === "string"){
if(func2(data161) > 2000){
const err515 = {instancePath:instancePath+"/cookies/" + i24+"/description/ru",schemaPath:"#/$defs/localizedText/properties/ru/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema59.properties.ru,data:data161};
if(vErrors === null){
vErrors = [err515];
}
else {
vErrors.push(err515);
}
errors++;
}
if(func2(data161) < 1){
const err516 = {instancePath:instancePath+"/cookies/" + i24+"/description/ru",schemaPath:"#/$defs/localizedText/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.ru,data:data161};
if(vErrors === null){
vErrors = [err516];
}
else {
vErrors.push(err516);
}
errors++;
}
if(!(formats0(data161))){
const err517 = {instancePath:instancePath+"/cookies/" + i24+"/description/ru",schemaPath:"#/$defs/localizedText/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema59.properties.ru,data:data161};
if(vErrors === null){
vErrors = [err517];
}
else {
vErrors.push(err517);
}
errors++;
}
}
else {
const err518 = {instancePath:instancePath+"/cookies/" + i24+"/description/ru",schemaPath:"#/$defs/localizedText/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.ru.type,parentSchema:schema59.properties.ru,data:data161};
if(vErrors === null){
vErrors = [err518];
}
else {
vErrors.push(err518);
}
errors++;
}
}
if(data160.kk !== undefined){
let data162 = data160.kk;
if(typeof data162 === "string"){
if(func2(data162) > 2000){
const err519 = {instancePath:instancePath+"/cookies/" + i24+"/description/kk",schemaPath:"#/$defs/localizedText/properties/kk/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema59.properties.kk,data:data162};
if(vErrors === null){
vErrors = [err519];
}
else {
vErrors.push(err519);
}
errors++;
}
if(func2(data162) < 1){
const err520 = {instancePath:instancePath+"/cookies/" + i24+"/description/kk",schemaPath:"#/$defs/localizedText/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.kk,data:data162};
if(vErrors === null){
vErrors = [err520];
}
else {
vErrors.push(err520);
}
errors++;
}
if(!(formats0(data162))){
const err521 = {instancePath:instancePath+"/cookies/" + i24+"/description/kk",schemaPath:"#/$defs/localizedText/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema59.properties.kk,data:data162};
if(vErrors === null){
vErrors = [err521];
}
else {
vErrors.push(err521);
}
errors++;
}
}
else {
const err522 = {instancePath:instancePath+"/cookies/" + i24+"/description/kk",schemaPath:"#/$defs/localizedText/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.kk.type,parentSchema:schema59.properties.kk,data:data162};
if(vErrors === null){
vErrors = [err522];
}
else {
vErrors.push(err522);
}
errors++;
}
}
}
else {
const err523 = {instancePath:instancePath+"/cookies/" + i24+"/description",schemaPath:"#/$defs/localizedText/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data:data160};
if(vErrors === null){
vErrors = [err523];
}
else {
vErrors.push(err523);
}
errors++;
}
}
if(data153.party !== undefined){
let data163 = data153.party;
if(typeof data163 !== "string"){
const err524 = {instancePath:instancePath+"/cookies/" + i24+"/party",schemaPath:"#/properties/cookies/items/properties/party/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.cookies.items.properties.party.type,parentSchema:schema31.properties.cookies.items.properties.party,data:data163};
if(vErrors === null){
vErrors = [err524];
}
else {
vErrors.push(err524);
}
errors++;
}
if(!((data163 === "first") || (data163 === "third"))){
const err525 = {instancePath:instancePath+"/cookies/" + i24+"/party",schemaPath:"#/properties/cookies/items/properties/party/enum",keyword:"enum",params:{allowedValues: schema31.properties.cookies.items.properties.party.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.cookies.items.properties.party.enum,parentSchema:schema31.properties.cookies.items.properties.party,data:data163};
if(vErrors === null){
vErrors = [err525];
}
else {
vErrors.push(err525);
}
errors++;
}
}
if(data153.alternativeNames !== undefined){
let data164 = data153.alternativeNames;
if(Array.isArray(data164)){
if(data164.length < 1){
const err526 = {instancePath:instancePath+"/cookies/" + i24+"/alternativeNames",schemaPath:"#/properties/cookies/items/properties/alternativeNames/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.cookies.items.properties.alternativeNames,data:data164};
if(vErrors === null){
vErrors = [err526];
}
else {
vErrors.push(err526);
}
errors++;
}
const len16 = data164.length;
for(let i25=0; i25<len16; i25++){
let data165 = data164[i25];
if(typeof data165 === "string"){
if(func2(data165) > 200){
const err527 = {instancePath:instancePath+"/cookies/" + i24+"/alternativeNames/" + i25,schemaPath:"#/properties/cookies/items/properties/alternativeNames/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema31.properties.cookies.items.properties.alternativeNames.items,data:data165};
if(vErrors === null){
vErrors = [err527];
}
else {
vErrors.push(err527);
}
errors++;
}
if(func2(data165) < 1){
const err528 = {instancePath:instancePath+"/cookies/" + i24+"/alternativeNames/" + i25,schemaPath:"#/properties/cookies/items/properties/alternativeNames/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.cookies.items.properties.alternativeNames.items,data:data165};
if(vErrors === null){
vErrors = [err528];
}
else {
vErrors.push(err528);
}
errors++;
}
if(!(formats0(data165))){
const err529 = {instancePath:instancePath+"/cookies/" + i24+"/alternativeNames/" + i25,schemaPath:"#/properties/cookies/items/properties/alternativeNames/items/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema31.properties.cookies.items.properties.alternativeNames.items,data:data165};
if(vErrors === null){
vErrors = [err529];
}
else {
vErrors.push(err529);
}
errors++;
}
}
else {
const err530 = {instancePath:instancePath+"/cookies/" + i24+"/alternativeNames/" + i25,schemaPath:"#/properties/cookies/items/properties/alternativeNames/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.cookies.items.properties.alternativeNames.items.type,parentSchema:schema31.properties.cookies.items.properties.alternativeNames.items,data:data165};
if(vErrors === null){
vErrors = [err530];
}
else {
vErrors.push(err530);
}
errors++;
}
}
let i26 = data164.length;
let j9;
if(i26 > 1){
const indices3 = {};
for(;i26--;){
let item3 = data164[i26];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j9 = indices3[item3];
const err531 = {instancePath:instancePath+"/cookies/" + i24+"/alternativeNames",schemaPath:"#/properties/cookies/items/properties/alternativeNames/uniqueItems",keyword:"uniqueItems",params:{i: i26, j: j9},message:"must NOT have duplicate items (items ## "+j9+" and "+i26+" are identical)",schema:true,parentSchema:schema31.properties.cookies.items.properties.alternativeNames,data:data164};
if(vErrors === null){
vErrors = [err531];
}
else {
vErrors.push(err531);
}
errors++;
break;
}
indices3[item3] = i26;
}
}
}
else {
const err532 = {instancePath:instancePath+"/cookies/" + i24+"/alternativeNames",schemaPath:"#/properties/cookies/items/properties/alternativeNames/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.cookies.items.properties.alternativeNames.type,parentSchema:schema31.properties.cookies.items.properties.alternativeNames,data:data164};
if(vErrors === null){
vErrors = [err532];
}
else {
vErrors.push(err532);
}
errors++;
}
}
if(data153.httpOnly !== undefined){
let data166 = data153.httpOnly;
if(typeof data166 !== "boolean"){
const err533 = {instancePath:instancePath+"/cookies/" + i24+"/httpOnly",schemaPath:"#/properties/cookies/items/properties/httpOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.cookies.items.properties.httpOnly.type,parentSchema:schema31.properties.cookies.items.properties.httpOnly,data:data166};
if(vErrors === null){
vErrors = [err533];
}
else {
vErrors.push(err533);
}
errors++;
}
}
if(data153.secure !== undefined){
let data167 = data153.secure;
if(typeof data167 !== "boolean"){
const err534 = {instancePath:instancePath+"/cookies/" + i24+"/secure",schemaPath:"#/properties/cookies/items/properties/secure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.cookies.items.properties.secure.type,parentSchema:schema31.properties.cookies.items.properties.secure,data:data167};
if(vErrors === null){
vErrors = [err534];
}
else {
vErrors.push(err534);
}
errors++;
}
}
if(data153.sameSite !== undefined){
let data168 = data153.sameSite;
if(typeof data168 !== "string"){
const err535 = {instancePath:instancePath+"/cookies/" + i24+"/sameSite",schemaPath:"#/properties/cookies/items/properties/sameSite/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.cookies.items.properties.sameSite.type,parentSchema:schema31.properties.cookies.items.properties.sameSite,data:data168};
if(vErrors === null){
vErrors = [err535];
}
else {
vErrors.push(err535);
}
errors++;
}
if(!(((data168 === "strict") || (data168 === "lax")) || (data168 === "none"))){
const err536 = {instancePath:instancePath+"/cookies/" + i24+"/sameSite",schemaPath:"#/properties/cookies/items/properties/sameSite/enum",keyword:"enum",params:{allowedValues: schema31.properties.cookies.items.properties.sameSite.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.cookies.items.properties.sameSite.enum,parentSchema:schema31.properties.cookies.items.properties.sameSite,data:data168};
if(vErrors === null){
vErrors = [err536];
}
else {
vErrors.push(err536);
}
errors++;
}
}
}
else {
const err537 = {instancePath:instancePath+"/cookies/" + i24,schemaPath:"#/properties/cookies/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.cookies.items.type,parentSchema:schema31.properties.cookies.items,data:data153};
if(vErrors === null){
vErrors = [err537];
}
else {
vErrors.push(err537);
}
errors++;
}
}
}
else {
const err538 = {instancePath:instancePath+"/cookies",schemaPath:"#/properties/cookies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.cookies.type,parentSchema:schema31.properties.cookies,data:data152};
if(vErrors === null){
vErrors = [err538];
}
else {
vErrors.push(err538);
}
errors++;
}
}
if(data.collectedData !== undefined){
let data169 = data.collectedData;
if(data169 && typeof data169 == "object" && !Array.isArray(data169)){
if(data169.items === undefined){
const err539 = {instancePath:instancePath+"/collectedData",schemaPath:"#/properties/collectedData/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'",schema:schema31.properties.collectedData.required,parentSchema:schema31.properties.collectedData,data:data169};
if(vErrors === null){
vErrors = [err539];
}
else {
vErrors.push(err539);
}
errors++;
}
if(data169.purposes === undefined){
const err540 = {instancePath:instancePath+"/collectedData",schemaPath:"#/properties/collectedData/required",keyword:"required",params:{missingProperty: "purposes"},message:"must have required property '"+"purposes"+"'",schema:schema31.properties.collectedData.required,parentSchema:schema31.properties.collectedData,data:data169};
if(vErrors === null){
vErrors = [err540];
}
else {
vErrors.push(err540);
}
errors++;
}
for(const key41 in data169){
if(!((key41 === "items") || (key41 === "purposes"))){
const err541 = {instancePath:instancePath+"/collectedData",schemaPath:"#/properties/collectedData/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key41},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.collectedData,data:data169};
if(vErrors === null){
vErrors = [err541];
}
else {
vErrors.push(err541);
}
errors++;
}
}
if(data169.items !== undefined){
let data170 = data169.items;
if(Array.isArray(data170)){
if(data170.length < 1){
const err542 = {instancePath:instancePath+"/collectedData/items",schemaPath:"#/properties/collectedData/properties/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.collectedData.properties.items,data:data170};
if(vErrors === null){
vErrors = [err542];
}
else {
vErrors.push(err542);
}
errors++;
}
const len17 = data170.length;
for(let i27=0; i27<len17; i27++){
if(!(validate24(data170[i27], {instancePath:instancePath+"/collectedData/items/" + i27,parentData:data170,parentDataProperty:i27,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
let i28 = data170.length;
let j10;
if(i28 > 1){
outer6:
for(;i28--;){
for(j10 = i28; j10--;){
if(func0(data170[i28], data170[j10])){
const err543 = {instancePath:instancePath+"/collectedData/items",schemaPath:"#/properties/collectedData/properties/items/uniqueItems",keyword:"uniqueItems",params:{i: i28, j: j10},message:"must NOT have duplicate items (items ## "+j10+" and "+i28+" are identical)",schema:true,parentSchema:schema31.properties.collectedData.properties.items,data:data170};
if(vErrors === null){
vErrors = [err543];
}
else {
vErrors.push(err543);
}
errors++;
break outer6;
}
}
}
}
}
else {
const err544 = {instancePath:instancePath+"/collectedData/items",schemaPath:"#/properties/collectedData/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.collectedData.properties.items.type,parentSchema:schema31.properties.collectedData.properties.items,data:data170};
if(vErrors === null){
vErrors = [err544];
}
else {
vErrors.push(err544);
}
errors++;
}
}
if(data169.purposes !== undefined){
let data172 = data169.purposes;
if(Array.isArray(data172)){
if(data172.length < 1){
const err545 = {instancePath:instancePath+"/collectedData/purposes",schemaPath:"#/properties/collectedData/properties/purposes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.collectedData.properties.purposes,data:data172};
if(vErrors === null){
vErrors = [err545];
}
else {
vErrors.push(err545);
}
errors++;
}
const len18 = data172.length;
for(let i29=0; i29<len18; i29++){
let data173 = data172[i29];
if(typeof data173 !== "string"){
const err546 = {instancePath:instancePath+"/collectedData/purposes/" + i29,schemaPath:"#/$defs/cookiePurpose/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.type,parentSchema:schema76,data:data173};
if(vErrors === null){
vErrors = [err546];
}
else {
vErrors.push(err546);
}
errors++;
}
if(!((((((((((((((((data173 === "site-operation") || (data173 === "authentication")) || (data173 === "security")) || (data173 === "load-balancing")) || (data173 === "consent-storage")) || (data173 === "preferences")) || (data173 === "usage-statistics")) || (data173 === "site-improvement")) || (data173 === "product-development")) || (data173 === "personalization")) || (data173 === "advertising")) || (data173 === "retargeting")) || (data173 === "ad-frequency")) || (data173 === "campaign-measurement")) || (data173 === "market-research")) || (data173 === "support-chat"))){
const err547 = {instancePath:instancePath+"/collectedData/purposes/" + i29,schemaPath:"#/$defs/cookiePurpose/enum",keyword:"enum",params:{allowedValues: schema76.enum},message:"must be equal to one of the allowed values",schema:schema76.enum,parentSchema:schema76,data:data173};
if(vErrors === null){
vErrors = [err547];
}
else {
vErrors.push(err547);
}
errors++;
}
}
let i30 = data172.length;
let j11;
if(i30 > 1){
outer7:
for(;i30--;){
for(j11 = i30; j11--;){
if(func0(data172[i30], data172[j11])){
const err548 = {instancePath:instancePath+"/collectedData/purposes",schemaPath:"#/properties/collectedData/properties/purposes/uniqueItems",keyword:"uniqueItems",params:{i: i30, j: j11},message:"must NOT have duplicate items (items ## "+j11+" and "+i30+" are identical)",schema:true,parentSchema:schema31.properties.collectedData.properties.purposes,data:data172};
if(vErrors === null){
vErrors = [err548];
}
else {
vErrors.push(err548);
}
errors++;
break outer7;
}
}
}
}
}
else {
const err549 = {instancePath:instancePath+"/collectedData/purposes",schemaPath:"#/properties/collectedData/properties/purposes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.collectedData.properties.purposes.type,parentSchema:schema31.properties.collectedData.properties.purposes,data:data172};
if(vErrors === null){
vErrors = [err549];
}
else {
vErrors.push(err549);
}
errors++;
}
}
}
else {
const err550 = {instancePath:instancePath+"/collectedData",schemaPath:"#/properties/collectedData/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.collectedData.type,parentSchema:schema31.properties.collectedData,data:data169};
if(vErrors === null){
vErrors = [err550];
}
else {
vErrors.push(err550);
}
errors++;
}
}
if(data.serverLogs !== undefined){
let data174 = data.serverLogs;
if(data174 && typeof data174 == "object" && !Array.isArray(data174)){
if(data174.items === undefined){
const err551 = {instancePath:instancePath+"/serverLogs",schemaPath:"#/properties/serverLogs/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'",schema:schema31.properties.serverLogs.required,parentSchema:schema31.properties.serverLogs,data:data174};
if(vErrors === null){
vErrors = [err551];
}
else {
vErrors.push(err551);
}
errors++;
}
if(data174.purposes === undefined){
const err552 = {instancePath:instancePath+"/serverLogs",schemaPath:"#/properties/serverLogs/required",keyword:"required",params:{missingProperty: "purposes"},message:"must have required property '"+"purposes"+"'",schema:schema31.properties.serverLogs.required,parentSchema:schema31.properties.serverLogs,data:data174};
if(vErrors === null){
vErrors = [err552];
}
else {
vErrors.push(err552);
}
errors++;
}
if(data174.retention === undefined){
const err553 = {instancePath:instancePath+"/serverLogs",schemaPath:"#/properties/serverLogs/required",keyword:"required",params:{missingProperty: "retention"},message:"must have required property '"+"retention"+"'",schema:schema31.properties.serverLogs.required,parentSchema:schema31.properties.serverLogs,data:data174};
if(vErrors === null){
vErrors = [err553];
}
else {
vErrors.push(err553);
}
errors++;
}
for(const key42 in data174){
if(!(((key42 === "items") || (key42 === "purposes")) || (key42 === "retention"))){
const err554 = {instancePath:instancePath+"/serverLogs",schemaPath:"#/properties/serverLogs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key42},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.serverLogs,data:data174};
if(vErrors === null){
vErrors = [err554];
}
else {
vErrors.push(err554);
}
errors++;
}
}
if(data174.items !== undefined){
let data175 = data174.items;
if(Array.isArray(data175)){
if(data175.length < 1){
const err555 = {instancePath:instancePath+"/serverLogs/items",schemaPath:"#/properties/serverLogs/properties/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.serverLogs.properties.items,data:data175};
if(vErrors === null){
vErrors = [err555];
}
else {
vErrors.push(err555);
}
errors++;
}
const len19 = data175.length;
for(let i31=0; i31<len19; i31++){
if(!(validate24(data175[i31], {instancePath:instancePath+"/serverLogs/items/" + i31,parentData:data175,parentDataProperty:i31,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
let i32 = data175.length;
let j12;
if(i32 > 1){
outer8:
for(;i32--;){
for(j12 = i32; j12--;){
if(func0(data175[i32], data175[j12])){
const err556 = {instancePath:instancePath+"/serverLogs/items",schemaPath:"#/properties/serverLogs/properties/items/uniqueItems",keyword:"uniqueItems",params:{i: i32, j: j12},message:"must NOT have duplicate items (items ## "+j12+" and "+i32+" are identical)",schema:true,parentSchema:schema31.properties.serverLogs.properties.items,data:data175};
if(vErrors === null){
vErrors = [err556];
}
else {
vErrors.push(err556);
}
errors++;
break outer8;
}
}
}
}
}
else {
const err557 = {instancePath:instancePath+"/serverLogs/items",schemaPath:"#/properties/serverLogs/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.serverLogs.properties.items.type,parentSchema:schema31.properties.serverLogs.properties.items,data:data175};
if(vErrors === null){
vErrors = [err557];
}
else {
vErrors.push(err557);
}
errors++;
}
}
if(data174.purposes !== undefined){
let data177 = data174.purposes;
if(Array.isArray(data177)){
if(data177.length < 1){
const err558 = {instancePath:instancePath+"/serverLogs/purposes",schemaPath:"#/properties/serverLogs/properties/purposes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.serverLogs.properties.purposes,data:data177};
if(vErrors === null){
vErrors = [err558];
}
else {
vErrors.push(err558);
}
errors++;
}
const len20 = data177.length;
for(let i33=0; i33<len20; i33++){
let data178 = data177[i33];
if(typeof data178 !== "string"){
const err559 = {instancePath:instancePath+"/serverLogs/purposes/" + i33,schemaPath:"#/$defs/cookiePurpose/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.type,parentSchema:schema76,data:data178};
if(vErrors === null){
vErrors = [err559];
}
else {
vErrors.push(err559);
}
errors++;
}
if(!((((((((((((((((data178 === "site-operation") || (data178 === "authentication")) || (data178 === "security")) || (data178 === "load-balancing")) || (data178 === "consent-storage")) || (data178 === "preferences")) || (data178 === "usage-statistics")) || (data178 === "site-improvement")) || (data178 === "product-development")) || (data178 === "personalization")) || (data178 === "advertising")) || (data178 === "retargeting")) || (data178 === "ad-frequency")) || (data178 === "campaign-measurement")) || (data178 === "market-research")) || (data178 === "support-chat"))){
const err560 = {instancePath:instancePath+"/serverLogs/purposes/" + i33,schemaPath:"#/$defs/cookiePurpose/enum",keyword:"enum",params:{allowedValues: schema76.enum},message:"must be equal to one of the allowed values",schema:schema76.enum,parentSchema:schema76,data:data178};
if(vErrors === null){
vErrors = [err560];
}
else {
vErrors.push(err560);
}
errors++;
}
}
let i34 = data177.length;
let j13;
if(i34 > 1){
outer9:
for(;i34--;){
for(j13 = i34; j13--;){
if(func0(data177[i34], data177[j13])){
const err561 = {instancePath:instancePath+"/serverLogs/purposes",schemaPath:"#/properties/serverLogs/properties/purposes/uniqueItems",keyword:"uniqueItems",params:{i: i34, j: j13},message:"must NOT have duplicate items (items ## "+j13+" and "+i34+" are identical)",schema:true,parentSchema:schema31.properties.serverLogs.properties.purposes,data:data177};
if(vErrors === null){
vErrors = [err561];
}
else {
vErrors.push(err561);
}
errors++;
break outer9;
}
}
}
}
}
else {
const err562 = {instancePath:instancePath+"/serverLogs/purposes",schemaPath:"#/properties/serverLogs/properties/purposes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.serverLogs.properties.purposes.type,parentSchema:schema31.properties.serverLogs.properties.purposes,data:data177};
if(vErrors === null){
vErrors = [err562];
}
else {
vErrors.push(err562);
}
errors++;
}
}
if(data174.retention !== undefined){
let data179 = data174.retention;
if(typeof data179 === "string"){
if(func2(data179) > 64){
const err563 = {instancePath:instancePath+"/serverLogs/retention",schemaPath:"#/$defs/period/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema63,data:data179};
if(vErrors === null){
vErrors = [err563];
}
else {
vErrors.push(err563);
}
errors++;
}
if(!(formats100(data179))){
const err564 = {instancePath:instancePath+"/serverLogs/retention",schemaPath:"#/$defs/period/format",keyword:"format",params:{format: "period"},message:"must match format \""+"period"+"\"",schema:"period",parentSchema:schema63,data:data179};
if(vErrors === null){
vErrors = [err564];
}
else {
vErrors.push(err564);
}
errors++;
}
}
else {
const err565 = {instancePath:instancePath+"/serverLogs/retention",schemaPath:"#/$defs/period/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.type,parentSchema:schema63,data:data179};
if(vErrors === null){
vErrors = [err565];
}
else {
vErrors.push(err565);
}
errors++;
}
}
}
else {
const err566 = {instancePath:instancePath+"/serverLogs",schemaPath:"#/properties/serverLogs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.serverLogs.type,parentSchema:schema31.properties.serverLogs,data:data174};
if(vErrors === null){
vErrors = [err566];
}
else {
vErrors.push(err566);
}
errors++;
}
}
if(data.thirdParties !== undefined){
let data180 = data.thirdParties;
if(Array.isArray(data180)){
const len21 = data180.length;
for(let i35=0; i35<len21; i35++){
let data181 = data180[i35];
if(data181 && typeof data181 == "object" && !Array.isArray(data181)){
if(data181.id === undefined){
const err567 = {instancePath:instancePath+"/thirdParties/" + i35,schemaPath:"#/properties/thirdParties/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.thirdParties.items.required,parentSchema:schema31.properties.thirdParties.items,data:data181};
if(vErrors === null){
vErrors = [err567];
}
else {
vErrors.push(err567);
}
errors++;
}
if(data181.name === undefined){
const err568 = {instancePath:instancePath+"/thirdParties/" + i35,schemaPath:"#/properties/thirdParties/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.thirdParties.items.required,parentSchema:schema31.properties.thirdParties.items,data:data181};
if(vErrors === null){
vErrors = [err568];
}
else {
vErrors.push(err568);
}
errors++;
}
if(data181.kind === undefined){
const err569 = {instancePath:instancePath+"/thirdParties/" + i35,schemaPath:"#/properties/thirdParties/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema31.properties.thirdParties.items.required,parentSchema:schema31.properties.thirdParties.items,data:data181};
if(vErrors === null){
vErrors = [err569];
}
else {
vErrors.push(err569);
}
errors++;
}
if(data181.role === undefined){
const err570 = {instancePath:instancePath+"/thirdParties/" + i35,schemaPath:"#/properties/thirdParties/items/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema31.properties.thirdParties.items.required,parentSchema:schema31.properties.thirdParties.items,data:data181};
if(vErrors === null){
vErrors = [err570];
}
else {
vErrors.push(err570);
}
errors++;
}
if(data181.country === undefined){
const err571 = {instancePath:instancePath+"/thirdParties/" + i35,schemaPath:"#/properties/thirdParties/items/required",keyword:"required",params:{missingProperty: "country"},message:"must have required property '"+"country"+"'",schema:schema31.properties.thirdParties.items.required,parentSchema:schema31.properties.thirdParties.items,data:data181};
if(vErrors === null){
vErrors = [err571];
}
else {
vErrors.push(err571);
}
errors++;
}
for(const key43 in data181){
if(!(func1.call(schema31.properties.thirdParties.items.properties, key43))){
const err572 = {instancePath:instancePath+"/thirdParties/" + i35,schemaPath:"#/properties/thirdParties/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key43},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.thirdParties.items,data:data181};
if(vErrors === null){
vErrors = [err572];
}
else {
vErrors.push(err572);
}
errors++;
}
}
if(data181.id !== undefined){
let data182 = data181.id;
if(typeof data182 === "string"){
if(func2(data182) > 64){
const err573 = {instancePath:instancePath+"/thirdParties/" + i35+"/id",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema88,data:data182};
if(vErrors === null){
vErrors = [err573];
}
else {
vErrors.push(err573);
}
errors++;
}
if(!pattern16.test(data182)){
const err574 = {instancePath:instancePath+"/thirdParties/" + i35+"/id",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema88,data:data182};
if(vErrors === null){
vErrors = [err574];
}
else {
vErrors.push(err574);
}
errors++;
}
}
else {
const err575 = {instancePath:instancePath+"/thirdParties/" + i35+"/id",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.type,parentSchema:schema88,data:data182};
if(vErrors === null){
vErrors = [err575];
}
else {
vErrors.push(err575);
}
errors++;
}
}
if(data181.name !== undefined){
let data183 = data181.name;
if(typeof data183 === "string"){
if(func2(data183) > 300){
const err576 = {instancePath:instancePath+"/thirdParties/" + i35+"/name",schemaPath:"#/properties/thirdParties/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema31.properties.thirdParties.items.properties.name,data:data183};
if(vErrors === null){
vErrors = [err576];
}
else {
vErrors.push(err576);
}
errors++;
}
if(func2(data183) < 1){
const err577 = {instancePath:instancePath+"/thirdParties/" + i35+"/name",schemaPath:"#/properties/thirdParties/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.thirdParties.items.properties.name,data:data183};
if(vErrors === null){
vErrors = [err577];
}
else {
vErrors.push(err577);
}
errors++;
}
if(!(formats0(data183))){
const err578 = {instancePath:instancePath+"/thirdParties/" + i35+"/name",schemaPath:"#/properties/thirdParties/items/properties/name/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema31.properties.thirdParties.items.properties.name,data:data183};
if(vErrors === null){
vErrors = [err578];
}
else {
vErrors.push(err578);
}
errors++;
}
}
else {
const err579 = {instancePath:instancePath+"/thirdParties/" + i35+"/name",schemaPath:"#/properties/thirdParties/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.thirdParties.items.properties.name.type,parentSchema:schema31.properties.thirdParties.items.properties.name,data:data183};
if(vErrors === null){
vErrors = [err579];
}
else {
vErrors.push(err579);
}
errors++;
}
}
if(data181.services !== undefined){
let data184 = data181.services;
if(Array.isArray(data184)){
if(data184.length < 1){
const err580 = {instancePath:instancePath+"/thirdParties/" + i35+"/services",schemaPath:"#/properties/thirdParties/items/properties/services/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.thirdParties.items.properties.services,data:data184};
if(vErrors === null){
vErrors = [err580];
}
else {
vErrors.push(err580);
}
errors++;
}
const len22 = data184.length;
for(let i36=0; i36<len22; i36++){
let data185 = data184[i36];
const _errs478 = errors;
let valid167 = true;
const _errs479 = errors;
if(typeof data185 !== "string"){
const err581 = {};
if(vErrors === null){
vErrors = [err581];
}
else {
vErrors.push(err581);
}
errors++;
}
var _valid1 = _errs479 === errors;
errors = _errs478;
if(vErrors !== null){
if(_errs478){
vErrors.length = _errs478;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid1){
const _errs481 = errors;
if(typeof data185 === "string"){
if(func2(data185) > 300){
const err582 = {instancePath:instancePath+"/thirdParties/" + i35+"/services/" + i36,schemaPath:"#/properties/thirdParties/items/properties/services/items/then/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema31.properties.thirdParties.items.properties.services.items.then,data:data185};
if(vErrors === null){
vErrors = [err582];
}
else {
vErrors.push(err582);
}
errors++;
}
if(func2(data185) < 1){
const err583 = {instancePath:instancePath+"/thirdParties/" + i35+"/services/" + i36,schemaPath:"#/properties/thirdParties/items/properties/services/items/then/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.thirdParties.items.properties.services.items.then,data:data185};
if(vErrors === null){
vErrors = [err583];
}
else {
vErrors.push(err583);
}
errors++;
}
if(!(formats0(data185))){
const err584 = {instancePath:instancePath+"/thirdParties/" + i35+"/services/" + i36,schemaPath:"#/properties/thirdParties/items/properties/services/items/then/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema31.properties.thirdParties.items.properties.services.items.then,data:data185};
if(vErrors === null){
vErrors = [err584];
}
else {
vErrors.push(err584);
}
errors++;
}
}
else {
const err585 = {instancePath:instancePath+"/thirdParties/" + i35+"/services/" + i36,schemaPath:"#/properties/thirdParties/items/properties/services/items/then/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.thirdParties.items.properties.services.items.then.type,parentSchema:schema31.properties.thirdParties.items.properties.services.items.then,data:data185};
if(vErrors === null){
vErrors = [err585];
}
else {
vErrors.push(err585);
}
errors++;
}
var _valid1 = _errs481 === errors;
valid167 = _valid1;
ifClause1 = "then";
}
else {
const _errs483 = errors;
if(data185 && typeof data185 == "object" && !Array.isArray(data185)){
if(Object.keys(data185).length < 1){
const err586 = {instancePath:instancePath+"/thirdParties/" + i35+"/services/" + i36,schemaPath:"#/$defs/localizedLine/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data185};
if(vErrors === null){
vErrors = [err586];
}
else {
vErrors.push(err586);
}
errors++;
}
for(const key44 in data185){
if(!((key44 === "ru") || (key44 === "kk"))){
const err587 = {instancePath:instancePath+"/thirdParties/" + i35+"/services/" + i36,schemaPath:"#/$defs/localizedLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key44},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data185};
if(vErrors === null){
vErrors = [err587];
}
else {
vErrors.push(err587);
}
errors++;
}
}
if(data185.ru !== undefined){
let data186 = data185.ru;
if(typeof data186 === "string"){
if(func2(data186) > 300){
const err588 = {instancePath:instancePath+"/thirdParties/" + i35+"/services/" + i36+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.ru,data:data186};
if(vErrors === null){
vErrors = [err588];
}
else {
vErrors.push(err588);
}
errors++;
}
if(func2(data186) < 1){
const err589 = {instancePath:instancePath+"/thirdParties/" + i35+"/services/" + i36+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.ru,data:data186};
if(vErrors === null){
vErrors = [err589];
}
else {
vErrors.push(err589);
}
errors++;
}
if(!(formats0(data186))){
const err590 = {instancePath:instancePath+"/thirdParties/" + i35+"/services/" + i36+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.ru,data:data186};
if(vErrors === null){
vErrors = [err590];
}
else {
vErrors.push(err590);
}
errors++;
}
}
else {
const err591 = {instancePath:instancePath+"/thirdParties/" + i35+"/services/" + i36+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ru.type,parentSchema:schema32.properties.ru,data:data186};
if(vErrors === null){
vErrors = [err591];
}
else {
vErrors.push(err591);
}
errors++;
}
}
if(data185.kk !== undefined){
let data187 = data185.kk;
if(typeof data187 === "string"){
if(func2(data187) > 300){
const err592 = {instancePath:instancePath+"/thirdParties/" + i35+"/services/" + i36+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.kk,data:data187};
if(vErrors === null){
vErrors = [err592];
}
else {
vErrors.push(err592);
}
errors++;
}
if(func2(data187) < 1){
const err593 = {instancePath:instancePath+"/thirdParties/" + i35+"/services/" + i36+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.kk,data:data187};
if(vErrors === null){
vErrors = [err593];
}
else {
vErrors.push(err593);
}
errors++;
}
if(!(formats0(data187))){
const err594 = {instancePath:instancePath+"/thirdParties/" + i35+"/services/" + i36+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.kk,data:data187};
if(vErrors === null){
vErrors = [err594];
}
else {
vErrors.push(err594);
}
errors++;
}
}
else {
const err595 = {instancePath:instancePath+"/thirdParties/" + i35+"/services/" + i36+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.kk.type,parentSchema:schema32.properties.kk,data:data187};
if(vErrors === null){
vErrors = [err595];
}
else {
vErrors.push(err595);
}
errors++;
}
}
}
else {
const err596 = {instancePath:instancePath+"/thirdParties/" + i35+"/services/" + i36,schemaPath:"#/$defs/localizedLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data185};
if(vErrors === null){
vErrors = [err596];
}
else {
vErrors.push(err596);
}
errors++;
}
var _valid1 = _errs483 === errors;
valid167 = _valid1;
ifClause1 = "else";
}
if(!valid167){
const err597 = {instancePath:instancePath+"/thirdParties/" + i35+"/services/" + i36,schemaPath:"#/properties/thirdParties/items/properties/services/items/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema",schema:schema31.properties.thirdParties.items.properties.services.items.if,parentSchema:schema31.properties.thirdParties.items.properties.services.items,data:data185};
if(vErrors === null){
vErrors = [err597];
}
else {
vErrors.push(err597);
}
errors++;
}
}
let i37 = data184.length;
let j14;
if(i37 > 1){
outer10:
for(;i37--;){
for(j14 = i37; j14--;){
if(func0(data184[i37], data184[j14])){
const err598 = {instancePath:instancePath+"/thirdParties/" + i35+"/services",schemaPath:"#/properties/thirdParties/items/properties/services/uniqueItems",keyword:"uniqueItems",params:{i: i37, j: j14},message:"must NOT have duplicate items (items ## "+j14+" and "+i37+" are identical)",schema:true,parentSchema:schema31.properties.thirdParties.items.properties.services,data:data184};
if(vErrors === null){
vErrors = [err598];
}
else {
vErrors.push(err598);
}
errors++;
break outer10;
}
}
}
}
}
else {
const err599 = {instancePath:instancePath+"/thirdParties/" + i35+"/services",schemaPath:"#/properties/thirdParties/items/properties/services/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.thirdParties.items.properties.services.type,parentSchema:schema31.properties.thirdParties.items.properties.services,data:data184};
if(vErrors === null){
vErrors = [err599];
}
else {
vErrors.push(err599);
}
errors++;
}
}
if(data181.kind !== undefined){
let data188 = data181.kind;
if(typeof data188 !== "string"){
const err600 = {instancePath:instancePath+"/thirdParties/" + i35+"/kind",schemaPath:"#/$defs/thirdPartyKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema99.type,parentSchema:schema99,data:data188};
if(vErrors === null){
vErrors = [err600];
}
else {
vErrors.push(err600);
}
errors++;
}
if(!((((((((((data188 === "analytics") || (data188 === "advertising")) || (data188 === "hosting")) || (data188 === "chat")) || (data188 === "crm")) || (data188 === "payments")) || (data188 === "messaging")) || (data188 === "credit-bureau")) || (data188 === "learning-platform")) || (data188 === "other"))){
const err601 = {instancePath:instancePath+"/thirdParties/" + i35+"/kind",schemaPath:"#/$defs/thirdPartyKind/enum",keyword:"enum",params:{allowedValues: schema99.enum},message:"must be equal to one of the allowed values",schema:schema99.enum,parentSchema:schema99,data:data188};
if(vErrors === null){
vErrors = [err601];
}
else {
vErrors.push(err601);
}
errors++;
}
}
if(data181.role !== undefined){
let data189 = data181.role;
if(typeof data189 !== "string"){
const err602 = {instancePath:instancePath+"/thirdParties/" + i35+"/role",schemaPath:"#/properties/thirdParties/items/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.thirdParties.items.properties.role.type,parentSchema:schema31.properties.thirdParties.items.properties.role,data:data189};
if(vErrors === null){
vErrors = [err602];
}
else {
vErrors.push(err602);
}
errors++;
}
if(!((data189 === "processor") || (data189 === "controller"))){
const err603 = {instancePath:instancePath+"/thirdParties/" + i35+"/role",schemaPath:"#/properties/thirdParties/items/properties/role/enum",keyword:"enum",params:{allowedValues: schema31.properties.thirdParties.items.properties.role.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.thirdParties.items.properties.role.enum,parentSchema:schema31.properties.thirdParties.items.properties.role,data:data189};
if(vErrors === null){
vErrors = [err603];
}
else {
vErrors.push(err603);
}
errors++;
}
}
if(data181.country !== undefined){
let data190 = data181.country;
if(typeof data190 !== "string"){
const err604 = {instancePath:instancePath+"/thirdParties/" + i35+"/country",schemaPath:"#/$defs/country/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.type,parentSchema:schema82,data:data190};
if(vErrors === null){
vErrors = [err604];
}
else {
vErrors.push(err604);
}
errors++;
}
let valid173;
valid173 = false;
for(const v1 of schema82.enum){
if(func0(data190, v1)){
valid173 = true;
break;
}
}
if(!valid173){
const err605 = {instancePath:instancePath+"/thirdParties/" + i35+"/country",schemaPath:"#/$defs/country/enum",keyword:"enum",params:{allowedValues: schema82.enum},message:"must be equal to one of the allowed values",schema:schema82.enum,parentSchema:schema82,data:data190};
if(vErrors === null){
vErrors = [err605];
}
else {
vErrors.push(err605);
}
errors++;
}
}
if(data181.purposes !== undefined){
let data191 = data181.purposes;
if(Array.isArray(data191)){
if(data191.length < 1){
const err606 = {instancePath:instancePath+"/thirdParties/" + i35+"/purposes",schemaPath:"#/properties/thirdParties/items/properties/purposes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.thirdParties.items.properties.purposes,data:data191};
if(vErrors === null){
vErrors = [err606];
}
else {
vErrors.push(err606);
}
errors++;
}
const len23 = data191.length;
for(let i38=0; i38<len23; i38++){
let data192 = data191[i38];
if(typeof data192 !== "string"){
const err607 = {instancePath:instancePath+"/thirdParties/" + i35+"/purposes/" + i38,schemaPath:"#/$defs/cookiePurpose/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.type,parentSchema:schema76,data:data192};
if(vErrors === null){
vErrors = [err607];
}
else {
vErrors.push(err607);
}
errors++;
}
if(!((((((((((((((((data192 === "site-operation") || (data192 === "authentication")) || (data192 === "security")) || (data192 === "load-balancing")) || (data192 === "consent-storage")) || (data192 === "preferences")) || (data192 === "usage-statistics")) || (data192 === "site-improvement")) || (data192 === "product-development")) || (data192 === "personalization")) || (data192 === "advertising")) || (data192 === "retargeting")) || (data192 === "ad-frequency")) || (data192 === "campaign-measurement")) || (data192 === "market-research")) || (data192 === "support-chat"))){
const err608 = {instancePath:instancePath+"/thirdParties/" + i35+"/purposes/" + i38,schemaPath:"#/$defs/cookiePurpose/enum",keyword:"enum",params:{allowedValues: schema76.enum},message:"must be equal to one of the allowed values",schema:schema76.enum,parentSchema:schema76,data:data192};
if(vErrors === null){
vErrors = [err608];
}
else {
vErrors.push(err608);
}
errors++;
}
}
let i39 = data191.length;
let j15;
if(i39 > 1){
outer11:
for(;i39--;){
for(j15 = i39; j15--;){
if(func0(data191[i39], data191[j15])){
const err609 = {instancePath:instancePath+"/thirdParties/" + i35+"/purposes",schemaPath:"#/properties/thirdParties/items/properties/purposes/uniqueItems",keyword:"uniqueItems",params:{i: i39, j: j15},message:"must NOT have duplicate items (items ## "+j15+" and "+i39+" are identical)",schema:true,parentSchema:schema31.properties.thirdParties.items.properties.purposes,data:data191};
if(vErrors === null){
vErrors = [err609];
}
else {
vErrors.push(err609);
}
errors++;
break outer11;
}
}
}
}
}
else {
const err610 = {instancePath:instancePath+"/thirdParties/" + i35+"/purposes",schemaPath:"#/properties/thirdParties/items/properties/purposes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.thirdParties.items.properties.purposes.type,parentSchema:schema31.properties.thirdParties.items.properties.purposes,data:data191};
if(vErrors === null){
vErrors = [err610];
}
else {
vErrors.push(err610);
}
errors++;
}
}
if(data181.privacyPolicy !== undefined){
let data193 = data181.privacyPolicy;
if(typeof data193 === "string"){
if(func2(data193) > 2000){
const err611 = {instancePath:instancePath+"/thirdParties/" + i35+"/privacyPolicy",schemaPath:"#/$defs/httpsUrl/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema38,data:data193};
if(vErrors === null){
vErrors = [err611];
}
else {
vErrors.push(err611);
}
errors++;
}
if(!pattern5.test(data193)){
const err612 = {instancePath:instancePath+"/thirdParties/" + i35+"/privacyPolicy",schemaPath:"#/$defs/httpsUrl/pattern",keyword:"pattern",params:{pattern: "^https://[^/?#\\s]+"},message:"must match pattern \""+"^https://[^/?#\\s]+"+"\"",schema:"^https://[^/?#\\s]+",parentSchema:schema38,data:data193};
if(vErrors === null){
vErrors = [err612];
}
else {
vErrors.push(err612);
}
errors++;
}
if(!(formats40(data193))){
const err613 = {instancePath:instancePath+"/thirdParties/" + i35+"/privacyPolicy",schemaPath:"#/$defs/httpsUrl/format",keyword:"format",params:{format: "https-url"},message:"must match format \""+"https-url"+"\"",schema:"https-url",parentSchema:schema38,data:data193};
if(vErrors === null){
vErrors = [err613];
}
else {
vErrors.push(err613);
}
errors++;
}
}
else {
const err614 = {instancePath:instancePath+"/thirdParties/" + i35+"/privacyPolicy",schemaPath:"#/$defs/httpsUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data193};
if(vErrors === null){
vErrors = [err614];
}
else {
vErrors.push(err614);
}
errors++;
}
}
if(data181.localizedName !== undefined){
let data194 = data181.localizedName;
if(data194 && typeof data194 == "object" && !Array.isArray(data194)){
if(Object.keys(data194).length < 1){
const err615 = {instancePath:instancePath+"/thirdParties/" + i35+"/localizedName",schemaPath:"#/properties/thirdParties/items/properties/localizedName/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31.properties.thirdParties.items.properties.localizedName,data:data194};
if(vErrors === null){
vErrors = [err615];
}
else {
vErrors.push(err615);
}
errors++;
}
for(const key45 in data194){
if(!((key45 === "ru") || (key45 === "kk"))){
const err616 = {instancePath:instancePath+"/thirdParties/" + i35+"/localizedName",schemaPath:"#/properties/thirdParties/items/properties/localizedName/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key45},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.thirdParties.items.properties.localizedName,data:data194};
if(vErrors === null){
vErrors = [err616];
}
else {
vErrors.push(err616);
}
errors++;
}
}
if(data194.ru !== undefined){
let data195 = data194.ru;
if(typeof data195 === "string"){
if(func2(data195) > 300){
const err617 = {instancePath:instancePath+"/thirdParties/" + i35+"/localizedName/ru",schemaPath:"#/properties/thirdParties/items/properties/localizedName/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema31.properties.thirdParties.items.properties.localizedName.properties.ru,data:data195};
if(vErrors === null){
vErrors = [err617];
}
else {
vErrors.push(err617);
}
errors++;
}
if(func2(data195) < 1){
const err618 = {instancePath:instancePath+"/thirdParties/" + i35+"/localizedName/ru",schemaPath:"#/properties/thirdParties/items/properties/localizedName/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.thirdParties.items.properties.localizedName.properties.ru,data:data195};
if(vErrors === null){
vErrors = [err618];
}
else {
vErrors.push(err618);
}
errors++;
}
if(!(formats0(data195))){
const err619 = {instancePath:instancePath+"/thirdParties/" + i35+"/localizedName/ru",schemaPath:"#/properties/thirdParties/items/properties/localizedName/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema31.properties.thirdParties.items.properties.localizedName.properties.ru,data:data195};
if(vErrors === null){
vErrors = [err619];
}
else {
vErrors.push(err619);
}
errors++;
}
}
else {
const err620 = {instancePath:instancePath+"/thirdParties/" + i35+"/localizedName/ru",schemaPath:"#/properties/thirdParties/items/properties/localizedName/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.thirdParties.items.properties.localizedName.properties.ru.type,parentSchema:schema31.properties.thirdParties.items.properties.localizedName.properties.ru,data:data195};
if(vErrors === null){
vErrors = [err620];
}
else {
vErrors.push(err620);
}
errors++;
}
}
if(data194.kk !== undefined){
let data196 = data194.kk;
if(typeof data196 === "string"){
if(func2(data196) > 300){
const err621 = {instancePath:instancePath+"/thirdParties/" + i35+"/localizedName/kk",schemaPath:"#/properties/thirdParties/items/properties/localizedName/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema31.properties.thirdParties.items.properties.localizedName.properties.kk,data:data196};
if(vErrors === null){
vErrors = [err621];
}
else {
vErrors.push(err621);
}
errors++;
}
if(func2(data196) < 1){
const err622 = {instancePath:instancePath+"/thirdParties/" + i35+"/localizedName/kk",schemaPath:"#/properties/thirdParties/items/properties/localizedName/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.thirdParties.items.properties.localizedName.properties.kk,data:data196};
if(vErrors === null){
vErrors = [err622];
}
else {
vErrors.push(err622);
}
errors++;
}
if(!(formats0(data196))){
const err623 = {instancePath:instancePath+"/thirdParties/" + i35+"/localizedName/kk",schemaPath:"#/properties/thirdParties/items/properties/localizedName/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema31.properties.thirdParties.items.properties.localizedName.properties.kk,data:data196};
if(vErrors === null){
vErrors = [err623];
}
else {
vErrors.push(err623);
}
errors++;
}
}
else {
const err624 = {instancePath:instancePath+"/thirdParties/" + i35+"/localizedName/kk",schemaPath:"#/properties/thirdParties/items/properties/localizedName/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.thirdParties.items.properties.localizedName.properties.kk.type,parentSchema:schema31.properties.thirdParties.items.properties.localizedName.properties.kk,data:data196};
if(vErrors === null){
vErrors = [err624];
}
else {
vErrors.push(err624);
}
errors++;
}
}
}
else {
const err625 = {instancePath:instancePath+"/thirdParties/" + i35+"/localizedName",schemaPath:"#/properties/thirdParties/items/properties/localizedName/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.thirdParties.items.properties.localizedName.type,parentSchema:schema31.properties.thirdParties.items.properties.localizedName,data:data194};
if(vErrors === null){
vErrors = [err625];
}
else {
vErrors.push(err625);
}
errors++;
}
}
if(data181.optOut !== undefined){
let data197 = data181.optOut;
if(typeof data197 === "string"){
if(func2(data197) > 2000){
const err626 = {instancePath:instancePath+"/thirdParties/" + i35+"/optOut",schemaPath:"#/$defs/httpsUrl/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema38,data:data197};
if(vErrors === null){
vErrors = [err626];
}
else {
vErrors.push(err626);
}
errors++;
}
if(!pattern5.test(data197)){
const err627 = {instancePath:instancePath+"/thirdParties/" + i35+"/optOut",schemaPath:"#/$defs/httpsUrl/pattern",keyword:"pattern",params:{pattern: "^https://[^/?#\\s]+"},message:"must match pattern \""+"^https://[^/?#\\s]+"+"\"",schema:"^https://[^/?#\\s]+",parentSchema:schema38,data:data197};
if(vErrors === null){
vErrors = [err627];
}
else {
vErrors.push(err627);
}
errors++;
}
if(!(formats40(data197))){
const err628 = {instancePath:instancePath+"/thirdParties/" + i35+"/optOut",schemaPath:"#/$defs/httpsUrl/format",keyword:"format",params:{format: "https-url"},message:"must match format \""+"https-url"+"\"",schema:"https-url",parentSchema:schema38,data:data197};
if(vErrors === null){
vErrors = [err628];
}
else {
vErrors.push(err628);
}
errors++;
}
}
else {
const err629 = {instancePath:instancePath+"/thirdParties/" + i35+"/optOut",schemaPath:"#/$defs/httpsUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data197};
if(vErrors === null){
vErrors = [err629];
}
else {
vErrors.push(err629);
}
errors++;
}
}
if(data181.dataCountry !== undefined){
let data198 = data181.dataCountry;
if(typeof data198 !== "string"){
const err630 = {instancePath:instancePath+"/thirdParties/" + i35+"/dataCountry",schemaPath:"#/$defs/country/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.type,parentSchema:schema82,data:data198};
if(vErrors === null){
vErrors = [err630];
}
else {
vErrors.push(err630);
}
errors++;
}
let valid182;
valid182 = false;
for(const v2 of schema82.enum){
if(func0(data198, v2)){
valid182 = true;
break;
}
}
if(!valid182){
const err631 = {instancePath:instancePath+"/thirdParties/" + i35+"/dataCountry",schemaPath:"#/$defs/country/enum",keyword:"enum",params:{allowedValues: schema82.enum},message:"must be equal to one of the allowed values",schema:schema82.enum,parentSchema:schema82,data:data198};
if(vErrors === null){
vErrors = [err631];
}
else {
vErrors.push(err631);
}
errors++;
}
}
if(data181.agreement !== undefined){
let data199 = data181.agreement;
if(typeof data199 !== "boolean"){
const err632 = {instancePath:instancePath+"/thirdParties/" + i35+"/agreement",schemaPath:"#/properties/thirdParties/items/properties/agreement/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.thirdParties.items.properties.agreement.type,parentSchema:schema31.properties.thirdParties.items.properties.agreement,data:data199};
if(vErrors === null){
vErrors = [err632];
}
else {
vErrors.push(err632);
}
errors++;
}
}
}
else {
const err633 = {instancePath:instancePath+"/thirdParties/" + i35,schemaPath:"#/properties/thirdParties/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.thirdParties.items.type,parentSchema:schema31.properties.thirdParties.items,data:data181};
if(vErrors === null){
vErrors = [err633];
}
else {
vErrors.push(err633);
}
errors++;
}
}
}
else {
const err634 = {instancePath:instancePath+"/thirdParties",schemaPath:"#/properties/thirdParties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.thirdParties.type,parentSchema:schema31.properties.thirdParties,data:data180};
if(vErrors === null){
vErrors = [err634];
}
else {
vErrors.push(err634);
}
errors++;
}
}
if(data.crossBorder !== undefined){
let data200 = data.crossBorder;
if(data200 && typeof data200 == "object" && !Array.isArray(data200)){
if(data200.enabled === undefined){
const err635 = {instancePath:instancePath+"/crossBorder",schemaPath:"#/properties/crossBorder/required",keyword:"required",params:{missingProperty: "enabled"},message:"must have required property '"+"enabled"+"'",schema:schema31.properties.crossBorder.required,parentSchema:schema31.properties.crossBorder,data:data200};
if(vErrors === null){
vErrors = [err635];
}
else {
vErrors.push(err635);
}
errors++;
}
for(const key46 in data200){
if(!((((key46 === "enabled") || (key46 === "countries")) || (key46 === "basis")) || (key46 === "transfers"))){
const err636 = {instancePath:instancePath+"/crossBorder",schemaPath:"#/properties/crossBorder/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key46},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.crossBorder,data:data200};
if(vErrors === null){
vErrors = [err636];
}
else {
vErrors.push(err636);
}
errors++;
}
}
if(data200.enabled !== undefined){
let data201 = data200.enabled;
if(typeof data201 !== "boolean"){
const err637 = {instancePath:instancePath+"/crossBorder/enabled",schemaPath:"#/properties/crossBorder/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.crossBorder.properties.enabled.type,parentSchema:schema31.properties.crossBorder.properties.enabled,data:data201};
if(vErrors === null){
vErrors = [err637];
}
else {
vErrors.push(err637);
}
errors++;
}
}
if(data200.countries !== undefined){
let data202 = data200.countries;
if(Array.isArray(data202)){
const len24 = data202.length;
for(let i40=0; i40<len24; i40++){
let data203 = data202[i40];
if(typeof data203 !== "string"){
const err638 = {instancePath:instancePath+"/crossBorder/countries/" + i40,schemaPath:"#/$defs/country/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.type,parentSchema:schema82,data:data203};
if(vErrors === null){
vErrors = [err638];
}
else {
vErrors.push(err638);
}
errors++;
}
let valid187;
valid187 = false;
for(const v3 of schema82.enum){
if(func0(data203, v3)){
valid187 = true;
break;
}
}
if(!valid187){
const err639 = {instancePath:instancePath+"/crossBorder/countries/" + i40,schemaPath:"#/$defs/country/enum",keyword:"enum",params:{allowedValues: schema82.enum},message:"must be equal to one of the allowed values",schema:schema82.enum,parentSchema:schema82,data:data203};
if(vErrors === null){
vErrors = [err639];
}
else {
vErrors.push(err639);
}
errors++;
}
}
let i41 = data202.length;
let j16;
if(i41 > 1){
outer12:
for(;i41--;){
for(j16 = i41; j16--;){
if(func0(data202[i41], data202[j16])){
const err640 = {instancePath:instancePath+"/crossBorder/countries",schemaPath:"#/properties/crossBorder/properties/countries/uniqueItems",keyword:"uniqueItems",params:{i: i41, j: j16},message:"must NOT have duplicate items (items ## "+j16+" and "+i41+" are identical)",schema:true,parentSchema:schema31.properties.crossBorder.properties.countries,data:data202};
if(vErrors === null){
vErrors = [err640];
}
else {
vErrors.push(err640);
}
errors++;
break outer12;
}
}
}
}
}
else {
const err641 = {instancePath:instancePath+"/crossBorder/countries",schemaPath:"#/properties/crossBorder/properties/countries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.crossBorder.properties.countries.type,parentSchema:schema31.properties.crossBorder.properties.countries,data:data202};
if(vErrors === null){
vErrors = [err641];
}
else {
vErrors.push(err641);
}
errors++;
}
}
if(data200.basis !== undefined){
let data204 = data200.basis;
if(Array.isArray(data204)){
if(data204.length < 1){
const err642 = {instancePath:instancePath+"/crossBorder/basis",schemaPath:"#/properties/crossBorder/properties/basis/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.crossBorder.properties.basis,data:data204};
if(vErrors === null){
vErrors = [err642];
}
else {
vErrors.push(err642);
}
errors++;
}
const len25 = data204.length;
for(let i42=0; i42<len25; i42++){
let data205 = data204[i42];
if(typeof data205 !== "string"){
const err643 = {instancePath:instancePath+"/crossBorder/basis/" + i42,schemaPath:"#/$defs/transferBasis/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.type,parentSchema:schema106,data:data205};
if(vErrors === null){
vErrors = [err643];
}
else {
vErrors.push(err643);
}
errors++;
}
if(!(((((data205 === "adequate-protection") || (data205 === "consent")) || (data205 === "international-treaty")) || (data205 === "law")) || (data205 === "rights-protection"))){
const err644 = {instancePath:instancePath+"/crossBorder/basis/" + i42,schemaPath:"#/$defs/transferBasis/enum",keyword:"enum",params:{allowedValues: schema106.enum},message:"must be equal to one of the allowed values",schema:schema106.enum,parentSchema:schema106,data:data205};
if(vErrors === null){
vErrors = [err644];
}
else {
vErrors.push(err644);
}
errors++;
}
}
let i43 = data204.length;
let j17;
if(i43 > 1){
outer13:
for(;i43--;){
for(j17 = i43; j17--;){
if(func0(data204[i43], data204[j17])){
const err645 = {instancePath:instancePath+"/crossBorder/basis",schemaPath:"#/properties/crossBorder/properties/basis/uniqueItems",keyword:"uniqueItems",params:{i: i43, j: j17},message:"must NOT have duplicate items (items ## "+j17+" and "+i43+" are identical)",schema:true,parentSchema:schema31.properties.crossBorder.properties.basis,data:data204};
if(vErrors === null){
vErrors = [err645];
}
else {
vErrors.push(err645);
}
errors++;
break outer13;
}
}
}
}
}
else {
const err646 = {instancePath:instancePath+"/crossBorder/basis",schemaPath:"#/properties/crossBorder/properties/basis/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.crossBorder.properties.basis.type,parentSchema:schema31.properties.crossBorder.properties.basis,data:data204};
if(vErrors === null){
vErrors = [err646];
}
else {
vErrors.push(err646);
}
errors++;
}
}
if(data200.transfers !== undefined){
let data206 = data200.transfers;
if(Array.isArray(data206)){
if(data206.length < 1){
const err647 = {instancePath:instancePath+"/crossBorder/transfers",schemaPath:"#/properties/crossBorder/properties/transfers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.crossBorder.properties.transfers,data:data206};
if(vErrors === null){
vErrors = [err647];
}
else {
vErrors.push(err647);
}
errors++;
}
const len26 = data206.length;
for(let i44=0; i44<len26; i44++){
let data207 = data206[i44];
if(data207 && typeof data207 == "object" && !Array.isArray(data207)){
if(data207.countries === undefined){
const err648 = {instancePath:instancePath+"/crossBorder/transfers/" + i44,schemaPath:"#/properties/crossBorder/properties/transfers/items/required",keyword:"required",params:{missingProperty: "countries"},message:"must have required property '"+"countries"+"'",schema:schema31.properties.crossBorder.properties.transfers.items.required,parentSchema:schema31.properties.crossBorder.properties.transfers.items,data:data207};
if(vErrors === null){
vErrors = [err648];
}
else {
vErrors.push(err648);
}
errors++;
}
if(data207.basis === undefined){
const err649 = {instancePath:instancePath+"/crossBorder/transfers/" + i44,schemaPath:"#/properties/crossBorder/properties/transfers/items/required",keyword:"required",params:{missingProperty: "basis"},message:"must have required property '"+"basis"+"'",schema:schema31.properties.crossBorder.properties.transfers.items.required,parentSchema:schema31.properties.crossBorder.properties.transfers.items,data:data207};
if(vErrors === null){
vErrors = [err649];
}
else {
vErrors.push(err649);
}
errors++;
}
for(const key47 in data207){
if(!((key47 === "countries") || (key47 === "basis"))){
const err650 = {instancePath:instancePath+"/crossBorder/transfers/" + i44,schemaPath:"#/properties/crossBorder/properties/transfers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key47},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.crossBorder.properties.transfers.items,data:data207};
if(vErrors === null){
vErrors = [err650];
}
else {
vErrors.push(err650);
}
errors++;
}
}
if(data207.countries !== undefined){
let data208 = data207.countries;
if(Array.isArray(data208)){
if(data208.length < 1){
const err651 = {instancePath:instancePath+"/crossBorder/transfers/" + i44+"/countries",schemaPath:"#/properties/crossBorder/properties/transfers/items/properties/countries/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.crossBorder.properties.transfers.items.properties.countries,data:data208};
if(vErrors === null){
vErrors = [err651];
}
else {
vErrors.push(err651);
}
errors++;
}
const len27 = data208.length;
for(let i45=0; i45<len27; i45++){
let data209 = data208[i45];
if(typeof data209 !== "string"){
const err652 = {instancePath:instancePath+"/crossBorder/transfers/" + i44+"/countries/" + i45,schemaPath:"#/$defs/country/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.type,parentSchema:schema82,data:data209};
if(vErrors === null){
vErrors = [err652];
}
else {
vErrors.push(err652);
}
errors++;
}
let valid199;
valid199 = false;
for(const v4 of schema82.enum){
if(func0(data209, v4)){
valid199 = true;
break;
}
}
if(!valid199){
const err653 = {instancePath:instancePath+"/crossBorder/transfers/" + i44+"/countries/" + i45,schemaPath:"#/$defs/country/enum",keyword:"enum",params:{allowedValues: schema82.enum},message:"must be equal to one of the allowed values",schema:schema82.enum,parentSchema:schema82,data:data209};
if(vErrors === null){
vErrors = [err653];
}
else {
vErrors.push(err653);
}
errors++;
}
}
let i46 = data208.length;
let j18;
if(i46 > 1){
outer14:
for(;i46--;){
for(j18 = i46; j18--;){
if(func0(data208[i46], data208[j18])){
const err654 = {instancePath:instancePath+"/crossBorder/transfers/" + i44+"/countries",schemaPath:"#/properties/crossBorder/properties/transfers/items/properties/countries/uniqueItems",keyword:"uniqueItems",params:{i: i46, j: j18},message:"must NOT have duplicate items (items ## "+j18+" and "+i46+" are identical)",schema:true,parentSchema:schema31.properties.crossBorder.properties.transfers.items.properties.countries,data:data208};
if(vErrors === null){
vErrors = [err654];
}
else {
vErrors.push(err654);
}
errors++;
break outer14;
}
}
}
}
}
else {
const err655 = {instancePath:instancePath+"/crossBorder/transfers/" + i44+"/countries",schemaPath:"#/properties/crossBorder/properties/transfers/items/properties/countries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.crossBorder.properties.transfers.items.properties.countries.type,parentSchema:schema31.properties.crossBorder.properties.transfers.items.properties.countries,data:data208};
if(vErrors === null){
vErrors = [err655];
}
else {
vErrors.push(err655);
}
errors++;
}
}
if(data207.basis !== undefined){
let data210 = data207.basis;
if(Array.isArray(data210)){
if(data210.length < 1){
const err656 = {instancePath:instancePath+"/crossBorder/transfers/" + i44+"/basis",schemaPath:"#/properties/crossBorder/properties/transfers/items/properties/basis/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.crossBorder.properties.transfers.items.properties.basis,data:data210};
if(vErrors === null){
vErrors = [err656];
}
else {
vErrors.push(err656);
}
errors++;
}
const len28 = data210.length;
for(let i47=0; i47<len28; i47++){
let data211 = data210[i47];
if(typeof data211 !== "string"){
const err657 = {instancePath:instancePath+"/crossBorder/transfers/" + i44+"/basis/" + i47,schemaPath:"#/$defs/transferBasis/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.type,parentSchema:schema106,data:data211};
if(vErrors === null){
vErrors = [err657];
}
else {
vErrors.push(err657);
}
errors++;
}
if(!(((((data211 === "adequate-protection") || (data211 === "consent")) || (data211 === "international-treaty")) || (data211 === "law")) || (data211 === "rights-protection"))){
const err658 = {instancePath:instancePath+"/crossBorder/transfers/" + i44+"/basis/" + i47,schemaPath:"#/$defs/transferBasis/enum",keyword:"enum",params:{allowedValues: schema106.enum},message:"must be equal to one of the allowed values",schema:schema106.enum,parentSchema:schema106,data:data211};
if(vErrors === null){
vErrors = [err658];
}
else {
vErrors.push(err658);
}
errors++;
}
}
let i48 = data210.length;
let j19;
if(i48 > 1){
outer15:
for(;i48--;){
for(j19 = i48; j19--;){
if(func0(data210[i48], data210[j19])){
const err659 = {instancePath:instancePath+"/crossBorder/transfers/" + i44+"/basis",schemaPath:"#/properties/crossBorder/properties/transfers/items/properties/basis/uniqueItems",keyword:"uniqueItems",params:{i: i48, j: j19},message:"must NOT have duplicate items (items ## "+j19+" and "+i48+" are identical)",schema:true,parentSchema:schema31.properties.crossBorder.properties.transfers.items.properties.basis,data:data210};
if(vErrors === null){
vErrors = [err659];
}
else {
vErrors.push(err659);
}
errors++;
break outer15;
}
}
}
}
}
else {
const err660 = {instancePath:instancePath+"/crossBorder/transfers/" + i44+"/basis",schemaPath:"#/properties/crossBorder/properties/transfers/items/properties/basis/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.crossBorder.properties.transfers.items.properties.basis.type,parentSchema:schema31.properties.crossBorder.properties.transfers.items.properties.basis,data:data210};
if(vErrors === null){
vErrors = [err660];
}
else {
vErrors.push(err660);
}
errors++;
}
}
}
else {
const err661 = {instancePath:instancePath+"/crossBorder/transfers/" + i44,schemaPath:"#/properties/crossBorder/properties/transfers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.crossBorder.properties.transfers.items.type,parentSchema:schema31.properties.crossBorder.properties.transfers.items,data:data207};
if(vErrors === null){
vErrors = [err661];
}
else {
vErrors.push(err661);
}
errors++;
}
}
}
else {
const err662 = {instancePath:instancePath+"/crossBorder/transfers",schemaPath:"#/properties/crossBorder/properties/transfers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.crossBorder.properties.transfers.type,parentSchema:schema31.properties.crossBorder.properties.transfers,data:data206};
if(vErrors === null){
vErrors = [err662];
}
else {
vErrors.push(err662);
}
errors++;
}
}
}
else {
const err663 = {instancePath:instancePath+"/crossBorder",schemaPath:"#/properties/crossBorder/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.crossBorder.type,parentSchema:schema31.properties.crossBorder,data:data200};
if(vErrors === null){
vErrors = [err663];
}
else {
vErrors.push(err663);
}
errors++;
}
}
if(data.storage !== undefined){
let data212 = data.storage;
if(data212 && typeof data212 == "object" && !Array.isArray(data212)){
if(data212.primaryDatabaseCountry === undefined){
const err664 = {instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/required",keyword:"required",params:{missingProperty: "primaryDatabaseCountry"},message:"must have required property '"+"primaryDatabaseCountry"+"'",schema:schema31.properties.storage.required,parentSchema:schema31.properties.storage,data:data212};
if(vErrors === null){
vErrors = [err664];
}
else {
vErrors.push(err664);
}
errors++;
}
for(const key48 in data212){
if(!((key48 === "primaryDatabaseCountry") || (key48 === "hosting"))){
const err665 = {instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key48},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.storage,data:data212};
if(vErrors === null){
vErrors = [err665];
}
else {
vErrors.push(err665);
}
errors++;
}
}
if(data212.primaryDatabaseCountry !== undefined){
let data213 = data212.primaryDatabaseCountry;
if(typeof data213 !== "string"){
const err666 = {instancePath:instancePath+"/storage/primaryDatabaseCountry",schemaPath:"#/$defs/country/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.type,parentSchema:schema82,data:data213};
if(vErrors === null){
vErrors = [err666];
}
else {
vErrors.push(err666);
}
errors++;
}
let valid207;
valid207 = false;
for(const v5 of schema82.enum){
if(func0(data213, v5)){
valid207 = true;
break;
}
}
if(!valid207){
const err667 = {instancePath:instancePath+"/storage/primaryDatabaseCountry",schemaPath:"#/$defs/country/enum",keyword:"enum",params:{allowedValues: schema82.enum},message:"must be equal to one of the allowed values",schema:schema82.enum,parentSchema:schema82,data:data213};
if(vErrors === null){
vErrors = [err667];
}
else {
vErrors.push(err667);
}
errors++;
}
}
if(data212.hosting !== undefined){
let data214 = data212.hosting;
if(data214 && typeof data214 == "object" && !Array.isArray(data214)){
if(Object.keys(data214).length < 1){
const err668 = {instancePath:instancePath+"/storage/hosting",schemaPath:"#/$defs/localizedLine/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data214};
if(vErrors === null){
vErrors = [err668];
}
else {
vErrors.push(err668);
}
errors++;
}
for(const key49 in data214){
if(!((key49 === "ru") || (key49 === "kk"))){
const err669 = {instancePath:instancePath+"/storage/hosting",schemaPath:"#/$defs/localizedLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key49},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data214};
if(vErrors === null){
vErrors = [err669];
}
else {
vErrors.push(err669);
}
errors++;
}
}
if(data214.ru !== undefined){
let data215 = data214.ru;
if(typeof data215 === "string"){
if(func2(data215) > 300){
const err670 = {instancePath:instancePath+"/storage/hosting/ru",schemaPath:"#/$defs/localizedLine/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.ru,data:data215};
if(vErrors === null){
vErrors = [err670];
}
else {
vErrors.push(err670);
}
errors++;
}
if(func2(data215) < 1){
const err671 = {instancePath:instancePath+"/storage/hosting/ru",schemaPath:"#/$defs/localizedLine/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.ru,data:data215};
if(vErrors === null){
vErrors = [err671];
}
else {
vErrors.push(err671);
}
errors++;
}
if(!(formats0(data215))){
const err672 = {instancePath:instancePath+"/storage/hosting/ru",schemaPath:"#/$defs/localizedLine/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.ru,data:data215};
if(vErrors === null){
vErrors = [err672];
}
else {
vErrors.push(err672);
}
errors++;
}
}
else {
const err673 = {instancePath:instancePath+"/storage/hosting/ru",schemaPath:"#/$defs/localizedLine/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ru.type,parentSchema:schema32.properties.ru,data:data215};
if(vErrors === null){
vErrors = [err673];
}
else {
vErrors.push(err673);
}
errors++;
}
}
if(data214.kk !== undefined){
let data216 = data214.kk;
if(typeof data216 === "string"){
if(func2(data216) > 300){
const err674 = {instancePath:instancePath+"/storage/hosting/kk",schemaPath:"#/$defs/localizedLine/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.kk,data:data216};
if(vErrors === null){
vErrors = [err674];
}
else {
vErrors.push(err674);
}
errors++;
}
if(func2(data216) < 1){
const err675 = {instancePath:instancePath+"/storage/hosting/kk",schemaPath:"#/$defs/localizedLine/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.kk,data:data216};
if(vErrors === null){
vErrors = [err675];
}
else {
vErrors.push(err675);
}
errors++;
}
if(!(formats0(data216))){
const err676 = {instancePath:instancePath+"/storage/hosting/kk",schemaPath:"#/$defs/localizedLine/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.kk,data:data216};
if(vErrors === null){
vErrors = [err676];
}
else {
vErrors.push(err676);
}
errors++;
}
}
else {
const err677 = {instancePath:instancePath+"/storage/hosting/kk",schemaPath:"#/$defs/localizedLine/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.kk.type,parentSchema:schema32.properties.kk,data:data216};
if(vErrors === null){
vErrors = [err677];
}
else {
vErrors.push(err677);
}
errors++;
}
}
}
else {
const err678 = {instancePath:instancePath+"/storage/hosting",schemaPath:"#/$defs/localizedLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data214};
if(vErrors === null){
vErrors = [err678];
}
else {
vErrors.push(err678);
}
errors++;
}
}
}
else {
const err679 = {instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.storage.type,parentSchema:schema31.properties.storage,data:data212};
if(vErrors === null){
vErrors = [err679];
}
else {
vErrors.push(err679);
}
errors++;
}
}
if(data.personalData !== undefined){
let data217 = data.personalData;
if(data217 && typeof data217 == "object" && !Array.isArray(data217)){
if(data217.categories === undefined){
const err680 = {instancePath:instancePath+"/personalData",schemaPath:"#/properties/personalData/required",keyword:"required",params:{missingProperty: "categories"},message:"must have required property '"+"categories"+"'",schema:schema31.properties.personalData.required,parentSchema:schema31.properties.personalData,data:data217};
if(vErrors === null){
vErrors = [err680];
}
else {
vErrors.push(err680);
}
errors++;
}
if(data217.purposes === undefined){
const err681 = {instancePath:instancePath+"/personalData",schemaPath:"#/properties/personalData/required",keyword:"required",params:{missingProperty: "purposes"},message:"must have required property '"+"purposes"+"'",schema:schema31.properties.personalData.required,parentSchema:schema31.properties.personalData,data:data217};
if(vErrors === null){
vErrors = [err681];
}
else {
vErrors.push(err681);
}
errors++;
}
if(data217.recipients === undefined){
const err682 = {instancePath:instancePath+"/personalData",schemaPath:"#/properties/personalData/required",keyword:"required",params:{missingProperty: "recipients"},message:"must have required property '"+"recipients"+"'",schema:schema31.properties.personalData.required,parentSchema:schema31.properties.personalData,data:data217};
if(vErrors === null){
vErrors = [err682];
}
else {
vErrors.push(err682);
}
errors++;
}
if(data217.requests === undefined){
const err683 = {instancePath:instancePath+"/personalData",schemaPath:"#/properties/personalData/required",keyword:"required",params:{missingProperty: "requests"},message:"must have required property '"+"requests"+"'",schema:schema31.properties.personalData.required,parentSchema:schema31.properties.personalData,data:data217};
if(vErrors === null){
vErrors = [err683];
}
else {
vErrors.push(err683);
}
errors++;
}
if(data217.security === undefined){
const err684 = {instancePath:instancePath+"/personalData",schemaPath:"#/properties/personalData/required",keyword:"required",params:{missingProperty: "security"},message:"must have required property '"+"security"+"'",schema:schema31.properties.personalData.required,parentSchema:schema31.properties.personalData,data:data217};
if(vErrors === null){
vErrors = [err684];
}
else {
vErrors.push(err684);
}
errors++;
}
for(const key50 in data217){
if(!(func1.call(schema31.properties.personalData.properties, key50))){
const err685 = {instancePath:instancePath+"/personalData",schemaPath:"#/properties/personalData/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key50},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.personalData,data:data217};
if(vErrors === null){
vErrors = [err685];
}
else {
vErrors.push(err685);
}
errors++;
}
}
if(data217.categories !== undefined){
let data218 = data217.categories;
if(Array.isArray(data218)){
if(data218.length < 1){
const err686 = {instancePath:instancePath+"/personalData/categories",schemaPath:"#/properties/personalData/properties/categories/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.personalData.properties.categories,data:data218};
if(vErrors === null){
vErrors = [err686];
}
else {
vErrors.push(err686);
}
errors++;
}
const len29 = data218.length;
for(let i49=0; i49<len29; i49++){
let data219 = data218[i49];
if(data219 && typeof data219 == "object" && !Array.isArray(data219)){
if(data219.id === undefined){
const err687 = {instancePath:instancePath+"/personalData/categories/" + i49,schemaPath:"#/properties/personalData/properties/categories/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.personalData.properties.categories.items.required,parentSchema:schema31.properties.personalData.properties.categories.items,data:data219};
if(vErrors === null){
vErrors = [err687];
}
else {
vErrors.push(err687);
}
errors++;
}
if(data219.items === undefined){
const err688 = {instancePath:instancePath+"/personalData/categories/" + i49,schemaPath:"#/properties/personalData/properties/categories/items/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'",schema:schema31.properties.personalData.properties.categories.items.required,parentSchema:schema31.properties.personalData.properties.categories.items,data:data219};
if(vErrors === null){
vErrors = [err688];
}
else {
vErrors.push(err688);
}
errors++;
}
if(data219.sources === undefined){
const err689 = {instancePath:instancePath+"/personalData/categories/" + i49,schemaPath:"#/properties/personalData/properties/categories/items/required",keyword:"required",params:{missingProperty: "sources"},message:"must have required property '"+"sources"+"'",schema:schema31.properties.personalData.properties.categories.items.required,parentSchema:schema31.properties.personalData.properties.categories.items,data:data219};
if(vErrors === null){
vErrors = [err689];
}
else {
vErrors.push(err689);
}
errors++;
}
if(data219.retention === undefined){
const err690 = {instancePath:instancePath+"/personalData/categories/" + i49,schemaPath:"#/properties/personalData/properties/categories/items/required",keyword:"required",params:{missingProperty: "retention"},message:"must have required property '"+"retention"+"'",schema:schema31.properties.personalData.properties.categories.items.required,parentSchema:schema31.properties.personalData.properties.categories.items,data:data219};
if(vErrors === null){
vErrors = [err690];
}
else {
vErrors.push(err690);
}
errors++;
}
for(const key51 in data219){
if(!(func1.call(schema31.properties.personalData.properties.categories.items.properties, key51))){
const err691 = {instancePath:instancePath+"/personalData/categories/" + i49,schemaPath:"#/properties/personalData/properties/categories/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key51},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.personalData.properties.categories.items,data:data219};
if(vErrors === null){
vErrors = [err691];
}
else {
vErrors.push(err691);
}
errors++;
}
}
if(data219.id !== undefined){
if(!(validate27(data219.id, {instancePath:instancePath+"/personalData/categories/" + i49+"/id",parentData:data219,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
if(data219.items !== undefined){
let data221 = data219.items;
if(Array.isArray(data221)){
if(data221.length < 1){
const err692 = {instancePath:instancePath+"/personalData/categories/" + i49+"/items",schemaPath:"#/properties/personalData/properties/categories/items/properties/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.personalData.properties.categories.items.properties.items,data:data221};
if(vErrors === null){
vErrors = [err692];
}
else {
vErrors.push(err692);
}
errors++;
}
const len30 = data221.length;
for(let i50=0; i50<len30; i50++){
if(!(validate24(data221[i50], {instancePath:instancePath+"/personalData/categories/" + i49+"/items/" + i50,parentData:data221,parentDataProperty:i50,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
let i51 = data221.length;
let j20;
if(i51 > 1){
outer16:
for(;i51--;){
for(j20 = i51; j20--;){
if(func0(data221[i51], data221[j20])){
const err693 = {instancePath:instancePath+"/personalData/categories/" + i49+"/items",schemaPath:"#/properties/personalData/properties/categories/items/properties/items/uniqueItems",keyword:"uniqueItems",params:{i: i51, j: j20},message:"must NOT have duplicate items (items ## "+j20+" and "+i51+" are identical)",schema:true,parentSchema:schema31.properties.personalData.properties.categories.items.properties.items,data:data221};
if(vErrors === null){
vErrors = [err693];
}
else {
vErrors.push(err693);
}
errors++;
break outer16;
}
}
}
}
}
else {
const err694 = {instancePath:instancePath+"/personalData/categories/" + i49+"/items",schemaPath:"#/properties/personalData/properties/categories/items/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.personalData.properties.categories.items.properties.items.type,parentSchema:schema31.properties.personalData.properties.categories.items.properties.items,data:data221};
if(vErrors === null){
vErrors = [err694];
}
else {
vErrors.push(err694);
}
errors++;
}
}
if(data219.sources !== undefined){
let data223 = data219.sources;
if(Array.isArray(data223)){
if(data223.length < 1){
const err695 = {instancePath:instancePath+"/personalData/categories/" + i49+"/sources",schemaPath:"#/properties/personalData/properties/categories/items/properties/sources/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.personalData.properties.categories.items.properties.sources,data:data223};
if(vErrors === null){
vErrors = [err695];
}
else {
vErrors.push(err695);
}
errors++;
}
const len31 = data223.length;
for(let i52=0; i52<len31; i52++){
if(!(validate30(data223[i52], {instancePath:instancePath+"/personalData/categories/" + i49+"/sources/" + i52,parentData:data223,parentDataProperty:i52,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
let i53 = data223.length;
let j21;
if(i53 > 1){
outer17:
for(;i53--;){
for(j21 = i53; j21--;){
if(func0(data223[i53], data223[j21])){
const err696 = {instancePath:instancePath+"/personalData/categories/" + i49+"/sources",schemaPath:"#/properties/personalData/properties/categories/items/properties/sources/uniqueItems",keyword:"uniqueItems",params:{i: i53, j: j21},message:"must NOT have duplicate items (items ## "+j21+" and "+i53+" are identical)",schema:true,parentSchema:schema31.properties.personalData.properties.categories.items.properties.sources,data:data223};
if(vErrors === null){
vErrors = [err696];
}
else {
vErrors.push(err696);
}
errors++;
break outer17;
}
}
}
}
}
else {
const err697 = {instancePath:instancePath+"/personalData/categories/" + i49+"/sources",schemaPath:"#/properties/personalData/properties/categories/items/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.personalData.properties.categories.items.properties.sources.type,parentSchema:schema31.properties.personalData.properties.categories.items.properties.sources,data:data223};
if(vErrors === null){
vErrors = [err697];
}
else {
vErrors.push(err697);
}
errors++;
}
}
if(data219.retention !== undefined){
let data225 = data219.retention;
if(typeof data225 === "string"){
if(func2(data225) > 64){
const err698 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retention",schemaPath:"#/properties/personalData/properties/categories/items/properties/retention/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31.properties.personalData.properties.categories.items.properties.retention,data:data225};
if(vErrors === null){
vErrors = [err698];
}
else {
vErrors.push(err698);
}
errors++;
}
if(!(formats168(data225))){
const err699 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retention",schemaPath:"#/properties/personalData/properties/categories/items/properties/retention/format",keyword:"format",params:{format: "data-retention"},message:"must match format \""+"data-retention"+"\"",schema:"data-retention",parentSchema:schema31.properties.personalData.properties.categories.items.properties.retention,data:data225};
if(vErrors === null){
vErrors = [err699];
}
else {
vErrors.push(err699);
}
errors++;
}
}
else {
const err700 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retention",schemaPath:"#/properties/personalData/properties/categories/items/properties/retention/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.personalData.properties.categories.items.properties.retention.type,parentSchema:schema31.properties.personalData.properties.categories.items.properties.retention,data:data225};
if(vErrors === null){
vErrors = [err700];
}
else {
vErrors.push(err700);
}
errors++;
}
}
if(data219.retentionNote !== undefined){
let data226 = data219.retentionNote;
if(data226 && typeof data226 == "object" && !Array.isArray(data226)){
if(Object.keys(data226).length < 1){
const err701 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retentionNote",schemaPath:"#/$defs/localizedText/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema59,data:data226};
if(vErrors === null){
vErrors = [err701];
}
else {
vErrors.push(err701);
}
errors++;
}
for(const key52 in data226){
if(!((key52 === "ru") || (key52 === "kk"))){
const err702 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retentionNote",schemaPath:"#/$defs/localizedText/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key52},message:"must NOT have additional properties",schema:false,parentSchema:schema59,data:data226};
if(vErrors === null){
vErrors = [err702];
}
else {
vErrors.push(err702);
}
errors++;
}
}
if(data226.ru !== undefined){
let data227 = data226.ru;
if(typeof data227 === "string"){
if(func2(data227) > 2000){
const err703 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retentionNote/ru",schemaPath:"#/$defs/localizedText/properties/ru/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema59.properties.ru,data:data227};
if(vErrors === null){
vErrors = [err703];
}
else {
vErrors.push(err703);
}
errors++;
}
if(func2(data227) < 1){
const err704 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retentionNote/ru",schemaPath:"#/$defs/localizedText/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.ru,data:data227};
if(vErrors === null){
vErrors = [err704];
}
else {
vErrors.push(err704);
}
errors++;
}
if(!(formats0(data227))){
const err705 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retentionNote/ru",schemaPath:"#/$defs/localizedText/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema59.properties.ru,data:data227};
if(vErrors === null){
vErrors = [err705];
}
else {
vErrors.push(err705);
}
errors++;
}
}
else {
const err706 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retentionNote/ru",schemaPath:"#/$defs/localizedText/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.ru.type,parentSchema:schema59.properties.ru,data:data227};
if(vErrors === null){
vErrors = [err706];
}
else {
vErrors.push(err706);
}
errors++;
}
}
if(data226.kk !== undefined){
let data228 = data226.kk;
if(typeof data228 === "string"){
if(func2(data228) > 2000){
const err707 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retentionNote/kk",schemaPath:"#/$defs/localizedText/properties/kk/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema59.properties.kk,data:data228};
if(vErrors === null){
vErrors = [err707];
}
else {
vErrors.push(err707);
}
errors++;
}
if(func2(data228) < 1){
const err708 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retentionNote/kk",schemaPath:"#/$defs/localizedText/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.kk,data:data228};
if(vErrors === null){
vErrors = [err708];
}
else {
vErrors.push(err708);
}
errors++;
}
if(!(formats0(data228))){
const err709 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retentionNote/kk",schemaPath:"#/$defs/localizedText/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema59.properties.kk,data:data228};
if(vErrors === null){
vErrors = [err709];
}
else {
vErrors.push(err709);
}
errors++;
}
}
else {
const err710 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retentionNote/kk",schemaPath:"#/$defs/localizedText/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.kk.type,parentSchema:schema59.properties.kk,data:data228};
if(vErrors === null){
vErrors = [err710];
}
else {
vErrors.push(err710);
}
errors++;
}
}
}
else {
const err711 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retentionNote",schemaPath:"#/$defs/localizedText/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data:data226};
if(vErrors === null){
vErrors = [err711];
}
else {
vErrors.push(err711);
}
errors++;
}
}
if(data219.retentionFrom !== undefined){
let data229 = data219.retentionFrom;
if(typeof data229 !== "string"){
const err712 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retentionFrom",schemaPath:"#/properties/personalData/properties/categories/items/properties/retentionFrom/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.personalData.properties.categories.items.properties.retentionFrom.type,parentSchema:schema31.properties.personalData.properties.categories.items.properties.retentionFrom,data:data229};
if(vErrors === null){
vErrors = [err712];
}
else {
vErrors.push(err712);
}
errors++;
}
if(!(((((data229 === "collection") || (data229 === "last-contact")) || (data229 === "contract-end")) || (data229 === "account-deletion")) || (data229 === "consent-withdrawal"))){
const err713 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retentionFrom",schemaPath:"#/properties/personalData/properties/categories/items/properties/retentionFrom/enum",keyword:"enum",params:{allowedValues: schema31.properties.personalData.properties.categories.items.properties.retentionFrom.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.personalData.properties.categories.items.properties.retentionFrom.enum,parentSchema:schema31.properties.personalData.properties.categories.items.properties.retentionFrom,data:data229};
if(vErrors === null){
vErrors = [err713];
}
else {
vErrors.push(err713);
}
errors++;
}
}
if(data219.retentionUpTo !== undefined){
let data230 = data219.retentionUpTo;
if(typeof data230 !== "boolean"){
const err714 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retentionUpTo",schemaPath:"#/properties/personalData/properties/categories/items/properties/retentionUpTo/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.personalData.properties.categories.items.properties.retentionUpTo.type,parentSchema:schema31.properties.personalData.properties.categories.items.properties.retentionUpTo,data:data230};
if(vErrors === null){
vErrors = [err714];
}
else {
vErrors.push(err714);
}
errors++;
}
}
if(data219.retentionLaw !== undefined){
let data231 = data219.retentionLaw;
if(data231 && typeof data231 == "object" && !Array.isArray(data231)){
if(Object.keys(data231).length < 1){
const err715 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retentionLaw",schemaPath:"#/$defs/localizedLine/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data231};
if(vErrors === null){
vErrors = [err715];
}
else {
vErrors.push(err715);
}
errors++;
}
for(const key53 in data231){
if(!((key53 === "ru") || (key53 === "kk"))){
const err716 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retentionLaw",schemaPath:"#/$defs/localizedLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key53},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data231};
if(vErrors === null){
vErrors = [err716];
}
else {
vErrors.push(err716);
}
errors++;
}
}
if(data231.ru !== undefined){
let data232 = data231.ru;
if(typeof data232 === "string"){
if(func2(data232) > 300){
const err717 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retentionLaw/ru",schemaPath:"#/$defs/localizedLine/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.ru,data:data232};
if(vErrors === null){
vErrors = [err717];
}
else {
vErrors.push(err717);
}
errors++;
}
if(func2(data232) < 1){
const err718 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retentionLaw/ru",schemaPath:"#/$defs/localizedLine/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.ru,data:data232};
if(vErrors === null){
vErrors = [err718];
}
else {
vErrors.push(err718);
}
errors++;
}
if(!(formats0(data232))){
const err719 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retentionLaw/ru",schemaPath:"#/$defs/localizedLine/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.ru,data:data232};
if(vErrors === null){
vErrors = [err719];
}
else {
vErrors.push(err719);
}
errors++;
}
}
else {
const err720 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retentionLaw/ru",schemaPath:"#/$defs/localizedLine/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ru.type,parentSchema:schema32.properties.ru,data:data232};
if(vErrors === null){
vErrors = [err720];
}
else {
vErrors.push(err720);
}
errors++;
}
}
if(data231.kk !== undefined){
let data233 = data231.kk;
if(typeof data233 === "string"){
if(func2(data233) > 300){
const err721 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retentionLaw/kk",schemaPath:"#/$defs/localizedLine/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.kk,data:data233};
if(vErrors === null){
vErrors = [err721];
}
else {
vErrors.push(err721);
}
errors++;
}
if(func2(data233) < 1){
const err722 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retentionLaw/kk",schemaPath:"#/$defs/localizedLine/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.kk,data:data233};
if(vErrors === null){
vErrors = [err722];
}
else {
vErrors.push(err722);
}
errors++;
}
if(!(formats0(data233))){
const err723 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retentionLaw/kk",schemaPath:"#/$defs/localizedLine/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.kk,data:data233};
if(vErrors === null){
vErrors = [err723];
}
else {
vErrors.push(err723);
}
errors++;
}
}
else {
const err724 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retentionLaw/kk",schemaPath:"#/$defs/localizedLine/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.kk.type,parentSchema:schema32.properties.kk,data:data233};
if(vErrors === null){
vErrors = [err724];
}
else {
vErrors.push(err724);
}
errors++;
}
}
}
else {
const err725 = {instancePath:instancePath+"/personalData/categories/" + i49+"/retentionLaw",schemaPath:"#/$defs/localizedLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data231};
if(vErrors === null){
vErrors = [err725];
}
else {
vErrors.push(err725);
}
errors++;
}
}
if(data219.legalRef !== undefined){
let data234 = data219.legalRef;
if(data234 && typeof data234 == "object" && !Array.isArray(data234)){
if(Object.keys(data234).length < 1){
const err726 = {instancePath:instancePath+"/personalData/categories/" + i49+"/legalRef",schemaPath:"#/$defs/localizedLine/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data234};
if(vErrors === null){
vErrors = [err726];
}
else {
vErrors.push(err726);
}
errors++;
}
for(const key54 in data234){
if(!((key54 === "ru") || (key54 === "kk"))){
const err727 = {instancePath:instancePath+"/personalData/categories/" + i49+"/legalRef",schemaPath:"#/$defs/localizedLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key54},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data234};
if(vErrors === null){
vErrors = [err727];
}
else {
vErrors.push(err727);
}
errors++;
}
}
if(data234.ru !== undefined){
let data235 = data234.ru;
if(typeof data235 === "string"){
if(func2(data235) > 300){
const err728 = {instancePath:instancePath+"/personalData/categories/" + i49+"/legalRef/ru",schemaPath:"#/$defs/localizedLine/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.ru,data:data235};
if(vErrors === null){
vErrors = [err728];
}
else {
vErrors.push(err728);
}
errors++;
}
if(func2(data235) < 1){
const err729 = {instancePath:instancePath+"/personalData/categories/" + i49+"/legalRef/ru",schemaPath:"#/$defs/localizedLine/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.ru,data:data235};
if(vErrors === null){
vErrors = [err729];
}
else {
vErrors.push(err729);
}
errors++;
}
if(!(formats0(data235))){
const err730 = {instancePath:instancePath+"/personalData/categories/" + i49+"/legalRef/ru",schemaPath:"#/$defs/localizedLine/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.ru,data:data235};
if(vErrors === null){
vErrors = [err730];
}
else {
vErrors.push(err730);
}
errors++;
}
}
else {
const err731 = {instancePath:instancePath+"/personalData/categories/" + i49+"/legalRef/ru",schemaPath:"#/$defs/localizedLine/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ru.type,parentSchema:schema32.properties.ru,data:data235};
if(vErrors === null){
vErrors = [err731];
}
else {
vErrors.push(err731);
}
errors++;
}
}
if(data234.kk !== undefined){
let data236 = data234.kk;
if(typeof data236 === "string"){
if(func2(data236) > 300){
const err732 = {instancePath:instancePath+"/personalData/categories/" + i49+"/legalRef/kk",schemaPath:"#/$defs/localizedLine/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.kk,data:data236};
if(vErrors === null){
vErrors = [err732];
}
else {
vErrors.push(err732);
}
errors++;
}
if(func2(data236) < 1){
const err733 = {instancePath:instancePath+"/personalData/categories/" + i49+"/legalRef/kk",schemaPath:"#/$defs/localizedLine/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.kk,data:data236};
if(vErrors === null){
vErrors = [err733];
}
else {
vErrors.push(err733);
}
errors++;
}
if(!(formats0(data236))){
const err734 = {instancePath:instancePath+"/personalData/categories/" + i49+"/legalRef/kk",schemaPath:"#/$defs/localizedLine/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.kk,data:data236};
if(vErrors === null){
vErrors = [err734];
}
else {
vErrors.push(err734);
}
errors++;
}
}
else {
const err735 = {instancePath:instancePath+"/personalData/categories/" + i49+"/legalRef/kk",schemaPath:"#/$defs/localizedLine/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.kk.type,parentSchema:schema32.properties.kk,data:data236};
if(vErrors === null){
vErrors = [err735];
}
else {
vErrors.push(err735);
}
errors++;
}
}
}
else {
const err736 = {instancePath:instancePath+"/personalData/categories/" + i49+"/legalRef",schemaPath:"#/$defs/localizedLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data234};
if(vErrors === null){
vErrors = [err736];
}
else {
vErrors.push(err736);
}
errors++;
}
}
}
else {
const err737 = {instancePath:instancePath+"/personalData/categories/" + i49,schemaPath:"#/properties/personalData/properties/categories/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.personalData.properties.categories.items.type,parentSchema:schema31.properties.personalData.properties.categories.items,data:data219};
if(vErrors === null){
vErrors = [err737];
}
else {
vErrors.push(err737);
}
errors++;
}
}
}
else {
const err738 = {instancePath:instancePath+"/personalData/categories",schemaPath:"#/properties/personalData/properties/categories/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.personalData.properties.categories.type,parentSchema:schema31.properties.personalData.properties.categories,data:data218};
if(vErrors === null){
vErrors = [err738];
}
else {
vErrors.push(err738);
}
errors++;
}
}
if(data217.purposes !== undefined){
let data237 = data217.purposes;
if(Array.isArray(data237)){
if(data237.length < 1){
const err739 = {instancePath:instancePath+"/personalData/purposes",schemaPath:"#/properties/personalData/properties/purposes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.personalData.properties.purposes,data:data237};
if(vErrors === null){
vErrors = [err739];
}
else {
vErrors.push(err739);
}
errors++;
}
const len32 = data237.length;
for(let i54=0; i54<len32; i54++){
let data238 = data237[i54];
if(data238 && typeof data238 == "object" && !Array.isArray(data238)){
if(data238.id === undefined){
const err740 = {instancePath:instancePath+"/personalData/purposes/" + i54,schemaPath:"#/properties/personalData/properties/purposes/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.personalData.properties.purposes.items.required,parentSchema:schema31.properties.personalData.properties.purposes.items,data:data238};
if(vErrors === null){
vErrors = [err740];
}
else {
vErrors.push(err740);
}
errors++;
}
if(data238.basis === undefined){
const err741 = {instancePath:instancePath+"/personalData/purposes/" + i54,schemaPath:"#/properties/personalData/properties/purposes/items/required",keyword:"required",params:{missingProperty: "basis"},message:"must have required property '"+"basis"+"'",schema:schema31.properties.personalData.properties.purposes.items.required,parentSchema:schema31.properties.personalData.properties.purposes.items,data:data238};
if(vErrors === null){
vErrors = [err741];
}
else {
vErrors.push(err741);
}
errors++;
}
if(data238.data === undefined){
const err742 = {instancePath:instancePath+"/personalData/purposes/" + i54,schemaPath:"#/properties/personalData/properties/purposes/items/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'",schema:schema31.properties.personalData.properties.purposes.items.required,parentSchema:schema31.properties.personalData.properties.purposes.items,data:data238};
if(vErrors === null){
vErrors = [err742];
}
else {
vErrors.push(err742);
}
errors++;
}
for(const key55 in data238){
if(!(((((key55 === "id") || (key55 === "basis")) || (key55 === "data")) || (key55 === "legalRef")) || (key55 === "consentBy"))){
const err743 = {instancePath:instancePath+"/personalData/purposes/" + i54,schemaPath:"#/properties/personalData/properties/purposes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key55},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.personalData.properties.purposes.items,data:data238};
if(vErrors === null){
vErrors = [err743];
}
else {
vErrors.push(err743);
}
errors++;
}
}
if(data238.id !== undefined){
if(!(validate32(data238.id, {instancePath:instancePath+"/personalData/purposes/" + i54+"/id",parentData:data238,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data238.basis !== undefined){
let data240 = data238.basis;
if(Array.isArray(data240)){
if(data240.length < 1){
const err744 = {instancePath:instancePath+"/personalData/purposes/" + i54+"/basis",schemaPath:"#/properties/personalData/properties/purposes/items/properties/basis/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.personalData.properties.purposes.items.properties.basis,data:data240};
if(vErrors === null){
vErrors = [err744];
}
else {
vErrors.push(err744);
}
errors++;
}
const len33 = data240.length;
for(let i55=0; i55<len33; i55++){
let data241 = data240[i55];
if(typeof data241 !== "string"){
const err745 = {instancePath:instancePath+"/personalData/purposes/" + i54+"/basis/" + i55,schemaPath:"#/$defs/legalBasis/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema120.type,parentSchema:schema120,data:data241};
if(vErrors === null){
vErrors = [err745];
}
else {
vErrors.push(err745);
}
errors++;
}
if(!(((((data241 === "consent") || (data241 === "contract")) || (data241 === "legal-obligation")) || (data241 === "vital-interests")) || (data241 === "legitimate-interests"))){
const err746 = {instancePath:instancePath+"/personalData/purposes/" + i54+"/basis/" + i55,schemaPath:"#/$defs/legalBasis/enum",keyword:"enum",params:{allowedValues: schema120.enum},message:"must be equal to one of the allowed values",schema:schema120.enum,parentSchema:schema120,data:data241};
if(vErrors === null){
vErrors = [err746];
}
else {
vErrors.push(err746);
}
errors++;
}
}
let i56 = data240.length;
let j22;
if(i56 > 1){
outer18:
for(;i56--;){
for(j22 = i56; j22--;){
if(func0(data240[i56], data240[j22])){
const err747 = {instancePath:instancePath+"/personalData/purposes/" + i54+"/basis",schemaPath:"#/properties/personalData/properties/purposes/items/properties/basis/uniqueItems",keyword:"uniqueItems",params:{i: i56, j: j22},message:"must NOT have duplicate items (items ## "+j22+" and "+i56+" are identical)",schema:true,parentSchema:schema31.properties.personalData.properties.purposes.items.properties.basis,data:data240};
if(vErrors === null){
vErrors = [err747];
}
else {
vErrors.push(err747);
}
errors++;
break outer18;
}
}
}
}
}
else {
const err748 = {instancePath:instancePath+"/personalData/purposes/" + i54+"/basis",schemaPath:"#/properties/personalData/properties/purposes/items/properties/basis/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.personalData.properties.purposes.items.properties.basis.type,parentSchema:schema31.properties.personalData.properties.purposes.items.properties.basis,data:data240};
if(vErrors === null){
vErrors = [err748];
}
else {
vErrors.push(err748);
}
errors++;
}
}
if(data238.data !== undefined){
let data242 = data238.data;
if(Array.isArray(data242)){
if(data242.length < 1){
const err749 = {instancePath:instancePath+"/personalData/purposes/" + i54+"/data",schemaPath:"#/properties/personalData/properties/purposes/items/properties/data/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.personalData.properties.purposes.items.properties.data,data:data242};
if(vErrors === null){
vErrors = [err749];
}
else {
vErrors.push(err749);
}
errors++;
}
const len34 = data242.length;
for(let i57=0; i57<len34; i57++){
if(!(validate27(data242[i57], {instancePath:instancePath+"/personalData/purposes/" + i54+"/data/" + i57,parentData:data242,parentDataProperty:i57,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
let i58 = data242.length;
let j23;
if(i58 > 1){
outer19:
for(;i58--;){
for(j23 = i58; j23--;){
if(func0(data242[i58], data242[j23])){
const err750 = {instancePath:instancePath+"/personalData/purposes/" + i54+"/data",schemaPath:"#/properties/personalData/properties/purposes/items/properties/data/uniqueItems",keyword:"uniqueItems",params:{i: i58, j: j23},message:"must NOT have duplicate items (items ## "+j23+" and "+i58+" are identical)",schema:true,parentSchema:schema31.properties.personalData.properties.purposes.items.properties.data,data:data242};
if(vErrors === null){
vErrors = [err750];
}
else {
vErrors.push(err750);
}
errors++;
break outer19;
}
}
}
}
}
else {
const err751 = {instancePath:instancePath+"/personalData/purposes/" + i54+"/data",schemaPath:"#/properties/personalData/properties/purposes/items/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.personalData.properties.purposes.items.properties.data.type,parentSchema:schema31.properties.personalData.properties.purposes.items.properties.data,data:data242};
if(vErrors === null){
vErrors = [err751];
}
else {
vErrors.push(err751);
}
errors++;
}
}
if(data238.legalRef !== undefined){
let data244 = data238.legalRef;
if(data244 && typeof data244 == "object" && !Array.isArray(data244)){
if(Object.keys(data244).length < 1){
const err752 = {instancePath:instancePath+"/personalData/purposes/" + i54+"/legalRef",schemaPath:"#/$defs/localizedLine/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data244};
if(vErrors === null){
vErrors = [err752];
}
else {
vErrors.push(err752);
}
errors++;
}
for(const key56 in data244){
if(!((key56 === "ru") || (key56 === "kk"))){
const err753 = {instancePath:instancePath+"/personalData/purposes/" + i54+"/legalRef",schemaPath:"#/$defs/localizedLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key56},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data244};
if(vErrors === null){
vErrors = [err753];
}
else {
vErrors.push(err753);
}
errors++;
}
}
if(data244.ru !== undefined){
let data245 = data244.ru;
if(typeof data245 === "string"){
if(func2(data245) > 300){
const err754 = {instancePath:instancePath+"/personalData/purposes/" + i54+"/legalRef/ru",schemaPath:"#/$defs/localizedLine/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.ru,data:data245};
if(vErrors === null){
vErrors = [err754];
}
else {
vErrors.push(err754);
}
errors++;
}
if(func2(data245) < 1){
const err755 = {instancePath:instancePath+"/personalData/purposes/" + i54+"/legalRef/ru",schemaPath:"#/$defs/localizedLine/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.ru,data:data245};
if(vErrors === null){
vErrors = [err755];
}
else {
vErrors.push(err755);
}
errors++;
}
if(!(formats0(data245))){
const err756 = {instancePath:instancePath+"/personalData/purposes/" + i54+"/legalRef/ru",schemaPath:"#/$defs/localizedLine/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.ru,data:data245};
if(vErrors === null){
vErrors = [err756];
}
else {
vErrors.push(err756);
}
errors++;
}
}
else {
const err757 = {instancePath:instancePath+"/personalData/purposes/" + i54+"/legalRef/ru",schemaPath:"#/$defs/localizedLine/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ru.type,parentSchema:schema32.properties.ru,data:data245};
if(vErrors === null){
vErrors = [err757];
}
else {
vErrors.push(err757);
}
errors++;
}
}
if(data244.kk !== undefined){
let data246 = data244.kk;
if(typeof data246 === "string"){
if(func2(data246) > 300){
const err758 = {instancePath:instancePath+"/personalData/purposes/" + i54+"/legalRef/kk",schemaPath:"#/$defs/localizedLine/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.kk,data:data246};
if(vErrors === null){
vErrors = [err758];
}
else {
vErrors.push(err758);
}
errors++;
}
if(func2(data246) < 1){
const err759 = {instancePath:instancePath+"/personalData/purposes/" + i54+"/legalRef/kk",schemaPath:"#/$defs/localizedLine/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.kk,data:data246};
if(vErrors === null){
vErrors = [err759];
}
else {
vErrors.push(err759);
}
errors++;
}
if(!(formats0(data246))){
const err760 = {instancePath:instancePath+"/personalData/purposes/" + i54+"/legalRef/kk",schemaPath:"#/$defs/localizedLine/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.kk,data:data246};
if(vErrors === null){
vErrors = [err760];
}
else {
vErrors.push(err760);
}
errors++;
}
}
else {
const err761 = {instancePath:instancePath+"/personalData/purposes/" + i54+"/legalRef/kk",schemaPath:"#/$defs/localizedLine/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.kk.type,parentSchema:schema32.properties.kk,data:data246};
if(vErrors === null){
vErrors = [err761];
}
else {
vErrors.push(err761);
}
errors++;
}
}
}
else {
const err762 = {instancePath:instancePath+"/personalData/purposes/" + i54+"/legalRef",schemaPath:"#/$defs/localizedLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data244};
if(vErrors === null){
vErrors = [err762];
}
else {
vErrors.push(err762);
}
errors++;
}
}
if(data238.consentBy !== undefined){
let data247 = data238.consentBy;
if(Array.isArray(data247)){
if(data247.length < 1){
const err763 = {instancePath:instancePath+"/personalData/purposes/" + i54+"/consentBy",schemaPath:"#/properties/personalData/properties/purposes/items/properties/consentBy/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.personalData.properties.purposes.items.properties.consentBy,data:data247};
if(vErrors === null){
vErrors = [err763];
}
else {
vErrors.push(err763);
}
errors++;
}
const len35 = data247.length;
for(let i59=0; i59<len35; i59++){
let data248 = data247[i59];
if(typeof data248 !== "string"){
const err764 = {instancePath:instancePath+"/personalData/purposes/" + i54+"/consentBy/" + i59,schemaPath:"#/properties/personalData/properties/purposes/items/properties/consentBy/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.personalData.properties.purposes.items.properties.consentBy.items.type,parentSchema:schema31.properties.personalData.properties.purposes.items.properties.consentBy.items,data:data248};
if(vErrors === null){
vErrors = [err764];
}
else {
vErrors.push(err764);
}
errors++;
}
if(!(((((((data248 === "cookie-banner") || (data248 === "web-form-checkbox")) || (data248 === "electronic-signature")) || (data248 === "sms-code")) || (data248 === "egov-service")) || (data248 === "written")) || (data248 === "electronic-document"))){
const err765 = {instancePath:instancePath+"/personalData/purposes/" + i54+"/consentBy/" + i59,schemaPath:"#/properties/personalData/properties/purposes/items/properties/consentBy/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.personalData.properties.purposes.items.properties.consentBy.items.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.personalData.properties.purposes.items.properties.consentBy.items.enum,parentSchema:schema31.properties.personalData.properties.purposes.items.properties.consentBy.items,data:data248};
if(vErrors === null){
vErrors = [err765];
}
else {
vErrors.push(err765);
}
errors++;
}
}
let i60 = data247.length;
let j24;
if(i60 > 1){
const indices4 = {};
for(;i60--;){
let item4 = data247[i60];
if(typeof item4 !== "string"){
continue;
}
if(typeof indices4[item4] == "number"){
j24 = indices4[item4];
const err766 = {instancePath:instancePath+"/personalData/purposes/" + i54+"/consentBy",schemaPath:"#/properties/personalData/properties/purposes/items/properties/consentBy/uniqueItems",keyword:"uniqueItems",params:{i: i60, j: j24},message:"must NOT have duplicate items (items ## "+j24+" and "+i60+" are identical)",schema:true,parentSchema:schema31.properties.personalData.properties.purposes.items.properties.consentBy,data:data247};
if(vErrors === null){
vErrors = [err766];
}
else {
vErrors.push(err766);
}
errors++;
break;
}
indices4[item4] = i60;
}
}
}
else {
const err767 = {instancePath:instancePath+"/personalData/purposes/" + i54+"/consentBy",schemaPath:"#/properties/personalData/properties/purposes/items/properties/consentBy/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.personalData.properties.purposes.items.properties.consentBy.type,parentSchema:schema31.properties.personalData.properties.purposes.items.properties.consentBy,data:data247};
if(vErrors === null){
vErrors = [err767];
}
else {
vErrors.push(err767);
}
errors++;
}
}
}
else {
const err768 = {instancePath:instancePath+"/personalData/purposes/" + i54,schemaPath:"#/properties/personalData/properties/purposes/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.personalData.properties.purposes.items.type,parentSchema:schema31.properties.personalData.properties.purposes.items,data:data238};
if(vErrors === null){
vErrors = [err768];
}
else {
vErrors.push(err768);
}
errors++;
}
}
}
else {
const err769 = {instancePath:instancePath+"/personalData/purposes",schemaPath:"#/properties/personalData/properties/purposes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.personalData.properties.purposes.type,parentSchema:schema31.properties.personalData.properties.purposes,data:data237};
if(vErrors === null){
vErrors = [err769];
}
else {
vErrors.push(err769);
}
errors++;
}
}
if(data217.recipients !== undefined){
let data249 = data217.recipients;
if(Array.isArray(data249)){
const len36 = data249.length;
for(let i61=0; i61<len36; i61++){
let data250 = data249[i61];
if(data250 && typeof data250 == "object" && !Array.isArray(data250)){
if(data250.kind === undefined){
const err770 = {instancePath:instancePath+"/personalData/recipients/" + i61,schemaPath:"#/properties/personalData/properties/recipients/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema31.properties.personalData.properties.recipients.items.required,parentSchema:schema31.properties.personalData.properties.recipients.items,data:data250};
if(vErrors === null){
vErrors = [err770];
}
else {
vErrors.push(err770);
}
errors++;
}
for(const key57 in data250){
if(!(((((key57 === "kind") || (key57 === "thirdParties")) || (key57 === "purposes")) || (key57 === "data")) || (key57 === "agreement"))){
const err771 = {instancePath:instancePath+"/personalData/recipients/" + i61,schemaPath:"#/properties/personalData/properties/recipients/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key57},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.personalData.properties.recipients.items,data:data250};
if(vErrors === null){
vErrors = [err771];
}
else {
vErrors.push(err771);
}
errors++;
}
}
if(data250.kind !== undefined){
if(!(validate35(data250.kind, {instancePath:instancePath+"/personalData/recipients/" + i61+"/kind",parentData:data250,parentDataProperty:"kind",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data250.thirdParties !== undefined){
let data252 = data250.thirdParties;
if(Array.isArray(data252)){
const len37 = data252.length;
for(let i62=0; i62<len37; i62++){
let data253 = data252[i62];
if(typeof data253 === "string"){
if(func2(data253) > 64){
const err772 = {instancePath:instancePath+"/personalData/recipients/" + i61+"/thirdParties/" + i62,schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema88,data:data253};
if(vErrors === null){
vErrors = [err772];
}
else {
vErrors.push(err772);
}
errors++;
}
if(!pattern16.test(data253)){
const err773 = {instancePath:instancePath+"/personalData/recipients/" + i61+"/thirdParties/" + i62,schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema88,data:data253};
if(vErrors === null){
vErrors = [err773];
}
else {
vErrors.push(err773);
}
errors++;
}
}
else {
const err774 = {instancePath:instancePath+"/personalData/recipients/" + i61+"/thirdParties/" + i62,schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.type,parentSchema:schema88,data:data253};
if(vErrors === null){
vErrors = [err774];
}
else {
vErrors.push(err774);
}
errors++;
}
}
let i63 = data252.length;
let j25;
if(i63 > 1){
outer20:
for(;i63--;){
for(j25 = i63; j25--;){
if(func0(data252[i63], data252[j25])){
const err775 = {instancePath:instancePath+"/personalData/recipients/" + i61+"/thirdParties",schemaPath:"#/properties/personalData/properties/recipients/items/properties/thirdParties/uniqueItems",keyword:"uniqueItems",params:{i: i63, j: j25},message:"must NOT have duplicate items (items ## "+j25+" and "+i63+" are identical)",schema:true,parentSchema:schema31.properties.personalData.properties.recipients.items.properties.thirdParties,data:data252};
if(vErrors === null){
vErrors = [err775];
}
else {
vErrors.push(err775);
}
errors++;
break outer20;
}
}
}
}
}
else {
const err776 = {instancePath:instancePath+"/personalData/recipients/" + i61+"/thirdParties",schemaPath:"#/properties/personalData/properties/recipients/items/properties/thirdParties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.personalData.properties.recipients.items.properties.thirdParties.type,parentSchema:schema31.properties.personalData.properties.recipients.items.properties.thirdParties,data:data252};
if(vErrors === null){
vErrors = [err776];
}
else {
vErrors.push(err776);
}
errors++;
}
}
if(data250.purposes !== undefined){
let data254 = data250.purposes;
if(Array.isArray(data254)){
if(data254.length < 1){
const err777 = {instancePath:instancePath+"/personalData/recipients/" + i61+"/purposes",schemaPath:"#/properties/personalData/properties/recipients/items/properties/purposes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.personalData.properties.recipients.items.properties.purposes,data:data254};
if(vErrors === null){
vErrors = [err777];
}
else {
vErrors.push(err777);
}
errors++;
}
const len38 = data254.length;
for(let i64=0; i64<len38; i64++){
if(!(validate32(data254[i64], {instancePath:instancePath+"/personalData/recipients/" + i61+"/purposes/" + i64,parentData:data254,parentDataProperty:i64,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
let i65 = data254.length;
let j26;
if(i65 > 1){
outer21:
for(;i65--;){
for(j26 = i65; j26--;){
if(func0(data254[i65], data254[j26])){
const err778 = {instancePath:instancePath+"/personalData/recipients/" + i61+"/purposes",schemaPath:"#/properties/personalData/properties/recipients/items/properties/purposes/uniqueItems",keyword:"uniqueItems",params:{i: i65, j: j26},message:"must NOT have duplicate items (items ## "+j26+" and "+i65+" are identical)",schema:true,parentSchema:schema31.properties.personalData.properties.recipients.items.properties.purposes,data:data254};
if(vErrors === null){
vErrors = [err778];
}
else {
vErrors.push(err778);
}
errors++;
break outer21;
}
}
}
}
}
else {
const err779 = {instancePath:instancePath+"/personalData/recipients/" + i61+"/purposes",schemaPath:"#/properties/personalData/properties/recipients/items/properties/purposes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.personalData.properties.recipients.items.properties.purposes.type,parentSchema:schema31.properties.personalData.properties.recipients.items.properties.purposes,data:data254};
if(vErrors === null){
vErrors = [err779];
}
else {
vErrors.push(err779);
}
errors++;
}
}
if(data250.data !== undefined){
let data256 = data250.data;
if(Array.isArray(data256)){
if(data256.length < 1){
const err780 = {instancePath:instancePath+"/personalData/recipients/" + i61+"/data",schemaPath:"#/properties/personalData/properties/recipients/items/properties/data/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.personalData.properties.recipients.items.properties.data,data:data256};
if(vErrors === null){
vErrors = [err780];
}
else {
vErrors.push(err780);
}
errors++;
}
const len39 = data256.length;
for(let i66=0; i66<len39; i66++){
if(!(validate27(data256[i66], {instancePath:instancePath+"/personalData/recipients/" + i61+"/data/" + i66,parentData:data256,parentDataProperty:i66,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
let i67 = data256.length;
let j27;
if(i67 > 1){
outer22:
for(;i67--;){
for(j27 = i67; j27--;){
if(func0(data256[i67], data256[j27])){
const err781 = {instancePath:instancePath+"/personalData/recipients/" + i61+"/data",schemaPath:"#/properties/personalData/properties/recipients/items/properties/data/uniqueItems",keyword:"uniqueItems",params:{i: i67, j: j27},message:"must NOT have duplicate items (items ## "+j27+" and "+i67+" are identical)",schema:true,parentSchema:schema31.properties.personalData.properties.recipients.items.properties.data,data:data256};
if(vErrors === null){
vErrors = [err781];
}
else {
vErrors.push(err781);
}
errors++;
break outer22;
}
}
}
}
}
else {
const err782 = {instancePath:instancePath+"/personalData/recipients/" + i61+"/data",schemaPath:"#/properties/personalData/properties/recipients/items/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.personalData.properties.recipients.items.properties.data.type,parentSchema:schema31.properties.personalData.properties.recipients.items.properties.data,data:data256};
if(vErrors === null){
vErrors = [err782];
}
else {
vErrors.push(err782);
}
errors++;
}
}
if(data250.agreement !== undefined){
let data258 = data250.agreement;
if(typeof data258 !== "boolean"){
const err783 = {instancePath:instancePath+"/personalData/recipients/" + i61+"/agreement",schemaPath:"#/properties/personalData/properties/recipients/items/properties/agreement/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.personalData.properties.recipients.items.properties.agreement.type,parentSchema:schema31.properties.personalData.properties.recipients.items.properties.agreement,data:data258};
if(vErrors === null){
vErrors = [err783];
}
else {
vErrors.push(err783);
}
errors++;
}
}
}
else {
const err784 = {instancePath:instancePath+"/personalData/recipients/" + i61,schemaPath:"#/properties/personalData/properties/recipients/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.personalData.properties.recipients.items.type,parentSchema:schema31.properties.personalData.properties.recipients.items,data:data250};
if(vErrors === null){
vErrors = [err784];
}
else {
vErrors.push(err784);
}
errors++;
}
}
}
else {
const err785 = {instancePath:instancePath+"/personalData/recipients",schemaPath:"#/properties/personalData/properties/recipients/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.personalData.properties.recipients.type,parentSchema:schema31.properties.personalData.properties.recipients,data:data249};
if(vErrors === null){
vErrors = [err785];
}
else {
vErrors.push(err785);
}
errors++;
}
}
if(data217.rights !== undefined){
let data259 = data217.rights;
if(Array.isArray(data259)){
if(data259.length < 1){
const err786 = {instancePath:instancePath+"/personalData/rights",schemaPath:"#/properties/personalData/properties/rights/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.personalData.properties.rights,data:data259};
if(vErrors === null){
vErrors = [err786];
}
else {
vErrors.push(err786);
}
errors++;
}
const len40 = data259.length;
for(let i68=0; i68<len40; i68++){
if(!(validate39(data259[i68], {instancePath:instancePath+"/personalData/rights/" + i68,parentData:data259,parentDataProperty:i68,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
let i69 = data259.length;
let j28;
if(i69 > 1){
outer23:
for(;i69--;){
for(j28 = i69; j28--;){
if(func0(data259[i69], data259[j28])){
const err787 = {instancePath:instancePath+"/personalData/rights",schemaPath:"#/properties/personalData/properties/rights/uniqueItems",keyword:"uniqueItems",params:{i: i69, j: j28},message:"must NOT have duplicate items (items ## "+j28+" and "+i69+" are identical)",schema:true,parentSchema:schema31.properties.personalData.properties.rights,data:data259};
if(vErrors === null){
vErrors = [err787];
}
else {
vErrors.push(err787);
}
errors++;
break outer23;
}
}
}
}
}
else {
const err788 = {instancePath:instancePath+"/personalData/rights",schemaPath:"#/properties/personalData/properties/rights/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.personalData.properties.rights.type,parentSchema:schema31.properties.personalData.properties.rights,data:data259};
if(vErrors === null){
vErrors = [err788];
}
else {
vErrors.push(err788);
}
errors++;
}
}
if(data217.requests !== undefined){
let data261 = data217.requests;
if(data261 && typeof data261 == "object" && !Array.isArray(data261)){
if(data261.channels === undefined){
const err789 = {instancePath:instancePath+"/personalData/requests",schemaPath:"#/properties/personalData/properties/requests/required",keyword:"required",params:{missingProperty: "channels"},message:"must have required property '"+"channels"+"'",schema:schema31.properties.personalData.properties.requests.required,parentSchema:schema31.properties.personalData.properties.requests,data:data261};
if(vErrors === null){
vErrors = [err789];
}
else {
vErrors.push(err789);
}
errors++;
}
for(const key58 in data261){
if(!(((((key58 === "channels") || (key58 === "answerWorkingDays")) || (key58 === "changeWorkingDays")) || (key58 === "freeOfCharge")) || (key58 === "reasonedRefusal"))){
const err790 = {instancePath:instancePath+"/personalData/requests",schemaPath:"#/properties/personalData/properties/requests/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key58},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.personalData.properties.requests,data:data261};
if(vErrors === null){
vErrors = [err790];
}
else {
vErrors.push(err790);
}
errors++;
}
}
if(data261.channels !== undefined){
let data262 = data261.channels;
if(Array.isArray(data262)){
if(data262.length < 1){
const err791 = {instancePath:instancePath+"/personalData/requests/channels",schemaPath:"#/properties/personalData/properties/requests/properties/channels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.personalData.properties.requests.properties.channels,data:data262};
if(vErrors === null){
vErrors = [err791];
}
else {
vErrors.push(err791);
}
errors++;
}
const len41 = data262.length;
for(let i70=0; i70<len41; i70++){
let data263 = data262[i70];
if(typeof data263 !== "string"){
const err792 = {instancePath:instancePath+"/personalData/requests/channels/" + i70,schemaPath:"#/properties/personalData/properties/requests/properties/channels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.personalData.properties.requests.properties.channels.items.type,parentSchema:schema31.properties.personalData.properties.requests.properties.channels.items,data:data263};
if(vErrors === null){
vErrors = [err792];
}
else {
vErrors.push(err792);
}
errors++;
}
if(!((((data263 === "email") || (data263 === "written")) || (data263 === "account")) || (data263 === "portal"))){
const err793 = {instancePath:instancePath+"/personalData/requests/channels/" + i70,schemaPath:"#/properties/personalData/properties/requests/properties/channels/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.personalData.properties.requests.properties.channels.items.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.personalData.properties.requests.properties.channels.items.enum,parentSchema:schema31.properties.personalData.properties.requests.properties.channels.items,data:data263};
if(vErrors === null){
vErrors = [err793];
}
else {
vErrors.push(err793);
}
errors++;
}
}
let i71 = data262.length;
let j29;
if(i71 > 1){
const indices5 = {};
for(;i71--;){
let item5 = data262[i71];
if(typeof item5 !== "string"){
continue;
}
if(typeof indices5[item5] == "number"){
j29 = indices5[item5];
const err794 = {instancePath:instancePath+"/personalData/requests/channels",schemaPath:"#/properties/personalData/properties/requests/properties/channels/uniqueItems",keyword:"uniqueItems",params:{i: i71, j: j29},message:"must NOT have duplicate items (items ## "+j29+" and "+i71+" are identical)",schema:true,parentSchema:schema31.properties.personalData.properties.requests.properties.channels,data:data262};
if(vErrors === null){
vErrors = [err794];
}
else {
vErrors.push(err794);
}
errors++;
break;
}
indices5[item5] = i71;
}
}
}
else {
const err795 = {instancePath:instancePath+"/personalData/requests/channels",schemaPath:"#/properties/personalData/properties/requests/properties/channels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.personalData.properties.requests.properties.channels.type,parentSchema:schema31.properties.personalData.properties.requests.properties.channels,data:data262};
if(vErrors === null){
vErrors = [err795];
}
else {
vErrors.push(err795);
}
errors++;
}
}
if(data261.answerWorkingDays !== undefined){
let data264 = data261.answerWorkingDays;
if(!(((typeof data264 == "number") && (!(data264 % 1) && !isNaN(data264))) && (isFinite(data264)))){
const err796 = {instancePath:instancePath+"/personalData/requests/answerWorkingDays",schemaPath:"#/properties/personalData/properties/requests/properties/answerWorkingDays/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.personalData.properties.requests.properties.answerWorkingDays.type,parentSchema:schema31.properties.personalData.properties.requests.properties.answerWorkingDays,data:data264};
if(vErrors === null){
vErrors = [err796];
}
else {
vErrors.push(err796);
}
errors++;
}
if((typeof data264 == "number") && (isFinite(data264))){
if(data264 > 30 || isNaN(data264)){
const err797 = {instancePath:instancePath+"/personalData/requests/answerWorkingDays",schemaPath:"#/properties/personalData/properties/requests/properties/answerWorkingDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 30},message:"must be <= 30",schema:30,parentSchema:schema31.properties.personalData.properties.requests.properties.answerWorkingDays,data:data264};
if(vErrors === null){
vErrors = [err797];
}
else {
vErrors.push(err797);
}
errors++;
}
if(data264 < 1 || isNaN(data264)){
const err798 = {instancePath:instancePath+"/personalData/requests/answerWorkingDays",schemaPath:"#/properties/personalData/properties/requests/properties/answerWorkingDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.personalData.properties.requests.properties.answerWorkingDays,data:data264};
if(vErrors === null){
vErrors = [err798];
}
else {
vErrors.push(err798);
}
errors++;
}
}
}
if(data261.changeWorkingDays !== undefined){
let data265 = data261.changeWorkingDays;
if(!(((typeof data265 == "number") && (!(data265 % 1) && !isNaN(data265))) && (isFinite(data265)))){
const err799 = {instancePath:instancePath+"/personalData/requests/changeWorkingDays",schemaPath:"#/properties/personalData/properties/requests/properties/changeWorkingDays/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.personalData.properties.requests.properties.changeWorkingDays.type,parentSchema:schema31.properties.personalData.properties.requests.properties.changeWorkingDays,data:data265};
if(vErrors === null){
vErrors = [err799];
}
else {
vErrors.push(err799);
}
errors++;
}
if((typeof data265 == "number") && (isFinite(data265))){
if(data265 > 30 || isNaN(data265)){
const err800 = {instancePath:instancePath+"/personalData/requests/changeWorkingDays",schemaPath:"#/properties/personalData/properties/requests/properties/changeWorkingDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 30},message:"must be <= 30",schema:30,parentSchema:schema31.properties.personalData.properties.requests.properties.changeWorkingDays,data:data265};
if(vErrors === null){
vErrors = [err800];
}
else {
vErrors.push(err800);
}
errors++;
}
if(data265 < 1 || isNaN(data265)){
const err801 = {instancePath:instancePath+"/personalData/requests/changeWorkingDays",schemaPath:"#/properties/personalData/properties/requests/properties/changeWorkingDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.personalData.properties.requests.properties.changeWorkingDays,data:data265};
if(vErrors === null){
vErrors = [err801];
}
else {
vErrors.push(err801);
}
errors++;
}
}
}
if(data261.freeOfCharge !== undefined){
let data266 = data261.freeOfCharge;
if(typeof data266 !== "boolean"){
const err802 = {instancePath:instancePath+"/personalData/requests/freeOfCharge",schemaPath:"#/properties/personalData/properties/requests/properties/freeOfCharge/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.personalData.properties.requests.properties.freeOfCharge.type,parentSchema:schema31.properties.personalData.properties.requests.properties.freeOfCharge,data:data266};
if(vErrors === null){
vErrors = [err802];
}
else {
vErrors.push(err802);
}
errors++;
}
}
if(data261.reasonedRefusal !== undefined){
let data267 = data261.reasonedRefusal;
if(typeof data267 !== "boolean"){
const err803 = {instancePath:instancePath+"/personalData/requests/reasonedRefusal",schemaPath:"#/properties/personalData/properties/requests/properties/reasonedRefusal/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.personalData.properties.requests.properties.reasonedRefusal.type,parentSchema:schema31.properties.personalData.properties.requests.properties.reasonedRefusal,data:data267};
if(vErrors === null){
vErrors = [err803];
}
else {
vErrors.push(err803);
}
errors++;
}
}
}
else {
const err804 = {instancePath:instancePath+"/personalData/requests",schemaPath:"#/properties/personalData/properties/requests/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.personalData.properties.requests.type,parentSchema:schema31.properties.personalData.properties.requests,data:data261};
if(vErrors === null){
vErrors = [err804];
}
else {
vErrors.push(err804);
}
errors++;
}
}
if(data217.security !== undefined){
let data268 = data217.security;
if(Array.isArray(data268)){
if(data268.length < 1){
const err805 = {instancePath:instancePath+"/personalData/security",schemaPath:"#/properties/personalData/properties/security/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.personalData.properties.security,data:data268};
if(vErrors === null){
vErrors = [err805];
}
else {
vErrors.push(err805);
}
errors++;
}
const len42 = data268.length;
for(let i72=0; i72<len42; i72++){
if(!(validate41(data268[i72], {instancePath:instancePath+"/personalData/security/" + i72,parentData:data268,parentDataProperty:i72,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
let i73 = data268.length;
let j30;
if(i73 > 1){
outer24:
for(;i73--;){
for(j30 = i73; j30--;){
if(func0(data268[i73], data268[j30])){
const err806 = {instancePath:instancePath+"/personalData/security",schemaPath:"#/properties/personalData/properties/security/uniqueItems",keyword:"uniqueItems",params:{i: i73, j: j30},message:"must NOT have duplicate items (items ## "+j30+" and "+i73+" are identical)",schema:true,parentSchema:schema31.properties.personalData.properties.security,data:data268};
if(vErrors === null){
vErrors = [err806];
}
else {
vErrors.push(err806);
}
errors++;
break outer24;
}
}
}
}
}
else {
const err807 = {instancePath:instancePath+"/personalData/security",schemaPath:"#/properties/personalData/properties/security/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.personalData.properties.security.type,parentSchema:schema31.properties.personalData.properties.security,data:data268};
if(vErrors === null){
vErrors = [err807];
}
else {
vErrors.push(err807);
}
errors++;
}
}
if(data217.breachNotification !== undefined){
let data270 = data217.breachNotification;
if(data270 && typeof data270 == "object" && !Array.isArray(data270)){
if(data270.notifySubjects === undefined){
const err808 = {instancePath:instancePath+"/personalData/breachNotification",schemaPath:"#/properties/personalData/properties/breachNotification/required",keyword:"required",params:{missingProperty: "notifySubjects"},message:"must have required property '"+"notifySubjects"+"'",schema:schema31.properties.personalData.properties.breachNotification.required,parentSchema:schema31.properties.personalData.properties.breachNotification,data:data270};
if(vErrors === null){
vErrors = [err808];
}
else {
vErrors.push(err808);
}
errors++;
}
for(const key59 in data270){
if(!((key59 === "authorityWorkingDays") || (key59 === "notifySubjects"))){
const err809 = {instancePath:instancePath+"/personalData/breachNotification",schemaPath:"#/properties/personalData/properties/breachNotification/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key59},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.personalData.properties.breachNotification,data:data270};
if(vErrors === null){
vErrors = [err809];
}
else {
vErrors.push(err809);
}
errors++;
}
}
if(data270.authorityWorkingDays !== undefined){
let data271 = data270.authorityWorkingDays;
if(!(((typeof data271 == "number") && (!(data271 % 1) && !isNaN(data271))) && (isFinite(data271)))){
const err810 = {instancePath:instancePath+"/personalData/breachNotification/authorityWorkingDays",schemaPath:"#/properties/personalData/properties/breachNotification/properties/authorityWorkingDays/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.personalData.properties.breachNotification.properties.authorityWorkingDays.type,parentSchema:schema31.properties.personalData.properties.breachNotification.properties.authorityWorkingDays,data:data271};
if(vErrors === null){
vErrors = [err810];
}
else {
vErrors.push(err810);
}
errors++;
}
if((typeof data271 == "number") && (isFinite(data271))){
if(data271 > 10 || isNaN(data271)){
const err811 = {instancePath:instancePath+"/personalData/breachNotification/authorityWorkingDays",schemaPath:"#/properties/personalData/properties/breachNotification/properties/authorityWorkingDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema31.properties.personalData.properties.breachNotification.properties.authorityWorkingDays,data:data271};
if(vErrors === null){
vErrors = [err811];
}
else {
vErrors.push(err811);
}
errors++;
}
if(data271 < 1 || isNaN(data271)){
const err812 = {instancePath:instancePath+"/personalData/breachNotification/authorityWorkingDays",schemaPath:"#/properties/personalData/properties/breachNotification/properties/authorityWorkingDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.personalData.properties.breachNotification.properties.authorityWorkingDays,data:data271};
if(vErrors === null){
vErrors = [err812];
}
else {
vErrors.push(err812);
}
errors++;
}
}
}
if(data270.notifySubjects !== undefined){
let data272 = data270.notifySubjects;
if(typeof data272 !== "boolean"){
const err813 = {instancePath:instancePath+"/personalData/breachNotification/notifySubjects",schemaPath:"#/properties/personalData/properties/breachNotification/properties/notifySubjects/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.personalData.properties.breachNotification.properties.notifySubjects.type,parentSchema:schema31.properties.personalData.properties.breachNotification.properties.notifySubjects,data:data272};
if(vErrors === null){
vErrors = [err813];
}
else {
vErrors.push(err813);
}
errors++;
}
}
}
else {
const err814 = {instancePath:instancePath+"/personalData/breachNotification",schemaPath:"#/properties/personalData/properties/breachNotification/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.personalData.properties.breachNotification.type,parentSchema:schema31.properties.personalData.properties.breachNotification,data:data270};
if(vErrors === null){
vErrors = [err814];
}
else {
vErrors.push(err814);
}
errors++;
}
}
if(data217.minors !== undefined){
let data273 = data217.minors;
if(data273 && typeof data273 == "object" && !Array.isArray(data273)){
if(data273.collected === undefined){
const err815 = {instancePath:instancePath+"/personalData/minors",schemaPath:"#/properties/personalData/properties/minors/required",keyword:"required",params:{missingProperty: "collected"},message:"must have required property '"+"collected"+"'",schema:schema31.properties.personalData.properties.minors.required,parentSchema:schema31.properties.personalData.properties.minors,data:data273};
if(vErrors === null){
vErrors = [err815];
}
else {
vErrors.push(err815);
}
errors++;
}
for(const key60 in data273){
if(!((key60 === "collected") || (key60 === "ageThreshold"))){
const err816 = {instancePath:instancePath+"/personalData/minors",schemaPath:"#/properties/personalData/properties/minors/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key60},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.personalData.properties.minors,data:data273};
if(vErrors === null){
vErrors = [err816];
}
else {
vErrors.push(err816);
}
errors++;
}
}
if(data273.collected !== undefined){
let data274 = data273.collected;
if(typeof data274 !== "boolean"){
const err817 = {instancePath:instancePath+"/personalData/minors/collected",schemaPath:"#/properties/personalData/properties/minors/properties/collected/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.personalData.properties.minors.properties.collected.type,parentSchema:schema31.properties.personalData.properties.minors.properties.collected,data:data274};
if(vErrors === null){
vErrors = [err817];
}
else {
vErrors.push(err817);
}
errors++;
}
}
if(data273.ageThreshold !== undefined){
let data275 = data273.ageThreshold;
if(!(((typeof data275 == "number") && (!(data275 % 1) && !isNaN(data275))) && (isFinite(data275)))){
const err818 = {instancePath:instancePath+"/personalData/minors/ageThreshold",schemaPath:"#/properties/personalData/properties/minors/properties/ageThreshold/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.personalData.properties.minors.properties.ageThreshold.type,parentSchema:schema31.properties.personalData.properties.minors.properties.ageThreshold,data:data275};
if(vErrors === null){
vErrors = [err818];
}
else {
vErrors.push(err818);
}
errors++;
}
if((typeof data275 == "number") && (isFinite(data275))){
if(data275 > 21 || isNaN(data275)){
const err819 = {instancePath:instancePath+"/personalData/minors/ageThreshold",schemaPath:"#/properties/personalData/properties/minors/properties/ageThreshold/maximum",keyword:"maximum",params:{comparison: "<=", limit: 21},message:"must be <= 21",schema:21,parentSchema:schema31.properties.personalData.properties.minors.properties.ageThreshold,data:data275};
if(vErrors === null){
vErrors = [err819];
}
else {
vErrors.push(err819);
}
errors++;
}
if(data275 < 14 || isNaN(data275)){
const err820 = {instancePath:instancePath+"/personalData/minors/ageThreshold",schemaPath:"#/properties/personalData/properties/minors/properties/ageThreshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 14},message:"must be >= 14",schema:14,parentSchema:schema31.properties.personalData.properties.minors.properties.ageThreshold,data:data275};
if(vErrors === null){
vErrors = [err820];
}
else {
vErrors.push(err820);
}
errors++;
}
}
}
}
else {
const err821 = {instancePath:instancePath+"/personalData/minors",schemaPath:"#/properties/personalData/properties/minors/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.personalData.properties.minors.type,parentSchema:schema31.properties.personalData.properties.minors,data:data273};
if(vErrors === null){
vErrors = [err821];
}
else {
vErrors.push(err821);
}
errors++;
}
}
if(data217.automatedDecisions !== undefined){
let data276 = data217.automatedDecisions;
if(data276 && typeof data276 == "object" && !Array.isArray(data276)){
if(data276.used === undefined){
const err822 = {instancePath:instancePath+"/personalData/automatedDecisions",schemaPath:"#/properties/personalData/properties/automatedDecisions/required",keyword:"required",params:{missingProperty: "used"},message:"must have required property '"+"used"+"'",schema:schema31.properties.personalData.properties.automatedDecisions.required,parentSchema:schema31.properties.personalData.properties.automatedDecisions,data:data276};
if(vErrors === null){
vErrors = [err822];
}
else {
vErrors.push(err822);
}
errors++;
}
for(const key61 in data276){
if(!((key61 === "used") || (key61 === "description"))){
const err823 = {instancePath:instancePath+"/personalData/automatedDecisions",schemaPath:"#/properties/personalData/properties/automatedDecisions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key61},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.personalData.properties.automatedDecisions,data:data276};
if(vErrors === null){
vErrors = [err823];
}
else {
vErrors.push(err823);
}
errors++;
}
}
if(data276.used !== undefined){
let data277 = data276.used;
if(typeof data277 !== "boolean"){
const err824 = {instancePath:instancePath+"/personalData/automatedDecisions/used",schemaPath:"#/properties/personalData/properties/automatedDecisions/properties/used/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.personalData.properties.automatedDecisions.properties.used.type,parentSchema:schema31.properties.personalData.properties.automatedDecisions.properties.used,data:data277};
if(vErrors === null){
vErrors = [err824];
}
else {
vErrors.push(err824);
}
errors++;
}
}
if(data276.description !== undefined){
let data278 = data276.description;
if(data278 && typeof data278 == "object" && !Array.isArray(data278)){
if(Object.keys(data278).length < 1){
const err825 = {instancePath:instancePath+"/personalData/automatedDecisions/description",schemaPath:"#/$defs/localizedText/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema59,data:data278};
if(vErrors === null){
vErrors = [err825];
}
else {
vErrors.push(err825);
}
errors++;
}
for(const key62 in data278){
if(!((key62 === "ru") || (key62 === "kk"))){
const err826 = {instancePath:instancePath+"/personalData/automatedDecisions/description",schemaPath:"#/$defs/localizedText/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key62},message:"must NOT have additional properties",schema:false,parentSchema:schema59,data:data278};
if(vErrors === null){
vErrors = [err826];
}
else {
vErrors.push(err826);
}
errors++;
}
}
if(data278.ru !== undefined){
let data279 = data278.ru;
if(typeof data279 === "string"){
if(func2(data279) > 2000){
const err827 = {instancePath:instancePath+"/personalData/automatedDecisions/description/ru",schemaPath:"#/$defs/localizedText/properties/ru/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema59.properties.ru,data:data279};
if(vErrors === null){
vErrors = [err827];
}
else {
vErrors.push(err827);
}
errors++;
}
if(func2(data279) < 1){
const err828 = {instancePath:instancePath+"/personalData/automatedDecisions/description/ru",schemaPath:"#/$defs/localizedText/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.ru,data:data279};
if(vErrors === null){
vErrors = [err828];
}
else {
vErrors.push(err828);
}
errors++;
}
if(!(formats0(data279))){
const err829 = {instancePath:instancePath+"/personalData/automatedDecisions/description/ru",schemaPath:"#/$defs/localizedText/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema59.properties.ru,data:data279};
if(vErrors === null){
vErrors = [err829];
}
else {
vErrors.push(err829);
}
errors++;
}
}
else {
const err830 = {instancePath:instancePath+"/personalData/automatedDecisions/description/ru",schemaPath:"#/$defs/localizedText/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.ru.type,parentSchema:schema59.properties.ru,data:data279};
if(vErrors === null){
vErrors = [err830];
}
else {
vErrors.push(err830);
}
errors++;
}
}
if(data278.kk !== undefined){
let data280 = data278.kk;
if(typeof data280 === "string"){
if(func2(data280) > 2000){
const err831 = {instancePath:instancePath+"/personalData/automatedDecisions/description/kk",schemaPath:"#/$defs/localizedText/properties/kk/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema59.properties.kk,data:data280};
if(vErrors === null){
vErrors = [err831];
}
else {
vErrors.push(err831);
}
errors++;
}
if(func2(data280) < 1){
const err832 = {instancePath:instancePath+"/personalData/automatedDecisions/description/kk",schemaPath:"#/$defs/localizedText/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.kk,data:data280};
if(vErrors === null){
vErrors = [err832];
}
else {
vErrors.push(err832);
}
errors++;
}
if(!(formats0(data280))){
const err833 = {instancePath:instancePath+"/personalData/automatedDecisions/description/kk",schemaPath:"#/$defs/localizedText/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema59.properties.kk,data:data280};
if(vErrors === null){
vErrors = [err833];
}
else {
vErrors.push(err833);
}
errors++;
}
}
else {
const err834 = {instancePath:instancePath+"/personalData/automatedDecisions/description/kk",schemaPath:"#/$defs/localizedText/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.kk.type,parentSchema:schema59.properties.kk,data:data280};
if(vErrors === null){
vErrors = [err834];
}
else {
vErrors.push(err834);
}
errors++;
}
}
}
else {
const err835 = {instancePath:instancePath+"/personalData/automatedDecisions/description",schemaPath:"#/$defs/localizedText/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data:data278};
if(vErrors === null){
vErrors = [err835];
}
else {
vErrors.push(err835);
}
errors++;
}
}
}
else {
const err836 = {instancePath:instancePath+"/personalData/automatedDecisions",schemaPath:"#/properties/personalData/properties/automatedDecisions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.personalData.properties.automatedDecisions.type,parentSchema:schema31.properties.personalData.properties.automatedDecisions,data:data276};
if(vErrors === null){
vErrors = [err836];
}
else {
vErrors.push(err836);
}
errors++;
}
}
if(data217.marketingOptOut !== undefined){
let data281 = data217.marketingOptOut;
if(Array.isArray(data281)){
if(data281.length < 1){
const err837 = {instancePath:instancePath+"/personalData/marketingOptOut",schemaPath:"#/properties/personalData/properties/marketingOptOut/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.personalData.properties.marketingOptOut,data:data281};
if(vErrors === null){
vErrors = [err837];
}
else {
vErrors.push(err837);
}
errors++;
}
const len43 = data281.length;
for(let i74=0; i74<len43; i74++){
let data282 = data281[i74];
if(typeof data282 !== "string"){
const err838 = {instancePath:instancePath+"/personalData/marketingOptOut/" + i74,schemaPath:"#/$defs/optOutChannel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema130.type,parentSchema:schema130,data:data282};
if(vErrors === null){
vErrors = [err838];
}
else {
vErrors.push(err838);
}
errors++;
}
if(!(((((data282 === "unsubscribe-link") || (data282 === "sms-reply")) || (data282 === "contact-email")) || (data282 === "account-settings")) || (data282 === "phone"))){
const err839 = {instancePath:instancePath+"/personalData/marketingOptOut/" + i74,schemaPath:"#/$defs/optOutChannel/enum",keyword:"enum",params:{allowedValues: schema130.enum},message:"must be equal to one of the allowed values",schema:schema130.enum,parentSchema:schema130,data:data282};
if(vErrors === null){
vErrors = [err839];
}
else {
vErrors.push(err839);
}
errors++;
}
}
let i75 = data281.length;
let j31;
if(i75 > 1){
outer25:
for(;i75--;){
for(j31 = i75; j31--;){
if(func0(data281[i75], data281[j31])){
const err840 = {instancePath:instancePath+"/personalData/marketingOptOut",schemaPath:"#/properties/personalData/properties/marketingOptOut/uniqueItems",keyword:"uniqueItems",params:{i: i75, j: j31},message:"must NOT have duplicate items (items ## "+j31+" and "+i75+" are identical)",schema:true,parentSchema:schema31.properties.personalData.properties.marketingOptOut,data:data281};
if(vErrors === null){
vErrors = [err840];
}
else {
vErrors.push(err840);
}
errors++;
break outer25;
}
}
}
}
}
else {
const err841 = {instancePath:instancePath+"/personalData/marketingOptOut",schemaPath:"#/properties/personalData/properties/marketingOptOut/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.personalData.properties.marketingOptOut.type,parentSchema:schema31.properties.personalData.properties.marketingOptOut,data:data281};
if(vErrors === null){
vErrors = [err841];
}
else {
vErrors.push(err841);
}
errors++;
}
}
if(data217.publicSources !== undefined){
let data283 = data217.publicSources;
if(typeof data283 !== "boolean"){
const err842 = {instancePath:instancePath+"/personalData/publicSources",schemaPath:"#/properties/personalData/properties/publicSources/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.personalData.properties.publicSources.type,parentSchema:schema31.properties.personalData.properties.publicSources,data:data283};
if(vErrors === null){
vErrors = [err842];
}
else {
vErrors.push(err842);
}
errors++;
}
}
if(data217.biometric !== undefined){
let data284 = data217.biometric;
if(typeof data284 !== "boolean"){
const err843 = {instancePath:instancePath+"/personalData/biometric",schemaPath:"#/properties/personalData/properties/biometric/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.personalData.properties.biometric.type,parentSchema:schema31.properties.personalData.properties.biometric,data:data284};
if(vErrors === null){
vErrors = [err843];
}
else {
vErrors.push(err843);
}
errors++;
}
}
if(data217.depersonalizedAnalytics !== undefined){
let data285 = data217.depersonalizedAnalytics;
if(typeof data285 !== "boolean"){
const err844 = {instancePath:instancePath+"/personalData/depersonalizedAnalytics",schemaPath:"#/properties/personalData/properties/depersonalizedAnalytics/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.personalData.properties.depersonalizedAnalytics.type,parentSchema:schema31.properties.personalData.properties.depersonalizedAnalytics,data:data285};
if(vErrors === null){
vErrors = [err844];
}
else {
vErrors.push(err844);
}
errors++;
}
}
if(data217.notCollected !== undefined){
let data286 = data217.notCollected;
if(Array.isArray(data286)){
if(data286.length < 1){
const err845 = {instancePath:instancePath+"/personalData/notCollected",schemaPath:"#/properties/personalData/properties/notCollected/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.personalData.properties.notCollected,data:data286};
if(vErrors === null){
vErrors = [err845];
}
else {
vErrors.push(err845);
}
errors++;
}
const len44 = data286.length;
for(let i76=0; i76<len44; i76++){
let data287 = data286[i76];
if(typeof data287 !== "string"){
const err846 = {instancePath:instancePath+"/personalData/notCollected/" + i76,schemaPath:"#/properties/personalData/properties/notCollected/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.personalData.properties.notCollected.items.type,parentSchema:schema31.properties.personalData.properties.notCollected.items,data:data287};
if(vErrors === null){
vErrors = [err846];
}
else {
vErrors.push(err846);
}
errors++;
}
if(!(((((((data287 === "health") || (data287 === "biometric")) || (data287 === "payment-cards")) || (data287 === "bank-accounts")) || (data287 === "identity-document-copies")) || (data287 === "precise-location")) || (data287 === "children"))){
const err847 = {instancePath:instancePath+"/personalData/notCollected/" + i76,schemaPath:"#/properties/personalData/properties/notCollected/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.personalData.properties.notCollected.items.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.personalData.properties.notCollected.items.enum,parentSchema:schema31.properties.personalData.properties.notCollected.items,data:data287};
if(vErrors === null){
vErrors = [err847];
}
else {
vErrors.push(err847);
}
errors++;
}
}
let i77 = data286.length;
let j32;
if(i77 > 1){
const indices6 = {};
for(;i77--;){
let item6 = data286[i77];
if(typeof item6 !== "string"){
continue;
}
if(typeof indices6[item6] == "number"){
j32 = indices6[item6];
const err848 = {instancePath:instancePath+"/personalData/notCollected",schemaPath:"#/properties/personalData/properties/notCollected/uniqueItems",keyword:"uniqueItems",params:{i: i77, j: j32},message:"must NOT have duplicate items (items ## "+j32+" and "+i77+" are identical)",schema:true,parentSchema:schema31.properties.personalData.properties.notCollected,data:data286};
if(vErrors === null){
vErrors = [err848];
}
else {
vErrors.push(err848);
}
errors++;
break;
}
indices6[item6] = i77;
}
}
}
else {
const err849 = {instancePath:instancePath+"/personalData/notCollected",schemaPath:"#/properties/personalData/properties/notCollected/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.personalData.properties.notCollected.type,parentSchema:schema31.properties.personalData.properties.notCollected,data:data286};
if(vErrors === null){
vErrors = [err849];
}
else {
vErrors.push(err849);
}
errors++;
}
}
}
else {
const err850 = {instancePath:instancePath+"/personalData",schemaPath:"#/properties/personalData/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.personalData.type,parentSchema:schema31.properties.personalData,data:data217};
if(vErrors === null){
vErrors = [err850];
}
else {
vErrors.push(err850);
}
errors++;
}
}
if(data.gdpr !== undefined){
let data288 = data.gdpr;
if(data288 && typeof data288 == "object" && !Array.isArray(data288)){
if(data288.applies === undefined){
const err851 = {instancePath:instancePath+"/gdpr",schemaPath:"#/properties/gdpr/required",keyword:"required",params:{missingProperty: "applies"},message:"must have required property '"+"applies"+"'",schema:schema31.properties.gdpr.required,parentSchema:schema31.properties.gdpr,data:data288};
if(vErrors === null){
vErrors = [err851];
}
else {
vErrors.push(err851);
}
errors++;
}
for(const key63 in data288){
if(!((((key63 === "applies") || (key63 === "priorConsent")) || (key63 === "transferMechanism")) || (key63 === "representative"))){
const err852 = {instancePath:instancePath+"/gdpr",schemaPath:"#/properties/gdpr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key63},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.gdpr,data:data288};
if(vErrors === null){
vErrors = [err852];
}
else {
vErrors.push(err852);
}
errors++;
}
}
if(data288.applies !== undefined){
let data289 = data288.applies;
if(typeof data289 !== "boolean"){
const err853 = {instancePath:instancePath+"/gdpr/applies",schemaPath:"#/properties/gdpr/properties/applies/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.gdpr.properties.applies.type,parentSchema:schema31.properties.gdpr.properties.applies,data:data289};
if(vErrors === null){
vErrors = [err853];
}
else {
vErrors.push(err853);
}
errors++;
}
}
if(data288.priorConsent !== undefined){
let data290 = data288.priorConsent;
if(typeof data290 !== "boolean"){
const err854 = {instancePath:instancePath+"/gdpr/priorConsent",schemaPath:"#/properties/gdpr/properties/priorConsent/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.gdpr.properties.priorConsent.type,parentSchema:schema31.properties.gdpr.properties.priorConsent,data:data290};
if(vErrors === null){
vErrors = [err854];
}
else {
vErrors.push(err854);
}
errors++;
}
}
if(data288.transferMechanism !== undefined){
let data291 = data288.transferMechanism;
if(Array.isArray(data291)){
if(data291.length < 1){
const err855 = {instancePath:instancePath+"/gdpr/transferMechanism",schemaPath:"#/properties/gdpr/properties/transferMechanism/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.gdpr.properties.transferMechanism,data:data291};
if(vErrors === null){
vErrors = [err855];
}
else {
vErrors.push(err855);
}
errors++;
}
const len45 = data291.length;
for(let i78=0; i78<len45; i78++){
let data292 = data291[i78];
if(typeof data292 !== "string"){
const err856 = {instancePath:instancePath+"/gdpr/transferMechanism/" + i78,schemaPath:"#/$defs/gdprMechanism/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema131.type,parentSchema:schema131,data:data292};
if(vErrors === null){
vErrors = [err856];
}
else {
vErrors.push(err856);
}
errors++;
}
if(!((((data292 === "adequacy-decision") || (data292 === "standard-contractual-clauses")) || (data292 === "binding-corporate-rules")) || (data292 === "consent"))){
const err857 = {instancePath:instancePath+"/gdpr/transferMechanism/" + i78,schemaPath:"#/$defs/gdprMechanism/enum",keyword:"enum",params:{allowedValues: schema131.enum},message:"must be equal to one of the allowed values",schema:schema131.enum,parentSchema:schema131,data:data292};
if(vErrors === null){
vErrors = [err857];
}
else {
vErrors.push(err857);
}
errors++;
}
}
let i79 = data291.length;
let j33;
if(i79 > 1){
outer26:
for(;i79--;){
for(j33 = i79; j33--;){
if(func0(data291[i79], data291[j33])){
const err858 = {instancePath:instancePath+"/gdpr/transferMechanism",schemaPath:"#/properties/gdpr/properties/transferMechanism/uniqueItems",keyword:"uniqueItems",params:{i: i79, j: j33},message:"must NOT have duplicate items (items ## "+j33+" and "+i79+" are identical)",schema:true,parentSchema:schema31.properties.gdpr.properties.transferMechanism,data:data291};
if(vErrors === null){
vErrors = [err858];
}
else {
vErrors.push(err858);
}
errors++;
break outer26;
}
}
}
}
}
else {
const err859 = {instancePath:instancePath+"/gdpr/transferMechanism",schemaPath:"#/properties/gdpr/properties/transferMechanism/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.gdpr.properties.transferMechanism.type,parentSchema:schema31.properties.gdpr.properties.transferMechanism,data:data291};
if(vErrors === null){
vErrors = [err859];
}
else {
vErrors.push(err859);
}
errors++;
}
}
if(data288.representative !== undefined){
let data293 = data288.representative;
if(typeof data293 === "string"){
if(func2(data293) > 300){
const err860 = {instancePath:instancePath+"/gdpr/representative",schemaPath:"#/properties/gdpr/properties/representative/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema31.properties.gdpr.properties.representative,data:data293};
if(vErrors === null){
vErrors = [err860];
}
else {
vErrors.push(err860);
}
errors++;
}
if(func2(data293) < 1){
const err861 = {instancePath:instancePath+"/gdpr/representative",schemaPath:"#/properties/gdpr/properties/representative/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.gdpr.properties.representative,data:data293};
if(vErrors === null){
vErrors = [err861];
}
else {
vErrors.push(err861);
}
errors++;
}
if(!(formats0(data293))){
const err862 = {instancePath:instancePath+"/gdpr/representative",schemaPath:"#/properties/gdpr/properties/representative/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema31.properties.gdpr.properties.representative,data:data293};
if(vErrors === null){
vErrors = [err862];
}
else {
vErrors.push(err862);
}
errors++;
}
}
else {
const err863 = {instancePath:instancePath+"/gdpr/representative",schemaPath:"#/properties/gdpr/properties/representative/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.gdpr.properties.representative.type,parentSchema:schema31.properties.gdpr.properties.representative,data:data293};
if(vErrors === null){
vErrors = [err863];
}
else {
vErrors.push(err863);
}
errors++;
}
}
}
else {
const err864 = {instancePath:instancePath+"/gdpr",schemaPath:"#/properties/gdpr/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.gdpr.type,parentSchema:schema31.properties.gdpr,data:data288};
if(vErrors === null){
vErrors = [err864];
}
else {
vErrors.push(err864);
}
errors++;
}
}
if(data.customClauses !== undefined){
let data294 = data.customClauses;
if(data294 && typeof data294 == "object" && !Array.isArray(data294)){
for(const key64 in data294){
if(!((key64 === "cookiePolicy") || (key64 === "privacyPolicy"))){
const err865 = {instancePath:instancePath+"/customClauses",schemaPath:"#/properties/customClauses/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key64},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.customClauses,data:data294};
if(vErrors === null){
vErrors = [err865];
}
else {
vErrors.push(err865);
}
errors++;
}
}
if(data294.cookiePolicy !== undefined){
let data295 = data294.cookiePolicy;
if(Array.isArray(data295)){
const len46 = data295.length;
for(let i80=0; i80<len46; i80++){
let data296 = data295[i80];
if(data296 && typeof data296 == "object" && !Array.isArray(data296)){
if(data296.id === undefined){
const err866 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80,schemaPath:"#/properties/customClauses/properties/cookiePolicy/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.customClauses.properties.cookiePolicy.items.required,parentSchema:schema31.properties.customClauses.properties.cookiePolicy.items,data:data296};
if(vErrors === null){
vErrors = [err866];
}
else {
vErrors.push(err866);
}
errors++;
}
if(data296.placement === undefined){
const err867 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80,schemaPath:"#/properties/customClauses/properties/cookiePolicy/items/required",keyword:"required",params:{missingProperty: "placement"},message:"must have required property '"+"placement"+"'",schema:schema31.properties.customClauses.properties.cookiePolicy.items.required,parentSchema:schema31.properties.customClauses.properties.cookiePolicy.items,data:data296};
if(vErrors === null){
vErrors = [err867];
}
else {
vErrors.push(err867);
}
errors++;
}
if(data296.section === undefined){
const err868 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80,schemaPath:"#/properties/customClauses/properties/cookiePolicy/items/required",keyword:"required",params:{missingProperty: "section"},message:"must have required property '"+"section"+"'",schema:schema31.properties.customClauses.properties.cookiePolicy.items.required,parentSchema:schema31.properties.customClauses.properties.cookiePolicy.items,data:data296};
if(vErrors === null){
vErrors = [err868];
}
else {
vErrors.push(err868);
}
errors++;
}
if(data296.body === undefined){
const err869 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80,schemaPath:"#/properties/customClauses/properties/cookiePolicy/items/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schema31.properties.customClauses.properties.cookiePolicy.items.required,parentSchema:schema31.properties.customClauses.properties.cookiePolicy.items,data:data296};
if(vErrors === null){
vErrors = [err869];
}
else {
vErrors.push(err869);
}
errors++;
}
for(const key65 in data296){
if(!(((((key65 === "id") || (key65 === "placement")) || (key65 === "section")) || (key65 === "title")) || (key65 === "body"))){
const err870 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80,schemaPath:"#/properties/customClauses/properties/cookiePolicy/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key65},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.customClauses.properties.cookiePolicy.items,data:data296};
if(vErrors === null){
vErrors = [err870];
}
else {
vErrors.push(err870);
}
errors++;
}
}
if(data296.id !== undefined){
let data297 = data296.id;
if(typeof data297 === "string"){
if(func2(data297) > 64){
const err871 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/id",schemaPath:"#/properties/customClauses/properties/cookiePolicy/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31.properties.customClauses.properties.cookiePolicy.items.properties.id,data:data297};
if(vErrors === null){
vErrors = [err871];
}
else {
vErrors.push(err871);
}
errors++;
}
if(!pattern16.test(data297)){
const err872 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/id",schemaPath:"#/properties/customClauses/properties/cookiePolicy/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31.properties.customClauses.properties.cookiePolicy.items.properties.id,data:data297};
if(vErrors === null){
vErrors = [err872];
}
else {
vErrors.push(err872);
}
errors++;
}
}
else {
const err873 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/id",schemaPath:"#/properties/customClauses/properties/cookiePolicy/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.customClauses.properties.cookiePolicy.items.properties.id.type,parentSchema:schema31.properties.customClauses.properties.cookiePolicy.items.properties.id,data:data297};
if(vErrors === null){
vErrors = [err873];
}
else {
vErrors.push(err873);
}
errors++;
}
}
if(data296.placement !== undefined){
let data298 = data296.placement;
if(typeof data298 !== "string"){
const err874 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/placement",schemaPath:"#/properties/customClauses/properties/cookiePolicy/items/properties/placement/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.customClauses.properties.cookiePolicy.items.properties.placement.type,parentSchema:schema31.properties.customClauses.properties.cookiePolicy.items.properties.placement,data:data298};
if(vErrors === null){
vErrors = [err874];
}
else {
vErrors.push(err874);
}
errors++;
}
if(!(((data298 === "before") || (data298 === "after")) || (data298 === "replace"))){
const err875 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/placement",schemaPath:"#/properties/customClauses/properties/cookiePolicy/items/properties/placement/enum",keyword:"enum",params:{allowedValues: schema31.properties.customClauses.properties.cookiePolicy.items.properties.placement.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.customClauses.properties.cookiePolicy.items.properties.placement.enum,parentSchema:schema31.properties.customClauses.properties.cookiePolicy.items.properties.placement,data:data298};
if(vErrors === null){
vErrors = [err875];
}
else {
vErrors.push(err875);
}
errors++;
}
}
if(data296.section !== undefined){
let data299 = data296.section;
if(typeof data299 !== "string"){
const err876 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/section",schemaPath:"#/properties/customClauses/properties/cookiePolicy/items/properties/section/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.customClauses.properties.cookiePolicy.items.properties.section.type,parentSchema:schema31.properties.customClauses.properties.cookiePolicy.items.properties.section,data:data299};
if(vErrors === null){
vErrors = [err876];
}
else {
vErrors.push(err876);
}
errors++;
}
if(!((((((((((((((data299 === "introduction") || (data299 === "what-are-cookies")) || (data299 === "categories")) || (data299 === "cookie-table")) || (data299 === "collected-data")) || (data299 === "server-logs")) || (data299 === "consent")) || (data299 === "third-parties")) || (data299 === "retention")) || (data299 === "managing-cookies")) || (data299 === "security")) || (data299 === "gdpr")) || (data299 === "changes")) || (data299 === "contacts"))){
const err877 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/section",schemaPath:"#/properties/customClauses/properties/cookiePolicy/items/properties/section/enum",keyword:"enum",params:{allowedValues: schema31.properties.customClauses.properties.cookiePolicy.items.properties.section.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.customClauses.properties.cookiePolicy.items.properties.section.enum,parentSchema:schema31.properties.customClauses.properties.cookiePolicy.items.properties.section,data:data299};
if(vErrors === null){
vErrors = [err877];
}
else {
vErrors.push(err877);
}
errors++;
}
}
if(data296.title !== undefined){
let data300 = data296.title;
if(data300 && typeof data300 == "object" && !Array.isArray(data300)){
if(Object.keys(data300).length < 1){
const err878 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/title",schemaPath:"#/$defs/localizedLine/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data300};
if(vErrors === null){
vErrors = [err878];
}
else {
vErrors.push(err878);
}
errors++;
}
for(const key66 in data300){
if(!((key66 === "ru") || (key66 === "kk"))){
const err879 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/title",schemaPath:"#/$defs/localizedLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key66},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data300};
if(vErrors === null){
vErrors = [err879];
}
else {
vErrors.push(err879);
}
errors++;
}
}
if(data300.ru !== undefined){
let data301 = data300.ru;
if(typeof data301 === "string"){
if(func2(data301) > 300){
const err880 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/title/ru",schemaPath:"#/$defs/localizedLine/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.ru,data:data301};
if(vErrors === null){
vErrors = [err880];
}
else {
vErrors.push(err880);
}
errors++;
}
if(func2(data301) < 1){
const err881 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/title/ru",schemaPath:"#/$defs/localizedLine/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.ru,data:data301};
if(vErrors === null){
vErrors = [err881];
}
else {
vErrors.push(err881);
}
errors++;
}
if(!(formats0(data301))){
const err882 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/title/ru",schemaPath:"#/$defs/localizedLine/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.ru,data:data301};
if(vErrors === null){
vErrors = [err882];
}
else {
vErrors.push(err882);
}
errors++;
}
}
else {
const err883 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/title/ru",schemaPath:"#/$defs/localizedLine/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ru.type,parentSchema:schema32.properties.ru,data:data301};
if(vErrors === null){
vErrors = [err883];
}
else {
vErrors.push(err883);
}
errors++;
}
}
if(data300.kk !== undefined){
let data302 = data300.kk;
if(typeof data302 === "string"){
if(func2(data302) > 300){
const err884 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/title/kk",schemaPath:"#/$defs/localizedLine/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.kk,data:data302};
if(vErrors === null){
vErrors = [err884];
}
else {
vErrors.push(err884);
}
errors++;
}
if(func2(data302) < 1){
const err885 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/title/kk",schemaPath:"#/$defs/localizedLine/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.kk,data:data302};
if(vErrors === null){
vErrors = [err885];
}
else {
vErrors.push(err885);
}
errors++;
}
if(!(formats0(data302))){
const err886 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/title/kk",schemaPath:"#/$defs/localizedLine/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.kk,data:data302};
if(vErrors === null){
vErrors = [err886];
}
else {
vErrors.push(err886);
}
errors++;
}
}
else {
const err887 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/title/kk",schemaPath:"#/$defs/localizedLine/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.kk.type,parentSchema:schema32.properties.kk,data:data302};
if(vErrors === null){
vErrors = [err887];
}
else {
vErrors.push(err887);
}
errors++;
}
}
}
else {
const err888 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/title",schemaPath:"#/$defs/localizedLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data300};
if(vErrors === null){
vErrors = [err888];
}
else {
vErrors.push(err888);
}
errors++;
}
}
if(data296.body !== undefined){
let data303 = data296.body;
if(data303 && typeof data303 == "object" && !Array.isArray(data303)){
if(Object.keys(data303).length < 1){
const err889 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/body",schemaPath:"#/$defs/localizedBody/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema133,data:data303};
if(vErrors === null){
vErrors = [err889];
}
else {
vErrors.push(err889);
}
errors++;
}
for(const key67 in data303){
if(!((key67 === "ru") || (key67 === "kk"))){
const err890 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/body",schemaPath:"#/$defs/localizedBody/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key67},message:"must NOT have additional properties",schema:false,parentSchema:schema133,data:data303};
if(vErrors === null){
vErrors = [err890];
}
else {
vErrors.push(err890);
}
errors++;
}
}
if(data303.ru !== undefined){
let data304 = data303.ru;
if(typeof data304 === "string"){
if(func2(data304) > 20000){
const err891 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/body/ru",schemaPath:"#/$defs/localizedBody/properties/ru/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema133.properties.ru,data:data304};
if(vErrors === null){
vErrors = [err891];
}
else {
vErrors.push(err891);
}
errors++;
}
if(func2(data304) < 1){
const err892 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/body/ru",schemaPath:"#/$defs/localizedBody/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema133.properties.ru,data:data304};
if(vErrors === null){
vErrors = [err892];
}
else {
vErrors.push(err892);
}
errors++;
}
if(!(formats196(data304))){
const err893 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/body/ru",schemaPath:"#/$defs/localizedBody/properties/ru/format",keyword:"format",params:{format: "multiline-text"},message:"must match format \""+"multiline-text"+"\"",schema:"multiline-text",parentSchema:schema133.properties.ru,data:data304};
if(vErrors === null){
vErrors = [err893];
}
else {
vErrors.push(err893);
}
errors++;
}
}
else {
const err894 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/body/ru",schemaPath:"#/$defs/localizedBody/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema133.properties.ru.type,parentSchema:schema133.properties.ru,data:data304};
if(vErrors === null){
vErrors = [err894];
}
else {
vErrors.push(err894);
}
errors++;
}
}
if(data303.kk !== undefined){
let data305 = data303.kk;
if(typeof data305 === "string"){
if(func2(data305) > 20000){
const err895 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/body/kk",schemaPath:"#/$defs/localizedBody/properties/kk/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema133.properties.kk,data:data305};
if(vErrors === null){
vErrors = [err895];
}
else {
vErrors.push(err895);
}
errors++;
}
if(func2(data305) < 1){
const err896 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/body/kk",schemaPath:"#/$defs/localizedBody/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema133.properties.kk,data:data305};
if(vErrors === null){
vErrors = [err896];
}
else {
vErrors.push(err896);
}
errors++;
}
if(!(formats196(data305))){
const err897 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/body/kk",schemaPath:"#/$defs/localizedBody/properties/kk/format",keyword:"format",params:{format: "multiline-text"},message:"must match format \""+"multiline-text"+"\"",schema:"multiline-text",parentSchema:schema133.properties.kk,data:data305};
if(vErrors === null){
vErrors = [err897];
}
else {
vErrors.push(err897);
}
errors++;
}
}
else {
const err898 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/body/kk",schemaPath:"#/$defs/localizedBody/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema133.properties.kk.type,parentSchema:schema133.properties.kk,data:data305};
if(vErrors === null){
vErrors = [err898];
}
else {
vErrors.push(err898);
}
errors++;
}
}
}
else {
const err899 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80+"/body",schemaPath:"#/$defs/localizedBody/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema133.type,parentSchema:schema133,data:data303};
if(vErrors === null){
vErrors = [err899];
}
else {
vErrors.push(err899);
}
errors++;
}
}
}
else {
const err900 = {instancePath:instancePath+"/customClauses/cookiePolicy/" + i80,schemaPath:"#/properties/customClauses/properties/cookiePolicy/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.customClauses.properties.cookiePolicy.items.type,parentSchema:schema31.properties.customClauses.properties.cookiePolicy.items,data:data296};
if(vErrors === null){
vErrors = [err900];
}
else {
vErrors.push(err900);
}
errors++;
}
}
}
else {
const err901 = {instancePath:instancePath+"/customClauses/cookiePolicy",schemaPath:"#/properties/customClauses/properties/cookiePolicy/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.customClauses.properties.cookiePolicy.type,parentSchema:schema31.properties.customClauses.properties.cookiePolicy,data:data295};
if(vErrors === null){
vErrors = [err901];
}
else {
vErrors.push(err901);
}
errors++;
}
}
if(data294.privacyPolicy !== undefined){
let data306 = data294.privacyPolicy;
if(Array.isArray(data306)){
const len47 = data306.length;
for(let i81=0; i81<len47; i81++){
let data307 = data306[i81];
if(data307 && typeof data307 == "object" && !Array.isArray(data307)){
if(data307.id === undefined){
const err902 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81,schemaPath:"#/properties/customClauses/properties/privacyPolicy/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.customClauses.properties.privacyPolicy.items.required,parentSchema:schema31.properties.customClauses.properties.privacyPolicy.items,data:data307};
if(vErrors === null){
vErrors = [err902];
}
else {
vErrors.push(err902);
}
errors++;
}
if(data307.placement === undefined){
const err903 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81,schemaPath:"#/properties/customClauses/properties/privacyPolicy/items/required",keyword:"required",params:{missingProperty: "placement"},message:"must have required property '"+"placement"+"'",schema:schema31.properties.customClauses.properties.privacyPolicy.items.required,parentSchema:schema31.properties.customClauses.properties.privacyPolicy.items,data:data307};
if(vErrors === null){
vErrors = [err903];
}
else {
vErrors.push(err903);
}
errors++;
}
if(data307.section === undefined){
const err904 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81,schemaPath:"#/properties/customClauses/properties/privacyPolicy/items/required",keyword:"required",params:{missingProperty: "section"},message:"must have required property '"+"section"+"'",schema:schema31.properties.customClauses.properties.privacyPolicy.items.required,parentSchema:schema31.properties.customClauses.properties.privacyPolicy.items,data:data307};
if(vErrors === null){
vErrors = [err904];
}
else {
vErrors.push(err904);
}
errors++;
}
if(data307.body === undefined){
const err905 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81,schemaPath:"#/properties/customClauses/properties/privacyPolicy/items/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schema31.properties.customClauses.properties.privacyPolicy.items.required,parentSchema:schema31.properties.customClauses.properties.privacyPolicy.items,data:data307};
if(vErrors === null){
vErrors = [err905];
}
else {
vErrors.push(err905);
}
errors++;
}
for(const key68 in data307){
if(!(((((key68 === "id") || (key68 === "placement")) || (key68 === "section")) || (key68 === "title")) || (key68 === "body"))){
const err906 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81,schemaPath:"#/properties/customClauses/properties/privacyPolicy/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key68},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.customClauses.properties.privacyPolicy.items,data:data307};
if(vErrors === null){
vErrors = [err906];
}
else {
vErrors.push(err906);
}
errors++;
}
}
if(data307.id !== undefined){
let data308 = data307.id;
if(typeof data308 === "string"){
if(func2(data308) > 64){
const err907 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/id",schemaPath:"#/properties/customClauses/properties/privacyPolicy/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31.properties.customClauses.properties.privacyPolicy.items.properties.id,data:data308};
if(vErrors === null){
vErrors = [err907];
}
else {
vErrors.push(err907);
}
errors++;
}
if(!pattern16.test(data308)){
const err908 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/id",schemaPath:"#/properties/customClauses/properties/privacyPolicy/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema31.properties.customClauses.properties.privacyPolicy.items.properties.id,data:data308};
if(vErrors === null){
vErrors = [err908];
}
else {
vErrors.push(err908);
}
errors++;
}
}
else {
const err909 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/id",schemaPath:"#/properties/customClauses/properties/privacyPolicy/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.customClauses.properties.privacyPolicy.items.properties.id.type,parentSchema:schema31.properties.customClauses.properties.privacyPolicy.items.properties.id,data:data308};
if(vErrors === null){
vErrors = [err909];
}
else {
vErrors.push(err909);
}
errors++;
}
}
if(data307.placement !== undefined){
let data309 = data307.placement;
if(typeof data309 !== "string"){
const err910 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/placement",schemaPath:"#/properties/customClauses/properties/privacyPolicy/items/properties/placement/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.customClauses.properties.privacyPolicy.items.properties.placement.type,parentSchema:schema31.properties.customClauses.properties.privacyPolicy.items.properties.placement,data:data309};
if(vErrors === null){
vErrors = [err910];
}
else {
vErrors.push(err910);
}
errors++;
}
if(!(((data309 === "before") || (data309 === "after")) || (data309 === "replace"))){
const err911 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/placement",schemaPath:"#/properties/customClauses/properties/privacyPolicy/items/properties/placement/enum",keyword:"enum",params:{allowedValues: schema31.properties.customClauses.properties.privacyPolicy.items.properties.placement.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.customClauses.properties.privacyPolicy.items.properties.placement.enum,parentSchema:schema31.properties.customClauses.properties.privacyPolicy.items.properties.placement,data:data309};
if(vErrors === null){
vErrors = [err911];
}
else {
vErrors.push(err911);
}
errors++;
}
}
if(data307.section !== undefined){
let data310 = data307.section;
if(typeof data310 !== "string"){
const err912 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/section",schemaPath:"#/properties/customClauses/properties/privacyPolicy/items/properties/section/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.customClauses.properties.privacyPolicy.items.properties.section.type,parentSchema:schema31.properties.customClauses.properties.privacyPolicy.items.properties.section,data:data310};
if(vErrors === null){
vErrors = [err912];
}
else {
vErrors.push(err912);
}
errors++;
}
if(!((((((((((((((((((((data310 === "introduction") || (data310 === "operator")) || (data310 === "data-collected")) || (data310 === "purposes")) || (data310 === "retention")) || (data310 === "storage")) || (data310 === "recipients")) || (data310 === "cross-border")) || (data310 === "consent")) || (data310 === "rights")) || (data310 === "security")) || (data310 === "breach")) || (data310 === "minors")) || (data310 === "automated-decisions")) || (data310 === "marketing")) || (data310 === "cookies")) || (data310 === "device-permissions")) || (data310 === "authority")) || (data310 === "changes")) || (data310 === "contacts"))){
const err913 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/section",schemaPath:"#/properties/customClauses/properties/privacyPolicy/items/properties/section/enum",keyword:"enum",params:{allowedValues: schema31.properties.customClauses.properties.privacyPolicy.items.properties.section.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.customClauses.properties.privacyPolicy.items.properties.section.enum,parentSchema:schema31.properties.customClauses.properties.privacyPolicy.items.properties.section,data:data310};
if(vErrors === null){
vErrors = [err913];
}
else {
vErrors.push(err913);
}
errors++;
}
}
if(data307.title !== undefined){
let data311 = data307.title;
if(data311 && typeof data311 == "object" && !Array.isArray(data311)){
if(Object.keys(data311).length < 1){
const err914 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/title",schemaPath:"#/$defs/localizedLine/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data311};
if(vErrors === null){
vErrors = [err914];
}
else {
vErrors.push(err914);
}
errors++;
}
for(const key69 in data311){
if(!((key69 === "ru") || (key69 === "kk"))){
const err915 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/title",schemaPath:"#/$defs/localizedLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key69},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data311};
if(vErrors === null){
vErrors = [err915];
}
else {
vErrors.push(err915);
}
errors++;
}
}
if(data311.ru !== undefined){
let data312 = data311.ru;
if(typeof data312 === "string"){
if(func2(data312) > 300){
const err916 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/title/ru",schemaPath:"#/$defs/localizedLine/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.ru,data:data312};
if(vErrors === null){
vErrors = [err916];
}
else {
vErrors.push(err916);
}
errors++;
}
if(func2(data312) < 1){
const err917 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/title/ru",schemaPath:"#/$defs/localizedLine/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.ru,data:data312};
if(vErrors === null){
vErrors = [err917];
}
else {
vErrors.push(err917);
}
errors++;
}
if(!(formats0(data312))){
const err918 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/title/ru",schemaPath:"#/$defs/localizedLine/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.ru,data:data312};
if(vErrors === null){
vErrors = [err918];
}
else {
vErrors.push(err918);
}
errors++;
}
}
else {
const err919 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/title/ru",schemaPath:"#/$defs/localizedLine/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ru.type,parentSchema:schema32.properties.ru,data:data312};
if(vErrors === null){
vErrors = [err919];
}
else {
vErrors.push(err919);
}
errors++;
}
}
if(data311.kk !== undefined){
let data313 = data311.kk;
if(typeof data313 === "string"){
if(func2(data313) > 300){
const err920 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/title/kk",schemaPath:"#/$defs/localizedLine/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.kk,data:data313};
if(vErrors === null){
vErrors = [err920];
}
else {
vErrors.push(err920);
}
errors++;
}
if(func2(data313) < 1){
const err921 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/title/kk",schemaPath:"#/$defs/localizedLine/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.kk,data:data313};
if(vErrors === null){
vErrors = [err921];
}
else {
vErrors.push(err921);
}
errors++;
}
if(!(formats0(data313))){
const err922 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/title/kk",schemaPath:"#/$defs/localizedLine/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.kk,data:data313};
if(vErrors === null){
vErrors = [err922];
}
else {
vErrors.push(err922);
}
errors++;
}
}
else {
const err923 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/title/kk",schemaPath:"#/$defs/localizedLine/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.kk.type,parentSchema:schema32.properties.kk,data:data313};
if(vErrors === null){
vErrors = [err923];
}
else {
vErrors.push(err923);
}
errors++;
}
}
}
else {
const err924 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/title",schemaPath:"#/$defs/localizedLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data311};
if(vErrors === null){
vErrors = [err924];
}
else {
vErrors.push(err924);
}
errors++;
}
}
if(data307.body !== undefined){
let data314 = data307.body;
if(data314 && typeof data314 == "object" && !Array.isArray(data314)){
if(Object.keys(data314).length < 1){
const err925 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/body",schemaPath:"#/$defs/localizedBody/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema133,data:data314};
if(vErrors === null){
vErrors = [err925];
}
else {
vErrors.push(err925);
}
errors++;
}
for(const key70 in data314){
if(!((key70 === "ru") || (key70 === "kk"))){
const err926 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/body",schemaPath:"#/$defs/localizedBody/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key70},message:"must NOT have additional properties",schema:false,parentSchema:schema133,data:data314};
if(vErrors === null){
vErrors = [err926];
}
else {
vErrors.push(err926);
}
errors++;
}
}
if(data314.ru !== undefined){
let data315 = data314.ru;
if(typeof data315 === "string"){
if(func2(data315) > 20000){
const err927 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/body/ru",schemaPath:"#/$defs/localizedBody/properties/ru/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema133.properties.ru,data:data315};
if(vErrors === null){
vErrors = [err927];
}
else {
vErrors.push(err927);
}
errors++;
}
if(func2(data315) < 1){
const err928 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/body/ru",schemaPath:"#/$defs/localizedBody/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema133.properties.ru,data:data315};
if(vErrors === null){
vErrors = [err928];
}
else {
vErrors.push(err928);
}
errors++;
}
if(!(formats196(data315))){
const err929 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/body/ru",schemaPath:"#/$defs/localizedBody/properties/ru/format",keyword:"format",params:{format: "multiline-text"},message:"must match format \""+"multiline-text"+"\"",schema:"multiline-text",parentSchema:schema133.properties.ru,data:data315};
if(vErrors === null){
vErrors = [err929];
}
else {
vErrors.push(err929);
}
errors++;
}
}
else {
const err930 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/body/ru",schemaPath:"#/$defs/localizedBody/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema133.properties.ru.type,parentSchema:schema133.properties.ru,data:data315};
if(vErrors === null){
vErrors = [err930];
}
else {
vErrors.push(err930);
}
errors++;
}
}
if(data314.kk !== undefined){
let data316 = data314.kk;
if(typeof data316 === "string"){
if(func2(data316) > 20000){
const err931 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/body/kk",schemaPath:"#/$defs/localizedBody/properties/kk/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema133.properties.kk,data:data316};
if(vErrors === null){
vErrors = [err931];
}
else {
vErrors.push(err931);
}
errors++;
}
if(func2(data316) < 1){
const err932 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/body/kk",schemaPath:"#/$defs/localizedBody/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema133.properties.kk,data:data316};
if(vErrors === null){
vErrors = [err932];
}
else {
vErrors.push(err932);
}
errors++;
}
if(!(formats196(data316))){
const err933 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/body/kk",schemaPath:"#/$defs/localizedBody/properties/kk/format",keyword:"format",params:{format: "multiline-text"},message:"must match format \""+"multiline-text"+"\"",schema:"multiline-text",parentSchema:schema133.properties.kk,data:data316};
if(vErrors === null){
vErrors = [err933];
}
else {
vErrors.push(err933);
}
errors++;
}
}
else {
const err934 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/body/kk",schemaPath:"#/$defs/localizedBody/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema133.properties.kk.type,parentSchema:schema133.properties.kk,data:data316};
if(vErrors === null){
vErrors = [err934];
}
else {
vErrors.push(err934);
}
errors++;
}
}
}
else {
const err935 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81+"/body",schemaPath:"#/$defs/localizedBody/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema133.type,parentSchema:schema133,data:data314};
if(vErrors === null){
vErrors = [err935];
}
else {
vErrors.push(err935);
}
errors++;
}
}
}
else {
const err936 = {instancePath:instancePath+"/customClauses/privacyPolicy/" + i81,schemaPath:"#/properties/customClauses/properties/privacyPolicy/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.customClauses.properties.privacyPolicy.items.type,parentSchema:schema31.properties.customClauses.properties.privacyPolicy.items,data:data307};
if(vErrors === null){
vErrors = [err936];
}
else {
vErrors.push(err936);
}
errors++;
}
}
}
else {
const err937 = {instancePath:instancePath+"/customClauses/privacyPolicy",schemaPath:"#/properties/customClauses/properties/privacyPolicy/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.customClauses.properties.privacyPolicy.type,parentSchema:schema31.properties.customClauses.properties.privacyPolicy,data:data306};
if(vErrors === null){
vErrors = [err937];
}
else {
vErrors.push(err937);
}
errors++;
}
}
}
else {
const err938 = {instancePath:instancePath+"/customClauses",schemaPath:"#/properties/customClauses/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.customClauses.type,parentSchema:schema31.properties.customClauses,data:data294};
if(vErrors === null){
vErrors = [err938];
}
else {
vErrors.push(err938);
}
errors++;
}
}
if(data.vocabulary !== undefined){
let data317 = data.vocabulary;
if(data317 && typeof data317 == "object" && !Array.isArray(data317)){
if(Object.keys(data317).length < 1){
const err939 = {instancePath:instancePath+"/vocabulary",schemaPath:"#/properties/vocabulary/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31.properties.vocabulary,data:data317};
if(vErrors === null){
vErrors = [err939];
}
else {
vErrors.push(err939);
}
errors++;
}
for(const key71 in data317){
if(!(((((((key71 === "dataItem") || (key71 === "dataCategory")) || (key71 === "dataSource")) || (key71 === "processingPurpose")) || (key71 === "securityMeasure")) || (key71 === "right")) || (key71 === "recipientKind"))){
const err940 = {instancePath:instancePath+"/vocabulary",schemaPath:"#/properties/vocabulary/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key71},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.vocabulary,data:data317};
if(vErrors === null){
vErrors = [err940];
}
else {
vErrors.push(err940);
}
errors++;
}
}
if(data317.dataItem !== undefined){
let data318 = data317.dataItem;
if(data318 && typeof data318 == "object" && !Array.isArray(data318)){
if(Object.keys(data318).length < 1){
const err941 = {instancePath:instancePath+"/vocabulary/dataItem",schemaPath:"#/properties/vocabulary/properties/dataItem/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31.properties.vocabulary.properties.dataItem,data:data318};
if(vErrors === null){
vErrors = [err941];
}
else {
vErrors.push(err941);
}
errors++;
}
for(const key72 in data318){
const _errs795 = errors;
if(typeof key72 === "string"){
if(func2(key72) > 64){
const err942 = {instancePath:instancePath+"/vocabulary/dataItem",schemaPath:"#/$defs/customTerm/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema93,data:key72,propertyName:key72};
if(vErrors === null){
vErrors = [err942];
}
else {
vErrors.push(err942);
}
errors++;
}
if(!pattern16.test(key72)){
const err943 = {instancePath:instancePath+"/vocabulary/dataItem",schemaPath:"#/$defs/customTerm/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema93,data:key72,propertyName:key72};
if(vErrors === null){
vErrors = [err943];
}
else {
vErrors.push(err943);
}
errors++;
}
}
else {
const err944 = {instancePath:instancePath+"/vocabulary/dataItem",schemaPath:"#/$defs/customTerm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.type,parentSchema:schema93,data:key72,propertyName:key72};
if(vErrors === null){
vErrors = [err944];
}
else {
vErrors.push(err944);
}
errors++;
}
var valid297 = _errs795 === errors;
if(!valid297){
const err945 = {instancePath:instancePath+"/vocabulary/dataItem",schemaPath:"#/properties/vocabulary/properties/dataItem/propertyNames",keyword:"propertyNames",params:{propertyName: key72},message:"property name must be valid",schema:schema31.properties.vocabulary.properties.dataItem.propertyNames,parentSchema:schema31.properties.vocabulary.properties.dataItem,data:data318};
if(vErrors === null){
vErrors = [err945];
}
else {
vErrors.push(err945);
}
errors++;
}
}
for(const key73 in data318){
let data319 = data318[key73];
if(data319 && typeof data319 == "object" && !Array.isArray(data319)){
if(Object.keys(data319).length < 1){
const err946 = {instancePath:instancePath+"/vocabulary/dataItem/" + key73.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/localizedLine/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data319};
if(vErrors === null){
vErrors = [err946];
}
else {
vErrors.push(err946);
}
errors++;
}
for(const key74 in data319){
if(!((key74 === "ru") || (key74 === "kk"))){
const err947 = {instancePath:instancePath+"/vocabulary/dataItem/" + key73.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/localizedLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key74},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data319};
if(vErrors === null){
vErrors = [err947];
}
else {
vErrors.push(err947);
}
errors++;
}
}
if(data319.ru !== undefined){
let data320 = data319.ru;
if(typeof data320 === "string"){
if(func2(data320) > 300){
const err948 = {instancePath:instancePath+"/vocabulary/dataItem/" + key73.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.ru,data:data320};
if(vErrors === null){
vErrors = [err948];
}
else {
vErrors.push(err948);
}
errors++;
}
if(func2(data320) < 1){
const err949 = {instancePath:instancePath+"/vocabulary/dataItem/" + key73.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.ru,data:data320};
if(vErrors === null){
vErrors = [err949];
}
else {
vErrors.push(err949);
}
errors++;
}
if(!(formats0(data320))){
const err950 = {instancePath:instancePath+"/vocabulary/dataItem/" + key73.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.ru,data:data320};
if(vErrors === null){
vErrors = [err950];
}
else {
vErrors.push(err950);
}
errors++;
}
}
else {
const err951 = {instancePath:instancePath+"/vocabulary/dataItem/" + key73.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ru.type,parentSchema:schema32.properties.ru,data:data320};
if(vErrors === null){
vErrors = [err951];
}
else {
vErrors.push(err951);
}
errors++;
}
}
if(data319.kk !== undefined){
let data321 = data319.kk;
if(typeof data321 === "string"){
if(func2(data321) > 300){
const err952 = {instancePath:instancePath+"/vocabulary/dataItem/" + key73.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.kk,data:data321};
if(vErrors === null){
vErrors = [err952];
}
else {
vErrors.push(err952);
}
errors++;
}
if(func2(data321) < 1){
const err953 = {instancePath:instancePath+"/vocabulary/dataItem/" + key73.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.kk,data:data321};
if(vErrors === null){
vErrors = [err953];
}
else {
vErrors.push(err953);
}
errors++;
}
if(!(formats0(data321))){
const err954 = {instancePath:instancePath+"/vocabulary/dataItem/" + key73.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.kk,data:data321};
if(vErrors === null){
vErrors = [err954];
}
else {
vErrors.push(err954);
}
errors++;
}
}
else {
const err955 = {instancePath:instancePath+"/vocabulary/dataItem/" + key73.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.kk.type,parentSchema:schema32.properties.kk,data:data321};
if(vErrors === null){
vErrors = [err955];
}
else {
vErrors.push(err955);
}
errors++;
}
}
}
else {
const err956 = {instancePath:instancePath+"/vocabulary/dataItem/" + key73.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/localizedLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data319};
if(vErrors === null){
vErrors = [err956];
}
else {
vErrors.push(err956);
}
errors++;
}
}
}
else {
const err957 = {instancePath:instancePath+"/vocabulary/dataItem",schemaPath:"#/properties/vocabulary/properties/dataItem/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.vocabulary.properties.dataItem.type,parentSchema:schema31.properties.vocabulary.properties.dataItem,data:data318};
if(vErrors === null){
vErrors = [err957];
}
else {
vErrors.push(err957);
}
errors++;
}
}
if(data317.dataCategory !== undefined){
let data322 = data317.dataCategory;
if(data322 && typeof data322 == "object" && !Array.isArray(data322)){
if(Object.keys(data322).length < 1){
const err958 = {instancePath:instancePath+"/vocabulary/dataCategory",schemaPath:"#/properties/vocabulary/properties/dataCategory/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31.properties.vocabulary.properties.dataCategory,data:data322};
if(vErrors === null){
vErrors = [err958];
}
else {
vErrors.push(err958);
}
errors++;
}
for(const key75 in data322){
const _errs809 = errors;
if(typeof key75 === "string"){
if(func2(key75) > 64){
const err959 = {instancePath:instancePath+"/vocabulary/dataCategory",schemaPath:"#/$defs/customTerm/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema93,data:key75,propertyName:key75};
if(vErrors === null){
vErrors = [err959];
}
else {
vErrors.push(err959);
}
errors++;
}
if(!pattern16.test(key75)){
const err960 = {instancePath:instancePath+"/vocabulary/dataCategory",schemaPath:"#/$defs/customTerm/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema93,data:key75,propertyName:key75};
if(vErrors === null){
vErrors = [err960];
}
else {
vErrors.push(err960);
}
errors++;
}
}
else {
const err961 = {instancePath:instancePath+"/vocabulary/dataCategory",schemaPath:"#/$defs/customTerm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.type,parentSchema:schema93,data:key75,propertyName:key75};
if(vErrors === null){
vErrors = [err961];
}
else {
vErrors.push(err961);
}
errors++;
}
var valid302 = _errs809 === errors;
if(!valid302){
const err962 = {instancePath:instancePath+"/vocabulary/dataCategory",schemaPath:"#/properties/vocabulary/properties/dataCategory/propertyNames",keyword:"propertyNames",params:{propertyName: key75},message:"property name must be valid",schema:schema31.properties.vocabulary.properties.dataCategory.propertyNames,parentSchema:schema31.properties.vocabulary.properties.dataCategory,data:data322};
if(vErrors === null){
vErrors = [err962];
}
else {
vErrors.push(err962);
}
errors++;
}
}
for(const key76 in data322){
let data323 = data322[key76];
if(data323 && typeof data323 == "object" && !Array.isArray(data323)){
if(Object.keys(data323).length < 1){
const err963 = {instancePath:instancePath+"/vocabulary/dataCategory/" + key76.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/localizedLine/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data323};
if(vErrors === null){
vErrors = [err963];
}
else {
vErrors.push(err963);
}
errors++;
}
for(const key77 in data323){
if(!((key77 === "ru") || (key77 === "kk"))){
const err964 = {instancePath:instancePath+"/vocabulary/dataCategory/" + key76.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/localizedLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key77},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data323};
if(vErrors === null){
vErrors = [err964];
}
else {
vErrors.push(err964);
}
errors++;
}
}
if(data323.ru !== undefined){
let data324 = data323.ru;
if(typeof data324 === "string"){
if(func2(data324) > 300){
const err965 = {instancePath:instancePath+"/vocabulary/dataCategory/" + key76.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.ru,data:data324};
if(vErrors === null){
vErrors = [err965];
}
else {
vErrors.push(err965);
}
errors++;
}
if(func2(data324) < 1){
const err966 = {instancePath:instancePath+"/vocabulary/dataCategory/" + key76.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.ru,data:data324};
if(vErrors === null){
vErrors = [err966];
}
else {
vErrors.push(err966);
}
errors++;
}
if(!(formats0(data324))){
const err967 = {instancePath:instancePath+"/vocabulary/dataCategory/" + key76.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.ru,data:data324};
if(vErrors === null){
vErrors = [err967];
}
else {
vErrors.push(err967);
}
errors++;
}
}
else {
const err968 = {instancePath:instancePath+"/vocabulary/dataCategory/" + key76.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ru.type,parentSchema:schema32.properties.ru,data:data324};
if(vErrors === null){
vErrors = [err968];
}
else {
vErrors.push(err968);
}
errors++;
}
}
if(data323.kk !== undefined){
let data325 = data323.kk;
if(typeof data325 === "string"){
if(func2(data325) > 300){
const err969 = {instancePath:instancePath+"/vocabulary/dataCategory/" + key76.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.kk,data:data325};
if(vErrors === null){
vErrors = [err969];
}
else {
vErrors.push(err969);
}
errors++;
}
if(func2(data325) < 1){
const err970 = {instancePath:instancePath+"/vocabulary/dataCategory/" + key76.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.kk,data:data325};
if(vErrors === null){
vErrors = [err970];
}
else {
vErrors.push(err970);
}
errors++;
}
if(!(formats0(data325))){
const err971 = {instancePath:instancePath+"/vocabulary/dataCategory/" + key76.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.kk,data:data325};
if(vErrors === null){
vErrors = [err971];
}
else {
vErrors.push(err971);
}
errors++;
}
}
else {
const err972 = {instancePath:instancePath+"/vocabulary/dataCategory/" + key76.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.kk.type,parentSchema:schema32.properties.kk,data:data325};
if(vErrors === null){
vErrors = [err972];
}
else {
vErrors.push(err972);
}
errors++;
}
}
}
else {
const err973 = {instancePath:instancePath+"/vocabulary/dataCategory/" + key76.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/localizedLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data323};
if(vErrors === null){
vErrors = [err973];
}
else {
vErrors.push(err973);
}
errors++;
}
}
}
else {
const err974 = {instancePath:instancePath+"/vocabulary/dataCategory",schemaPath:"#/properties/vocabulary/properties/dataCategory/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.vocabulary.properties.dataCategory.type,parentSchema:schema31.properties.vocabulary.properties.dataCategory,data:data322};
if(vErrors === null){
vErrors = [err974];
}
else {
vErrors.push(err974);
}
errors++;
}
}
if(data317.dataSource !== undefined){
let data326 = data317.dataSource;
if(data326 && typeof data326 == "object" && !Array.isArray(data326)){
if(Object.keys(data326).length < 1){
const err975 = {instancePath:instancePath+"/vocabulary/dataSource",schemaPath:"#/properties/vocabulary/properties/dataSource/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31.properties.vocabulary.properties.dataSource,data:data326};
if(vErrors === null){
vErrors = [err975];
}
else {
vErrors.push(err975);
}
errors++;
}
for(const key78 in data326){
const _errs823 = errors;
if(typeof key78 === "string"){
if(func2(key78) > 64){
const err976 = {instancePath:instancePath+"/vocabulary/dataSource",schemaPath:"#/$defs/customTerm/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema93,data:key78,propertyName:key78};
if(vErrors === null){
vErrors = [err976];
}
else {
vErrors.push(err976);
}
errors++;
}
if(!pattern16.test(key78)){
const err977 = {instancePath:instancePath+"/vocabulary/dataSource",schemaPath:"#/$defs/customTerm/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema93,data:key78,propertyName:key78};
if(vErrors === null){
vErrors = [err977];
}
else {
vErrors.push(err977);
}
errors++;
}
}
else {
const err978 = {instancePath:instancePath+"/vocabulary/dataSource",schemaPath:"#/$defs/customTerm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.type,parentSchema:schema93,data:key78,propertyName:key78};
if(vErrors === null){
vErrors = [err978];
}
else {
vErrors.push(err978);
}
errors++;
}
var valid307 = _errs823 === errors;
if(!valid307){
const err979 = {instancePath:instancePath+"/vocabulary/dataSource",schemaPath:"#/properties/vocabulary/properties/dataSource/propertyNames",keyword:"propertyNames",params:{propertyName: key78},message:"property name must be valid",schema:schema31.properties.vocabulary.properties.dataSource.propertyNames,parentSchema:schema31.properties.vocabulary.properties.dataSource,data:data326};
if(vErrors === null){
vErrors = [err979];
}
else {
vErrors.push(err979);
}
errors++;
}
}
for(const key79 in data326){
let data327 = data326[key79];
if(data327 && typeof data327 == "object" && !Array.isArray(data327)){
if(Object.keys(data327).length < 1){
const err980 = {instancePath:instancePath+"/vocabulary/dataSource/" + key79.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/localizedLine/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data327};
if(vErrors === null){
vErrors = [err980];
}
else {
vErrors.push(err980);
}
errors++;
}
for(const key80 in data327){
if(!((key80 === "ru") || (key80 === "kk"))){
const err981 = {instancePath:instancePath+"/vocabulary/dataSource/" + key79.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/localizedLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key80},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data327};
if(vErrors === null){
vErrors = [err981];
}
else {
vErrors.push(err981);
}
errors++;
}
}
if(data327.ru !== undefined){
let data328 = data327.ru;
if(typeof data328 === "string"){
if(func2(data328) > 300){
const err982 = {instancePath:instancePath+"/vocabulary/dataSource/" + key79.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.ru,data:data328};
if(vErrors === null){
vErrors = [err982];
}
else {
vErrors.push(err982);
}
errors++;
}
if(func2(data328) < 1){
const err983 = {instancePath:instancePath+"/vocabulary/dataSource/" + key79.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.ru,data:data328};
if(vErrors === null){
vErrors = [err983];
}
else {
vErrors.push(err983);
}
errors++;
}
if(!(formats0(data328))){
const err984 = {instancePath:instancePath+"/vocabulary/dataSource/" + key79.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.ru,data:data328};
if(vErrors === null){
vErrors = [err984];
}
else {
vErrors.push(err984);
}
errors++;
}
}
else {
const err985 = {instancePath:instancePath+"/vocabulary/dataSource/" + key79.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ru.type,parentSchema:schema32.properties.ru,data:data328};
if(vErrors === null){
vErrors = [err985];
}
else {
vErrors.push(err985);
}
errors++;
}
}
if(data327.kk !== undefined){
let data329 = data327.kk;
if(typeof data329 === "string"){
if(func2(data329) > 300){
const err986 = {instancePath:instancePath+"/vocabulary/dataSource/" + key79.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.kk,data:data329};
if(vErrors === null){
vErrors = [err986];
}
else {
vErrors.push(err986);
}
errors++;
}
if(func2(data329) < 1){
const err987 = {instancePath:instancePath+"/vocabulary/dataSource/" + key79.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.kk,data:data329};
if(vErrors === null){
vErrors = [err987];
}
else {
vErrors.push(err987);
}
errors++;
}
if(!(formats0(data329))){
const err988 = {instancePath:instancePath+"/vocabulary/dataSource/" + key79.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.kk,data:data329};
if(vErrors === null){
vErrors = [err988];
}
else {
vErrors.push(err988);
}
errors++;
}
}
else {
const err989 = {instancePath:instancePath+"/vocabulary/dataSource/" + key79.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.kk.type,parentSchema:schema32.properties.kk,data:data329};
if(vErrors === null){
vErrors = [err989];
}
else {
vErrors.push(err989);
}
errors++;
}
}
}
else {
const err990 = {instancePath:instancePath+"/vocabulary/dataSource/" + key79.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/localizedLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data327};
if(vErrors === null){
vErrors = [err990];
}
else {
vErrors.push(err990);
}
errors++;
}
}
}
else {
const err991 = {instancePath:instancePath+"/vocabulary/dataSource",schemaPath:"#/properties/vocabulary/properties/dataSource/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.vocabulary.properties.dataSource.type,parentSchema:schema31.properties.vocabulary.properties.dataSource,data:data326};
if(vErrors === null){
vErrors = [err991];
}
else {
vErrors.push(err991);
}
errors++;
}
}
if(data317.processingPurpose !== undefined){
let data330 = data317.processingPurpose;
if(data330 && typeof data330 == "object" && !Array.isArray(data330)){
if(Object.keys(data330).length < 1){
const err992 = {instancePath:instancePath+"/vocabulary/processingPurpose",schemaPath:"#/properties/vocabulary/properties/processingPurpose/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31.properties.vocabulary.properties.processingPurpose,data:data330};
if(vErrors === null){
vErrors = [err992];
}
else {
vErrors.push(err992);
}
errors++;
}
for(const key81 in data330){
const _errs837 = errors;
if(typeof key81 === "string"){
if(func2(key81) > 64){
const err993 = {instancePath:instancePath+"/vocabulary/processingPurpose",schemaPath:"#/$defs/customTerm/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema93,data:key81,propertyName:key81};
if(vErrors === null){
vErrors = [err993];
}
else {
vErrors.push(err993);
}
errors++;
}
if(!pattern16.test(key81)){
const err994 = {instancePath:instancePath+"/vocabulary/processingPurpose",schemaPath:"#/$defs/customTerm/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema93,data:key81,propertyName:key81};
if(vErrors === null){
vErrors = [err994];
}
else {
vErrors.push(err994);
}
errors++;
}
}
else {
const err995 = {instancePath:instancePath+"/vocabulary/processingPurpose",schemaPath:"#/$defs/customTerm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.type,parentSchema:schema93,data:key81,propertyName:key81};
if(vErrors === null){
vErrors = [err995];
}
else {
vErrors.push(err995);
}
errors++;
}
var valid312 = _errs837 === errors;
if(!valid312){
const err996 = {instancePath:instancePath+"/vocabulary/processingPurpose",schemaPath:"#/properties/vocabulary/properties/processingPurpose/propertyNames",keyword:"propertyNames",params:{propertyName: key81},message:"property name must be valid",schema:schema31.properties.vocabulary.properties.processingPurpose.propertyNames,parentSchema:schema31.properties.vocabulary.properties.processingPurpose,data:data330};
if(vErrors === null){
vErrors = [err996];
}
else {
vErrors.push(err996);
}
errors++;
}
}
for(const key82 in data330){
let data331 = data330[key82];
if(data331 && typeof data331 == "object" && !Array.isArray(data331)){
if(Object.keys(data331).length < 1){
const err997 = {instancePath:instancePath+"/vocabulary/processingPurpose/" + key82.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/localizedLine/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data331};
if(vErrors === null){
vErrors = [err997];
}
else {
vErrors.push(err997);
}
errors++;
}
for(const key83 in data331){
if(!((key83 === "ru") || (key83 === "kk"))){
const err998 = {instancePath:instancePath+"/vocabulary/processingPurpose/" + key82.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/localizedLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key83},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data331};
if(vErrors === null){
vErrors = [err998];
}
else {
vErrors.push(err998);
}
errors++;
}
}
if(data331.ru !== undefined){
let data332 = data331.ru;
if(typeof data332 === "string"){
if(func2(data332) > 300){
const err999 = {instancePath:instancePath+"/vocabulary/processingPurpose/" + key82.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.ru,data:data332};
if(vErrors === null){
vErrors = [err999];
}
else {
vErrors.push(err999);
}
errors++;
}
if(func2(data332) < 1){
const err1000 = {instancePath:instancePath+"/vocabulary/processingPurpose/" + key82.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.ru,data:data332};
if(vErrors === null){
vErrors = [err1000];
}
else {
vErrors.push(err1000);
}
errors++;
}
if(!(formats0(data332))){
const err1001 = {instancePath:instancePath+"/vocabulary/processingPurpose/" + key82.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.ru,data:data332};
if(vErrors === null){
vErrors = [err1001];
}
else {
vErrors.push(err1001);
}
errors++;
}
}
else {
const err1002 = {instancePath:instancePath+"/vocabulary/processingPurpose/" + key82.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ru.type,parentSchema:schema32.properties.ru,data:data332};
if(vErrors === null){
vErrors = [err1002];
}
else {
vErrors.push(err1002);
}
errors++;
}
}
if(data331.kk !== undefined){
let data333 = data331.kk;
if(typeof data333 === "string"){
if(func2(data333) > 300){
const err1003 = {instancePath:instancePath+"/vocabulary/processingPurpose/" + key82.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.kk,data:data333};
if(vErrors === null){
vErrors = [err1003];
}
else {
vErrors.push(err1003);
}
errors++;
}
if(func2(data333) < 1){
const err1004 = {instancePath:instancePath+"/vocabulary/processingPurpose/" + key82.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.kk,data:data333};
if(vErrors === null){
vErrors = [err1004];
}
else {
vErrors.push(err1004);
}
errors++;
}
if(!(formats0(data333))){
const err1005 = {instancePath:instancePath+"/vocabulary/processingPurpose/" + key82.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.kk,data:data333};
if(vErrors === null){
vErrors = [err1005];
}
else {
vErrors.push(err1005);
}
errors++;
}
}
else {
const err1006 = {instancePath:instancePath+"/vocabulary/processingPurpose/" + key82.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.kk.type,parentSchema:schema32.properties.kk,data:data333};
if(vErrors === null){
vErrors = [err1006];
}
else {
vErrors.push(err1006);
}
errors++;
}
}
}
else {
const err1007 = {instancePath:instancePath+"/vocabulary/processingPurpose/" + key82.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/localizedLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data331};
if(vErrors === null){
vErrors = [err1007];
}
else {
vErrors.push(err1007);
}
errors++;
}
}
}
else {
const err1008 = {instancePath:instancePath+"/vocabulary/processingPurpose",schemaPath:"#/properties/vocabulary/properties/processingPurpose/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.vocabulary.properties.processingPurpose.type,parentSchema:schema31.properties.vocabulary.properties.processingPurpose,data:data330};
if(vErrors === null){
vErrors = [err1008];
}
else {
vErrors.push(err1008);
}
errors++;
}
}
if(data317.securityMeasure !== undefined){
let data334 = data317.securityMeasure;
if(data334 && typeof data334 == "object" && !Array.isArray(data334)){
if(Object.keys(data334).length < 1){
const err1009 = {instancePath:instancePath+"/vocabulary/securityMeasure",schemaPath:"#/properties/vocabulary/properties/securityMeasure/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31.properties.vocabulary.properties.securityMeasure,data:data334};
if(vErrors === null){
vErrors = [err1009];
}
else {
vErrors.push(err1009);
}
errors++;
}
for(const key84 in data334){
const _errs851 = errors;
if(typeof key84 === "string"){
if(func2(key84) > 64){
const err1010 = {instancePath:instancePath+"/vocabulary/securityMeasure",schemaPath:"#/$defs/customTerm/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema93,data:key84,propertyName:key84};
if(vErrors === null){
vErrors = [err1010];
}
else {
vErrors.push(err1010);
}
errors++;
}
if(!pattern16.test(key84)){
const err1011 = {instancePath:instancePath+"/vocabulary/securityMeasure",schemaPath:"#/$defs/customTerm/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema93,data:key84,propertyName:key84};
if(vErrors === null){
vErrors = [err1011];
}
else {
vErrors.push(err1011);
}
errors++;
}
}
else {
const err1012 = {instancePath:instancePath+"/vocabulary/securityMeasure",schemaPath:"#/$defs/customTerm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.type,parentSchema:schema93,data:key84,propertyName:key84};
if(vErrors === null){
vErrors = [err1012];
}
else {
vErrors.push(err1012);
}
errors++;
}
var valid317 = _errs851 === errors;
if(!valid317){
const err1013 = {instancePath:instancePath+"/vocabulary/securityMeasure",schemaPath:"#/properties/vocabulary/properties/securityMeasure/propertyNames",keyword:"propertyNames",params:{propertyName: key84},message:"property name must be valid",schema:schema31.properties.vocabulary.properties.securityMeasure.propertyNames,parentSchema:schema31.properties.vocabulary.properties.securityMeasure,data:data334};
if(vErrors === null){
vErrors = [err1013];
}
else {
vErrors.push(err1013);
}
errors++;
}
}
for(const key85 in data334){
let data335 = data334[key85];
if(data335 && typeof data335 == "object" && !Array.isArray(data335)){
if(Object.keys(data335).length < 1){
const err1014 = {instancePath:instancePath+"/vocabulary/securityMeasure/" + key85.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/localizedLine/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data335};
if(vErrors === null){
vErrors = [err1014];
}
else {
vErrors.push(err1014);
}
errors++;
}
for(const key86 in data335){
if(!((key86 === "ru") || (key86 === "kk"))){
const err1015 = {instancePath:instancePath+"/vocabulary/securityMeasure/" + key85.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/localizedLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key86},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data335};
if(vErrors === null){
vErrors = [err1015];
}
else {
vErrors.push(err1015);
}
errors++;
}
}
if(data335.ru !== undefined){
let data336 = data335.ru;
if(typeof data336 === "string"){
if(func2(data336) > 300){
const err1016 = {instancePath:instancePath+"/vocabulary/securityMeasure/" + key85.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.ru,data:data336};
if(vErrors === null){
vErrors = [err1016];
}
else {
vErrors.push(err1016);
}
errors++;
}
if(func2(data336) < 1){
const err1017 = {instancePath:instancePath+"/vocabulary/securityMeasure/" + key85.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.ru,data:data336};
if(vErrors === null){
vErrors = [err1017];
}
else {
vErrors.push(err1017);
}
errors++;
}
if(!(formats0(data336))){
const err1018 = {instancePath:instancePath+"/vocabulary/securityMeasure/" + key85.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.ru,data:data336};
if(vErrors === null){
vErrors = [err1018];
}
else {
vErrors.push(err1018);
}
errors++;
}
}
else {
const err1019 = {instancePath:instancePath+"/vocabulary/securityMeasure/" + key85.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ru.type,parentSchema:schema32.properties.ru,data:data336};
if(vErrors === null){
vErrors = [err1019];
}
else {
vErrors.push(err1019);
}
errors++;
}
}
if(data335.kk !== undefined){
let data337 = data335.kk;
if(typeof data337 === "string"){
if(func2(data337) > 300){
const err1020 = {instancePath:instancePath+"/vocabulary/securityMeasure/" + key85.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.kk,data:data337};
if(vErrors === null){
vErrors = [err1020];
}
else {
vErrors.push(err1020);
}
errors++;
}
if(func2(data337) < 1){
const err1021 = {instancePath:instancePath+"/vocabulary/securityMeasure/" + key85.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.kk,data:data337};
if(vErrors === null){
vErrors = [err1021];
}
else {
vErrors.push(err1021);
}
errors++;
}
if(!(formats0(data337))){
const err1022 = {instancePath:instancePath+"/vocabulary/securityMeasure/" + key85.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.kk,data:data337};
if(vErrors === null){
vErrors = [err1022];
}
else {
vErrors.push(err1022);
}
errors++;
}
}
else {
const err1023 = {instancePath:instancePath+"/vocabulary/securityMeasure/" + key85.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.kk.type,parentSchema:schema32.properties.kk,data:data337};
if(vErrors === null){
vErrors = [err1023];
}
else {
vErrors.push(err1023);
}
errors++;
}
}
}
else {
const err1024 = {instancePath:instancePath+"/vocabulary/securityMeasure/" + key85.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/localizedLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data335};
if(vErrors === null){
vErrors = [err1024];
}
else {
vErrors.push(err1024);
}
errors++;
}
}
}
else {
const err1025 = {instancePath:instancePath+"/vocabulary/securityMeasure",schemaPath:"#/properties/vocabulary/properties/securityMeasure/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.vocabulary.properties.securityMeasure.type,parentSchema:schema31.properties.vocabulary.properties.securityMeasure,data:data334};
if(vErrors === null){
vErrors = [err1025];
}
else {
vErrors.push(err1025);
}
errors++;
}
}
if(data317.right !== undefined){
let data338 = data317.right;
if(data338 && typeof data338 == "object" && !Array.isArray(data338)){
if(Object.keys(data338).length < 1){
const err1026 = {instancePath:instancePath+"/vocabulary/right",schemaPath:"#/properties/vocabulary/properties/right/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31.properties.vocabulary.properties.right,data:data338};
if(vErrors === null){
vErrors = [err1026];
}
else {
vErrors.push(err1026);
}
errors++;
}
for(const key87 in data338){
const _errs865 = errors;
if(typeof key87 === "string"){
if(func2(key87) > 64){
const err1027 = {instancePath:instancePath+"/vocabulary/right",schemaPath:"#/$defs/customTerm/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema93,data:key87,propertyName:key87};
if(vErrors === null){
vErrors = [err1027];
}
else {
vErrors.push(err1027);
}
errors++;
}
if(!pattern16.test(key87)){
const err1028 = {instancePath:instancePath+"/vocabulary/right",schemaPath:"#/$defs/customTerm/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema93,data:key87,propertyName:key87};
if(vErrors === null){
vErrors = [err1028];
}
else {
vErrors.push(err1028);
}
errors++;
}
}
else {
const err1029 = {instancePath:instancePath+"/vocabulary/right",schemaPath:"#/$defs/customTerm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.type,parentSchema:schema93,data:key87,propertyName:key87};
if(vErrors === null){
vErrors = [err1029];
}
else {
vErrors.push(err1029);
}
errors++;
}
var valid322 = _errs865 === errors;
if(!valid322){
const err1030 = {instancePath:instancePath+"/vocabulary/right",schemaPath:"#/properties/vocabulary/properties/right/propertyNames",keyword:"propertyNames",params:{propertyName: key87},message:"property name must be valid",schema:schema31.properties.vocabulary.properties.right.propertyNames,parentSchema:schema31.properties.vocabulary.properties.right,data:data338};
if(vErrors === null){
vErrors = [err1030];
}
else {
vErrors.push(err1030);
}
errors++;
}
}
for(const key88 in data338){
let data339 = data338[key88];
if(data339 && typeof data339 == "object" && !Array.isArray(data339)){
if(Object.keys(data339).length < 1){
const err1031 = {instancePath:instancePath+"/vocabulary/right/" + key88.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/localizedLine/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data339};
if(vErrors === null){
vErrors = [err1031];
}
else {
vErrors.push(err1031);
}
errors++;
}
for(const key89 in data339){
if(!((key89 === "ru") || (key89 === "kk"))){
const err1032 = {instancePath:instancePath+"/vocabulary/right/" + key88.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/localizedLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key89},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data339};
if(vErrors === null){
vErrors = [err1032];
}
else {
vErrors.push(err1032);
}
errors++;
}
}
if(data339.ru !== undefined){
let data340 = data339.ru;
if(typeof data340 === "string"){
if(func2(data340) > 300){
const err1033 = {instancePath:instancePath+"/vocabulary/right/" + key88.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.ru,data:data340};
if(vErrors === null){
vErrors = [err1033];
}
else {
vErrors.push(err1033);
}
errors++;
}
if(func2(data340) < 1){
const err1034 = {instancePath:instancePath+"/vocabulary/right/" + key88.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.ru,data:data340};
if(vErrors === null){
vErrors = [err1034];
}
else {
vErrors.push(err1034);
}
errors++;
}
if(!(formats0(data340))){
const err1035 = {instancePath:instancePath+"/vocabulary/right/" + key88.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.ru,data:data340};
if(vErrors === null){
vErrors = [err1035];
}
else {
vErrors.push(err1035);
}
errors++;
}
}
else {
const err1036 = {instancePath:instancePath+"/vocabulary/right/" + key88.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ru.type,parentSchema:schema32.properties.ru,data:data340};
if(vErrors === null){
vErrors = [err1036];
}
else {
vErrors.push(err1036);
}
errors++;
}
}
if(data339.kk !== undefined){
let data341 = data339.kk;
if(typeof data341 === "string"){
if(func2(data341) > 300){
const err1037 = {instancePath:instancePath+"/vocabulary/right/" + key88.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.kk,data:data341};
if(vErrors === null){
vErrors = [err1037];
}
else {
vErrors.push(err1037);
}
errors++;
}
if(func2(data341) < 1){
const err1038 = {instancePath:instancePath+"/vocabulary/right/" + key88.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.kk,data:data341};
if(vErrors === null){
vErrors = [err1038];
}
else {
vErrors.push(err1038);
}
errors++;
}
if(!(formats0(data341))){
const err1039 = {instancePath:instancePath+"/vocabulary/right/" + key88.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.kk,data:data341};
if(vErrors === null){
vErrors = [err1039];
}
else {
vErrors.push(err1039);
}
errors++;
}
}
else {
const err1040 = {instancePath:instancePath+"/vocabulary/right/" + key88.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.kk.type,parentSchema:schema32.properties.kk,data:data341};
if(vErrors === null){
vErrors = [err1040];
}
else {
vErrors.push(err1040);
}
errors++;
}
}
}
else {
const err1041 = {instancePath:instancePath+"/vocabulary/right/" + key88.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/localizedLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data339};
if(vErrors === null){
vErrors = [err1041];
}
else {
vErrors.push(err1041);
}
errors++;
}
}
}
else {
const err1042 = {instancePath:instancePath+"/vocabulary/right",schemaPath:"#/properties/vocabulary/properties/right/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.vocabulary.properties.right.type,parentSchema:schema31.properties.vocabulary.properties.right,data:data338};
if(vErrors === null){
vErrors = [err1042];
}
else {
vErrors.push(err1042);
}
errors++;
}
}
if(data317.recipientKind !== undefined){
let data342 = data317.recipientKind;
if(data342 && typeof data342 == "object" && !Array.isArray(data342)){
if(Object.keys(data342).length < 1){
const err1043 = {instancePath:instancePath+"/vocabulary/recipientKind",schemaPath:"#/properties/vocabulary/properties/recipientKind/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31.properties.vocabulary.properties.recipientKind,data:data342};
if(vErrors === null){
vErrors = [err1043];
}
else {
vErrors.push(err1043);
}
errors++;
}
for(const key90 in data342){
const _errs879 = errors;
if(typeof key90 === "string"){
if(func2(key90) > 64){
const err1044 = {instancePath:instancePath+"/vocabulary/recipientKind",schemaPath:"#/$defs/customTerm/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema93,data:key90,propertyName:key90};
if(vErrors === null){
vErrors = [err1044];
}
else {
vErrors.push(err1044);
}
errors++;
}
if(!pattern16.test(key90)){
const err1045 = {instancePath:instancePath+"/vocabulary/recipientKind",schemaPath:"#/$defs/customTerm/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema93,data:key90,propertyName:key90};
if(vErrors === null){
vErrors = [err1045];
}
else {
vErrors.push(err1045);
}
errors++;
}
}
else {
const err1046 = {instancePath:instancePath+"/vocabulary/recipientKind",schemaPath:"#/$defs/customTerm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.type,parentSchema:schema93,data:key90,propertyName:key90};
if(vErrors === null){
vErrors = [err1046];
}
else {
vErrors.push(err1046);
}
errors++;
}
var valid327 = _errs879 === errors;
if(!valid327){
const err1047 = {instancePath:instancePath+"/vocabulary/recipientKind",schemaPath:"#/properties/vocabulary/properties/recipientKind/propertyNames",keyword:"propertyNames",params:{propertyName: key90},message:"property name must be valid",schema:schema31.properties.vocabulary.properties.recipientKind.propertyNames,parentSchema:schema31.properties.vocabulary.properties.recipientKind,data:data342};
if(vErrors === null){
vErrors = [err1047];
}
else {
vErrors.push(err1047);
}
errors++;
}
}
for(const key91 in data342){
let data343 = data342[key91];
if(data343 && typeof data343 == "object" && !Array.isArray(data343)){
if(Object.keys(data343).length < 1){
const err1048 = {instancePath:instancePath+"/vocabulary/recipientKind/" + key91.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/localizedLine/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data343};
if(vErrors === null){
vErrors = [err1048];
}
else {
vErrors.push(err1048);
}
errors++;
}
for(const key92 in data343){
if(!((key92 === "ru") || (key92 === "kk"))){
const err1049 = {instancePath:instancePath+"/vocabulary/recipientKind/" + key91.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/localizedLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key92},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data343};
if(vErrors === null){
vErrors = [err1049];
}
else {
vErrors.push(err1049);
}
errors++;
}
}
if(data343.ru !== undefined){
let data344 = data343.ru;
if(typeof data344 === "string"){
if(func2(data344) > 300){
const err1050 = {instancePath:instancePath+"/vocabulary/recipientKind/" + key91.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.ru,data:data344};
if(vErrors === null){
vErrors = [err1050];
}
else {
vErrors.push(err1050);
}
errors++;
}
if(func2(data344) < 1){
const err1051 = {instancePath:instancePath+"/vocabulary/recipientKind/" + key91.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.ru,data:data344};
if(vErrors === null){
vErrors = [err1051];
}
else {
vErrors.push(err1051);
}
errors++;
}
if(!(formats0(data344))){
const err1052 = {instancePath:instancePath+"/vocabulary/recipientKind/" + key91.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.ru,data:data344};
if(vErrors === null){
vErrors = [err1052];
}
else {
vErrors.push(err1052);
}
errors++;
}
}
else {
const err1053 = {instancePath:instancePath+"/vocabulary/recipientKind/" + key91.replace(/~/g, "~0").replace(/\//g, "~1")+"/ru",schemaPath:"#/$defs/localizedLine/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ru.type,parentSchema:schema32.properties.ru,data:data344};
if(vErrors === null){
vErrors = [err1053];
}
else {
vErrors.push(err1053);
}
errors++;
}
}
if(data343.kk !== undefined){
let data345 = data343.kk;
if(typeof data345 === "string"){
if(func2(data345) > 300){
const err1054 = {instancePath:instancePath+"/vocabulary/recipientKind/" + key91.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.kk,data:data345};
if(vErrors === null){
vErrors = [err1054];
}
else {
vErrors.push(err1054);
}
errors++;
}
if(func2(data345) < 1){
const err1055 = {instancePath:instancePath+"/vocabulary/recipientKind/" + key91.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.kk,data:data345};
if(vErrors === null){
vErrors = [err1055];
}
else {
vErrors.push(err1055);
}
errors++;
}
if(!(formats0(data345))){
const err1056 = {instancePath:instancePath+"/vocabulary/recipientKind/" + key91.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.kk,data:data345};
if(vErrors === null){
vErrors = [err1056];
}
else {
vErrors.push(err1056);
}
errors++;
}
}
else {
const err1057 = {instancePath:instancePath+"/vocabulary/recipientKind/" + key91.replace(/~/g, "~0").replace(/\//g, "~1")+"/kk",schemaPath:"#/$defs/localizedLine/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.kk.type,parentSchema:schema32.properties.kk,data:data345};
if(vErrors === null){
vErrors = [err1057];
}
else {
vErrors.push(err1057);
}
errors++;
}
}
}
else {
const err1058 = {instancePath:instancePath+"/vocabulary/recipientKind/" + key91.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/localizedLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data343};
if(vErrors === null){
vErrors = [err1058];
}
else {
vErrors.push(err1058);
}
errors++;
}
}
}
else {
const err1059 = {instancePath:instancePath+"/vocabulary/recipientKind",schemaPath:"#/properties/vocabulary/properties/recipientKind/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.vocabulary.properties.recipientKind.type,parentSchema:schema31.properties.vocabulary.properties.recipientKind,data:data342};
if(vErrors === null){
vErrors = [err1059];
}
else {
vErrors.push(err1059);
}
errors++;
}
}
}
else {
const err1060 = {instancePath:instancePath+"/vocabulary",schemaPath:"#/properties/vocabulary/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.vocabulary.type,parentSchema:schema31.properties.vocabulary,data:data317};
if(vErrors === null){
vErrors = [err1060];
}
else {
vErrors.push(err1060);
}
errors++;
}
}
if(data.doesNot !== undefined){
let data346 = data.doesNot;
if(Array.isArray(data346)){
if(data346.length < 1){
const err1061 = {instancePath:instancePath+"/doesNot",schemaPath:"#/properties/doesNot/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.doesNot,data:data346};
if(vErrors === null){
vErrors = [err1061];
}
else {
vErrors.push(err1061);
}
errors++;
}
const len48 = data346.length;
for(let i82=0; i82<len48; i82++){
let data347 = data346[i82];
if(typeof data347 !== "string"){
const err1062 = {instancePath:instancePath+"/doesNot/" + i82,schemaPath:"#/properties/doesNot/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.doesNot.items.type,parentSchema:schema31.properties.doesNot.items,data:data347};
if(vErrors === null){
vErrors = [err1062];
}
else {
vErrors.push(err1062);
}
errors++;
}
if(!((((((((data347 === "use-cookies") || (data347 === "use-analytics")) || (data347 === "show-advertising")) || (data347 === "sell-personal-data")) || (data347 === "use-data-brokers")) || (data347 === "track-across-sites")) || (data347 === "keep-database")) || (data347 === "transfer-abroad"))){
const err1063 = {instancePath:instancePath+"/doesNot/" + i82,schemaPath:"#/properties/doesNot/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.doesNot.items.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.doesNot.items.enum,parentSchema:schema31.properties.doesNot.items,data:data347};
if(vErrors === null){
vErrors = [err1063];
}
else {
vErrors.push(err1063);
}
errors++;
}
}
let i83 = data346.length;
let j34;
if(i83 > 1){
const indices7 = {};
for(;i83--;){
let item7 = data346[i83];
if(typeof item7 !== "string"){
continue;
}
if(typeof indices7[item7] == "number"){
j34 = indices7[item7];
const err1064 = {instancePath:instancePath+"/doesNot",schemaPath:"#/properties/doesNot/uniqueItems",keyword:"uniqueItems",params:{i: i83, j: j34},message:"must NOT have duplicate items (items ## "+j34+" and "+i83+" are identical)",schema:true,parentSchema:schema31.properties.doesNot,data:data346};
if(vErrors === null){
vErrors = [err1064];
}
else {
vErrors.push(err1064);
}
errors++;
break;
}
indices7[item7] = i83;
}
}
}
else {
const err1065 = {instancePath:instancePath+"/doesNot",schemaPath:"#/properties/doesNot/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.doesNot.type,parentSchema:schema31.properties.doesNot,data:data346};
if(vErrors === null){
vErrors = [err1065];
}
else {
vErrors.push(err1065);
}
errors++;
}
}
if(data.devicePermissions !== undefined){
let data348 = data.devicePermissions;
if(Array.isArray(data348)){
if(data348.length < 1){
const err1066 = {instancePath:instancePath+"/devicePermissions",schemaPath:"#/properties/devicePermissions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.devicePermissions,data:data348};
if(vErrors === null){
vErrors = [err1066];
}
else {
vErrors.push(err1066);
}
errors++;
}
const len49 = data348.length;
for(let i84=0; i84<len49; i84++){
let data349 = data348[i84];
if(data349 && typeof data349 == "object" && !Array.isArray(data349)){
if(data349.permission === undefined){
const err1067 = {instancePath:instancePath+"/devicePermissions/" + i84,schemaPath:"#/properties/devicePermissions/items/required",keyword:"required",params:{missingProperty: "permission"},message:"must have required property '"+"permission"+"'",schema:schema31.properties.devicePermissions.items.required,parentSchema:schema31.properties.devicePermissions.items,data:data349};
if(vErrors === null){
vErrors = [err1067];
}
else {
vErrors.push(err1067);
}
errors++;
}
if(data349.purpose === undefined){
const err1068 = {instancePath:instancePath+"/devicePermissions/" + i84,schemaPath:"#/properties/devicePermissions/items/required",keyword:"required",params:{missingProperty: "purpose"},message:"must have required property '"+"purpose"+"'",schema:schema31.properties.devicePermissions.items.required,parentSchema:schema31.properties.devicePermissions.items,data:data349};
if(vErrors === null){
vErrors = [err1068];
}
else {
vErrors.push(err1068);
}
errors++;
}
for(const key93 in data349){
if(!(((key93 === "permission") || (key93 === "purpose")) || (key93 === "optional"))){
const err1069 = {instancePath:instancePath+"/devicePermissions/" + i84,schemaPath:"#/properties/devicePermissions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key93},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.devicePermissions.items,data:data349};
if(vErrors === null){
vErrors = [err1069];
}
else {
vErrors.push(err1069);
}
errors++;
}
}
if(data349.permission !== undefined){
let data350 = data349.permission;
if(typeof data350 !== "string"){
const err1070 = {instancePath:instancePath+"/devicePermissions/" + i84+"/permission",schemaPath:"#/properties/devicePermissions/items/properties/permission/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.devicePermissions.items.properties.permission.type,parentSchema:schema31.properties.devicePermissions.items.properties.permission,data:data350};
if(vErrors === null){
vErrors = [err1070];
}
else {
vErrors.push(err1070);
}
errors++;
}
if(!((((((((data350 === "camera") || (data350 === "microphone")) || (data350 === "location")) || (data350 === "contacts")) || (data350 === "photos")) || (data350 === "notifications")) || (data350 === "bluetooth")) || (data350 === "storage"))){
const err1071 = {instancePath:instancePath+"/devicePermissions/" + i84+"/permission",schemaPath:"#/properties/devicePermissions/items/properties/permission/enum",keyword:"enum",params:{allowedValues: schema31.properties.devicePermissions.items.properties.permission.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.devicePermissions.items.properties.permission.enum,parentSchema:schema31.properties.devicePermissions.items.properties.permission,data:data350};
if(vErrors === null){
vErrors = [err1071];
}
else {
vErrors.push(err1071);
}
errors++;
}
}
if(data349.purpose !== undefined){
let data351 = data349.purpose;
if(data351 && typeof data351 == "object" && !Array.isArray(data351)){
if(Object.keys(data351).length < 1){
const err1072 = {instancePath:instancePath+"/devicePermissions/" + i84+"/purpose",schemaPath:"#/$defs/localizedText/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema59,data:data351};
if(vErrors === null){
vErrors = [err1072];
}
else {
vErrors.push(err1072);
}
errors++;
}
for(const key94 in data351){
if(!((key94 === "ru") || (key94 === "kk"))){
const err1073 = {instancePath:instancePath+"/devicePermissions/" + i84+"/purpose",schemaPath:"#/$defs/localizedText/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key94},message:"must NOT have additional properties",schema:false,parentSchema:schema59,data:data351};
if(vErrors === null){
vErrors = [err1073];
}
else {
vErrors.push(err1073);
}
errors++;
}
}
if(data351.ru !== undefined){
let data352 = data351.ru;
if(typeof data352 === "string"){
if(func2(data352) > 2000){
const err1074 = {instancePath:instancePath+"/devicePermissions/" + i84+"/purpose/ru",schemaPath:"#/$defs/localizedText/properties/ru/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema59.properties.ru,data:data352};
if(vErrors === null){
vErrors = [err1074];
}
else {
vErrors.push(err1074);
}
errors++;
}
if(func2(data352) < 1){
const err1075 = {instancePath:instancePath+"/devicePermissions/" + i84+"/purpose/ru",schemaPath:"#/$defs/localizedText/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.ru,data:data352};
if(vErrors === null){
vErrors = [err1075];
}
else {
vErrors.push(err1075);
}
errors++;
}
if(!(formats0(data352))){
const err1076 = {instancePath:instancePath+"/devicePermissions/" + i84+"/purpose/ru",schemaPath:"#/$defs/localizedText/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema59.properties.ru,data:data352};
if(vErrors === null){
vErrors = [err1076];
}
else {
vErrors.push(err1076);
}
errors++;
}
}
else {
const err1077 = {instancePath:instancePath+"/devicePermissions/" + i84+"/purpose/ru",schemaPath:"#/$defs/localizedText/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.ru.type,parentSchema:schema59.properties.ru,data:data352};
if(vErrors === null){
vErrors = [err1077];
}
else {
vErrors.push(err1077);
}
errors++;
}
}
if(data351.kk !== undefined){
let data353 = data351.kk;
if(typeof data353 === "string"){
if(func2(data353) > 2000){
const err1078 = {instancePath:instancePath+"/devicePermissions/" + i84+"/purpose/kk",schemaPath:"#/$defs/localizedText/properties/kk/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema59.properties.kk,data:data353};
if(vErrors === null){
vErrors = [err1078];
}
else {
vErrors.push(err1078);
}
errors++;
}
if(func2(data353) < 1){
const err1079 = {instancePath:instancePath+"/devicePermissions/" + i84+"/purpose/kk",schemaPath:"#/$defs/localizedText/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.kk,data:data353};
if(vErrors === null){
vErrors = [err1079];
}
else {
vErrors.push(err1079);
}
errors++;
}
if(!(formats0(data353))){
const err1080 = {instancePath:instancePath+"/devicePermissions/" + i84+"/purpose/kk",schemaPath:"#/$defs/localizedText/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema59.properties.kk,data:data353};
if(vErrors === null){
vErrors = [err1080];
}
else {
vErrors.push(err1080);
}
errors++;
}
}
else {
const err1081 = {instancePath:instancePath+"/devicePermissions/" + i84+"/purpose/kk",schemaPath:"#/$defs/localizedText/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.kk.type,parentSchema:schema59.properties.kk,data:data353};
if(vErrors === null){
vErrors = [err1081];
}
else {
vErrors.push(err1081);
}
errors++;
}
}
}
else {
const err1082 = {instancePath:instancePath+"/devicePermissions/" + i84+"/purpose",schemaPath:"#/$defs/localizedText/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data:data351};
if(vErrors === null){
vErrors = [err1082];
}
else {
vErrors.push(err1082);
}
errors++;
}
}
if(data349.optional !== undefined){
let data354 = data349.optional;
if(typeof data354 !== "boolean"){
const err1083 = {instancePath:instancePath+"/devicePermissions/" + i84+"/optional",schemaPath:"#/properties/devicePermissions/items/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.devicePermissions.items.properties.optional.type,parentSchema:schema31.properties.devicePermissions.items.properties.optional,data:data354};
if(vErrors === null){
vErrors = [err1083];
}
else {
vErrors.push(err1083);
}
errors++;
}
}
}
else {
const err1084 = {instancePath:instancePath+"/devicePermissions/" + i84,schemaPath:"#/properties/devicePermissions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.devicePermissions.items.type,parentSchema:schema31.properties.devicePermissions.items,data:data349};
if(vErrors === null){
vErrors = [err1084];
}
else {
vErrors.push(err1084);
}
errors++;
}
}
}
else {
const err1085 = {instancePath:instancePath+"/devicePermissions",schemaPath:"#/properties/devicePermissions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.devicePermissions.type,parentSchema:schema31.properties.devicePermissions,data:data348};
if(vErrors === null){
vErrors = [err1085];
}
else {
vErrors.push(err1085);
}
errors++;
}
}
if(data.pushNotifications !== undefined){
let data355 = data.pushNotifications;
if(data355 && typeof data355 == "object" && !Array.isArray(data355)){
if(data355.used === undefined){
const err1086 = {instancePath:instancePath+"/pushNotifications",schemaPath:"#/properties/pushNotifications/required",keyword:"required",params:{missingProperty: "used"},message:"must have required property '"+"used"+"'",schema:schema31.properties.pushNotifications.required,parentSchema:schema31.properties.pushNotifications,data:data355};
if(vErrors === null){
vErrors = [err1086];
}
else {
vErrors.push(err1086);
}
errors++;
}
for(const key95 in data355){
if(!((key95 === "used") || (key95 === "marketing"))){
const err1087 = {instancePath:instancePath+"/pushNotifications",schemaPath:"#/properties/pushNotifications/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key95},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.pushNotifications,data:data355};
if(vErrors === null){
vErrors = [err1087];
}
else {
vErrors.push(err1087);
}
errors++;
}
}
if(data355.used !== undefined){
let data356 = data355.used;
if(typeof data356 !== "boolean"){
const err1088 = {instancePath:instancePath+"/pushNotifications/used",schemaPath:"#/properties/pushNotifications/properties/used/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.pushNotifications.properties.used.type,parentSchema:schema31.properties.pushNotifications.properties.used,data:data356};
if(vErrors === null){
vErrors = [err1088];
}
else {
vErrors.push(err1088);
}
errors++;
}
}
if(data355.marketing !== undefined){
let data357 = data355.marketing;
if(typeof data357 !== "boolean"){
const err1089 = {instancePath:instancePath+"/pushNotifications/marketing",schemaPath:"#/properties/pushNotifications/properties/marketing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.pushNotifications.properties.marketing.type,parentSchema:schema31.properties.pushNotifications.properties.marketing,data:data357};
if(vErrors === null){
vErrors = [err1089];
}
else {
vErrors.push(err1089);
}
errors++;
}
}
}
else {
const err1090 = {instancePath:instancePath+"/pushNotifications",schemaPath:"#/properties/pushNotifications/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.pushNotifications.type,parentSchema:schema31.properties.pushNotifications,data:data355};
if(vErrors === null){
vErrors = [err1090];
}
else {
vErrors.push(err1090);
}
errors++;
}
}
if(data.cookiesComplete !== undefined){
let data358 = data.cookiesComplete;
if(typeof data358 !== "boolean"){
const err1091 = {instancePath:instancePath+"/cookiesComplete",schemaPath:"#/properties/cookiesComplete/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.cookiesComplete.type,parentSchema:schema31.properties.cookiesComplete,data:data358};
if(vErrors === null){
vErrors = [err1091];
}
else {
vErrors.push(err1091);
}
errors++;
}
}
if(data.authority !== undefined){
let data359 = data.authority;
if(data359 && typeof data359 == "object" && !Array.isArray(data359)){
if(data359.name === undefined){
const err1092 = {instancePath:instancePath+"/authority",schemaPath:"#/properties/authority/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.authority.required,parentSchema:schema31.properties.authority,data:data359};
if(vErrors === null){
vErrors = [err1092];
}
else {
vErrors.push(err1092);
}
errors++;
}
if(data359.url === undefined){
const err1093 = {instancePath:instancePath+"/authority",schemaPath:"#/properties/authority/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema31.properties.authority.required,parentSchema:schema31.properties.authority,data:data359};
if(vErrors === null){
vErrors = [err1093];
}
else {
vErrors.push(err1093);
}
errors++;
}
for(const key96 in data359){
if(!((key96 === "name") || (key96 === "url"))){
const err1094 = {instancePath:instancePath+"/authority",schemaPath:"#/properties/authority/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key96},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.authority,data:data359};
if(vErrors === null){
vErrors = [err1094];
}
else {
vErrors.push(err1094);
}
errors++;
}
}
if(data359.name !== undefined){
let data360 = data359.name;
if(data360 && typeof data360 == "object" && !Array.isArray(data360)){
if(Object.keys(data360).length < 1){
const err1095 = {instancePath:instancePath+"/authority/name",schemaPath:"#/$defs/localizedLine/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema32,data:data360};
if(vErrors === null){
vErrors = [err1095];
}
else {
vErrors.push(err1095);
}
errors++;
}
for(const key97 in data360){
if(!((key97 === "ru") || (key97 === "kk"))){
const err1096 = {instancePath:instancePath+"/authority/name",schemaPath:"#/$defs/localizedLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key97},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data360};
if(vErrors === null){
vErrors = [err1096];
}
else {
vErrors.push(err1096);
}
errors++;
}
}
if(data360.ru !== undefined){
let data361 = data360.ru;
if(typeof data361 === "string"){
if(func2(data361) > 300){
const err1097 = {instancePath:instancePath+"/authority/name/ru",schemaPath:"#/$defs/localizedLine/properties/ru/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.ru,data:data361};
if(vErrors === null){
vErrors = [err1097];
}
else {
vErrors.push(err1097);
}
errors++;
}
if(func2(data361) < 1){
const err1098 = {instancePath:instancePath+"/authority/name/ru",schemaPath:"#/$defs/localizedLine/properties/ru/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.ru,data:data361};
if(vErrors === null){
vErrors = [err1098];
}
else {
vErrors.push(err1098);
}
errors++;
}
if(!(formats0(data361))){
const err1099 = {instancePath:instancePath+"/authority/name/ru",schemaPath:"#/$defs/localizedLine/properties/ru/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.ru,data:data361};
if(vErrors === null){
vErrors = [err1099];
}
else {
vErrors.push(err1099);
}
errors++;
}
}
else {
const err1100 = {instancePath:instancePath+"/authority/name/ru",schemaPath:"#/$defs/localizedLine/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.ru.type,parentSchema:schema32.properties.ru,data:data361};
if(vErrors === null){
vErrors = [err1100];
}
else {
vErrors.push(err1100);
}
errors++;
}
}
if(data360.kk !== undefined){
let data362 = data360.kk;
if(typeof data362 === "string"){
if(func2(data362) > 300){
const err1101 = {instancePath:instancePath+"/authority/name/kk",schemaPath:"#/$defs/localizedLine/properties/kk/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.kk,data:data362};
if(vErrors === null){
vErrors = [err1101];
}
else {
vErrors.push(err1101);
}
errors++;
}
if(func2(data362) < 1){
const err1102 = {instancePath:instancePath+"/authority/name/kk",schemaPath:"#/$defs/localizedLine/properties/kk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.kk,data:data362};
if(vErrors === null){
vErrors = [err1102];
}
else {
vErrors.push(err1102);
}
errors++;
}
if(!(formats0(data362))){
const err1103 = {instancePath:instancePath+"/authority/name/kk",schemaPath:"#/$defs/localizedLine/properties/kk/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema32.properties.kk,data:data362};
if(vErrors === null){
vErrors = [err1103];
}
else {
vErrors.push(err1103);
}
errors++;
}
}
else {
const err1104 = {instancePath:instancePath+"/authority/name/kk",schemaPath:"#/$defs/localizedLine/properties/kk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.kk.type,parentSchema:schema32.properties.kk,data:data362};
if(vErrors === null){
vErrors = [err1104];
}
else {
vErrors.push(err1104);
}
errors++;
}
}
}
else {
const err1105 = {instancePath:instancePath+"/authority/name",schemaPath:"#/$defs/localizedLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data360};
if(vErrors === null){
vErrors = [err1105];
}
else {
vErrors.push(err1105);
}
errors++;
}
}
if(data359.url !== undefined){
let data363 = data359.url;
if(typeof data363 === "string"){
if(func2(data363) > 2000){
const err1106 = {instancePath:instancePath+"/authority/url",schemaPath:"#/$defs/httpsUrl/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema38,data:data363};
if(vErrors === null){
vErrors = [err1106];
}
else {
vErrors.push(err1106);
}
errors++;
}
if(!pattern5.test(data363)){
const err1107 = {instancePath:instancePath+"/authority/url",schemaPath:"#/$defs/httpsUrl/pattern",keyword:"pattern",params:{pattern: "^https://[^/?#\\s]+"},message:"must match pattern \""+"^https://[^/?#\\s]+"+"\"",schema:"^https://[^/?#\\s]+",parentSchema:schema38,data:data363};
if(vErrors === null){
vErrors = [err1107];
}
else {
vErrors.push(err1107);
}
errors++;
}
if(!(formats40(data363))){
const err1108 = {instancePath:instancePath+"/authority/url",schemaPath:"#/$defs/httpsUrl/format",keyword:"format",params:{format: "https-url"},message:"must match format \""+"https-url"+"\"",schema:"https-url",parentSchema:schema38,data:data363};
if(vErrors === null){
vErrors = [err1108];
}
else {
vErrors.push(err1108);
}
errors++;
}
}
else {
const err1109 = {instancePath:instancePath+"/authority/url",schemaPath:"#/$defs/httpsUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data363};
if(vErrors === null){
vErrors = [err1109];
}
else {
vErrors.push(err1109);
}
errors++;
}
}
}
else {
const err1110 = {instancePath:instancePath+"/authority",schemaPath:"#/properties/authority/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.authority.type,parentSchema:schema31.properties.authority,data:data359};
if(vErrors === null){
vErrors = [err1110];
}
else {
vErrors.push(err1110);
}
errors++;
}
}
if(data.waivers !== undefined){
let data364 = data.waivers;
if(Array.isArray(data364)){
if(data364.length < 1){
const err1111 = {instancePath:instancePath+"/waivers",schemaPath:"#/properties/waivers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.waivers,data:data364};
if(vErrors === null){
vErrors = [err1111];
}
else {
vErrors.push(err1111);
}
errors++;
}
const len50 = data364.length;
for(let i85=0; i85<len50; i85++){
let data365 = data364[i85];
if(data365 && typeof data365 == "object" && !Array.isArray(data365)){
if(data365.rule === undefined){
const err1112 = {instancePath:instancePath+"/waivers/" + i85,schemaPath:"#/properties/waivers/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema31.properties.waivers.items.required,parentSchema:schema31.properties.waivers.items,data:data365};
if(vErrors === null){
vErrors = [err1112];
}
else {
vErrors.push(err1112);
}
errors++;
}
if(data365.reason === undefined){
const err1113 = {instancePath:instancePath+"/waivers/" + i85,schemaPath:"#/properties/waivers/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema31.properties.waivers.items.required,parentSchema:schema31.properties.waivers.items,data:data365};
if(vErrors === null){
vErrors = [err1113];
}
else {
vErrors.push(err1113);
}
errors++;
}
for(const key98 in data365){
if(!((key98 === "rule") || (key98 === "reason"))){
const err1114 = {instancePath:instancePath+"/waivers/" + i85,schemaPath:"#/properties/waivers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key98},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.waivers.items,data:data365};
if(vErrors === null){
vErrors = [err1114];
}
else {
vErrors.push(err1114);
}
errors++;
}
}
if(data365.rule !== undefined){
let data366 = data365.rule;
if(typeof data366 === "string"){
if(func2(data366) > 64){
const err1115 = {instancePath:instancePath+"/waivers/" + i85+"/rule",schemaPath:"#/$defs/identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema88,data:data366};
if(vErrors === null){
vErrors = [err1115];
}
else {
vErrors.push(err1115);
}
errors++;
}
if(!pattern16.test(data366)){
const err1116 = {instancePath:instancePath+"/waivers/" + i85+"/rule",schemaPath:"#/$defs/identifier/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema88,data:data366};
if(vErrors === null){
vErrors = [err1116];
}
else {
vErrors.push(err1116);
}
errors++;
}
}
else {
const err1117 = {instancePath:instancePath+"/waivers/" + i85+"/rule",schemaPath:"#/$defs/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.type,parentSchema:schema88,data:data366};
if(vErrors === null){
vErrors = [err1117];
}
else {
vErrors.push(err1117);
}
errors++;
}
}
if(data365.reason !== undefined){
let data367 = data365.reason;
if(typeof data367 === "string"){
if(func2(data367) > 1000){
const err1118 = {instancePath:instancePath+"/waivers/" + i85+"/reason",schemaPath:"#/properties/waivers/items/properties/reason/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.waivers.items.properties.reason,data:data367};
if(vErrors === null){
vErrors = [err1118];
}
else {
vErrors.push(err1118);
}
errors++;
}
if(func2(data367) < 1){
const err1119 = {instancePath:instancePath+"/waivers/" + i85+"/reason",schemaPath:"#/properties/waivers/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.waivers.items.properties.reason,data:data367};
if(vErrors === null){
vErrors = [err1119];
}
else {
vErrors.push(err1119);
}
errors++;
}
if(!(formats0(data367))){
const err1120 = {instancePath:instancePath+"/waivers/" + i85+"/reason",schemaPath:"#/properties/waivers/items/properties/reason/format",keyword:"format",params:{format: "single-line"},message:"must match format \""+"single-line"+"\"",schema:"single-line",parentSchema:schema31.properties.waivers.items.properties.reason,data:data367};
if(vErrors === null){
vErrors = [err1120];
}
else {
vErrors.push(err1120);
}
errors++;
}
}
else {
const err1121 = {instancePath:instancePath+"/waivers/" + i85+"/reason",schemaPath:"#/properties/waivers/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.waivers.items.properties.reason.type,parentSchema:schema31.properties.waivers.items.properties.reason,data:data367};
if(vErrors === null){
vErrors = [err1121];
}
else {
vErrors.push(err1121);
}
errors++;
}
}
}
else {
const err1122 = {instancePath:instancePath+"/waivers/" + i85,schemaPath:"#/properties/waivers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.waivers.items.type,parentSchema:schema31.properties.waivers.items,data:data365};
if(vErrors === null){
vErrors = [err1122];
}
else {
vErrors.push(err1122);
}
errors++;
}
}
}
else {
const err1123 = {instancePath:instancePath+"/waivers",schemaPath:"#/properties/waivers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.waivers.type,parentSchema:schema31.properties.waivers,data:data364};
if(vErrors === null){
vErrors = [err1123];
}
else {
vErrors.push(err1123);
}
errors++;
}
}
}
else {
const err1124 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1124];
}
else {
vErrors.push(err1124);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

