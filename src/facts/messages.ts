import {pluralRu} from '../lang/plural.js'
import type {MixedWord} from './text-hazards.js'

/** Languages the problem reports are written in. */
export type MessageLanguage = 'en' | 'ru' | 'kk'

/** Values a message is filled with; `path` is the fact's path, the rest depends on the rule. */
export type MessageParams = Readonly<Record<string, string | undefined>>

type Wording = Readonly<Record<MessageLanguage, (params: MessageParams) => string>>

/** Every rule policygen reports, with its wording in English, Russian and Kazakh. */
export const messages = {
  'file-too-large': {
    en: (p) => `The file is ${p.size} bytes; facts files may be at most ${p.limit} bytes. Split it or remove what is not a fact.`,
    ru: (p) => `Файл занимает ${p.size} байт, а файл фактов может быть не больше ${p.limit} байт. Разделите его или уберите то, что не относится к фактам.`,
    kk: (p) => `Файлдың көлемі — ${p.size} байт, ал фактілер файлы ${p.limit} байттан аспауы керек. Файлды бөліңіз немесе фактіге жатпайтынын алып тастаңыз.`
  },
  'unreadable-file': {
    en: (p) => `The file cannot be read (${p.code}): the system does not let policygen open it. Check that you may read it (its permissions, its owner), then validate again.`,
    ru: (p) => `Не удалось прочитать файл (${p.code}): операционная система не разрешает policygen открыть его. Убедитесь, что у вас есть право на чтение этого файла (проверьте права доступа к нему и его владельца), и запустите проверку снова.`,
    kk: (p) => `Файлды оқу мүмкін болмады (${p.code}): операциялық жүйе policygen-ге оны ашуға рұқсат бермейді. Бұл файлды оқуға рұқсатыңыз бар екеніне көз жеткізіңіз (файлдың қол жеткізу құқықтарын және иесін тексеріңіз), содан кейін тексеруді қайта іске қосыңыз.`
  },
  'unreadable-folder': {
    en: (p) => `The folder \`${p.name}\` cannot be read (${p.code}): the system does not let policygen open it, so this organization cannot be built. Check that you may read the folder (its permissions, its owner), then validate again.`,
    ru: (p) => `Не удалось прочитать папку \`${p.name}\` (${p.code}): операционная система не разрешает policygen открыть её, поэтому документы этой организации не собрать. Убедитесь, что у вас есть право на чтение этой папки (проверьте права доступа к ней и её владельца), и запустите проверку снова.`,
    kk: (p) => `\`${p.name}\` қалтасын оқу мүмкін болмады (${p.code}): операциялық жүйе policygen-ге оны ашуға рұқсат бермейді, сондықтан бұл ұйымның құжаттарын жасау мүмкін емес. Бұл қалтаны оқуға рұқсатыңыз бар екеніне көз жеткізіңіз (қалтаның қол жеткізу құқықтарын және иесін тексеріңіз), содан кейін тексеруді қайта іске қосыңыз.`
  },
  'binary-file': {
    en: () => 'This is not a text file (it contains NUL bytes). Facts files are YAML text saved as UTF-8.',
    ru: () => 'Это не текстовый файл (в нём есть нулевые байты). Файл фактов — это текст YAML в кодировке UTF-8.',
    kk: () => 'Бұл мәтіндік файл емес (ішінде нөлдік байттар бар). Фактілер файлы — UTF-8 кодтауында сақталған YAML мәтіні.'
  },
  'not-utf8': {
    en: () => 'The file is not valid UTF-8 text. Save it as UTF-8 (in most editors: "Save with encoding" → UTF-8).',
    ru: () => 'Файл не в кодировке UTF-8. Сохраните его в UTF-8 (в большинстве редакторов: «Сохранить с кодировкой» → UTF-8).',
    kk: () => 'Файл UTF-8 кодтауында емес. Оны UTF-8 кодтауында сақтаңыз (көп редакторда: «Басқаша сақтау» → кодтау: UTF-8).'
  },
  'empty-file': {
    en: () => 'The file is empty. Expected the organization\'s facts, starting with `schemaVersion: 1`.',
    ru: () => 'Файл пуст. Ожидаются факты об организации, начиная со строки `schemaVersion: 1`.',
    kk: () => 'Файл бос. Мұнда ұйым туралы фактілер болуы керек, және олар `schemaVersion: 1` жолынан басталады.'
  },
  'multiple-documents': {
    en: () => 'The file holds more than one YAML document (a second `---`). Keep one organization\'s facts in one document.',
    ru: () => 'В файле больше одного документа YAML (второй `---`). Факты одной организации должны быть одним документом.',
    kk: () => 'Файлда бірнеше YAML құжаты бар (екінші `---`). Бір ұйымның фактілері бір құжатта тұруы керек.'
  },
  'not-a-mapping': {
    en: (p) => `The file must hold named facts (\`key: value\` lines), but it holds ${p.actual}. Start with \`schemaVersion: 1\`.`,
    ru: (p) => `Файл должен содержать именованные факты (строки «ключ: значение»), а содержит ${p.actual}. Начните со строки \`schemaVersion: 1\`.`,
    kk: (p) => `Файлда атаулы фактілер («кілт: мән» жолдары) болуы керек, ал ${shapeKk(p.actual)}. Файлды \`schemaVersion: 1\` жолынан бастаңыз.`
  },
  'yaml-syntax': {
    en: (p) => `The YAML cannot be read here: ${syntaxDetail(p, 'en')}. Check indentation, colons and quotes on this line.`,
    ru: (p) => `Здесь YAML не читается: ${syntaxDetail(p, 'ru')}. Проверьте отступы, двоеточия и кавычки в этой строке.`,
    kk: (p) => `Бұл жерде YAML оқылмайды: ${syntaxDetail(p, 'kk')}. Осы жолдағы шегіністерді, қос нүктелерді және тырнақшаларды тексеріңіз.`
  },
  'quote-inside-quotes': {
    en: (p) => `This quote ${p.quote} ends the text it is in: a text in ${p.quote} quotes cannot hold the same quote. Write the quotes inside it as «…»${p.example ? `: \`${p.example}\`` : ': in each pair, the opening quote as `«` and the closing one as `»`'}.`,
    ru: (p) => `Кавычка ${p.quote} здесь закрывает текст раньше времени: внутри текста в кавычках ${p.quote} такая же кавычка стоять не может. Внутренние кавычки замените на «ёлочки»${p.example ? `: \`${p.example}\`` : ': в каждой паре открывающую кавычку — на `«`, закрывающую — на `»`'}.`,
    kk: (p) => `Бұл ${p.quote} тырнақшасы мәтінді ерте аяқтап тастайды: ${p.quote} тырнақшаларына алынған мәтін дәл осындай тырнақшаны қамти алмайды. Ішкі тырнақшаларды «…» тырнақшаларына ауыстырыңыз${p.example ? `: \`${p.example}\`` : ': әр жұпта ашатын тырнақша — `«`, жабатын тырнақша — `»`'}.`
  },
  'unclosed-quote': {
    en: (p) => `The quote ${p.quote} that opens here is not closed, so everything after it is read as part of the text. Close it where the text ends${p.example ? `: \`${p.example}\`` : ''}.`,
    ru: (p) => `Кавычка ${p.quote}, которая открывается здесь, не закрыта, и всё, что идёт после неё, читается как часть текста. Закройте её там, где текст кончается${p.example ? `: \`${p.example}\`` : ''}.`,
    kk: (p) => `Осы жерде ашылған ${p.quote} тырнақшасы жабылмаған, сондықтан одан кейінгінің бәрі мәтіннің бөлігі болып оқылады. Мәтін біткен жерде тырнақшаны жабыңыз${p.example ? `: \`${p.example}\`` : ''}.`
  },
  'unclosed-bracket': {
    en: (p) => `The \`${p.bracket}\` that opens here is never closed with \`${p.closing}\`. Close it where the ${p.bracket === '[' ? 'list' : 'group'} ends${p.example ? `: \`${p.example}\`` : ''}.`,
    ru: (p) => `Скобка \`${p.bracket}\`, которая открывается здесь, не закрыта скобкой \`${p.closing}\`. Закройте её там, где ${p.bracket === '[' ? 'список' : 'группа'} кончается${p.example ? `: \`${p.example}\`` : ''}.`,
    kk: (p) => `Осы жерде ашылған \`${p.bracket}\` жақшасы \`${p.closing}\` жақшасымен жабылмаған. ${p.bracket === '[' ? 'Тізім' : 'Топ'} біткен жерде жақшаны жабыңыз${p.example ? `: \`${p.example}\`` : ''}.`
  },
  'wrong-indent': {
    en: (p) => wrongIndent(p, 'en'),
    ru: (p) => wrongIndent(p, 'ru'),
    kk: (p) => wrongIndent(p, 'kk')
  },
  'tab-indent': {
    en: () => 'A tab character is used here. YAML allows only spaces for indentation; replace the tab with spaces.',
    ru: () => 'Здесь стоит символ табуляции. В YAML отступы делаются только пробелами; замените табуляцию пробелами.',
    kk: () => 'Мұнда табуляция таңбасы тұр. YAML-да шегініс тек бос орынмен жасалады; табуляцияны бос орындармен ауыстырыңыз.'
  },
  'duplicate-key': {
    en: (p) => `\`${p.path}\` is given twice. Keep one value and delete the other.`,
    ru: (p) => `\`${p.path}\` указан дважды. Оставьте одно значение, другое удалите.`,
    kk: (p) => `\`${p.path}\` екі рет көрсетілген. Бір мәнін қалдырып, екіншісін жойыңыз.`
  },
  'too-many-aliases': {
    en: (p) => `The YAML aliases (\`*name\`) expand to too much data (more than ${p.limit} uses). Write the values out instead.`,
    ru: (p) => `Ссылки YAML (\`*имя\`) разворачиваются в слишком большой объём данных (больше ${p.limit} использований). Напишите значения явно.`,
    kk: (p) => `YAML сілтемелері (\`*атау\`) ашылғанда деректер тым көп болып кетеді (${p.limit} реттен артық пайдаланылған). Мәндерді сілтемесіз, толық жазыңыз.`
  },
  'too-deep': {
    en: (p) => `The facts are nested more than ${p.limit} levels deep here. No fact needs that; check the indentation.`,
    ru: (p) => `Здесь вложенность фактов больше ${p.limit} уровней. Ни одному факту это не нужно; проверьте отступы.`,
    kk: (p) => `Мұнда фактілер ${p.limit} деңгейден тереңірек кірістірілген. Бірде-бір фактіге мұндай тереңдік керек емес; шегіністерді тексеріңіз.`
  },
  'forbidden-key': {
    en: (p) => `\`${p.key}\` cannot be used as a key (it would change how the program works). Rename it.`,
    ru: (p) => `\`${p.key}\` нельзя использовать как ключ (это изменило бы работу программы). Переименуйте его.`,
    kk: (p) => `\`${p.key}\` кілт ретінде қолданыла алмайды (ол бағдарламаның жұмысын өзгертіп жібереді). Кілттің атын өзгертіңіз.`
  },
  'complex-key': {
    en: () => 'A fact\'s name is a word before `: `, not a list or a group (`? [a, b]`, `[a, b]: …`). Write one name here.',
    ru: () => 'Название факта — это слово перед «: », а не список или группа (`? [a, b]`, `[a, b]: …`). Напишите здесь одно название.',
    kk: () => 'Фактінің атауы — «: » алдындағы сөз, тізім немесе топ емес (`? [a, b]`, `[a, b]: …`). Мұнда бір атау жазыңыз.'
  },
  'yaml-tag': {
    en: (p) => `\`${p.tag}\` is a YAML tag, which facts do not use: it would be dropped, and the value read as plain text. Remove \`${p.tag}\`; write dates as \`2025-06-01\` and texts as they are.`,
    ru: (p) => `\`${p.tag}\` — тег YAML, а в фактах теги не используются: он был бы отброшен, а значение прочитано как обычный текст. Уберите \`${p.tag}\`; даты пишутся как \`2025-06-01\`, тексты — как есть.`,
    kk: (p) => `\`${p.tag}\` — YAML тегі, ал фактілерде тегтер қолданылмайды: ол алынып тасталып, мән кәдімгі мәтін ретінде оқылар еді. \`${p.tag}\` белгісін алып тастаңыз; күндер \`2025-06-01\` түрінде, мәтіндер сол күйінде жазылады.`
  },
  'missing-fact': {
    en: (p) => `${where(p, 'en')}the fact \`${p.property}\` is missing. Add it${p.example ? `, for example: \`${p.property}: ${p.example}\`` : ''}.`,
    ru: (p) => `${where(p, 'ru')}не хватает факта \`${p.property}\`. ${p.description ? sentence(p.description) + ' ' : ''}Добавьте его${p.example ? `, например: \`${p.property}: ${p.example}\`` : ''}.`,
    kk: (p) => `${where(p, 'kk')}\`${p.property}\` фактісі жоқ. ${p.descriptionKk ? sentence(p.descriptionKk) + ' ' : ''}Оны қосыңыз${p.example ? `, мысалы: \`${p.property}: ${p.example}\`` : ''}.`
  },
  'unknown-fact': {
    en: (p) => `${where(p, 'en')}\`${p.property}\` is not a known fact${p.suggestion ? `; did you mean \`${p.suggestion}\`?` : '.'} Known here: ${p.allowed}.`,
    ru: (p) => `${where(p, 'ru')}факт \`${p.property}\` неизвестен${p.suggestion ? `; может быть, имелся в виду \`${p.suggestion}\`?` : '.'} Здесь допустимы: ${p.allowed}.`,
    kk: (p) => `${where(p, 'kk')}\`${p.property}\` — белгісіз факт${p.suggestion ? `; мүмкін, \`${p.suggestion}\` деп жазғыңыз келді ме?` : '.'} Мұнда болуы мүмкін фактілер: ${p.allowed}.`
  },
  'unknown-key': {
    en: (p) =>
      p.vocabulary
        ? `${where(p, 'en')}\`${p.actual}\` is not one of the fixed values${p.suggestion ? `; did you mean \`${p.suggestion}\`?` : '.'} ${p.suggestion ? 'Or add' : 'If it is a kind of its own, add'} your own item under \`vocabulary.${p.vocabulary}\`: \`${customTerm(p)}\`, and write \`${p.customKey}\` here. Fixed values: ${p.allowed}.`
        : `${where(p, 'en')}\`${p.actual}\` is not one of the allowed values${p.suggestion ? `; did you mean \`${p.suggestion}\`?` : '.'} Allowed: ${p.allowed}.`,
    ru: (p) =>
      p.vocabulary
        ? `${where(p, 'ru')}значения \`${p.actual}\` нет среди готовых${p.suggestion ? `; может быть, имелось в виду \`${p.suggestion}\`?` : '.'} ${p.suggestion ? 'Или добавьте' : 'Если это что-то своё, добавьте'} свой термин в \`vocabulary.${p.vocabulary}\`: \`${customTerm(p)}\` — и укажите здесь \`${p.customKey}\`. Готовые значения: ${p.allowed}.`
        : `${where(p, 'ru')}значение \`${p.actual}\` не из списка${p.suggestion ? `; может быть, имелось в виду \`${p.suggestion}\`?` : '.'} Допустимо: ${p.allowed}.`,
    kk: (p) =>
      p.vocabulary
        ? `${where(p, 'kk')}\`${p.actual}\` дайын мәндердің арасында жоқ${p.suggestion ? `; мүмкін, \`${p.suggestion}\` деп жазғыңыз келді ме?` : '.'} ${p.suggestion ? 'Немесе' : 'Егер бұл тізімде жоқ өз ұғымыңыз болса,'} \`vocabulary.${p.vocabulary}\` ішіне өз терминіңізді қосыңыз: \`${customTerm(p)}\` — және мұнда \`${p.customKey}\` деп жазыңыз. Дайын мәндер: ${p.allowed}.`
        : `${where(p, 'kk')}\`${p.actual}\` рұқсат етілген мәндердің арасында жоқ${p.suggestion ? `; мүмкін, \`${p.suggestion}\` деп жазғыңыз келді ме?` : '.'} Рұқсат етілген мәндер: ${p.allowed}.`
  },
  'transfer-basis-not-in-law': {
    en: (p) => `${where(p, 'en')}performing a contract (\`${p.actual}\`) is not a ground Article 16 of the Law gives for a cross-border transfer. Into a country that protects personal data write \`adequate-protection\`; into any other, one of: \`consent\` (the subject or their legal representative agreed to the transfer itself; written \`basis: [consent]\`), \`international-treaty\`, \`law\`, \`rights-protection\`.`,
    ru: (p) => `${where(p, 'ru')}исполнение договора (\`${p.actual}\`) не входит в число оснований трансграничной передачи, которые называет статья 16 Закона. Для страны, обеспечивающей защиту персональных данных, укажите \`adequate-protection\`; для другой — одно из оснований: \`consent\` (субъект или его законный представитель дал согласие именно на трансграничную передачу; запись: \`basis: [consent]\`), \`international-treaty\`, \`law\`, \`rights-protection\`.`,
    kk: (p) => `${where(p, 'kk')}шартты орындау (\`${p.actual}\`) Заңның 16-бабында аталған трансшекаралық беру негіздерінің қатарына кірмейді. Дербес деректердің қорғалуын қамтамасыз ететін ел үшін \`adequate-protection\` деп жазыңыз; өзге ел үшін мына негіздердің бірін көрсетіңіз: \`consent\` (субъект немесе оның заңды өкілі трансшекаралық беруге арнайы келісім берген; жазылуы: \`basis: [consent]\`), \`international-treaty\`, \`law\`, \`rights-protection\`.`
  },
  'unsupported-locale': {
    en: (p) => `${where(p, 'en')}policygen publishes in Russian (\`ru\`) and Kazakh (\`kk\`) only; remove \`${p.actual}\`.`,
    ru: (p) => `${where(p, 'ru')}policygen публикует документы только на русском (\`ru\`) и казахском (\`kk\`) языках; уберите \`${p.actual}\`.`,
    kk: (p) => `${where(p, 'kk')}policygen құжаттарды тек орыс (\`ru\`) және қазақ (\`kk\`) тілдерінде жариялайды; \`${p.actual}\` мәнін алып тастаңыз.`
  },
  'locale-not-in-facts': {
    en: (p) => `${where(p, 'en')}the site publishes ${p.locales} (\`locales\` in ${p.config}), but these facts do not publish ${p.missing}. Add \`${p.missing}\` to \`locales\` here, with its texts, or take it out of the config.`,
    ru: (p) => `${where(p, 'ru')}языки сайта — ${p.locales} (\`locales\` в ${p.config}), а в этих фактах нет языка ${p.missing}. Добавьте \`${p.missing}\` в \`locales\` этого файла и заполните тексты на этом языке или уберите этот язык из ${p.config}.`,
    kk: (p) => `${where(p, 'kk')}сайттың тілдері — ${p.locales} (${p.config} ішіндегі \`locales\`), ал бұл фактілерде ${p.missing} тілі жоқ. Осы файлдағы \`locales\` тізіміне \`${p.missing}\` кодын қосып, сол тілдегі мәтіндерді толтырыңыз немесе бұл тілді ${p.config} файлынан алып тастаңыз.`
  },
  'comma-separated-list': {
    en: (p) => `${where(p, 'en')}\`${p.actual}\` looks like a list written with commas, but without square brackets it is read as one text. Write \`${p.key ? `${p.key}: ` : ''}${p.list}\`.`,
    ru: (p) => `${where(p, 'ru')}\`${p.actual}\` похоже на список через запятую, но без квадратных скобок это читается как один текст. Напишите \`${p.key ? `${p.key}: ` : ''}${p.list}\`.`,
    kk: (p) => `${where(p, 'kk')}\`${p.actual}\` үтір арқылы жазылған тізімге ұқсайды, бірақ тік жақшасыз ол бір ғана мәтін болып оқылады. Былай жазыңыз: \`${p.key ? `${p.key}: ` : ''}${p.list}\`.`
  },
  'comma-in-text': {
    en: (p) => `${where(p, 'en')}the text is cut at its comma: inside \`{…}\` a comma ends a value, so the text is «${p.actual}» and the rest became facts of their own. Put the whole text in quotes: \`${p.key}: "${p.text}"\`.`,
    ru: (p) => `${where(p, 'ru')}текст обрывается на запятой: внутри \`{…}\` запятая завершает значение, поэтому текстом стало «${p.actual}», а остальное — отдельными фактами. Возьмите весь текст в кавычки: \`${p.key}: "${p.text}"\`.`,
    kk: (p) => `${where(p, 'kk')}мәтін үтірде үзіліп қалды: \`{…}\` ішінде үтір мәнді аяқтайды, сондықтан мәтін «${p.actual}» болып қалды, ал қалғаны жеке фактілерге айналды. Бүкіл мәтінді тырнақшаға алыңыз: \`${p.key}: "${p.text}"\`.`
  },
  'one-value-only': {
    en: (p) => `${where(p, 'en')}only one value is allowed here, but ${p.count} are given: ${joinAnd(quoted(p.values), 'en')}. Keep one of them${p.list ? ' (a list is not allowed here)' : ''}.`,
    ru: (p) => `${where(p, 'ru')}здесь допускается только одно значение, а указано ${p.count} ${pluralRu(Number(p.count), {one: 'значение', few: 'значения', many: 'значений'})}: ${joinAnd(quoted(p.values), 'ru')}. Оставьте одно${p.list ? ' (список здесь не допускается)' : ''}.`,
    kk: (p) => `${where(p, 'kk')}мұнда тек бір мән болуы керек, ал ${p.count} мән берілген: ${joinAnd(quoted(p.values), 'kk')}. Біреуін ғана қалдырыңыз${p.list ? ' (мұнда тізім жазуға болмайды)' : ''}.`
  },
  'unknown-country': {
    en: (p) => `${where(p, 'en')}\`${p.actual}\` is not an ISO 3166-1 country code. Use two capital letters, for example \`KZ\`, \`US\`, \`DE\`${p.suggestion ? ` (did you mean \`${p.suggestion}\`?)` : ''}.`,
    ru: (p) => `${where(p, 'ru')}\`${p.actual}\` — не код страны ISO 3166-1. Укажите две заглавные латинские буквы, например \`KZ\`, \`US\`, \`DE\`${p.suggestion ? ` (может быть, \`${p.suggestion}\`?)` : ''}.`,
    kk: (p) => `${where(p, 'kk')}\`${p.actual}\` — ISO 3166-1 бойынша ел коды емес. Кодты екі бас латын әрпімен жазыңыз, мысалы \`KZ\`, \`US\`, \`DE\`${p.suggestion ? ` (мүмкін, \`${p.suggestion}\` деп жазғыңыз келді ме?)` : ''}.`
  },
  'wrong-type': {
    en: (p) => `${where(p, 'en')}expected ${typeName(p.expected, 'en')}, got ${actualName(p.actual, 'en')}. ${wrongTypeAdvice(p, 'en')}`,
    ru: (p) => `${where(p, 'ru')}ожидается ${typeName(p.expected, 'ru')}, а здесь ${actualName(p.actual, 'ru')}. ${wrongTypeAdvice(p, 'ru')}`,
    kk: (p) => `${where(p, 'kk')}мұнда ${typeName(p.expected, 'kk')} болуы керек, ал берілгені — ${actualName(p.actual, 'kk')}. ${wrongTypeAdvice(p, 'kk')}`
  },
  'wrong-value': {
    en: (p) => `${where(p, 'en')}this must be \`${p.expected}\`, not \`${p.actual}\`.`,
    ru: (p) => `${where(p, 'ru')}здесь должно быть \`${p.expected}\`, а не \`${p.actual}\`.`,
    kk: (p) => `${where(p, 'kk')}мұнда \`${p.actual}\` емес, \`${p.expected}\` болуы керек.`
  },
  'invalid-date': {
    en: (p) => invalidDate(p, 'en'),
    ru: (p) => invalidDate(p, 'ru'),
    kk: (p) => invalidDateKk(p)
  },
  'invalid-email': {
    en: (p) => `${where(p, 'en')}\`${p.actual}\` is not an email address. Expected something like \`office@example.kz\`.`,
    ru: (p) => `${where(p, 'ru')}\`${p.actual}\` — не адрес электронной почты. Ожидается что-то вроде \`office@example.kz\`.`,
    kk: (p) => `${where(p, 'kk')}\`${p.actual}\` — электрондық пошта мекенжайы емес. Мұнда \`office@example.kz\` сияқты мекенжай болуы керек.`
  },
  'invalid-url': {
    en: (p) =>
      p.character
        ? `${where(p, 'en')}\`${p.actual}\` holds «${p.character}», which a web address cannot hold as written: ${p.character === '\\' ? 'a browser reads it as `/`, so the link would not go where it seems to' : 'it would break the document around the link'}. Remove it, or write it encoded (\`${encodeURIComponent(p.character)}\`) if the site's address really has it.`
        : `${where(p, 'en')}\`${p.actual}\` is not a secure web address. Links start with \`https://\` and the site's name, for example \`https://example.kz\`.`,
    ru: (p) =>
      p.character
        ? `${where(p, 'ru')}в \`${p.actual}\` есть «${p.character}», а такого знака в веб-адресе как есть быть не может: ${p.character === '\\' ? 'браузер читает его как `/`, и ссылка вела бы не туда, куда кажется' : 'он нарушил бы документ вокруг ссылки'}. Уберите его или запишите закодированным (\`${encodeURIComponent(p.character)}\`), если в адресе сайта он действительно есть.`
        : `${where(p, 'ru')}\`${p.actual}\` — не защищённый веб-адрес. Ссылка начинается с \`https://\` и имени сайта, например \`https://example.kz\`.`,
    kk: (p) =>
      p.character
        ? `${where(p, 'kk')}\`${p.actual}\` ішінде «${p.character}» бар, ал веб-мекенжайда мұндай таңба жазылған күйінде бола алмайды: ${p.character === '\\' ? 'браузер оны `/` деп оқиды, сондықтан сілтеме көрінген жерге апармас еді' : 'ол сілтеменің айналасындағы құжатты бұзар еді'}. Оны алып тастаңыз немесе сайттың мекенжайында ол шынымен бар болса, кодталған түрде жазыңыз (\`${encodeURIComponent(p.character)}\`).`
        : `${where(p, 'kk')}\`${p.actual}\` — қорғалған веб-мекенжай емес. Сілтеме \`https://\` белгісінен және сайттың атауынан басталады, мысалы \`https://example.kz\`.`
  },
  'invalid-phone': {
    en: (p) => `${where(p, 'en')}\`${p.actual}\` is not a phone number. Write it in international form, for example \`+7 727 338 39 93\`.`,
    ru: (p) => `${where(p, 'ru')}\`${p.actual}\` — не номер телефона. Укажите его в международном формате, например \`+7 727 338 39 93\`.`,
    kk: (p) => `${where(p, 'kk')}\`${p.actual}\` — телефон нөмірі емес. Нөмірді халықаралық форматта жазыңыз, мысалы \`+7 727 338 39 93\`.`
  },
  'invalid-bin': {
    en: (p) => `${where(p, 'en')}\`${p.actual}\` is not a valid БИН/ИИН: it must be 12 digits and the last digit must match the check digit. Copy it from the registration certificate, in quotes: \`"180940004961"\`.`,
    ru: (p) => `${where(p, 'ru')}\`${p.actual}\` — неверный БИН/ИИН: нужно 12 цифр, и последняя должна совпадать с контрольной. Скопируйте номер из справки о регистрации, в кавычках: \`"180940004961"\`.`,
    kk: (p) => `${where(p, 'kk')}\`${p.actual}\` — жарамсыз БСН/ЖСН: нөмір 12 цифрдан тұрады, ал оның соңғы цифры бақылау цифрымен сәйкес келуі керек. Нөмірді тіркеу туралы анықтамадан көшіріп, тырнақшаға алып жазыңыз: \`"180940004961"\`.`
  },
  'invalid-duration': {
    en: (p) => `${where(p, 'en')}\`${p.actual}\` is not a period policygen understands.${durationNote(p, 'en')}${p.suggestion ? ` Did you mean \`${p.suggestion}\`?` : ''} ${durationForms(p.forms, 'en')}.`,
    ru: (p) => `${where(p, 'ru')}\`${p.actual}\` — непонятный срок.${durationNote(p, 'ru')}${p.suggestion ? ` Может быть, имелось в виду \`${p.suggestion}\`?` : ''} ${durationForms(p.forms, 'ru')}.`,
    kk: (p) => `${where(p, 'kk')}\`${p.actual}\` — policygen түсінбейтін мерзім.${durationNote(p, 'kk')}${p.suggestion ? ` Мүмкін, \`${p.suggestion}\` деп жазғыңыз келді ме?` : ''} ${durationForms(p.forms, 'kk')}.`
  },
  'invalid-format': {
    en: (p) =>
      p.identifier
        ? `${where(p, 'en')}\`${p.actual}\` is not written the way ids and keys are: in small Latin letters, digits and hyphens${p.suggestion ? `; write \`${p.suggestion}\`` : `, for example \`${p.example ?? 'google'}\``}.`
        : `${where(p, 'en')}\`${p.actual}\` is not in the form this fact takes${p.example ? `; write it like this: \`${p.example}\`` : ''}.`,
    ru: (p) =>
      p.identifier
        ? `${where(p, 'ru')}\`${p.actual}\` записано не так, как пишутся идентификаторы и ключи: строчными латинскими буквами, цифрами и дефисами${p.suggestion ? `; напишите \`${p.suggestion}\`` : `, например \`${p.example ?? 'google'}\``}.`
        : `${where(p, 'ru')}\`${p.actual}\` записано не в том виде${p.example ? `; напишите так: \`${p.example}\`` : ''}.`,
    kk: (p) =>
      p.identifier
        ? `${where(p, 'kk')}\`${p.actual}\` идентификаторлар мен кілттердің жазылу тәртібіне сай емес: олар кіші латын әріптерімен, цифрлармен және дефиспен жазылады${p.suggestion ? `; былай жазыңыз: \`${p.suggestion}\`` : `, мысалы \`${p.example ?? 'google'}\``}.`
        : `${where(p, 'kk')}\`${p.actual}\` бұл фактінің жазылу түріне сай емес${p.example ? `; былай жазыңыз: \`${p.example}\`` : ''}.`
  },
  'empty-list': {
    en: (p) => `${where(p, 'en')}the list is empty; add at least ${p.limit} ${p.limit === '1' ? 'item' : 'items'}.${p.example ? ` Example: \`${p.example}\`.` : ''}`,
    ru: (p) => `${where(p, 'ru')}список пуст; добавьте хотя бы ${p.limit} ${pluralRu(Number(p.limit), {one: 'элемент', few: 'элемента', many: 'элементов'})}.${p.example ? ` Пример: \`${p.example}\`.` : ''}`,
    kk: (p) => `${where(p, 'kk')}тізім бос; кемінде ${p.limit} элемент қосыңыз.${p.example ? ` Мысал: \`${p.example}\`.` : ''}`
  },
  'duplicate-item': {
    en: (p) => `${where(p, 'en')}the list repeats an item (positions ${p.first} and ${p.second}). Remove the repetition.`,
    ru: (p) => `${where(p, 'ru')}в списке повторяется элемент (позиции ${p.first} и ${p.second}). Уберите повтор.`,
    kk: (p) => `${where(p, 'kk')}тізімде бір элемент қайталанады (${p.first}-орында және ${p.second}-орында). Қайталанғанын алып тастаңыз.`
  },
  'empty-text': {
    en: (p) => `${where(p, 'en')}the text is empty (or only spaces and invisible characters). Write the text, or remove the fact if it does not apply.`,
    ru: (p) => `${where(p, 'ru')}текст пуст (или в нём только пробелы и невидимые символы). Напишите текст или удалите факт, если он не нужен.`,
    kk: (p) => `${where(p, 'kk')}мәтін бос (немесе онда тек бос орындар мен көрінбейтін таңбалар бар). Мәтінді жазыңыз немесе факт қажет болмаса, оны алып тастаңыз.`
  },
  'too-long': {
    en: (p) => `${where(p, 'en')}the text is ${p.length} characters long; this fact may be at most ${p.limit}. Shorten it, or move the detail into a custom clause.`,
    ru: (p) => `${where(p, 'ru')}текст длиной ${p.length} знаков, а этот факт может быть не длиннее ${p.limit}. Сократите его или перенесите подробности в отдельный раздел (customClauses).`,
    kk: (p) => `${where(p, 'kk')}мәтіннің ұзындығы — ${p.length} таңба, ал бұл факт ${p.limit} таңбадан аспауы керек. Мәтінді қысқартыңыз немесе толық мазмұнын жеке бөлімге (\`customClauses\`) көшіріңіз.`
  },
  'line-break': {
    en: (p) => `${where(p, 'en')}this fact is one line, but the text breaks the line at character ${p.position} (${p.character}). Join it into one line.`,
    ru: (p) => `${where(p, 'ru')}этот факт пишется в одну строку, а в тексте перенос строки на ${p.position}-м знаке (${p.character}). Соедините текст в одну строку.`,
    kk: (p) => `${where(p, 'kk')}бұл факт бір жолға жазылады, ал мәтін ${p.position}-таңбада жаңа жолға ауысады (${p.character}). Мәтінді бір жолға біріктіріңіз.`
  },
  'control-character': {
    en: (p) => `${where(p, 'en')}character ${p.position} of the text is an invisible control character (${p.character}), usually pasted from another program. Delete it and type the text again there.`,
    ru: (p) => `${where(p, 'ru')}${p.position}-й знак текста — невидимый управляющий символ (${p.character}), обычно он попадает при вставке из другой программы. Удалите его и наберите это место заново.`,
    kk: (p) => `${where(p, 'kk')}мәтіннің ${p.position}-таңбасы — көрінбейтін басқару таңбасы (${p.character}); ол әдетте басқа бағдарламадан көшіріп қойғанда ілесіп келеді. Оны жойып, бұл жерді қайта теріңіз.`
  },
  'bidi-control': {
    en: (p) => `${where(p, 'en')}character ${p.position} of the text is a direction mark (${p.character}), which can make readers see the text in another order than it is written. Delete it.`,
    ru: (p) => `${where(p, 'ru')}${p.position}-й знак текста — знак направления письма (${p.character}): из-за него текст может читаться не в том порядке, в каком написан. Удалите его.`,
    kk: (p) => `${where(p, 'kk')}мәтіннің ${p.position}-таңбасы — жазу бағытының белгісі (${p.character}): оның кесірінен мәтін жазылған ретімен емес, басқа ретпен оқылуы мүмкін. Оны жойыңыз.`
  },
  'out-of-range': {
    en: (p) => `${where(p, 'en')}${p.actual} is too ${p.comparison?.startsWith('<') ? 'large' : 'small'}: ${limitWords(p, 'en')}${p.comparison?.endsWith('=') ? `, for example \`${p.limit}\`` : ''}.`,
    ru: (p) => `${where(p, 'ru')}${p.actual} — ${p.comparison?.startsWith('<') ? 'слишком много' : 'слишком мало'}: ${limitWords(p, 'ru')}${p.comparison?.endsWith('=') ? `, например \`${p.limit}\`` : ''}.${p.description ? ` ${sentence(p.description)}` : ''}`,
    kk: (p) => `${where(p, 'kk')}${p.actual} — ${p.comparison?.startsWith('<') ? 'тым көп' : 'тым аз'}: ${limitWords(p, 'kk')}${p.comparison?.endsWith('=') ? `, мысалы, \`${p.limit}\`` : ''}.${p.descriptionKk ? ` ${sentence(p.descriptionKk)}` : ''}`
  },
  'empty-object': {
    en: (p) => `${where(p, 'en')}nothing is given here. Give at least one of: ${p.allowed}.`,
    ru: (p) => `${where(p, 'ru')}здесь ничего не указано. Укажите хотя бы одно из: ${p.allowed}.`,
    kk: (p) => `${where(p, 'kk')}${p.path ? 'мұнда ' : ''}ештеңе көрсетілмеген. Мыналардың кемінде біреуін көрсетіңіз: ${p.allowed}.`
  },
  'organization-folder-name': {
    en: (p) => `The folder name \`${p.name}\` becomes part of the organization's page addresses, so it must be a lowercase slug: Latin letters a–z, digits and hyphens${p.suggestion ? `, for example \`${p.suggestion}\`` : ', for example `acme-kz`'}. Rename the folder.`,
    ru: (p) => `Имя папки \`${p.name}\` становится частью адресов страниц организации, поэтому оно пишется строчными латинскими буквами a–z, цифрами и дефисами${p.suggestion ? `, например \`${p.suggestion}\`` : ', например `acme-kz`'}. Переименуйте папку.`,
    kk: (p) => `\`${p.name}\` қалтасының атауы ұйым беттерінің мекенжайына кіреді, сондықтан ол кіші латын әріптерімен (a–z), цифрлармен және дефиспен жазылады${p.suggestion ? `, мысалы \`${p.suggestion}\`` : ', мысалы `acme-kz`'}. Қалтаның атын өзгертіңіз.`
  },
  'organization-without-facts': {
    en: (p) => `The folder \`${p.name}\` has no \`facts.yaml\`, so this organization would not be published${p.suggestion ? `; did you mean to name \`${p.suggestion}\` \`facts.yaml\`?` : p.found ? ` (it holds ${p.found}).` : ' (it is empty).'} Add the facts file, or remove the folder.`,
    ru: (p) => `В папке \`${p.name}\` нет файла \`facts.yaml\`, и эта организация не будет опубликована${p.suggestion ? `; может быть, \`${p.suggestion}\` нужно назвать \`facts.yaml\`?` : p.found ? ` (в папке: ${p.found}).` : ' (папка пуста).'} Добавьте файл фактов или удалите папку.`,
    kk: (p) => `\`${p.name}\` қалтасында \`facts.yaml\` файлы жоқ, сондықтан бұл ұйым жарияланбайды${p.suggestion ? `; мүмкін, \`${p.suggestion}\` файлын \`facts.yaml\` деп атау керек шығар?` : p.found ? ` (қалтада: ${p.found}).` : ' (қалта бос).'} Фактілер файлын қосыңыз немесе қалтаны жойыңыз.`
  },
  'content-symlink': {
    en: (p) => `\`${p.name}\` is a symbolic link. policygen reads only real folders and files in the content folder (a link can lead outside the repository): copy the folder or file here instead.`,
    ru: (p) => `\`${p.name}\` — символическая ссылка. policygen читает в папке с фактами только настоящие папки и файлы (ссылка может вести за пределы репозитория): скопируйте папку или файл сюда.`,
    kk: (p) => `\`${p.name}\` — символдық сілтеме. policygen фактілер қалтасындағы тек нақты қалталар мен файлдарды оқиды (сілтеме репозиторийден тыс жерге апаруы мүмкін): оның орнына қалтаны немесе файлдың өзін осында көшіріңіз.`
  },
  'content-not-a-file': {
    en: (p) => (p.folder ? `\`${p.name}\` is a folder; the facts must be an ordinary file named \`facts.yaml\`. Move what it holds out and save the facts there as a file.` : `\`${p.name}\` is neither a folder nor an ordinary file (a pipe, a socket or a device). Remove it from the content folder.`),
    ru: (p) => (p.folder ? `\`${p.name}\` — папка, а факты должны быть обычным файлом \`facts.yaml\`. Перенесите её содержимое и сохраните факты в файл с этим именем.` : `\`${p.name}\` — не папка и не обычный файл (канал, сокет или устройство). Уберите его из папки с фактами.`),
    kk: (p) => (p.folder ? `\`${p.name}\` — қалта, ал фактілер \`facts.yaml\` деп аталатын кәдімгі файл болуы керек. Қалтадағыны басқа жерге көшіріп, фактілерді осы атаумен файлға сақтаңыз.` : `\`${p.name}\` — қалта да, кәдімгі файл да емес (арна, сокет немесе құрылғы). Оны фактілер қалтасынан алып тастаңыз.`)
  },
  'hidden-organization': {
    en: (p) => `The folder \`${p.name}\` holds facts, but its name starts with a dot, so it is hidden and not built. Rename it without the dot to publish it, or leave it if it is kept aside on purpose.`,
    ru: (p) => `В папке \`${p.name}\` есть факты, но её имя начинается с точки: она скрыта и не собирается. Чтобы опубликовать её, уберите точку из имени; если она отложена намеренно, оставьте как есть.`,
    kk: (p) => `\`${p.name}\` қалтасында фактілер бар, бірақ оның атауы нүктеден басталады: қалта жасырын, сондықтан құрастырылмайды. Жариялау үшін атауынан нүктені алып тастаңыз; әдейі бөлек қойылған болса, қалай тұр, солай қалдырыңыз.`
  },
  'facts-outside-folder': {
    en: (p) => `\`${p.name}\` lies directly in the content folder, where nothing is read. Each organization has a folder of its own: move the file to \`<org>/facts.yaml\`.`,
    ru: (p) => `Файл \`${p.name}\` лежит прямо в папке с фактами, где ничего не читается. У каждой организации своя папка: перенесите файл в \`<организация>/facts.yaml\`.`,
    kk: (p) => `\`${p.name}\` файлы тікелей фактілер қалтасында жатыр, ал ол жерден ештеңе оқылмайды. Әр ұйымның өз қалтасы болады: файлды \`<ұйым>/facts.yaml\` ретінде көшіріңіз.`
  },
  'template-fact-missing': {
    en: (p) => `The template asks for \`${p.fact}\`, which the facts do not give. Add the fact, or guard the template with {{#if}}.`,
    ru: (p) => `Шаблон использует \`${p.fact}\`, которого нет в фактах. Добавьте факт или оберните место в шаблоне в {{#if}}.`,
    kk: (p) => `Шаблонда \`${p.fact}\` қолданылады, бірақ ол фактілерде жоқ. Фактіні қосыңыз немесе шаблондағы бұл жерді {{#if}} ішіне алыңыз.`
  },
  'template-too-deep': {
    en: (p) => `This line opens ${p.detail} block quotes or lists one inside another; a document may nest at most ${p.limit} levels, or it cannot be laid out. Remove the extra \`>\` signs or list markers.`,
    ru: (p) => `В этой строке ${p.detail} цитат или списков вложены друг в друга; в документе допускается не больше ${p.limit} уровней вложенности, иначе его нельзя сверстать. Уберите лишние знаки \`>\` или маркеры списка.`,
    kk: (p) => `Бұл жолда ${p.detail} дәйексөз немесе тізім бірінің ішіне бірі салынған; құжатта ең көбі ${p.limit} деңгей болуы мүмкін, әйтпесе оны беттерге орналастыру мүмкін емес. Артық \`>\` белгілерін немесе тізім таңбаларын алып тастаңыз.`
  },
  'template-output-too-deep': {
    en: (p) => `The text this template makes opens, on its line ${p.detail}, more than ${p.limit} block quotes or lists one inside another (or a run of hundreds of \`*\`, \`_\` or \`~\`), built up by loops, partials inside quotes or terms; a document that deep cannot be laid out. Remove the extra levels.`,
    ru: (p) => `В тексте, который создаёт этот шаблон, в строке ${p.detail} вложено друг в друга больше ${p.limit} цитат или списков (или стоят сотни знаков \`*\`, \`_\` или \`~\` подряд): их набирают циклы, вложенные в цитаты части шаблона или термины. Такой документ нельзя сверстать. Уберите лишние уровни.`,
    kk: (p) => `Бұл шаблон жасайтын мәтіннің ${p.detail}-жолында ${p.limit} деңгейден артық дәйексөз немесе тізім бірінің ішіне бірі салынған (немесе қатарынан жүздеген \`*\`, \`_\` не \`~\` белгісі тұр): оларды циклдар, дәйексөз ішіндегі шаблон бөліктері немесе терминдер құрайды. Мұндай құжатты беттерге орналастыру мүмкін емес. Артық деңгейлерді алып тастаңыз.`
  },
  'template-includes-itself': {
    en: (p) => `This part of the template includes itself, through ${p.detail}: it would go on without end. Remove the inclusion that leads back.`,
    ru: (p) => `Эта часть шаблона включает саму себя (${p.detail}) и повторялась бы без конца. Уберите включение, которое ведёт обратно.`,
    kk: (p) => `Шаблонның бұл бөлігі өзін-өзі қамтиды (${p.detail}), сондықтан шексіз қайталана береді. Кері әкелетін қосуды алып тастаңыз.`
  },
  'template-climbs-out': {
    en: (p) => `\`${p.detail}\` looks for a fact further out (each \`../\` is one level out of the \`{{#each}}\` or \`{{#with}}\` around it), but at this place there are not that many levels around it. Remove the extra \`../\`, or move the expression inside the \`{{#each}}\` or \`{{#with}}\` it belongs to.`,
    ru: (p) => `\`${p.detail}\` ищет факт на внешнем уровне (каждый \`../\` выводит на один уровень наружу из окружающего \`{{#each}}\` или \`{{#with}}\`), но здесь нет столько внешних уровней. Уберите лишние \`../\` или перенесите выражение внутрь того \`{{#each}}\` или \`{{#with}}\`, к которому оно относится.`,
    kk: (p) => `\`${p.detail}\` фактіні сыртқы деңгейден іздейді (әрбір \`../\` — айналасындағы \`{{#each}}\` не \`{{#with}}\` ішінен бір деңгей сыртқа шығу), бірақ бұл жерде айналасында сонша деңгей жоқ. Артық \`../\` белгілерін алып тастаңыз немесе өрнекті ол жататын \`{{#each}}\` не \`{{#with}}\` ішіне көшіріңіз.`
  },
  'template-partial-missing': {
    en: (p) => `\`{{> ${p.detail}}}\` includes a part of the template that does not exist. Check the name against the files in \`partials/\` (the name is the file's path there, without \`.md.hbs\`).`,
    ru: (p) => `\`{{> ${p.detail}}}\` включает часть шаблона, которой нет. Сверьте имя с файлами в \`partials/\` (имя — это путь к файлу там, без \`.md.hbs\`).`,
    kk: (p) => `\`{{> ${p.detail}}}\` шаблонның жоқ бөлігін қосады. Атауын \`partials/\` ішіндегі файлдармен салыстырыңыз (атауы — файлдың сондағы \`.md.hbs\` кеңейтімінсіз жолы).`
  },
  'template-page-partial': {
    en: (p) => `\`{{> ${p.detail}}}\` includes a part of a template, but the page templates (\`layout.html.hbs\`, \`index.html.hbs\`) cannot include the documents' parts: the parts in \`partials/\` belong to the documents' templates. Write the text here instead.`,
    ru: (p) => `\`{{> ${p.detail}}}\` включает часть шаблона, но шаблоны страниц (\`layout.html.hbs\`, \`index.html.hbs\`) не могут включать части шаблонов документов: части из \`partials/\` предназначены только для шаблонов документов. Напишите текст прямо здесь.`,
    kk: (p) => `\`{{> ${p.detail}}}\` шаблонның бөлігін қосады, бірақ бет шаблондары (\`layout.html.hbs\`, \`index.html.hbs\`) құжат шаблондарының бөліктерін қоса алмайды: \`partials/\` ішіндегі бөліктер тек құжат шаблондарына арналған. Мәтінді осы жерге тікелей жазыңыз.`
  },
  'template-error': {
    en: (p) => `The template cannot be rendered: ${p.detail}.`,
    ru: (p) => `Шаблон не удаётся отрисовать: ${p.detail}.`,
    kk: (p) => `Шаблоннан құжат жасау мүмкін болмады: ${p.detail}.`
  }
} satisfies Record<string, Wording>

