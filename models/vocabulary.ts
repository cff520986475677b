/**
 * The SentencePiece-style vocabulary of the project's own Marian models, written in the Xenova
 * tokenizer.json layout (Unigram + Metaspace, MarianTokenizer). Real French and English pieces come
 * first so text tokenizes into plausible lengths; a larger model pads the rest with inert pieces.
 */

const FRENCH = `le la les un une des du de d’ l’ et à au aux en dans par pour sur avec sans sous contre entre
vers depuis selon chez qui que qu’ quoi dont où ne pas plus moins très aussi mais ou donc car si il elle ils
elles on nous vous leur leurs son sa ses ce cette ces c’ s’ n’ est sont a ont été être avoir fait faire
dit va peut doit deux trois premier président pays gouvernement Etats-Unis Russie Union européenne
russes russe services renseignement coopération contre Occident occidentaux annoncé jeudi semaine dernière
encore nouveau signe rapprochement fond répression accrue opposition patron extérieur sécurité tombés
accord développer travail commun résistance actions situation politique économique communiqué diffusé
rencontre militant membre diaspora tient pancarte mai juin 2021 Photo via Getty Images mouvement rue
sans précédent réélection été dernier vaste contestation accusant manifestations sanctions visant
notamment hauts responsables régime réaction voisin principal partenaire relations Moscou alliance
efforts constants intégration militaire ambassade employés explosions dépôt armes homologue sud
dépendant dépendance pourrait menace secteurs clés transit gaz potasse Soutenez Times partir Comment
pouvez-vous aider informés média libre indépendant aucune aide publique parti groupe nos informations
droits homme Chine pourquoi comptons soutien défendre journalisme continuer grâce connaître vérité`;

const ENGLISH = `the a an of to in on for with by from at as and or but not no is are was were be been has have
had will would can could should this that these those it its he she they we you his her their our who
which what when where why how said says new two three first president country government United States
Russia Russian European Union services intelligence cooperation against West Western announced Thursday
week last again sign rapprochement background repression increased opposition head foreign security agreed
develop work joint resistance actions situation political economic statement released meeting activist
member diaspora holds placard May June Photo via Getty Images movement street unprecedented re-election
summer vast protest accusing demonstrations sanctions targeting particular senior officials regime
reaction neighbour main partner relations Moscow alliance efforts constant integration military embassy
employees explosions depot weapons counterpart south dependent dependence could threat sectors key gas
potash Support Times from How can help informed media free independent receiving public party group
information rights man China why count support defend journalism continue thanks truth`;

const SUFFIXES = 'ment tion tions ais ait aient ent er ez ons é ée és ées s e es ing ed ly er est al ity ies';
const CHARACTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789àâäçéèêëîïôöùûüÿœæÀÂÇÉÈÊÎÔÛŒ';
const PUNCTUATION = `. , ; : ! ? « » " ’ ' ( ) - – — … / % € $ & @ # * +`;

const EOS = '</s>';
const UNK = '<unk>';
const PAD = '<pad>';

export interface TokenizerFiles {
  tokenizer: object;
  tokenizerConfig: object;
  /** Ids the model config needs. */
  eosId: number;
  padId: number;
  unkId: number;
}

/** Pieces in id order with Unigram scores: whole words beat subwords, subwords beat characters. */
function realPieces(): [string, number][] {
  const pieces = new Map<string, number>();
  const add = (piece: string, score: number): void => {
    if (!pieces.has(piece)) pieces.set(piece, score);
  };
  const words = [...FRENCH.split(/\s+/), ...ENGLISH.split(/\s+/)].filter(Boolean);
  words.forEach((word, rank) => add(`▁${word}`, -3 - rank / 1000));
  for (const suffix of SUFFIXES.split(' ')) add(suffix, -6);
  for (const mark of PUNCTUATION.split(' ')) {
    add(mark, -7);
    add(`▁${mark}`, -7.5);
  }
  for (const ch of CHARACTERS) {
    add(ch, -9);
    add(`▁${ch}`, -9.5);
  }
  add('▁', -10);
  return [...pieces];
}

/**
 * @example buildTokenizerFiles(59514) // opus-mt-fr-en's vocabulary size; no size: the real pieces only
 */
export function buildTokenizerFiles(vocabSize?: number): TokenizerFiles {
  const real = realPieces();
  const needed = (vocabSize ?? real.length + 3) - 3;
  if (needed < real.length) throw new Error(`vocabSize must be at least ${real.length + 3}, got ${vocabSize}`);
  // Inert filler pieces keep the full-size vocabulary exact without matching real text.
  const filler = Array.from({ length: needed - real.length }, (_, i): [string, number] => [`⟦${i.toString(36)}⟧`, -20]);
  const vocab: [string, number][] = [[EOS, 0], [UNK, 0], ...real, ...filler, [PAD, 0]];
  const eosId = 0;
  const unkId = 1;
  const padId = vocab.length - 1;
  const special = (id: number, content: string): object => ({
    id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true,
  });
  const tokenizer = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [special(eosId, EOS), special(unkId, UNK), special(padId, PAD)],
    normalizer: { type: 'Precompiled', precompiled_charsmap: null },
    pre_tokenizer: {
      type: 'Sequence',
      pretokenizers: [
        { type: 'WhitespaceSplit' },
        { type: 'Metaspace', replacement: '▁', add_prefix_space: true, prepend_scheme: 'always' },
      ],
    },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: EOS, type_id: 0 } }],
      pair: [
        { Sequence: { id: 'A', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 0 } },
        { SpecialToken: { id: EOS, type_id: 0 } },
      ],
      special_tokens: { [EOS]: { id: EOS, ids: [eosId], tokens: [EOS] } },
    },
    decoder: { type: 'Metaspace', replacement: '▁', add_prefix_space: true, prepend_scheme: 'always' },
    model: { type: 'Unigram', unk_id: unkId, vocab },
  };
  const tokenizerConfig = {
    tokenizer_class: 'MarianTokenizer',
    eos_token: EOS,
    unk_token: UNK,
    pad_token: PAD,
    model_max_length: 512,
    source_lang: 'fr',
    target_lang: 'en',
    clean_up_tokenization_spaces: true,
  };
  return { tokenizer, tokenizerConfig, eosId, padId, unkId };
}
