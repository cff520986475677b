/**
 * The role of each paragraph in a plain-text news article, from general cues: position, length,
 * final punctuation, "Par …", dates, photo credits, a leading dash, list markers, the site's own
 * lines (`À lire aussi`, a call to subscribe), a closing appeal.
 */

import type { ParagraphKind } from '../../schemas.ts';
import { isAppeal, isPromo, isRelatedHeading } from './boilerplate.ts';
import { FINAL_STOP, UNIT_END } from './punctuation.ts';

export type { ParagraphKind };

const MONTHS = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
const DATE = new RegExp(`\\b\\d{1,2}(?:er)?\\s+(?:${MONTHS})\\s+\\d{4}\\b|\\b\\d{1,2}([/.])\\d{1,2}\\1\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`, 'iu');
// `\b` is ASCII-only even with the u flag: letters are bounded by look-arounds instead.
const DATELINE_PHRASES = /(?<!\p{L})(?:publié|publiée|mis à jour|mise à jour|modifié|actualisé|updated|le|à|et|il y a|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|heures?|h|min)(?!\p{L})/giu;
const BYLINE = /^(?:par|de notre (?:envoyé|envoyée|correspondant|correspondante)|propos recueillis par|texte|by)\s+\S/iu;
const AGENCY_ONLY = /^(?:avec\s+)?(?:AFP|Reuters|AP|Belga|ATS|La Presse canadienne)(?:\s*\/\s*\S+)?$/u;
const CREDIT = /(?:^|[\s(])(?:photo|photos|crédit|crédits|illustration|image|©)\s*(?:de|:|©)?|\/\s*(?:AFP|Reuters|AP|EPA|Getty)|via Getty Images|\b(?:AFP|Reuters) PHOTO\b/iu;
const CREDIT_START = /^(?:photo|photos|crédit|crédits|illustration|image|©|source)(?!\p{L})/iu;
const LEADING_DASH = /^[-–—•]\s*\p{Lu}/u;
/** A list item's marker: a bullet, a number or letter (`1.`, `2)`, `a)`), or a dash. */
const BULLET = /^[•·▪►*]/u;
const NUMBERED = /^(?:\d{1,3}[.)]|[a-z]\))\s/u;
const DASH = /^[-–—]/u;
const APPEAL = /(?<!\p{L})(?:soutenez|soutenir|abonnez|abonnement|abonnés|faire un don|faites un don|nous aider|votre soutien|newsletter|partagez|inscrivez-vous|téléchargez notre application)(?!\p{L})/iu;

export interface KindInput {
  text: string;
  sentences: string[];
}

function isDateline(text: string): boolean {
  if (text.length > 120 || !DATE.test(text)) return false;
  // Nothing but dates, times and the words that frame them.
  const rest = text
    .replace(new RegExp(DATE.source, 'giu'), ' ')
    .replace(/\b\d{1,2}\s?[:h]\s?\d{2}\b/giu, ' ')
    .replace(DATELINE_PHRASES, ' ');
  return /^[\s\d:.,/|()–—-]*$/u.test(rest);
}

function isByline(text: string): boolean {
  return text.length <= 120 && !FINAL_STOP.test(text) && (BYLINE.test(text) || AGENCY_ONLY.test(text));
}

function isCredit(text: string): boolean {
  return text.length <= 160 && CREDIT_START.test(text) && CREDIT.test(text);
}

/** One short sentence without a final stop; a line ending in `:` or `;` introduces what follows. */
function isShortUnit(p: KindInput): boolean {
  return p.sentences.length === 1 && p.text.length <= 160 && !UNIT_END.test(p.text);
}

/**
 * A bullet or a number always marks a list item. A dash also opens dialogue (`— Tu viens ?`), so a
 * dashed line is an item when it is no sentence, or when a lead-in (`… :`) or an item precedes it.
 */
function isItem(p: KindInput, previous: KindInput | undefined, previousIsItem: boolean): boolean {
  if (BULLET.test(p.text) || NUMBERED.test(p.text)) return true;
  if (!DASH.test(p.text)) return false;
  return !FINAL_STOP.test(p.text) || previousIsItem || (!!previous && /:\s*$/u.test(previous.text));
}

/** The site's own lines: a promotion of another article, the heading of a related list, a call to
 * share or subscribe, short wherever they stand. */
function isSiteLine(p: KindInput): boolean {
  if (p.text.length > 300 || p.sentences.length > 3) return false;
  return isPromo(p.text) || isRelatedHeading(p.text) || isAppeal(p.text);
}

/** A photo caption: a leading dash and a credit, or a short text that ends on its credit. */
function isCaption(p: KindInput): boolean {
  if (LEADING_DASH.test(p.text) && CREDIT.test(p.text)) return true;
  const last = p.sentences.at(-1) ?? '';
  return p.sentences.length >= 2 && p.sentences.length <= 3 && p.text.length <= 400 && isCredit(last);
}

/** The closing appeal: from the earliest appeal to readers in the article's trailing run of short
 * units and appeals, to the end. */
function asideStart(paragraphs: KindInput[]): number {
  let start = paragraphs.length;
  for (let i = paragraphs.length - 1; i > 0; i--) {
    const p = paragraphs[i]!;
    if (APPEAL.test(p.text)) start = i;
    else if (!isShortUnit(p)) break;
  }
  return start;
}

/**
 * @example classifyParagraphs([{text: 'Titre', sentences: ['Titre']}, {text: 'Par Jean Dupont', sentences: ['Par Jean Dupont']}])
 * // ['title', 'byline']
 */
export function classifyParagraphs(paragraphs: KindInput[]): ParagraphKind[] {
  const aside = asideStart(paragraphs);
  let seenBody = false;
  const kinds: ParagraphKind[] = [];
  // A related list's heading, then its headlines: short lines without a final stop.
  let related = false;
  for (const [i, p] of paragraphs.entries()) {
    related = isRelatedHeading(p.text) || (related && isShortUnit(p));
    let kind: ParagraphKind;
    if (i >= aside || related || isSiteLine(p)) kind = 'aside';
    else if (isDateline(p.text)) kind = 'dateline';
    else if (isByline(p.text)) kind = 'byline';
    else if (isCredit(p.text)) kind = 'credit';
    else if (isCaption(p)) kind = 'caption';
    else if (isItem(p, paragraphs[i - 1], kinds[i - 1] === 'item')) kind = 'item';
    else if (isShortUnit(p)) kind = !seenBody && i === 0 ? 'title' : 'heading';
    else {
      seenBody = true;
      kind = 'body';
    }
    kinds.push(kind);
  }
  return kinds;
}
