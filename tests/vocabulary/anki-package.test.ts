/**
 * The .apkg opened back as Anki opens it: the zip's `collection.anki2` read with better-sqlite3,
 * checked for Anki's legacy schema, our cloze note type, the notes' fields and one card each;
 * GUIDs and ids the same across two exports, so a re-import updates instead of duplicating.
 */
import Database from 'better-sqlite3';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ankiPackage, DECK_ID, NOTE_TYPE_ID } from '../../server/vocabulary/anki-package.ts';
import { noteGuid } from '../../server/vocabulary/note-fields.ts';
import { savedWord, TRICKY } from './fixtures.ts';

function open(apkg: Uint8Array) {
  const files = unzipSync(apkg);
  return { names: Object.keys(files).sort(), media: strFromU8(files.media!), db: new Database(Buffer.from(files['collection.anki2']!)) };
}

const ENTRIES = [savedWord(1), TRICKY];

describe('ankiPackage', () => {
  it('is a zip of collection.anki2 (Anki schema 11) and an empty media map', () => {
    const { names, media, db } = open(ankiPackage(ENTRIES, new Date('2026-03-05T12:00:00Z')));
    expect(names).toEqual(['collection.anki2', 'media']);
    expect(media).toBe('{}');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['cards', 'col', 'graves', 'notes', 'revlog']);
    expect(db.prepare('SELECT id, ver, crt, mod FROM col').get()).toEqual({ id: 1, ver: 11, crt: 1772668800, mod: 1772712000000 });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('holds our cloze note type, with the seven fields in order, and our deck', () => {
    const { db } = open(ankiPackage(ENTRIES));
    const col = db.prepare('SELECT models, decks, conf FROM col').get() as { models: string; decks: string; conf: string };
    const models = JSON.parse(col.models);
    expect(Object.keys(models)).toEqual([String(NOTE_TYPE_ID)]);
    const model = models[NOTE_TYPE_ID];
    expect(model).toMatchObject({ id: NOTE_TYPE_ID, name: 'Vis-à-vis word', type: 1, sortf: 0, did: DECK_ID, req: [[0, 'any', [4]]] });
    expect(model.flds.map((f: { name: string; ord: number }) => [f.ord, f.name])).toEqual([
      [0, 'Word'], [1, 'Lemma'], [2, 'Part of speech'], [3, 'Gloss'], [4, 'Sentence'], [5, 'English'], [6, 'Source'],
    ]);
    expect(model.tmpls).toHaveLength(1);
    expect(model.tmpls[0].qfmt).toBe('<div class="sentence">{{cloze:Sentence}}</div>');
    const decks = JSON.parse(col.decks);
    expect(Object.keys(decks).sort()).toEqual(['1', String(DECK_ID)]);
    expect(decks[DECK_ID]).toMatchObject({ id: DECK_ID, name: 'Vis-à-vis', conf: 1, dyn: 0 });
    expect(JSON.parse(col.conf)).toMatchObject({ curDeck: DECK_ID, curModel: String(NOTE_TYPE_ID) });
  });

  it("writes each word's fields (the sentence as cloze 1, HTML-escaped), tags, checksum, and one new card", () => {
    const { db } = open(ankiPackage(ENTRIES));
    const notes = db.prepare('SELECT id, guid, mid, mod, tags, flds, sfld, csum FROM notes ORDER BY id').all() as Record<string, string | number>[];
    expect(notes).toHaveLength(2);
    expect(notes[0]).toEqual({
      id: 1772445600000, guid: noteGuid(savedWord(1)), mid: NOTE_TYPE_ID, mod: 1772445600, tags: ' vis-a-vis vis-a-vis::learning-2 ',
      flds: ['opéré', 'opérer', 'verb, past participle', 'operate', 'Les industriels ont {{c1::opéré::operate}} un virage.', 'Manufacturers have <b>made</b> a turn.', 'L’industrie'].join('\x1f'),
      sfld: 'opéré',
      // int(sha1('opéré')[:8], 16), as Anki computes its field checksum
      csum: 1_802_047_660,
    });
    // Created in the same millisecond: the second id moves on by one.
    expect(notes[1]!.id).toBe(1772445600001);
    expect((notes[1]!.flds as string).split('\x1f')[4]).toBe('Face à « {{c1::l’Occident}} », il dit: &quot;a&lt;b &amp; &#123;&#123;c2::x&#125;&#125;&quot;, puis rien.');
    const cards = db.prepare('SELECT nid, did, ord, type, queue, due FROM cards ORDER BY nid').all();
    expect(cards).toEqual([
      { nid: 1772445600000, did: DECK_ID, ord: 0, type: 0, queue: 0, due: 1 },
      { nid: 1772445600001, did: DECK_ID, ord: 0, type: 0, queue: 0, due: 2 },
    ]);
    expect(db.prepare('SELECT count(*) FROM revlog').pluck().get()).toBe(0);
  });

  it('gives the same GUIDs and ids on a later export, with the edited note newer', () => {
    const first = open(ankiPackage(ENTRIES, new Date('2026-03-05T12:00:00Z'))).db;
    const edited = [savedWord(1, { gloss: 'carry out', updatedAt: '2026-03-06T08:00:00.000Z' }), TRICKY];
    const second = open(ankiPackage(edited, new Date('2026-03-07T12:00:00Z'))).db;
    const read = (db: Database.Database) => db.prepare('SELECT id, guid, mod FROM notes ORDER BY id').all() as { id: number; guid: string; mod: number }[];
    const [a, b] = [read(first), read(second)];
    expect(b.map((n) => [n.id, n.guid])).toEqual(a.map((n) => [n.id, n.guid]));
    expect(new Set(a.map((n) => n.guid)).size).toBe(2);
    expect(b[0]!.mod).toBeGreaterThan(a[0]!.mod);
    expect(b[1]!.mod).toBe(a[1]!.mod);
  });

  it('writes an empty collection when there is nothing to export', () => {
    const { db } = open(ankiPackage([]));
    expect(db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM col').pluck().get()).toBe(1);
  });
});
