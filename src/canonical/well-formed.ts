// String.prototype.isWellFormed exists on Node 20 (V8 11.3) but the project's TypeScript lib (ES2023) does not
// declare it. This typed wrapper avoids a global declaration; V8 inlines it.

interface WellFormed {
  isWellFormed(): boolean;
}

/** True when `s` has no lone UTF-16 surrogate, i.e. it has a UTF-8 encoding. */
export function isWellFormed(s: string): boolean {
  return (s as unknown as WellFormed).isWellFormed();
}
