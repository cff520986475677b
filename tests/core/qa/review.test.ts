import { describe, expect, it } from 'vitest';
import type { Alignment, Link } from '../../../server/core/align/alignment.ts';
import type { Dictionary } from '../../../server/core/lexicon/wiktionary.ts';
import type { GlossaryTerm } from '../../../server/core/qa/flag.ts';
import { checkSentencePair, reviewAlignment } from '../../../server/core/qa/review.ts';

const dictionary: Dictionary = new Map([
  ['Moscou', [{ text: 'Moscow', pos: 'NOUN' }]],
  ['oiseau', [{ text: 'bird', pos: 'NOUN' }]],
  ['cerise', [{ text: 'cherry', pos: 'NOUN' }]],
  ['jardin', [{ text: 'garden', pos: 'NOUN' }]],
  ['Allemagne', [{ text: 'Germany', pos: 'NOUN' }]],
  ['gouvernement', [{ text: 'government', pos: 'NOUN' }]],
  ['cour', [{ text: 'court', pos: 'NOUN' }]],
]);

/** Sentences joined by newlines, linked as given (1-1 in order when no links are given). */
function review(fr: string[], en: string[], links?: Link[], glossary?: GlossaryTerm[]) {
  const spans = (items: string[]) => {
    let at = 0;
    return items.map((s) => ({ start: at, end: (at += s.length + 1) - 1 }));
  };
  const alignment: Alignment = { source: spans(fr), draft: spans(en), links: links ?? fr.map((_, i) => ({ source: [i], draft: [i] })) };
  return reviewAlignment({ sourceText: fr.join('\n'), draftText: en.join('\n'), alignment, glossary, dictionary });
}

const one = (fr: string, en: string, glossary?: GlossaryTerm[]) => review([fr], [en], undefined, glossary);

describe('number', () => {
  it('flags a changed number with both places and the English form', () => {
    expect(one('La croissance a atteint 3,5 % en 2021.', 'Growth reached 3.6% in 2021.')).toEqual([
      { rule: 'number', severity: 'error', link: 0, message: 'The number 3,5 of the source reads 3.6 in the draft: write 3.5.', params: { value: '3,5', expected: '3.5', found: '3.6' }, source: { start: 24, end: 27 }, draft: { start: 15, end: 18 } },
    ]);
  });

  it('flags a vanished number', () => {
    expect(one('Il a vendu 1 500 voitures.', 'He sold cars.')).toEqual([
      { rule: 'number', severity: 'error', link: 0, message: 'The number 1 500 of the source is missing from the draft: add 1,500.', params: { value: '1 500', expected: '1,500' }, source: { start: 11, end: 16 } },
    ]);
  });

  it('warns of a French decimal comma left in the draft', () => {
    expect(one('La croissance a atteint 3,5 %.', 'Growth reached 3,5%.')).toEqual([
      { rule: 'number', severity: 'warning', link: 0, message: '3,5 keeps the French decimal comma: write 3.5.', params: { value: '3,5', expected: '3.5' }, draft: { start: 15, end: 18 } },
    ]);
  });

  it('accepts times, dates, grouped thousands and spelled-out numbers', () => {
    expect(one('Le train part à 14 h 30 le 3 juin 2021 avec 1 500 passagers et 2 chiens.', 'The train leaves at 2:30 p.m. on June 3, 2021 with 1,500 passengers and two dogs.')).toEqual([]);
  });
});