/** Identifier of a rule policygen reports. */
export type RuleId = keyof typeof messages

/** Word a problem in the language asked for. */
export function formatMessage(ruleId: RuleId, params: MessageParams, language: MessageLanguage): string {
  const wording: Wording = messages[ruleId]
  return wording[language](params).replace(/ {2,}/g, ' ').trim()
}

/** How a message names the fact it is about: `` `cookies[2].retention`: `` (or the top level). */
export function where(params: MessageParams, language: MessageLanguage): string {
  if (!params.path) return {en: 'At the top level, ', ru: 'На верхнем уровне ', kk: 'Жоғарғы деңгейде '}[language]
  return `\`${params.path}\`: `
}

/** One phrase in every message language. */
type Words = Readonly<Record<MessageLanguage, string>>

function typeName(type: string | undefined, language: MessageLanguage): string {
  const names: Record<string, Words> = {
    string: {en: 'text', ru: 'текст', kk: 'мәтін'},
    value: {en: 'one value', ru: 'одно значение', kk: 'бір ғана мән'},
    object: {en: 'named facts (`key: value` lines)', ru: 'набор фактов (строки «ключ: значение»)', kk: 'атаулы фактілер («кілт: мән» жолдары)'},
    array: {en: 'a list (lines starting with `- `)', ru: 'список (строки, начинающиеся с `- `)', kk: 'тізім (`- ` белгісінен басталатын жолдар)'},
    boolean: {en: '`true` or `false`', ru: '`true` или `false`', kk: '`true` немесе `false`'},
    integer: {en: 'a whole number', ru: 'целое число', kk: 'бүтін сан'},
    number: {en: 'a number', ru: 'число', kk: 'сан'}
  }
  return names[type ?? '']?.[language] ?? type ?? '?'
}

