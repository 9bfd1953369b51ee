import type {Country, Facts, TransferBasis} from './types.js'

/** Countries that data goes to on the same basis (Art. 16): one group of `crossBorder.transfers`. */
export interface TransferGroup {
  countries: readonly Country[]
  basis: readonly TransferBasis[]
}

/**
 * The cross-border transfer as groups of countries with their basis, whichever way the facts write
 * it: `transfers` as it is, or `countries` with one `basis` for all of them as one group. Empty when
 * no transfer is declared (`enabled: false` or no `crossBorder`), and a group without countries or
 * basis is left out (the rule `transfer-without-countries` reports it).
 */
export function transferGroups(crossBorder: Facts['crossBorder']): TransferGroup[] {
  if (!crossBorder?.enabled) return []
  if (crossBorder.transfers) return crossBorder.transfers.filter((group) => group.countries.length > 0 && group.basis.length > 0)
  const {countries = [], basis = []} = crossBorder
  return countries.length > 0 && basis.length > 0 ? [{countries, basis}] : []
}

/** Every country a declared cross-border transfer names, in the order the facts list them, each once. */
export function transferCountries(crossBorder: Facts['crossBorder']): Country[] {
  if (!crossBorder?.enabled) return []
  const written = crossBorder.transfers ? crossBorder.transfers.flatMap((group) => group.countries) : (crossBorder.countries ?? [])
  return [...new Set(written)]
}
