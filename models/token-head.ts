/**
 * The token head: a small ONNX graph the engine runs on each decoder step's logits, so the
 * 59 514-wide log-softmax and top-k run in ONNX Runtime's vectorised kernels instead of a
 * JavaScript loop (8 ms of JS per step at batch 8, measured; see BENCHMARKS.md).
 *
 * in : logits float [batch_size, steps, vocab] (the last step is used), bias float [vocab]
 *      (0, or -1e9 on tokens that may not be chosen), k int64 [1]
 * out: values float [batch_size, k] (log-probabilities of the best allowed tokens),
 *      indices int64 [batch_size, k]
 *
 * @example npm run models:make -- head   # rewrites server/engine/token-head.onnx
 */
import { DataType, Graph, ModelScope, encodeModel } from './onnx-graph.ts';

export function buildTokenHead(): Uint8Array {
  const scope = new ModelScope();
  const g = new Graph(scope, 'token_head');
  const logits = g.input('logits', DataType.FLOAT, ['batch_size', 'steps', 'vocab']);
  const bias = g.input('bias', DataType.FLOAT, ['vocab']);
  const k = g.input('k', DataType.INT64, [1]);
  const last = g.op('Gather', [logits, scope.int64([-1], [])], { axis: 1 });
  // LogSoftmax has a vectorised kernel; ReduceLogSumExp + Sub was 5× slower (measured).
  const logProbs = g.op('LogSoftmax', [last], { axis: -1 });
  g.node('TopK', [g.op('Add', [logProbs, bias]), k], { axis: -1, largest: 1, sorted: 1 }, ['values', 'indices']);
  g.output('values', DataType.FLOAT, ['batch_size', 'k']);
  g.output('indices', DataType.INT64, ['batch_size', 'k']);
  return encodeModel(g);
}
