/**
 * A QA flag's words in the UI language: the message of its rule from the locale, filled with the
 * flag's `params`, or the server's English message when the locale has none for it or the flag
 * lacks a fact the message needs.
 *
 * @example flagText(flag) // 'Le nombre 3,5 de la source devient 3.6 dans la traduction : écrivez 3.5.' (in French)
 */
import i18next from 'i18next';
import type { QaFlag as Flag, QaSeverity as Severity } from '../../server/schemas.ts';

/** Each severity has its own shape, so it reads without colour too. */
const ICONS: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

export function severityIcon(severity: Severity): string {
  return ICONS[severity];
}

/** The `{{names}}` a message needs. */
function needs(message: string): string[] {
  return [...message.matchAll(/\{\{(\w+)/g)].map((m) => m[1]!);
}

/** The message keys to try for a flag, most specific first. */
function keys(flag: Flag): string[] {
  const base = `review.messages.${flag.rule}`;
  const reason = flag.params?.reason;
  return [
    ...(typeof reason === 'string' ? [`${base}.${reason}`] : []),
    ...(flag.params?.found !== undefined ? [`${base}.${flag.severity}Found`] : []),
    `${base}.${flag.severity}`,
  ];
}

/**
 * The locale's message for a flag (`review.messages.<rule>.<reason | severity[Found]>`), filled
 * with its params; link indexes are also given counted from 1 (`firstLinkNumber`), as the UI shows them.
 */
export function flagText(flag: Flag): string {
  const values: Record<string, string | number> = { ...flag.params };
  if (typeof values.firstLink === 'number') values.firstLinkNumber = values.firstLink + 1;
  for (const key of keys(flag)) {
    // The English resource names what the message needs; every locale fills the same names.
    const template: unknown = i18next.getResource('en', 'translation', key);
    if (typeof template === 'string' && needs(template).every((name) => values[name] !== undefined)) return i18next.t(key, values);
  }
  return flag.message;
}