describe('name', () => {
  it('warns of a misspelled name', () => {
    expect(one('Il a rencontré Angela Merkel hier.', 'He met Angela Merkle yesterday.')).toEqual([
      { rule: 'name', severity: 'warning', link: 0, message: 'The name Merkel appears as Merkle in the draft: check the spelling.', params: { name: 'Merkel', found: 'Merkle' }, source: { start: 22, end: 28 }, draft: { start: 14, end: 20 } },
    ]);
  });

  it('flags a missing surname as an error', () => {
    expect(one('Il a rencontré Angela Merkel hier.', 'He met Angela yesterday.')).toEqual([
      { rule: 'name', severity: 'error', link: 0, message: 'The name Merkel is missing from the draft: add it.', params: { name: 'Merkel' }, source: { start: 22, end: 28 } },
    ]);
  });

  it('lets through accents, dictionary translations, reordered acronyms and sentence-initial words', () => {
    expect(one('Selon José Pérez, le rapport de l\'OTAN sur Moscou est clair.', 'According to Jose Perez, the NATO report on Moscow is clear.')).toEqual([]);
  });

  it('lets a surname go when the draft names the person otherwise', () => {
    expect(review(['Peter Englund est arrivé.', 'Le livre de Peter Englund est long.'], ['Peter Englund arrived.', 'His book is long.'])).toEqual([]);
  });

  it('takes the absence of a place the dictionary translates as information only', () => {
    expect(one('Il vit à Moscou depuis longtemps.', 'He has lived here for a long time.')).toEqual([
      { rule: 'name', severity: 'info', link: 0, message: 'The name Moscou is not in the draft: check how it is translated.', params: { name: 'Moscou' }, source: { start: 9, end: 15 } },
    ]);
  });

  it('warns of swapped or dropped letters even where transliterations would meet', () => {
    expect(one('Le plombier Mario est là.', 'The plumber Maroi is here.')).toEqual([
      { rule: 'name', severity: 'warning', link: 0, message: 'The name Mario appears as Maroi in the draft: check the spelling.', params: { name: 'Mario', found: 'Maroi' }, source: { start: 12, end: 17 }, draft: { start: 12, end: 17 } },
    ]);
  });

  it('lets through transliterations, fuller spellings, other names and names written as one word', () => {
    expect(
      one(
        'Selon Charipov et Kadhafi, Roldán et la société Pricewaterhouse Coopers de Berkley ont menti.',
        'According to Sharipov and Kaddafi, Roland and the firm PricewaterhouseCoopers of Berkeley lied.',
      ),
    ).toEqual([]);
  });

  it('takes the absence of a name that is also an English word as information only', () => {
    expect(one('Il a visité Cherry hier.', 'He visited the orchard yesterday.')).toEqual([
      { rule: 'name', severity: 'info', link: 0, message: 'The name Cherry is not in the draft: check how it is translated.', params: { name: 'Cherry' }, source: { start: 12, end: 18 } },
    ]);
  });

  it('takes the absence of a place after an article as information only', () => {
    expect(one('Il vit en Bavière depuis longtemps.', 'He has lived there for a long time.')).toEqual([
      { rule: 'name', severity: 'info', link: 0, message: 'The name Bavière is not in the draft: check how it is translated.', params: { name: 'Bavière' }, source: { start: 10, end: 17 } },
    ]);
  });
});

describe('untranslated', () => {
  it('flags a draft sentence identical to the source', () => {
    expect(one('Le gouvernement a signé le texte.', 'Le gouvernement a signé le texte.')).toEqual([
      { rule: 'untranslated', severity: 'error', link: 0, message: 'The draft repeats the French source here: translate it.', params: { reason: 'identical', frenchShare: 0.5 }, draft: { start: 0, end: 33 } },
    ]);
  });

  it('flags a draft sentence that reads as French', () => {
    expect(one('Le gouvernement a signé le texte hier.', 'Le gouvernement a signé ce texte hier soir.')).toEqual([
      { rule: 'untranslated', severity: 'error', link: 0, message: 'This draft sentence reads as French: translate it.', params: { reason: 'french', frenchShare: 0.38 }, draft: { start: 0, end: 43 } },
    ]);
  });
});

describe('omission and addition', () => {
  const fr = ['Le ministre est arrivé.', 'Il a parlé longuement.'];
  const en = ['The minister arrived.', 'He spoke at length.'];

  it('flags a 1-0 link as an error and a 0-1 link as a warning', () => {
    expect(review(fr, en, [{ source: [0], draft: [0] }, { source: [1], draft: [] }, { source: [], draft: [1] }])).toEqual([
      { rule: 'omission', severity: 'error', link: 1, message: 'This source sentence has no translation in the draft: translate it.', source: { start: 24, end: 46 } },
      { rule: 'addition', severity: 'warning', link: 2, message: 'This draft sentence has no source sentence: check that it belongs.', draft: { start: 22, end: 41 } },
    ]);
  });

  it('warns of a source sentence folded into its neighbour\'s link with nothing in the draft for it', () => {
    expect(review(['Le gouvernement a signé le texte.', 'Les oiseaux mangeaient les cerises du jardin.'], ['The government signed the text.'], [{ source: [0, 1], draft: [0] }])).toEqual([
      { rule: 'omission', severity: 'warning', link: 0, message: 'Nothing in the draft seems to translate this source sentence: check that it was not left out.', source: { start: 34, end: 79 }, draft: { start: 0, end: 31 } },
    ]);
  });

  it('does not count a name the neighbour shares as translating the folded sentence', () => {
    expect(review(['Le gouvernement de Moscou a signé.', 'Les oiseaux de Moscou mangeaient les cerises du jardin.'], ['The Moscow government signed.'], [{ source: [0, 1], draft: [0] }])).toEqual([
      { rule: 'omission', severity: 'warning', link: 0, message: 'Nothing in the draft seems to translate this source sentence: check that it was not left out.', source: { start: 35, end: 90 }, draft: { start: 0, end: 29 } },
    ]);
  });

  it('warns when a long source has a far shorter draft', () => {
    expect(one('Le ministre est arrivé hier soir à Paris pour une visite officielle de trois jours.', 'The minister arrived.')).toEqual([
      { rule: 'omission', severity: 'warning', link: 0, message: 'The draft is 25 % as long as the source here: check that nothing was left out.', params: { ratio: 0.25 }, source: { start: 0, end: 83 }, draft: { start: 0, end: 21 } },
      { rule: 'name', severity: 'error', link: 0, message: 'The name Paris is missing from the draft: add it.', params: { name: 'Paris' }, source: { start: 35, end: 40 } },
    ]);
  });
});

