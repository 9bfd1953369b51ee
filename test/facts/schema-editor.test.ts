// What a lawyer sees in the editor: every description of schema/facts.schema.json in Russian and in Kazakh,
// every enum value described (`markdownEnumDescriptions`), and yaml-language-server showing both on hover
// and in completion.
import {spawn, type ChildProcess} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {descriptionLanguages, factsSchema} from '../../src/facts/schema.js'
import {createSchemaValidator} from '../../src/facts/schema-compile.js'
import {glossesOf} from '../../src/facts/suggest.js'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
const schemaPath = path.join(projectRoot, 'schema/facts.schema.json')

type SchemaObject = Record<string, unknown>

/** Every schema object in the facts schema with its JSON Pointer (`examples` and `enum` values are data, not schemas). */
function everyNode(node: unknown, pointer = '#'): Array<{pointer: string; node: SchemaObject}> {
  if (typeof node !== 'object' || node === null) return []
  if (Array.isArray(node)) return node.flatMap((item, index) => everyNode(item, `${pointer}/${index}`))
  const found = [{pointer, node: node as SchemaObject}]
  for (const [key, child] of Object.entries(node)) {
    if (key === 'examples' || key === 'enum' || key === 'const' || key === 'markdownEnumDescriptions') continue
    found.push(...everyNode(child, `${pointer}/${key}`))
  }
  return found
}

const nodes = everyNode(factsSchema)
const described = nodes.filter(({node}) => typeof node.description === 'string')
const enums = nodes.filter(({node}) => Array.isArray(node.enum))

/** The Russian text and the Kazakh text of a description, split as the messages split it. */
function splitLanguages(description: string): {russian: string; kazakh: string} | undefined {
  const {ru, kk} = descriptionLanguages(description)
  return kk === undefined ? undefined : {russian: ru, kazakh: kk}
}