function actualName(actual: string | undefined, language: MessageLanguage): string {
  const names: Record<string, Words> = {
    '#list': {en: 'a list', ru: 'список', kk: 'тізім'},
    '#object': {en: 'named facts', ru: 'набор фактов', kk: 'атаулы фактілер'},
    '#null': {en: 'nothing', ru: 'пустое значение', kk: 'бос мән'}
  }
  return names[actual ?? '']?.[language] ?? `\`${actual ?? ''}\``
}

// What a file holds instead of named facts, as the parser names it (`список`, `a list`, or `list`).
function shapeKk(actual: string | undefined): string {
  const shapes: Record<string, string> = {
    list: 'мұнда — тізім',
    'a list': 'мұнда — тізім',
    список: 'мұнда — тізім',
    nothing: 'мұнда ештеңе жоқ',
    ничего: 'мұнда ештеңе жоқ',
    value: 'мұнда — жалғыз мән',
    'a single value': 'мұнда — жалғыз мән',
    'одно значение': 'мұнда — жалғыз мән'
  }
  return shapes[actual ?? ''] ?? `мұнда — ${actual ?? '?'}`
}

/**
 * The name of a locale, as a message in `language` says it (`Kazakh`, `казахском`, and in Kazakh the
 * stem before «тілі»: `қазақ`); a locale policygen does not publish by its code.
 */
