import path from 'node:path'
import {stat} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import {buildWords} from './build-words.js'
import {cacheDirInside, checkContentFolder, defaultCacheDir, loadContent, loadFactsFile, type CachedValidation, type MessageLanguage, validateFacts, validateInThreads, ValidationCache, withoutParsed, type ValidatedFacts, type ValidateOptions} from '../index.js'
import {usageError, type CliIo} from './command.js'

/** One organization of the content folder, validated (without its parsed YAML: `withoutParsed`). */
export type ValidatedOrganization = Omit<ValidatedFacts, 'parsed'> & {id: string}

/**
 * From this many files to validate (not found in the cache), they are validated in threads, one per
 * core: below it, starting the threads (each loads the checks, 0.3 s) costs about what it saves
 * (200 files: 2.2-4.5 s in threads, 2.4-2.5 s here; 1,000: 5.1-5.6 s against 10.7 s).
 */
const threadsFrom = 300

/** What is said when the content folder named on the command line cannot be used. */
const folderWords: Readonly<Record<'unreadable' | 'denied' | 'empty', Readonly<Record<MessageLanguage, (folder: string, code?: string) => string>>>> = {
  denied: {
    en: (folder, code) => `the system does not let policygen read the content folder \`${folder}\` (${code}). Check that you may read it (its permissions, its owner).`,
    ru: (folder, code) => `операционная система не разрешает policygen прочитать папку с фактами \`${folder}\` (${code}). Убедитесь, что у вас есть право на чтение этой папки (проверьте права доступа к ней и её владельца).`,
    kk: (folder, code) => `операциялық жүйе policygen-ге \`${folder}\` фактілер қалтасын оқуға рұқсат бермейді (${code}). Бұл қалтаны оқуға рұқсатыңыз бар екеніне көз жеткізіңіз (қалтаның қол жеткізу құқықтарын және иесін тексеріңіз).`
  },
  unreadable: {
    en: (folder) => `cannot read the content folder \`${folder}\`. Give the folder that holds <org>/facts.yaml.`,
    ru: (folder) => `не удаётся прочитать папку с фактами \`${folder}\`. Укажите папку, в которой лежат <организация>/facts.yaml.`,
    kk: (folder) => `\`${folder}\` фактілер қалтасын оқу мүмкін болмады. Ішінде <ұйым>/facts.yaml файлдары бар қалтаны көрсетіңіз.`
  },
  empty: {
    en: (folder) => `no <org>/facts.yaml found in \`${folder}\`.`,
    ru: (folder) => `в \`${folder}\` не найдено ни одного <организация>/facts.yaml.`,
    kk: (folder) => `\`${folder}\` ішінен бірде-бір <ұйым>/facts.yaml табылмады.`
  }
}

/**
 * The cache folder of this run (`defaultCacheDir`), unless it is inside the content folder or the
 * output folder (`cacheDirInside`): then nothing is kept between runs, and a warning says why.
 */
export async function cacheFolder(io: CliIo, folders: {content: string; out?: string}, language: MessageLanguage = 'en'): Promise<string | undefined> {
  const {dir, warning} = await cacheFolderOf(io, folders, language)
  if (warning) io.stderr(warning)
  return dir
}

/** What `cacheFolder` finds, with the warning it would print (if any) for the caller to print when it sees fit. */
export async function cacheFolderOf(io: CliIo, folders: {content: string; out?: string}, language: MessageLanguage = 'en'): Promise<{dir?: string; warning?: string}> {
  const dir = defaultCacheDir(io.cwd, io.env)
  if (dir === undefined) return {}
  const inside = await cacheDirInside(dir, {content: path.resolve(io.cwd, folders.content), ...(folders.out === undefined ? {} : {out: path.resolve(io.cwd, folders.out)})})
  if (inside === undefined) return {dir}
  return {warning: `${buildWords[language].cacheInside(path.relative(io.cwd, dir) || '.', inside)}\n`}
}

/**
 * Read and validate every `<org>/facts.yaml` of the content folder named on the command line.
 * Returns exit code 2 (after saying why) when the folder cannot be read or holds no facts.
 * `options` come from the config (the locales the site publishes). With `cacheDir` (see `cacheFolder`),
 * the results of files validated before with the same bytes and code are reused (`ValidationCache`).
 * From `threadsFrom` files to validate, they are validated in `threads` threads (default: one per core; 1: here).
 */
export async function validateContentFolder(contentArg: string, io: CliIo, language: MessageLanguage, options: ValidateOptions = {}, cacheDir?: string, threads = availableParallelism()): Promise<ValidatedOrganization[] | number> {
  const display = (file: string) => path.relative(io.cwd, file) || file
  // A single facts file may be named instead of the folder.
  const named = await stat(path.resolve(io.cwd, contentArg)).catch(() => undefined)
  if (named?.isFile()) {
    const organization = await loadFactsFile(path.resolve(io.cwd, contentArg), display)
    return [{id: organization.id, ...withoutParsed(validateFacts(organization.source, language, options))}]
  }
  let sources
  let folderProblems
  try {
    folderProblems = await checkContentFolder(path.resolve(io.cwd, contentArg), display, language)
    sources = await loadContent(path.resolve(io.cwd, contentArg), display)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EACCES' || code === 'EPERM') return usageError(io, folderWords.denied[language](contentArg, code))
    return usageError(io, folderWords.unreadable[language](contentArg))
  }
  if (sources.length === 0 && folderProblems.length === 0) return usageError(io, folderWords.empty[language](contentArg))
  // Entries that would not be built are reported with the organizations' own problems.
  const folder: ValidatedOrganization[] = folderProblems.length > 0 ? [{id: '', problems: folderProblems}] : []
  const kept = await ValidationCache.open(cacheDir, path.resolve(io.cwd, contentArg), language, options)
  const known = sources.map((organization) => kept.get(organization.source))
  const fresh = sources.filter((_organization, index) => known[index] === undefined)
  // More threads than cores only add memory.
  const count = Math.min(threads, availableParallelism())
  const results =
    fresh.length >= threadsFrom && count > 1
      ? await validateInThreads(
          fresh.map((organization) => organization.source),
          language,
          options,
          count
        )
      : fresh.map((organization) => withoutParsed(validateFacts(organization.source, language, options)))
  let next = 0
  const organizations = sources.map((organization, index) => {
    const cached = known[index]
    // Copied with its getter: the kept facts are decoded only if something reads them.
    if (cached) return Object.defineProperties({id: organization.id}, Object.getOwnPropertyDescriptors(cached)) as ValidatedOrganization
    const result = results[next++] as CachedValidation
    kept.set(organization.source, result)
    return {id: organization.id, ...result}
  })
  await kept.save()
  return [...folder, ...organizations]
}
