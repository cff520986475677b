/**
 * Recall and false alarms of the QA rules on a seeded-error set built from the newstest2012 and
 * newstest2013 references in ../shared/eval/alignment/ (absent from a user's clone: then it says
 * so and exits 0).
 *
 * Protocol: documents in file order; a generator seeded per document (FNV-1a of its id) keeps 40 %
 * of them clean and gives each other one error, the kinds taken in turn (the next kind that applies
 * when one cannot): a number changed in the English, an English sentence dropped, a French sentence
 * left untranslated, a name misspelled (a name written the same in both languages: two letters
 * swapped or one dropped), a glossary term replaced, a word doubled. The glossary is the candidate
 * term pairs below that the references themselves keep (the English in at least 95 % of the
 * sentence pairs whose French has the term, over at least 8 pairs). Sentences are aligned as arrays
 * by `alignSegments` (or taken 1-1 from the references with `--gold`), reviewed with the Wiktionary
 * dictionary of ../shared/data when present; a seeded error is found when a flag of its rule, of
 * severity error or warning, sits on the link holding the changed sentence. A clean sentence is a
 * French sentence of a clean document; it is flagged when its link has an error or a warning.
 * `--rounds N` repeats the draw N times with other seeds (round 0 is the protocol above), for a
 * larger set; a document clean in several rounds then counts its sentences once per round.
 *
 * @example npx tsx scripts/eval-qa.ts          # with the aligner
 * @example npx tsx scripts/eval-qa.ts --gold   # with the references' own 1-1 alignment
 * @example npx tsx scripts/eval-qa.ts --rounds 5 --misses 20 --false-alarms 20
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { alignSegments } from '../server/core/align/aligner.ts';
import type { Alignment } from '../server/core/align/alignment.ts';
import { type Dictionary, parseWiktionary } from '../server/core/lexicon/wiktionary.ts';
import type { Flag, GlossaryTerm, QaRule } from '../server/core/qa/flag.ts';
import { englishStem, frenchStem } from '../server/core/qa/glossary.ts';
import { namesIn } from '../server/core/qa/names.ts';
import { englishNumbers, frenchNumbers, sameNumber } from '../server/core/qa/numbers.ts';
import { wordsIn } from '../server/core/qa/pair.ts';
import { reviewAlignment } from '../server/core/qa/review.ts';

const { values } = parseArgs({
  options: {
    gold: { type: 'boolean', default: false },
    'false-alarms': { type: 'string', default: '0' },
    misses: { type: 'string', default: '0' },
    rounds: { type: 'string', default: '1' },
    shared: { type: 'string', default: resolve(import.meta.dirname, '../../shared') },
  },
});

const KINDS = ['number', 'dropped', 'untranslated', 'name', 'glossary', 'doubled'] as const;
type Kind = (typeof KINDS)[number];
const RULE: Record<Kind, QaRule> = { number: 'number', dropped: 'omission', untranslated: 'untranslated', name: 'name', glossary: 'glossary', doubled: 'repetition' };
const CLEAN_SHARE = 0.4;

/** Candidate glossary pairs, each with the English a careless draft might use instead. */
const CANDIDATES: [string, string, string][] = [
  ['gouvernement', 'government', 'administration'], ['entreprise', 'company', 'firm'], ['pays', 'country', 'nation'],
  ['ville', 'city', 'town'], ['économie', 'economy', 'market'], ['police', 'police', 'authorities'], ['enfant', 'child', 'kid'],
  ['hôpital', 'hospital', 'clinic'], ['école', 'school', 'academy'], ['banque', 'bank', 'lender'], ['voiture', 'car', 'vehicle'],
  ['élection', 'election', 'vote'], ['guerre', 'war', 'conflict'], ['loi', 'law', 'statute'], ['juge', 'judge', 'magistrate'],
  ['parlement', 'parliament', 'assembly'], ['santé', 'health', 'wellness'], ['crise', 'crisis', 'turmoil'], ['joueur', 'player', 'athlete'],
  ['équipe', 'team', 'squad'], ['film', 'film', 'movie'], ['livre', 'book', 'volume'], ['musée', 'museum', 'gallery'],
  ['étudiant', 'student', 'pupil'], ['argent', 'money', 'cash'], ['monde', 'world', 'globe'], ['semaine', 'week', 'sennight'],
  ['mois', 'month', 'moon'], ['euro', 'euro', 'currency unit'], ['dollar', 'dollar', 'buck'], ['président', 'president', 'head of state'],
  ['Union européenne', 'European Union', 'European Community'], ['Nations unies', 'United Nations', 'League of Nations'],
  ['Maison Blanche', 'White House', 'Executive Mansion'], ['Banque centrale européenne', 'European Central Bank', 'Eurosystem'],
  ['téléphone', 'phone', 'handset'], ['internet', 'internet', 'web'], ['ministre', 'minister', 'secretary'], ['femme', 'woman', 'lady'],
];

const replacements = new Map(CANDIDATES.map(([, target, other]) => [target, other]));

