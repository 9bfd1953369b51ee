import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {classifyChanges} from '../../src/preview/changes.js'

const content = path.resolve('/work/site/content')
const templates = path.resolve('/work/site/wording')
const at = (...parts: string[]) => path.join(...parts)

describe('what a saved file renders again', () => {
  it('a facts file is its organization', () => {
    expect(classifyChanges([at(content, 'acme', 'facts.yaml')], content, [templates])).toEqual({organizations: new Set(['acme']), templates: false, content: true})
  })

  it('an organization\'s folder appearing or going is that organization', () => {
    expect(classifyChanges([at(content, 'shop')], content, [templates]).organizations).toEqual(new Set(['shop']))
  })

  it('editors\' temporary files and other files of an organization are nothing to render', () => {
    const litter = [at(content, 'acme', '.facts.yaml.swp'), at(content, 'acme', 'facts.yaml~'), at(content, 'acme', '4913'), at(content, 'acme', 'notes.md'), at(content, 'acme', 'old', 'facts.yaml')]
    expect(classifyChanges(litter, content, [templates]).organizations).toEqual(new Set())
    expect(classifyChanges([at(templates, 'ru', '.terms.yaml.swp')], content, [templates]).templates).toBe(false)
  })

  it('any file of a templates folder is the templates', () => {
    expect(classifyChanges([at(templates, 'ru', 'partials', 'cookie-policy', 'intro.md.hbs')], content, [templates])).toEqual({organizations: new Set(), templates: true, content: false})
  })

  it('a file outside both is ignored', () => {
    expect(classifyChanges([path.resolve('/work/site/README.md'), path.resolve('/work/site/content-old/acme/facts.yaml')], content, [templates])).toEqual({organizations: new Set(), templates: false, content: false})
  })
})
