/**
 * What a news site adds around an article, told from its words: promotions of other articles
 * (`À lire aussi » …`), the heading of a related-articles list, calls to share or subscribe. Used on
 * plain text (to label these lines `aside`) and on HTML (to drop them before they become text).
 */

/** A promotion of another article opening a line: the lead words (`Lire aussi`, `Lire :`), then
 * usually its headline. */
const PROMO =
  /^[\s►▶▸>→»•*-]*(?:(?:à|a) lire (?:aussi|également|encore)|lire (?:aussi|également|la suite)|(?:à|a) voir (?:aussi|également)|voir aussi|(?:à|a) (?:découvrir|écouter|regarder) (?:aussi|également)|sur le même sujet|(?:(?:à|a) )?(?:lire|voir)(?=\s*:))(?!\p{L})/iu;

/** The whole heading of a list of other articles. */
const RELATED_HEADING = new RegExp(
  `^(?:${[
    '(?:à|a) lire (?:aussi|également|encore)',
    'lire (?:aussi|également)',
    '(?:à|a) voir (?:aussi|également)',
    'voir aussi',
    '(?:à|a) découvrir(?: aussi| également)?',
    'sur le même (?:sujet|thème)',
    'dans la même rubrique',
    '(?:nos |les |d[’\']autres |autres )?articles? (?:similaires|liés|associés|recommandés|en lien)',
    '(?:vous )?(?:aimerez|pourriez aimer|aimerez peut-être) aussi',
    'les plus (?:lus|partagés|commentés)',
    '(?:nos |les )?derni(?:ers|ères) (?:articles|actualités|infos)',
    'pour aller plus loin',
    'related(?: articles| posts| stories)?',
  ].join('|')})\\s*[:»›>]?$`,
  'iu',
);

/** A call to the reader, in the imperative or as the site's own words, never an article's. */
const APPEAL =
  /(?<!\p{L})(?:abonnez-vous|inscrivez-vous|soutenez-nous|suivez-nous|rejoignez-nous|partagez cet article|partager cet article|partager sur|téléchargez (?:notre|l[’']) ?application|faites un don|je m[’']abonne|je m[’']inscris|s[’']abonner|cet article vous est offert|réservé aux abonnés)(?!\p{L})|^partager\s*:?$/iu;

/**
 * @example isPromo('À lire aussi » Les bassins ferment') // true
 * @example isPromo('Il faut lire aussi le rapport.')     // false
 */
export function isPromo(text: string): boolean {
  return PROMO.test(text);
}

/**
 * @example isRelatedHeading('Articles similaires') // true
 * @example isRelatedHeading('Sur le même sujet :') // true
 */
export function isRelatedHeading(text: string): boolean {
  // Markup indents a heading's text: room for that, and nothing to trim in a long text.
  if (text.length > 200) return false;
  const heading = text.trim();
  return heading.length <= 60 && RELATED_HEADING.test(heading);
}

/**
 * @example isAppeal('Cet article vous est offert. Abonnez-vous pour tout lire.') // true
 * @example isAppeal('Le journal compte 200 000 abonnés.')                         // false
 */
export function isAppeal(text: string): boolean {
  return APPEAL.test(text);
}
