import path from 'node:path'
import {checkOutputFolder, keepOutputStatuses, mergeShards, OutputFolderError, readShards, readOutputStatuses, siteWords, writeOutput, type MessageLanguage} from '../index.js'
import {buildWords} from './build-words.js'
import {readConfig} from './config.js'
import {cacheFolderOf} from './content.js'
import {commonOptions, exitCodes, usageError, type CliIo, type Command, type ParsedCommand} from './command.js'

/** `policygen merge`: join the folders of a sharded build into one output folder. */
export const mergeCommand: Command = {
  summary: 'Join the output folders of `build --shard I/N` into one output folder and manifest.',
  usage: 'policygen merge SHARD_DIR… [--out DIR] [--quiet] [--lang en|ru|kk]',
  help: [
    'Each SHARD_DIR is the output of `policygen build --shard I/N` (for example a CI job\'s artifact).',
    'Before anything is written, checks that every folder is a shard policygen wrote and that nobody',
    'changed since, that all were built by the same policygen with the same templates and settings,',
    'and that together they are shards 1 to N, each once. Then writes OUT exactly as `policygen build`',
    'of all organizations at once would: the same files and the same manifest.json. OUT is checked and',
    'replaced atomically as by `build`.',
    '',
    'Options:',
    '  --out DIR   output folder (default: `out` in policygen.config.yaml, else dist)',
    '  --quiet     print nothing but problems',
    '  --lang en|ru|kk  language of the messages (default: en)'
  ].join('\n'),
  options: {...commonOptions, out: {type: 'string'}, quiet: {type: 'boolean', short: 'q'}},
  run: runMerge
}

async function runMerge(args: ParsedCommand, io: CliIo): Promise<number> {
  // Its messages are said in the language of `--lang`, as `build`'s are.
  const language = (args.values.lang ?? 'en') as MessageLanguage
  if (args.positionals.length === 0) return usageError(io, siteWords[language].merge.none)
  const display = (file: string) => path.relative(io.cwd, file) || '.'
  const config = await readConfig(io)
  if (typeof config === 'number') return config
  const folders = args.positionals.map((folder) => path.resolve(io.cwd, folder))
  let outDir = path.resolve(io.cwd, args.values.out === undefined ? config.out : String(args.values.out))
  // As for `build`: the output folder's files are read again only where their status changed since the last run.
  // Its warning is said only after the output folder is known to be one a merge may write: a refusal comes alone.
  const cache = await cacheFolderOf(io, {content: config.content, out: outDir}, language)
  const cacheDir = cache.dir
  const check = {cwd: io.cwd, contentDir: display(config.content), display, seen: await readOutputStatuses(cacheDir, outDir), language, ...(io.env.HOME ? {home: io.env.HOME} : {})}
  try {
    outDir = await checkOutputFolder(outDir, check)
    if (cache.warning) io.stderr(cache.warning)
    const shards = await readShards(folders, display, outDir, language)
    await writeOutput(outDir, mergeShards(shards), {display, language, verify: () => checkOutputFolder(outDir, check), warn: (message) => io.stderr(`${buildWords[language].warning}${message}\n`)})
    await keepOutputStatuses(cacheDir, outDir)
    if (!args.values.quiet) {
      const organizations = shards.reduce((sum, shard) => sum + Object.keys(shard.manifest.inputs).length, 0)
      io.stdout(`${buildWords[language].merged(shards.length, organizations, display(outDir))}\n`)
    }
    return exitCodes.ok
  } catch (error) {
    if (!(error instanceof OutputFolderError)) throw error
    io.stderr(`policygen: ${error.message}\n`)
    return exitCodes.problems
  }
}
