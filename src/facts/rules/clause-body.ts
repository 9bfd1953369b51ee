import type {PathSegment} from '../locate.js'
import type {Facts, LocalizedBody} from '../types.js'

/** Every custom clause body in every language, with its path, for the rules that read bodies. */
export function clauseBodies(facts: Facts): Array<{text: string; path: PathSegment[]}> {
  const bodies: Array<{text: string; path: PathSegment[]}> = []
  for (const documentKey of ['cookiePolicy', 'privacyPolicy'] as const) {
    const clauses: ReadonlyArray<{body: LocalizedBody}> = facts.customClauses?.[documentKey] ?? []
    clauses.forEach((clause, index) => {
      for (const [locale, text] of Object.entries(clause.body)) {
        if (typeof text === 'string') bodies.push({text, path: ['customClauses', documentKey, index, 'body', locale]})
      }
    })
  }
  return bodies
}
