/** Compile the facts schema (the text of `schema/facts.schema.json`) to the TypeScript source committed in `src/facts/types.ts`. */
export declare function generateFactTypes(schemaText: string): Promise<string>
