export {countryName, englishCountry} from './countries.js'
export {formatDate, isValidIsoDate} from './dates.js'
export {
  compareDurations,
  durationInWords,
  formatDuration,
  formatDurationRange,
  parseDuration,
  type Duration,
  type DurationUnit
} from './durations.js'
export {
  kazakhSuffix,
  withKazakhSuffix,
  type KazakhCase
} from './kazakh-suffix.js'
export {joinList, joinPhrases, type ListType} from './lists.js'
export {
  formatNumber,
  formatPhone,
  formatWorkingDays,
  isValidPhone,
  phoneHref
} from './numbers.js'
export {pluralRu, type RussianPluralForms} from './plural.js'
