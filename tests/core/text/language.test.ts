import { describe, expect, it } from 'vitest';
import { looksFrench } from '../../../server/core/text/language.ts';

describe('looksFrench', () => {
  it.each([
    ['French news', 'Les services de renseignement russes et bélarusses ont annoncé jeudi accroître leur coopération face à l’agressivité des pays occidentaux.', true],
    ['French with an English quote', 'Le ministre a répondu « no comment » aux journalistes qui l’attendaient devant le palais, puis il est reparti sans un mot de plus.', true],
    ['English news', 'Russian and Belarusian intelligence services announced on Thursday that they would step up their cooperation against the West.', false],
    ['German', 'Die russischen und weißrussischen Geheimdienste haben am Donnerstag angekündigt, ihre Zusammenarbeit gegen den Westen zu verstärken. Das teilten die Behörden in Moskau mit, nachdem sich die Chefs beider Dienste getroffen hatten.', false],
    ['a list of names', 'Emmanuel Macron, Angela Merkel, Boris Johnson, Pedro Sánchez, Mario Draghi, Mark Rutte, Alexander De Croo, Xavier Bettel', true],
    ['too short to judge', 'Breaking news from Paris', true],
  ])('%s', (_name, text, expected) => {
    expect(looksFrench(text)).toBe(expected);
  });
});
