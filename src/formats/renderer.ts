import type {Facts} from '../facts/types.js'
import type {DocumentView} from '../document/resolve.js'
import type {renderHtmlFragment} from './html/render.js'

/** A renderer of extra formats (PDF) from a document's view, Markdown and HTML tree; added by later stages. */
export type ExtraRenderer = (input: {view: DocumentView; markdown: string; html: ReturnType<typeof renderHtmlFragment>; facts: Facts}) => Promise<Array<{extension: string; content: Uint8Array}>>

