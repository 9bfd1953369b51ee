/**
 * A worker thread of the render pool (`pool.ts`): it receives the templates and settings once, then
 * organizations one at a time, and answers with their files, the bytes moved rather than copied.
 */
import {parentPort, workerData} from 'node:worker_threads'
import type {TemplateSet} from '../document/templates.js'
import {renderOrganization, type SiteSettings} from './build.js'
import {serializeError, type RenderReply, type RenderRequest} from './worker-messages.js'

const {templates, settings} = workerData as {templates: TemplateSet; settings: SiteSettings}

parentPort?.on('message', (request: RenderRequest) => {
  renderOrganization(request.organization, templates, settings).then(
    (files) => {
      const reply: RenderReply = {job: request.job, files}
      // Move the bytes of every file that owns its whole buffer; any other is copied.
      const movable = files.filter((file) => file.content.byteOffset === 0 && file.content.byteLength === file.content.buffer.byteLength)
      parentPort?.postMessage(reply, [...new Set(movable.map((file) => file.content.buffer as ArrayBuffer))])
    },
    (error: unknown) => {
      const reply: RenderReply = {job: request.job, error: serializeError(error)}
      parentPort?.postMessage(reply)
    }
  )
})