interface Doc {
  id: string;
  fr: string[];
  en: string[];
}

interface Seeded {
  kind: Kind;
  en: string[];
  /** The French sentence whose link must carry the flag. */
  sentence: number;
}

const dir = join(values.shared, 'eval/alignment');
const sets = ['newstest2012', 'newstest2013'].filter((s) => existsSync(join(dir, `${s}.jsonl`)));
if (!sets.length) {
  console.log(`skipped: ${dir}/newstest2012.jsonl and newstest2013.jsonl absent`);
  process.exit(0);
}
const dictionaryFile = join(values.shared, 'data/wiktionary-fr-en/frwiktionary-20140612-euradicfmt.csv');
const dictionary: Dictionary | undefined = existsSync(dictionaryFile) ? parseWiktionary(readFileSync(dictionaryFile, 'utf8')) : undefined;
const docs: Doc[] = sets.flatMap((set) =>
  readFileSync(join(dir, `${set}.jsonl`), 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const d = JSON.parse(l) as { docid: string; fr: string[]; en: string[] };
    return { id: `${set}/${d.docid}`, fr: d.fr, en: d.en };
  }),
);
const glossary = buildGlossary(docs);

const tally = Object.fromEntries(KINDS.map((k) => [k, { seeded: 0, found: 0 }])) as Record<Kind, { seeded: number; found: number }>;
const falseAlarms = new Map<QaRule, number>();
let cleanSentences = 0;
let cleanFlagged = 0;
let turn = 0;
const misses: string[] = [];
const alarmLines: string[] = [];

const rounds = Number(values.rounds);
for (const [round, doc] of Array.from({ length: rounds }, (_, r) => docs.map((d): [number, Doc] => [r, d])).flat()) {
  const random = generator(round ? `${doc.id}#${round}` : doc.id);
  if (random() < CLEAN_SHARE) {
    const { alignment, flags } = review(doc.fr, doc.en);
    for (let s = 0; s < doc.fr.length; s++) {
      cleanSentences++;
      const link = alignment.links.findIndex((l) => l.source.includes(s));
      const alarms = flags.filter((f) => f.link === link && f.severity !== 'info');
      const rules = new Set(alarms.map((f) => f.rule));
      if (rules.size) cleanFlagged++;
      if (rules.size) alarmLines.push(`${alarms.map((f) => f.message).join(' / ')} — ${doc.fr[s]} ||| ${alignment.links[link]!.draft.map((d) => doc.en[d]).join(' ')}`);
      for (const rule of rules) falseAlarms.set(rule, (falseAlarms.get(rule) ?? 0) + 1);
    }
    continue;
  }
  let seeded: Seeded | undefined;
  for (let k = 0; k < KINDS.length && !seeded; k++) seeded = seed(KINDS[(turn + k) % KINDS.length]!, doc, random, round);
  turn++;
  if (!seeded) continue;
  tally[seeded.kind].seeded++;
  const { alignment, flags } = review(doc.fr, seeded.en, seeded.kind === 'dropped' ? seeded.sentence : -1);
  const link = alignment.links.findIndex((l) => l.source.includes(seeded.sentence));
  if (flags.some((f) => f.link === link && f.rule === RULE[seeded.kind] && f.severity !== 'info')) tally[seeded.kind].found++;
  else misses.push(`${seeded.kind} ${doc.id} #${seeded.sentence} ${changed(doc.en[seeded.sentence]!, seeded.en[seeded.sentence] ?? '')}: ${doc.fr[seeded.sentence]} ||| ${seeded.kind === 'dropped' ? '(dropped)' : seeded.en[seeded.sentence]}`);
}

console.log(`QA on the seeded newstest set (${docs.length} documents × ${rounds} round${rounds > 1 ? 's' : ''}, ${values.gold ? 'gold 1-1 alignment' : 'alignSegments'}, dictionary ${dictionary ? 'on' : 'absent'}, glossary of ${glossary.length} terms)\n`);
console.log('kind          seeded  found  recall');
for (const kind of KINDS) {
  const { seeded, found } = tally[kind];
  console.log(`${kind.padEnd(13)} ${String(seeded).padStart(6)} ${String(found).padStart(6)}  ${seeded ? (found / seeded).toFixed(3) : '-'}`);
}
console.log(`\nclean sentences ${cleanSentences}, flagged ${cleanFlagged}, rate ${((100 * cleanFlagged) / cleanSentences).toFixed(2)} %`);
console.log(`false alarms by rule (clean sentences): ${[...falseAlarms].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}`);
for (const miss of misses.slice(0, Number(values.misses))) console.log(`  missed ${miss}`);
for (const alarm of alarmLines.slice(0, Number(values['false-alarms']))) console.log(`  false alarm: ${alarm}`);

/** The words of the seeded sentence that the reference does not have, to show what was changed. */
function changed(reference: string, seededSentence: string): string {
  const before = new Set(reference.split(/\s+/));
  return `[${seededSentence.split(/\s+/).filter((w) => !before.has(w)).join(' ')}]`;
}

