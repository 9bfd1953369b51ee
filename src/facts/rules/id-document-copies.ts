import {where} from '../messages.js'
import {defineRule, type Finding} from './rule.js'

/** `id-document-copies`: Copies of identity documents are collected only where a law allows it. */
export const idDocumentCopies = defineRule({
  id: 'id-document-copies',
  severity: 'warning',
  article: 'Art. 7(10)–(12)',
  summary: {
    en: 'Copies of identity documents are not collected, save where a law allows it; a data category holding `id-document-copy` is flagged so that a lawyer names that law and waives the warning.',
    ru: 'Копии документов, удостоверяющих личность, не собираются, кроме случаев, предусмотренных законом; категория данных с `id-document-copy` помечается, чтобы юрист назвал этот закон и снял предупреждение.',
    kk: 'Жеке басын куәландыратын құжаттардың көшірмелері заңда көзделген жағдайлардан басқа кезде жиналмайды; `id-document-copy` бар деректер санаты белгіленеді, сонда заңгер сол заңды атап, ескертуді алып тастайды.'
  },
  check: (facts) =>
    (facts.personalData?.categories ?? []).flatMap((category, index): Finding[] =>
      category.items.includes('id-document-copy') ? [{path: ['personalData', 'categories', index, 'items', category.items.indexOf('id-document-copy')]}] : []
    ),
  message: {
    en: (p) => `${where(p, 'en')}the Law bans collecting copies of identity documents, save where a law allows it. Collect the document's data (\`id-document\`) instead, or waive this warning naming the law that allows the copies.`,
    ru: (p) => `${where(p, 'ru')}Закон запрещает собирать копии документов, удостоверяющих личность, кроме случаев, которые разрешает закон. Собирайте данные документа (\`id-document\`) или снимите предупреждение, назвав закон, который разрешает копии.`,
    kk: (p) => `${where(p, 'kk')}Заң жеке басын куәландыратын құжаттардың көшірмелерін жинауға тыйым салады, заң рұқсат еткен жағдайлардан басқа. Құжаттың деректерін (\`id-document\`) жинаңыз немесе көшірмелерге рұқсат ететін заңды атап, ескертуді алып тастаңыз.`
  }
})
