/** Languages the problem reports are written in. */
export type MessageLanguage = 'en' | 'ru'

/** Values a message is filled with; `path` is the fact's path, the rest depends on the rule. */
export type MessageParams = Readonly<Record<string, string | undefined>>

type Wording = Readonly<Record<MessageLanguage, (params: MessageParams) => string>>

/** Every rule policygen reports, with its wording in English and Russian. */
export const messages = {
  'file-too-large': {
    en: (p) => `The file is ${p.size} bytes; facts files may be at most ${p.limit} bytes. Split it or remove what is not a fact.`,
    ru: (p) => `Файл занимает ${p.size} байт, а файл фактов может быть не больше ${p.limit} байт. Разделите его или уберите то, что не относится к фактам.`
  },
  'binary-file': {
    en: () => 'This is not a text file (it contains NUL bytes). Facts files are YAML text saved as UTF-8.',
    ru: () => 'Это не текстовый файл (в нём есть нулевые байты). Файл фактов — это текст YAML в кодировке UTF-8.'
  },
  'not-utf8': {
    en: () => 'The file is not valid UTF-8 text. Save it as UTF-8 (in most editors: "Save with encoding" → UTF-8).',
    ru: () => 'Файл не в кодировке UTF-8. Сохраните его в UTF-8 (в большинстве редакторов: «Сохранить с кодировкой» → UTF-8).'
  },
  'empty-file': {
    en: () => 'The file is empty. Expected the organization\'s facts, starting with `schemaVersion: 1`.',
    ru: () => 'Файл пуст. Ожидаются факты об организации, начиная со строки `schemaVersion: 1`.'
  },
  'multiple-documents': {
    en: () => 'The file holds more than one YAML document (a second `---`). Keep one organization\'s facts in one document.',
    ru: () => 'В файле больше одного документа YAML (второй `---`). Факты одной организации должны быть одним документом.'
  },
  'not-a-mapping': {
    en: (p) => `The file must hold named facts (\`key: value\` lines), but it holds ${p.actual}. Start with \`schemaVersion: 1\`.`,
    ru: (p) => `Файл должен содержать именованные факты (строки «ключ: значение»), а содержит ${p.actual}. Начните со строки \`schemaVersion: 1\`.`
  },
  'yaml-syntax': {
    en: (p) => `The YAML cannot be read here: ${p.detail}. Check indentation, colons and quotes on this line.`,
    ru: (p) => `Здесь YAML не читается: ${p.detail}. Проверьте отступы, двоеточия и кавычки в этой строке.`
  },
  'tab-indent': {
    en: () => 'A tab character is used here. YAML allows only spaces for indentation; replace the tab with spaces.',
    ru: () => 'Здесь стоит символ табуляции. В YAML отступы делаются только пробелами; замените табуляцию пробелами.'
  },
  'duplicate-key': {
    en: (p) => `\`${p.path}\` is given twice. Keep one value and delete the other.`,
    ru: (p) => `\`${p.path}\` указан дважды. Оставьте одно значение, другое удалите.`
  },
  'too-many-aliases': {
    en: (p) => `The YAML aliases (\`*name\`) expand to too much data (more than ${p.limit} uses). Write the values out instead.`,
    ru: (p) => `Ссылки YAML (\`*имя\`) разворачиваются в слишком большой объём данных (больше ${p.limit} использований). Напишите значения явно.`
  },
  'too-deep': {
    en: (p) => `The facts are nested more than ${p.limit} levels deep here. No fact needs that; check the indentation.`,
    ru: (p) => `Здесь вложенность фактов больше ${p.limit} уровней. Ни одному факту это не нужно; проверьте отступы.`
  },
  'forbidden-key': {
    en: (p) => `\`${p.key}\` cannot be used as a key (it would change how the program works). Rename it.`,
    ru: (p) => `\`${p.key}\` нельзя использовать как ключ (это изменило бы работу программы). Переименуйте его.`
  },
  'missing-fact': {
    en: (p) => `${where(p, 'en')}the fact \`${p.property}\` is missing. Add it, for example: \`${p.property}: ${p.example}\`.`,
    ru: (p) => `${where(p, 'ru')}не хватает факта \`${p.property}\`. ${p.description ? p.description + ' ' : ''}Добавьте его, например: \`${p.property}: ${p.example}\`.`
  },
  'unknown-fact': {
    en: (p) => `${where(p, 'en')}\`${p.property}\` is not a known fact${p.suggestion ? `; did you mean \`${p.suggestion}\`?` : '.'} Known here: ${p.allowed}.`,
    ru: (p) => `${where(p, 'ru')}факт \`${p.property}\` неизвестен${p.suggestion ? `; может быть, имелся в виду \`${p.suggestion}\`?` : '.'} Здесь допустимы: ${p.allowed}.`
  },
  'unknown-key': {
    en: (p) => `${where(p, 'en')}\`${p.actual}\` is not one of the allowed values${p.suggestion ? `; did you mean \`${p.suggestion}\`?` : '.'} Allowed: ${p.allowed}.`,
    ru: (p) => `${where(p, 'ru')}значение \`${p.actual}\` не из списка${p.suggestion ? `; может быть, имелось в виду \`${p.suggestion}\`?` : '.'} Допустимо: ${p.allowed}.`
  },
  'unknown-country': {
    en: (p) => `${where(p, 'en')}\`${p.actual}\` is not an ISO 3166-1 country code. Use two capital letters, for example \`KZ\`, \`US\`, \`DE\`${p.suggestion ? ` (did you mean \`${p.suggestion}\`?)` : ''}.`,
    ru: (p) => `${where(p, 'ru')}\`${p.actual}\` — не код страны ISO 3166-1. Укажите две заглавные латинские буквы, например \`KZ\`, \`US\`, \`DE\`${p.suggestion ? ` (может быть, \`${p.suggestion}\`?)` : ''}.`
  },
  'wrong-type': {
    en: (p) => `${where(p, 'en')}expected ${typeName(p.expected, 'en')}, got ${actualName(p.actual, 'en')}. Example: \`${p.example}\`.`,
    ru: (p) => `${where(p, 'ru')}ожидается ${typeName(p.expected, 'ru')}, а указано ${actualName(p.actual, 'ru')}. Пример: \`${p.example}\`.`
  },
  'wrong-value': {
    en: (p) => `${where(p, 'en')}expected \`${p.expected}\`, got \`${p.actual}\`.`,
    ru: (p) => `${where(p, 'ru')}ожидается \`${p.expected}\`, а указано \`${p.actual}\`.`
  },
  'invalid-date': {
    en: (p) => `${where(p, 'en')}\`${p.actual}\` is not a real date. Write the date as YYYY-MM-DD, for example \`2025-11-17\`.`,
    ru: (p) => `${where(p, 'ru')}\`${p.actual}\` — не существующая дата. Укажите дату в формате ГГГГ-ММ-ДД, например \`2025-11-17\`.`
  },
  'invalid-email': {
    en: (p) => `${where(p, 'en')}\`${p.actual}\` is not an email address. Expected something like \`office@example.kz\`.`,
    ru: (p) => `${where(p, 'ru')}\`${p.actual}\` — не адрес электронной почты. Ожидается что-то вроде \`office@example.kz\`.`
  },
  'invalid-url': {
    en: (p) => `${where(p, 'en')}\`${p.actual}\` is not a secure web address. Links start with \`https://\` and the site's name, for example \`https://example.kz\`.`,
    ru: (p) => `${where(p, 'ru')}\`${p.actual}\` — не защищённый веб-адрес. Ссылка начинается с \`https://\` и имени сайта, например \`https://example.kz\`.`
  },
  'invalid-phone': {
    en: (p) => `${where(p, 'en')}\`${p.actual}\` is not a phone number. Write it in international form, for example \`+7 727 338 39 93\`.`,
    ru: (p) => `${where(p, 'ru')}\`${p.actual}\` — не номер телефона. Укажите его в международном формате, например \`+7 727 338 39 93\`.`
  },
  'invalid-bin': {
    en: (p) => `${where(p, 'en')}\`${p.actual}\` is not a valid БИН/ИИН: it must be 12 digits and the last digit must match the check digit. Copy it from the registration certificate, in quotes: \`"180940004961"\`.`,
    ru: (p) => `${where(p, 'ru')}\`${p.actual}\` — неверный БИН/ИИН: нужно 12 цифр, и последняя должна совпадать с контрольной. Скопируйте номер из справки о регистрации, в кавычках: \`"180940004961"\`.`
  },
  'invalid-duration': {
    en: (p) => `${where(p, 'en')}\`${p.actual}\` is not a period policygen understands. Write ISO 8601 with one unit: \`P2Y\` (2 years), \`P6M\` (6 months), \`P30D\` (30 days), \`PT1H\` (1 hour)${p.session ? ', or `session` (until the browser is closed)' : ''}.`,
    ru: (p) => `${where(p, 'ru')}\`${p.actual}\` — непонятный срок. Укажите его по ISO 8601 с одной единицей: \`P2Y\` (2 года), \`P6M\` (6 месяцев), \`P30D\` (30 дней), \`PT1H\` (1 час)${p.session ? ' или `session` (до закрытия браузера)' : ''}.`
  },
  'invalid-format': {
    en: (p) => `${where(p, 'en')}\`${p.actual}\` does not have the expected form. Example: \`${p.example}\`.`,
    ru: (p) => `${where(p, 'ru')}\`${p.actual}\` записано не в том виде. Пример: \`${p.example}\`.`
  },
  'empty-list': {
    en: (p) => `${where(p, 'en')}the list is empty; give at least ${p.limit}. Example: \`${p.example}\`.`,
    ru: (p) => `${where(p, 'ru')}список пуст; нужно хотя бы ${p.limit}. Пример: \`${p.example}\`.`
  },
  'duplicate-item': {
    en: (p) => `${where(p, 'en')}the list repeats an item (positions ${p.first} and ${p.second}). Remove the repetition.`,
    ru: (p) => `${where(p, 'ru')}в списке повторяется элемент (позиции ${p.first} и ${p.second}). Уберите повтор.`
  },
  'empty-text': {
    en: (p) => `${where(p, 'en')}the text is empty (or only spaces and invisible characters). Write the text, or remove the fact if it does not apply.`,
    ru: (p) => `${where(p, 'ru')}текст пуст (или в нём только пробелы и невидимые символы). Напишите текст или удалите факт, если он не нужен.`
  },
  'too-long': {
    en: (p) => `${where(p, 'en')}the text is ${p.length} characters long; this fact may be at most ${p.limit}. Shorten it, or move the detail into a custom clause.`,
    ru: (p) => `${where(p, 'ru')}текст длиной ${p.length} знаков, а этот факт может быть не длиннее ${p.limit}. Сократите его или перенесите подробности в отдельный раздел (customClauses).`
  },
  'line-break': {
    en: (p) => `${where(p, 'en')}this fact is one line, but the text breaks the line at character ${p.position} (${p.character}). Join it into one line.`,
    ru: (p) => `${where(p, 'ru')}этот факт пишется в одну строку, а в тексте перенос строки на ${p.position}-м знаке (${p.character}). Соедините текст в одну строку.`
  },
  'control-character': {
    en: (p) => `${where(p, 'en')}character ${p.position} of the text is an invisible control character (${p.character}), usually pasted from another program. Delete it and type the text again there.`,
    ru: (p) => `${where(p, 'ru')}${p.position}-й знак текста — невидимый управляющий символ (${p.character}), обычно он попадает при вставке из другой программы. Удалите его и наберите это место заново.`
  },
  'bidi-control': {
    en: (p) => `${where(p, 'en')}character ${p.position} of the text is a direction mark (${p.character}), which can make readers see the text in another order than it is written. Delete it.`,
    ru: (p) => `${where(p, 'ru')}${p.position}-й знак текста — знак направления письма (${p.character}): из-за него текст может читаться не в том порядке, в каком написан. Удалите его.`
  },
  'out-of-range': {
    en: (p) => `${where(p, 'en')}${p.actual} is out of range: expected ${p.comparison} ${p.limit}.`,
    ru: (p) => `${where(p, 'ru')}${p.actual} — вне допустимых пределов: ожидается ${p.comparison} ${p.limit}.`
  },
  'empty-object': {
    en: (p) => `${where(p, 'en')}nothing is given here. Give at least one of: ${p.allowed}.`,
    ru: (p) => `${where(p, 'ru')}здесь ничего не указано. Укажите хотя бы одно из: ${p.allowed}.`
  },
  'organization-folder-name': {
    en: (p) => `The folder name \`${p.name}\` becomes part of the organization's page addresses, so it must be a lowercase slug: Latin letters a–z, digits and hyphens${p.suggestion ? `, for example \`${p.suggestion}\`` : ', for example `acme-kz`'}. Rename the folder.`,
    ru: (p) => `Имя папки \`${p.name}\` становится частью адресов страниц организации, поэтому оно пишется строчными латинскими буквами a–z, цифрами и дефисами${p.suggestion ? `, например \`${p.suggestion}\`` : ', например `acme-kz`'}. Переименуйте папку.`
  },
  'organization-without-facts': {
    en: (p) => `The folder \`${p.name}\` has no \`facts.yaml\`, so this organization would not be published${p.suggestion ? `; did you mean to name \`${p.suggestion}\` \`facts.yaml\`?` : p.found ? ` (it holds ${p.found}).` : ' (it is empty).'} Add the facts file, or remove the folder.`,
    ru: (p) => `В папке \`${p.name}\` нет файла \`facts.yaml\`, и эта организация не будет опубликована${p.suggestion ? `; может быть, \`${p.suggestion}\` нужно назвать \`facts.yaml\`?` : p.found ? ` (в папке: ${p.found}).` : ' (папка пуста).'} Добавьте файл фактов или удалите папку.`
  },
  'content-symlink': {
    en: (p) => `\`${p.name}\` is a symbolic link. policygen reads only real folders and files in the content folder (a link can lead outside the repository): copy the folder or file here instead.`,
    ru: (p) => `\`${p.name}\` — символическая ссылка. policygen читает в папке с фактами только настоящие папки и файлы (ссылка может вести за пределы репозитория): скопируйте папку или файл сюда.`
  },
  'content-not-a-file': {
    en: (p) => `\`${p.name}\` is neither a folder nor an ordinary file (a pipe, a socket or a device). Remove it from the content folder.`,
    ru: (p) => `\`${p.name}\` — не папка и не обычный файл (канал, сокет или устройство). Уберите его из папки с фактами.`
  },
  'facts-outside-folder': {
    en: (p) => `\`${p.name}\` lies directly in the content folder, where nothing is read. Each organization has a folder of its own: move the file to \`<org>/facts.yaml\`.`,
    ru: (p) => `Файл \`${p.name}\` лежит прямо в папке с фактами, где ничего не читается. У каждой организации своя папка: перенесите файл в \`<организация>/facts.yaml\`.`
  },
  'template-fact-missing': {
    en: (p) => `The template asks for \`${p.fact}\`, which the facts do not give. Add the fact, or guard the template with {{#if}}.`,
    ru: (p) => `Шаблон использует \`${p.fact}\`, которого нет в фактах. Добавьте факт или оберните место в шаблоне в {{#if}}.`
  },
  'template-error': {
    en: (p) => `The template cannot be rendered: ${p.detail}.`,
    ru: (p) => `Шаблон не удаётся отрисовать: ${p.detail}.`
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
  if (!params.path) return language === 'en' ? 'At the top level, ' : 'На верхнем уровне '
  return `\`${params.path}\`: `
}

