import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {citation, rules, type MessageLanguage} from '../index.js'
import {commonOptions, exitCodes, type CliIo, type Command, type ParsedCommand} from './command.js'

/** `policygen rules`: list the rules the facts are checked against, with their severity and article. */
export const rulesCommand: Command = {
  summary: 'List the rules the facts are checked against, each with its severity and article of Law No. 94-V.',
  usage: 'policygen rules [--lang en|ru|kk] [--format text|json]',
  help: [
    'Lists every rule of src/facts/rules/: its id, whether it is an error (stops the build) or a warning',
    '(can be waived in the facts with `waivers: [{rule, reason}]`), the article it rests on, and what it',
    'checks. Each rule has a page in docs/rules/<id>.md.',
    '',
    'Options:',
    '  --lang en|ru|kk     language of the summaries and citations (default: en)',
    '  --format text|json  a table for people, or JSON for tools (default: text)'
  ].join('\n'),
  options: commonOptions,
  run: runRules
}

async function runRules(args: ParsedCommand, io: CliIo): Promise<number> {
  const language = (args.values.lang ?? 'en') as MessageLanguage
  const listed = [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  if (args.values.format === 'json') {
    io.stdout(`${JSON.stringify(listed.map(({id, severity, article, summary}) => ({id, severity, article: article ?? null, summary: summary.en, summaries: {en: summary.en, ru: summary.ru, kk: summary.kk}, docs: `docs/rules/${id}.md`})), null, 2)}\n`)
    return exitCodes.ok
  }
  const width = Math.max(...listed.map((rule) => rule.id.length))
  const lines = listed.map((rule) => `${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.article ? `${citation(rule.article, language)} ` : ''}${rule.summary[language]}`)
  // Where the pages are from here: docs/rules in a checkout, node_modules/policygen-kz/docs/rules where installed.
  const pages = path.relative(io.cwd, fileURLToPath(new URL('../../docs/rules', import.meta.url))).split(path.sep).join('/') || '.'
  io.stdout(`${lines.join('\n')}\n\n${listed.length} rules; each has a page in ${pages}/<id>.md.\n`)
  return exitCodes.ok
}
