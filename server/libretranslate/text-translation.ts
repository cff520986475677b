/**
 * Translates short texts (LibreTranslate's `q`, the text nodes of an HTML fragment) through the
 * reading service, all in one admitted translation: the same engine, batches, cache and queue as
 * /api/translate. Each text is segmented into sentences; each sentence is replaced by its
 * translation and everything between sentences (spaces, line breaks) is kept as it was.
 */
import { segmentArticle } from '../core/text/article.ts';
import { looksFrench, languageShares } from '../core/text/language.ts';
import { NotFrenchError, TextTooLongError } from '../errors.ts';
import { checkText } from '../reading/input.ts';
import type { PreparedArticle, SentenceRef } from '../reading/prepare.ts';
import type { ReadingService } from '../reading/reading-service.ts';
import type { SegmentedParagraph } from '../schemas.ts';

/** Where each sentence of the combined article came from. */
interface Place {
  piece: number;
  start: number;
  end: number;
}

/** Texts are joined by a blank line, so no sentence or paragraph runs from one into the next. */
const JOIN = '\n\n';

/**
 * The English of each text, in order; blank texts stay as they are. Fails as /api/translate does
 * (TEXT_TOO_LONG, BINARY_TEXT, NOT_FRENCH, MODEL_UNAVAILABLE, QUEUE_FULL) before anything runs.
 *
 * @example await translateTexts(reading, ['Bonjour.', 'Il part.\nElle reste.']) // ['Hello.', 'He leaves.\nShe stays.']
 */
export async function translateTexts(reading: ReadingService, texts: readonly string[], signal?: AbortSignal): Promise<string[]> {
  const total = texts.reduce((n, t) => n + t.length, 0);
  if (total > reading.limits.maxChars) throw new TextTooLongError(reading.limits.maxChars, total);

  const paragraphs: SegmentedParagraph[] = [];
  const sentences: SentenceRef[] = [];
  const places: Place[] = [];
  let base = 0;
  texts.forEach((text, piece) => {
    if (text.trim() !== '') {
      checkText(text, reading.limits.maxChars);
      if (!looksFrench(text)) {
        const shares = languageShares(text);
        throw new NotFrenchError(shares.english > shares.french);
      }
      for (const p of segmentArticle(text)) {
        const paragraph = paragraphs.length;
        paragraphs.push({ start: base + p.start, end: base + p.end, kind: p.kind, sentences: p.sentences.map((s) => ({ start: base + s.start, end: base + s.end })) });
        p.sentences.forEach((s, sentence) => {
          sentences.push({ paragraph, sentence, text: text.slice(s.start, s.end) });
          places.push({ piece, start: s.start, end: s.end });
        });
      }
    }
    base += text.length + JOIN.length;
  });
  if (sentences.length === 0) return [...texts];

  const article: PreparedArticle = { paragraphs, source: texts.join(JOIN), sentences };
  const translated = await (await reading.begin(article)).run({ signal, firstBatch: 0 });
  const english = new Map(translated.map((t) => [`${t.paragraph}:${t.sentence}`, t.translation]));

  // Each text rebuilt from its end, so that earlier offsets stay valid.
  const out = [...texts];
  for (let i = sentences.length - 1; i >= 0; i--) {
    const { paragraph, sentence } = sentences[i]!;
    const { piece, start, end } = places[i]!;
    const text = out[piece]!;
    out[piece] = text.slice(0, start) + (english.get(`${paragraph}:${sentence}`) ?? '') + text.slice(end);
  }
  return out;
}
