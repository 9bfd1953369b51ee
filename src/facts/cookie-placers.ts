import type {Facts} from './types.js'

type ThirdParty = NonNullable<Facts['thirdParties']>[number]

/**
 * The third parties that place cookies, in the order of `thirdParties`: the provider of a declared
 * cookie, or one the facts (or its catalogue service) give cookie purposes. Only of them does the
 * cookie policy say that they place cookies; a recipient of data alone (a courier) is not one.
 */
export function cookiePlacers(facts: Facts): ThirdParty[] {
  const providers = new Set((facts.cookies ?? []).flatMap((cookie) => (cookie.provider ? [cookie.provider] : [])))
  return (facts.thirdParties ?? []).filter((party) => providers.has(party.id) || (party.purposes?.length ?? 0) > 0)
}
