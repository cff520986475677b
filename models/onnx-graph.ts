/**
 * A minimal ONNX graph builder: enough to write the Marian encoder and merged decoder the project
 * generates. Value names are unique across the whole model (ONNX requires it of subgraphs too).
 */
import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;
export const DataType = onnx.TensorProto.DataType;
const AttrType = onnx.AttributeProto.AttributeType;

export type Dim = number | string;
export type Attr = number | number[] | string | Graph | { floats: number[] };

export interface ValueSpec {
  name: string;
  type: number;
  shape: Dim[];
}

type TypedData = Float32Array | Int8Array | Uint8Array | BigInt64Array | Int32Array;

/** The whole model's name space and initializers, shared by the main graph and its branches. */
export class ModelScope {
  readonly initializers: ReturnType<typeof onnx.TensorProto.create>[] = [];
  private counter = 0;
  private constants = new Map<string, string>();

  fresh(hint: string): string {
    this.counter += 1;
    return `${hint}_${this.counter}`;
  }

  tensor(name: string, type: number, dims: number[], data: TypedData): string {
    const rawData = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    this.initializers.push(onnx.TensorProto.create({ name, dataType: type, dims, rawData }));
    return name;
  }

  /** Small constants are shared by value so the graph stays readable. */
  int64(values: number[], dims: number[] = [values.length]): string {
    const key = `i64:${dims.join('x')}:${values.join(',')}`;
    return this.memo(key, () =>
      this.tensor(this.fresh('const_i64'), DataType.INT64, dims, BigInt64Array.from(values.map(BigInt))),
    );
  }

  float(values: number[], dims: number[] = [values.length]): string {
    const key = `f32:${dims.join('x')}:${values.join(',')}`;
    return this.memo(key, () => this.tensor(this.fresh('const_f32'), DataType.FLOAT, dims, Float32Array.from(values)));
  }

  private memo(key: string, make: () => string): string {
    let name = this.constants.get(key);
    if (!name) {
      name = make();
      this.constants.set(key, name);
    }
    return name;
  }
}

export class Graph {
  readonly nodes: ReturnType<typeof onnx.NodeProto.create>[] = [];
  readonly inputs: ValueSpec[] = [];
  readonly outputs: ValueSpec[] = [];

  constructor(readonly scope: ModelScope, readonly name: string) {}

  input(name: string, type: number, shape: Dim[]): string {
    this.inputs.push({ name, type, shape });
    return name;
  }

  output(name: string, type: number, shape: Dim[]): void {
    this.outputs.push({ name, type, shape });
  }

  /** Adds a node and returns the names of its outputs (fresh unless given). */
  node(opType: string, inputs: string[], attrs: Record<string, Attr> = {}, outputs: number | string[] = 1): string[] {
    const outNames = typeof outputs === 'number'
      ? Array.from({ length: outputs }, () => this.scope.fresh(opType.toLowerCase()))
      : outputs;
    this.nodes.push(onnx.NodeProto.create({
      opType,
      name: this.scope.fresh(`n_${opType}`),
      input: inputs,
      output: outNames,
      attribute: Object.entries(attrs).map(([name, value]) => attribute(name, value)),
    }));
    return outNames;
  }

  /** A single-output node. */
  op(opType: string, inputs: string[], attrs: Record<string, Attr> = {}, output?: string): string {
    return this.node(opType, inputs, attrs, output ? [output] : 1)[0]!;
  }

  toProto(withInitializers: boolean): ReturnType<typeof onnx.GraphProto.create> {
    return onnx.GraphProto.create({
      name: this.name,
      node: this.nodes,
      input: this.inputs.map(valueInfo),
      output: this.outputs.map(valueInfo),
      initializer: withInitializers ? this.scope.initializers : [],
    });
  }
}

function attribute(name: string, value: Attr): ReturnType<typeof onnx.AttributeProto.create> {
  if (value instanceof Graph) return onnx.AttributeProto.create({ name, type: AttrType.GRAPH, g: value.toProto(false) });
  if (typeof value === 'string') {
    return onnx.AttributeProto.create({ name, type: AttrType.STRING, s: new TextEncoder().encode(value) });
  }
  if (Array.isArray(value)) return onnx.AttributeProto.create({ name, type: AttrType.INTS, ints: value });
  if (typeof value === 'object') return onnx.AttributeProto.create({ name, type: AttrType.FLOATS, floats: value.floats });
  return Number.isInteger(value)
    ? onnx.AttributeProto.create({ name, type: AttrType.INT, i: value })
    : onnx.AttributeProto.create({ name, type: AttrType.FLOAT, f: value });
}

function valueInfo(spec: ValueSpec): ReturnType<typeof onnx.ValueInfoProto.create> {
  return onnx.ValueInfoProto.create({
    name: spec.name,
    type: {
      tensorType: {
        elemType: spec.type,
        shape: { dim: spec.shape.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
      },
    },
  });
}

/** Serialises a graph (opset 17, like the Xenova exports) to ONNX bytes. */
export function encodeModel(graph: Graph): Uint8Array {
  const model = onnx.ModelProto.create({
    irVersion: 8,
    producerName: 'vis-a-vis models/make',
    opsetImport: [{ domain: '', version: 17 }],
    graph: graph.toProto(true),
  });
  return onnx.ModelProto.encode(model).finish();
}