function typeName(type: string | undefined, language: MessageLanguage): string {
  const names: Record<string, [string, string]> = {
    string: ['text', 'текст'],
    object: ['named facts (`key: value` lines)', 'набор фактов (строки «ключ: значение»)'],
    array: ['a list (lines starting with `- `)', 'список (строки, начинающиеся с `- `)'],
    boolean: ['`true` or `false`', '`true` или `false`'],
    integer: ['a whole number', 'целое число'],
    number: ['a number', 'число']
  }
  const pair = names[type ?? ''] ?? [type ?? '?', type ?? '?']
  return language === 'en' ? pair[0] : pair[1]
}

function actualName(actual: string | undefined, language: MessageLanguage): string {
  const names: Record<string, [string, string]> = {
    '#list': ['a list', 'список'],
    '#object': ['named facts', 'набор фактов'],
    '#null': ['nothing', 'пустое значение']
  }
  const pair = names[actual ?? '']
  if (pair) return language === 'en' ? pair[0] : pair[1]
  return `\`${actual ?? ''}\``
}

/** The name of a locale, as a message in `language` says it. */
export function localeName(locale: string | undefined, language: MessageLanguage): string {
  if (language === 'en') return locale === 'kk' ? 'Kazakh' : 'Russian'
  return locale === 'kk' ? 'казахском' : 'русском'
}
