import {where} from '../messages.js'
import {defineRule} from './rule.js'

/** `legitimate-interest-only`: A purpose does not rest on "legitimate interests" alone, a basis the Law of Kazakhstan does not know. */
export const legitimateInterestOnly = defineRule({
  id: 'legitimate-interest-only',
  severity: 'warning',
  article: 'Art. 7(1), Art. 9',
  summary: {
    en: 'A purpose does not rest on "legitimate interests" alone, a basis the Law of Kazakhstan does not know.',
    ru: 'Цель обработки не основывается исключительно на «законных интересах» — основании, которого закон Казахстана не предусматривает.',
    kk: 'Өңдеу мақсаты тек «заңды мүдделерге» негізделмейді: Қазақстан заңында мұндай негіз көзделмеген.'
  },
  check: (facts) =>
    (facts.personalData?.purposes ?? []).flatMap((purpose, index) =>
      purpose.basis.every((basis) => basis === 'legitimate-interests') ? [{path: ['personalData', 'purposes', index, 'basis']}] : []
    ),
  message: {
    en: (p) => `${where(p, 'en')}the Law of Kazakhstan has no "legitimate interests" basis; for users in Kazakhstan add \`consent\`, \`contract\` or \`legal-obligation\`.`,
    ru: (p) => `${where(p, 'ru')}в Законе РК нет основания «законный интерес»; для пользователей из Казахстана добавьте \`consent\`, \`contract\` или \`legal-obligation\`.`,
    kk: (p) => `${where(p, 'kk')}Қазақстан Республикасының Заңында «заңды мүдделер» деген негіз жоқ; Қазақстандағы пайдаланушылар үшін \`consent\`, \`contract\` немесе \`legal-obligation\` негізін қосыңыз.`
  }
})
