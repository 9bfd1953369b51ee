import path from 'node:path'
/** Why policygen will not write into a folder; `message` is plain words for the person who ran it. */
export class OutputFolderError extends Error {
  override readonly name = 'OutputFolderError'
}

const osReasons: Readonly<Record<string, string>> = {
  EACCES: 'permission denied: you may not write there',
  EPERM: 'the operating system does not allow this change there',
  EROFS: 'the folder is on a read-only filesystem',
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  EBUSY: 'the folder is in use or is a mount point, which cannot be replaced as a whole',
  EXDEV: 'the folder is a mount point, which cannot be replaced as a whole',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file stands where a folder must go',
  EISDIR: 'a folder stands where a file must go',
  EMFILE: 'too many files are open',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'the path has a loop of symbolic links'
}

/** An operating-system error about the output folder, said in plain words; other errors pass through. */
export function plainError(error: unknown, shown: string): unknown {
  if (error instanceof OutputFolderError) return error
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const reason = code ? osReasons[code] : undefined
  if (!reason) return error
  const where = (error as NodeJS.ErrnoException).path
  return new OutputFolderError(`cannot write \`${shown}\`: ${reason}${where ? ` (${path.basename(where)})` : ''}. The previous output is as it was.`)
}
