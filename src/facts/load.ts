import {lstat, open, readdir} from 'node:fs/promises'
import path from 'node:path'
import {maxFileSize, type SourceFile} from './parse.js'

/** Name of the facts file inside each organization's folder. */
export const factsFileName = 'facts.yaml'

/** One organization's folder under the content folder and its facts file. */
export interface OrganizationSource {
  /** The folder's name, used as the organization's id in output paths. */
  id: string
  source: SourceFile
}

/**
 * Read every `CONTENT_DIR/<org>/facts.yaml`, sorted by organization id.
 * Files over the size limit are not read whole; `display` turns absolute paths into what reports show.
 */
export async function loadContent(contentDir: string, display: (file: string) => string): Promise<OrganizationSource[]> {
  const entries = await readdir(contentDir, {withFileTypes: true})
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
  const read = async (id: string): Promise<OrganizationSource | undefined> => {
    const file = path.join(contentDir, id, factsFileName)
    // lstat: a symlinked facts file is not read (checkContentFolder reports it).
    const info = await lstat(file).catch(() => undefined)
    return info?.isFile() ? {id, source: await readSource(file, info.size, display(file))} : undefined
  }
  // A few files at a time: one by one, a thousand organizations spent most of their time waiting on the disk.
  const organizations: Array<OrganizationSource | undefined> = []
  for (let start = 0; start < folders.length; start += filesAtOnce) organizations.push(...(await Promise.all(folders.slice(start, start + filesAtOnce).map(read))))
  return organizations.filter((organization): organization is OrganizationSource => organization !== undefined)
}

/** How many facts files are read at once. */
const filesAtOnce = 32

/** Read one facts file named directly (`policygen validate content/acme/facts.yaml`); its folder's name is the organization's id. */
export async function loadFactsFile(file: string, display: (file: string) => string): Promise<OrganizationSource> {
  const info = await lstat(file)
  return {id: path.basename(path.dirname(path.resolve(file))), source: await readSource(file, info.size, display(file))}
}

async function readSource(file: string, size: number, displayPath: string): Promise<SourceFile> {
  const handle = await open(file, 'r')
  try {
    const length = Math.min(size, maxFileSize + 1)
    const bytes = new Uint8Array(length)
    await handle.read(bytes, 0, length, 0)
    return {path: displayPath, bytes, size}
  } finally {
    await handle.close()
  }
}
