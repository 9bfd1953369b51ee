import {createHash} from 'node:crypto'
import {existsSync} from 'node:fs'
import {copyFile, mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {run} from '../../src/cli/main.js'
import {createIo} from '../helpers/cli-io.js'
import {root} from '../helpers/templates.js'
import {baseFactsPath, fixtureFactsPath} from '../helpers/fixture-organizations.js'

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, {recursive: true, withFileTypes: true})
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name))).sort()
}

describe('policygen build', () => {
  let work: string
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'policygen-build-'))
    // Two test organizations: acme (both documents, the cookie policy in its second version) and the small base.
    for (const [id, facts] of [['acme', fixtureFactsPath('acme')], ['base', baseFactsPath]] as const) {
      await mkdir(path.join(work, 'content', id), {recursive: true})
      await copyFile(facts, path.join(work, 'content', id, 'facts.yaml'))
    }
  })
  afterAll(() => rm(work, {recursive: true, force: true}))

  it('writes every document, an index per organization and the manifest', async () => {
    const {io, stdout} = createIo(work)
    expect(await run(['build', '--out', 'site'], io)).toBe(0)
    expect(stdout()).toMatch(/^Built 8 documents for 2 organizations into site \(\d+ files\)\.\nIndex pages: site\/<org>\/index\.html, one for each organization\.\n$/)
    const files = await listFiles(path.join(work, 'site'))
    for (const document of ['cookie-policy', 'privacy-policy']) {
      for (const extension of ['md', 'html', 'fragment.html', 'pdf']) {
        expect(files).toContain(`base/kk/${document}.${extension}`)
        expect(files).toContain(`acme/ru/${document}.${extension}`)
      }
    }
    expect(files).toContain('acme/index.html')
    expect(files).toContain('base/index.html')
    const index = await readFile(path.join(work, 'site', 'acme', 'index.html'), 'utf8')
    // Each document by its title, with its version and date; each link named for what it opens.
    expect(index).toContain('<a class="policygen-document-title" href="ru/cookie-policy.html">Политика в отношении файлов cookie</a>')
    expect(index).toMatch(/<p>Редакция 1\.1 · Действует с <time datetime="\d{4}-\d\d-\d\d">17 ноября 2025\u00a0г\.<\/time> · <a href="ru\/cookie-policy\.pdf" aria-label="Политика в отношении файлов cookie: Версия в PDF">Версия в PDF<\/a><\/p>/)
    expect(index).toContain('<a href="kk/privacy-policy.pdf" aria-label="Құпиялылық саясаты: PDF нұсқасы">PDF нұсқасы</a>')
    expect(index).not.toContain('>Markdown<')
    expect(files).toContain('manifest.json')
  })

  it('lists every file in the manifest with its true sha256, size, version and date', async () => {
    const manifest = JSON.parse(await readFile(path.join(work, 'site', 'manifest.json'), 'utf8')) as {
      files: Array<{path: string; sha256: string; size: number; version?: string; effectiveDate?: string}>
    }
    const files = (await listFiles(path.join(work, 'site'))).filter((file) => file !== 'manifest.json')
    expect(manifest.files.map((file) => file.path)).toEqual(files.map((file) => file.split(path.sep).join('/')))
    for (const entry of manifest.files) {
      const bytes = await readFile(path.join(work, 'site', entry.path))
      expect(entry.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
      expect(entry.size).toBe(bytes.byteLength)
    }
    const entry = (file: string) => manifest.files.find((candidate) => candidate.path === file)
    expect(entry('acme/ru/cookie-policy.md')).toMatchObject({version: '1.1', effectiveDate: '2025-11-17'})
    expect(entry('acme/kk/privacy-policy.pdf')).toMatchObject({version: '1.0', effectiveDate: '2025-06-01'})
  })

  it('gives byte-identical output for the same facts', async () => {
    const {io} = createIo(work)
    expect(await run(['build', '--out', 'again', '--quiet'], io)).toBe(0)
    const first = await listFiles(path.join(work, 'site'))
    expect(await listFiles(path.join(work, 'again'))).toEqual(first)
    for (const file of first) {
      expect((await readFile(path.join(work, 'again', file))).equals(await readFile(path.join(work, 'site', file))), file).toBe(true)
    }
  })

  it('refuses bad facts, writes nothing and leaves the previous output untouched', async () => {
    const before = await readFile(path.join(work, 'site', 'manifest.json'))
    const facts = path.join(work, 'content', 'base', 'facts.yaml')
    const original = await readFile(facts, 'utf8')
    await writeFile(facts, original.replace(/^schemaVersion: 1$/m, 'schemaVersion: 1\nunknownFact: true'))
    try {
      const {io, stderr, stdout} = createIo(work)
      expect(await run(['build', '--out', 'site'], io)).toBe(1)
      expect(stderr()).toMatch(/^content\/base\/facts\.yaml:\d+:1 {2}error {2}`unknownFact`: .* {2}unknown-fact$/m)
      expect(stderr()).toContain('Nothing was written')
      expect(stdout()).toBe('')
      expect((await readFile(path.join(work, 'site', 'manifest.json'))).equals(before)).toBe(true)
      expect((await readdir(work)).filter((name) => name.includes('policygen-'))).toEqual([])
    } finally {
      await writeFile(facts, original)
    }
  })

  it('prints progress only on a terminal', async () => {
    const {io, stderr} = createIo(work)
    expect(await run(['build', '--out', 'site'], {...io, isTTY: true})).toBe(0)
    expect(stderr()).toContain('[2/2] base')
    const quiet = createIo(work)
    expect(await run(['build', '--out', 'site', '--quiet'], {...quiet.io, isTTY: true})).toBe(0)
    expect(quiet.stderr()).toBe('')
    expect(quiet.stdout()).toBe('')
  })

  it('dates PDFs with SOURCE_DATE_EPOCH when it is set, and refuses a malformed one', async () => {
    const {io} = createIo(work)
    expect(await run(['build', '--out', 'epoch', '--quiet'], {...io, env: {SOURCE_DATE_EPOCH: '1700000000'}})).toBe(0)
    const pdf = await readFile(path.join(work, 'epoch', 'base', 'ru', 'cookie-policy.pdf'), 'latin1')
    // The XMP metadata carries the same date as the Info dictionary, in plain text.
    expect(pdf).toContain('<xmp:CreateDate>2023-11-14T22:13:20Z</xmp:CreateDate>')
    const bad = createIo(work)
    expect(await run(['build', '--out', 'epoch'], {...bad.io, env: {SOURCE_DATE_EPOCH: 'yesterday'}})).toBe(2)
    expect(bad.stderr()).toContain('SOURCE_DATE_EPOCH must be whole seconds')
  })

  it('--check says a fresh output is up to date, and lists stale, missing and extra files', async () => {
    const fresh = createIo(work)
    expect(await run(['build', '--out', 'site', '--check'], fresh.io)).toBe(0)
    expect(fresh.stdout()).toMatch(/^site is up to date \(\d+ files\)\.\n$/)
    await writeFile(path.join(work, 'site', 'base', 'ru', 'cookie-policy.md'), 'edited by hand\n')
    await rm(path.join(work, 'site', 'acme', 'kk', 'privacy-policy.pdf'))
    await writeFile(path.join(work, 'site', 'stray.txt'), 'not ours\n')
    const stale = createIo(work)
    expect(await run(['build', '--out', 'site', '--check'], stale.io)).toBe(1)
    expect(stale.stdout()).toBe(
      [
        'stale    site/base/ru/cookie-policy.md',
        'missing  site/acme/kk/privacy-policy.pdf',
        'extra    site/stray.txt',
        '',
        'site is out of date: 1 stale, 1 missing, 1 extra. Run `policygen build` and commit the result.',
        ''
      ].join('\n')
    )
    expect(await readFile(path.join(work, 'site', 'stray.txt'), 'utf8')).toBe('not ours\n')
    // With --if-present, a stale folder still fails; only a folder that is not there at all passes.
    expect(await run(['build', '--out', 'site', '--check', '--if-present'], createIo(work).io)).toBe(1)
    const absent = createIo(work)
    expect(await run(['build', '--out', 'not-committed', '--check', '--if-present'], absent.io)).toBe(0)
    expect(absent.stdout()).toBe('not-committed does not exist: this repository does not commit its output, so there is nothing to compare.\n')
    expect(await run(['build', '--out', 'not-committed', '--check'], createIo(work).io)).toBe(1)
  })

  it('says what it built, what --check found and the cache folder\'s warning in the language of --lang', async () => {
    const russian = createIo(work)
    expect(await run(['build', '--out', 'site-ru', '--lang', 'ru'], russian.io)).toBe(0)
    expect(russian.stdout()).toMatch(/^Собрано 8 документов для 2 организаций в папку site-ru \(\d+ файл(а|ов)?\)\.\nНачальные страницы: site-ru\/<организация>\/index\.html, по одной на каждую организацию\.\n$/)
    const kazakh = createIo(work)
    expect(await run(['build', '--out', 'site-ru', '--lang', 'kk', '--check'], kazakh.io)).toBe(0)
    expect(kazakh.stdout()).toMatch(/^site-ru қалтасы ескірмеген: ол жаңа құрастыру нәтижесімен бірдей \(\d+ файл\)\.\n$/)
    await writeFile(path.join(work, 'site-ru', 'base', 'ru', 'cookie-policy.md'), 'edited by hand\n')
    await rm(path.join(work, 'site-ru', 'acme', 'kk', 'privacy-policy.pdf'))
    await writeFile(path.join(work, 'site-ru', 'stray.txt'), 'not ours\n')
    const stale = createIo(work)
    expect(await run(['build', '--out', 'site-ru', '--check', '--lang', 'ru'], stale.io)).toBe(1)
    expect(stale.stdout()).toBe(
      [
        'устарел  site-ru/base/ru/cookie-policy.md',
        'нет      site-ru/acme/kk/privacy-policy.pdf',
        'лишний   site-ru/stray.txt',
        '',
        'Папка site-ru устарела: устаревших файлов — 1, недостающих — 1, лишних — 1. Запустите `policygen build` и зафиксируйте результат в git (commit).',
        ''
      ].join('\n')
    )
    const absent = createIo(work)
    expect(await run(['build', '--out', 'not-committed', '--check', '--if-present', '--lang', 'kk'], absent.io)).toBe(0)
    expect(absent.stdout()).toBe('not-committed қалтасы жоқ: бұл репозиторийде құрастыру нәтижелері сақталмайды, сондықтан салыстыратын ештеңе жоқ.\n')
    // The folder changed by hand is refused in Russian, and the cache folder's warning is Russian too.
    const cached = createIo(work)
    expect(await run(['build', '--out', 'cached', '--lang', 'ru', '--quiet'], {...cached.io, env: {POLICYGEN_CACHE_DIR: path.join(work, 'content', '.cache')}})).toBe(0)
    expect(cached.stderr()).toBe('policygen: предупреждение: папка кэша `content/.cache` находится внутри папки с фактами, где каждая папка считается отдельной организацией, поэтому между запусками ничего не сохраняется. Укажите в переменной окружения POLICYGEN_CACHE_DIR папку вне папки с фактами или удалите эту переменную, чтобы использовалась папка node_modules/.cache/policygen.\n')
    await rm(path.join(work, 'site-ru'), {recursive: true, force: true})
  })

  it('--check compares the output a build stopped halfway left beside the folder, --if-present too', async () => {
    expect(await run(['build', '--out', 'parked', '--quiet'], createIo(work).io)).toBe(0)
    // Killed between its two renames: the previous output waits as .parked.policygen-old-PID.
    await rename(path.join(work, 'parked'), path.join(work, '.parked.policygen-old-424242'))
    for (const args of [['--check'], ['--check', '--if-present']]) {
      const io = createIo(work)
      expect(await run(['build', '--out', 'parked', ...args], io.io), args.join(' ')).toBe(0)
      expect(io.stdout()).toMatch(/^\.parked\.policygen-old-424242 is up to date \(\d+ files\)\.\n$/)
      expect(io.stderr()).toContain('policygen: parked is missing: a build stopped halfway left it at .parked.policygen-old-424242, which the next `policygen build` puts back. Comparing with that copy.\n')
    }
    const kazakh = createIo(work)
    expect(await run(['build', '--out', 'parked', '--check', '--lang', 'kk'], kazakh.io)).toBe(0)
    expect(kazakh.stderr()).toContain('policygen: parked қалтасы жоқ: аяқталмай тоқтап қалған құрастыру оны .parked.policygen-old-424242 атауымен қалдырды, келесі `policygen build` оны орнына қайтарады. Салыстыру осы көшірмемен жүргізіледі.\n')
    expect(kazakh.stdout()).toMatch(/^\.parked\.policygen-old-424242 қалтасы ескірмеген: ол жаңа құрастыру нәтижесімен бірдей \(\d+ файл\)\.\n$/)
    const edited = path.join(work, '.parked.policygen-old-424242', 'base', 'ru', 'cookie-policy.md')
    const original = await readFile(edited)
    await writeFile(edited, 'edited by hand\n')
    expect(await run(['build', '--out', 'parked', '--check', '--if-present'], createIo(work).io)).toBe(1)
    await writeFile(edited, original)
    // The next build puts it back (and then replaces it).
    expect(await run(['build', '--out', 'parked', '--quiet'], createIo(work).io)).toBe(0)
    expect(existsSync(path.join(work, '.parked.policygen-old-424242'))).toBe(false)
    expect(await run(['build', '--out', 'parked', '--check'], createIo(work).io)).toBe(0)
  })

  it('answers wrong usage with exit code 2', async () => {
    const {io, stderr} = createIo(work)
    expect(await run(['build', 'a', 'b'], io)).toBe(2)
    expect(await run(['build', '--outt', 'x'], io)).toBe(2)
    expect(await run(['build', 'no-such-folder'], io)).toBe(2)
    expect(stderr()).toContain('policygen: `build` has no option `--outt`; its options are --help, --lang, --format, --out, --quiet, --check, --if-present, --jobs, --shard, --no-cache (see `policygen help build`).\nUsage: policygen build')
    const value = createIo(work)
    expect(await run(['build', '--out'], value.io)).toBe(2)
    expect(value.stderr()).toContain('policygen: the option `--out` of `build` needs a value after it (see `policygen help build`).')
    expect(await run(['build', '--check=yes'], value.io)).toBe(2)
    expect(value.stderr()).toContain('the option `--check` of `build` takes no value')
    const help = createIo(work)
    expect(await run(['help', 'nope'], help.io)).toBe(2)
    expect(help.stderr()).toBe('policygen: there is no command `nope` to explain. Commands: init, validate, build, merge, preview, diff, rules, services, scan.\n')
  })

  it('takes its folders from policygen.config.yaml, from any subfolder', async () => {
    const repository = await mkdtemp(path.join(tmpdir(), 'policygen-configured-'))
    try {
      await mkdir(path.join(repository, '.git'))
      await mkdir(path.join(repository, 'legal', 'base'), {recursive: true})
      await copyFile(baseFactsPath, path.join(repository, 'legal', 'base', 'facts.yaml'))
      await writeFile(path.join(repository, 'policygen.config.yaml'), 'content: legal\nout: public/policies\n')
      const {io, stdout} = createIo(path.join(repository, 'legal'))
      expect(await run(['build'], io)).toBe(0)
      expect(stdout()).toContain('into ../public/policies')
      expect(await listFiles(path.join(repository, 'public', 'policies'))).toContain('base/ru/privacy-policy.html')
      const validate = createIo(repository)
      expect(await run(['validate'], validate.io)).toBe(0)
      await writeFile(path.join(repository, 'policygen.config.yaml'), 'contents: legal\n')
      const broken = createIo(repository)
      expect(await run(['build'], broken.io)).toBe(2)
      expect(broken.stderr()).toBe('policygen: policygen.config.yaml: `contents` is not a setting policygen knows; the settings are `content` (the facts folder), `out` (the output folder), `templates` (your own wording), `locales` (the languages the site publishes) and `fragmentTitle` (whether fragments keep their title).\n')
    } finally {
      await rm(repository, {recursive: true, force: true})
    }
  })

  it('publishes the languages the config names, and refuses facts that do not publish one of them; fragments may leave their title out', async () => {
    const repository = await mkdtemp(path.join(tmpdir(), 'policygen-locales-'))
    try {
      await mkdir(path.join(repository, '.git'))
      await mkdir(path.join(repository, 'content', 'base'), {recursive: true})
      const facts = await readFile(baseFactsPath, 'utf8')
      await writeFile(path.join(repository, 'content', 'base', 'facts.yaml'), facts)
      await writeFile(path.join(repository, 'policygen.config.yaml'), 'locales: [kk]\nfragmentTitle: false\n')
      const build = createIo(repository)
      expect(await run(['build', '-q'], build.io)).toBe(0)
      const files = await listFiles(path.join(repository, 'dist'))
      expect(files.filter((file) => file.startsWith('base/')).map((file) => file.split(path.sep)[1]).filter((part, index, all) => all.indexOf(part) === index)).toEqual(['index.html', 'kk'])
      const index = await readFile(path.join(repository, 'dist', 'base', 'index.html'), 'utf8')
      expect(index).toContain('href="kk/cookie-policy.html"')
      expect(index).not.toContain('href="ru/')
      // A page in one language links back to the index, not to a language the site does not publish.
      const page = await readFile(path.join(repository, 'dist', 'base', 'kk', 'cookie-policy.html'), 'utf8')
      expect(page).not.toContain('../ru/')
      expect(page.match(/href="\.\.\/index\.html"/g)).toHaveLength(1)
      // The page keeps its title and links the other policy; the fragment leaves the title to the site's page.
      expect(page).toMatch(/<h1 id="cookies-[^"]+">Cookie файлдарын пайдалану саясаты<\/h1>/)
      expect(page).toContain('«<a href="privacy-policy.html">Құпиялылық саясаты</a>»')
      const fragment = await readFile(path.join(repository, 'dist', 'base', 'kk', 'cookie-policy.fragment.html'), 'utf8')
      expect(fragment).toMatch(/^<article class="policygen policygen-cookie-policy" lang="kk" aria-label="Cookie файлдарын пайдалану саясаты">\n<p>/)
      expect(fragment).not.toContain('<h1')

      await writeFile(path.join(repository, 'content', 'base', 'facts.yaml'), facts.replace(/^locales: \[ru, kk\]$/m, 'locales: [ru]'))
      await writeFile(path.join(repository, 'policygen.config.yaml'), 'locales: [ru, kk]\n')
      const line = facts.split('\n').findIndex((text) => text.startsWith('locales:')) + 1
      for (const command of ['validate', 'build']) {
        const refused = createIo(repository)
        expect(await run([command], refused.io), command).toBe(1)
        const output = command === 'validate' ? refused.stdout() : refused.stderr()
        expect(output, command).toContain(`content/base/facts.yaml:${line}:10  error  \`locales\`: the site publishes ru, kk (\`locales\` in policygen.config.yaml), but these facts do not publish kk. Add \`kk\` to \`locales\` here, with its texts, or take it out of the config.  locale-not-in-facts`)
      }
      expect(await readFile(path.join(repository, 'dist', 'base', 'index.html'), 'utf8')).toBe(index)
    } finally {
      await rm(repository, {recursive: true, force: true})
    }
  })

  it('locates a value the company\'s own page templates ask for and the build does not have', async () => {
    const repository = await mkdtemp(path.join(tmpdir(), 'policygen-own-index-'))
    try {
      await mkdir(path.join(repository, '.git'))
      await mkdir(path.join(repository, 'content', 'base'), {recursive: true})
      await copyFile(baseFactsPath, path.join(repository, 'content', 'base', 'facts.yaml'))
      await writeFile(path.join(repository, 'policygen.config.yaml'), 'templates: wording\n')
      await mkdir(path.join(repository, 'wording'))
      const shipped = await readFile(path.join(root, 'templates', 'index.html.hbs'), 'utf8')
      await writeFile(path.join(repository, 'wording', 'index.html.hbs'), shipped.replace('</body>', '<p>{{orgMotto}}</p>\n</body>'))
      const line = shipped.slice(0, shipped.indexOf('</body>')).split('\n').length
      const build = createIo(repository)
      expect(await run(['build'], build.io)).toBe(1)
      expect(build.stderr()).toContain(`wording/index.html.hbs:${line}:`)
      expect(build.stderr()).toContain('orgMotto')
      expect(build.stderr()).not.toContain('internal error')
      await expect(readdir(path.join(repository, 'dist'))).rejects.toThrow()
    } finally {
      await rm(repository, {recursive: true, force: true})
    }
  })

  it('renders with the company\'s own wording from the templates folder, and names it', async () => {
    const repository = await mkdtemp(path.join(tmpdir(), 'policygen-own-wording-'))
    try {
      await mkdir(path.join(repository, '.git'))
      await mkdir(path.join(repository, 'content', 'base'), {recursive: true})
      await copyFile(baseFactsPath, path.join(repository, 'content', 'base', 'facts.yaml'))
      await writeFile(path.join(repository, 'policygen.config.yaml'), 'templates: wording\n')
      for (const [locale, text] of [['ru', '## Что такое файлы cookie\n\nНаш собственный абзац о cookie.\n'], ['kk', '## Cookie файлдары деген не\n\nCookie туралы өз абзацымыз.\n']] as const) {
        await mkdir(path.join(repository, 'wording', locale, 'partials', 'cookie-policy'), {recursive: true})
        await writeFile(path.join(repository, 'wording', locale, 'partials', 'cookie-policy', 'what-are-cookies.md.hbs'), text)
      }
      const validate = createIo(repository)
      expect(await run(['validate'], validate.io)).toBe(0)
      expect(validate.stdout()).toBe('No problems found.\nOwn templates in force (2): wording/kk/partials/cookie-policy/what-are-cookies.md.hbs, wording/ru/partials/cookie-policy/what-are-cookies.md.hbs.\n')
      // In the lawyer's language, the line that names the company's own wording too.
      const russian = createIo(repository)
      expect(await run(['validate', '--lang', 'ru'], russian.io)).toBe(0)
      expect(russian.stdout()).toBe('Проблем не найдено.\nДействуют собственные шаблоны компании (2): wording/kk/partials/cookie-policy/what-are-cookies.md.hbs, wording/ru/partials/cookie-policy/what-are-cookies.md.hbs.\n')
      const kazakh = createIo(repository)
      expect(await run(['validate', '--lang', 'kk'], kazakh.io)).toBe(0)
      expect(kazakh.stdout()).toMatch(/\nКомпанияның өз шаблондары қолданылады \(2\): wording\/kk\//)
      const build = createIo(repository)
      expect(await run(['build'], build.io)).toBe(0)
      expect(build.stdout()).toMatch(/^Own templates in force \(2\): .*\nBuilt 4 documents/)
      const ru = await readFile(path.join(repository, 'dist', 'base', 'ru', 'cookie-policy.md'), 'utf8')
      expect(ru).toContain('Наш собственный абзац о cookie.')
      expect(ru).not.toContain('небольшой текстовый файл')
      expect(await readFile(path.join(repository, 'dist', 'base', 'kk', 'cookie-policy.md'), 'utf8')).toContain('Cookie туралы өз абзацымыз.')

      await rm(path.join(repository, 'wording', 'kk'), {recursive: true})
      const before = await readFile(path.join(repository, 'dist', 'base', 'ru', 'cookie-policy.md'), 'utf8')
      const refused = createIo(repository)
      expect(await run(['build'], refused.io)).toBe(1)
      expect(refused.stderr()).toContain('wording/ru:1:1  error  the section partials/cookie-policy/what-are-cookies.md.hbs is overridden in ru but not in kk')
      expect(refused.stderr()).toMatch(/template-override\n\n1 error, 0 warnings in 1 file\.\nNothing was written\.\n$/)
      expect(await readFile(path.join(repository, 'dist', 'base', 'ru', 'cookie-policy.md'), 'utf8')).toBe(before)
      // validate says so too, and never «No problems found.» before it fails; JSON stays JSON.
      const checked = createIo(repository)
      expect(await run(['validate'], checked.io)).toBe(1)
      expect(checked.stdout()).not.toContain('No problems found')
      const json = createIo(repository)
      expect(await run(['build', '--format', 'json'], json.io)).toBe(1)
      expect(JSON.parse(json.stderr())).toEqual([expect.objectContaining({file: 'wording/ru', ruleId: 'template-override', severity: 'error'})])

      // A fact the own template asks for that does not exist: validate finds it, as the build would, at the template's line.
      await writeFile(path.join(repository, 'wording', 'ru', 'partials', 'cookie-policy', 'what-are-cookies.md.hbs'), '## Что такое файлы cookie\n\nТекст {{resource.nomm}}.\n')
      await mkdir(path.join(repository, 'wording', 'kk', 'partials', 'cookie-policy'), {recursive: true})
      await writeFile(path.join(repository, 'wording', 'kk', 'partials', 'cookie-policy', 'what-are-cookies.md.hbs'), '## Cookie файлдары деген не\n\nМәтін.\n')
      const missing = createIo(repository)
      expect(await run(['validate'], missing.io)).toBe(1)
      expect(missing.stdout()).toMatch(/^wording\/ru\/partials\/cookie-policy\/what-are-cookies\.md\.hbs:3:\d+  error  .*nomm.*  template-fact-missing\n/)
      // Found again on the next run (a failure is never kept as checked), and said once however many organizations meet it.
      await mkdir(path.join(repository, 'content', 'second'), {recursive: true})
      await copyFile(baseFactsPath, path.join(repository, 'content', 'second', 'facts.yaml'))
      const again = createIo(repository)
      expect(await run(['validate'], again.io)).toBe(1)
      expect(again.stdout().match(/template-fact-missing/g)).toHaveLength(1)
      const built = createIo(repository)
      expect(await run(['build', '--format', 'json'], built.io)).toBe(1)
      expect(JSON.parse(built.stderr())).toEqual([expect.objectContaining({file: 'wording/ru/partials/cookie-policy/what-are-cookies.md.hbs', line: 3, ruleId: 'template-fact-missing'})])
    } finally {
      await rm(repository, {recursive: true, force: true})
    }
  })

  it('says when the check of the company\'s templates stopped at its limit, in the language asked', async () => {
    const repository = await mkdtemp(path.join(tmpdir(), 'policygen-many-template-problems-'))
    try {
      await mkdir(path.join(repository, 'content', 'base'), {recursive: true})
      await copyFile(baseFactsPath, path.join(repository, 'content', 'base', 'facts.yaml'))
      await writeFile(path.join(repository, 'policygen.config.yaml'), 'templates: wording\n')
      const section = (count: number) => `## Что такое файлы cookie\n\n${Array.from({length: count}, (_, index) => `Текст {{resource.missing${index}}}.`).join('\n\n')}\n`
      for (const [locale, text] of [['ru', section(101)], ['kk', '## Cookie файлдары деген не\n\nМәтін.\n']] as const) {
        await mkdir(path.join(repository, 'wording', locale, 'partials', 'cookie-policy'), {recursive: true})
        await writeFile(path.join(repository, 'wording', locale, 'partials', 'cookie-policy', 'what-are-cookies.md.hbs'), text)
      }
      const many = createIo(repository)
      expect(await run(['validate', '--lang', 'ru', '--no-cache'], many.io)).toBe(1)
      expect(many.stdout().match(/template-fact-missing\n/g)).toHaveLength(100)
      expect(many.stdout()).toContain('\nПроверка шаблонов компании остановлена после первых 100 проблем: исправьте их и снова запустите `policygen validate`, чтобы увидеть остальные.\n')
    } finally {
      await rm(repository, {recursive: true, force: true})
    }
  })
})
