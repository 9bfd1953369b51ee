import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync, statSync, type Stats} from 'node:fs'
import {lstat, readdir, readlink, realpath} from 'node:fs/promises'
import os from 'node:os'
import type {MessageLanguage} from '../facts/messages.js'
import {readManifest, type Manifest, type ManifestEntry} from './manifest.js'
import {OutputFolderError, plainError} from './os-errors.js'
import path from 'node:path'

export {OutputFolderError} from './os-errors.js'

/** What the guard needs to know about where the build runs. */
export interface OutputFolderContext {
  /** The folder the command was run in. */
  cwd: string
  /** The content folder the facts come from. */
  contentDir: string
  /** How a path is shown in messages (relative to the working folder). */
  display: (file: string) => string
  /** The home folder (default: the user's). */
  home?: string
  /**
   * Filled by a check with each file it found unchanged (its size, modification time and inode), so
   * the same context's next check (the one under the lock, just before the swap) reads again only
   * the files whose status changed since (optional).
   */
  seen?: Map<string, string>
  /** The language refusals are said in (default: English), as `--lang` gives it. */
  language?: MessageLanguage
}

/** The file that marks a folder as a policygen build. */
export const manifestName = 'manifest.json'

/** Names of the build's own helper entries beside the output folder: staging copy, old copy, lock. */
export function helperNames(outDir: string): {staging: string; retired: string; lock: string; prefix: string} {
  const parent = path.dirname(outDir)
  const prefix = `.${path.basename(outDir)}.policygen-`
  return {
    prefix,
    staging: path.join(parent, `${prefix}staging-${process.pid}`),
    retired: path.join(parent, `${prefix}old-${process.pid}`),
    lock: path.join(parent, `${prefix}lock`)
  }
}

/**
 * Where the output of a build that was stopped between its two renames waits, when `outDir` itself
 * is missing: the previous output, renamed to `.OUT.policygen-old-PID` beside it, which the next
 * build puts back. Undefined when `outDir` exists or nothing is parked.
 */
export function parkedOutput(outDir: string): string | undefined {
  const absolute = path.resolve(outDir)
  if (existsSync(absolute)) return undefined
  return leftovers(absolute).find((entry) => entry.kind === 'old')?.path
}

/**
 * The helper folders builds of `outDir` left beside it (a build's process ends with them removed;
 * one that was killed leaves them): staging copies and previous outputs, in the order of their names.
 */
export function leftovers(outDir: string): Array<{path: string; kind: 'staging' | 'old'}> {
  const absolute = path.resolve(outDir)
  const {prefix} = helperNames(absolute)
  const parent = path.dirname(absolute)
  let names: string[]
  try {
    names = readdirSync(parent)
  } catch {
    return []
  }
  return names
    .sort()
    .flatMap((name) => {
      const kind = name.startsWith(prefix) ? /^(staging|old)-\d+$/.exec(name.slice(prefix.length))?.[1] : undefined
      return kind === 'staging' || kind === 'old' ? [{path: path.join(parent, name), kind}] : []
    })
}

/**
 * Decide, before anything is written, whether the build may replace `outDir`. It may when the folder
 * does not exist, is empty, or holds a previous policygen build and nothing else (every file listed in
 * its `manifest.json`). It never may when the folder is a file, the filesystem root, the home folder,
 * the working folder or a folder above it, a git repository, or the content folder, inside it or above it.
 * A symlink is followed: the folder it points to is what is checked and replaced. Returns the real
 * path to write to; throws `OutputFolderError` with the reason otherwise.
 */
export async function checkOutputFolder(outDir: string, context: OutputFolderContext): Promise<string> {
  const folder = path.resolve(context.cwd, outDir)
  for (let attempt = 0; ; attempt++) {
    const before = folderIdentity(folder)
    try {
      return await checkFolder(outDir, context)
    } catch (error) {
      // Another build swapped its output in while this one was being read (its manifest gone
      // between the listing and the reading): what is there now is checked instead.
      if (attempt < 20 && folderIdentity(folder) !== before) {
        await new Promise((resolve) => setTimeout(resolve, 25))
        continue
      }
      throw plainError(error, context.display(folder) || '.', context.language)
    }
  }
}

