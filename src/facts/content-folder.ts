import {readdir} from 'node:fs/promises'
import path from 'node:path'
import {errorCode, factsFileName, statOf, statusOf} from './load.js'
import {formatMessage, type MessageLanguage} from './messages.js'
import type {Problem} from './problem.js'
import {closest} from './suggest.js'

/** An organization's folder name, which becomes part of its pages' addresses. */
export const organizationIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Report every entry of the content folder that would not be built, instead of skipping it: a folder
 * whose name is not a lowercase slug, a folder without a `facts.yaml` (or with one that is not a
 * regular file), a symbolic link, and anything that is neither a folder nor an ordinary file
 * (a FIFO, a socket). Hidden entries (`.gitkeep`) and ordinary files such as a README are left alone,
 * except facts files put directly in the content folder. `display` turns paths into what reports show.
 */
export async function checkContentFolder(contentDir: string, display: (file: string) => string, language: MessageLanguage): Promise<Problem[]> {
  const problems: Problem[] = []
  const report = (entry: string, ruleId: Parameters<typeof formatMessage>[0], params: Record<string, string | undefined> = {}, severity: 'error' | 'warning' = 'error') =>
    problems.push({file: entry.endsWith(path.sep) ? `${display(entry)}/` : display(entry), line: 1, column: 1, severity, ruleId, message: formatMessage(ruleId, {...params, path: ''}, language), path: ''})
  const all = (await readdir(contentDir, {withFileTypes: true})).sort((a, b) => (a.name < b.name ? -1 : 1))
  // A hidden folder that holds facts is an organization someone hid, perhaps by mistake: say it is not built.
  for (const entry of all.filter((candidate) => candidate.name.startsWith('.') && candidate.isDirectory())) {
    const facts = statOf(path.join(contentDir, entry.name, factsFileName))
    if (facts) report(`${path.join(contentDir, entry.name)}${path.sep}`, 'hidden-organization', {name: entry.name}, 'warning')
  }
  const entries = all.filter((entry) => !entry.name.startsWith('.'))
  for (const entry of entries) {
    const full = path.join(contentDir, entry.name)
    if (entry.isSymbolicLink()) {
      report(full, 'content-symlink', {name: entry.name})
    } else if (entry.isDirectory()) {
      if (!organizationIdPattern.test(entry.name)) report(`${full}${path.sep}`, 'organization-folder-name', {name: entry.name, suggestion: slugFor(entry.name)})
      const facts = path.join(full, factsFileName)
      const status = statusOf(facts)
      const info = status.info
      if (status.code) {
        report(`${full}${path.sep}`, 'unreadable-folder', {name: entry.name, code: status.code})
      } else if (!info) {
        const files = await entriesOf(full)
        if (typeof files === 'string') report(`${full}${path.sep}`, 'unreadable-folder', {name: entry.name, code: files})
        else report(`${full}${path.sep}`, 'organization-without-facts', {name: entry.name, suggestion: closest(factsFileName, files), found: files.slice(0, 5).map((name) => `\`${name}\``).join(', ')})
      } else if (info.isSymbolicLink()) {
        report(facts, 'content-symlink', {name: `${entry.name}/${factsFileName}`})
      } else if (!info.isFile()) {
        report(facts, 'content-not-a-file', {name: `${entry.name}/${factsFileName}`, folder: info.isDirectory() ? 'yes' : undefined})
      }
    } else if (!entry.isFile()) {
      report(full, 'content-not-a-file', {name: entry.name})
    } else if (/\.ya?ml$/i.test(entry.name)) {
      report(full, 'facts-outside-folder', {name: entry.name})
    }
  }
  return problems
}

/** The names in a folder, hidden ones left out; or the system's error code when it cannot be listed. */
async function entriesOf(folder: string): Promise<string[] | string> {
  try {
    return (await readdir(folder)).filter((name) => !name.startsWith('.'))
  } catch (error) {
    return errorCode(error)
  }
}

/** A slug close to a folder name, for the message; empty when the name has no Latin letters or digits. */
function slugFor(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
