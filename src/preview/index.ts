/**
 * The preview: every organization rendered in memory and served on 127.0.0.1, each document's
 * languages side by side, rendered again and reloaded in the page when a facts file or a template
 * is saved. What `policygen preview` runs; nothing here prints or exits.
 */
export {startPreview, defaultPreviewPort, PreviewListenError, type Preview, type PreviewOptions} from './start.js'
export type {OrganizationPreview, PreviewDocument, PreviewColumn, RefreshResult} from './state.js'
export type {LoadedTemplates} from './templates.js'
