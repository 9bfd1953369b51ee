import {templateProblem, type MessageLanguage, type PlacedServiceReport, type Problem, type TemplateError} from '../index.js'

/** Format problems one per line, the way compilers do: `file:line:column  error  message  rule-id`. */
export function formatProblems(problems: readonly Problem[], language: MessageLanguage): string {
  if (problems.length === 0) return ''
  const waivedBecause = {en: 'waived because', ru: 'снято, потому что', kk: 'алынып тасталды, себебі'}[language]
  const lines = problems.map(
    (problem) =>
      `${problem.file}:${problem.line}:${problem.column}  ${problem.severity}  ${problem.message}  ${problem.ruleId}${problem.waiver !== undefined ? `\n    ${waivedBecause}: ${problem.waiver}` : ''}`
  )
  return `${lines.join('\n')}\n\n${summarize(problems, language)}\n`
}

/** Format problems as JSON for tools: an array of problem objects. */
export function formatProblemsJson(problems: readonly Problem[]): string {
  return `${JSON.stringify(problems, null, 2)}\n`
}

/**
 * One line counting errors, warnings and files, e.g. `2 errors, 1 warning in 1 file`, and the waived
 * warnings when there are any (`0 errors, 0 warnings. 2 waived.`; Russian and Kazakh need no plurals: `Қателер: 2`).
 */
export function summarize(problems: readonly Problem[], language: MessageLanguage): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length
  const warnings = problems.filter((problem) => problem.severity === 'warning').length
  const waived = problems.filter((problem) => problem.severity === 'waived').length
  // The files named are those with an error or a warning: `0 errors, 0 warnings in 2 files` read as
  // if only two files had been checked, «файлов с проблемами: 2» as if two had problems.
  const flagged = new Set(problems.filter((problem) => problem.severity !== 'waived').map((problem) => problem.file)).size
  if (language === 'ru') {
    return `Ошибок: ${errors}, предупреждений: ${warnings}${flagged > 0 ? `, файлов с проблемами: ${flagged}` : ''}.${waived > 0 ? ` Снято предупреждений: ${waived}.` : ''}`
  }
  if (language === 'kk') {
    return `Қателер: ${errors}, ескертулер: ${warnings}${flagged > 0 ? `, мәселесі бар файлдар: ${flagged}` : ''}.${waived > 0 ? ` Алынып тасталған ескертулер: ${waived}.` : ''}`
  }
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${flagged > 0 ? ` in ${plural(flagged, 'file')}` : ''}.${waived > 0 ? ` ${waived} waived.` : ''}`
}

/** Format a template that cannot be rendered as a problem line, located in the template. */
export function formatTemplateError(error: TemplateError, language: MessageLanguage): string {
  const problem = templateProblem(error, language)
  return `${problem.file}:${problem.line}:${problem.column}  error  ${problem.message}  ${problem.ruleId}\n`
}

/** What `formatServices` says, in each message language. */
const serviceWords: Readonly<Record<MessageLanguage, {title: string; catalogue: string; own: string; cookies: string; yours: string; none: string}>> = {
  en: {title: 'Services', catalogue: 'from the catalogue', own: 'as your thirdParties word it', cookies: 'cookies', yours: 'declared in your cookies', none: 'no cookies in the catalogue: declare the ones your site sets'},
  ru: {title: 'Сервисы', catalogue: 'из каталога', own: 'как в ваших thirdParties', cookies: 'cookie', yours: 'объявлены в ваших cookies', none: 'в каталоге нет его cookie: объявите те, что ставит ваш сайт'},
  kk: {title: 'Сервистер', catalogue: 'каталогтан', own: 'сіздің thirdParties ішіндегідей', cookies: 'cookie', yours: 'сіздің cookies ішінде жарияланған', none: 'каталогта оның cookie файлдары жоқ: сайтыңыз қоятындарын жариялаңыз'}
}

/** What each entry of `services` brought into the facts, a line each, located at the entry. */
export function formatServices(reports: readonly PlacedServiceReport[], language: MessageLanguage): string {
  if (reports.length === 0) return ''
  const words = serviceWords[language]
  const lines = reports.map((report) => {
    const provider = `${report.provider.name} (${report.provider.country}) ${report.provider.from === 'catalogue' ? words.catalogue : words.own}`
    const cookies = report.cookies.length > 0 ? `${words.cookies} ${report.cookies.join(', ')}` : report.ownCookies.length > 0 ? '' : words.none
    const own = report.ownCookies.length > 0 ? `${words.yours}: ${report.ownCookies.join(', ')}` : ''
    return `  ${report.file}:${report.line}:${report.column}  ${report.id}: ${[provider, cookies, own].filter(Boolean).join('; ')}`
  })
  return `${words.title} (${reports.length}):\n${lines.join('\n')}\n`
}
