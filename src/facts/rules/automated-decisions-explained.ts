import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

/** `automated-decisions-explained`: Decisions taken by automated processing alone are explained, with their consequences. */
export const automatedDecisionsExplained = defineRule({
  id: 'automated-decisions-explained',
  severity: 'error',
  article: 'Art. 19-1',
  summary: {
    en: 'When decisions with legal effect are taken by automated processing alone, the privacy policy explains how they are taken and what they lead to (`automatedDecisions.description`).',
    ru: 'Если решения, влекущие юридические последствия, принимаются исключительно на основе автоматизированной обработки, политика конфиденциальности объясняет, как они принимаются и к чему приводят (`automatedDecisions.description`).',
    kk: 'Құқықтық салдар туғызатын шешімдер тек автоматтандырылған өңдеу негізінде қабылданса, құпиялылық саясаты олардың қалай қабылданатынын және неге әкелетінін түсіндіреді (`automatedDecisions.description`).'
  },
  check: (facts) => {
    const decisions = facts.personalData?.automatedDecisions
    return decisions?.used && !decisions.description ? [{path: ['personalData', 'automatedDecisions'], at: 'key'} satisfies Finding] : []
  },
  message: {
    en: (p) => `${where(p, 'en')}automated decisions are used, so the subject must be told how they are taken and what they lead to. Add \`description: {ru: …, kk: …}\`, for example how a scoring model decides on a loan.`,
    ru: (p) => `${where(p, 'ru')}используются автоматизированные решения, поэтому субъекту нужно объяснить, как они принимаются и к чему приводят. Добавьте \`description: {ru: …, kk: …}\`, например, как скоринговая модель решает о выдаче займа.`,
    kk: (p) => `${where(p, 'kk')}автоматтандырылған шешімдер қолданылады, сондықтан субъектіге олардың қалай қабылданатынын және неге әкелетінін түсіндіру қажет. \`description: {ru: …, kk: …}\` қосыңыз, мысалы, скорингтік модель қарыз беру туралы қалай шешім қабылдайтынын.`
  }
})