/** Which folder is at `folder` now (device and inode), or `absent`: a build's swap changes it. */
function folderIdentity(folder: string): string {
  const info = statIfPresent(folder)
  return info ? `${info.dev}:${info.ino}` : 'absent'
}

/** Why a folder is refused, each said in every message language (`refusals`). */
type Refusal =
  | {why: 'root' | 'home' | 'cwd' | 'aboveCwd' | 'content' | 'aboveContent' | 'insideContent' | 'insideGit' | 'file' | 'repository' | 'foreignManifest'}
  | {why: 'danglingLink'; link: string}
  | {why: 'foreign' | 'foreignBesides' | 'changed'; files: readonly string[]}

/** Where the refused folder is and how to get on: the folder as shown, and another to suggest. */
interface RefusalPlace {
  shown: string
  example: string
}

/** What a refusal says: the refusal, why, and (after it) what to do instead, in one language. */
interface RefusalWords {
  refuse: (place: RefusalPlace, why: string, instead: string) => string
  reasons: {[Why in Refusal['why']]: (refusal: Extract<Refusal, {why: Why}>, place: RefusalPlace) => string}
  /** Choose another folder (every refusal but those of files policygen would delete). */
  ownFolder: (place: RefusalPlace) => string
  /** Move the files out, or choose another folder (files policygen would delete). */
  moveThem: (place: RefusalPlace) => string
  /** `a`, `b`, `c` and 4 more: the first three of many files. */
  sample: (shown: string, more: number) => string
}

