import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../server/core/text/sentences.ts';

const split = (text: string): string[] => segmentSentences(text).map((s) => text.slice(s.start, s.end));

describe('segmentSentences', () => {
  it.each([
    ['titles and abbreviations', 'M. Loukachenko a parlé. MM. Dupont et Durand aussi. Mme Martin non.', ['M. Loukachenko a parlé.', 'MM. Dupont et Durand aussi.', 'Mme Martin non.']],
    ['doctor, professor, maître', 'Le Dr. Martin et le Pr. Dubois ont vu Me. Petit. Ils partent.', ['Le Dr. Martin et le Pr. Dubois ont vu Me. Petit.', 'Ils partent.']],
    ['page and volume', 'Voir p. 12 et vol. 3 du rapport. La suite est ailleurs.', ['Voir p. 12 et vol. 3 du rapport.', 'La suite est ailleurs.']],
    ['av. J.-C. ends a sentence', 'Rome fut fondée en 753 av. J.-C. Elle devint un empire.', ['Rome fut fondée en 753 av. J.-C.', 'Elle devint un empire.']],
    ['initials', 'Le roman de J.-P. Sartre et de E. E. Smith. Fin.', ['Le roman de J.-P. Sartre et de E. E. Smith.', 'Fin.']],
    ['dotted acronyms', 'Les U.S.A. Today et l’O.N.U. Genève restent.', ['Les U.S.A. Today et l’O.N.U. Genève restent.']],
    ['month before a year', 'Depuis janv. 2021 rien. Puis oct. 2022 tout change.', ['Depuis janv. 2021 rien.', 'Puis oct. 2022 tout change.']],
    ['ordinals and centuries', 'Au XXe s. Paris grandit. Le 1er mai est férié.', ['Au XXe s. Paris grandit.', 'Le 1er mai est férié.']],
    ['times, decimals, thousands', 'À 14:11, le taux était de 3,5 % pour 3.000 euros. À 14 h 30 tout finit.', ['À 14:11, le taux était de 3,5 % pour 3.000 euros.', 'À 14 h 30 tout finit.']],
    ['URLs and e-mails', 'Écrivez à redaction@journal.fr ou allez sur www.journal.fr. Merci.', ['Écrivez à redaction@journal.fr ou allez sur www.journal.fr.', 'Merci.']],
    ['ellipsis then lower case', 'Il hésita… puis partit. Fin.', ['Il hésita… puis partit.', 'Fin.']],
    ['ellipsis then upper case', 'Il hésita... Puis il partit.', ['Il hésita...', 'Puis il partit.']],
    ['elision in brackets', 'Il a dit « je [...] Mais » hier. Fin.', ['Il a dit « je [...] Mais » hier.', 'Fin.']],
    ['question inside guillemets with an incise', '« Pourquoi ? » demanda-t-il. Personne ne sut.', ['« Pourquoi ? » demanda-t-il.', 'Personne ne sut.']],
    ['exclamation inside guillemets ends the sentence', '« C’est fini ! » Elle sortit.', ['« C’est fini ! »', 'Elle sortit.']],
    ['guillemets with no-break spaces', 'Il parle de «\u00a0trahison.\u00a0» Puis il se tait.', ['Il parle de «\u00a0trahison.\u00a0»', 'Puis il se tait.']],
    ['guillemets with narrow no-break spaces', 'Il parle de «\u202ftrahison.\u202f» Puis il se tait.', ['Il parle de «\u202ftrahison.\u202f»', 'Puis il se tait.']],
    ['guillemets with no spaces', 'Il parle de «trahison.» Puis il se tait.', ['Il parle de «trahison.»', 'Puis il se tait.']],
    ['straight quotes spaced on both sides', 'Il a souri. " J’ai de bons enfants ", ajoute-t-elle. " Je pars. "', ['Il a souri.', '" J’ai de bons enfants ", ajoute-t-elle.', '" Je pars. "']],
    ['a straight quote used as an apostrophe does not count as a quote', '"Ce n"était pas du respect." Juste de la pitié.', ['"Ce n"était pas du respect."', 'Juste de la pitié.']],
    ['exclamations (LibreTranslate#92)', 'Bonjour ! Comment allez-vous ? Très bien !', ['Bonjour !', 'Comment allez-vous ?', 'Très bien !']],
    ['dialogue dashes', '— Tu viens ? — Non. – Pourquoi ?', ['— Tu viens ?', '— Non.', '– Pourquoi ?']],
    ['parenthesised sentence', 'Il pleuvait. (Personne ne sortit.) Le soir vint.', ['Il pleuvait.', '(Personne ne sortit.)', 'Le soir vint.']],
    ['list numbers', 'Article premier. 1. Toute personne a droit. 2. Nul ne peut.', ['Article premier.', '1. Toute personne a droit.', '2. Nul ne peut.']],
    ['no punctuation at all', 'Une phrase sans ponctuation finale', ['Une phrase sans ponctuation finale']],
    ['cf., n°, env. and etc.', 'Voir cf. p. 12 et le n° 5. Il y avait env. 300 personnes, des élus, etc. La séance commence.', ['Voir cf. p. 12 et le n° 5.', 'Il y avait env. 300 personnes, des élus, etc.', 'La séance commence.']],
    ['apr. J.-C. inside a sentence', 'En 476 apr. J.-C. la chute de Rome eut lieu.', ['En 476 apr. J.-C. la chute de Rome eut lieu.']],
    ['an abbreviation ends the text', 'Il a vu M.', ['Il a vu M.']],
    ['question and exclamation runs', 'Quoi ?! Vraiment ?? Oui.', ['Quoi ?!', 'Vraiment ??', 'Oui.']],
    ['a sentence ending in a closing bracket', 'Le vote a eu lieu (à main levée.) Puis la séance fut levée.', ['Le vote a eu lieu (à main levée.)', 'Puis la séance fut levée.']],
    ['Jr. and Sr. end a sentence only before a sentence opener', 'Jesse L. Jackson Jr. (Illinois) a voté. Thomas J. Watson Sr. Il a laissé ce slogan.', ['Jesse L. Jackson Jr. (Illinois) a voté.', 'Thomas J. Watson Sr.', 'Il a laissé ce slogan.']],
    ['a dotted acronym before a sentence opener', 'Il enseigne à la N.Y.U. Mais le cerveau ne sait pas.', ['Il enseigne à la N.Y.U.', 'Mais le cerveau ne sait pas.']],
    ['J-C. written without its dot', 'Un temple détruit en 70 av. J-C. Selon la tradition, il fut rebâti.', ['Un temple détruit en 70 av. J-C.', 'Selon la tradition, il fut rebâti.']],
    ['a unit after a degree sign', 'Il fait entre -3 ° et -9 ° C. Après la neige vient le verglas.', ['Il fait entre -3 ° et -9 ° C.', 'Après la neige vient le verglas.']],
    ['a year ends a sentence', 'Ils sont liés depuis 1999. Rien ne change.', ['Ils sont liés depuis 1999.', 'Rien ne change.']],
    ['an hour ends a sentence', 'La séance reprendrait à 16 h. Était-ce vraiment nécessaire ?', ['La séance reprendrait à 16 h.', 'Était-ce vraiment nécessaire ?']],
    ['hours and minutes end a sentence', 'Le train part à 14 h 30. Il arrive à 18 h. Puis le car.', ['Le train part à 14 h 30.', 'Il arrive à 18 h.', 'Puis le car.']],
    ['an hour inside a sentence', 'Entre 16 h et 18 h, la salle est ouverte. Venez.', ['Entre 16 h et 18 h, la salle est ouverte.', 'Venez.']],
    ['p. before a number is still a page', 'Voir le chapitre 3 p. 12 du rapport. Rien.', ['Voir le chapitre 3 p. 12 du rapport.', 'Rien.']],
    ['a straight quote glued to the stop closes its sentence', 'Il a dit : "Je ne veux pas le savoir." Elle est partie.', ['Il a dit : "Je ne veux pas le savoir."', 'Elle est partie.']],
    ['a glued quote closes a quotation opened sentences earlier', '"Je suis partie. Je me suis mise à crier." "On m’a enfermée", dit-elle.', ['"Je suis partie.', 'Je me suis mise à crier."', '"On m’a enfermée", dit-elle.']],
    ['a single quote then a double one, glued', 'Il répond : "Elle disait : \'il faut le faire.\'" Personne ne sait.', ['Il répond : "Elle disait : \'il faut le faire.\'"', 'Personne ne sait.']],
    ['a spaced quote before a word opens the next sentence', 'Il a souri. " Je pars ", dit-il.', ['Il a souri.', '" Je pars ", dit-il.']],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('returns nothing for whitespace', () => {
    expect(segmentSentences(' \n\u00a0\t ')).toEqual([]);
  });

  it('works inside a range and trims it', () => {
    const text = 'xx  Un. Deux.  yy';
    expect(segmentSentences(text, 2, 15)).toEqual([{ start: 4, end: 7 }, { start: 8, end: 13 }]);
  });
});