export function localeName(locale: string | undefined, language: MessageLanguage): string {
  const names: Record<string, Words> = {
    ru: {en: 'Russian', ru: 'русском', kk: 'орыс'},
    kk: {en: 'Kazakh', ru: 'казахском', kk: 'қазақ'}
  }
  const known = names[locale ?? '']
  if (known) return known[language]
  return language === 'ru' ? `языке \`${locale ?? '?'}\`` : `\`${locale ?? '?'}\``
}

/** `a`, `b` and `c` (`a`, `b` и `c`; `a`, `b` және `c`): items already quoted, joined as a sentence lists them. */
export function joinAnd(items: readonly string[], language: MessageLanguage): string {
  const and = {en: 'and', ru: 'и', kk: 'және'}[language]
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`
}

function sentence(text: string): string {
  const trimmed = text.trim()
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`
}

function quoted(names: string | undefined): string[] {
  return (names ?? '').split('|').filter(Boolean).map((name) => `\`${name}\``)
}

// A Kazakh noun after a number stays singular: `1 бос орын`, `2 бос орын`.
function spacesWord(count: number, language: MessageLanguage): string {
  if (language === 'en') return count === 1 ? '1 space' : `${count} spaces`
  if (language === 'kk') return `${count} бос орын`
  return `${count} ${pluralRu(count, {one: 'пробел', few: 'пробела', many: 'пробелов'})}`
}