// The Russian and Kazakh say what the English says, as a lawyer would read it: the output folder is
// «папка с результатами (сборки)» / «нәтижелер қалтасы», the content folder «папка с
// фактами» / «фактілер қалтасы», as in the messages of the facts.
const refusals: Readonly<Record<MessageLanguage, RefusalWords>> = {
  en: {
    refuse: ({shown}, why, instead) => `policygen will not write into \`${shown}\`: ${why} ${instead}`,
    reasons: {
      root: () => 'it is the root of the filesystem.',
      home: () => 'it is your home folder.',
      cwd: () => 'it is the folder you are working in, and the build replaces its output folder as a whole.',
      aboveCwd: () => 'it holds the folder you are working in, and the build replaces its output folder as a whole.',
      content: () => 'it is the content folder that holds the facts.',
      aboveContent: () => 'it holds the content folder with the facts.',
      insideContent: () => 'it is inside the content folder, where every folder is read as an organization.',
      insideGit: () => 'it is inside a `.git` folder, which holds the repository itself.',
      danglingLink: ({link}) => `it is a symbolic link to \`${link}\`, which does not exist. Create that folder first, or give it as --out.`,
      file: () => 'it is a file, not a folder.',
      repository: () => 'it is a git repository.',
      foreign: ({files}) => `it already holds files that policygen did not write (${sampleOf(files, 'en')}), and no policygen \`${manifestName}\`.`,
      foreignManifest: () => `its \`${manifestName}\` was not written by policygen.`,
      foreignBesides: ({files}) => `besides a previous build it holds files that policygen did not write (${sampleOf(files, 'en')}), and the build would delete them.`,
      changed: ({files}) => `it holds files that are not what policygen wrote there (${sampleOf(files, 'en')}: changed or replaced since), and the build would delete them.`
    },
    ownFolder: ({example}) => `Choose an output folder of its own, for example \`--out ${example}\`.`,
    moveThem: ({shown, example}) => `Move them out (a file git tracks comes back as committed with \`git checkout -- ${shown}\`) and build again, or choose another output folder, for example \`--out ${example}\`.`,
    sample: (shown, more) => `${shown} and ${more} more`
  },
  ru: {
    refuse: ({shown}, why, instead) => `policygen не будет записывать в \`${shown}\`: ${why} ${instead}`,
    reasons: {
      root: () => 'это корень файловой системы.',
      home: () => 'это ваша домашняя папка.',
      cwd: () => 'это папка, в которой вы работаете, а сборка заменяет папку с результатами целиком.',
      aboveCwd: () => 'в ней находится папка, в которой вы работаете, а сборка заменяет папку с результатами целиком.',
      content: () => 'это папка с фактами.',
      aboveContent: () => 'в ней находится папка с фактами.',
      insideContent: () => 'эта папка находится внутри папки с фактами, где каждая папка считается отдельной организацией.',
      insideGit: () => 'эта папка находится внутри папки `.git`, в которой хранится сам репозиторий.',
      danglingLink: ({link}) => `это символическая ссылка на \`${link}\`, но по этому пути ничего нет. Сначала создайте эту папку или укажите её саму в --out.`,
      file: () => 'это файл, а не папка.',
      repository: () => 'это git-репозиторий.',
      foreign: ({files}) => `в ней уже есть файлы, записанные не policygen (${sampleOf(files, 'ru')}), а файла \`${manifestName}\` от policygen нет.`,
      foreignManifest: () => `лежащий в ней \`${manifestName}\` записан не policygen.`,
      foreignBesides: ({files}) => `помимо результатов прошлой сборки в ней есть файлы, записанные не policygen (${sampleOf(files, 'ru')}), и сборка удалила бы их.`,
      changed: ({files}) => `в ней есть файлы, которые отличаются от записанных policygen (${sampleOf(files, 'ru')}: изменены или заменены после сборки), и сборка удалила бы их.`
    },
    ownFolder: ({example}) => `Выберите для результатов сборки отдельную папку, например \`--out ${example}\`.`,
    moveThem: ({shown, example}) => `Перенесите эти файлы в другое место (файл, который отслеживает git, можно вернуть в том виде, в каком он сохранён в репозитории, командой \`git checkout -- ${shown}\`) и запустите сборку снова — или выберите для результатов другую папку, например \`--out ${example}\`.`,
    sample: (shown, more) => `${shown} и ещё ${more}`
  },
  kk: {
    refuse: ({shown}, why, instead) => `policygen \`${shown}\` ішіне ештеңе жазбайды: ${why} ${instead}`,
    reasons: {
      root: () => 'бұл — файлдық жүйенің түбірі.',
      home: () => 'бұл — сіздің пайдаланушы қалтаңыз (home).',
      cwd: () => 'бұл — сіз жұмыс істеп отырған қалта, ал құрастыру нәтижелер қалтасын толығымен ауыстырады.',
      aboveCwd: () => 'оның ішінде сіз жұмыс істеп отырған қалта бар, ал құрастыру нәтижелер қалтасын толығымен ауыстырады.',
      content: () => 'бұл — фактілер қалтасы.',
      aboveContent: () => 'оның ішінде фактілер қалтасы бар.',
      insideContent: () => 'бұл қалта фактілер қалтасының ішінде орналасқан, ал онда әр қалта бір ұйым ретінде оқылады.',
      insideGit: () => 'бұл қалта `.git` қалтасының ішінде орналасқан, ал онда репозиторийдің өзі сақталады.',
      danglingLink: ({link}) => `бұл — \`${link}\` жолына апаратын символдық сілтеме, бірақ ол жолда ештеңе жоқ. Алдымен сол қалтаны жасаңыз немесе оны --out арқылы тікелей көрсетіңіз.`,
      file: () => 'бұл — қалта емес, файл.',
      repository: () => 'бұл — git репозиторийі.',
      foreign: ({files}) => `онда policygen жазбаған файлдар бар (${sampleOf(files, 'kk')}), ал policygen жазған \`${manifestName}\` файлы жоқ.`,
      foreignManifest: () => `ондағы \`${manifestName}\` файлын policygen жазбаған.`,
      foreignBesides: ({files}) => `онда алдыңғы құрастыру нәтижелерінен басқа policygen жазбаған файлдар да бар (${sampleOf(files, 'kk')}), ал құрастыру оларды жойып жіберер еді.`,
      changed: ({files}) => `ондағы кейбір файлдар policygen жазған күйінде емес (${sampleOf(files, 'kk')}: кейін өзгертілген немесе ауыстырылған), ал құрастыру оларды жойып жіберер еді.`
    },
    ownFolder: ({example}) => `Құрастыру нәтижелері үшін бөлек қалта таңдаңыз, мысалы \`--out ${example}\`.`,
    moveThem: ({shown, example}) => `Бұл файлдарды басқа жерге жылжытып, құрастыруды қайта іске қосыңыз (git бақылайтын файлды \`git checkout -- ${shown}\` командасымен репозиторийде сақталған күйіне қайтаруға болады) — немесе нәтижелер үшін басқа қалта таңдаңыз, мысалы \`--out ${example}\`.`,
    sample: (shown, more) => `${shown} және тағы ${more}`
  }
}

