import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../../server/core/text/article.ts';

/** Each paragraph as [kind, text]. */
const kinds = (text: string): [string, string][] => segmentArticle(text).map((p) => [p.kind, text.slice(p.start, p.end)]);

describe('list items', () => {
  it.each([
    [
      'dashed items after a lead-in, the last one a sentence',
      'Le texte commence ici, avec une phrase.\nLes mesures prévues :\n- la baisse des taxes\n- la hausse des aides.',
      [['body', 'Le texte commence ici, avec une phrase.'], ['body', 'Les mesures prévues :'], ['item', '- la baisse des taxes'], ['item', '- la hausse des aides.']],
    ],
    [
      'numbered items',
      'Trois étapes :\n1. Remplir le formulaire\n2) Joindre un justificatif\n3. Envoyer le tout avant le 30 juin.',
      [['body', 'Trois étapes :'], ['item', '1. Remplir le formulaire'], ['item', '2) Joindre un justificatif'], ['item', '3. Envoyer le tout avant le 30 juin.']],
    ],
    [
      'bullets and letters, whatever precedes them',
      'Le texte commence ici, avec une phrase.\n\n• le nord\n• le sud.\n\na) la ville\nb) la campagne',
      [['body', 'Le texte commence ici, avec une phrase.'], ['item', '• le nord'], ['item', '• le sud.'], ['item', 'a) la ville'], ['item', 'b) la campagne']],
    ],
    [
      'dialogue is no list',
      '— Tu viens ?\n— Non.\n– Pourquoi ?',
      [['body', '— Tu viens ?'], ['body', '— Non.'], ['body', '– Pourquoi ?']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('joins an item’s wrapped line to it, and starts the next item on its own', () => {
    const text = 'Au programme :\n- la rénovation des écoles et des\ngymnases du centre-ville\n- un nouveau parc';
    expect(kinds(text)).toEqual([
      ['body', 'Au programme :'],
      ['item', '- la rénovation des écoles et des\ngymnases du centre-ville'],
      ['item', '- un nouveau parc'],
    ]);
  });
});

describe('what the site adds, wherever it stands', () => {
  it('labels promotions, related-list headings and calls to subscribe aside, not the body that mentions them', () => {
    const text = [
      'La piscine ferme',
      'La piscine municipale fermera ses portes le 1er mars. Les clubs cherchent un bassin.',
      'À lire aussi » Les bassins ferment les uns après les autres',
      'Lire : Que sont les IMSI-catchers ?',
      'Le journal compte 200 000 abonnés et souhaite en gagner davantage cette année.',
      'Cet article vous est offert. Abonnez-vous pour lire tous nos articles.',
      'Je m’abonne',
      'Les parents s’organisent déjà. Un covoiturage est en place.',
      'Articles similaires',
      'Le stade attend toujours sa pelouse',
    ].join('\n\n');
    expect(kinds(text).map(([kind]) => kind)).toEqual(['title', 'body', 'aside', 'aside', 'body', 'aside', 'aside', 'body', 'aside', 'aside']);
  });
});

describe('datelines', () => {
  it.each([
    ['04.05.2015 à 13h36', 'dateline'],
    ['Publié le 4 août 2022 à 18h42', 'dateline'],
    ['Le 23/06/2023 à 06h15', 'dateline'],
    ['3 janvier 2024 à 07:00', 'dateline'],
    ['Version 3.5.2 du logiciel', 'heading'],
  ])('%s → %s', (line, kind) => {
    expect(kinds(`Le titre du jour\n\n${line}\n\nLe texte commence ici. Il continue.`)[1]).toEqual([kind, line]);
  });
});

describe('kinds from the markup', () => {
  it('take over the text’s guesses, but for body marks and what the text tells for sure', () => {
    const text = 'Le grand bassin, vide\n\nLe texte commence ici. Il continue.\n\nPar Jean Dupont\n\nÀ lire aussi : la suite\n\nle nord';
    const marks = [
      { start: 0, end: 21, kind: 'caption' as const },
      { start: 23, end: 58, kind: 'body' as const },
      { start: 60, end: 75, kind: 'heading' as const },
      { start: 77, end: 100, kind: 'heading' as const },
      { start: 102, end: 110, kind: 'item' as const },
    ];
    expect(segmentArticle(text, marks).map((p) => [p.kind, text.slice(p.start, p.end)])).toEqual([
      ['caption', 'Le grand bassin, vide'],
      ['body', 'Le texte commence ici. Il continue.'],
      ['byline', 'Par Jean Dupont'],
      ['aside', 'À lire aussi : la suite'],
      ['item', 'le nord'],
    ]);
  });
});