// `legalForm` looks like it belongs to `organization` above: indent it by 2 spaces.
function wrongIndent(p: MessageParams, language: MessageLanguage): string {
  const keys = quoted(p.keys)
  const spaces = spacesWord(Number(p.spaces), language)
  const below = Number(p.below ?? 0)
  const many = keys.length > 1 || below > 0
  const align = p.align ? `\`${p.align}\`` : ''
  if (language === 'kk') return wrongIndentKk(p, keys, spaces, below, many, align)
  if (p.dash) {
    return language === 'en'
      ? `${keys[0] ?? 'This line'} looks like the start of a new item of \`${p.parent}\`: write \`- \` before it, as on the items above.`
      : `Похоже, ${keys[0] ? `с ${keys[0]}` : 'здесь'} начинается новый элемент списка \`${p.parent}\`: поставьте перед ${keys[0] ? 'ним' : 'строкой'} \`- \`, как у элементов выше.`
  }
  if (language === 'en') {
    const subject = p.item ? 'This list item' : below > 0 ? `${keys[0] ?? ''} and the ${below === 1 ? 'line' : `${below} lines`} below it` : joinAnd(keys, 'en')
    const [it, they, s] = many ? ['them', 'they', ''] : ['it', 'it', 's']
    const object = p.children ? `${it} and the lines under ${it}` : it
    if (p.more) return `${subject} look${s} like ${they} belong${s} to \`${p.parent}\` above: indent ${object} by ${spaces}${align ? `, in line with ${align}` : ''}.`
    if (p.parent) return `${subject} ${many ? 'are' : 'is'} indented too far: ${they} belong${s} to \`${p.parent}\`${align ? `, in line with ${align}` : ''}. Remove ${spaces} before ${object}.`
    return `${subject} look${s} like ${many ? 'top-level facts' : 'a top-level fact'}${p.from ? `, not part of \`${p.from}\`` : ''}: remove ${spaces} before ${object}, so that ${many ? 'they start' : 'it starts'} at the beginning of the line.`
  }
  const subject = p.item
    ? 'этот элемент списка'
    : below > 0
      ? `${keys[0] ?? ''} и ещё ${below} ${pluralRu(below, {one: 'строка', few: 'строки', many: 'строк'})} под ним`
      : joinAnd(keys, 'ru')
  const belongs = many ? 'относятся' : 'относится'
  // «увеличьте отступ на 2 пробела», or «увеличьте отступ этой строки и строк под ней на 2 пробела».
  const lines = p.children ? ` ${many ? 'этих строк' : 'этой строки'} и строк под ${many ? 'ними' : 'ней'}` : ''
  if (p.more) return `Похоже, ${subject} ${belongs} к \`${p.parent}\` выше: увеличьте отступ${lines} на ${spaces}${align ? `, вровень с ${align}` : ''}.`
  if (p.parent) return `${capitalize(subject)} ${many ? 'стоят' : 'стоит'} со слишком большим отступом: ${many ? 'они' : 'он'} ${belongs} к \`${p.parent}\`${align ? `, вровень с ${align}` : ''}. Уменьшите отступ${lines} на ${spaces}.`
  return `Похоже, ${subject} — ${many ? 'факты' : 'факт'} верхнего уровня${p.from ? `, а не часть \`${p.from}\`` : ''}: уберите ${spaces} в начале ${many ? 'этих строк' : 'строки'}${p.children ? ` и строк под ${many ? 'ними' : 'ней'}` : ''}, чтобы ${many ? 'они начинались' : 'она начиналась'} с первой колонки.`
}

// «`legalForm` жоғарыдағы `organization` ішіне жататын сияқты: `legalName` кілтімен бір бағанға келетіндей
// етіп, шегіністі 2 бос орынға ұлғайтыңыз.» The words for spaces end in «орын»: «орынға», «орынды».
function wrongIndentKk(p: MessageParams, keys: string[], spaces: string, below: number, many: boolean, align: string): string {
  if (p.dash) return `${keys[0] ? `${keys[0]} жолынан` : 'Осы жолдан'} \`${p.parent}\` тізімінің жаңа элементі басталатын сияқты: жоғарыдағы элементтердегідей, жолдың басына \`- \` қойыңыз.`
  const subject = p.item ? 'бұл тізім элементі' : below > 0 ? `${keys[0] ?? ''} және оның астындағы тағы ${below} жол` : joinAnd(keys, 'kk')
  const they = many ? 'олар' : 'ол'
  const indent = p.children
    ? many
      ? 'осы жолдардың және олардың астындағы жолдардың шегінісін'
      : 'осы жолдың және оның астындағы жолдардың шегінісін'
    : many
      ? 'олардың шегінісін'
      : 'шегіністі'
  if (p.more) return `${capitalize(subject)} жоғарыдағы \`${p.parent}\` ішіне жататын сияқты: ${align ? `${align} кілтімен бір бағанға келетіндей етіп, ` : ''}${indent} ${spaces}ға ұлғайтыңыз.`
  if (p.parent) return `${capitalize(subject)} тым үлкен шегініспен жазылған: ${they} \`${p.parent}\` ішіне жатады${align ? ` және ${align} кілтімен бір бағанда тұруы керек` : ''}. ${capitalize(indent)} ${spaces}ға азайтыңыз.`
  return `${capitalize(subject)} — ${p.from ? `\`${p.from}\` ішіндегі емес, ` : ''}жоғарғы деңгейдегі ${many ? 'фактілер' : 'факт'} сияқты: ${many ? 'осы жолдардың' : 'жолдың'} басындағы ${spaces}ды алып тастаңыз${p.children ? ` (${many ? 'олардың' : 'оның'} астындағы жолдардан да)` : ''}, сонда ${they} бірінші бағаннан басталады.`
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** The character a plain text may not start with, from the YAML library's message (`… reserved character @`). */
function startChar(p: MessageParams): string {
  const char = /(\S)$/.exec(p.detail ?? '')?.[1]
  if (char === '`') return '`` ` ``'
  return char ? `\`${char}\`` : '`@`, `` ` ``, `|` or `>`'
}