function review(fr: string[], en: string[], dropped = -1): { alignment: Alignment; flags: Flag[] } {
  const alignment = values.gold ? goldAlignment(fr, en, dropped) : alignSegments(fr, en, { dictionary });
  return { alignment, flags: reviewAlignment({ sourceText: fr.join('\n'), draftText: en.join('\n'), alignment, glossary, dictionary }) };
}

/** Sentence arrays as joined texts, linked 1-1 (a sentence missing from the draft as 1-0). */
function goldAlignment(fr: string[], en: string[], dropped: number): Alignment {
  const spans = (items: string[]) => {
    let at = 0;
    return items.map((s) => ({ start: at, end: (at += s.length + 1) - 1 }));
  };
  const links = fr.map((_, i) => ({ source: [i], draft: i === dropped ? [] : [i < dropped || dropped < 0 ? i : i - 1] }));
  return { source: spans(fr), draft: spans(en), links };
}

function seed(kind: Kind, doc: Doc, random: () => number, round: number): Seeded | undefined {
  const key = round ? `${doc.id}#${round}` : doc.id;
  const order = doc.fr.map((_, i) => i).sort((a, b) => hash(`${key}${kind}${a}`) - hash(`${key}${kind}${b}`));
  for (const i of order) {
    const en = [...doc.en];
    const fr = doc.fr[i]!;
    const sentence = en[i]!;
    if (kind === 'dropped' && doc.en.length >= 3) {
      en.splice(i, 1);
      return { kind, en, sentence: i };
    }
    if (kind === 'untranslated' && fr.split(/\s+/).length >= 6) {
      en[i] = fr;
      return { kind, en, sentence: i };
    }
    if (kind === 'number') {
      const french = frenchNumbers(fr, { start: 0, end: fr.length });
      const target = englishNumbers(sentence, { start: 0, end: sentence.length }).find((e) => /^\d/.test(e.raw) && !e.time && french.some((f) => sameNumber(f, e)));
      if (!target) continue;
      const digit = target.raw.search(/\d(?=\D*$)/);
      const at = target.start + digit;
      en[i] = `${sentence.slice(0, at)}${(Number(sentence[at]) + 3) % 10}${sentence.slice(at + 1)}`;
      return { kind, en, sentence: i };
    }
    if (kind === 'name') {
      const name = namesIn(fr, 0, fr.length).find((n) => n.text.length >= 4 && /^\p{L}+$/u.test(n.text) && wordPattern(n.text).test(sentence));
      if (!name) continue;
      const p = 1 + Math.floor(random() * (name.text.length - 2));
      const typo = random() < 0.5 ? `${name.text.slice(0, p)}${name.text[p + 1]}${name.text[p]}${name.text.slice(p + 2)}` : `${name.text.slice(0, p)}${name.text.slice(p + 1)}`;
      if (typo === name.text) continue;
      en[i] = sentence.replace(wordPattern(name.text), typo);
      return { kind, en, sentence: i };
    }
    if (kind === 'glossary') {
      for (const term of glossary) {
        if (!locate(fr, term.source, frenchStem) || !locate(sentence, term.target, englishStem)) continue;
        let replaced = sentence;
        for (let target = locate(replaced, term.target, englishStem); target; target = locate(replaced, term.target, englishStem)) {
          replaced = `${replaced.slice(0, target.start)}${replacements.get(term.target)}${replaced.slice(target.end)}`;
        }
        en[i] = replaced;
        return { kind, en, sentence: i };
      }
    }
    if (kind === 'doubled') {
      const words = wordsIn(sentence, { start: 0, end: sentence.length }).filter((w) => /^\p{L}+$/u.test(w.text));
      if (words.length < 4) continue;
      const w = words[Math.floor(random() * words.length)]!;
      en[i] = `${sentence.slice(0, w.end)} ${w.text}${sentence.slice(w.end)}`;
      return { kind, en, sentence: i };
    }
  }
  return undefined;
}


/** The range of a term's words in a sentence, matched by stems. */
function locate(text: string, term: string, stem: (w: string) => string): { start: number; end: number } | undefined {
  const words = wordsIn(text, { start: 0, end: text.length });
  const wanted = (term.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map(stem);
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (wanted.every((w, k) => stem(words[i + k]!.text) === w)) return { start: words[i]!.start, end: words[i + wanted.length - 1]!.end };
  }
  return undefined;
}

/** The word alone, not inside a longer one. */
function wordPattern(word: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'u');
}

function buildGlossary(all: Doc[]): GlossaryTerm[] {
  return CANDIDATES.filter(([source, target]) => {
    let pairs = 0;
    let kept = 0;
    for (const doc of all) {
      doc.fr.forEach((fr, i) => {
        if (!locate(fr, source, frenchStem)) return;
        pairs++;
        if (locate(doc.en[i]!, target, englishStem)) kept++;
      });
    }
    return pairs >= 8 && kept / pairs >= 0.95;
  }).map(([source, target]) => ({ source, target }));
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** mulberry32, seeded by the document id. */
function generator(id: string): () => number {
  let state = hash(id);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
