// Format version strings ("MAJOR.MINOR"). Version detection reads only the `version` member, so a reader can
// tell "too new" from "garbage" before it knows anything else about the document.

const VERSION_PATTERN = /^(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})$/;

export interface VersionNumber {
  readonly major: number;
  readonly minor: number;
}

export function parseVersion(s: string): VersionNumber | undefined {
  const m = VERSION_PATTERN.exec(s);
  return m ? { major: Number(m[1]), minor: Number(m[2]) } : undefined;
}
