/**
 * Anki's text import format (exact headers, one tab-separated line per note, GUIDs matching the
 * .apkg's) and RFC 4180 CSV (quoting, doubled quotes, CRLF).
 */
import { describe, expect, it } from 'vitest';
import { ankiText } from '../../server/vocabulary/anki-text.ts';
import { noteGuid, partOfSpeech } from '../../server/vocabulary/note-fields.ts';
import { csvField, vocabularyCsv } from '../../server/vocabulary/vocabulary-csv.ts';
import { savedWord, TRICKY } from './fixtures.ts';

describe('ankiText', () => {
  it('starts with the headers Anki reads, then one line of nine tab-separated columns per word', () => {
    const lines = ankiText([savedWord(1), TRICKY]).split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '#separator:tab',
      '#html:true',
      '#notetype:Vis-à-vis word',
      '#deck:Vis-à-vis',
      '#guid column:1',
      '#tags column:9',
      '#columns:GUID\tWord\tLemma\tPart of speech\tGloss\tSentence\tEnglish\tSource\tTags',
    ]);
    expect(lines).toHaveLength(10);
    expect(lines[9]).toBe('');
    expect(lines[7]!.split('\t')).toEqual([
      noteGuid(savedWord(1)), 'opéré', 'opérer', 'verb, past participle', 'operate', 'Les industriels ont {{c1::opéré::operate}} un virage.',
      'Manufacturers have <b>made</b> a turn.', 'L’industrie', 'vis-a-vis vis-a-vis::learning-2',
    ]);
  });

  it('escapes HTML and turns tabs and line breaks inside a field into spaces', () => {
    const columns = ankiText([TRICKY]).split('\n')[7]!.split('\t');
    expect(columns).toHaveLength(9);
    expect(columns[5]).toBe('Face à « {{c1::l’Occident}} », il dit: &quot;a&lt;b &amp; &#123;&#123;c2::x&#125;&#125;&quot;, puis rien.');
    expect(columns[8]).toBe('vis-a-vis vis-a-vis::new');
  });
});

describe('noteGuid', () => {
  it('depends on the lemma and the sentence only, in Anki’s base-91 alphabet', () => {
    const guid = noteGuid(savedWord(1));
    expect(noteGuid(savedWord(9, { gloss: 'other', status: 'known' }))).toBe(guid);
    expect(noteGuid(savedWord(1, { sentence: 'Ils ont opéré.' }))).not.toBe(guid);
    expect(noteGuid(savedWord(1, { lemma: 'opéré' }))).not.toBe(guid);
    expect(guid).toMatch(/^[a-zA-Z0-9!#$%&()*+,\-./:;<=>?@[\]^_`{|}~]{1,11}$/);
  });
});

describe('partOfSpeech', () => {
  it.each([
    ['VERB', { VerbForm: 'Part', Tense: 'Past' }, 'verb, past participle'],
    ['NOUN', { Gender: 'Fem', Number: 'Plur' }, 'noun, feminine plural'],
    ['VERB', { Mood: 'Sub', Tense: 'Pres', Person: '3', Number: 'Sing' }, 'verb, present subjunctive 3rd person singular'],
    ['PROPN', {}, 'proper name'],
    ['XYZ', {}, 'XYZ'],
  ])('%s %o → %s', (upos, features, label) => {
    expect(partOfSpeech(upos, features)).toBe(label);
  });
});

describe('vocabularyCsv', () => {
  it('quotes fields with commas, quotes or line breaks (quotes doubled), ends rows with CRLF', () => {
    const csv = vocabularyCsv([savedWord(1), TRICKY]);
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe('word,lemma,part of speech,gloss,status,sentence,translation,source,note,saved,lookups,reveals');
    expect(rows[1]).toBe(
      'opéré,opérer,"verb, past participle",operate,learning-2,Les industriels ont opéré un virage.,Manufacturers have made a turn.,L’industrie,,2026-03-02T10:00:00.000Z,2,1',
    );
    expect(csv.endsWith(',2026-03-02T10:00:00.000Z,2,1\r\n')).toBe(true);
    expect(csv).toContain('"Face à « l’Occident », il dit: ""a<b & {{c2::x}}"",\tpuis\nrien."');
    expect(csv).toContain(',"virgule, ""guillemets""\nligne 2",');
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['', ''],
  ])('csvField(%j) is %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });
});
