// Help text, generated from a command's spec so the options listed are exactly the options parsed.
import { COMMON_OPTIONS } from './args.js';
import type { CommandSpec, OptionSpec } from './command.js';

function optionLabel(name: string, o: OptionSpec): string {
  const short = o.short !== undefined ? `-${o.short}, ` : '    ';
  const value = o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : '';
  return `${short}--${name}${value}`;
}

export function commandHelp(name: string, summary: string, spec: CommandSpec): string {
  const options = { ...COMMON_OPTIONS, ...spec.options };
  const labels = Object.entries(options).map(([n, o]) => [optionLabel(n, o), o.description + (o.multiple ? ' (repeatable)' : '')] as const);
  const width = Math.max(...labels.map(([l]) => l.length)) + 2;
  const lines = [
    `ckpt ${name}: ${summary}`,
    '',
    `Usage: ckpt ${name} ${spec.usage}`,
    '',
    ...spec.description.split('\n').map((l) => (l === '' ? '' : `  ${l}`)),
    '',
    'Options:',
    ...labels.map(([l, d]) => `  ${l.padEnd(width)}${d}`),
    '',
    'Examples:',
    ...spec.examples.flatMap(([cmd, what]) => [`  ${cmd}`, `      ${what}`]),
    '',
    `Exit status: ${spec.exit}`,
    '',
  ];
  return lines.join('\n');
}
