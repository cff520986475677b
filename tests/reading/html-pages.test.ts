/**
 * Hand-written pages (tests/fixtures/html/) built like the real French news pages where extraction
 * lost text or kept boilerplate: `<p><font>…<br><br>` that Readability turns into blocks nested in
 * a block, text loose in a `<td>` or an `<li>` beside blocks, a related-articles list signed by
 * other authors, inline promotions, calls to subscribe, soft hyphens, the site's name in `<title>`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../server/core/text/article.ts';
import { extractArticle } from '../../server/reading/html.ts';
import { prepareArticle } from '../../server/reading/prepare.ts';

const FIXTURES = new URL('../fixtures/html/', import.meta.url);
const page = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8');
const snippets = JSON.parse(readFileSync(new URL('snippets.json', FIXTURES), 'utf8')) as Record<string, { with: string[]; without: string[] }>;

/** Paragraphs with the kinds markup and text give them together. */
function kinds(name: string, width = Infinity): [string, string][] {
  const article = extractArticle(page(name))!;
  return segmentArticle(article.text, article.paragraphs).map((p) => [p.kind, article.text.slice(p.start, p.end).slice(0, width)]);
}

describe('extractArticle on pages built like the failures seen', () => {
  it('keeps the text around blocks Readability nests in a <p><font>, takes the <h1> over a title with the site name, the signature and the <time>, and drops the related list', () => {
    const article = extractArticle(page('blog-font-br.html'))!;
    expect([article.title, article.byline, article.dateline]).toEqual(['À Sevran, la piscine ferme et les clubs cherchent un bassin', 'Par Fatou Cissé et Hugo Marchal', '7 février 2020']);
    expect(kinds('blog-font-br.html')).toEqual([
      ['title', 'À Sevran, la piscine ferme et les clubs cherchent un bassin'],
      ['byline', 'Par Fatou Cissé et Hugo Marchal'],
      ['dateline', '7 février 2020'],
      ['body', 'La piscine municipale fermera ses portes le 1er mars pour dix-huit mois de travaux. Les trois clubs de natation de la ville, qui comptent près de six cents licenciés, n’ont toujours pas de bassin de repli.'],
      ['body', '« On nous a prévenus par un courrier de quatre lignes », regrette Nadia, entraîneuse bénévole depuis douze ans. Elle craint que les plus jeunes abandonnent, faute de pouvoir nager avant l’été.'],
      ['body', 'Toutefois, la mairie assure qu’une convention est en discussion avec la ville voisine, dont le centre nautique dispose de créneaux libres le soir. Rien n’est encore signé, reconnaît l’adjoint aux sports.'],
      ['body', 'Les parents, eux, s’organisent déjà. Un groupe de covoiturage compte une quarantaine de familles prêtes à conduire les enfants jusqu’aux piscines des communes voisines, à vingt minutes de route.'],
      ['caption', 'Le grand bassin, vide depuis la vidange de janvier'],
      ['body', 'Le chantier doit remplacer la toiture et le système de filtration, vieux de quarante ans. Son coût, estimé à 6,4 millions d’euros, est financé pour moitié par l’établissement public territorial.'],
      ['body', '« Une piscine, c’est un service public comme une école », résume le président du club de water-polo. Il espère que la réouverture ne prendra pas de retard, « sinon c’est une génération d’enfants qui ne saura pas nager ».'],
    ]);
    expect(article.text).not.toMatch(/[\u00ad\u200b]/);
  });

  it('keeps the text loose in a layout <td> around its <p> and <div>, split at <br><br>', () => {
    expect(kinds('table-layout.html')).toEqual([
      ['title', 'La foire aux vins revient à Magny'],
      ['body', 'Après deux ans d’absence, la foire aux vins de Magny-en-Vexin revient sous la halle les 21 et 22 septembre. Une quarantaine de vignerons sont attendus, venus de Bourgogne, du Jura et pour la première fois de Corse.'],
      ['body', 'L’association des commerçants, qui organise l’événement, a dû trouver un nouveau financement après le retrait de la banque qui le soutenait depuis vingt ans. La mairie a finalement accepté de prendre en charge la location des stands.'],
      ['body', '« Sans la commune, il n’y aurait pas eu de foire cette année », reconnaît le président de l’association, qui espère attirer plus de trois mille visiteurs sur le week-end.'],
      ['body', 'Les entrées resteront gratuites, mais le verre de dégustation sera vendu deux euros, consigné. Une navette partira de la gare toutes les demi-heures, le samedi de 10 heures à 19 heures.'],
      ['body', 'Toutefois, le stationnement sera interdit place du Marché dès le vendredi soir. Les riverains sont invités à garer leur véhicule sur le parking du collège, ouvert exceptionnellement tout le week-end.'],
      ['heading', 'Claire Dumesnil'],
    ]);
  });

  it('makes each <li> an item with its marker, keeps an item’s own text around its <p>, and dates a relative <time> by its datetime', () => {
    expect(kinds('list-items.html')).toEqual([
      ['title', 'Impôts : ce qui change pour les ménages en 2024'],
      ['byline', 'Élodie Garnier'],
      ['dateline', '3 janvier 2024 à 07:00'],
      ['body', 'Le barème de l’impôt sur le revenu est revalorisé de 4,8 % pour tenir compte de l’inflation. Sans cette mesure, des centaines de milliers de foyers seraient devenus imposables sans que leurs revenus augmentent réellement.'],
      ['body', 'Trois changements concernent directement les ménages :'],
      ['item', '1. Le barème est relevé, ce qui réduit l’impôt de ceux dont le salaire n’a pas suivi les prix.'],
      ['item', '2. Le crédit d’impôt pour l’emploi à domicile est étendu'],
      ['item', 'Il couvre désormais les cours de soutien scolaire donnés en visio, une demande ancienne des familles.'],
      ['item', 'Le plafond, lui, ne bouge pas.'],
      ['item', '3. La déclaration en ligne devient la règle pour tous'],
      ['body', 'Certaines niches disparaissent, en revanche. Sont notamment concernés :'],
      ['item', '• l’avantage fiscal pour les travaux d’isolation des combles, remplacé par une aide directe'],
      ['item', '• la réduction d’impôt pour les frais de scolarité au lycée'],
      ['body', 'Le ministère estime que ces mesures coûteront 6,1 milliards d’euros à l’État. L’opposition juge l’effort insuffisant pour les classes moyennes, qui supportent selon elle l’essentiel de la hausse des prix depuis deux ans.'],
      ['body', 'Les contribuables recevront leur avis d’imposition à la fin de l’été, comme chaque année. Ceux qui ont opté pour le prélèvement mensuel verront leur taux ajusté dès le mois de septembre.'],
    ]);
  });

  it('splits the byline from its <time>, drops an inline promotion and labels a call to subscribe aside', () => {
    expect(kinds('news-promos.html', 40)).toEqual([
      ['title', 'Sécheresse : les agriculteurs du Gers au'],
      ['heading', 'Environnement'],
      ['byline', 'Par Mathieu Lacombe'],
      ['dateline', 'Publié le 4 août 2022 à 18h42'],
      ['caption', 'Un lac collinaire près d’Auch, le 2 août'],
      ['body', 'Le préfet a signé jeudi un arrêté déroga'],
      ['body', 'La décision était attendue depuis plusie'],
      ['body', '« On ne peut pas laisser mourir les cult'],
      ['heading', 'Un recours en préparation'],
      ['body', 'France Nature Environnement annonce un r'],
      ['aside', 'Cet article vous est offert. Abonnez-vou'],
      ['aside', 'Je m’abonne'],
      ['body', 'La préfecture assure que les volumes pré'],
      ['body', 'Les prévisions de Météo-France n’annonce'],
    ]);
  });

  it('puts back the author Readability takes out of `Par <a rel=author>…</a> — <time>`', () => {
    expect(kinds('regional-br.html', 40).slice(0, 5)).toEqual([
      ['title', 'Tours : le pont Wilson fermé aux voiture'],
      ['body', 'Les travaux de rénovation du pont commen'],
      ['byline', 'Par Anne Rivet'],
      ['dateline', 'Le 23/06/2023 à 06h15'],
      ['body', 'Le pont Wilson sera fermé à la circulati'],
    ]);
  });
});

