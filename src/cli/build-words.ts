/**
 * What `build` and `merge` print besides problems, in English, Russian and Kazakh (`--lang`): the
 * line that says what was built, `build --check`'s report, and the warnings of the cache folder.
 * Russian numbers agree with their nouns; a Kazakh noun after a number stays singular.
 */
import {pluralRu, type MessageLanguage} from '../index.js'

/** What a build made, for the line that says so. */
export interface BuiltCounts {
  documents: number
  /** Organizations built (rendered or reused). */
  organizations: number
  files: number
  /** Of `organizations`, those whose files were reused from the last build. */
  reused: number
  /** The output folder, as shown. */
  shown: string
  /** The one organization's id, when only one was built of one. */
  only?: string
  /** The share built, with the number of organizations of the whole build (`build --shard I/N`). */
  shard?: {index: number; count: number; total: number}
}

/** How the output folder differs from a fresh build, for `build --check`. */
export interface CheckCounts {
  stale: number
  missing: number
  extra: number
}

/** The words of `build` and `merge` in one language. */
export interface BuildWords {
  /** `policygen: warning: `, the start of a warning's line. */
  warning: string
  /** The line (and the index pages' line) that says what a build made. */
  built: (counts: BuiltCounts) => string
  /** `merge`'s line: `shards` shards of `organizations` organizations merged into `shown`. */
  merged: (shards: number, organizations: number, shown: string) => string
  /** `build --check`: the folder is what a fresh build makes, `files` files. */
  upToDate: (shown: string, files: number) => string
  /** `build --check`: the tag before each file that differs, all of one width. */
  tags: {stale: string; missing: string; extra: string}
  /** `build --check`: how many files differ, and what to do. */
  outOfDate: (shown: string, counts: CheckCounts) => string
  /** `build --check`: the output is missing, a build stopped halfway left it at `parked`; that copy is compared. */
  parked: (shown: string, parked: string) => string
  /** `build --check --if-present`: the output folder does not exist, nothing to compare. */
  notCommitted: (shown: string) => string
  /** The cache folder `dir` is inside the content folder or the output folder: nothing is kept. */
  cacheInside: (dir: string, inside: 'content' | 'out') => string
}

const ruDocuments = {one: 'документ', few: 'документа', many: 'документов'}
const ruFiles = {one: 'файл', few: 'файла', many: 'файлов'}
/** After «для», «из»: the genitive. */
const ruOrganizationsOf = {one: 'организации', few: 'организаций', many: 'организаций'}

const english = (amount: number, noun: string) => `${amount} ${noun}${amount === 1 ? '' : 's'}`

