import path from 'node:path'
import {factsFileName} from '../facts/load.js'

/** What a batch of changed files means for the preview. */
export interface ClassifiedChanges {
  /** Organizations whose facts file, or whose folder, changed. */
  organizations: Set<string>
  /** Whether a template changed (everything renders again). */
  templates: boolean
  /** Whether anything in the content folder changed at all (its list is read again). */
  content: boolean
}

/** Files editors write next to the one being saved: swap files, backups, vim's write test. */
function isEditorLitter(file: string): boolean {
  const name = path.basename(file)
  return name.startsWith('.') || name.endsWith('~') || /\.(swp|swx|tmp)$/i.test(name) || /^\d+$/.test(name)
}

function inside(folder: string, file: string): string | undefined {
  const relative = path.relative(folder, file)
  return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : relative
}

/**
 * Sort changed files into what must render again: `<content>/<org>/facts.yaml` (or the folder
 * `<content>/<org>` itself, appearing or going) is that organization; any file under a templates
 * folder is the templates. Editors' temporary files and anything else in an organization's folder
 * are ignored.
 */
export function classifyChanges(files: readonly string[], contentDir: string, templateDirs: readonly string[]): ClassifiedChanges {
  const result: ClassifiedChanges = {organizations: new Set(), templates: false, content: false}
  for (const file of files) {
    if (templateDirs.some((folder) => inside(folder, file) !== undefined) && !isEditorLitter(file)) result.templates = true
    const relative = inside(contentDir, file)
    if (relative === undefined) continue
    if (relative === '') {
      result.content = true
      continue
    }
    const [id = '', ...rest] = relative.split(path.sep)
    if (rest.length === 0) {
      result.content = true
      if (!isEditorLitter(id)) result.organizations.add(id)
    } else if (rest.length === 1 && rest[0] === factsFileName) {
      result.content = true
      result.organizations.add(id)
    }
  }
  return result
}
