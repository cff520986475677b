/**
 * Reads an NDJSON body (one JSON value per line) as the lines arrive. The one reader of the
 * translate stream, shared by the client, the benchmark and the tests.
 *
 * @example for await (const event of readNdjson<TranslateEvent>(res.body!)) console.log(event.type);
 */
export async function* readNdjson<T>(body: ReadableStream<BufferSource>): AsyncGenerator<T> {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let newline = buffer.indexOf('\n');
      while (newline !== -1) {
        const line = buffer.slice(0, newline).trim();
        buffer = buffer.slice(newline + 1);
        if (line) yield JSON.parse(line) as T;
        newline = buffer.indexOf('\n');
      }
    }
    if (buffer.trim()) yield JSON.parse(buffer) as T;
  } finally {
    // Stopping early (a break in the caller's loop) cancels the stream, and so the server's work.
    await reader.cancel().catch(() => undefined);
  }
}

/** Every value of a complete NDJSON text. */
export function parseNdjson<T>(text: string): T[] {
  return text.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as T);
}
