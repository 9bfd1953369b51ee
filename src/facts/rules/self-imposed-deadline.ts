import type {PathSegment} from '../locate.js'
import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

/** `self-imposed-deadline`: A deadline the Law does not set is a promise the company makes; say so before it is printed. */
export const selfImposedDeadline = defineRule({
  id: 'self-imposed-deadline',
  severity: 'warning',
  summary: {
    en: 'A deadline the Law does not fix (the answer to a request, a review of the cookie list) becomes a commitment once printed: it is flagged so that a lawyer confirms it, and can be waived with a reason.',
    ru: 'Срок, не установленный Законом (ответ на обращение, пересмотр перечня cookie), после публикации становится обязательством компании: он помечается, чтобы его подтвердил юрист, и предупреждение можно снять с обоснованием.',
    kk: 'Заң белгілемеген мерзім (өтінішке жауап беру, cookie тізімін қайта қарау) жарияланғаннан кейін компанияның міндеттемесіне айналады: заңгер растауы үшін ол белгіленеді, ал ескертуді негіздеме көрсетіп алып тастауға болады.'
  },
  check: (facts) => {
    const found: Array<[PathSegment[], string]> = []
    const requests = facts.personalData?.requests
    if (requests?.answerWorkingDays !== undefined) found.push([['personalData', 'requests', 'answerWorkingDays'], String(requests.answerWorkingDays)])
    if (facts.documents.cookiePolicy?.cookieReview) found.push([['documents', 'cookiePolicy', 'cookieReview'], facts.documents.cookiePolicy.cookieReview])
    return found.map(([path, actual]): Finding => ({path, params: {actual}}))
  },
  message: {
    en: (p) => `${where(p, 'en')}the Law does not set this deadline (\`${p.actual}\`); printed in the policy it becomes the company's own commitment, which a regulator can hold it to. Keep it only if the company meets it, and then waive this warning with the reason.`,
    ru: (p) => `${where(p, 'ru')}Закон такого срока не устанавливает (\`${p.actual}\`); напечатанный в политике, он становится собственным обязательством компании, и регулятор вправе его требовать. Оставьте его, только если компания его соблюдает, и тогда снимите предупреждение с объяснением.`,
    kk: (p) => `${where(p, 'kk')}Заң мұндай мерзімді белгілемейді (\`${p.actual}\`); саясатта жарияланса, ол компанияның өз міндеттемесіне айналады және реттеуші оны талап ете алады. Компания оны сақтаса ғана қалдырыңыз, сонда ескертуді түсіндірмемен алып тастаңыз.`
  }
})
