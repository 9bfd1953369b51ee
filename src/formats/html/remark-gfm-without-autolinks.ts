import {createRequire} from 'node:module'
import type {Processor} from 'unified'

const require = createRequire(import.meta.url)

/**
 * GitHub-flavoured Markdown as `remark-gfm` reads it (tables, strikethrough, footnotes, task lists),
 * less its autolink literals: a bare `https://…`, `www.…` or e-mail address stays text. The
 * documents never want those as links (`remark-no-bare-links` undid them), and finding them, with
 * regular expressions over every text of the document, was a third of the time to make the HTML.
 * The extensions are loaded when the plugin is first used.
 */
export default function remarkGfmWithoutAutolinks(this: Processor): undefined {
  const {gfmFootnoteFromMarkdown} = require('mdast-util-gfm-footnote') as typeof import('mdast-util-gfm-footnote')
  const {gfmStrikethroughFromMarkdown} = require('mdast-util-gfm-strikethrough') as typeof import('mdast-util-gfm-strikethrough')
  const {gfmTableFromMarkdown} = require('mdast-util-gfm-table') as typeof import('mdast-util-gfm-table')
  const {gfmTaskListItemFromMarkdown} = require('mdast-util-gfm-task-list-item') as typeof import('mdast-util-gfm-task-list-item')
  const {gfmFootnote} = require('micromark-extension-gfm-footnote') as typeof import('micromark-extension-gfm-footnote')
  const {gfmStrikethrough} = require('micromark-extension-gfm-strikethrough') as typeof import('micromark-extension-gfm-strikethrough')
  const {gfmTable} = require('micromark-extension-gfm-table') as typeof import('micromark-extension-gfm-table')
  const {gfmTaskListItem} = require('micromark-extension-gfm-task-list-item') as typeof import('micromark-extension-gfm-task-list-item')
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem())
  ;(data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown())
}
