import type {MessageLanguage} from '../facts/messages.js'
import type {Locale} from '../lang/locale.js'
import {pluralRu} from '../lang/plural.js'
import {parseRetention, retentionInWords} from '../lang/retention.js'
import type {Undeclared} from './compare.js'
import type {Phase} from './observe.js'

/** A lifetime the browser showed, in whole units: `400 days`, `30 minutes`. */
export type Lifetime = {amount: number; unit: 'day' | 'hour' | 'minute'}

/** Every word of a scan report in one language (the site's names and the facts' keys are given as they are). */
export interface ScanWords {
  /** The first line: how many pages of which site, with or without consent, and what was found. */
  summary: (pages: number, site: string, consented: boolean, seen: number, declared: number) => string
  /** Markdown's heading of the whole report. */
  title: (site: string) => string
  notScanned: string
  undeclared: string
  beforeConsent: string
  beforeConsentShort: string
  longer: string
  neverSeen: string
  neverSeenShort: string
  allDeclared: string
  kind: Readonly<Record<Undeclared['kind'], string>>
  party: Readonly<Record<Undeclared['party'], string>>
  /** The party in Markdown's column of that name. */
  partyCell: Readonly<Record<Undeclared['party'], string>>
  phase: Readonly<Record<Phase, string>>
  lifetime: (lifetime: Lifetime) => string
  session: string
  untilRemoved: string
  probably: (service: string) => string
  add: string
  /** A retention the facts declare (`P1D/P30D`), for people. */
  declared: (retention: string) => string
  /** A cookie kept longer than declared, in a line of text. */
  keptLonger: (declared: string, kept: string) => string
  /**
   * The comment `scan --write` puts above a cookie or key it adds to the facts: when and where it was
   * seen, and what the company must still state (with `storage`, also how long it is kept).
   */
  seenComment: (date: string, where: string, storage: boolean) => string
  /** The columns of Markdown's tables. */
  columns: {
    name: string
    kind: string
    party: string
    lifetime: string
    seen: string
    probably: string
    add: string
    category: string
    domain: string
    declared: string
    kept: string
  }
}

const english: ScanWords = {
  summary: (pages, site, consented, seen, declared) =>
    `Scanned ${pages} page${pages === 1 ? '' : 's'} of ${site}${consented ? ', before and after consent' : ', without giving consent'}: ${seen} ${seen === 1 ? 'cookie or storage key' : 'cookies and storage keys'}, ${declared} of them declared.`,
  title: (site) => `Cookie scan of ${site}`,
  notScanned: 'Not scanned (did not load, or led off the site)',
  undeclared: 'Not declared in the facts',
  beforeConsent: 'Set before consent, though their category needs it',
  beforeConsentShort: 'Set before consent',
  longer: 'Kept longer than declared',
  neverSeen: 'Declared but not seen on these pages',
  neverSeenShort: 'Declared but not seen',
  allDeclared: 'Everything the site set is declared, and nothing that needs consent came before it.',
  kind: {cookie: 'cookie', 'local-storage': 'local-storage', 'session-storage': 'session-storage'},
  party: {first: 'first party', third: 'third party'},
  partyCell: {first: 'first', third: 'third'},
  phase: {'before-consent': 'before-consent', 'after-consent': 'after-consent'},
  lifetime: ({amount, unit}) => `${amount} ${unit}${amount === 1 ? '' : 's'}`,
  session: 'session',
  untilRemoved: 'until removed',
  probably: (service) => `probably ${service}`,
  add: 'add',
  declared: (retention) => retention,
  keptLonger: (declared, kept) => `declared ${declared}, the browser keeps it ${kept}`,
  seenComment: (date, where, storage) => `Seen by policygen scan on ${date} (${where}): add its category and purpose${storage ? ', and how long it is kept' : ''}.`,
  columns: {name: 'Name', kind: 'Kind', party: 'Party', lifetime: 'Lifetime', seen: 'Seen', probably: 'Probably', add: 'Add to the facts', category: 'Category', domain: 'Domain', declared: 'Declared', kept: 'Kept by the browser'}
}

const russianUnits = {
  day: {one: 'день', few: 'дня', many: 'дней'},
  hour: {one: 'час', few: 'часа', many: 'часов'},
  minute: {one: 'минута', few: 'минуты', many: 'минут'}
} as const

