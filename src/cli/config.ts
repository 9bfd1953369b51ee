import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {parse} from 'yaml'
import {locales as knownLocales, type Locale, type ValidateOptions} from '../index.js'
import {exitCodes, type CliIo} from './command.js'

/** The name of the file that tells policygen where a repository keeps its facts and its output. */
export const configFileName = 'policygen.config.yaml'

/** Where a repository keeps its facts and its output, as absolute paths, and where that was said. */
export interface Config {
  /** The folder the config lives in (the repository's root, as far as policygen is concerned). */
  root: string
  content: string
  out: string
  /** The company's own templates folder, whose files replace the built-in ones (see `applyOverrides`). */
  templates?: string
  /** The locales the site publishes, in the order its pages list them (optional, default: what each organization's facts publish). */
  locales?: Locale[]
  /** Whether the fragments keep the document's title as their `<h1>` (optional, default: true). */
  fragmentTitle?: boolean
  /** The file the config came from, or `undefined` for the defaults (`content/`, `dist/` in the working folder). */
  file?: string
}

/** A config file that cannot be used, said in plain words. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError'
}

/**
 * Find the config from `cwd` upward: a `policygen.config.yaml`, or a `"policygen"` key in a
 * `package.json`, so that commands work from any subfolder of the repository. Without one, the
 * working folder's `content/` and `dist/` are used.
 */
export async function findConfig(cwd: string): Promise<Config> {
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    const yamlFile = path.join(folder, configFileName)
    if (await isFile(yamlFile)) return fromObject(parseYaml(await readFile(yamlFile, 'utf8'), yamlFile), folder, yamlFile)
    const packageFile = path.join(folder, 'package.json')
    if (await isFile(packageFile)) {
      const manifest = parseJson(await readFile(packageFile, 'utf8'), packageFile) as {policygen?: unknown} | null
      if (manifest === null || typeof manifest !== 'object') break
      if (manifest.policygen !== undefined) return fromObject(manifest.policygen, folder, packageFile)
      break // the project's root: never read another project's settings
    }
    if (await exists(path.join(folder, '.git')) || path.dirname(folder) === folder) break
  }
  return {root: path.resolve(cwd), content: path.resolve(cwd, 'content'), out: path.resolve(cwd, 'dist')}
}

/** The folder settings a config may give, each with an example value (the default, for `content` and `out`). */
const settingExamples = {content: 'content', out: 'dist', templates: 'policy-templates'} as const
type Setting = keyof typeof settingExamples

function fromObject(value: unknown, root: string, file: string): Config {
  const shown = path.basename(file)
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ConfigError(`${shown}: the policygen settings must be named values, for example \`content: content\` and \`out: dist\`.`)
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(settingExamples, key) && key !== 'locales' && key !== 'fragmentTitle') throw new ConfigError(`${shown}: \`${key}\` is not a setting policygen knows; the settings are \`content\` (the facts folder), \`out\` (the output folder), \`templates\` (your own wording), \`locales\` (the languages the site publishes) and \`fragmentTitle\` (whether fragments keep their title).`)
  }
  const settings: Partial<Record<Setting, string>> = {}
  for (const [key, setting] of Object.entries(value)) {
    if (setting === undefined || key === 'locales' || key === 'fragmentTitle') continue
    if (typeof setting !== 'string' || setting === '') throw new ConfigError(`${shown}: \`${key}\` must be a folder's path, for example \`${key}: ${settingExamples[key as Setting]}\`.`)
    settings[key as Setting] = setting
  }
  const locales = readLocales((value as {locales?: unknown}).locales, shown)
  const fragmentTitle = (value as {fragmentTitle?: unknown}).fragmentTitle
  if (fragmentTitle !== undefined && typeof fragmentTitle !== 'boolean') throw new ConfigError(`${shown}: \`fragmentTitle\` is \`true\` (the fragments keep the document's title as their heading) or \`false\` (the site's page has its own), for example \`fragmentTitle: false\`.`)
  return {
    root,
    file,
    content: path.resolve(root, settings.content ?? settingExamples.content),
    out: path.resolve(root, settings.out ?? settingExamples.out),
    ...(settings.templates === undefined ? {} : {templates: path.resolve(root, settings.templates)}),
    ...(locales === undefined ? {} : {locales}),
    ...(fragmentTitle === undefined ? {} : {fragmentTitle})
  }
}

function readLocales(value: unknown, shown: string): Locale[] | undefined {
  if (value === undefined) return undefined
  const example = `\`locales: [${knownLocales.join(', ')}]\``
  if (!Array.isArray(value) || value.length === 0) throw new ConfigError(`${shown}: \`locales\` must list the languages the site publishes, for example ${example}.`)
  const seen = new Set<string>()
  for (const locale of value) {
    if (typeof locale !== 'string' || !(knownLocales as readonly string[]).includes(locale)) throw new ConfigError(`${shown}: \`locales\` has \`${String(locale)}\`; policygen publishes in Russian (\`ru\`) and Kazakh (\`kk\`), for example ${example}.`)
    if (seen.has(locale)) throw new ConfigError(`${shown}: \`locales\` names \`${locale}\` twice; name each language once, for example ${example}.`)
    seen.add(locale)
  }
  return value as Locale[]
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false
}

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined)) !== undefined
}

function parseYaml(text: string, file: string): unknown {
  try {
    return parse(text) as unknown
  } catch (error) {
    throw new ConfigError(`${path.basename(file)}: this is not valid YAML (${(error as Error).message.split('\n')[0] ?? ''}).`)
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new ConfigError(`${path.basename(file)}: this is not valid JSON, so policygen cannot read its "policygen" settings.`)
  }
}

/** The repository's settings, or the exit code after saying plainly why they cannot be used. */
export async function readConfig(io: CliIo): Promise<Config | number> {
  try {
    return await findConfig(io.cwd)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    io.stderr(`policygen: ${error.message}\n`)
    return exitCodes.usage
  }
}

/** What validation takes from the config: the locales the site publishes, and where that is said. */
export function validateOptionsOf(config: Config, cwd: string): ValidateOptions {
  if (!config.locales) return {}
  return {locales: config.locales, localesFrom: config.file ? path.relative(cwd, config.file) || config.file : configFileName}
}