describe('a heading that reads like a related list, over the article’s own text', () => {
  it('keeps the section: its paragraphs open with their own words, not with a link', () => {
    const html = `<!doctype html><html><head><title>Trois jours à Lyon</title></head><body><article><h1>Trois jours à Lyon</h1>
      <p>La ville se visite à pied, des pentes de la Croix-Rousse aux quais du Rhône, en prenant son temps et en s’arrêtant dans les bouchons.</p>
      <section><h2>À découvrir</h2>
      <p>Le musée des Confluences, au bout de la presqu’île, raconte l’histoire de la Terre et des sociétés humaines (<a href="https://www.museedesconfluences.fr">site officiel</a>).</p>
      <p>Les traboules du Vieux-Lyon relient les rues entre elles par des cours intérieures, ouvertes au public la journée (<a href="/carte">voir la carte</a>).</p>
      </section></article></body></html>`;
    expect(extractArticle(html)!.text.split('\n\n')).toEqual([
      'Trois jours à Lyon',
      'La ville se visite à pied, des pentes de la Croix-Rousse aux quais du Rhône, en prenant son temps et en s’arrêtant dans les bouchons.',
      'À découvrir',
      'Le musée des Confluences, au bout de la presqu’île, raconte l’histoire de la Terre et des sociétés humaines (site officiel).',
      'Les traboules du Vieux-Lyon relient les rues entre elles par des cours intérieures, ouvertes au public la journée (voir la carte).',
    ]);
  });
});

describe('snippets, as trafilatura’s evaluation checks them, through prepareArticle', () => {
  const pages = Object.entries(snippets).filter(([name]) => name.endsWith('.html'));

  it.each(pages)('%s: every article snippet kept as article, every boilerplate snippet dropped or labelled aside/credit', (name, { with: kept, without }) => {
    const article = prepareArticle(page(name), 1_000_000);
    const shown = article.paragraphs.map((p) => ({ kind: p.kind, text: article.source.slice(p.start, p.end).replace(/\s+/g, ' ') }));
    const asArticle = (snippet: string): boolean => shown.some((p) => p.kind !== 'aside' && p.kind !== 'credit' && p.text.includes(snippet));
    expect(kept.filter((s) => !asArticle(s))).toEqual([]);
    expect(without.filter(asArticle)).toEqual([]);
  });
});
