/**
 * The words of the writing stage's messages in English, Russian and Kazakh, other than the refusals
 * of an output folder (`output-folder.ts`): what the operating system would not do, a build that
 * waits too long for another, an old copy left behind, and why shards cannot be merged. As in the
 * refusals, the output folder is «папка с результатами» / «нәтижелер қалтасы»; a shard of
 * `build --shard I/N` is «часть сборки» / «құрастыру бөлігі».
 */
import type {MessageLanguage} from '../facts/messages.js'
import {joinList} from '../lang/lists.js'
import {pluralRu} from '../lang/plural.js'

/** An operating-system error code that has plain words. */
export type OsErrorCode = 'EACCES' | 'EPERM' | 'EROFS' | 'ENOSPC' | 'EDQUOT' | 'EBUSY' | 'EXDEV' | 'ENOTDIR' | 'EEXIST' | 'EISDIR' | 'EMFILE' | 'ENAMETOOLONG' | 'ELOOP'

/** The plain words of the operating-system error `code` in `words`, or undefined when it has none. */
export function osReason(words: SiteWords, code: string): string | undefined {
  return Object.hasOwn(words.osReasons, code) ? words.osReasons[code as OsErrorCode] : undefined
}

/** How a merge's output folder overlaps a shard's folder. */
export type Overlap = 'is' | 'inside' | 'holds'

/** The words of the writing stage in one language. */
export interface SiteWords {
  /** Why the operating system would not write, by error code. */
  osReasons: Readonly<Record<OsErrorCode, string>>
  /** `shown` could not be written for `reason` (at `where`, a file's name); the previous output is kept. */
  cannotWrite: (shown: string, reason: string, where?: string) => string
  /** Another build (process `holder`, when known) still writes `shown` after `seconds`. */
  lockTimeout: (shown: string, seconds: number, holder?: number) => string
  /** The new output is in place, but the previous copy `folder` could not be removed (`code`, with its `reason` in words when it has some; English gives the code alone, as it always did). */
  oldCopyLeft: (folder: string, code: string, reason?: string) => string
  /** The words of `policygen merge`'s checks of the shards. */
  merge: {
    unreadable: (shown: string) => string
    /** The output folder `out` overlaps the shard `shown`; `example` is another folder to merge into. */
    overlaps: (out: string, overlap: Overlap, shown: string, example: string) => string
    notBuild: (shown: string) => string
    wholeBuild: (shown: string) => string
    none: string
    otherCount: (shown: string, index: number, count: number, first: string, firstCount: number) => string
    otherBuild: (shown: string, first: string) => string
    twice: (index: number, count: number, first: string, second: string) => string
    organizationTwice: (id: string, first: string, second: string) => string
    missing: (indexes: readonly number[], count: number) => string
    foreignFile: (shown: string, file: string) => string
    changedFile: (file: string) => string
    missingFile: (file: string) => string
  }
}

const ruSeconds = {one: 'секунду', few: 'секунды', many: 'секунд'}

