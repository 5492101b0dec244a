// Just enough XML for the two S3 answers the store reads (ListObjectsV2 and an error body): flat elements with
// text content. S3 never puts attributes, CDATA or comments in them, so a full parser would buy nothing.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** The text of every <name>…</name> element in `xml`, in order (elements without children only). */
export function elements(xml: string, name: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<${name}>([^<]*)</${name}>|<${name}/>`, 'g');
  for (const m of xml.matchAll(re)) out.push(decodeXmlText(m[1] ?? ''));
  return out;
}

/** The raw inner XML of every <name>…</name> block (for repeated records such as <Contents>). */
export function blocks(xml: string, name: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'g');
  for (const m of xml.matchAll(re)) out.push(m[1]!);
  return out;
}

export function first(xml: string, name: string): string | undefined {
  return elements(xml, name)[0];
}