function syntaxDetail(p: MessageParams, language: MessageLanguage): string {
  const start = startChar(p)
  const plain: Record<string, Words> = {
    BLOCK_AS_IMPLICIT_KEY: {
      en: 'there is a second `: ` on this line. A line holds one `key: value`; if the value itself contains `: `, put the value in quotes',
      ru: 'в строке второе «: ». В строке пишется одна пара «ключ: значение»; если двоеточие с пробелом есть в самом значении, возьмите значение в кавычки',
      kk: 'жолда екінші «: » тұр. Бір жолға бір «кілт: мән» жұбы жазылады; егер мәннің өзінде қос нүкте мен бос орын болса, мәнді тырнақшаға алыңыз'
    },
    BAD_INDENT: {
      en: 'the indentation does not match the lines above (the facts of one group start in the same column)',
      ru: 'отступ не совпадает со строками выше (факты одной группы начинаются в одной колонке)',
      kk: 'шегініс жоғарыдағы жолдарға сәйкес келмейді (бір топтың фактілері бір бағаннан басталады)'
    },
    BLOCK_IN_FLOW: {
      en: 'inside `{ }` or `[ ]`, a text that holds `: ` or starts with `- ` must be in quotes (`{ru: "Акме: офис"}`), or the group written as lines of its own',
      ru: 'внутри `{ }` или `[ ]` текст, в котором есть «: » или который начинается с «- », пишется в кавычках (`{ru: "Акме: офис"}`), либо группу нужно записать отдельными строками',
      kk: '`{ }` немесе `[ ]` ішінде «: » бар немесе «- » белгісінен басталатын мәтін тырнақшаға алынады (`{ru: "Акме: офис"}`), не топты бөлек жолдармен жазу керек'
    },
    BAD_SCALAR_START: {
      en: `a text that starts with ${start} must be in quotes: put the whole text in double quotes`,
      ru: `текст, который начинается с ${start}, пишется в кавычках: возьмите весь текст в двойные кавычки`,
      kk: `${start} белгісінен басталатын мәтін тырнақшаға алынады: бүкіл мәтінді қос тырнақшаға алыңыз`
    },
    BAD_DQ_ESCAPE: {
      en: 'in double quotes a backslash `\\` starts a special character; write `\\\\` for the backslash itself, or use single quotes',
      ru: 'в двойных кавычках обратная косая черта `\\` начинает особый символ; чтобы написать саму черту, удвойте её (`\\\\`) или возьмите текст в одинарные кавычки',
      kk: 'қос тырнақшада кері қиғаш сызық `\\` арнайы таңбаны бастайды; сызықтың өзін жазу үшін оны екі рет жазыңыз (`\\\\`) немесе мәтінді дара тырнақшаға алыңыз'
    }
  }
  if (p.code === 'MISSING_COLON') {
    return {
      en: `\`${p.written}\` has no \`: \` (a colon, then a space) after the fact's name, so it is not read as a fact. Write \`${p.fixed}\``,
      ru: `в \`${p.written}\` после названия факта нет «: » (двоеточия и пробела), поэтому строка не читается как факт. Напишите \`${p.fixed}\``,
      kk: `\`${p.written}\` жолында факт атауынан кейін «: » (қос нүкте мен бос орын) жоқ, сондықтан ол факт ретінде оқылмайды. Былай жазыңыз: \`${p.fixed}\``
    }[language]
  }
  if (p.code === 'STRAY_ITEM') {
    return {
      en: `\`${p.written}\` is a list item, but ${p.top ? 'the top level of the file' : `\`${p.path}\``} holds facts by name, not a list. Delete this line, or, if it was meant as a fact, write the fact's name and \`: \` in place of the dash: \`name: ${p.value}\``,
      ru: `строка \`${p.written}\` — это элемент списка, но ${p.top ? 'на верхнем уровне файла' : `в \`${p.path}\``} факты записываются по названиям, а не списком. Удалите эту строку, а если здесь должен быть факт, напишите вместо дефиса его название и «: » (двоеточие и пробел): \`name: ${p.value}\``,
      kk: `\`${p.written}\` жолы — тізім элементі, ал ${p.top ? 'файлдың жоғарғы деңгейінде' : `\`${p.path}\` ішінде`} фактілер тізіммен емес, атауларымен жазылады. Бұл жолды жойыңыз, ал егер мұнда факт болуы керек болса, сызықшаның орнына фактінің атауын және «: » (қос нүкте мен бос орын) жазыңыз: \`name: ${p.value}\``
    }[language]
  }
  const known = plain[p.code ?? '']
  if (known) return known[language]
  return {en: p.detail ?? '', ru: `${p.detail ?? ''} (так сообщает программа чтения YAML)`, kk: `${p.detail ?? ''} (YAML оқитын бағдарлама осылай хабарлайды)`}[language]
}

