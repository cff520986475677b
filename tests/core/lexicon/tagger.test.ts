import { describe, expect, it } from 'vitest';
import { ambiguityClass, parseTaggerModel, tagWords, taggerFeatures } from '../../../server/core/lexicon/tagger.ts';

// A hand-made weights file: classes, then `feature\tclass:weight` lines (class 0 is NOUN, 1 VERB, 2 PRON).
const MODEL = parseTaggerModel(['NOUN VERB PRON', 'b\t0:0.5', 'a=PRON\t2:3', 'a=NOUN|VERB\t0:1 1:1', 't1=PRON\t1:2', 'w=porte\t0:0.25'].join('\n'));

describe('the tagger', () => {
  it('reads the weights file', () => {
    expect(MODEL.classes).toEqual(['NOUN', 'VERB', 'PRON']);
    expect([...MODEL.rows.keys()]).toEqual(['b', 'a=PRON', 'a=NOUN|VERB', 't1=PRON', 'w=porte']);
    expect([...MODEL.weights]).toEqual([0.5, 0, 0, 0, 0, 3, 1, 1, 0, 0, 2, 0, 0.25, 0, 0]);
  });

  it('lets the tag before a word decide between the tags Lefff allows', () => {
    expect(tagWords(MODEL, [{ form: 'Il', ambiguity: 'PRON' }, { form: 'porte', ambiguity: 'NOUN|VERB' }])).toEqual(['PRON', 'VERB']);
    expect(tagWords(MODEL, [{ form: 'porte', ambiguity: 'NOUN|VERB' }])).toEqual(['NOUN']);
  });

  it('describes a word by its form, affixes, shape, neighbours and their possible tags', () => {
    const words = [{ form: 'Il', ambiguity: 'PRON' }, { form: 'porte', ambiguity: 'NOUN|VERB' }];
    expect(taggerFeatures(words, 1, 'PRON', '<s>')).toEqual([
      'b', 'w=porte', 's1=e', 's2=te', 's3=rte', 's4=orte', 'p1=p', 'sh=low', 'a=NOUN|VERB', 'a.sh=NOUN|VERB|low',
      't1=PRON', 't2=<s>|PRON', 't1.w=PRON|porte', 't1.a=PRON|NOUN|VERB', 'w-1=il', 'w-1.w=il|porte', 'w-2=<s>', 'w+1=</s>', 'w.w+1=porte|</s>',
      'w.a+1=porte|</s>', 'w.a+2=porte|</s>', 'w+2=</s>', 's3+1=/s>', 's3-1=il', 'a-1=PRON', 'a+1=</s>', 'a.a+1=NOUN|VERB|</s>', 't1.a.a+1=PRON|NOUN|VERB|</s>', 'a+2=</s>',
    ]);
  });

  it('writes an ambiguity class as the sorted tags, or ? for an unknown word', () => {
    expect(ambiguityClass(['VERB', 'AUX', 'NOUN', 'AUX'])).toBe('AUX|NOUN|VERB');
    expect(ambiguityClass([])).toBe('?');
  });
});
