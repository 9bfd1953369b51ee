import {mkdir, readFile, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {organizationIdPattern} from '../index.js'
import {configFileName} from './config.js'
import {commonOptions, exitCodes, usageError, type CliIo, type Command, type ParsedCommand} from './command.js'
import {pullRequestWorkflow} from './workflow.js'

const starterFacts = fileURLToPath(new URL('../../templates/starter/facts.yaml', import.meta.url))

/** `policygen init`: start a company's repository with a config, starter facts and the pull-request check. */
export const initCommand: Command = {
  summary: 'Start a repository: a config, starter facts to fill in, and the pull-request workflow.',
  usage: 'policygen init [--org ID]',
  help: [
    'Writes, in the working folder:',
    `  ${configFileName}            where the facts and the output live (content, dist)`,
    '  content/<ID>/facts.yaml           starter facts that validate; every ЗАПОЛНИТЕ marks a placeholder',
    '  .github/workflows/policies.yml    validate, build, diff comment and version check on pull requests',
    'Nothing is overwritten: when any of these files exists, init writes nothing and names it.',
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
  const files: ReadonlyArray<readonly [string, string]> = [
    [configFileName, '# Where policygen finds the facts and writes the documents (paths relative to this file).\ncontent: content\nout: dist\n'],
    [path.join('content', org, 'facts.yaml'), await readFile(starterFacts, 'utf8')],
    [path.join('.github', 'workflows', 'policies.yml'), pullRequestWorkflow]
  ]
  const existing: string[] = []
  for (const [file] of files) if (await stat(path.join(io.cwd, file)).catch(() => undefined)) existing.push(file)
  if (existing.length > 0) {
    io.stderr(`policygen: init writes nothing, because ${existing.map((file) => `\`${file}\``).join(', ')} ${existing.length === 1 ? 'exists' : 'exist'} already. Move ${existing.length === 1 ? 'it' : 'them'} away, or edit ${existing.length === 1 ? 'it' : 'them'} by hand.\n`)
    return exitCodes.problems
  }
  for (const [file, text] of files) {
    await mkdir(path.dirname(path.join(io.cwd, file)), {recursive: true})
    await writeFile(path.join(io.cwd, file), text, {flag: 'wx'})
  }
  io.stdout(
    [
      ...files.map(([file]) => `Wrote ${file}`),
      '',
      'Next:',
      `  1. Replace every ЗАПОЛНИТЕ in content/${org}/facts.yaml with the company's facts.`,
      '  2. npx policygen validate      check them',
      '  3. npx policygen build         write dist/ (add `dist/` to .gitignore unless it is published from git)',
      ''
    ].join('\n')
  )
  return exitCodes.ok
}
