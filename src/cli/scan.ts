import {readdir, readFile, rename, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {addToFacts, BrowserMissingError, catalogue, compareObservation, formatScanReport, hasErrors, loadFactsFile, observe, scanFails, ScanError, scanFormats, validateFacts, type MessageLanguage, type ScanFormat} from '../index.js'
import {readConfig, validateOptionsOf} from './config.js'
import {formatProblems} from './report.js'
import {commonOptions, exitCodes, usageError, type CliIo, type Command, type ParsedCommand} from './command.js'

/** `policygen scan URL…`: visit the site in a real browser and compare its cookies with the facts. */
export const scanCommand: Command = {
  summary: 'Visit the site in a real headless Chromium and compare the cookies it sets with the facts.',
  usage: 'policygen scan URL… [--org ID] [--pages N] [--accept SELECTOR | --consent-cookie NAME=VALUE] [--format text|md|json] [--write]',
  help: [
    'Opens each URL in headless Chromium as a new visitor, follows links of the same site up to N pages,',
    'and records every cookie (name, domain, first or third party, lifetime, HttpOnly, Secure, SameSite)',
    'and every localStorage and sessionStorage key: first before any consent, then, with --accept (the CSS',
    'selector of the banner\'s accept button) or --consent-cookie, after consent on the same pages.',
    'It compares them with the organization\'s facts (names, patterns such as _ga_*, catalogue services) and',
    'reports cookies seen but not declared (with the service they probably belong to and what to add),',
    'cookies whose category needs consent set before it, cookies kept longer than declared (a declared',
    'lifetime past the browsers\' 400-day cap is met by the cap), and declared cookies never seen.',
    'Exit 1 when something undeclared or set before consent is found, so it can run on a schedule.',
    '',
    'Options:',
    '  --org ID            the organization of the content folder (needed when there are several)',
    '  --pages N           visit at most N pages (default: 10)',
    '  --accept SELECTOR   click this to give consent, then look again',
    '  --consent-cookie NAME=VALUE  set this consent cookie instead of clicking',
    '  --write             add what was not declared to the facts file, keeping its comments: catalogue',
    '                      services to `services`, other cookies to `cookies` for you to complete',
    '  --browser PATH      the Chromium to drive (default: POLICYGEN_CHROMIUM, else /usr/bin/chromium)',
    '  --format text|md|json  text for a terminal, Markdown for a pull request or an issue, or JSON'
  ].join('\n'),
  options: {...commonOptions, org: {type: 'string'}, pages: {type: 'string'}, accept: {type: 'string'}, 'consent-cookie': {type: 'string'}, write: {type: 'boolean'}, browser: {type: 'string'}},
  formats: [...scanFormats],
  run: runScan
}

async function runScan(args: ParsedCommand, io: CliIo): Promise<number> {
  const language = (args.values.lang ?? 'en') as MessageLanguage
  const urls = args.positionals
  if (urls.length === 0) return usageError(io, 'give the address of the site to scan, for example `policygen scan https://shop.kz`.')
  for (const url of urls) if (!/^https?:\/\//.test(url) || !URL.canParse(url)) return usageError(io, `\`${url}\` is not a web address; give it with http:// or https://, for example \`https://shop.kz\`.`)
  const pages = args.values.pages === undefined ? 10 : Number(args.values.pages)
  if (!Number.isInteger(pages) || pages < 1) return usageError(io, `--pages must be a whole number of pages, 1 or more, not \`${String(args.values.pages)}\`.`)
  const consent = args.values['consent-cookie'] === undefined ? undefined : /^([^=;\s]+)=([^;\s]*)$/.exec(String(args.values['consent-cookie']))
  if (args.values['consent-cookie'] !== undefined && !consent) return usageError(io, `--consent-cookie is NAME=VALUE, for example \`--consent-cookie cookie_consent=all\`, not \`${String(args.values['consent-cookie'])}\`.`)
  if (consent && args.values.accept !== undefined) return usageError(io, 'give either --accept or --consent-cookie, not both.')

  const config = await readConfig(io)
  if (typeof config === 'number') return config
  const organizations = (await readdir(config.content, {withFileTypes: true}).catch(() => [])).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
  const org = args.values.org === undefined ? (organizations.length === 1 ? organizations[0] : undefined) : String(args.values.org)
  if (org === undefined) return usageError(io, `say which organization the site belongs to with --org: ${organizations.join(', ') || 'the content folder has none'}.`)
  if (!organizations.includes(org)) return usageError(io, `there is no organization \`${org}\` in ${path.relative(io.cwd, config.content) || '.'}; there are ${organizations.join(', ') || 'none'}.`)
  const factsFile = path.join(config.content, org, 'facts.yaml')
  const display = (file: string) => path.relative(io.cwd, file) || file
  const {facts, problems} = validateFacts((await loadFactsFile(factsFile, display)).source, language, validateOptionsOf(config, io.cwd))
  if (!facts || hasErrors(problems)) {
    io.stderr(`${formatProblems(problems, language)}policygen: ${scanMessages.mustValidate[language]}\n`)
    return exitCodes.problems
  }

  let observation
  try {
    const executablePath = args.values.browser === undefined ? io.env.POLICYGEN_CHROMIUM || undefined : String(args.values.browser)
    observation = await observe({urls, pages, ...(args.values.accept === undefined ? {} : {accept: String(args.values.accept)}), ...(consent ? {consentCookie: {name: consent[1] ?? '', value: consent[2] ?? ''}} : {}), ...(executablePath ? {executablePath} : {})})
  } catch (error) {
    if (error instanceof BrowserMissingError || error instanceof ScanError) {
      io.stderr(`policygen: ${error.message}\n`)
      return exitCodes.usage
    }
    throw error
  }
  const report = compareObservation(observation, facts, catalogue)
  io.stdout(formatScanReport(report, String(args.values.format ?? 'text') as ScanFormat, language))
  if (args.values.write && report.undeclared.length > 0) {
    const original = await readFile(factsFile, 'utf8')
    const change = addToFacts(original.replace(/\r\n/g, '\n'), report.undeclared, new Date().toISOString().slice(0, 10), language)
    const staged = `${factsFile}.policygen-scan`
    // The file keeps its line endings and its permissions.
    await writeFile(staged, original.includes('\r\n') ? change.text.replace(/\n/g, '\r\n') : change.text, {mode: (await stat(factsFile)).mode & 0o777})
    await rename(staged, factsFile)
    io.stderr(`${scanMessages.added[language](display(factsFile), change.services.join(', '), change.cookies.join(', '))}\n`)
  }
  return scanFails(report) ? exitCodes.problems : exitCodes.ok
}

/** What `scan` says of the facts file, in the language of `--lang`. */
const scanMessages = {
  mustValidate: {
    en: 'the facts must validate before the site can be compared with them.',
    ru: 'сначала исправьте ошибки в фактах: сайт можно сравнить только с фактами, прошедшими проверку.',
    kk: 'алдымен фактілердегі қателерді түзетіңіз: сайтты тек тексеруден өткен фактілермен салыстыруға болады.'
  },
  /** What `--write` added (services, cookies and keys: each list may be empty, not both). */
  added: {
    en: (file: string, services: string, cookies: string) =>
      `Added to ${file}: ${[services && `services ${services}`, cookies && `cookies ${cookies} (state their category and purpose)`].filter(Boolean).join('; ')}. Review the change before committing it.`,
    ru: (file: string, services: string, cookies: string) =>
      `Добавлено в ${file}: ${[services && `сервисы ${services}`, cookies && `файлы cookie и ключи ${cookies} (укажите их категорию и цель)`].filter(Boolean).join('; ')}. Проверьте изменение, прежде чем фиксировать его в репозитории.`,
    kk: (file: string, services: string, cookies: string) =>
      `${file} файлына қосылды: ${[services && `сервистер ${services}`, cookies && `cookie файлдары мен кілттер ${cookies} (олардың санаты мен мақсатын көрсетіңіз)`].filter(Boolean).join('; ')}. Өзгерісті репозиторийге енгізбес бұрын тексеріңіз.`
  }
} satisfies Record<string, Readonly<Record<MessageLanguage, unknown>>>
