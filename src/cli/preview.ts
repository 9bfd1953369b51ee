import {readFileSync, watch, type FSWatcher} from 'node:fs'
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {hasErrors, type MessageLanguage} from '../index.js'
// Until src/index.ts exports the preview, the command takes it from the stage's own barrel.
import {defaultPreviewPort, PreviewListenError, startPreview, type Preview, type PreviewOptions, type RefreshResult} from '../index.js'
import {configFileName, readConfig, validateOptionsOf, type Config} from './config.js'
import {loadCompanyTemplates} from './templates.js'
import {commonOptions, exitCodes, usageError, type CliIo, type Command, type ParsedCommand} from './command.js'

/** `policygen preview`: serve the documents on 127.0.0.1, both languages side by side, live. */
export const previewCommand: Command = {
  summary: 'Show the documents in the browser, Russian and Kazakh side by side, updated on every save.',
  usage: 'policygen preview [CONTENT_DIR] [--port N] [--lang en|ru|kk]',
  help: [
    'CONTENT_DIR defaults to `content` of the nearest policygen.config.yaml (or the "policygen" key of',
    'package.json), else to ./content; the templates and locales come from the same config, as for build.',
    'Serves http://127.0.0.1:PORT/ (this computer only): an index of the organizations, and each document',
    'with its Russian and Kazakh versions side by side, section by section, so that both can be checked to',
    'say the same. Saving a facts file renders that organization again and the page reloads by itself;',
    'saving a template renders everything again. While a facts file has an error, its pages show the',
    'problems (file:line:column, the message, the fact) instead of the document, until it is fixed.',
    'Nothing is written: the preview renders Markdown and HTML in memory (no PDF). Ctrl-C stops it.',
    '',
    'Options:',
    `  --port N         the port to listen on (default: ${defaultPreviewPort}; 0 picks a free one)`,
    '  --lang en|ru|kk  language of the page\'s own words and of the messages (default: en)'
  ].join('\n'),
  options: {help: commonOptions.help, lang: commonOptions.lang, port: {type: 'string'}},
  formats: ['text'],
  run: runPreview
}

async function runPreview(args: ParsedCommand, io: CliIo): Promise<number> {
  if (args.positionals.length > 1) return usageError(io, `preview takes one CONTENT_DIR, got ${args.positionals.length}.`)
  const language = (args.values.lang ?? 'en') as MessageLanguage
  const portText = args.values.port === undefined ? String(defaultPreviewPort) : String(args.values.port)
  const port = Number(portText)
  if (!/^\d+$/.test(portText) || port > 65535) return usageError(io, `--port must be a whole number from 0 to 65535 (0 picks a free port), not \`${portText}\`.`)
  const config = await readConfig(io)
  if (typeof config === 'number') return config
  const display = (file: string) => path.relative(io.cwd, file) || file
  const contentDir = args.positionals[0] === undefined ? config.content : path.resolve(io.cwd, args.positionals[0])
  const shown = args.positionals[0] ?? display(config.content)
  const info = await stat(contentDir).catch(() => undefined)
  if (info?.isFile()) return usageError(io, `\`${shown}\` is a file; give the folder that holds <org>/facts.yaml (the preview shows every organization in it).`)
  if (!info?.isDirectory()) return usageError(io, `cannot read the content folder \`${shown}\`. Give the folder that holds <org>/facts.yaml.`)

  let started = false
  let preview: Preview
  const options = (settings: Config): PreviewOptions => {
    const validate = validateOptionsOf(settings, io.cwd)
    return {
      contentDir: args.positionals[0] === undefined ? settings.content : contentDir,
      ...(settings.templates === undefined ? {} : {templatesDir: settings.templates}),
      loadTemplates: async () => {
        const company = await loadCompanyTemplates(settings, io)
        return 'problems' in company ? company : {templates: company.templates}
      },
      port,
      host: '127.0.0.1',
      language,
      ...(validate.locales ? {locales: validate.locales} : {}),
      ...(validate.localesFrom === undefined ? {} : {localesFrom: validate.localesFrom}),
      ...(settings.fragmentTitle === undefined ? {} : {fragmentTitle: settings.fragmentTitle}),
      display,
      onRebuild: (result) => {
        if (started) io.stdout(describeRebuild(result, preview))
      },
      onError: (message) => io.stderr(`policygen: ${message}\n`)
    }
  }
  try {
    preview = await startPreview(options(config))
  } catch (error) {
    if (!(error instanceof PreviewListenError)) throw error
    if (error.reason === 'in-use') return usageError(io, `port ${port} of 127.0.0.1 is already in use (another preview, or another program). Stop it, or give another port with --port N (--port 0 picks a free one).`)
    if (error.reason === 'denied') return usageError(io, `the system does not allow listening on port ${port}; give a port above 1023 with --port N (--port 0 picks a free one).`)
    return usageError(io, `cannot listen on 127.0.0.1:${port} (${error.message}); give another port with --port N.`)
  }
  started = true
  const organizations = preview.state.list()
  const failing = organizations.filter((organization) => hasErrors(organization.problems)).map((organization) => organization.id)
  const count = organizationCount(organizations.length)
  io.stdout(`Preview of ${count} in ${shown}${failing.length > 0 ? ` (with errors: ${failing.join(', ')})` : ''}: ${preview.url}\n`)
  if (preview.state.templateProblems.length > 0) io.stdout('The templates cannot be used: the pages say why.\n')
  io.stdout('Listening on 127.0.0.1 only; nothing is written. Save a facts file or a template and the page reloads. Ctrl-C stops.\n')

  // A saved config (the content folder, the templates, the locales) starts the preview again with it,
  // on the same port: the pages reconnect by themselves and show what it gives.
  let restarting = Promise.resolve()
  const watcher = config.file === undefined ? undefined : watchConfig(config.file, () => {
    restarting = restarting.then(async () => {
      const next = await readConfig(io)
      if (typeof next === 'number') {
        io.stderr(`policygen: the preview goes on with the settings it had; fix ${display(config.file ?? configFileName)} and save it again.\n`)
        return
      }
      const folder = args.positionals[0] === undefined ? next.content : contentDir
      if (!(await stat(folder).catch(() => undefined))?.isDirectory()) {
        io.stderr(`policygen: cannot read the content folder \`${display(folder)}\` the changed config names; the preview goes on with the settings it had.\n`)
        return
      }
      const samePort = preview.port
      await preview.close()
      started = false
      preview = await startPreview({...options(next), port: samePort})
      started = true
      io.stdout(`${display(next.file ?? configFileName)} changed: the preview started again with it (${organizationCount(preview.state.list().length)}).\n`)
    }).catch((error: unknown) => {
      io.stderr(`policygen: the preview could not start again with the changed config (${error instanceof Error ? error.message : String(error)}); restart it.\n`)
    })
  })
  await stopped(io.signal)
  watcher?.close()
  await restarting
  await preview.close()
  io.stdout('Preview stopped.\n')
  return exitCodes.ok
}

