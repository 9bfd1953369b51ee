import {spawn} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, utimes, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {run, type CliIo} from '../../src/cli/main.js'
import {checkOutputFolder, OutputFolderError} from '../../src/site/output-folder.js'
import {createManifest, entryOf} from '../../src/site/manifest.js'
import {plainError, writeOutput} from '../../src/site/write.js'
import type {OutputFile} from '../../src/site/build.js'

// `build --out` may replace only a folder that is new, empty, or a previous policygen build.
// Everything else is refused before a byte is written, and a failed or interrupted build leaves
// the previous output as it was. Each case below destroyed or exposed files before.

const baseFacts = fileURLToPath(new URL('../fixtures/base/facts.yaml', import.meta.url))
const projectRoot = fileURLToPath(new URL('../../', import.meta.url))
let repo: string

async function cli(args: readonly string[], cwd = repo, env: Record<string, string> = {}): Promise<{code: number; stdout: string; stderr: string}> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), isTTY: false, env: {HOME: path.join(repo, 'home'), ...env}}
  const code = await run(args, io)
  return {code, stdout, stderr}
}

/** Every file under a folder with its bytes, to prove nothing was touched. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const entries = await readdir(folder, {recursive: true, withFileTypes: true})
  const files: Record<string, string> = {}
  for (const entry of entries.filter((each) => each.isFile())) {
    const full = path.join(entry.parentPath, entry.name)
    files[path.relative(folder, full)] = readFileSync(full, 'base64')
  }
  return files
}

beforeEach(async () => {
  repo = await mkdtemp(path.join(os.tmpdir(), 'policygen-out-'))
  await mkdir(path.join(repo, '.git'))
  await writeFile(path.join(repo, '.git', 'HEAD'), 'ref: refs/heads/main\n')
  await mkdir(path.join(repo, 'content', 'acme'), {recursive: true})
  await copyFile(baseFacts, path.join(repo, 'content', 'acme', 'facts.yaml'))
  await mkdir(path.join(repo, 'home'))
  await writeFile(path.join(repo, 'README.md'), '# Our policies\n')
})

afterEach(async () => {
  await rm(repo, {recursive: true, force: true})
})

describe('build --out refuses folders that are not its own', () => {
  const refusals: Array<[string, string[], RegExp]> = [
    ['the working folder (the repository root)', ['--out', '.'], /is the folder you are working in/],
    ['the content folder', ['content', '--out', 'content'], /is the content folder/],
    ['a folder inside the content folder', ['--out', 'content/dist'], /inside the content folder/],
    ['the home folder', ['--out', 'home'], /your home folder/],
    ['the filesystem root', ['--out', '/'], /root of the filesystem/],
    ['a folder above the working folder', ['--out', '..'], /holds the folder you are working in/]
  ]

  it.each(refusals)('refuses %s and touches nothing', async (_case, args, reason) => {
    const before = await snapshot(repo)
    const result = await cli(['build', ...args])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(reason)
    expect(result.stderr).toMatch(/^policygen: policygen will not write into `.*`: .* Choose an output folder of its own, for example `--out (?:dist|policies)`\.\n$/)
    expect(result.stderr).not.toMatch(/internal error|at .*\.ts:\d+/)
    expect(await snapshot(repo)).toEqual(before)
  })

  it('refuses the working folder with the cache folder in it (node_modules/.cache), and says only that', async () => {
    await mkdir(path.join(repo, 'node_modules'))
    const before = await snapshot(repo)
    const result = await cli(['build', '--out', '.'])
    expect(result.code).toBe(1)
    // Before, a warning that the cache folder is inside the output folder came first.
    expect(result.stderr).toMatch(/^policygen: policygen will not write into `\.`: it is the folder you are working in, .*\n$/)
    expect(await snapshot(repo)).toEqual(before)
  })

  it('refuses a site folder that holds other files (a logo), and keeps them', async () => {
    await mkdir(path.join(repo, 'public'))
    await writeFile(path.join(repo, 'public', 'logo.png'), 'PNG')
    const result = await cli(['build', '--out', 'public'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('already holds files that policygen did not write (`logo.png`)')
    expect(await readFile(path.join(repo, 'public', 'logo.png'), 'utf8')).toBe('PNG')
    expect(await readdir(path.join(repo, 'public'))).toEqual(['logo.png'])
  })

  it('refuses an existing file', async () => {
    const result = await cli(['build', '--out', 'README.md'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('it is a file, not a folder.')
    expect(await readFile(path.join(repo, 'README.md'), 'utf8')).toBe('# Our policies\n')
  })

  it('refuses another git repository', async () => {
    await mkdir(path.join(repo, 'site', '.git'), {recursive: true})
    await writeFile(path.join(repo, 'site', 'index.html'), '<p>site</p>')
    const result = await cli(['build', '--out', 'site'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('it is a git repository.')
    expect(existsSync(path.join(repo, 'site', 'index.html'))).toBe(true)
  })

  it('refuses a folder whose manifest lists a file policygen did not write (a fake manifest)', async () => {
    await mkdir(path.join(repo, 'fake'))
    await writeFile(path.join(repo, 'fake', 'logo.png'), 'img')
    await writeFile(path.join(repo, 'fake', 'manifest.json'), JSON.stringify({generator: 'policygen', files: [{path: 'logo.png', sha256: 'ab', size: 3}]}))
    const result = await cli(['build', '--out', 'fake'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('it holds files that are not what policygen wrote there (`logo.png`: changed or replaced since)')
    expect(await readFile(path.join(repo, 'fake', 'logo.png'), 'utf8')).toBe('img')
  })

  it('refuses a changed file in a previous build, and any folder inside .git', async () => {
    expect((await cli(['build'])).code).toBe(0)
    await writeFile(path.join(repo, 'dist', 'acme', 'index.html'), '<p>edited by hand</p>')
    const changed = await cli(['build'])
    expect(changed.code).toBe(1)
    expect(changed.stderr).toContain('(`acme/index.html`: changed or replaced since)')
    // How to get on, and never the refused folder as the example of another.
    expect(changed.stderr).toContain('Move them out (a file git tracks comes back as committed with `git checkout -- dist`) and build again, or choose another output folder, for example `--out policies`.')
    await mkdir(path.join(repo, '.git', 'refs', 'tags'), {recursive: true})
    for (const out of ['.git/refs/tags', '.git/new-folder']) {
      const inside = await cli(['build', '--out', out])
      expect(inside.code, out).toBe(1)
      expect(inside.stderr, out).toContain('it is inside a `.git` folder')
    }
  })

  it('refuses a dangling symlink, saying where it points', async () => {
    await symlink(path.join(repo, 'nowhere'), path.join(repo, 'dist'))
    const result = await cli(['build'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`it is a symbolic link to \`${path.join(repo, 'nowhere')}\`, which does not exist.`)
  })

  it('refuses a manifest that policygen did not write', async () => {
    await mkdir(path.join(repo, 'dist'))
    await writeFile(path.join(repo, 'dist', 'manifest.json'), '{"name": "my-app"}')
    const result = await cli(['build'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('its `manifest.json` was not written by policygen.')
  })
})

describe('build --out refuses in the language of --lang', () => {
  // Every other message of `build --lang ru|kk` is Russian or Kazakh: the refusals of the output folder were English.
  const said = {
    cwd: {
      ru: 'policygen: policygen не будет записывать в `.`: это папка, в которой вы работаете, а сборка заменяет папку с результатами целиком. Выберите для результатов сборки отдельную папку, например `--out dist`.\n',
      kk: 'policygen: policygen `.` ішіне ештеңе жазбайды: бұл — сіз жұмыс істеп отырған қалта, ал құрастыру нәтижелер қалтасын толығымен ауыстырады. Құрастыру нәтижелері үшін бөлек қалта таңдаңыз, мысалы `--out dist`.\n'
    },
    content: {
      ru: 'policygen: policygen не будет записывать в `content`: это папка с фактами. Выберите для результатов сборки отдельную папку, например `--out dist`.\n',
      kk: 'policygen: policygen `content` ішіне ештеңе жазбайды: бұл — фактілер қалтасы. Құрастыру нәтижелері үшін бөлек қалта таңдаңыз, мысалы `--out dist`.\n'
    },
    file: {
      ru: 'policygen: policygen не будет записывать в `README.md`: это файл, а не папка. Выберите для результатов сборки отдельную папку, например `--out dist`.\n',
      kk: 'policygen: policygen `README.md` ішіне ештеңе жазбайды: бұл — қалта емес, файл. Құрастыру нәтижелері үшін бөлек қалта таңдаңыз, мысалы `--out dist`.\n'
    },
    foreign: {
      ru: 'policygen: policygen не будет записывать в `public`: в ней уже есть файлы, записанные не policygen (`a.png`, `b.png`, `c.png` и ещё 2), а файла `manifest.json` от policygen нет. Выберите для результатов сборки отдельную папку, например `--out dist`.\n',
      kk: 'policygen: policygen `public` ішіне ештеңе жазбайды: онда policygen жазбаған файлдар бар (`a.png`, `b.png`, `c.png` және тағы 2), ал policygen жазған `manifest.json` файлы жоқ. Құрастыру нәтижелері үшін бөлек қалта таңдаңыз, мысалы `--out dist`.\n'
    },
    added: {
      ru: 'policygen: policygen не будет записывать в `dist`: помимо результатов прошлой сборки в ней есть файлы, записанные не policygen (`acme/notes.txt`), и сборка удалила бы их. Перенесите эти файлы в другое место (файл, который отслеживает git, можно вернуть в том виде, в каком он сохранён в репозитории, командой `git checkout -- dist`) и запустите сборку снова — или выберите для результатов другую папку, например `--out policies`.\n',
      kk: 'policygen: policygen `dist` ішіне ештеңе жазбайды: онда алдыңғы құрастыру нәтижелерінен басқа policygen жазбаған файлдар да бар (`acme/notes.txt`), ал құрастыру оларды жойып жіберер еді. Бұл файлдарды басқа жерге жылжытып, құрастыруды қайта іске қосыңыз (git бақылайтын файлды `git checkout -- dist` командасымен репозиторийде сақталған күйіне қайтаруға болады) — немесе нәтижелер үшін басқа қалта таңдаңыз, мысалы `--out policies`.\n'
    },
    changed: {
      ru: 'policygen: policygen не будет записывать в `dist`: в ней есть файлы, которые отличаются от записанных policygen (`acme/index.html`: изменены или заменены после сборки), и сборка удалила бы их. Перенесите эти файлы в другое место (файл, который отслеживает git, можно вернуть в том виде, в каком он сохранён в репозитории, командой `git checkout -- dist`) и запустите сборку снова — или выберите для результатов другую папку, например `--out policies`.\n',
      kk: 'policygen: policygen `dist` ішіне ештеңе жазбайды: ондағы кейбір файлдар policygen жазған күйінде емес (`acme/index.html`: кейін өзгертілген немесе ауыстырылған), ал құрастыру оларды жойып жіберер еді. Бұл файлдарды басқа жерге жылжытып, құрастыруды қайта іске қосыңыз (git бақылайтын файлды `git checkout -- dist` командасымен репозиторийде сақталған күйіне қайтаруға болады) — немесе нәтижелер үшін басқа қалта таңдаңыз, мысалы `--out policies`.\n'
    }
  } as const

  for (const lang of ['ru', 'kk'] as const) {
    it(`says in --lang ${lang} why it refuses the working folder, the content folder and a file, and touches nothing`, async () => {
      const before = await snapshot(repo)
      const cases: Array<[keyof typeof said, string[]]> = [
        ['cwd', ['--out', '.']],
        ['content', ['content', '--out', 'content']],
        ['file', ['--out', 'README.md']]
      ]
      for (const [reason, args] of cases) {
        const result = await cli(['build', ...args, '--lang', lang])
        expect(result.code, reason).toBe(1)
        expect(result.stderr, reason).toBe(said[reason][lang])
      }
      expect(await snapshot(repo)).toEqual(before)
    })

    it(`says in --lang ${lang} which foreign files it would delete, and how to move them out`, async () => {
      await mkdir(path.join(repo, 'public'))
      for (const name of ['e.png', 'a.png', 'd.png', 'c.png', 'b.png']) await writeFile(path.join(repo, 'public', name), 'PNG')
      const foreign = await cli(['build', '--out', 'public', '--lang', lang])
      expect(foreign.code).toBe(1)
      expect(foreign.stderr).toBe(said.foreign[lang])
      expect((await cli(['build'])).code).toBe(0)
      await writeFile(path.join(repo, 'dist', 'acme', 'notes.txt'), 'mine')
      const added = await cli(['build', '--lang', lang])
      expect(added.code).toBe(1)
      expect(added.stderr).toBe(said.added[lang])
      await rm(path.join(repo, 'dist', 'acme', 'notes.txt'))
      await writeFile(path.join(repo, 'dist', 'acme', 'index.html'), '<p>edited by hand</p>')
      const changed = await cli(['build', '--lang', lang])
      expect(changed.code).toBe(1)
      expect(changed.stderr).toBe(said.changed[lang])
      expect(await readFile(path.join(repo, 'dist', 'acme', 'index.html'), 'utf8')).toBe('<p>edited by hand</p>')
    })
  }

  it('says the other refusals in Russian and Kazakh too, and English stays English', async () => {
    await mkdir(path.join(repo, 'site', '.git'), {recursive: true})
    await mkdir(path.join(repo, 'fake'))
    await writeFile(path.join(repo, 'fake', 'manifest.json'), '{"name": "my-app"}')
    await symlink(path.join(repo, 'nowhere'), path.join(repo, 'dangling'))
    const cases: Array<[string[], string, string, string]> = [
      [['--out', 'home'], 'it is your home folder.', 'это ваша домашняя папка.', 'бұл — сіздің пайдаланушы қалтаңыз (home).'],
      [['--out', '/'], 'it is the root of the filesystem.', 'это корень файловой системы.', 'бұл — файлдық жүйенің түбірі.'],
      [['--out', '..'], 'it holds the folder you are working in,', 'в ней находится папка, в которой вы работаете,', 'оның ішінде сіз жұмыс істеп отырған қалта бар,'],
      [['--out', 'content/dist'], 'it is inside the content folder,', 'эта папка находится внутри папки с фактами, где каждая папка считается отдельной организацией.', 'бұл қалта фактілер қалтасының ішінде орналасқан, ал онда әр қалта бір ұйым ретінде оқылады.'],
      [['--out', '.git/new'], 'it is inside a `.git` folder', 'эта папка находится внутри папки `.git`, в которой хранится сам репозиторий.', 'бұл қалта `.git` қалтасының ішінде орналасқан, ал онда репозиторийдің өзі сақталады.'],
      [['--out', 'site'], 'it is a git repository.', 'это git-репозиторий.', 'бұл — git репозиторийі.'],
      [['--out', 'fake'], 'its `manifest.json` was not written by policygen.', 'лежащий в ней `manifest.json` записан не policygen.', 'ондағы `manifest.json` файлын policygen жазбаған.'],
      [
        ['--out', 'dangling'],
        `it is a symbolic link to \`${path.join(repo, 'nowhere')}\`, which does not exist.`,
        `это символическая ссылка на \`${path.join(repo, 'nowhere')}\`, но по этому пути ничего нет. Сначала создайте эту папку или укажите её саму в --out.`,
        `бұл — \`${path.join(repo, 'nowhere')}\` жолына апаратын символдық сілтеме, бірақ ол жолда ештеңе жоқ. Алдымен сол қалтаны жасаңыз немесе оны --out арқылы тікелей көрсетіңіз.`
      ]
    ]
    for (const [args, en, ru, kk] of cases) {
      for (const [lang, words, start] of [['en', en, 'policygen: policygen will not write into `'], ['ru', ru, 'policygen: policygen не будет записывать в `'], ['kk', kk, 'policygen: policygen `']] as const) {
        const result = await cli(['build', ...args, '--lang', lang])
        expect(result.code, `${args.join(' ')} ${lang}`).toBe(1)
        expect(result.stderr, `${args.join(' ')} ${lang}`).toContain(words)
        expect(result.stderr.startsWith(start), `${args.join(' ')} ${lang}: ${result.stderr}`).toBe(true)
      }
    }
  })

  it('refuses the output folder of `merge` in the language of --lang too', async () => {
    await mkdir(path.join(repo, 'shards', 'a'), {recursive: true})
    const result = await cli(['merge', 'shards/a', '--out', '.', '--lang', 'kk'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(said.cwd.kk)
    const russian = await cli(['merge', 'shards/a', '--out', 'README.md', '--lang', 'ru'])
    expect(russian.stderr).toBe(said.file.ru)
    expect((await cli(['merge', 'shards/a', '--out', 'README.md'])).stderr).toBe('policygen: policygen will not write into `README.md`: it is a file, not a folder. Choose an output folder of its own, for example `--out dist`.\n')
  })
})

describe('build --out writes where it may', () => {
  it('into a new folder, then again over its own previous build', async () => {
    const built = await cli(['build'])
    expect(built.code).toBe(0)
    expect(built.stdout).toBe('Built 4 documents for 1 organization into dist (19 files).\nIndex pages: dist/acme/index.html.\n')
    const first = await snapshot(path.join(repo, 'dist'))
    expect(Object.keys(first)).toContain('acme/ru/cookie-policy.html')
    const again = await cli(['build'])
    expect(again.code, again.stderr).toBe(0)
    expect(await snapshot(path.join(repo, 'dist'))).toEqual(first)
  })

  it('into an empty folder', async () => {
    await mkdir(path.join(repo, 'out'))
    expect((await cli(['build', '--out', 'out'])).code).toBe(0)
    expect(existsSync(path.join(repo, 'out', 'manifest.json'))).toBe(true)
  })

  it('refuses a previous build to which someone added a file, naming the file', async () => {
    expect((await cli(['build'])).code).toBe(0)
    await writeFile(path.join(repo, 'dist', 'acme', 'notes.txt'), 'mine')
    const result = await cli(['build'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('(`acme/notes.txt`)')
    expect(await readFile(path.join(repo, 'dist', 'acme', 'notes.txt'), 'utf8')).toBe('mine')
  })

  it('follows a symlink and replaces the folder it points to, keeping the link', async () => {
    await mkdir(path.join(repo, 'site-out'))
    await symlink(path.join(repo, 'site-out'), path.join(repo, 'dist'))
    expect((await cli(['build'])).code).toBe(0)
    expect(existsSync(path.join(repo, 'site-out', 'manifest.json'))).toBe(true)
    expect(existsSync(path.join(repo, 'dist', 'manifest.json'))).toBe(true)
  })

  it('refuses a symlink that points at the working folder', async () => {
    await symlink(repo, path.join(repo, 'loop'))
    const result = await cli(['build', '--out', 'loop'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('is the folder you are working in')
  })

  it('cleans up what a killed build left, and restores an output cut off mid-swap', async () => {
    expect((await cli(['build'])).code).toBe(0)
    const good = await snapshot(path.join(repo, 'dist'))
    // A build killed (SIGKILL) between its two renames: dist is gone, the old copy and staging remain.
    await writeFile(path.join(repo, '.dist.policygen-lock'), '999999\n')
    await mkdir(path.join(repo, '.dist.policygen-staging-999999', 'acme'), {recursive: true})
    await writeFile(path.join(repo, '.dist.policygen-staging-999999', 'acme', 'half.html'), '<p>')
    await import('node:fs/promises').then(({rename}) => rename(path.join(repo, 'dist'), path.join(repo, '.dist.policygen-old-999999')))
    const result = await cli(['build'])
    expect(result.code, result.stderr).toBe(0)
    expect((await readdir(repo)).sort()).toEqual(['.git', 'README.md', 'content', 'dist', 'home'])
    expect(await snapshot(path.join(repo, 'dist'))).toEqual(good)
  })

  it('removes a leftover that is itself a link to a folder elsewhere, and only the link', async () => {
    expect((await cli(['build'])).code).toBe(0)
    await mkdir(path.join(repo, 'precious', 'sub'), {recursive: true})
    await writeFile(path.join(repo, 'precious', 'a.txt'), 'keep')
    await writeFile(path.join(repo, 'precious', 'sub', 'b.txt'), 'keep')
    for (const kind of ['old', 'staging']) await symlink(path.join(repo, 'precious'), path.join(repo, `.dist.policygen-${kind}-999999`))
    const result = await cli(['build'])
    expect(result.code, result.stderr).toBe(0)
    expect((await readdir(repo)).filter((name) => name.includes('policygen'))).toEqual([])
    expect(readFileSync(path.join(repo, 'precious', 'a.txt'), 'utf8')).toBe('keep')
    expect(readFileSync(path.join(repo, 'precious', 'sub', 'b.txt'), 'utf8')).toBe('keep')
  })

  it('removes a leftover that links elsewhere without following the link', async () => {
    expect((await cli(['build'])).code).toBe(0)
    await mkdir(path.join(repo, 'elsewhere', 'deeper'), {recursive: true})
    await writeFile(path.join(repo, 'elsewhere', 'deeper', 'keep.txt'), 'the only copy')
    const leftover = path.join(repo, '.dist.policygen-staging-999999')
    await mkdir(path.join(leftover, 'acme', 'ru'), {recursive: true})
    await writeFile(path.join(leftover, 'acme', 'ru', 'half.html'), '<p>')
    await symlink(path.join(repo, 'elsewhere'), path.join(leftover, 'acme', 'link'))
    const result = await cli(['build'])
    expect(result.code, result.stderr).toBe(0)
    expect(existsSync(leftover)).toBe(false)
    expect(readFileSync(path.join(repo, 'elsewhere', 'deeper', 'keep.txt'), 'utf8')).toBe('the only copy')
  })
})

function files(count: number, marker: string): OutputFile[] {
  const made: OutputFile[] = Array.from({length: count}, (_, index) => ({path: `org/file-${index}.txt`, content: new TextEncoder().encode(`${marker} ${index}`)}))
  return [...made, {path: 'manifest.json', content: new TextEncoder().encode(JSON.stringify({generator: 'policygen', files: made.map((file) => ({path: file.path}))}))}]
}

describe('writing the output folder', () => {
  it('lets two builds into the same folder run at once: the second waits, nothing is corrupted', async () => {
    const out = path.join(repo, 'dist')
    await Promise.all([writeOutput(out, files(300, 'first')), writeOutput(out, files(300, 'second'))])
    const written = await snapshot(out)
    const markers = new Set(Object.entries(written).filter(([name]) => name !== 'manifest.json').map(([, bytes]) => Buffer.from(bytes, 'base64').toString().split(' ')[0]))
    expect(markers.size).toBe(1)
    expect(Object.keys(written)).toHaveLength(301)
    expect((await readdir(repo)).filter((name) => name.includes('policygen'))).toEqual([])
  })

  it('stops with a plain message when another live build holds the folder too long', async () => {
    const sleeper = spawn('sleep', ['10'])
    try {
      await writeFile(path.join(repo, '.dist.policygen-lock'), `${sleeper.pid}\n`)
      const error = await writeOutput(path.join(repo, 'dist'), files(1, 'x'), {waitMs: 200}).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(OutputFolderError)
      expect((error as Error).message).toBe(`another policygen build (process ${sleeper.pid}) is writing \`${path.join(repo, 'dist')}\` and has not finished after 0 seconds. Wait for it, or stop it, and build again.`)
      expect(existsSync(path.join(repo, 'dist'))).toBe(false)
      const russian = await writeOutput(path.join(repo, 'dist'), files(1, 'x'), {waitMs: 1000, language: 'ru', display: (file) => path.relative(repo, file)}).catch((caught: unknown) => caught)
      expect(russian).toBeInstanceOf(OutputFolderError)
      expect((russian as Error).message).toBe(`другая сборка policygen (процесс ${sleeper.pid}) записывает в папку \`dist\` и не завершилась за 1 секунду. Дождитесь её окончания или остановите её, затем запустите сборку снова.`)
    } finally {
      sleeper.kill()
    }
  })

  it('waits for a lock made this instant and not yet written, and takes one left empty long ago', async () => {
    // Between making the lock and writing its process number, another build read it empty: taken for
    // stale, it was removed, and two builds wrote the same folder at once.
    const lock = path.join(repo, '.dist.policygen-lock')
    await writeFile(lock, '')
    const error = await writeOutput(path.join(repo, 'dist'), files(1, 'x'), {waitMs: 200}).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(OutputFolderError)
    expect((error as Error).message).toBe(`another policygen build is writing \`${path.join(repo, 'dist')}\` and has not finished after 0 seconds. Wait for it, or stop it, and build again.`)
    expect(existsSync(path.join(repo, 'dist'))).toBe(false)
    const longAgo = new Date(Date.now() - 60_000)
    await utimes(lock, longAgo, longAgo)
    await writeOutput(path.join(repo, 'dist'), files(1, 'x'), {waitMs: 200})
    expect(existsSync(path.join(repo, 'dist', 'org', 'file-0.txt'))).toBe(true)
    expect(existsSync(lock)).toBe(false)
  })

  it('says operating-system errors in plain words', async () => {
    await writeFile(path.join(repo, 'blocker'), '')
    const error = await writeOutput(path.join(repo, 'blocker', 'dist'), files(1, 'x'), {display: (file) => path.relative(repo, file)}).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(OutputFolderError)
    expect((error as Error).message).toMatch(/^cannot write `blocker\/dist`: a file stands where a folder must go/)
    const kazakh = await writeOutput(path.join(repo, 'blocker', 'dist'), files(1, 'x'), {language: 'kk', display: (file) => path.relative(repo, file)}).catch((caught: unknown) => caught)
    expect((kazakh as Error).message).toMatch(/^`blocker\/dist` қалтасына жазу мүмкін болмады: қалта тұруы керек жерде файл тұр/)
    const cases: Array<[string, RegExp]> = [
      ['EACCES', /permission denied/],
      ['EROFS', /read-only filesystem/],
      ['ENOSPC', /the disk is full/],
      ['EXDEV', /mount point/],
      ['EBUSY', /mount point/]
    ]
    for (const [code, words] of cases) {
      const converted = plainError(Object.assign(new Error(`${code}: raw`), {code, path: '/x/dist'}), 'dist')
      expect(converted, code).toBeInstanceOf(OutputFolderError)
      expect((converted as Error).message, code).toMatch(words)
      expect((converted as Error).message, code).not.toContain('raw')
    }
    const bug = new TypeError('a bug')
    expect(plainError(bug, 'dist')).toBe(bug)
  })

  it('removes its staging folder and lock, and keeps the previous output, when interrupted (SIGINT, SIGTERM)', async () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const out = path.join(repo, `out-${signal}`)
      await writeOutput(out, files(3, 'previous'))
      const before = await snapshot(out)
      const script = path.join(repo, 'interrupt.mts')
      await writeFile(
        script,
        [
          `import {writeOutput} from ${JSON.stringify(path.join(projectRoot, 'src/site/write.ts'))}`,
          `const files = Array.from({length: 20000}, (_, i) => ({path: 'org/f-' + i + '.txt', content: new Uint8Array(64)}))`,
          `setTimeout(() => process.kill(process.pid, ${JSON.stringify(signal)}), 150)`,
          `await writeOutput(${JSON.stringify(out)}, files)`,
          `console.log('finished before the signal')`
        ].join('\n')
      )
      const child = spawn(process.execPath, ['--import', 'tsx', script], {cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe']})
      let output = ''
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
      const exit = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, killed) => resolve(killed)))
      expect(output).toBe('')
      expect(exit).toBe(signal)
      expect((await readdir(repo)).filter((name) => name.includes('policygen'))).toEqual([])
      expect(await snapshot(out)).toEqual(before)
    }
  })
})

describe('checking the output folder twice', () => {
  let folder: string
  beforeEach(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'policygen-recheck-'))
  })
  afterEach(() => rm(folder, {recursive: true, force: true}))

  it('still notices, in the check under the lock, a file changed after the first check', async () => {
    const out = path.join(folder, 'dist')
    await writeOutput(out, [{path: 'org/a.txt', content: new TextEncoder().encode('policygen wrote this')}, {path: 'manifest.json', content: new TextEncoder().encode(createManifest([entryOf({path: 'org/a.txt', content: new TextEncoder().encode('policygen wrote this')})]))}])
    const context = {cwd: folder, contentDir: 'content', display: (file: string) => path.relative(folder, file), seen: new Map<string, string>(), home: '/nonexistent-home'}
    await expect(checkOutputFolder(out, context)).resolves.toBe(out)
    expect(context.seen.size).toBe(1)
    // The same length, other bytes: only its status (modification time) tells it changed.
    await writeFile(path.join(out, 'org', 'a.txt'), 'someone edited this!')
    await expect(checkOutputFolder(out, context)).rejects.toThrow(/not what policygen wrote there \(`org\/a\.txt`/)
  })
})
