import {clausePlaceholders, isClausePlaceholder, parseClauseBody, placeholdersOf, strayBraces} from '../clause-markdown.js'
import {where} from '../messages.js'
import {closest} from '../suggest.js'
import {clauseBodies} from './clause-body.js'
import {defineRule, type Finding} from './rule.js'

const known = clausePlaceholders.map((name) => `\`{{${name}}}\``).join(', ')

/** `unknown-placeholder`: A `{{…}}` in a custom clause body names a fact policygen can print there. */
export const unknownPlaceholder = defineRule({
  id: 'unknown-placeholder',
  severity: 'error',
  summary: {
    en: 'Every `{{…}}` in a custom clause body names a fact policygen can print there, such as `{{org.term}}`, so none is printed as written.',
    ru: 'Каждая вставка `{{…}}` в тексте собственного раздела компании указывает на факт, который policygen может подставить в это место (например, `{{org.term}}`), поэтому ни одна вставка не остаётся в документе в исходном виде.',
    kk: 'Компанияның өз бөлімінің мәтініндегі әрбір `{{…}}` толтырғышы policygen сол жерге қоя алатын фактіні көрсетеді (мысалы, `{{org.term}}`), сондықтан құжатта ешқайсысы жазылған күйінде қалмайды.'
  },
  check: (facts) =>
    clauseBodies(facts).flatMap(({text, path}): Finding[] => {
      const {tree} = parseClauseBody(text)
      if (!tree) return []
      const unknown = placeholdersOf(tree)
        .filter(({name}) => !isClausePlaceholder(name))
        .map(({name, written}) => {
          const suggestion = closest(name, clausePlaceholders)
          return {path, text: written, params: {written, ...(suggestion ? {suggestion: `{{${suggestion}}}`} : {})}}
        })
      // Braces around or inside a known name (`{{{org.id}}}`, `{{~org.id~}}`) print partly as written.
      const named = new Set(unknown.map((finding) => finding.params.written))
      const stray = strayBraces(tree, text)
        .filter((written) => !named.has(written) && ![...named].some((known) => written.includes(known)))
        .map((written) => {
          const name = written.replace(/[{}~\s]/g, '')
          const suggestion = isClausePlaceholder(name) ? name : closest(name, clausePlaceholders)
          return {path, text: written, params: {written, ...(suggestion ? {suggestion: `{{${suggestion}}}`} : {})}}
        })
      return [...unknown, ...stray]
    }),
  message: {
    en: (p) => `${where(p, 'en')}\`${p.written}\` is not a fact policygen can print here${p.suggestion ? `; did you mean \`${p.suggestion}\`?` : '.'} A clause may print ${known}. To print the braces themselves, write them as code, between backticks.`,
    ru: (p) => `${where(p, 'ru')}policygen не подставит вместо \`${p.written}\` никакого факта${p.suggestion ? `. Возможно, имелось в виду \`${p.suggestion}\`?` : '.'} В тексте раздела можно использовать ${known}. Чтобы напечатать сами фигурные скобки, возьмите их в обратные кавычки, как код.`,
    kk: (p) => `${where(p, 'kk')}policygen \`${p.written}\` орнына ешбір факт қоя алмайды${p.suggestion ? `. Бәлкім, \`${p.suggestion}\` деп жазбақ болдыңыз ба?` : '.'} Бөлім мәтінінде мыналарды пайдалануға болады: ${known}. Фигуралы жақшалардың өзі мәтінде шығуы үшін оларды код ретінде кері тырнақшаға алыңыз.`
  }
})