/** The refusal said in `language`: why `place.shown` is refused, and what to do instead. */
function refusalMessage(refusal: Refusal, place: RefusalPlace, language: MessageLanguage): string {
  const words = refusals[language]
  const reason = words.reasons[refusal.why] as (refusal: Refusal, place: RefusalPlace) => string
  const instead = refusal.why === 'foreignBesides' || refusal.why === 'changed' ? words.moveThem(place) : words.ownFolder(place)
  return words.refuse(place, reason(refusal, place), instead)
}

async function checkFolder(outDir: string, context: OutputFolderContext): Promise<string> {
  const target = await realTarget(path.resolve(context.cwd, outDir))
  // The example is never the folder refused.
  const place: RefusalPlace = {shown: context.display(target) || '.', example: path.basename(target) === 'dist' ? 'policies' : 'dist'}
  const refuse = (refusal: Refusal): never => {
    throw new OutputFolderError(refusalMessage(refusal, place, context.language ?? 'en'))
  }
  const cwd = await realTarget(path.resolve(context.cwd))
  const content = await realTarget(path.resolve(context.cwd, context.contentDir))
  const home = await realTarget(context.home ?? os.homedir())
  if (target === path.parse(target).root) refuse({why: 'root'})
  if (target === home) refuse({why: 'home'})
  if (isInside(cwd, target)) refuse({why: target === cwd ? 'cwd' : 'aboveCwd'})
  if (isInside(content, target)) refuse({why: target === content ? 'content' : 'aboveContent'})
  if (isInside(target, content)) refuse({why: 'insideContent'})
  if (target.split(path.sep).includes('.git')) refuse({why: 'insideGit'})

  const info = await lstat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined
    throw error
  })
  if (!info) return target
  if (info.isSymbolicLink()) refuse({why: 'danglingLink', link: await readlink(target)})
  if (!info.isDirectory()) refuse({why: 'file'})
  const entries = await readdir(target)
  if (entries.length === 0) return target
  if (entries.includes('.git')) refuse({why: 'repository'})
  if (!entries.includes(manifestName)) refuse({why: 'foreign', files: entries})
  const manifest = await readManifest(target)
  if (!manifest) return refuse({why: 'foreignManifest'})
  const {foreign, changed} = await differencesFromManifest(target, manifest, context.seen)
  if (foreign.length > 0) refuse({why: 'foreignBesides', files: foreign})
  if (changed.length > 0) refuse({why: 'changed', files: changed})
  return target
}