/** yaml-language-server's markdown (`\\`key\\``), as the plain text it stands for. */
const unescapeMarkdown = (text: string): string => text.replace(/\\([\\`*_{}[\]#+!])/g, '$1')

describe('the schema speaks Russian and Kazakh', () => {
  it('finds the descriptions and enums it checks', () => {
    expect(described.length).toBeGreaterThan(250)
    expect(enums.length).toBeGreaterThan(30)
  })

  it('gives every description a Russian text followed by a Kazakh sentence', () => {
    const wrong = described.filter(({node}) => splitLanguages(node.description as string) === undefined).map(({pointer, node}) => `${pointer}: ${String(node.description)}`)
    expect(wrong).toEqual([])
  })

  it('writes the Kazakh text with the terms of Law 94-V', () => {
    // Glossary of the research notes: «дербес деректер», not the colloquial «жеке деректер»; «иесіздендіру» for обезличивание.
    const offTerms = /жеке деректер|беймәлімдендір|жекесіздендір/i
    const wrong = described
      .map(({pointer, node}) => ({pointer, kazakh: splitLanguages(node.description as string)?.kazakh ?? ''}))
      .filter(({kazakh}) => offTerms.test(kazakh))
      .map(({pointer, kazakh}) => `${pointer}: ${kazakh}`)
    expect(wrong).toEqual([])
    const kazakhOf = (pointer: string) => splitLanguages(described.find((entry) => entry.pointer === pointer)?.node.description as string)?.kazakh
    expect(kazakhOf('#/properties/organization')).toContain('дербес деректер')
    expect(kazakhOf('#/properties/consent/properties/withdrawal')).toContain('кері қайтарып алу')
    expect(kazakhOf('#/properties/crossBorder')).toContain('трансшекаралық беру')
    expect(kazakhOf('#/properties/personalData/properties/depersonalizedAnalytics')).toContain('иесіздендір')
  })

  it('keeps the glosses that suggestions read (`llp — ТОО/ЖШС`) in the Russian text only', () => {
    // glossesOf() reads «key — wording» pairs; the Kazakh sentence writes its keys in backticks so as not to replace them.
    const wrong: string[] = []
    for (const {pointer, node} of described) {
      const keys = [node, ...((node.anyOf as SchemaObject[] | undefined) ?? []), (node.items as SchemaObject | undefined) ?? {}].flatMap((part) => (Array.isArray(part.enum) ? (part.enum as string[]) : []))
      if (keys.length === 0) continue
      const description = node.description as string
      const russian = splitLanguages(description)?.russian
      if (JSON.stringify(glossesOf(description, keys)) !== JSON.stringify(glossesOf(russian, keys))) wrong.push(pointer)
    }
    expect(wrong).toEqual([])
    expect(glossesOf(factsSchema.$defs?.legalForm?.description as string, ['llp', 'jsc'])).toEqual({llp: ['ТОО', 'ЖШС'], jsc: ['АО', 'АҚ']})
  })

  it('describes every enum value, in the order of `enum`, each entry starting with its key', () => {
    const wrong: string[] = []
    for (const {pointer, node} of enums) {
      const values = node.enum as unknown[]
      const descriptions = node.markdownEnumDescriptions
      if (!Array.isArray(descriptions) || descriptions.length !== values.length) {
        wrong.push(`${pointer}: ${values.length} values, ${Array.isArray(descriptions) ? descriptions.length : 'no'} descriptions`)
        continue
      }
      values.forEach((value, index) => {
        const text = descriptions[index]
        if (typeof text !== 'string' || !text.startsWith(`\`${String(value)}\` — `)) wrong.push(`${pointer}[${index}]: ${String(text)}`)
        else if (!/^`[^`]+` — \S.* \/ \S/.test(text)) wrong.push(`${pointer}[${index}] is not «\`key\` — Russian / Kazakh»: ${text}`)
      })
    }
    expect(wrong).toEqual([])
  })

  it('words each key of a vocabulary as templates/ru and templates/kk terms.yaml do', () => {
    const terms = {
      ru: parse(readFileSync(path.join(projectRoot, 'templates/ru/terms.yaml'), 'utf8')) as Record<string, Record<string, unknown>>,
      kk: parse(readFileSync(path.join(projectRoot, 'templates/kk/terms.yaml'), 'utf8')) as Record<string, Record<string, unknown>>
    }
    // A channel's `{address}` is filled in by the documents; the editor shows «…» in its place.
    const wording = (term: unknown): string | undefined =>
      typeof term === 'string'
        ? term.replaceAll('{address}', '…')
        : typeof term === 'object' && term !== null && typeof (term as {name?: unknown}).name === 'string'
          ? (term as {name: string}).name
          : undefined
    const wrong: string[] = []
    let checked = 0
    for (const {pointer, node} of enums) {
      const group = /^#\/\$defs\/(\w+)(?:\/anyOf\/0)?$/.exec(pointer)?.[1]
      if (!group || !terms.ru[group]) continue
      ;(node.enum as string[]).forEach((key, index) => {
        const ru = wording(terms.ru[group]?.[key])
        const kk = wording(terms.kk[group]?.[key])
        if (ru === undefined || kk === undefined) return // forms such as {short, full}: no one wording to compare
        checked++
        const expected = `\`${key}\` — ${ru} / ${kk}`
        const actual = (node.markdownEnumDescriptions as string[])[index]
        if (actual !== expected) wrong.push(`${pointer} ${key}: ${actual} ≠ ${expected}`)
      })
    }
    expect(checked).toBeGreaterThan(150)
    expect(wrong).toEqual([])
  })

  it('keeps Ajv strict mode happy with the annotation', () => {
    expect(() => createSchemaValidator()).not.toThrow()
  })
})

// ---------------------------------------------------------------------------------------------------------------
// yaml-language-server over stdio, JSON-RPC with Content-Length framing.

interface Message {
  jsonrpc: '2.0'
  id?: number | string
  method?: string
  params?: unknown
  result?: unknown
  error?: {code: number; message: string}
}

