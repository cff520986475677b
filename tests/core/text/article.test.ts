import { beforeAll, describe, expect, it } from 'vitest';
import { segmentArticle } from '../../../server/core/text/article.ts';
import { readSample, SAMPLE_PATH } from '../../support/sample.ts';
import { missingShared } from '../../support/shared.ts';

function units(text: string): [string, string][] {
  return segmentArticle(text).flatMap((p) => p.sentences.map((s): [string, string] => [p.kind, text.slice(s.start, s.end)]));
}

describe.skipIf(missingShared(SAMPLE_PATH, 'the sample article'))('the sample article', () => {
  let text: string;
  beforeAll(() => {
    text = readSample();
  });

  it('segments into its 22 sentences with their paragraph kinds', () => {
    expect(units(text)).toEqual([
      ['title', 'Espions russes et bélarusses vont renforcer leur coopération contre l’Occident'],
      ['byline', 'Par Epoch Times avec AFP'],
      ['dateline', '3 juin 2021 14:11 Mis à jour: 3 juin 2021 14:15'],
      ['body', 'Les services de renseignement russes et bélarusses ont annoncé jeudi accroître leur coopération face à «\u00a0l’agressivité des Etats-Unis et des pays occidentaux\u00a0», un nouveau signe de rapprochement sur fond de répression accrue de l’opposition au Bélarus.'],
      ['body', 'Le patron du renseignement extérieur russe (SVR) Sergueï Narychkine et celui des services de sécurité bélarusses (KGB) Ivan Tertel ont annoncé «\u00a0être tombés d’accord pour développer un travail en commun de résistance aux actions destructives de l’Occident\u00a0».'],
      ['body', 'Selon eux, les pays occidentaux s’efforcent de «\u00a0déstabiliser la situation politique et socio-économique\u00a0» dans les deux pays, relève un communiqué diffusé par le SVR à l’issue d’une rencontre à Vitebsk au Bélarus.'],
      ['caption', '-Un militant, membre de la diaspora biélorusse en Ukraine, tient une pancarte représentant le président biélorusse Alexandre Loukachenko, à Kiev le 28 mai 2021.'],
      ['caption', 'Photo de Sergei SUPINSKY / AFP via Getty Images.'],
      ['body', 'Confronté à un mouvement de rue sans précédent contre sa réélection l’été dernier, le président bélarusse Alexandre Loukachenko pilote depuis une vaste répression de la contestation, accusant l’Occident d’avoir orchestré les manifestations.'],
      ['heading', 'M. Loukachenko a opéré un rapprochement avec la Russie'],
      ['body', 'L’Union européenne et les Etats-Unis ont adopté en réaction aux arrestations de masse une série de sanctions visant notamment les plus hauts responsables du régime.'],
      ['body', 'En réaction, M. Loukachenko a opéré un rapprochement accéléré avec la Russie, son voisin et principal partenaire avec qui il entretenait des relations mouvementées, accusant longtemps Moscou de vouloir vassaliser son pays.'],
      ['body', 'Les deux Etats sont liés depuis 1999 par une «\u00a0Union Russie-Bélarus\u00a0», alliance politico-économique aux contours mal définis et longtemps restée à l’arrêt, malgré les efforts constants de Moscou d’approfondir l’intégration économique, politique et militaire.'],
      ['caption', '-À la mi-avril, Prague a accusé les services de renseignement russes d’être impliqués dans les explosions de 2014 dans un dépôt d’armes de Vrbetice et a expulsé du pays 18 employés de l’ambassade de Russie, le 29 mai 2021 à Prague.'],
      ['caption', 'Photo de Michal Cizek / AFP via Getty Images.'],
      ['body', 'La semaine dernière encore, Alexandre Loukachenko et son homologue russe Vladimir Poutine se sont vus à Sotchi, dans le sud de la Russie, pour discuter notamment d’un approfondissement de l’intégration économique.'],
      ['body', 'Le Bélarus est de plus en plus dépendant de la Russie, et cette dépendance pourrait encore s’accroître si l’Union européenne met à exécution sa menace de sanctions économiques contre deux secteurs clés de l’économie bélarusse: le transit du gaz et la potasse.'],
      ['aside', 'Soutenez Epoch Times à partir de 1€'],
      ['aside', 'Comment pouvez-vous nous aider à vous tenir informés\u202f?'],
      ['aside', 'Epoch Times est un média libre et indépendant, ne recevant aucune aide publique et n’appartenant à aucun parti politique ou groupe financier.'],
      ['aside', 'Depuis notre création, nous faisons face à des attaques déloyales pour faire taire nos informations portant notamment sur les questions de droits de l\'homme en Chine.'],
      ['aside', 'C\'est pourquoi, nous comptons sur votre soutien pour défendre notre journalisme indépendant et pour continuer, grâce à vous, à faire connaître la vérité.'],
    ]);
  });

  it('keeps the « » of a quotation with the sentence it closes', () => {
    const second = units(text)[4]![1];
    expect(second.endsWith('l’Occident\u00a0».')).toBe(true);
  });
});