/** Whether `inner` is `outer` or inside it. */
export function isInside(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/** The real path of a folder, following symlinks; for a path that does not exist yet, its nearest existing parent's real path plus the rest. */
export async function realTarget(folder: string): Promise<string> {
  try {
    return await realpath(folder)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    const parent = path.dirname(folder)
    if (parent === folder) return folder
    return path.join(await realTarget(parent), path.basename(folder))
  }
}

/** How a folder differs from what its manifest says policygen wrote there. */
export interface ManifestDifferences {
  /** Files the manifest does not list. */
  foreign: string[]
  /** Files whose bytes are not what the manifest says (changed or replaced since). */
  changed: string[]
  /** Files the manifest lists that are not there. */
  missing: string[]
}

/**
 * Compare `folder` with its manifest, file by file, by size and sha256. With `seen` (from an earlier
 * comparison of the same folder), a file whose size, modification time and inode are what they were
 * then is not read again; every file found unchanged is recorded in it.
 */
export async function differencesFromManifest(folder: string, manifest: Manifest, seen?: Map<string, string>): Promise<ManifestDifferences> {
  const listed = new Map(manifest.files.map((entry) => [entry.path, entry]))
  const present = (await listFiles(folder)).filter((file) => file !== manifestName)
  const foreign = present.filter((file) => !listed.has(file))
  // A file is policygen's only if it is still exactly what the manifest says policygen wrote.
  // Synchronous calls: awaited one by one, a thousand organizations' seventeen thousand files spent
  // seconds waiting on the event loop for what the disk answers in microseconds.
  const changed: string[] = []
  for (const file of present.filter((name) => listed.has(name))) {
    const expected = listed.get(file)
    const full = path.join(folder, ...file.split('/'))
    const status = expected ? fileStatus(full, expected) : undefined
    if (status !== undefined && seen?.get(file) === status) continue
    const bytes = readIfPresent(full)
    if (!bytes || !expected || bytes.byteLength !== expected.size || createHash('sha256').update(bytes).digest('hex') !== expected.sha256) changed.push(file)
    else if (status !== undefined) seen?.set(file, status)
  }
  const here = new Set(present)
  return {foreign, changed, missing: [...listed.keys()].filter((file) => !here.has(file))}
}

/**
 * What identifies a file's bytes without reading them: its size, modification time and inode, with
 * the size and hash the manifest expects (undefined when it cannot be read).
 */
function fileStatus(file: string, expected: Pick<ManifestEntry, 'size' | 'sha256'>): string | undefined {
  const info = statIfPresent(file)
  return info && statusOf(info, expected)
}

/** The file's status (its target's, for a symlink), or undefined when it cannot be had; asked at once, not through the thread pool. */
export function statIfPresent(file: string): Stats | undefined {
  try {
    return statSync(file)
  } catch {
    return undefined
  }
}

/** The status `fileStatus` gives, of a file's `stat` and what the manifest expects of it. */
export function statusOf(info: Stats, expected: Pick<ManifestEntry, 'size' | 'sha256'>): string {
  return `${info.size}:${info.mtimeMs}:${info.ino}:${expected.size}:${expected.sha256}`
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file)
  } catch {
    return undefined
  }
}

/** Every file and other non-folder entry under `folder`, as `/`-separated relative paths. */
export async function listFiles(folder: string): Promise<string[]> {
  // Synchronous: the asynchronous walk waited on the event loop for each of thousands of folders.
  const root = path.resolve(folder)
  const entries = readdirSync(root, {recursive: true, withFileTypes: true})
  // Each entry's folder is `root` or inside it: its relative path is what follows `root` (the
  // 17,000 entries of a thousand organizations spent 90 ms in path.relative).
  const relative = (parent: string) => parent.slice(root.length + 1).split(path.sep).join('/')
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => (entry.parentPath === root ? entry.name : `${relative(entry.parentPath)}/${entry.name}`))
    .sort()
}

/** The first three of `names` (sorted, quoted), and how many more, as a refusal in `language` lists them. */
function sampleOf(names: readonly string[], language: MessageLanguage): string {
  const shown = [...names].sort().slice(0, 3).map((name) => `\`${name}\``).join(', ')
  return names.length > 3 ? refusals[language].sample(shown, names.length - 3) : shown
}