/** The yaml settings the server pulls: no schema store (it would go to the network), hover and completion on. */
const yamlSettings = {hover: true, completion: true, validate: false, hoverSchemaSource: false, schemaStore: {enable: false}, schemas: {}}
// Any http(s) request the server might still try goes to a closed port on this machine.
const httpSettings = {proxy: 'http://127.0.0.1:9', proxyStrictSSL: true}

class LanguageServer {
  private readonly child: ChildProcess
  private buffer = Buffer.alloc(0)
  private nextId = 0
  private readonly pending = new Map<number, {resolve: (message: Message) => void; reject: (error: Error) => void; timer: NodeJS.Timeout}>()
  private exited = false
  stderr = ''

  constructor() {
    const bin = path.join(projectRoot, 'node_modules/yaml-language-server/bin/yaml-language-server')
    this.child = spawn(process.execPath, [bin, '--stdio'], {stdio: ['pipe', 'pipe', 'pipe'], env: {...process.env, HTTP_PROXY: httpSettings.proxy, HTTPS_PROXY: httpSettings.proxy}})
    this.child.stdout?.on('data', (chunk: Buffer) => this.receive(chunk))
    this.child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')))
    this.child.on('exit', () => {
      this.exited = true
      for (const [, waiting] of this.pending) {
        clearTimeout(waiting.timer)
        waiting.reject(new Error(`yaml-language-server exited. stderr: ${this.stderr.slice(-2000)}`))
      }
      this.pending.clear()
    })
    this.child.on('error', (error) => (this.stderr += String(error)))
  }

  request<T>(method: string, params: unknown, timeoutMs = 20_000): Promise<T> {
    const id = ++this.nextId
    return new Promise<T>((resolve, reject) => {
      if (this.exited) return reject(new Error('yaml-language-server is not running'))
      const timer = setTimeout(() => {
        this.pending.delete(id)
        reject(new Error(`${method}: no answer from yaml-language-server within ${timeoutMs} ms. stderr: ${this.stderr.slice(-2000)}`))
      }, timeoutMs)
      this.pending.set(id, {
        timer,
        reject,
        resolve: (message) => (message.error ? reject(new Error(`${method}: ${message.error.message}`)) : resolve(message.result as T))
      })
      this.send({jsonrpc: '2.0', id, method, params})
    })
  }

  notify(method: string, params: unknown): void {
    this.send({jsonrpc: '2.0', method, params})
  }

  /** Ask politely, then make sure: the process never outlives the test. */
  async stop(): Promise<void> {
    if (!this.exited) {
      await this.request('shutdown', null, 3_000).catch(() => undefined)
      this.notify('exit', null)
    }
    await new Promise<void>((resolve) => {
      if (this.exited) return resolve()
      const timer = setTimeout(() => {
        this.child.kill('SIGKILL')
        resolve()
      }, 2_000)
      this.child.once('exit', () => {
        clearTimeout(timer)
        resolve()
      })
    })
  }

  private send(message: Message): void {
    if (this.exited || !this.child.stdin?.writable) return
    const body = Buffer.from(JSON.stringify(message), 'utf8')
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]))
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk])
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n')
      if (headerEnd < 0) return
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1])
      if (!Number.isFinite(length)) throw new Error(`bad header from yaml-language-server: ${this.buffer.subarray(0, headerEnd).toString()}`)
      if (this.buffer.length < headerEnd + 4 + length) return
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message
      this.buffer = this.buffer.subarray(headerEnd + 4 + length)
      this.dispatch(message)
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      // A request from the server: settings when it asks for them, an empty answer to anything else.
      const items = (message.params as {items?: Array<{section?: string}>} | undefined)?.items ?? []
      const result =
        message.method === 'workspace/configuration'
          ? items.map(({section}) => (section === 'yaml' ? yamlSettings : section === 'http' ? httpSettings : null))
          : null
      this.send({jsonrpc: '2.0', id: message.id, result})
      return
    }
    if (message.method !== undefined || typeof message.id !== 'number') return // a notification
    const waiting = this.pending.get(message.id)
    if (!waiting) return
    clearTimeout(waiting.timer)
    this.pending.delete(message.id)
    waiting.resolve(message)
  }
}

