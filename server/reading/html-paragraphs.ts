/**
 * Readability's content as paragraphs: every text node in exactly one, in document order, a
 * block's own text around its child blocks included; `<br><br>` splits a paragraph.
 */
import type { ParagraphKind } from '../schemas.ts';
import { isPromo } from '../core/text/boilerplate.ts';
import { BLOCK, BLOCK_KIND, ELEMENT_NODE, INVISIBLE, SEPARATOR, SEPARATORS_START, SKIP, TEXT_NODE, collapse, shortText, walk } from './html-dom.ts';
import { type Dateline } from './page-facts.ts';

export interface RawParagraph {
  text: string;
  kind: ParagraphKind;
  /** Characters of the paragraph inside links. */
  links: number;
}

/** Gathers text into paragraphs: a block ends one, `<br>` ends a line, `<br><br>` a paragraph. */
class ParagraphWriter {
  readonly paragraphs: RawParagraph[] = [];
  /** Whether any text stood inside an element of the content, not loose in its wrapper. */
  nested = false;
  /** The marker of the list item whose first text comes next (`• `, `2. `). */
  marker = '';
  private lines: string[] = [''];
  private kind: ParagraphKind = 'body';
  private started = false;
  private links = 0;
  private breaks = 0;
  private trimLead = false;

  write(data: string, kind: ParagraphKind, inLink: boolean, depth: number): void {
    let text = data.replace(INVISIBLE, '');
    if (this.trimLead && !this.started) text = text.replace(SEPARATORS_START, '');
    if (!/\S/.test(text)) {
      // Spaces between inline elements separate words; at a line's edge they are nothing.
      if (this.started && this.breaks === 0) this.lines[this.lines.length - 1] += text;
      return;
    }
    if (this.started && this.breaks >= 2) this.end();
    else if (this.started && this.breaks === 1) this.lines.push('');
    this.breaks = 0;
    if (!this.started) {
      this.started = true;
      this.trimLead = false;
      this.kind = kind;
      this.lines[0] = this.marker;
      this.marker = '';
    }
    this.lines[this.lines.length - 1] += text;
    if (inLink) this.links += text.length;
    if (depth > 1) this.nested = true;
  }

  br(): void {
    if (this.started) this.breaks++;
  }

  /** Ends the paragraph; `cut`: a `<time>` splits it, and separators left at the cut go. */
  end(cut = false): void {
    if (this.started) {
      let text = this.lines.map(collapse).filter(Boolean).join('\n');
      // A loop, not `/[…]+$/`: that regex retries from every separator of a long run (quadratic).
      if (cut) {
        let end = text.length;
        while (end > 0 && SEPARATOR.test(text[end - 1]!)) end--;
        text = text.slice(0, end);
      }
      if (text) this.paragraphs.push({ text, kind: this.kind, links: this.links });
    }
    this.lines = [''];
    this.started = false;
    this.links = 0;
    this.breaks = 0;
    this.trimLead = cut;
  }
}

/** The paragraphs of Readability's content, the page's dateline `<time>` as one of its own. */
export function paragraphsOf(root: Element, dateline: Dateline | null): { paragraphs: RawParagraph[]; nested: boolean } {
  const out = new ParagraphWriter();
  const kinds: ParagraphKind[] = ['body'];
  const lists: { ordered: boolean; next: number }[] = [];
  let depth = 0;
  let links = 0;
  let datelineSeen = false;
  const isDateline = (time: Element): boolean =>
    !!dateline && (time.getAttribute('datetime') ?? '') === dateline.datetime && (!!dateline.datetime || shortText(time, 80) === dateline.text);
  walk(
    root,
    (node) => {
      if (node.nodeType === TEXT_NODE) {
        out.write((node as Text).data, kinds.at(-1)!, links > 0, depth);
        return false;
      }
      if (node.nodeType !== ELEMENT_NODE) return false;
      const element = node as Element;
      const name = element.localName;
      if (SKIP.has(name)) return false;
      if (name === 'br') {
        out.br();
        return false;
      }
      if (name === 'time' && !datelineSeen && isDateline(element)) {
        datelineSeen = true;
        out.end(true);
        out.write(dateline!.text, 'dateline', false, depth + 1);
        out.end(true);
        return false;
      }
      depth++;
      if (name === 'a') links++;
      if (BLOCK.has(name)) {
        out.end();
        kinds.push(BLOCK_KIND[name] ?? kinds.at(-1)!);
      }
      if (name === 'ul' || name === 'ol') lists.push({ ordered: name === 'ol', next: Number(element.getAttribute('start')) || 1 });
      if (name === 'li') {
        const list = lists.at(-1);
        out.marker = list?.ordered ? `${list.next++}. ` : '• ';
      }
      return true;
    },
    (element) => {
      const name = element.localName;
      depth--;
      if (name === 'a') links--;
      if (BLOCK.has(name)) {
        out.end();
        kinds.pop();
      }
      if (name === 'ul' || name === 'ol') lists.pop();
    },
  );
  out.end();
  // An `À lire aussi » <a>…</a>` line promotes another article.
  return { paragraphs: out.paragraphs.filter((p) => !(p.links > 0 && isPromo(p.text))), nested: out.nested };
}

