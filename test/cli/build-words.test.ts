import {describe, expect, it} from 'vitest'
import {buildWords} from '../../src/cli/build-words.js'
import {plainError, OutputFolderError} from '../../src/site/os-errors.js'
import {siteWords} from '../../src/site/site-words.js'

const built = {documents: 20, organizations: 5, files: 87, reused: 0, shown: 'dist'}

describe('what build says it made, in each language', () => {
  it('keeps the English as it always was', () => {
    expect(buildWords.en.built(built)).toBe('Built 20 documents for 5 organizations into dist (87 files).\nIndex pages: dist/<org>/index.html, one for each organization.')
    expect(buildWords.en.built({documents: 4, organizations: 1, files: 17, reused: 1, shown: 'out', only: 'acme'})).toBe('Built 4 documents for 1 organization into out (17 files; 1 organization unchanged since the last build, its files reused).\nIndex pages: out/acme/index.html.')
  })

  it('makes Russian numbers agree with their nouns, and the verb with the number', () => {
    expect(buildWords.ru.built(built)).toBe('Собрано 20 документов для 5 организаций в папку dist (87 файлов).\nНачальные страницы: dist/<организация>/index.html, по одной на каждую организацию.')
    expect(buildWords.ru.built({documents: 1, organizations: 1, files: 1, reused: 1, shown: 'out', only: 'acme'})).toBe('Собран 1 документ для 1 организации в папку out (1 файл; 1 организация не изменилась с прошлой сборки, её файлы использованы повторно).\nНачальная страница: out/acme/index.html.')
    expect(buildWords.ru.built({documents: 22, organizations: 21, files: 24, reused: 21, shown: 'out'})).toContain('Собрано 22 документа для 21 организации в папку out (24 файла; 21 организация не изменилась с прошлой сборки, их файлы использованы повторно).')
    expect(buildWords.ru.built({...built, reused: 3, shard: {index: 2, count: 4, total: 11}})).toContain('для 5 организаций (часть 2 из 4: 5 из 11 организаций) в папку dist (87 файлов; 3 организации не изменились с прошлой сборки, их файлы использованы повторно).')
    expect(buildWords.ru.merged(1, 1, 'dist')).toBe('Объединена 1 часть сборки (1 организация) в папку dist.')
    expect(buildWords.ru.merged(5, 12, 'dist')).toBe('Объединено 5 частей сборки (12 организаций) в папку dist.')
  })

  it('keeps a Kazakh noun singular after a number, and names the folder before its case ending', () => {
    expect(buildWords.kk.built(built)).toBe('dist қалтасына 5 ұйымның 20 құжаты құрастырылды (87 файл).\nБастапқы беттер: dist/<ұйым>/index.html, әр ұйымға біреуден.')
    expect(buildWords.kk.built({...built, reused: 1, shard: {index: 2, count: 4, total: 11}})).toBe('dist қалтасына 5 ұйымның 20 құжаты құрастырылды (87 файл; 1 ұйым алдыңғы құрастырудан бері өзгермеген, оның файлдары қайта пайдаланылды). Бұл — 4 бөліктің 2-бөлігі: толық құрастырудағы 11 ұйымның ішінен 5 ұйым.\nБастапқы беттер: dist/<ұйым>/index.html, әр ұйымға біреуден.')
    expect(buildWords.kk.merged(2, 5, 'merged')).toBe('2 құрастыру бөлігі (5 ұйым) merged қалтасына біріктірілді.')
  })

  it('gives the tags of build --check one width in every language, so the paths line up', () => {
    for (const [language, words] of Object.entries(buildWords)) {
      const widths = new Set(Object.values(words.tags).map((tag) => [...tag].length))
      expect(widths, language).toEqual(new Set([9]))
      for (const tag of Object.values(words.tags)) expect(tag, language).toMatch(/\S +$/)
    }
  })
})

