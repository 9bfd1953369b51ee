import path from 'node:path'
import {checkContentFolder, loadContent, type MessageLanguage, validateFacts, type ValidatedFacts} from '../index.js'
import {usageError, type CliIo} from './command.js'

/** One organization of the content folder, validated. */
export type ValidatedOrganization = ValidatedFacts & {id: string}

/**
 * Read and validate every `<org>/facts.yaml` of the content folder named on the command line.
 * Returns exit code 2 (after saying why) when the folder cannot be read or holds no facts.
 */
export async function validateContentFolder(contentArg: string, io: CliIo, language: MessageLanguage): Promise<ValidatedOrganization[] | number> {
  const display = (file: string) => path.relative(io.cwd, file) || file
  let sources
  let folderProblems
  try {
    folderProblems = await checkContentFolder(path.resolve(io.cwd, contentArg), display, language)
    sources = await loadContent(path.resolve(io.cwd, contentArg), display)
  } catch {
    return usageError(io, `cannot read the content folder \`${contentArg}\`. Give the folder that holds <org>/facts.yaml.`)
  }
  if (sources.length === 0 && folderProblems.length === 0) return usageError(io, `no <org>/facts.yaml found in \`${contentArg}\`.`)
  // Entries that would not be built are reported with the organizations' own problems.
  const folder: ValidatedOrganization[] = folderProblems.length > 0 ? [{id: '', problems: folderProblems}] : []
  return [...folder, ...sources.map((organization) => ({id: organization.id, ...validateFacts(organization.source, language)}))]
}
