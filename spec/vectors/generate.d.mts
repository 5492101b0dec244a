// Types for generate.mjs, so the TypeScript drift test can call it.

/** File names of the vector files, one per category. */
export declare const VECTOR_FILES: readonly string[];

/** Builds every vector file from the library's public API; returns file name → file text. */
export declare function buildVectorFiles(lib: object): Map<string, string>;

/** The name of the lock file of append-only vectors, in spec/vectors/. */
export declare const LOCK_FILE: string;

/** file name → (case description → SHA-256 of the case's canonical JSON with its group). */
export declare function caseHashes(files: ReadonlyMap<string, string>, canonicalString: (value: unknown) => string): Record<string, Record<string, string>>;

/** The lock extended by new cases, and the problems (locked cases gone or changed) that extending cannot fix. */
export declare function extendLock(
  lock: Readonly<Record<string, Readonly<Record<string, string>>>>,
  hashes: Readonly<Record<string, Readonly<Record<string, string>>>>,
): { lock: Record<string, Record<string, string>>; problems: string[] };

/** The lock file's text. */
export declare function renderLock(lock: Readonly<Record<string, Readonly<Record<string, string>>>>): string;