/**
 * Call `changed` (at most once per 100 ms) when the config file is saved: its folder is watched, as
 * editors save by writing a new file and renaming it over the old one.
 */
function watchConfig(file: string, changed: () => void): FSWatcher | undefined {
  let last = readIfPresent(file)
  let timer: NodeJS.Timeout | undefined
  try {
    const watcher = watch(path.dirname(file), (_, name) => {
      if (name !== null && name !== path.basename(file)) return
      clearTimeout(timer)
      timer = setTimeout(() => {
        const now = readIfPresent(file)
        if (now === last) return
        last = now
        changed()
      }, 100)
    })
    watcher.on('error', () => watcher.close())
    return watcher
  } catch {
    return undefined
  }
}

function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

/** `1 organization`, `2 organizations`. */
function organizationCount(count: number): string {
  return `${count} organization${count === 1 ? '' : 's'}`
}

/** A line for each rebuild: what was rendered, how fast, and which organizations have errors now. */
function describeRebuild(result: RefreshResult, preview: Preview): string {
  if (result.organizations.length === 0 && !result.templates) return result.index ? 'The content folder changed.\n' : ''
  const rendered = result.templates ? `Templates changed: rendered ${result.organizations.length} organization${result.organizations.length === 1 ? '' : 's'}` : `Rendered ${result.organizations.join(', ')}`
  const failing = result.organizations.filter((id) => {
    const organization = preview.state.organizations.get(id)
    return organization !== undefined && hasErrors(organization.problems)
  })
  const gone = result.organizations.filter((id) => !preview.state.organizations.has(id))
  const notes = [failing.length > 0 ? `errors in ${failing.join(', ')}, shown in the page` : '', gone.length > 0 ? `removed ${gone.join(', ')}` : ''].filter(Boolean)
  const early = Object.values(result.shownMs)
  if (early.length > 0) notes.unshift(`the open page${early.length === 1 ? '' : 's'} shown after ${Math.max(...early).toFixed(0)} ms`)
  return `${rendered} in ${result.ms.toFixed(0)} ms${notes.length > 0 ? ` (${notes.join('; ')})` : ''}.\n`
}

/** Wait for `signal`, or, without one, for Ctrl-C (SIGINT) or SIGTERM. */
function stopped(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal) {
      if (signal.aborted) resolve()
      else signal.addEventListener('abort', () => resolve(), {once: true})
      return
    }
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolve()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}
