import { describe, expect, it } from 'vitest';
import { decodePage } from '../../server/import/charset.ts';

/** windows-1252 bytes: latin-1, plus the letters latin-1 lacks that French uses. */
const cp1252 = (text: string): Buffer =>
  Buffer.from([...text].map((ch) => ({ '’': 0x92, 'œ': 0x9c, '€': 0x80, '…': 0x85 })[ch] ?? ch.charCodeAt(0)));

const FRENCH = 'Le cœur de l’été coûte 5 € à Noël…';

describe('decodePage', () => {
  it.each([
    ['UTF-8 bytes, nothing declared', Buffer.from(FRENCH, 'utf8'), 'text/html', FRENCH],
    ['windows-1252 bytes, nothing declared', cp1252(FRENCH), 'text/html', FRENCH],
    ['latin-1 bytes named by the header', Buffer.from("Un café à l'été", 'latin1'), 'text/html; charset=ISO-8859-1', "Un café à l'été"],
    ['windows-1252 bytes named by the header', cp1252(FRENCH), 'text/plain; charset="windows-1252"', FRENCH],
    ['windows-1252 bytes the server calls UTF-8', cp1252(FRENCH), 'text/html; charset=utf-8', FRENCH],
    ['an unknown charset label, UTF-8 bytes', Buffer.from(FRENCH, 'utf8'), 'text/html; charset=x-klingon', FRENCH],
    ['an unknown charset label, windows-1252 bytes', cp1252(FRENCH), 'text/html; charset=x-klingon', FRENCH],
    ['no Content-Type at all', cp1252(FRENCH), undefined, FRENCH],
  ])('decodes %s', (_name, bytes, contentType, expected) => {
    expect(decodePage(bytes, contentType)).toBe(expected);
  });

  it.each([
    ['<meta charset>', '<meta charset="iso-8859-1">'],
    ['<meta charset> without quotes', '<META CHARSET=latin1>'],
    ['<meta http-equiv>', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'],
  ])('reads the charset a page declares in a %s', (_name, meta) => {
    const page = `<!doctype html><html><head>${meta}<title>Été</title></head><body><p>${FRENCH}</p></body></html>`;
    expect(decodePage(cp1252(page), 'text/html')).toBe(page);
  });

  it('reads the encoding of an XML declaration (ISO-8859-15 has € at 0xA4)', () => {
    const bytes = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-15"?><p>5 '), Buffer.from([0xa4]), Buffer.from('</p>')]);
    expect(decodePage(bytes, 'application/xhtml+xml')).toBe('<?xml version="1.0" encoding="ISO-8859-15"?><p>5 €</p>');
  });

  it('prefers the header to the markup', () => {
    const page = `<meta charset="windows-1252"><p>${FRENCH}</p>`;
    expect(decodePage(Buffer.from(page, 'utf8'), 'text/html; charset=utf-8')).toBe(page);
  });

  it('prefers a byte-order mark to the header, and drops it', () => {
    expect(decodePage(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH)]), 'text/html; charset=iso-8859-1')).toBe(FRENCH);
    expect(decodePage(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FRENCH, 'utf16le')]), 'text/plain')).toBe(FRENCH);
  });

  it('reads markup that says UTF-16 as UTF-8: markup readable as ASCII is not UTF-16', () => {
    const page = `<meta charset="utf-16"><p>${FRENCH}</p>`;
    expect(decodePage(Buffer.from(page, 'utf8'), 'text/html')).toBe(page);
  });

  it('maps 0x80–0x9F as the WHATWG windows-1252 index does (Node’s own decoder reads them as latin-1)', () => {
    const bytes = Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i));
    // prettier-ignore
    const index = [0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
      0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178];
    expect([...decodePage(bytes, 'text/plain; charset=windows-1252')].map((ch) => ch.codePointAt(0))).toEqual(index);
  });
});