/** The words of `build` and `merge`, by language (the English is what policygen always said). */
export const buildWords: Readonly<Record<MessageLanguage, BuildWords>> = {
  en: {
    warning: 'policygen: warning: ',
    built: ({documents, organizations, files, reused, shown, only, shard}) => {
      const index = organizations === 0 ? '' : only !== undefined ? `\nIndex pages: ${shown}/${only}/index.html.` : `\nIndex pages: ${shown}/<org>/index.html, one for each organization.`
      const kept = reused > 0 ? `; ${english(reused, 'organization')} unchanged since the last build, ${reused === 1 ? 'its' : 'their'} files reused` : ''
      const share = shard ? ` (shard ${shard.index} of ${shard.count}: ${organizations} of ${english(shard.total, 'organization')})` : ''
      return `Built ${english(documents, 'document')} for ${english(organizations, 'organization')}${share} into ${shown} (${english(files, 'file')}${kept}).${index}`
    },
    merged: (shards, organizations, shown) => `Merged ${shards} shards (${organizations} organizations) into ${shown}.`,
    upToDate: (shown, files) => `${shown} is up to date (${files} files).`,
    tags: {stale: 'stale    ', missing: 'missing  ', extra: 'extra    '},
    outOfDate: (shown, {stale, missing, extra}) => `${shown} is out of date: ${stale} stale, ${missing} missing, ${extra} extra. Run \`policygen build\` and commit the result.`,
    parked: (shown, parked) => `policygen: ${shown} is missing: a build stopped halfway left it at ${parked}, which the next \`policygen build\` puts back. Comparing with that copy.`,
    notCommitted: (shown) => `${shown} does not exist: this repository does not commit its output, so there is nothing to compare.`,
    cacheInside: (dir, inside) =>
      `policygen: warning: the cache folder \`${dir}\` is inside ${inside === 'content' ? 'the content folder, where every folder is read as an organization' : 'the output folder, which a build replaces as a whole'}, so nothing is kept between runs. Set POLICYGEN_CACHE_DIR to a folder outside it, or unset it to use node_modules/.cache/policygen.`
  },
  ru: {
    warning: 'policygen: предупреждение: ',
    built: ({documents, organizations, files, reused, shown, only, shard}) => {
      const index = organizations === 0 ? '' : only !== undefined ? `\nНачальная страница: ${shown}/${only}/index.html.` : `\nНачальные страницы: ${shown}/<организация>/index.html, по одной на каждую организацию.`
      const kept = reused > 0 ? `; ${reused} ${pluralRu(reused, {one: 'организация не изменилась', few: 'организации не изменились', many: 'организаций не изменились'})} с прошлой сборки, ${reused === 1 ? 'её' : 'их'} файлы использованы повторно` : ''
      const share = shard ? ` (часть ${shard.index} из ${shard.count}: ${organizations} из ${shard.total} ${pluralRu(shard.total, ruOrganizationsOf)})` : ''
      const made = pluralRu(documents, {one: 'Собран', few: 'Собрано', many: 'Собрано'})
      return `${made} ${documents} ${pluralRu(documents, ruDocuments)} для ${organizations} ${pluralRu(organizations, ruOrganizationsOf)}${share} в папку ${shown} (${files} ${pluralRu(files, ruFiles)}${kept}).${index}`
    },
    merged: (shards, organizations, shown) =>
      `${pluralRu(shards, {one: 'Объединена', few: 'Объединены', many: 'Объединено'})} ${shards} ${pluralRu(shards, {one: 'часть', few: 'части', many: 'частей'})} сборки (${organizations} ${pluralRu(organizations, {one: 'организация', few: 'организации', many: 'организаций'})}) в папку ${shown}.`,
    upToDate: (shown, files) => `Папка ${shown} актуальна: она совпадает с новой сборкой (${files} ${pluralRu(files, ruFiles)}).`,
    tags: {stale: 'устарел  ', missing: 'нет      ', extra: 'лишний   '},
    outOfDate: (shown, {stale, missing, extra}) => `Папка ${shown} устарела: устаревших файлов — ${stale}, недостающих — ${missing}, лишних — ${extra}. Запустите \`policygen build\` и зафиксируйте результат в git (commit).`,
    parked: (shown, parked) => `policygen: папки ${shown} нет: прерванная на полпути сборка оставила её под именем ${parked}, и следующий \`policygen build\` вернёт её на место. Для сравнения используется эта копия.`,
    notCommitted: (shown) => `Папки ${shown} нет: в этом репозитории результаты сборки не хранятся, сравнивать не с чем.`,
    cacheInside: (dir, inside) =>
      `policygen: предупреждение: папка кэша \`${dir}\` находится внутри ${inside === 'content' ? 'папки с фактами, где каждая папка считается отдельной организацией' : 'папки с результатами, которую сборка заменяет целиком'}, поэтому между запусками ничего не сохраняется. Укажите в переменной окружения POLICYGEN_CACHE_DIR папку вне ${inside === 'content' ? 'папки с фактами' : 'папки с результатами'} или удалите эту переменную, чтобы использовалась папка node_modules/.cache/policygen.`
  },
  kk: {
    warning: 'policygen: ескерту: ',
    built: ({documents, organizations, files, reused, shown, only, shard}) => {
      const index = organizations === 0 ? '' : only !== undefined ? `\nБастапқы бет: ${shown}/${only}/index.html.` : `\nБастапқы беттер: ${shown}/<ұйым>/index.html, әр ұйымға біреуден.`
      const kept = reused > 0 ? `; ${reused} ұйым алдыңғы құрастырудан бері өзгермеген, ${reused === 1 ? 'оның' : 'олардың'} файлдары қайта пайдаланылды` : ''
      const share = shard ? ` Бұл — ${shard.count} бөліктің ${shard.index}-бөлігі: толық құрастырудағы ${shard.total} ұйымның ішінен ${organizations} ұйым.` : ''
      return `${shown} қалтасына ${organizations} ұйымның ${documents} құжаты құрастырылды (${files} файл${kept}).${share}${index}`
    },
    merged: (shards, organizations, shown) => `${shards} құрастыру бөлігі (${organizations} ұйым) ${shown} қалтасына біріктірілді.`,
    upToDate: (shown, files) => `${shown} қалтасы ескірмеген: ол жаңа құрастыру нәтижесімен бірдей (${files} файл).`,
    tags: {stale: 'ескірген ', missing: 'жоқ      ', extra: 'артық    '},
    outOfDate: (shown, {stale, missing, extra}) => `${shown} қалтасы ескірген: ескірген файлдар — ${stale}, жетіспейтіндері — ${missing}, артықтары — ${extra}. \`policygen build\` командасын іске қосып, нәтижені git-ке тіркеңіз (commit).`,
    parked: (shown, parked) => `policygen: ${shown} қалтасы жоқ: аяқталмай тоқтап қалған құрастыру оны ${parked} атауымен қалдырды, келесі \`policygen build\` оны орнына қайтарады. Салыстыру осы көшірмемен жүргізіледі.`,
    notCommitted: (shown) => `${shown} қалтасы жоқ: бұл репозиторийде құрастыру нәтижелері сақталмайды, сондықтан салыстыратын ештеңе жоқ.`,
    cacheInside: (dir, inside) =>
      `policygen: ескерту: \`${dir}\` кэш қалтасы ${inside === 'content' ? 'фактілер қалтасының ішінде орналасқан (онда әр қалта бір ұйым ретінде оқылады)' : 'нәтижелер қалтасының ішінде орналасқан (құрастыру оны толығымен ауыстырады)'}, сондықтан іске қосулар арасында ештеңе сақталмайды. POLICYGEN_CACHE_DIR айнымалысында ${inside === 'content' ? 'фактілер қалтасынан' : 'нәтижелер қалтасынан'} тыс қалтаны көрсетіңіз немесе node_modules/.cache/policygen қолданылуы үшін бұл айнымалыны алып тастаңыз.`
  }
}