// `<= 15`: at most 15 (the schema's limits, in words; in Kazakh the number stands inside the phrase).
function limitWords(p: MessageParams, language: MessageLanguage): string {
  const limit = p.limit ?? ''
  const words: Record<string, Words> = {
    '<=': {en: `the most allowed is ${limit}`, ru: `допускается не больше ${limit}`, kk: `ең көбі ${limit} болуы мүмкін`},
    '<': {en: `it must be less than ${limit}`, ru: `должно быть меньше ${limit}`, kk: `${limit} санынан кем болуы керек`},
    '>=': {en: `the least allowed is ${limit}`, ru: `нужно не меньше ${limit}`, kk: `кемінде ${limit} болуы керек`},
    '>': {en: `it must be more than ${limit}`, ru: `должно быть больше ${limit}`, kk: `${limit} санынан көп болуы керек`}
  }
  return words[p.comparison ?? '']?.[language] ?? `${p.comparison ?? ''} ${limit}`
}

/** The letter of a mixed word that is in the other script, as words: «латинская буква среди кириллических». */
export function foreignLetterWords(script: string | undefined, language: MessageLanguage): string {
  const latin = script === 'Latin'
  return {
    en: latin ? 'Latin among Cyrillic letters' : 'Cyrillic among Latin letters',
    ru: latin ? 'латинская буква среди кириллических' : 'кириллическая буква среди латинских',
    kk: latin ? 'кирилл әріптерінің арасындағы латын әрпі' : 'латын әріптерінің арасындағы кирилл әрпі'
  }[language]
}

/**
 * What to add to a message whose value mixes Latin and Cyrillic letters (`analytiсs` with a Cyrillic
 * `с`), where «did you mean `analytics`?» would show the same letters twice: which letter is foreign.
 */
export function mixedScriptNote(mixed: MixedWord, language: MessageLanguage): string {
  const {letter, code, position, script} = mixed
  const foreign = foreignLetterWords(script, language)
  return {
    en: `Its character ${position}, «${letter}» (${code}), is ${foreign}, though it looks like the letter meant: type the value again in one keyboard layout.`,
    ru: `Его ${position}-й знак, «${letter}» (${code}), — ${foreign}, хотя выглядит как нужная: наберите значение заново в одной раскладке.`,
    kk: `Оның ${position}-таңбасы, «${letter}» (${code}), керекті әріпке ұқсағанымен, ${foreign}: мәнді бір пернетақта орналасуында қайта теріңіз.`
  }[language]
}

function wrongTypeAdvice(p: MessageParams, language: MessageLanguage): string {
  if (p.listOf) {
    return {
      en: `Write it in square brackets, even for one item: \`${p.listOf}\`.`,
      ru: `Запишите в квадратных скобках, даже если элемент один: \`${p.listOf}\`.`,
      kk: `Элемент біреу болса да, тік жақшаға алып жазыңыз: \`${p.listOf}\`.`
    }[language]
  }
  if (p.single) return {en: `Write it without brackets: \`${p.single}\`.`, ru: `Напишите без скобок: \`${p.single}\`.`, kk: `Жақшасыз жазыңыз: \`${p.single}\`.`}[language]
  if (p.quoted) {
    return {
      en: `Put it in quotes, so that it is read as text exactly as written (without them it is read as a number or a yes/no): \`${p.quoted}\`.`,
      ru: `Возьмите значение в кавычки, чтобы оно читалось как текст ровно так, как написано (без кавычек оно читается как число или «да/нет»): \`${p.quoted}\`.`,
      kk: `Мәнді тырнақшаға алыңыз, сонда ол дәл жазылғандай мәтін ретінде оқылады (тырнақшасыз ол сан немесе «иә/жоқ» ретінде оқылады): \`${p.quoted}\`.`
    }[language]
  }
  if (!p.example) return ''
  return {en: `Example: \`${p.example}\`.`, ru: `Пример: \`${p.example}\`.`, kk: `Мысал: \`${p.example}\`.`}[language]
}

