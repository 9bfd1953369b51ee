import {mkdir, readFile, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {organizationIdPattern} from '../index.js'
import {configFileName, readConfig} from './config.js'
import {commonOptions, exitCodes, usageError, type CliIo, type Command, type ParsedCommand} from './command.js'
import {pullRequestWorkflow} from './workflow.js'

const starterFacts = fileURLToPath(new URL('../../templates/starter/facts.yaml', import.meta.url))

/** `policygen init`: start a company's repository with a config, starter facts and the pull-request check. */
export const initCommand: Command = {
  summary: 'Start a repository: a config, starter facts to fill in, and the pull-request workflow.',
  usage: 'policygen init [--org ID]',
  help: [
    'Writes, in the working folder:',
    `  ${configFileName}            where the facts and the output live, and the languages published`,
    '  content/<ID>/facts.yaml           starter facts that validate; every ЗАПОЛНИТЕ marks a placeholder (a value that says it, a zapolnite.kz address or the БИН 000000000000 warns until replaced; the dates and choices a comment marks are yours to check)',
    '  .github/workflows/policies.yml    validate, build, diff comment and version check on pull requests',
    '  .gitignore                        a line for a build\'s staging copy and lock (and node_modules/ in a new one)',
    '  package.json                      the scripts policies:validate, policies:build, policies:diff (when it exists)',
    'Nothing is overwritten: an existing config or workflow is kept (init then only adds the organization),',
    'and when content/<ID>/ exists init writes nothing.',
    '',
    'Options:',
    '  --org ID   the organization\'s folder name: lower-case letters, digits, hyphens (default: company)'
  ].join('\n'),
  options: {...commonOptions, org: {type: 'string', default: 'company'}},
  run: runInit
}

async function runInit(args: ParsedCommand, io: CliIo): Promise<number> {
  if (args.positionals.length > 0) return usageError(io, `init takes no folder; it writes into the working folder. Got \`${args.positionals.join(' ')}\`.`)
  const org = String(args.values.org ?? 'company')
  if (!organizationIdPattern.test(org)) return usageError(io, `\`${org}\` cannot be an organization's folder name: use lower-case Latin letters, digits and hyphens, for example \`--org kaspi-shop\`.`)
  // An existing config decides where the facts go; the modeline then points at the installed schema from there.
  const config = await readConfig(io)
  if (typeof config === 'number') return config
  const contentDir = config.file === undefined ? 'content' : path.relative(io.cwd, config.content) || '.'
  const factsFile = path.join(contentDir, org, 'facts.yaml')
  const schema = path.relative(path.dirname(path.resolve(io.cwd, factsFile)), path.join(config.file === undefined ? io.cwd : config.root, 'node_modules', 'policygen-kz', 'schema', 'facts.schema.json')).split(path.sep).join('/')
  const starter = (await readFile(starterFacts, 'utf8')).replace('$schema=../../node_modules/policygen-kz/schema/facts.schema.json', `$schema=${schema}`)
  const files: ReadonlyArray<readonly [string, string]> = [
    [configFileName, '# Where policygen finds the facts and writes the documents (paths relative to this file).\ncontent: content\nout: dist\n# The languages the site publishes: every organization\'s facts must publish each of them.\nlocales: [ru, kk]\n# Your own wording, replacing policygen\'s section by section (see the README):\n# templates: policy-templates\n'],
    [factsFile, starter],
    [path.join('.github', 'workflows', 'policies.yml'), pullRequestWorkflow]
  ]
  const exists = async (file: string) => (await stat(path.join(io.cwd, file)).catch(() => undefined)) !== undefined
  if (await exists(path.join(contentDir, org))) {
    io.stderr(`policygen: init writes nothing, because \`${path.join(contentDir, org)}\` exists already: the organization \`${org}\` has its facts. Choose another --org, or edit ${factsFile} by hand.\n`)
    return exitCodes.problems
  }
  // A repository that has its config and workflow keeps them: init then only adds the organization.
  const lines: string[] = []
  for (const [file, text] of files) {
    if (await exists(file)) {
      lines.push(`Kept ${file} (it exists)`)
      continue
    }
    if (file === configFileName && config.file !== undefined) {
      lines.push(`Kept ${path.relative(io.cwd, config.file)} (it has the settings)`)
      continue
    }
    await mkdir(path.dirname(path.join(io.cwd, file)), {recursive: true})
    await writeFile(path.join(io.cwd, file), text, {flag: 'wx'})
    lines.push(`Wrote ${file}`)
  }
  lines.push(await addGitignoreLines(io.cwd), await addNpmScripts(io.cwd))
  io.stdout(
    [
      ...lines.filter((line) => line !== ''),
      '',
      'Next:',
      `  1. Replace every ЗАПОЛНИТЕ in ${factsFile} with the company's facts.`,
      '  2. npm run policies:validate   check them (or: npx policygen validate)',
      '  3. npm run policies:build      write the documents (or: npx policygen build)',
      ''
    ].join('\n')
  )
  return exitCodes.ok
}

/** The lines init adds to `.gitignore`: the build's own helper entries, which a build removes but a crash may leave. */
export const gitignoreLines = ['# policygen: a build\'s staging copy and lock (removed by the build; left only by a crash)', '.*.policygen-*']

/**
 * What a `.gitignore` init writes anew starts with: the installed packages, and with them the cache
 * folder (`node_modules/.cache/policygen`), which a first commit would otherwise take in.
 */
export const newGitignoreLines = ['node_modules/']

async function addGitignoreLines(root: string): Promise<string> {
  const file = path.join(root, '.gitignore')
  const existing = await readFile(file, 'utf8').catch(() => undefined)
  const current = existing ?? ''
  const wanted = existing === undefined ? [...newGitignoreLines, ...gitignoreLines] : gitignoreLines
  const missing = wanted.filter((line) => !current.split(/\r?\n/).includes(line))
  if (missing.length === 0) return 'Kept .gitignore (it has the policygen lines)'
  await writeFile(file, `${current}${current === '' || current.endsWith('\n') ? '' : '\n'}${missing.join('\n')}\n`)
  return current === '' ? 'Wrote .gitignore' : 'Added policygen lines to .gitignore'
}

/** The npm scripts init adds to an existing package.json, never replacing a script of the same name. */
export const npmScripts: Readonly<Record<string, string>> = {
  'policies:validate': 'policygen validate',
  'policies:build': 'policygen build',
  'policies:diff': 'policygen diff origin/main HEAD'
}

async function addNpmScripts(root: string): Promise<string> {
  const file = path.join(root, 'package.json')
  const text = await readFile(file, 'utf8').catch(() => undefined)
  if (text === undefined) return ''
  let manifest: {scripts?: Record<string, string>}
  try {
    manifest = JSON.parse(text) as {scripts?: Record<string, string>}
  } catch {
    return 'Kept package.json (it is not valid JSON, so no npm scripts were added)'
  }
  const scripts = {...manifest.scripts}
  const added = Object.entries(npmScripts).filter(([name]) => scripts[name] === undefined)
  if (added.length === 0) return 'Kept package.json (it has the policies:* scripts)'
  for (const [name, command] of added) scripts[name] = command
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  '
  await writeFile(file, `${JSON.stringify({...manifest, scripts}, null, indent)}\n`)
  return `Added the npm scripts ${added.map(([name]) => name).join(', ')} to package.json`
}
