import {isMap, isSeq, parseDocument, YAMLMap, YAMLSeq, type Document} from 'yaml'
import type {Undeclared} from './compare.js'
import type {MessageLanguage} from '../facts/messages.js'
import {lifetimeAsRetention} from './report.js'
import {scanWords} from './report-words.js'

/** What `addToFacts` changed: services added by id, cookies added by name. */
export interface FactsChange {
  text: string
  services: string[]
  cookies: string[]
}

/**
 * Add what the scan found undeclared to a facts file's text, keeping its comments and layout: a
 * catalogue service it belongs to goes to `services` (once), any other cookie or key to `cookies`
 * with what the browser showed (name, kind, party, lifetime) and a comment; its category and
 * purpose are left for the company to state, so `validate` asks for them until someone does.
 * The comment is in `language` (default: English), the language the scan's messages were asked in.
 */
export function addToFacts(text: string, undeclared: readonly Undeclared[], seenOn: string, language: MessageLanguage = 'en'): FactsChange {
  const doc = parseDocument(text)
  const services: string[] = []
  const cookies: string[] = []
  const existingServices = new Set(seqOf(doc, 'services')?.items.map((item) => (isMap(item) ? String(item.get('id')) : String((item as {value?: unknown}).value ?? item))) ?? [])
  for (const item of undeclared) {
    if (item.service) {
      if (existingServices.has(item.service.id) || services.includes(item.service.id)) continue
      services.push(item.service.id)
      continue
    }
    if (cookies.includes(item.name)) continue
    cookies.push(item.name)
  }
  if (services.length > 0) {
    const seq = seqOf(doc, 'services') ?? addSeq(doc, 'services', 'cookies')
    for (const id of services) seq.add(doc.createNode(id))
  }
  if (cookies.length > 0) {
    const seq = seqOf(doc, 'cookies') ?? addSeq(doc, 'cookies')
    for (const name of cookies) {
      const item = undeclared.find((candidate) => candidate.name === name && !candidate.service)
      if (!item) continue
      // localStorage keeps a key until it is removed: its retention, like its category and purpose, is the company's to state.
      const entry = doc.createNode({name, ...(item.kind === 'cookie' ? {} : {type: item.kind}), party: item.party, ...(item.kind === 'local-storage' ? {} : {retention: lifetimeAsRetention(item.lifetime)})}) as YAMLMap
      entry.flow = true
      entry.commentBefore = ` ${scanWords[language].seenComment(seenOn, item.where, item.kind === 'local-storage')}`
      seq.add(entry)
    }
  }
  return {text: doc.toString({lineWidth: 0, flowCollectionPadding: false}), services, cookies}
}

function seqOf(doc: Document, key: string): YAMLSeq | undefined {
  const node = doc.get(key, true)
  return isSeq(node) ? node : undefined
}

/** A new top-level list, placed before `before` when the file has it (so `services` sits beside `cookies`). */
function addSeq(doc: Document, key: string, before?: string): YAMLSeq {
  const seq = new YAMLSeq()
  const contents = doc.contents
  if (isMap(contents)) {
    const pair = doc.createPair(key, seq)
    const at = before === undefined ? -1 : contents.items.findIndex((item) => String((item.key as {value?: unknown} | null)?.value ?? item.key) === before)
    if (at === -1) contents.items.push(pair)
    else contents.items.splice(at, 0, pair)
  }
  return seq
}