describe('the writing stage, in each language', () => {
  it('says every operating-system error it knows in Russian and Kazakh too, and keeps the previous output', () => {
    for (const code of Object.keys(siteWords.en.osReasons)) {
      for (const language of ['ru', 'kk'] as const) {
        const said = plainError(Object.assign(new Error(`${code}: raw`), {code, path: '/x/dist'}), 'dist', language)
        expect(said, `${language} ${code}`).toBeInstanceOf(OutputFolderError)
        expect((said as Error).message, `${language} ${code}`).not.toContain('raw')
        expect((said as Error).message, `${language} ${code}`).not.toContain(siteWords.en.osReasons[code as keyof typeof siteWords.en.osReasons])
        expect((said as Error).message, `${language} ${code}`).toContain(siteWords[language].osReasons[code as keyof typeof siteWords.en.osReasons])
      }
    }
    const denied = Object.assign(new Error('EACCES: raw'), {code: 'EACCES', path: '/x/dist'})
    expect((plainError(denied, 'dist', 'ru') as Error).message).toBe('не удалось записать в папку `dist`: нет прав на запись в это место (dist). Прежние результаты сборки не изменились.')
    expect((plainError(denied, 'dist', 'kk') as Error).message).toBe('`dist` қалтасына жазу мүмкін болмады: ол жерге жазуға рұқсатыңыз жоқ (dist). Алдыңғы құрастыру нәтижелері өзгеріссіз қалды.')
    // An error that is not the operating system's passes through, in any language.
    const bug = new TypeError('a bug')
    expect(plainError(bug, 'dist', 'ru')).toBe(bug)
    expect(plainError(Object.assign(new Error('x'), {code: 'toString'}), 'dist', 'kk')).toBeInstanceOf(Error)
    expect(plainError(Object.assign(new Error('x'), {code: 'toString'}), 'dist', 'kk')).not.toBeInstanceOf(OutputFolderError)
  })

  it('makes the seconds of the lock agree in Russian', () => {
    expect(siteWords.ru.lockTimeout('dist', 1, 42)).toBe('другая сборка policygen (процесс 42) записывает в папку `dist` и не завершилась за 1 секунду. Дождитесь её окончания или остановите её, затем запустите сборку снова.')
    expect(siteWords.ru.lockTimeout('dist', 2)).toContain('не завершилась за 2 секунды.')
    expect(siteWords.ru.lockTimeout('dist', 60)).toContain('не завершилась за 60 секунд.')
    expect(siteWords.kk.lockTimeout('dist', 60, 42)).toBe('`dist` қалтасына басқа policygen құрастыруы (процесс нөмірі: 42) жазып жатыр және 60 секунд өтсе де аяқталмады. Оның аяқталуын күтіңіз немесе оны тоқтатыңыз, содан кейін құрастыруды қайта іске қосыңыз.')
  })

  it('says which shards are missing in each language', () => {
    expect(siteWords.en.merge.missing([2, 3], 4)).toBe('shards 2, 3 of 4 are missing: a merged output must hold every organization.')
    expect(siteWords.ru.merge.missing([2], 2)).toBe('нет части 2 из 2: в объединённых результатах должны быть все организации.')
    expect(siteWords.ru.merge.missing([2, 3], 4)).toBe('нет частей 2 и 3 из 4: в объединённых результатах должны быть все организации.')
    expect(siteWords.kk.merge.missing([2], 2)).toBe('2 бөліктің 2-бөлігі жоқ: біріктірілген нәтижелерде барлық ұйым болуы керек.')
    expect(siteWords.kk.merge.missing([2, 3], 4)).toBe('4 бөліктің 2 және 3-бөліктері жоқ: біріктірілген нәтижелерде барлық ұйым болуы керек.')
    expect(siteWords.kk.merge.missing([1, 2, 4], 5)).toBe('5 бөліктің 1, 2 және 4-бөліктері жоқ: біріктірілген нәтижелерде барлық ұйым болуы керек.')
  })
})
