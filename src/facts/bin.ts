const firstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
const secondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]

/**
 * Check a Kazakhstan БИН or ИИН: 12 digits whose last digit is the check digit
 * computed with the official two-pass weights (mod 11).
 */
export function isValidBin(value: string): boolean {
  if (!/^\d{12}$/.test(value)) return false
  const digits = [...value].map(Number)
  let check = weightedSum(digits, firstWeights) % 11
  if (check === 10) check = weightedSum(digits, secondWeights) % 11
  if (check === 10) return false
  return check === digits[11]
}

/** Compute the check digit for the first 11 digits, or `undefined` when no digit fits. */
export function binCheckDigit(first11: string): number | undefined {
  const digits = [...first11].map(Number)
  let check = weightedSum(digits, firstWeights) % 11
  if (check === 10) check = weightedSum(digits, secondWeights) % 11
  return check === 10 ? undefined : check
}

function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0
  for (let index = 0; index < 11; index++) sum += (digits[index] ?? 0) * (weights[index] ?? 0)
  return sum
}