describe('repetition and punctuation', () => {
  it('warns of a doubled word but not of one the source doubles too, nor of “had had”', () => {
    expect(review(['Il a signé le texte.', 'Modo Modo a été racheté.', 'Il avait eu peur.'], ['He signed the the text.', 'Modo Modo was bought.', 'He had had a fright.'])).toEqual([
      { rule: 'repetition', severity: 'warning', link: 0, message: 'The word “the” is doubled: remove one.', params: { word: 'the' }, draft: { start: 10, end: 17 } },
    ]);
  });

  it('warns of a space before a question mark and of guillemets', () => {
    expect(one('Il a dit « non ». Pourquoi ?', 'He said « no ». Why ?')).toEqual([
      { rule: 'punctuation', severity: 'warning', link: 0, message: 'English uses quotation marks, not “«”: replace it.', params: { mark: '«' }, draft: { start: 8, end: 9 } },
      { rule: 'punctuation', severity: 'warning', link: 0, message: 'English uses quotation marks, not “»”: replace it.', params: { mark: '»' }, draft: { start: 13, end: 14 } },
      { rule: 'punctuation', severity: 'warning', link: 0, message: 'English puts no space before “?”: remove it.', params: { mark: '?' }, draft: { start: 19, end: 21 } },
    ]);
  });
});

describe('glossary', () => {
  const glossary = [{ source: 'député', target: 'MP' }, { source: 'Union européenne', target: 'European Union' }];

  it('warns when the source has a term and the draft lacks its English', () => {
    expect(one('Les députés de l\'Union européenne ont voté.', 'The deputies of the Union voted.', glossary)).toEqual([
      { rule: 'glossary', severity: 'warning', link: 0, message: 'The glossary translates “député” as “MP”: use it in the draft.', params: { term: 'député', target: 'MP' }, source: { start: 4, end: 11 } },
      { rule: 'glossary', severity: 'warning', link: 0, message: 'The glossary translates “Union européenne” as “European Union”: use it in the draft.', params: { term: 'Union européenne', target: 'European Union' }, source: { start: 17, end: 33 } },
    ]);
  });

  it('accepts plurals and inflections on both sides', () => {
    expect(one('Les députés de l\'Union européenne ont voté.', 'The MPs of the European Union voted.', glossary)).toEqual([]);
  });
});

describe('inconsistency', () => {
  it('notes the same sentence translated two ways', () => {
    expect(review(['Le ministre est parti.', 'Il pleut.', 'Le ministre est parti.'], ['The minister left.', 'It rains.', 'The minister went away.'])).toEqual([
      { rule: 'inconsistency', severity: 'info', link: 2, message: 'This sentence was translated differently in link 1: make the two agree.', params: { firstLink: 0 }, source: { start: 33, end: 55 }, draft: { start: 29, end: 52 } },
    ]);
  });
});

describe('checkSentencePair', () => {
  it('marks a machine sentence whose number changed, on link 0', () => {
    expect(checkSentencePair('Il est né en 1952.', 'He was born in 1925.')).toEqual([
      { rule: 'number', severity: 'error', link: 0, message: 'The number 1952 of the source reads 1925 in the draft: write 1952.', params: { value: '1952', expected: '1952', found: '1925' }, source: { start: 13, end: 17 }, draft: { start: 15, end: 19 } },
    ]);
  });

  it('leaves repetition and punctuation to the full review', () => {
    expect(checkSentencePair('Pourquoi le texte ?', 'Why the the text ?')).toEqual([]);
  });
});
