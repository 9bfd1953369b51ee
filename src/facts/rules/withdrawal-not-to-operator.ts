import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

/** `withdrawal-not-to-operator`: Consent to processing can be withdrawn by telling the operator, not only in browser settings. */
export const withdrawalNotToOperator = defineRule({
  id: 'withdrawal-not-to-operator',
  severity: 'error',
  article: 'Art. 8(2)',
  summary: {
    en: 'The privacy policy offers a way to withdraw consent that reaches the operator (an e-mail, a written request, the account settings): browser or cookie settings change cookies only.',
    ru: 'Политика конфиденциальности предлагает способ отзыва согласия, который доходит до оператора (электронная почта, письменное заявление, настройки учётной записи): настройки браузера или cookie меняют только cookie.',
    kk: 'Құпиялылық саясаты келісімді кері қайтарып алудың операторға жететін тәсілін ұсынады (электрондық пошта, жазбаша өтініш, есептік жазба баптаулары): браузер немесе cookie баптаулары тек cookie файлдарын өзгертеді.'
  },
  check: (facts) =>
    facts.documents.privacyPolicy && facts.consent.withdrawal.every((channel) => channel === 'browser-settings' || channel === 'cookie-settings')
      ? [{path: ['consent', 'withdrawal']} satisfies Finding]
      : [],
  message: {
    en: (p) => `${where(p, 'en')}every way of withdrawing consent named here only changes cookies, but consent to processing personal data is withdrawn by telling the operator. Add \`email-request\`, \`written-request\` or \`account-settings\`.`,
    ru: (p) => `${where(p, 'ru')}все названные способы отзыва меняют только cookie, а согласие на обработку персональных данных отзывается уведомлением оператора. Добавьте \`email-request\`, \`written-request\` или \`account-settings\`.`,
    kk: (p) => `${where(p, 'kk')}аталған кері қайтарып алу тәсілдерінің бәрі тек cookie файлдарын өзгертеді, ал дербес деректерді өңдеуге келісім операторға хабарлау арқылы кері қайтарып алынады. \`email-request\`, \`written-request\` немесе \`account-settings\` қосыңыз.`
  }
})
