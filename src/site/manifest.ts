import {createHash} from 'node:crypto'
import type {OutputFile} from './build.js'

/** The manifest: every file with its sha256 and size, and for documents their version and date. */
export function createManifest(files: readonly OutputFile[]): string {
  const listed = [...files]
    .sort(byPath)
    .map((file) => ({
      path: file.path,
      sha256: createHash('sha256').update(file.content).digest('hex'),
      size: file.content.byteLength,
      ...(file.document ?? {})
    }))
  return `${JSON.stringify({generator: 'policygen', files: listed}, null, 2)}\n`
}

/** Order output files by path, by code unit rather than locale: the order must not depend on the machine's collation. */
export function byPath(a: OutputFile, b: OutputFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0
}
