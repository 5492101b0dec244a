// Types for generate.mjs, so the TypeScript drift test can call it.

/** File names of the vector files, one per category. */
export declare const VECTOR_FILES: readonly string[];

/** Builds every vector file from the library's public API; returns file name → file text. */
export declare function buildVectorFiles(lib: object): Map<string, string>;