/** The words of the writing stage, by language (the English is what policygen always said). */
export const siteWords: Readonly<Record<MessageLanguage, SiteWords>> = {
  en: {
    osReasons: {
      EACCES: 'permission denied: you may not write there',
      EPERM: 'the operating system does not allow this change there',
      EROFS: 'the folder is on a read-only filesystem',
      ENOSPC: 'the disk is full',
      EDQUOT: 'your disk quota is used up',
      EBUSY: 'the folder is in use or is a mount point, which cannot be replaced as a whole',
      EXDEV: 'the folder is a mount point, which cannot be replaced as a whole',
      ENOTDIR: 'a part of the path is a file, not a folder',
      EEXIST: 'a file stands where a folder must go',
      EISDIR: 'a folder stands where a file must go',
      EMFILE: 'too many files are open',
      ENAMETOOLONG: 'the path is too long',
      ELOOP: 'the path has a loop of symbolic links'
    },
    cannotWrite: (shown, reason, where) => `cannot write \`${shown}\`: ${reason}${where ? ` (${where})` : ''}. The previous output is as it was.`,
    lockTimeout: (shown, seconds, holder) => `another policygen build${holder === undefined ? '' : ` (process ${holder})`} is writing \`${shown}\` and has not finished after ${seconds} seconds. Wait for it, or stop it, and build again.`,
    oldCopyLeft: (folder, code) => `the new output is in place, but the previous copy \`${folder}\` could not be removed (${code}); remove it by hand.`,
    merge: {
      unreadable: (shown) => `\`${shown}\` does not exist (or cannot be read): name the folders \`policygen build --shard I/N\` wrote.`,
      overlaps: (out, overlap, shown, example) => `the output folder \`${out}\` ${{is: 'is', inside: 'is inside', holds: 'holds'}[overlap]} the shard \`${shown}\`: merge into a folder of its own, for example \`--out ${example}\`.`,
      notBuild: (shown) => `\`${shown}\` is not the output of a policygen build: it has no policygen \`manifest.json\`.`,
      wholeBuild: (shown) => `\`${shown}\` holds a whole build, not a shard: build each shard with \`policygen build --shard I/N\`.`,
      none: 'name the folders of the shards to merge, for example `policygen merge shards/* --out dist`.',
      otherCount: (shown, index, count, first, firstCount) => `\`${shown}\` is shard ${index} of ${count}, but \`${first}\` is one of ${firstCount}: they come from different builds.`,
      otherBuild: (shown, first) => `\`${shown}\` was built by another policygen, or with other templates, settings or facts, than \`${first}\` (a shard of another build): build every shard from the same commit.`,
      twice: (index, count, first, second) => `shard ${index} of ${count} is given twice: \`${first}\` and \`${second}\`.`,
      organizationTwice: (id, first, second) => `the organization \`${id}\` is in two shards, \`${first}\` and \`${second}\`: they were not made by one build.`,
      missing: (indexes, count) => `shard${indexes.length === 1 ? '' : 's'} ${indexes.join(', ')} of ${count} ${indexes.length === 1 ? 'is' : 'are'} missing: a merged output must hold every organization.`,
      foreignFile: (shown, file) => `\`${shown}\` holds \`${file}\`, which its manifest does not list: it is not exactly what policygen built.`,
      changedFile: (file) => `\`${file}\` was changed after it was built.`,
      missingFile: (file) => `\`${file}\` is listed in its manifest but missing.`
    }
  },
  ru: {
    osReasons: {
      EACCES: 'нет прав на запись в это место',
      EPERM: 'операционная система не разрешает здесь такое изменение',
      EROFS: 'папка находится в файловой системе, доступной только для чтения',
      ENOSPC: 'диск заполнен',
      EDQUOT: 'ваша квота на диске исчерпана',
      EBUSY: 'папка занята или является точкой монтирования, которую нельзя заменить целиком',
      EXDEV: 'папка является точкой монтирования, которую нельзя заменить целиком',
      ENOTDIR: 'часть пути — файл, а не папка',
      EEXIST: 'там, где должна быть папка, находится файл',
      EISDIR: 'там, где должен быть файл, находится папка',
      EMFILE: 'открыто слишком много файлов',
      ENAMETOOLONG: 'путь слишком длинный',
      ELOOP: 'символические ссылки в пути образуют петлю'
    },
    cannotWrite: (shown, reason, where) => `не удалось записать в папку \`${shown}\`: ${reason}${where ? ` (${where})` : ''}. Прежние результаты сборки не изменились.`,
    lockTimeout: (shown, seconds, holder) => `другая сборка policygen${holder === undefined ? '' : ` (процесс ${holder})`} записывает в папку \`${shown}\` и не завершилась за ${seconds} ${pluralRu(seconds, ruSeconds)}. Дождитесь её окончания или остановите её, затем запустите сборку снова.`,
    oldCopyLeft: (folder, code, reason) => `новые результаты сборки записаны, но прежнюю копию \`${folder}\` удалить не удалось (${reason ? `${reason}, ` : ''}${code}); удалите её вручную.`,
    merge: {
      unreadable: (shown) => `папки \`${shown}\` нет (или её нельзя прочитать): укажите папки, в которые команда \`policygen build --shard I/N\` записала части сборки.`,
      overlaps: (out, overlap, shown, example) => `${{is: `папка с результатами \`${out}\` — это и есть часть сборки \`${shown}\``, inside: `папка с результатами \`${out}\` находится внутри части сборки \`${shown}\``, holds: `в папке с результатами \`${out}\` находится часть сборки \`${shown}\``}[overlap]}: объедините части в отдельную папку, например \`--out ${example}\`.`,
      notBuild: (shown) => `\`${shown}\` — не результат сборки policygen: в этой папке нет \`manifest.json\`, записанного policygen.`,
      wholeBuild: (shown) => `в \`${shown}\` лежит вся сборка, а не её часть: соберите каждую часть командой \`policygen build --shard I/N\`.`,
      none: 'укажите папки частей сборки, которые нужно объединить, например `policygen merge shards/* --out dist`.',
      otherCount: (shown, index, count, first, firstCount) => `\`${shown}\` — часть ${index} из ${count}, а \`${first}\` — одна из ${firstCount}: это части разных сборок.`,
      otherBuild: (shown, first) => `часть \`${shown}\` собрана другой версией policygen или с другими шаблонами, настройками или фактами, чем часть \`${first}\`: это части разных сборок. Соберите все части из одного и того же коммита.`,
      twice: (index, count, first, second) => `часть ${index} из ${count} указана дважды: \`${first}\` и \`${second}\`.`,
      organizationTwice: (id, first, second) => `организация \`${id}\` входит в две части сборки, \`${first}\` и \`${second}\`: эти части относятся к разным сборкам.`,
      missing: (indexes, count) => `${indexes.length === 1 ? 'нет части' : 'нет частей'} ${joinList(indexes.map(String), 'ru')} из ${count}: в объединённых результатах должны быть все организации.`,
      foreignFile: (shown, file) => `в \`${shown}\` есть файл \`${file}\`, не указанный в её \`manifest.json\`: содержимое папки уже не совпадает с тем, что собрал policygen.`,
      changedFile: (file) => `\`${file}\` изменён после сборки.`,
      missingFile: (file) => `\`${file}\` указан в манифесте, но его нет.`
    }
  },
  kk: {
    osReasons: {
      EACCES: 'ол жерге жазуға рұқсатыңыз жоқ',
      EPERM: 'операциялық жүйе ол жерде мұндай өзгеріске рұқсат бермейді',
      EROFS: 'қалта тек оқуға арналған файлдық жүйеде орналасқан',
      ENOSPC: 'диск толып қалды',
      EDQUOT: 'дискідегі квотаңыз таусылды',
      EBUSY: 'қалта пайдаланылып жатыр немесе тіркеу нүктесі (mount point), ал оны толығымен ауыстыруға болмайды',
      EXDEV: 'қалта тіркеу нүктесі (mount point), ал оны толығымен ауыстыруға болмайды',
      ENOTDIR: 'жолдың бір бөлігі қалта емес, файл',
      EEXIST: 'қалта тұруы керек жерде файл тұр',
      EISDIR: 'файл тұруы керек жерде қалта тұр',
      EMFILE: 'тым көп файл ашық тұр',
      ENAMETOOLONG: 'жол тым ұзын',
      ELOOP: 'жолдағы символдық сілтемелер тұйық шеңбер құрайды'
    },
    cannotWrite: (shown, reason, where) => `\`${shown}\` қалтасына жазу мүмкін болмады: ${reason}${where ? ` (${where})` : ''}. Алдыңғы құрастыру нәтижелері өзгеріссіз қалды.`,
    lockTimeout: (shown, seconds, holder) => `\`${shown}\` қалтасына басқа policygen құрастыруы${holder === undefined ? '' : ` (процесс нөмірі: ${holder})`} жазып жатыр және ${seconds} секунд өтсе де аяқталмады. Оның аяқталуын күтіңіз немесе оны тоқтатыңыз, содан кейін құрастыруды қайта іске қосыңыз.`,
    oldCopyLeft: (folder, code, reason) => `жаңа құрастыру нәтижелері жазылды, бірақ алдыңғы көшірмені (\`${folder}\`) жою мүмкін болмады (${reason ? `${reason}, ` : ''}${code}); оны қолмен жойыңыз.`,
    merge: {
      unreadable: (shown) => `\`${shown}\` қалтасы жоқ (немесе оны оқу мүмкін емес): \`policygen build --shard I/N\` командасы құрастыру бөліктерін жазған қалталарды көрсетіңіз.`,
      overlaps: (out, overlap, shown, example) => `${{is: `\`${out}\` нәтижелер қалтасы — \`${shown}\` құрастыру бөлігінің өзі`, inside: `\`${out}\` нәтижелер қалтасы \`${shown}\` құрастыру бөлігінің ішінде орналасқан`, holds: `\`${out}\` нәтижелер қалтасының ішінде \`${shown}\` құрастыру бөлігі бар`}[overlap]}: бөліктерді бөлек қалтаға біріктіріңіз, мысалы \`--out ${example}\`.`,
      notBuild: (shown) => `\`${shown}\` — policygen құрастыруының нәтижесі емес: бұл қалтада policygen жазған \`manifest.json\` жоқ.`,
      wholeBuild: (shown) => `\`${shown}\` ішінде құрастырудың бір бөлігі емес, толық құрастыру жатыр: әр бөлікті \`policygen build --shard I/N\` командасымен құрастырыңыз.`,
      none: 'біріктірілетін құрастыру бөліктерінің қалталарын көрсетіңіз, мысалы `policygen merge shards/* --out dist`.',
      otherCount: (shown, index, count, first, firstCount) => `\`${shown}\` — ${count} бөліктің ${index}-бөлігі, ал \`${first}\` — ${firstCount} бөліктің бірі: бұлар әртүрлі құрастырулардың бөліктері.`,
      otherBuild: (shown, first) => `\`${shown}\` бөлігі \`${first}\` бөлігімен бір құрастырудан емес: оны policygen-нің басқа нұсқасы құрастырған немесе басқа үлгілер, баптаулар не фактілер қолданылған. Барлық бөлікті бір коммиттен құрастырыңыз.`,
      twice: (index, count, first, second) => `${count} бөліктің ${index}-бөлігі екі рет көрсетілген: \`${first}\` және \`${second}\`.`,
      organizationTwice: (id, first, second) => `\`${id}\` ұйымы \`${first}\` және \`${second}\` бөліктерінің екеуінде де бар: бұл бөліктер бір құрастырудан емес.`,
      missing: (indexes, count) => `${count} бөліктің ${joinList(indexes.map(String), 'kk')}-${indexes.length === 1 ? 'бөлігі' : 'бөліктері'} жоқ: біріктірілген нәтижелерде барлық ұйым болуы керек.`,
      foreignFile: (shown, file) => `\`${shown}\` ішінде оның \`manifest.json\` файлында көрсетілмеген \`${file}\` файлы бар: демек, қалта мазмұны policygen құрастырғаннан өзгеше.`,
      changedFile: (file) => `\`${file}\` құрастырудан кейін өзгертілген.`,
      missingFile: (file) => `\`${file}\` манифесте көрсетілген, бірақ ол жоқ.`
    }
  }
}