describe('segmentArticle', () => {
  it('keeps a byline over a dateline in one block as two units', () => {
    const text = 'Le titre du jour\n\nPar Jean Dupont\n12 mars 2024 à 08:30\n\nLe corps du texte commence ici. Il continue.';
    expect(units(text)).toEqual([
      ['title', 'Le titre du jour'],
      ['byline', 'Par Jean Dupont'],
      ['dateline', '12 mars 2024 à 08:30'],
      ['body', 'Le corps du texte commence ici.'],
      ['body', 'Il continue.'],
    ]);
  });

  it('joins lines wrapped inside a paragraph (lindat-translation#30)', () => {
    const text = [
      'Les deux Etats sont liés depuis 1999 par une alliance politico-',
      'économique aux contours mal définis et longtemps restée à l’arrêt,',
      'malgré les efforts constants de Moscou. Le Bélarus est de plus en plus',
      'dépendant de la Russie et de son gaz depuis le début de la crise.',
    ].join('\n');
    const paragraphs = segmentArticle(text);
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]!.sentences.map((s) => text.slice(s.start, s.end).replace(/\n/g, '⏎'))).toEqual([
      'Les deux Etats sont liés depuis 1999 par une alliance politico-⏎économique aux contours mal définis et longtemps restée à l’arrêt,⏎malgré les efforts constants de Moscou.',
      'Le Bélarus est de plus en plus⏎dépendant de la Russie et de son gaz depuis le début de la crise.',
    ]);
  });

  it('treats one paragraph per line as paragraphs, not one block (LibreTranslate#288)', () => {
    const text = 'Premier paragraphe complet.\nDeuxième paragraphe, tout aussi complet.\nTroisième et dernier.';
    const paragraphs = segmentArticle(text);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'Premier paragraphe complet.',
      'Deuxième paragraphe, tout aussi complet.',
      'Troisième et dernier.',
    ]);
  });

  it('joins a line that ends on a word the sentence cannot end with', () => {
    const text = 'Le président a rencontré le\nPremier ministre hier soir.';
    expect(units(text)).toEqual([['body', 'Le président a rencontré le\nPremier ministre hier soir.']]);
  });

  it('keeps list items apart', () => {
    const text = 'Les mesures prévues :\n- la baisse des taxes\n- la hausse des aides';
    expect(segmentArticle(text).map((p) => text.slice(p.start, p.end))).toEqual([
      'Les mesures prévues :',
      '- la baisse des taxes',
      '- la hausse des aides',
    ]);
  });

  it('marks a credit line and a standalone caption', () => {
    const text = 'Titre\n\nLe texte commence. Il finit.\n\n– Des manifestants à Minsk, le 9 août 2020. Photo AFP\n\nPhoto de Jean Dupont / AFP';
    expect(segmentArticle(text).map((p) => p.kind)).toEqual(['title', 'body', 'caption', 'credit']);
  });

  it('ignores whitespace-only paragraphs and returns nothing for blank text', () => {
    expect(segmentArticle('\u00a0\n\n \n')).toEqual([]);
  });
});
