/**
 * A saved word as the fields of our Anki note type (shared by the `.apkg` and the text export):
 * HTML-escaped, the French sentence with the word as cloze 1, the English word(s) it became in
 * bold, and a GUID that depends only on the lemma and the sentence, so exporting again updates
 * the notes Anki has instead of duplicating them.
 */
import { createHash } from 'node:crypto';
import type { VocabularyEntry } from '../schemas.ts';

export const NOTE_TYPE_NAME = 'Vis-à-vis word';
export const DECK_NAME = 'Vis-à-vis';
export const FIELD_NAMES = ['Word', 'Lemma', 'Part of speech', 'Gloss', 'Sentence', 'English', 'Source'] as const;
/** Index of the cloze field in FIELD_NAMES. */
export const CLOZE_FIELD = 4;

const UPOS_NAMES: Record<string, string> = {
  ADJ: 'adjective', ADP: 'preposition', ADV: 'adverb', AUX: 'auxiliary', CCONJ: 'conjunction', DET: 'determiner', INTJ: 'interjection',
  NOUN: 'noun', NUM: 'number', PART: 'particle', PRON: 'pronoun', PROPN: 'proper name', PUNCT: 'punctuation', SCONJ: 'conjunction',
  SYM: 'symbol', VERB: 'verb', X: 'other',
};
/** The feature values a learner needs, in words (UD feature=value). */
const FEATURE_WORDS: Record<string, string> = {
  'Gender=Masc': 'masculine', 'Gender=Fem': 'feminine', 'Number=Sing': 'singular', 'Number=Plur': 'plural',
  'VerbForm=Inf': 'infinitive', 'VerbForm=Part': 'participle', 'VerbForm=Ger': 'gerund',
  'Tense=Pres': 'present', 'Tense=Past': 'past', 'Tense=Imp': 'imperfect', 'Tense=Fut': 'future',
  'Mood=Sub': 'subjunctive', 'Mood=Cnd': 'conditional', 'Mood=Imp': 'imperative',
  'Person=1': '1st person', 'Person=2': '2nd person', 'Person=3': '3rd person',
};
const FEATURE_ORDER = ['Tense', 'Mood', 'VerbForm', 'Person', 'Gender', 'Number'];

/**
 * @example partOfSpeech('VERB', { VerbForm: 'Part', Tense: 'Past' }) // 'verb, past participle'
 * @example partOfSpeech('NOUN', { Gender: 'Fem', Number: 'Plur' }) // 'noun, feminine plural'
 */
export function partOfSpeech(upos: string, features: Record<string, string>): string {
  const name = UPOS_NAMES[upos] ?? upos;
  const words = FEATURE_ORDER.map((key) => FEATURE_WORDS[`${key}=${features[key]}`]).filter(Boolean);
  return words.length ? `${name}, ${words.join(' ')}` : name;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '{': '&#123;', '}': '&#125;' };

/** Text as HTML: markup characters and braces (which Anki would read as cloze marks) escaped, white space runs as one space. */
export function escapeHtml(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[&<>"{}]/g, (c) => ESCAPES[c]!);
}

/** `Il a {{c1::opéré::operated}} hier.`: the word hidden, its gloss as the hint. */
function clozeOf(entry: VocabularyEntry): string {
  const { sentence, wordStart, wordEnd } = entry;
  const hint = entry.gloss.replace(/::|}}|\{\{/g, ' ').trim();
  const word = escapeHtml(sentence.slice(wordStart, wordEnd));
  return `${escapeHtml(sentence.slice(0, wordStart))}{{c1::${word}${hint ? `::${escapeHtml(hint)}` : ''}}}${escapeHtml(sentence.slice(wordEnd))}`;
}

/** The English sentence with what the word became in bold. */
function englishOf(entry: VocabularyEntry): string {
  const spans = [...entry.inTranslation].sort((a, b) => a.start - b.start);
  let html = '';
  let at = 0;
  for (const { start, end } of spans) {
    if (start < at || end > entry.translation.length) continue;
    html += `${escapeHtml(entry.translation.slice(at, start))}<b>${escapeHtml(entry.translation.slice(start, end))}</b>`;
    at = end;
  }
  return html + escapeHtml(entry.translation.slice(at));
}

/** The note's fields, in FIELD_NAMES order, as HTML. */
export function noteFields(entry: VocabularyEntry): string[] {
  return [
    escapeHtml(entry.word),
    escapeHtml(entry.lemma),
    escapeHtml(partOfSpeech(entry.upos, entry.features)),
    escapeHtml(entry.gloss),
    clozeOf(entry),
    englishOf(entry),
    escapeHtml(entry.source),
  ];
}

/** Anki's tags: ours, and the word's status (`vis-a-vis::learning-2`). */
export function noteTags(entry: VocabularyEntry): string[] {
  return ['vis-a-vis', `vis-a-vis::${entry.status}`];
}

/** The 91 characters of Anki's own GUIDs. */
const BASE91 = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~';

/**
 * A GUID from the first 64 bits of SHA-256 of the lemma and sentence, written in base 91 as Anki
 * writes its own: the same word in the same sentence is always the same note.
 *
 * @example noteGuid({ lemma: 'opérer', sentence: 'Il a opéré.' }) // the same 10-character string every time
 */
export function noteGuid(entry: Pick<VocabularyEntry, 'lemma' | 'sentence'>): string {
  let n = createHash('sha256').update(`${entry.lemma}\u001f${entry.sentence}`).digest().readBigUInt64BE(0);
  let guid = '';
  do {
    guid = BASE91[Number(n % 91n)]! + guid;
    n /= 91n;
  } while (n > 0n);
  return guid;
}
