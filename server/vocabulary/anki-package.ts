/**
 * The `.apkg` Anki imports: a zip holding `collection.anki2`, a SQLite database in Anki's legacy
 * schema (version 11, which every Anki since 2.1 imports), and `media` (`{}`: no media files).
 * The database is built in memory with better-sqlite3 and serialized; it is a file format here,
 * not the user's store.
 *
 * The note type is a cloze type of our own: Anki renders `{{cloze:…}}` only in a cloze note type
 * (a basic one would show the raw `{{c1::…}}`), and a cloze note with the single deletion c1 makes
 * exactly one card, the sentence with the word hidden. Its id, the deck's id and every note's GUID
 * are stable, so importing a later export updates the notes instead of duplicating them.
 *
 * @example writeFileSync('words.apkg', ankiPackage(entries))
 */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { strToU8, zipSync } from 'fflate';
import type { VocabularyEntry } from '../schemas.ts';
import { CLOZE_FIELD, DECK_NAME, FIELD_NAMES, NOTE_TYPE_NAME, noteFields, noteGuid, noteTags } from './note-fields.ts';

/** Fixed forever: Anki recognises our note type and deck by these ids across exports. */
export const NOTE_TYPE_ID = 1764063000001;
export const DECK_ID = 1764063000002;

const SCHEMA = `
CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL, ver integer NOT NULL,
  dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL, conf text NOT NULL, models text NOT NULL, decks text NOT NULL,
  dconf text NOT NULL, tags text NOT NULL);
CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL, usn integer NOT NULL,
  tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL, csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL, mod integer NOT NULL,
  usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL, due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL,
  reps integer NOT NULL, lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL,
  flags integer NOT NULL, data text NOT NULL);
CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL, ivl integer NOT NULL,
  lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL, type integer NOT NULL);
CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);`;

const CSS = `.card { font-family: system-ui, sans-serif; font-size: 22px; text-align: center; color: #111; background: #fff; }
.cloze { font-weight: bold; color: #1a56c4; }
.nightMode .cloze { color: #8ab4f8; }
.word { font-size: 26px; } .pos, .source { color: #777; font-size: 16px; } .english { margin-top: 12px; }`;

const QUESTION = '<div class="sentence">{{cloze:Sentence}}</div>';
const ANSWER = `<div class="sentence">{{cloze:Sentence}}</div>
<hr id=answer>
<div class="word">{{Word}} → {{Lemma}}</div>
<div class="pos">{{Part of speech}}</div>
{{#Gloss}}<div class="gloss">{{Gloss}}</div>{{/Gloss}}
{{#English}}<div class="english">{{English}}</div>{{/English}}
{{#Source}}<div class="source">{{Source}}</div>{{/Source}}`;

function noteType(modSeconds: number) {
  return {
    id: NOTE_TYPE_ID,
    name: NOTE_TYPE_NAME,
    type: 1,
    mod: modSeconds,
    usn: -1,
    sortf: 0,
    did: DECK_ID,
    tmpls: [{ name: 'Cloze', ord: 0, qfmt: QUESTION, afmt: ANSWER, bqfmt: '', bafmt: '', did: null }],
    flds: FIELD_NAMES.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] })),
    css: CSS,
    latexPre: '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    latexsvg: false,
    req: [[0, 'any', [CLOZE_FIELD]]],
    tags: [],
    vers: [],
  };
}

function deck(id: number, name: string, modSeconds: number) {
  return {
    id, name, mod: modSeconds, usn: -1, desc: '', dyn: 0, conf: 1, collapsed: false, browserCollapsed: false,
    extendNew: 0, extendRev: 0, newToday: [0, 0], revToday: [0, 0], lrnToday: [0, 0], timeToday: [0, 0],
  };
}

/** Anki's default options group, which the decks point to (the importer keeps the user's own). */
const DECK_OPTIONS = {
  id: 1, name: 'Default', mod: 0, usn: 0, maxTaken: 60, autoplay: true, timer: 0, replayq: true, dyn: false,
  new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 7], order: 1, perDay: 20, separate: true },
  lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
  rev: { bury: false, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, perDay: 200 },
};

/** Anki's field checksum: the first 8 hex digits of SHA-1 of the sort field's text, as a number. */
const checksum = (text: string): number => parseInt(createHash('sha1').update(text).digest('hex').slice(0, 8), 16);

/** Ids Anki wants unique and time-like: the entry's creation time in ms, moved on past any taken. */
function uniqueIds(entries: readonly VocabularyEntry[]): number[] {
  const taken = new Set<number>();
  return entries.map((entry) => {
    let id = Date.parse(entry.createdAt);
    while (taken.has(id)) id++;
    taken.add(id);
    return id;
  });
}

/** The `.apkg` bytes of `entries`, one note (and one card) each, in the order given. */
export function ankiPackage(entries: readonly VocabularyEntry[], now = new Date()): Uint8Array {
  const db = new Database(':memory:');
  try {
    db.exec(SCHEMA);
    const seconds = Math.floor(now.getTime() / 1000);
    const dayStart = Math.floor(new Date(now).setUTCHours(0, 0, 0, 0) / 1000);
    const conf = { activeDecks: [DECK_ID], curDeck: DECK_ID, curModel: String(NOTE_TYPE_ID), newSpread: 0, collapseTime: 1200, timeLim: 0, estTimes: true, dueCounts: true, nextPos: entries.length + 1, sortType: 'noteFld', sortBackwards: false, addToCur: true };
    db.prepare('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)').run(
      dayStart, now.getTime(), now.getTime(), JSON.stringify(conf),
      JSON.stringify({ [NOTE_TYPE_ID]: noteType(seconds) }),
      JSON.stringify({ 1: deck(1, 'Default', seconds), [DECK_ID]: deck(DECK_ID, DECK_NAME, seconds) }),
      JSON.stringify({ 1: DECK_OPTIONS }), '{}',
    );
    const note = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, \'\')');
    const card = db.prepare('INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, \'\')');
    const ids = uniqueIds(entries);
    db.transaction(() => {
      entries.forEach((entry, i) => {
        // An edited entry is newer than the note Anki has, so the import updates it.
        const mod = Math.floor(Date.parse(entry.updatedAt) / 1000);
        note.run(ids[i], noteGuid(entry), NOTE_TYPE_ID, mod, ` ${noteTags(entry).join(' ')} `, noteFields(entry).join('\x1f'), entry.word, checksum(entry.word));
        card.run(ids[i], ids[i], DECK_ID, mod, i + 1);
      });
    })();
    return zipSync({ 'collection.anki2': db.serialize(), media: strToU8('{}') });
  } finally {
    db.close();
  }
}
