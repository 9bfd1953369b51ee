import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import type {Element} from 'hast'
import {copyTree} from '../../../src/formats/html/copy-tree.js'
import {renderHtmlFragment} from '../../../src/formats/html/render.js'

const privacy = readFileSync(fileURLToPath(new URL('../../../dist/kazteleport/kk/privacy-policy.md', import.meta.url)), 'utf8')

describe('copyTree', () => {
  it('copies a whole document tree as structuredClone does, positions and undefined values included', () => {
    const {tree} = renderHtmlFragment(privacy, 'Мазмұны')
    const copied = copyTree(tree)
    expect(copied).toStrictEqual(structuredClone(tree))
    expect(copied).not.toBe(tree)
    expect(copyTree({a: undefined, b: [1, null, 'x']})).toStrictEqual({a: undefined, b: [1, null, 'x']})
  })

  it('shares nothing that can change: a change to the copy leaves the original as it was', () => {
    const {tree} = renderHtmlFragment(privacy, 'Мазмұны')
    const before = JSON.stringify(tree)
    const copied = copyTree(tree)
    const heading = copied.children.find((node): node is Element => node.type === 'element' && node.tagName === 'h2')
    expect(heading).toBeDefined()
    if (!heading) return
    heading.properties.id = 'changed'
    ;(heading.properties.className as string[] | undefined)?.push('changed')
    heading.children.push({type: 'text', value: 'changed'})
    if (heading.position) heading.position.start.line = 999
    copied.children.reverse()
    expect(JSON.stringify(tree)).toBe(before)
  })
})
