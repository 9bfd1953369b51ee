import {catalogue, type CatalogueService} from '../index.js'
import {commonOptions, exitCodes, type CliIo, type Command, type ParsedCommand} from './command.js'

/** `policygen services [QUERY]`: list and search the catalogue of known services. */
export const servicesCommand: Command = {
  summary: 'List or search the catalogue of known services that `services:` in the facts can name.',
  usage: 'policygen services [QUERY] [--format text|json]',
  help: [
    'Lists every service of the catalogue: its id (what `services:` in the facts takes), its provider and',
    'country, the cookie category it brings its cookies in, and how many cookies the catalogue knows.',
    'QUERY keeps the services whose id, name, provider or one of whose cookies contains it, ignoring',
    'case: `policygen services yandex`, or a cookie seen on the site, `policygen services _ym_uid`.',
    'A provider marked `verify` is one whose legal name or country policygen could not confirm.',
    'The catalogue is built from catalogue/services.yaml and the Open Cookie Database (catalogue/NOTICE).',
    '',
    'Options:',
    '  --format text|json  a table for people, or JSON for tools (default: text)'
  ].join('\n'),
  options: commonOptions,
  run: runServices
}

/** Whether a cookie name or pattern (`_ga_*`) covers `query` or contains it. */
function cookieMatches(name: string, query: string): boolean {
  const lower = name.toLowerCase()
  return lower.includes(query) || (lower.endsWith('*') && query.startsWith(lower.slice(0, -1)))
}

/** The services QUERY finds (all without one). */
export function findServices(query: string | undefined): CatalogueService[] {
  const wanted = query?.trim().toLowerCase() ?? ''
  if (wanted === '') return [...catalogue.services]
  return catalogue.services.filter((service) => {
    const provider = catalogue.providers[service.provider]
    return [service.id, service.name, provider?.name ?? ''].some((text) => text.toLowerCase().includes(wanted)) || service.cookies.some((cookie) => cookieMatches(cookie.name, wanted))
  })
}

async function runServices(args: ParsedCommand, io: CliIo): Promise<number> {
  if (args.positionals.length > 1) {
    io.stderr(`policygen: services takes one QUERY, got ${args.positionals.length}; quote a query of several words.\n`)
    return exitCodes.usage
  }
  const query = args.positionals[0]
  const found = findServices(query)
  if (args.values.format === 'json') {
    io.stdout(`${JSON.stringify(found.map((service) => ({...service, provider: {id: service.provider, ...catalogue.providers[service.provider]}})), null, 2)}\n`)
    return found.length === 0 ? exitCodes.problems : exitCodes.ok
  }
  if (found.length === 0) {
    io.stdout(`No service of the catalogue matches \`${query ?? ''}\`. Describe it yourself in \`thirdParties\` and \`cookies\`.\n`)
    return exitCodes.problems
  }
  const rows = found.map((service) => {
    const provider = catalogue.providers[service.provider]
    return [service.id, `${provider?.name ?? service.provider} (${provider?.country ?? '?'})${provider?.verify ? ' verify' : ''}`, service.category, String(service.cookies.length)]
  })
  const header = ['id', 'provider', 'category', 'cookies']
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => [...(row[column] ?? '')].length)))
  const line = (row: readonly string[]) => row.map((cell, column) => (column === row.length - 1 ? cell.padStart(widths[column] ?? 0) : cell + ' '.repeat((widths[column] ?? 0) - [...cell].length))).join('  ')
  io.stdout(`${[line(header), ...rows.map(line)].join('\n')}\n\n${found.length} of ${catalogue.services.length} services (catalogue checked ${catalogue.checked}). Use an id in the facts: \`services: [${found[0]?.id ?? ''}]\`.\n`)
  return exitCodes.ok
}