const russian: ScanWords = {
  summary: (pages, site, consented, seen, declared) =>
    `Проверено страниц сайта ${site}: ${pages} (${consented ? 'до и после получения согласия' : 'без предоставления согласия'}). Найдено файлов cookie и ключей хранилища браузера: ${seen}, из них указано в фактах: ${declared}.`,
  title: (site) => `Проверка файлов cookie на сайте ${site}`,
  notScanned: 'Не проверены страницы (не загрузились или перенаправили за пределы сайта)',
  undeclared: 'Не указаны в фактах',
  beforeConsent: 'Установлены до получения согласия, хотя для их категории оно требуется',
  beforeConsentShort: 'Установлены до согласия',
  longer: 'Хранятся дольше, чем указано',
  neverSeen: 'Указаны в фактах, но не обнаружены на этих страницах',
  neverSeenShort: 'Указаны, но не обнаружены',
  allDeclared: 'Всё, что установил сайт, указано в фактах, и ничто из требующего согласия не появилось до получения согласия.',
  kind: {cookie: 'файл cookie', 'local-storage': 'ключ локального хранилища браузера', 'session-storage': 'ключ хранилища сеанса браузера'},
  party: {first: 'собственный', third: 'сторонний'},
  partyCell: {first: 'собственный', third: 'сторонний'},
  phase: {'before-consent': 'до согласия', 'after-consent': 'после согласия'},
  lifetime: ({amount, unit}) => `${amount} ${pluralRu(amount, russianUnits[unit])}`,
  session: 'до конца сеанса',
  untilRemoved: 'до удаления',
  probably: (service) => `вероятно, ${service}`,
  add: 'добавьте в факты',
  declared: (retention) => declaredInWords(retention, 'ru'),
  keptLonger: (declared, kept) => `в фактах указано: ${declared}; браузер хранит ${kept}`,
  seenComment: (date, where, storage) => `Обнаружено ${date} командой policygen scan (${where}): укажите категорию и цель${storage ? ', а также срок хранения' : ''}.`,
  columns: {name: 'Имя', kind: 'Вид', party: 'Собственный / сторонний', lifetime: 'Срок хранения', seen: 'Когда установлен', probably: 'Вероятный сервис', add: 'Что добавить в факты', category: 'Категория', domain: 'Домен', declared: 'Указано в фактах', kept: 'Срок в браузере'}
}

// Kazakh counts with the noun in its plain form, whatever the number: «400 күн», «3 бет».
const kazakhUnits = {day: 'күн', hour: 'сағат', minute: 'минут'} as const

const kazakh: ScanWords = {
  summary: (pages, site, consented, seen, declared) =>
    `${site} сайтының ${pages} беті тексерілді (${consented ? 'келісім берілгенге дейін және одан кейін' : 'келісім берілмей'}). Табылған cookie файлдары мен браузер қоймасының кілттері: ${seen}, оның ішінде фактілерде көрсетілгені: ${declared}.`,
  title: (site) => `${site} сайтындағы cookie файлдарын тексеру`,
  notScanned: 'Тексерілмеген беттер (жүктелмеді немесе сайттан тыс жерге қайта бағыттады)',
  undeclared: 'Фактілерде көрсетілмеген',
  beforeConsent: 'Санаты келісімді талап етсе де, келісімге дейін орнатылған',
  beforeConsentShort: 'Келісімге дейін орнатылған',
  longer: 'Көрсетілгеннен ұзағырақ сақталады',
  neverSeen: 'Фактілерде көрсетілген, бірақ бұл беттерде табылмады',
  neverSeenShort: 'Көрсетілген, бірақ табылмады',
  allDeclared: 'Сайт орнатқанның бәрі фактілерде көрсетілген, ал келісімді қажет ететін ештеңе келісімнен бұрын пайда болған жоқ.',
  kind: {cookie: 'cookie файлы', 'local-storage': 'браузердің жергілікті қоймасының кілті', 'session-storage': 'браузердің сеанс қоймасының кілті'},
  party: {first: 'меншікті', third: 'үшінші тараптың'},
  partyCell: {first: 'меншікті', third: 'үшінші тараптың'},
  phase: {'before-consent': 'келісімге дейін', 'after-consent': 'келісімнен кейін'},
  lifetime: ({amount, unit}) => `${amount} ${kazakhUnits[unit]}`,
  session: 'сеанс аяқталғанға дейін',
  untilRemoved: 'өшірілгенге дейін',
  probably: (service) => `мүмкін, ${service}`,
  add: 'фактілерге қосыңыз',
  declared: (retention) => declaredInWords(retention, 'kk'),
  keptLonger: (declared, kept) => `фактілерде көрсетілгені: ${declared}; браузер ${kept} сақтайды`,
  seenComment: (date, where, storage) => `policygen scan командасы ${date} күні тапты (${where}): санаты мен мақсатын${storage ? ', сондай-ақ сақталу мерзімін' : ''} көрсетіңіз.`,
  columns: {name: 'Атауы', kind: 'Түрі', party: 'Тарап', lifetime: 'Сақтау мерзімі', seen: 'Қашан орнатылды', probably: 'Ықтимал сервис', add: 'Фактілерге не қосу керек', category: 'Санаты', domain: 'Домен', declared: 'Фактілерде көрсетілгені', kept: 'Браузердегі мерзімі'}
}

/** A declared cookie retention in words, as the documents say it («от 1 дня до 30 дней»); as written when it is not one. */
function declaredInWords(retention: string, locale: Locale): string {
  const parsed = parseRetention(retention, 'cookie')
  return parsed ? retentionInWords(parsed, locale) : retention
}

/** The words of a scan report, by the language of `--lang` (English by default). */
export const scanWords: Readonly<Record<MessageLanguage, ScanWords>> = {en: english, ru: russian, kk: kazakh}
