/**
 * A drop-in for LibreTranslate clients, mounted at /libretranslate: GET /languages, POST /translate,
 * POST /detect, with its field names, its JSON or form bodies and its error shape `{error: "…"}`
 * (400, 403, 429 with Retry-After, 500). The same reading service, cache, keys and limits as /api.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { admitKey, type Access } from '../access/gate.ts';
import { bearerToken } from '../access/api-keys.ts';
import { AppError, QueueFullError, RateLimitedError, TextTooLongError, UnauthorizedError } from '../errors.ts';
import { htmlText } from '../libretranslate/html-text.ts';
import { checkPair, detectLanguage, LANGUAGES, type Detection } from '../libretranslate/languages.ts';
import { apiKeyOf, readFields, textsOf, translateParams } from '../libretranslate/request.ts';
import { translateTexts } from '../libretranslate/text-translation.ts';
import type { ReadingService } from '../reading/reading-service.ts';

export interface LibreDeps {
  reading: ReadingService;
  access: Access;
}

const FORM = /^(?:application\/x-www-form-urlencoded|multipart\/form-data)/i;

/** Checks the key (Bearer header or `api_key` field) and counts the request; its index, if any. */
function admit(c: Context, access: Access, fields: Record<string, unknown>): number | undefined {
  const header = c.req.header('authorization');
  return admitKey(access, (header === undefined ? undefined : bearerToken(header)) ?? apiKeyOf(fields));
}

function charge(access: Access, id: number | undefined, texts: readonly string[]): void {
  if (id !== undefined) access.limiter.charge(id, texts.reduce((n, t) => n + t.length, 0));
}

/** LibreTranslate's statuses: 403 a wrong key, 429 slow down, 500 a failure of ours, 400 the rest. */
function libreError(error: unknown): { status: 400 | 403 | 429 | 500; message: string; retryAfter?: number } {
  if (error instanceof UnauthorizedError) {
    return error.presented ? { status: 403, message: 'Invalid API key' } : { status: 400, message: 'Please contact the server operator to get an API key' };
  }
  if (error instanceof RateLimitedError || error instanceof QueueFullError) {
    return { status: 429, message: `Slowdown: ${error.message}`, retryAfter: error.retryAfterSeconds };
  }
  if (error instanceof AppError) {
    const ours = ['MODEL_UNAVAILABLE', 'MODEL_FAILED', 'INTERNAL', 'CONFIG_INVALID', 'SHUTTING_DOWN', 'STORAGE_FULL', 'STORAGE_UNAVAILABLE'];
    return ours.includes(error.code) ? { status: 500, message: `Cannot translate text: ${error.message}` } : { status: 400, message: error.message };
  }
  console.error(error);
  return { status: 500, message: 'Cannot translate text: something failed inside the server; see its log.' };
}

export function libreTranslateRoutes({ reading, access }: LibreDeps) {
  const app = new Hono();
  app.onError((error, c) => {
    const { status, message, retryAfter } = libreError(error);
    if (retryAfter !== undefined) c.header('Retry-After', String(retryAfter));
    return c.json({ error: message }, status);
  });
  app.notFound((c) => c.json({ error: `Not found: ${c.req.method} ${c.req.path}` }, 404));
  app.use(
    '*',
    bodyLimit({
      // A batch of texts: the characters as UTF-8, plus the JSON or form encoding around them.
      maxSize: reading.limits.maxChars * 3 + 65_536,
      onError: () => {
        throw new TextTooLongError(reading.limits.maxChars);
      },
    }),
  );

  app.get('/languages', (c) => c.json(LANGUAGES));

  app.post('/detect', async (c) => {
    const fields = await readFields(c);
    const id = admit(c, access, fields);
    const q = textsOf(fields, FORM.test(c.req.header('content-type') ?? ''));
    charge(access, id, [q].flat());
    const detections: Detection[] = [detectLanguage([q].flat().join('\n'))];
    return c.json(detections);
  });

  app.post('/translate', async (c) => {
    const fields = await readFields(c);
    const id = admit(c, access, fields);
    const params = translateParams(fields, FORM.test(c.req.header('content-type') ?? ''));
    const texts = [params.q].flat();
    charge(access, id, texts);
    const pages = params.format === 'html' ? texts.map(htmlText) : undefined;
    const readable = pages ? pages.map((p) => p.texts.join('\n')) : texts;
    const detected = params.source === 'auto' ? readable.map(detectLanguage) : undefined;
    for (const source of detected?.map((d) => d.language) ?? [params.source]) checkPair(source, params.target);

    const english = pages
      ? await translatePages(reading, pages, c.req.raw.signal)
      : await translateTexts(reading, texts, c.req.raw.signal);
    const one = !Array.isArray(params.q);
    const alternatives =
      params.alternatives > 0 && !pages ? await Promise.all(texts.map((text, i) => alternativesOf(reading, text, english[i]!, params.alternatives, c.req.raw.signal))) : undefined;
    return c.json({
      translatedText: one ? english[0] : english,
      ...(params.alternatives > 0 ? { alternatives: one ? (alternatives?.[0] ?? []) : (alternatives ?? english.map(() => [])) } : {}),
      ...(detected ? { detectedLanguage: one ? detected[0] : detected } : {}),
    });
  });
  return app;
}

/** Longest text given other wordings: the beam search is for a sentence or two, not an article. */
const ALTERNATIVES_MAX_CHARS = 2000;

/** Up to `n` other translations of a text, from the beam search's n-best list, the one given left out. */
async function alternativesOf(reading: ReadingService, text: string, given: string, n: number, signal: AbortSignal): Promise<string[]> {
  if (!text.trim() || text.length > ALTERNATIVES_MAX_CHARS) return [];
  const found = await reading.alternatives(text.trim(), Math.min(n + 1, 8), signal);
  return found.map((a) => a.translation).filter((t) => t !== given).slice(0, n);
}

/** Every page's text nodes in one translation, then each page written back. */
async function translatePages(reading: ReadingService, pages: ReturnType<typeof htmlText>[], signal: AbortSignal): Promise<string[]> {
  const english = await translateTexts(reading, pages.flatMap((p) => p.texts), signal);
  let next = 0;
  return pages.map((page) => page.write(english.slice(next, (next += page.texts.length))));
}
