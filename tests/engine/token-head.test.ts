import * as ort from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatherRows } from '../../server/engine/decoder-state.ts';
import { TokenHead } from '../../server/engine/token-head.ts';
import { TOKEN_HEAD_FILE } from '../../server/assets/manifest.ts';

describe('TokenHead', () => {
  let head: TokenHead;
  beforeAll(async () => {
    head = await TokenHead.load(TOKEN_HEAD_FILE, 4, 1);
  });
  afterAll(() => head.dispose());

  it('gives log-softmax top-k of the last step, best first, never a banned token', async () => {
    // Two rows, two steps, vocabulary of 4: only the last step counts.
    const logits = new ort.Tensor('float32', Float32Array.from([9, 9, 9, 9, 0, 1, 2, 3, 9, 9, 9, 9, 3, 0, 0, 1]), [2, 2, 4]);
    const top = await head.top(logits, [3], 2);
    expect([...top.ids].map(Number)).toEqual([2, 1, 0, 1]);
    const logSumExp = (xs: number[]) => Math.log(xs.reduce((s, x) => s + Math.exp(x), 0));
    const first = logSumExp([0, 1, 2, 3]);
    const second = logSumExp([3, 0, 0, 1]);
    expect([...top.logProbs]).toEqual([2 - first, 1 - first, 3 - second, 0 - second].map((v) => expect.closeTo(v, 5)));
  });
});

describe('gatherRows', () => {
  it('picks, reorders and repeats rows along the first dimension', () => {
    const t = new ort.Tensor('float32', Float32Array.from([1, 2, 3, 4, 5, 6]), [3, 2]);
    const picked = gatherRows(t, [2, 0, 0]);
    expect(picked.dims).toEqual([3, 2]);
    expect([...(picked.data as Float32Array)]).toEqual([5, 6, 1, 2, 1, 2]);
  });

  it('keeps int64 tensors int64', () => {
    const t = new ort.Tensor('int64', BigInt64Array.from([1n, 2n, 3n]), [3, 1]);
    expect([...(gatherRows(t, [1]).data as BigInt64Array)]).toEqual([2n]);
  });
});
