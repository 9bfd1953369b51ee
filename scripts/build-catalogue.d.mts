/** Parse RFC 4180 CSV into rows of fields. */
export declare function parseCsv(text: string): string[][]

/** The database's free-text retention as ISO 8601 or `session`; undefined when it is not a period. */
export declare function normalizeRetention(text: string): string | undefined

/** Build the catalogue from the reviewed list and the Open Cookie Database's text: the catalogue, and what could not be taken. */
export declare function buildCatalogue(reviewed: unknown, csvText: string): {catalogue: Record<string, unknown>; problems: string[]}

/** The schema with `$defs.serviceId` listing every service of `catalogue`. */
export declare function withServiceIds(schema: Record<string, unknown>, catalogue: Record<string, unknown>): Record<string, unknown>
