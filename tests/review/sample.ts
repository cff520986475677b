/**
 * The pair the review tests share: a French article and an English draft with a dropped sentence
 * (the third), a changed number (3,5 % → 4.5%) and a misspelled name (Dupont → Dupond).
 */
export const SOURCE = [
  'Le gouvernement a annoncé jeudi une hausse de 3,5 % des salaires des fonctionnaires.',
  "Le ministre Pierre Dupont s'est rendu à Bruxelles pour présenter le projet à ses homologues européens.",
  'La réunion a duré 3 heures et a réuni 45 délégués de 12 syndicats, dont la CGT et la CFDT.',
  'Les syndicats ont salué une décision attendue depuis longtemps par les agents publics.',
  'La mesure entrera en vigueur le 1er janvier 2025.',
].join(' ');

export const DRAFT = [
  "The government announced on Thursday a 4.5% rise in civil servants' salaries.",
  'Minister Pierre Dupond went to Brussels to present the project to his European counterparts.',
  'The unions welcomed a decision that public employees had long awaited.',
  'The measure will come into force on January 1, 2025.',
].join(' ');