interface Position {
  line: number
  character: number
}

/** Where `needle` ends (or starts) in `text`, as an LSP position. */
function positionOf(text: string, needle: string, where: 'start' | 'end' = 'start'): Position {
  const index = text.indexOf(needle)
  if (index < 0) throw new Error(`«${needle}» is not in the document`)
  const offset = where === 'start' ? index : index + needle.length
  const before = text.slice(0, offset).split('\n')
  return {line: before.length - 1, character: (before[before.length - 1] ?? '').length}
}

const facts = `# yaml-language-server: $schema=${schemaPath}
schemaVersion: 1
locales: [ru, kk]
cookies:
  - name: _ga
    category: analytics
    purpose: site-operation
    retention: P2Y
  - name: session_id
    category: `
const documentUri = pathToFileURL(path.join(tmpdir(), 'policygen-editor-test', 'facts.yaml')).href

describe('yaml-language-server with the facts schema', () => {
  let server: LanguageServer | undefined

  beforeAll(async () => {
    server = new LanguageServer()
    await server.request(
      'initialize',
      {
        processId: process.pid,
        rootUri: null,
        capabilities: {
          workspace: {configuration: true, didChangeConfiguration: {dynamicRegistration: false}},
          textDocument: {hover: {contentFormat: ['markdown', 'plaintext']}, completion: {completionItem: {documentationFormat: ['markdown', 'plaintext'], snippetSupport: false}}}
        }
      },
      30_000
    )
    server.notify('initialized', {})
    server.notify('workspace/didChangeConfiguration', {settings: {yaml: yamlSettings, http: httpSettings}})
    server.notify('textDocument/didOpen', {textDocument: {uri: documentUri, languageId: 'yaml', version: 1, text: facts}})
  }, 40_000)

  afterAll(async () => {
    await server?.stop()
  }, 10_000)

  it('shows the Russian and the Kazakh description on hover over `purpose: site-operation`', async () => {
    const hover = await server!.request<{contents: {kind: string; value: string} | string} | null>('textDocument/hover', {
      textDocument: {uri: documentUri},
      position: positionOf(facts, 'purpose: site-operation')
    })
    const contents = hover === null ? '' : typeof hover.contents === 'string' ? hover.contents : hover.contents.value
    const shown = unescapeMarkdown(contents)
    const property = (factsSchema.properties?.cookies as {items: {properties: Record<string, {description: string}>}}).items.properties.purpose
    const languages = splitLanguages(property?.description ?? '')
    expect(languages).toBeDefined()
    expect(shown).toContain(languages!.russian)
    expect(shown).toContain(languages!.kazakh)
    // …and the value's own wording, from `markdownEnumDescriptions`.
    expect(shown).toContain('обеспечение работы сайта / сайттың жұмысын қамтамасыз ету')
  }, 30_000)

  it('offers the cookie categories, described in both languages, in completion after `category: `', async () => {
    const completion = await server!.request<{items: Array<{label: string; documentation?: string | {value: string}}>} | Array<{label: string}> | null>(
      'textDocument/completion',
      {textDocument: {uri: documentUri}, position: positionOf(facts, 'session_id\n    category: ', 'end'), context: {triggerKind: 1}}
    )
    const items = completion === null ? [] : Array.isArray(completion) ? completion : completion.items
    const labels = items.map((item) => item.label)
    expect(labels).toContain('strictly-necessary')
    expect(labels).toContain('analytics')
    const analytics = items.find((item) => item.label === 'analytics') as {documentation?: string | {value: string}} | undefined
    const documentation = typeof analytics?.documentation === 'string' ? analytics.documentation : (analytics?.documentation?.value ?? '')
    expect(documentation).toContain('Аналитические файлы cookie / Аналитикалық cookie файлдары')
  }, 30_000)
})
