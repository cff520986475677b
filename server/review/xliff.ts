/**
 * A reviewed pair as XLIFF 2.0 (valid against the OASIS core schema): one `<unit>` holding one
 * `<segment>` per link, French source and English target, the segment's `state` (see
 * export-rows.ts), and the open QA flags as `<notes>` (priority 1 for errors, 5 for warnings, 9
 * for information; `category` is the rule). A 1-0 link has no `<target>`; a 0-1 link an empty
 * `<source>`.
 *
 * @example const file = xliff(pair); // '<?xml version="1.0" encoding="UTF-8"?>\n<xliff …'
 */
import { XMLBuilder } from 'fast-xml-parser';
import type { QaFlag } from '../schemas.ts';
import { exportRows, xmlSafe, type ReviewedPair } from './export-rows.ts';

export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';

const PRIORITY: Record<QaFlag['severity'], number> = { error: 1, warning: 5, info: 9 };

const builder = new XMLBuilder({ ignoreAttributes: false, format: true, indentBy: '  ', suppressEmptyNode: true });

function note(flag: QaFlag) {
  return {
    '@_category': flag.rule,
    '@_priority': PRIORITY[flag.severity],
    ...(flag.draft ? { '@_appliesTo': 'target' } : flag.source ? { '@_appliesTo': 'source' } : {}),
    '#text': xmlSafe(flag.message),
  };
}

export function xliff(pair: ReviewedPair): string {
  const units = exportRows(pair).map((row) => ({
    '@_id': `u${row.id}`,
    ...(row.flags.length > 0 ? { notes: { note: row.flags.map(note) } } : {}),
    segment: {
      '@_id': `s${row.id}`,
      '@_state': row.state,
      source: { '@_xml:space': 'preserve', '#text': xmlSafe(row.source) },
      ...(row.link.draft.length > 0 ? { target: { '@_xml:space': 'preserve', '#text': xmlSafe(row.draft) } } : {}),
    },
  }));
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    xliff: {
      '@_xmlns': XLIFF_NAMESPACE,
      '@_version': '2.0',
      '@_srcLang': 'fr',
      '@_trgLang': 'en',
      file: { '@_id': 'f1', '@_original': xmlSafe(pair.title), unit: units },
    },
  }) as string;
}
