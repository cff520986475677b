/**
 * The French Wiktionary fr→en translation pairs in EurADiC format, one pair a line:
 * `source;POS;TR-FR-EN;target;POS;` with POS S noun, V verb, J adjective, A adverb (D and others
 * occur for expressions). Parsing is pure; where the file comes from is the asset module's business.
 *
 * @example const dictionary = parseWiktionary(readFileSync(file, 'utf8')); dictionary.get('accroître')
 */

/** The dictionary's part-of-speech letter as a Universal Dependencies tag, where one fits. */
const UPOS: Record<string, string> = { S: 'NOUN', V: 'VERB', J: 'ADJ', A: 'ADV' };

export interface Translation {
  /** The English text, as the dictionary has it. */
  text: string;
  /** The UD tag of the French headword's sense (NOUN, VERB, ADJ, ADV), or `X` for anything else. */
  pos: string;
}

/** French headword (as written, case kept) → its English translations in file order, deduplicated. */
export type Dictionary = Map<string, Translation[]>;

export function parseWiktionary(text: string): Dictionary {
  const dictionary: Dictionary = new Map();
  for (const line of text.split('\n')) {
    const [source, pos, kind, target] = line.split(';');
    if (kind !== 'TR-FR-EN' || !source?.trim() || !target?.trim()) continue;
    const head = source.trim();
    const entry = { text: target.trim(), pos: UPOS[pos ?? ''] ?? 'X' };
    const list = dictionary.get(head);
    if (!list) dictionary.set(head, [entry]);
    else if (!list.some((t) => t.text === entry.text && t.pos === entry.pos)) list.push(entry);
  }
  return dictionary;
}
