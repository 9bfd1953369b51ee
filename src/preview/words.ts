import type {MessageLanguage} from '../facts/messages.js'
import type {Locale} from '../lang/locale.js'

/** What the preview's own pages say around the documents, in one message language. */
export interface PreviewWords {
  preview: string
  organizations: string
  allOrganizations: string
  contentFolder: string
  noOrganizations: string
  notPreviewed: string
  live: string
  offline: string
  ready: string
  errors: (count: number) => string
  warnings: (count: number) => string
  waived: (count: number) => string
  factsProblems: (count: number) => string
  factsProblemsLead: string
  templateProblems: string
  templateProblemsLead: string
  fact: string
  waivedBecause: string
  sectionsDiffer: (counts: string) => string
  version: string
  effective: string
  footer: string
  notFound: string
  notFoundLead: string
}

/** The words of the preview's pages in each message language (`--lang`). */
export const previewWords: Readonly<Record<MessageLanguage, PreviewWords>> = {
  en: {
    preview: 'policygen preview',
    organizations: 'Organizations',
    allOrganizations: 'All organizations',
    contentFolder: 'Content folder',
    noOrganizations: 'No organizations yet: add a folder with a facts.yaml, and it appears here.',
    notPreviewed: 'Not previewed',
    live: 'live: updates on every save',
    offline: 'stopped: reconnects when the preview runs again',
    ready: 'ready',
    errors: (count) => `${count} error${count === 1 ? '' : 's'}`,
    warnings: (count) => `${count} warning${count === 1 ? '' : 's'}`,
    waived: (count) => `${count} waived`,
    factsProblems: (count) => `The facts have ${count} error${count === 1 ? '' : 's'}`,
    factsProblemsLead: 'The documents are shown again as soon as the facts file is fixed and saved.',
    templateProblems: 'The templates cannot be used',
    templateProblemsLead: 'Nothing can be rendered until the templates are fixed and saved.',
    fact: 'fact',
    waivedBecause: 'waived because',
    sectionsDiffer: (counts) => `The languages have different numbers of sections (${counts}): rows past the first difference may not correspond.`,
    version: 'version',
    effective: 'effective',
    footer: 'Rendered in memory: nothing is written to disk. Served on 127.0.0.1 only.',
    notFound: 'There is no such page',
    notFoundLead: 'This organization or document is not in the content folder (yet). The page updates when it appears.'
  },
  ru: {
    preview: 'policygen: предпросмотр',
    organizations: 'Организации',
    allOrganizations: 'Все организации',
    contentFolder: 'Папка с фактами',
    noOrganizations: 'Организаций пока нет: добавьте папку с facts.yaml, и она появится здесь.',
    notPreviewed: 'Не показаны',
    live: 'обновляется при каждом сохранении',
    offline: 'остановлен: страница подключится, когда предпросмотр запустится снова',
    ready: 'готово',
    errors: (count) => `ошибок: ${count}`,
    warnings: (count) => `предупреждений: ${count}`,
    waived: (count) => `снято: ${count}`,
    factsProblems: (count) => `В фактах есть ошибки (${count})`,
    factsProblemsLead: 'Документы появятся снова, как только файл фактов будет исправлен и сохранён.',
    templateProblems: 'Шаблоны нельзя использовать',
    templateProblemsLead: 'Пока шаблоны не исправлены и не сохранены, ничего не отрисовывается.',
    fact: 'факт',
    waivedBecause: 'снято, потому что',
    sectionsDiffer: (counts) => `У языков разное число разделов (${counts}): строки после первого расхождения могут не соответствовать друг другу.`,
    version: 'редакция',
    effective: 'действует с',
    footer: 'Отрисовано в памяти: на диск ничего не записывается. Доступно только на 127.0.0.1.',
    notFound: 'Такой страницы нет',
    notFoundLead: 'Этой организации или документа (пока) нет в папке с фактами. Страница обновится, когда они появятся.'
  },
  kk: {
    preview: 'policygen: алдын ала қарау',
    organizations: 'Ұйымдар',
    allOrganizations: 'Барлық ұйымдар',
    contentFolder: 'Фактілер қалтасы',
    noOrganizations: 'Әзірге ұйымдар жоқ: ішінде facts.yaml бар қалта қосыңыз, ол осында пайда болады.',
    notPreviewed: 'Көрсетілмейді',
    live: 'әр сақтаған сайын жаңарады',
    offline: 'тоқтады: алдын ала қарау қайта іске қосылғанда бет қосылады',
    ready: 'дайын',
    errors: (count) => `қателер: ${count}`,
    warnings: (count) => `ескертулер: ${count}`,
    waived: (count) => `алынып тасталды: ${count}`,
    factsProblems: (count) => `Фактілерде қателер бар (${count})`,
    factsProblemsLead: 'Фактілер файлы түзетіліп, сақталған бойда құжаттар қайта көрсетіледі.',
    templateProblems: 'Шаблондарды пайдалану мүмкін емес',
    templateProblemsLead: 'Шаблондар түзетіліп, сақталмайынша ештеңе жасалмайды.',
    fact: 'факт',
    waivedBecause: 'алынып тасталды, себебі',
    sectionsDiffer: (counts) => `Тілдердегі бөлімдер саны әртүрлі (${counts}): алғашқы айырмашылықтан кейінгі жолдар бір-біріне сәйкес келмеуі мүмкін.`,
    version: 'редакция',
    effective: 'күшіне енеді',
    footer: 'Жадта жасалды: дискіге ештеңе жазылмайды. Тек 127.0.0.1 мекенжайында қолжетімді.',
    notFound: 'Мұндай бет жоқ',
    notFoundLead: 'Бұл ұйым немесе құжат фактілер қалтасында (әзірге) жоқ. Олар пайда болғанда бет жаңарады.'
  }
}

/** Each language's name in itself, for the columns' labels. */
export const localeLabels: Readonly<Record<Locale, string>> = {ru: 'Русский', kk: 'Қазақша'}
