import {placeOfPath} from './locate.js'
import {where, type MessageLanguage, type MessageParams} from './messages.js'
import type {ParsedFacts} from './parse.js'
import {formatFactPath, type Problem} from './problem.js'
import {ruleById, rules} from './rules/index.js'
import {closest} from './suggest.js'
import type {Facts} from './types.js'

type Wording = Readonly<Record<MessageLanguage, (params: MessageParams) => string>>

const wording: Readonly<Record<'waiver-unknown-rule' | 'waiver-of-error' | 'waiver-unused', Wording>> = {
  'waiver-unknown-rule': {
    en: (p) => `${where(p, 'en')}\`${p.actual}\` is not a rule${p.suggestion ? `; did you mean \`${p.suggestion}\`?` : '.'} \`policygen rules\` lists them.`,
    ru: (p) => `${where(p, 'ru')}правила \`${p.actual}\` нет${p.suggestion ? `; может быть, \`${p.suggestion}\`?` : '.'} Список правил выводит \`policygen rules\`.`,
    kk: (p) => `${where(p, 'kk')}\`${p.actual}\` ережесі жоқ${p.suggestion ? `; мүмкін, \`${p.suggestion}\`?` : '.'} Ережелер тізімін \`policygen rules\` шығарады.`
  },
  'waiver-of-error': {
    en: (p) => `${where(p, 'en')}\`${p.actual}\` is an error, and errors cannot be waived: fix the facts instead.`,
    ru: (p) => `${where(p, 'ru')}\`${p.actual}\` — ошибка, а ошибки снять нельзя: исправьте факты.`,
    kk: (p) => `${where(p, 'kk')}\`${p.actual}\` — қате, ал қателерді алып тастауға болмайды: фактілерді түзетіңіз.`
  },
  'waiver-unused': {
    en: (p) => `${where(p, 'en')}the warning \`${p.actual}\` does not come up for these facts, so the waiver waives nothing. Remove it.`,
    ru: (p) => `${where(p, 'ru')}предупреждения \`${p.actual}\` для этих фактов нет, и снимать нечего. Уберите эту запись.`,
    kk: (p) => `${where(p, 'kk')}бұл фактілер үшін \`${p.actual}\` ескертуі жоқ, алып тастайтын ештеңе жоқ. Бұл жазбаны алып тастаңыз.`
  }
}

/**
 * Apply the organization's waivers (`waivers: [{rule, reason}]`) to the problems of its facts: a waived
 * warning stays in the report, marked `waived` with its reason, so that `validate` prints it every time
 * and the build goes on. A waiver of an error, of a rule that does not exist, or of a warning that does
 * not come up is itself reported.
 */
export function applyWaivers(parsed: ParsedFacts, problems: readonly Problem[], language: MessageLanguage, options: {despiteSchemaProblems?: boolean} = {}): Problem[] {
  const given: unknown = (parsed.data as unknown as Facts).waivers
  // Facts that break the schema may hold anything here: only well-formed waivers count.
  const waivers = Array.isArray(given) ? given.filter((waiver): waiver is {rule: string; reason: string} => typeof waiver?.rule === 'string' && typeof waiver?.reason === 'string') : []
  if (waivers.length === 0) return [...problems]
  const own: Problem[] = []
  const report = (index: number, ruleId: keyof typeof wording, params: MessageParams, severity: Problem['severity']) => {
    const segments = ['waivers', index, 'rule']
    const path = formatFactPath(segments)
    own.push({file: parsed.file, ...placeOfPath(parsed.doc, parsed.lineCounter, segments, 'value'), severity, ruleId, message: wording[ruleId][language]({...params, path}), path})
  }
  const reasons = new Map<string, string>()
  waivers.forEach((waiver, index) => {
    const rule = ruleById(waiver.rule)
    if (!rule) return report(index, 'waiver-unknown-rule', {actual: waiver.rule, suggestion: closest(waiver.rule, rules.map((each) => each.id))}, 'error')
    if (rule.severity === 'error') return report(index, 'waiver-of-error', {actual: waiver.rule}, 'error')
    if (!problems.some((problem) => problem.ruleId === waiver.rule)) {
      // On a file the schema refuses, a rule may have been silent: its waiver is not said to waive nothing.
      if (!options.despiteSchemaProblems) report(index, 'waiver-unused', {actual: waiver.rule}, 'warning')
      return
    }
    reasons.set(waiver.rule, waiver.reason)
  })
  const waived = problems.map((problem): Problem => {
    const reason = problem.severity === 'warning' ? reasons.get(problem.ruleId) : undefined
    return reason === undefined ? problem : {...problem, severity: 'waived', waiver: reason}
  })
  return [...waived, ...own]
}

/** The rule ids of the waiver messages, for lists of everything policygen can report. */
export const waiverRuleIds = Object.keys(wording)
