/**
 * CoNLL-U, the Universal Dependencies treebank format, read as far as the tagger needs: each
 * sentence's tokens with form, lemma, tag and features, and its text rebuilt with offsets.
 */
import type { Upos } from './lefff-tags.ts';

export interface ConlluToken {
  form: string;
  lemma: string;
  upos: Upos;
  /** Offsets of the form in the sentence's rebuilt text. */
  start: number;
  end: number;
  /** A surface token made of several words (`du` = `de le`): its words follow it, flagged `part`. */
  multiword?: true;
  /** One word of a multiword token: it has no offsets of its own in the text. */
  part?: true;
}

export interface ConlluSentence {
  /** The forms joined by spaces, except where `SpaceAfter=No`. */
  text: string;
  tokens: ConlluToken[];
}

/**
 * @example readConllu('1\tIl\til\tPRON\t_\t_\t2\tnsubj\t_\t_\n\n')[0].text // 'Il'
 */
export function readConllu(source: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  for (const block of source.split(/\n\s*\n/)) {
    let text = '';
    let partsUntil = 0;
    const tokens: ConlluToken[] = [];
    for (const line of block.split('\n')) {
      const cols = line.split('\t');
      if (cols.length < 10 || line.startsWith('#') || cols[0]!.includes('.')) continue;
      const [id, form, lemma, upos, , , , , , misc] = cols as [string, string, string, Upos, ...string[]];
      const range = /^(\d+)-(\d+)$/.exec(id);
      const part = !range && Number(id) <= partsUntil;
      const start = text.length;
      if (!part) text += form + (misc?.split('|').includes('SpaceAfter=No') ? '' : ' ');
      tokens.push({ form, lemma, upos, start, end: part ? start : start + form.length, ...(range ? { multiword: true as const } : {}), ...(part ? { part: true as const } : {}) });
      if (range) partsUntil = Number(range[2]);
    }
    if (tokens.length > 0) sentences.push({ text: text.trimEnd(), tokens });
  }
  return sentences;
}
