/**
 * A reviewed pair as a TMX 1.4b translation memory: one `<tu>` per link that has both French and
 * English (a 1-0 omission or a 0-1 addition is no translation to remember), its state as a
 * `x-state` property and its open QA flags as notes.
 *
 * @example const file = tmx(pair); // '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">…'
 */
import { XMLBuilder } from 'fast-xml-parser';
import { exportRows, flagLine, xmlSafe, type ReviewedPair } from './export-rows.ts';

const builder = new XMLBuilder({ ignoreAttributes: false, format: true, indentBy: '  ', suppressEmptyNode: true });

const CREATION_TOOL = 'Vis-a-vis';
const CREATION_TOOL_VERSION = '0.1.0';

export function tmx(pair: ReviewedPair): string {
  const units = exportRows(pair)
    .filter((row) => row.link.source.length > 0 && row.link.draft.length > 0)
    .map((row) => ({
      '@_tuid': String(row.id),
      prop: { '@_type': 'x-state', '#text': row.state },
      ...(row.flags.length > 0 ? { note: row.flags.map((f) => xmlSafe(flagLine(f))) } : {}),
      tuv: [
        { '@_xml:lang': 'fr', seg: xmlSafe(row.source) },
        { '@_xml:lang': 'en', seg: xmlSafe(row.draft) },
      ],
    }));
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    tmx: {
      '@_version': '1.4',
      header: {
        '@_creationtool': CREATION_TOOL,
        '@_creationtoolversion': CREATION_TOOL_VERSION,
        '@_segtype': 'sentence',
        '@_o-tmf': 'visavis',
        '@_adminlang': 'en',
        '@_srclang': 'fr',
        '@_datatype': 'plaintext',
      },
      body: { tu: units },
    },
  }) as string;
}
