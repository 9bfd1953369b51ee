import path from 'node:path'
import {checkTemplates, compareProblems, hasErrors, type MessageLanguage} from '../index.js'
import {formatProblems, formatProblemsJson, formatServices} from './report.js'
import {cacheFolder, validateContentFolder} from './content.js'
import {readConfig, validateOptionsOf} from './config.js'
import {describeOverrides, loadCompanyTemplates} from './templates.js'
import {commonOptions, exitCodes, usageError, type CliIo, type Command, type ParsedCommand} from './command.js'

/** `policygen validate`: report every problem in the facts. */
export const validateCommand: Command = {
  summary: 'Check every CONTENT_DIR/*/facts.yaml and report every problem at once.',
  usage: 'policygen validate [CONTENT_DIR] [--no-cache] [--lang en|ru|kk] [--format text|json]',
  help: [
    'Validates every CONTENT_DIR/*/facts.yaml (default: `content` of policygen.config.yaml, else ./content) against the facts schema',
    'and the rules of Law No. 94-V, and prints each problem as',
    '  path/to/facts.yaml:line:column  error|warning  message  rule-id',
    '',
    'Options:',
    '  --lang en|ru|kk       language of the messages (default: en)',
    '  --format text|json    plain lines for people, or JSON for tools (default: text)',
    '  --no-cache            validate every file again, even one validated before with the same bytes',
    '                        by the same policygen (results are kept in node_modules/.cache/policygen,',
    '                        or in POLICYGEN_CACHE_DIR)',
    '',
    'Exit codes: 0 no errors (warnings allowed), 1 errors in the facts, 2 wrong usage.'
  ].join('\n'),
  options: {...commonOptions, 'no-cache': {type: 'boolean'}},
  run: runValidate
}

/** Said after the template problems when the check stopped at its limit: there may be more. */
const stoppedLooking: Readonly<Record<MessageLanguage, (max: number) => string>> = {
  en: (max) => `The check of the company's templates stopped after its first ${max} problems; fix them and run \`policygen validate\` again to see the rest.\n`,
  ru: (max) => `Проверка шаблонов компании остановлена после первых ${max} проблем: исправьте их и снова запустите \`policygen validate\`, чтобы увидеть остальные.\n`,
  kk: (max) => `Компанияның өз шаблондарын тексеру алғашқы ${max} мәселеден кейін тоқтады: оларды түзетіп, қалғанын көру үшін \`policygen validate\` командасын қайта іске қосыңыз.\n`
}

const noProblems: Readonly<Record<MessageLanguage, string>> = {
  en: 'No problems found.\n',
  ru: 'Проблем не найдено.\n',
  kk: 'Мәселе табылмады.\n'
}

async function runValidate(args: ParsedCommand, io: CliIo): Promise<number> {
  if (args.positionals.length > 1) return usageError(io, `validate takes one CONTENT_DIR, got ${args.positionals.length}.`)
  const language = (args.values.lang ?? 'en') as MessageLanguage
  const config = await readConfig(io)
  if (typeof config === 'number') return config
  const contentArg = args.positionals[0] ?? (path.relative(io.cwd, config.content) || '.')
  const cacheDir = args.values['no-cache'] ? undefined : await cacheFolder(io, {content: contentArg, out: config.out}, language)
  const organizations = await validateContentFolder(contentArg, io, language, validateOptionsOf(config, io.cwd), cacheDir)
  if (typeof organizations === 'number') return organizations
  // The company's own templates are checked too (and named, so a reviewer sees which wording is its own):
  // they must load, and every organization that validates must render with them, as the build would.
  const company = config.templates === undefined ? undefined : await loadCompanyTemplates(config, io)
  let stoppedAt: number | undefined
  const templateProblems =
    company === undefined
      ? []
      : 'problems' in company
        ? company.problems
        : await checkTemplates(organizations.flatMap((organization) => (organization.facts ? [{id: organization.id, facts: organization.facts}] : [])), company.templates, language, {
            ...(config.locales ? {locales: config.locales} : {}),
            contentDir: path.resolve(io.cwd, contentArg),
            ...(cacheDir === undefined ? {} : {cacheDir}),
            onStopped: (limit) => (stoppedAt = limit)
          })
  const problems = [...organizations.flatMap((organization) => organization.problems), ...templateProblems].sort(compareProblems)
  if (args.values.format === 'json') io.stdout(formatProblemsJson(problems))
  else if (problems.length > 0) io.stdout(formatProblems(problems, language))
  else io.stdout(noProblems[language])
  if (stoppedAt !== undefined && args.values.format !== 'json') io.stdout(stoppedLooking[language](stoppedAt))
  if (args.values.format !== 'json') io.stdout(formatServices(organizations.flatMap((organization) => organization.services ?? []), language))
  if (company && !('problems' in company) && args.values.format !== 'json') io.stdout(describeOverrides(company.overrides, language))
  return hasErrors(problems) ? exitCodes.problems : exitCodes.ok
}
