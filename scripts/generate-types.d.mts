/** Compile the facts schema (the text of `schema/facts.schema.json`) to the TypeScript source committed in `src/lib/facts.ts`. */
export declare function generateFactTypes(schemaText: string): Promise<string>