function customTerm(p: MessageParams): string {
  return `${p.customKey ?? ''}: {ru: ${p.customRu ?? '…'}, kk: …}`
}

const monthNames = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  // `13 сентября`, and `в сентябре`.
  ruOf: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  ruIn: ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'],
  // `2025 жылғы 13 қыркүйек`, and `2025 жылғы қыркүйекте`.
  kk: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
  kkIn: ['қаңтарда', 'ақпанда', 'наурызда', 'сәуірде', 'мамырда', 'маусымда', 'шілдеде', 'тамызда', 'қыркүйекте', 'қазанда', 'қарашада', 'желтоқсанда']
} as const

function dateParts(date: string | undefined): {year: number; month: number; day: number} | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '')
  if (!match) return undefined
  return {year: Number(match[1]), month: Number(match[2]), day: Number(match[3])}
}

function dayAndMonth(date: string | undefined, language: MessageLanguage): string {
  const parts = dateParts(date)
  if (!parts) return date ?? ''
  return `${parts.day} ${{en: monthNames.en, ru: monthNames.ruOf, kk: monthNames.kk}[language][parts.month - 1] ?? ''}`
}

// Dates are written year-month-day; say so with the date converted where it can be read.
function invalidDate(p: MessageParams, language: MessageLanguage): string {
  if (language === 'kk') return invalidDateKk(p)
  const at = where(p, language)
  const en = language === 'en'
  const rule = en ? 'Write dates as year-month-day, for example `2025-09-13`.' : 'Даты пишутся как год-месяц-день, например `2025-09-13`.'
  switch (p.kind) {
    case 'other-form':
      return en
        ? `${at}write the date as \`${p.date}\` (year-month-day), not \`${p.actual}\`.`
        : `${at}напишите дату как \`${p.date}\` (год-месяц-день), а не \`${p.actual}\`.`
    case 'ambiguous': {
      const [first, second] = (p.dates ?? '').split('|')
      const year = dateParts(first)?.year ?? ''
      return en
        ? `${at}\`${p.actual}\` could be ${dayAndMonth(first, 'en')} or ${dayAndMonth(second, 'en')} ${year}. Write the date as year-month-day: \`${first}\` or \`${second}\`.`
        : `${at}\`${p.actual}\` можно прочитать и как ${dayAndMonth(first, 'ru')}, и как ${dayAndMonth(second, 'ru')} ${year} года. Напишите дату как год-месяц-день: \`${first}\` или \`${second}\`.`
    }
    case 'not-real': {
      const parts = dateParts(p.date)
      const reason =
        parts && parts.month >= 1 && parts.month <= 12
          ? en
            ? `: ${monthNames.en[parts.month - 1]} ${parts.year} has ${p.days} days`
            : `: в ${monthNames.ruIn[parts.month - 1]} ${parts.year} года ${p.days} ${pluralRu(Number(p.days), {one: 'день', few: 'дня', many: 'дней'})}`
          : en
            ? ': a year has 12 months'
            : ': в году 12 месяцев'
      const form = p.date === p.actual ? '' : ` ${rule}`
      return en ? `${at}\`${p.actual}\` is not a real date${reason}.${form}` : `${at}\`${p.actual}\` — несуществующая дата${reason}.${form}`
    }
    default:
      return en ? `${at}\`${p.actual}\` is not a date. ${rule}` : `${at}\`${p.actual}\` — не дата. ${rule}`
  }
}

// In Kazakh the year comes first: `2025 жылғы 1 ақпан`, `2025 жылғы ақпанда 28 күн бар`.
function invalidDateKk(p: MessageParams): string {
  const at = where(p, 'kk')
  const rule = 'Күндер жыл-ай-күн түрінде жазылады, мысалы `2025-09-13`.'
  switch (p.kind) {
    case 'other-form':
      return `${at}күнді \`${p.actual}\` түрінде емес, \`${p.date}\` түрінде (жыл-ай-күн) жазыңыз.`
    case 'ambiguous': {
      const [first, second] = (p.dates ?? '').split('|')
      const year = dateParts(first)?.year ?? ''
      return `${at}\`${p.actual}\` жазуын ${year} жылғы ${dayAndMonth(first, 'kk')} деп те, ${dayAndMonth(second, 'kk')} деп те оқуға болады. Күнді жыл-ай-күн түрінде жазыңыз: \`${first}\` немесе \`${second}\`.`
    }
    case 'not-real': {
      const parts = dateParts(p.date)
      const reason = parts && parts.month >= 1 && parts.month <= 12 ? `: ${parts.year} жылғы ${monthNames.kkIn[parts.month - 1]} ${p.days} күн бар` : ': бір жылда 12 ай бар'
      const form = p.date === p.actual ? '' : ` ${rule}`
      return `${at}\`${p.actual}\` — күнтізбеде жоқ күн${reason}.${form}`
    }
    default:
      return `${at}\`${p.actual}\` күн ретінде оқылмайды. ${rule}`
  }
}

const durationWords: Record<string, Words> = {
  session: {en: '`session` (until the browser is closed)', ru: '`session` (до закрытия браузера)', kk: '`session` (браузер жабылғанға дейін)'},
  period: {
    en: 'a period in ISO 8601 with one unit: `P2Y` (2 years), `P6M` (6 months), `P30D` (30 days), `PT1H` (1 hour)',
    ru: 'срок по ISO 8601 с одной единицей: `P2Y` (2 года), `P6M` (6 месяцев), `P30D` (30 дней), `PT1H` (1 час)',
    kk: 'ISO 8601 бойынша бір бірлікпен жазылған мерзім: `P2Y` (2 жыл), `P6M` (6 ай), `P30D` (30 күн), `PT1H` (1 сағат)'
  },
  range: {
    en: 'a range from one period to another: `P1D/P2Y` (from 1 day to 2 years)',
    ru: 'диапазон от одного срока до другого: `P1D/P2Y` (от 1 дня до 2 лет)',
    kk: 'бір мерзімнен екінші мерзімге дейінгі аралық: `P1D/P2Y` (1 күннен 2 жылға дейін)'
  },
  'set-by-provider': {en: '`set-by-provider` (the provider sets the period)', ru: '`set-by-provider` (срок устанавливает поставщик)', kk: '`set-by-provider` (мерзімді жеткізуші белгілейді)'},
  'until-purpose': {en: '`until-purpose` (until the purposes of processing are achieved)', ru: '`until-purpose` (до достижения целей обработки)', kk: '`until-purpose` (өңдеу мақсаттарына қол жеткізілгенге дейін)'},
  'until-account-deletion': {en: '`until-account-deletion` (until the account is deleted)', ru: '`until-account-deletion` (до удаления учётной записи)', kk: '`until-account-deletion` (есептік жазба жойылғанға дейін)'},
  'as-required-by-law': {en: '`as-required-by-law` (for as long as the law requires)', ru: '`as-required-by-law` (в течение срока, установленного законодательством)', kk: '`as-required-by-law` (заңнамада белгіленген мерзім ішінде)'},
  'until-withdrawn': {en: '`until-withdrawn` (until consent is withdrawn)', ru: '`until-withdrawn` (до отзыва согласия)', kk: '`until-withdrawn` (келісім кері қайтарып алынғанға дейін)'}
}

// The forms a period may take at this place: only an ISO period, or a list of the forms allowed.
function durationForms(forms: string | undefined, language: MessageLanguage): string {
  const list = (forms ?? 'period').split(',').filter(Boolean)
  if (list.length === 1 && list[0] === 'period') {
    return {
      en: 'Write ISO 8601 with one unit: `P2Y` (2 years), `P6M` (6 months), `P30D` (30 days) or `PT1H` (1 hour)',
      ru: 'Укажите его по ISO 8601 с одной единицей: `P2Y` (2 года), `P6M` (6 месяцев), `P30D` (30 дней) или `PT1H` (1 час)',
      kk: 'Мерзімді ISO 8601 бойынша бір бірлікпен жазыңыз: `P2Y` (2 жыл), `P6M` (6 ай), `P30D` (30 күн) немесе `PT1H` (1 сағат)'
    }[language]
  }
  const words = list.map((form) => durationWords[form]?.[language] ?? `\`${form}\``)
  const last = words.pop() ?? ''
  const lead = {en: 'Write one of these', ru: 'Укажите одно из', kk: 'Мыналардың бірін жазыңыз'}[language]
  const or = {en: '; or ', ru: '; или ', kk: '; немесе '}[language]
  return `${lead}: ${words.join('; ')}${words.length > 0 ? or : ''}${last}`
}

function durationNote(p: MessageParams, language: MessageLanguage): string {
  const notes: Record<string, Words> = {
    'session-cookies': {en: '`session` (until the browser is closed) is for cookies only.', ru: '`session` (до закрытия браузера) бывает только у cookie.', kk: '`session` (браузер жабылғанға дейін) тек cookie файлдарына қатысты.'},
    'range-order': {en: 'A range goes from the shorter period to the longer one.', ru: 'Диапазон пишется от меньшего срока к большему.', kk: 'Аралық қысқа мерзімнен ұзақ мерзімге қарай жазылады.'},
    'one-unit': {en: 'A period has one unit only.', ru: 'В сроке указывается только одна единица.', kk: 'Мерзімде тек бір бірлік көрсетіледі.'},
    'not-here': {en: `\`${p.actual}\` cannot be used here.`, ru: `\`${p.actual}\` здесь не подходит.`, kk: `\`${p.actual}\` бұл жерге келмейді.`}
  }
  const note = notes[p.note ?? '']
  return note ? ` ${note[language]}` : ''
}
