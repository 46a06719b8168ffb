"""Make models/face/face_recognition_sface_2021dec_int8w.onnx: SFace whose int8 weights become
float weights when onnxruntime loads it, so that it runs plain Conv kernels.

    .venv-train/bin/python models/train/dequantize_sface.py build/face_recognition_sface_2021dec_int8.onnx

The input is what models/train/quantize_sface.py makes from OpenCV Zoo's fp32 SFace (dynamic
int8 quantisation: each ConvInteger's activations are quantised at run time). onnxruntime's
ConvInteger kernel made up ~90 % of an embedding's time on this machine (77-95 ms). Here each
ConvInteger chain (DynamicQuantizeLinear -> ConvInteger -> Cast -> Mul by the two scales)
becomes one float Conv on the original activations, its weights a DequantizeLinear of the int8
weights (w = (q - zero point) x scale, per output channel). The file keeps the int8 bytes
(9.9 MB; 19.4 MB when the weights were stored as float32, until 2026-12-02); onnxruntime folds
each DequantizeLinear into a float initializer when the session is created, provided the
session sets ``session.disable_quant_qdq`` (``verifier.model_files.session`` does), and then
fuses the batch normalisations into the convolutions as before: the embeddings are those of the
float32 file bit for bit (models/MODELS.md records the agreement).
"""

from __future__ import annotations

import collections
import hashlib
import sys
from pathlib import Path

import numpy as np
import onnx
from onnx import helper, numpy_helper

OUT = Path(__file__).resolve().parents[1] / "face" / "face_recognition_sface_2021dec_int8w.onnx"


def dequantize(model: onnx.ModelProto) -> onnx.ModelProto:
    graph = model.graph
    weights = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    producer = {output: node for node in graph.node for output in node.output}
    consumers = collections.defaultdict(list)
    for node in graph.node:
        for name in node.input:
            consumers[name].append(node)
    dropped: set[int] = set()
    replaced: dict[int, onnx.NodeProto] = {}
    added_nodes: list[onnx.NodeProto] = []
    for node in graph.node:
        if node.op_type != "ConvInteger":
            continue
        quantise = producer[node.input[0]]  # DynamicQuantizeLinear of the activations
        cast = consumers[node.output[0]][0]
        mul = consumers[cast.output[0]][0]
        scales = producer[next(i for i in mul.input if i != cast.output[0])]
        weight_scale = next(i for i in scales.input if i != quantise.output[1])
        zero = weights[node.input[3]]
        scale = weights[weight_scale].astype(np.float32)
        name = node.input[1] + "_float"
        # the int8 weights stay int8 in the file: a DequantizeLinear per convolution, which
        # onnxruntime folds into a float initializer when the session is created
        inputs = [node.input[1], weight_scale, node.input[3]]
        if zero.ndim == 0 and scale.ndim == 0:
            added_nodes.append(helper.make_node("DequantizeLinear", inputs, [name]))
        else:
            added_nodes.append(helper.make_node("DequantizeLinear", inputs, [name], axis=0))
        conv = helper.make_node("Conv", [quantise.input[0], name], [mul.output[0]], name=node.name)
        conv.attribute.extend(node.attribute)
        replaced[id(mul)] = conv
        dropped.update({id(node), id(cast), id(scales)})
        if all(
            c.op_type == "ConvInteger" or c is scales for o in quantise.output for c in consumers[o]
        ):
            dropped.add(id(quantise))
    nodes = added_nodes + [replaced.get(id(n), n) for n in graph.node if id(n) not in dropped]
    del graph.node[:]
    graph.node.extend(nodes)
    used = {i for n in graph.node for i in n.input}
    kept = [i for i in graph.initializer if i.name in used]
    del graph.initializer[:]
    graph.initializer.extend(kept)
    # weights listed as graph inputs too (as exported): onnxruntime will not fold them (batch
    # normalisation into the convolutions) while a caller could override them
    constants = {i.name for i in graph.initializer}
    inputs = [i for i in graph.input if i.name not in constants]
    del graph.input[:]
    graph.input.extend(inputs)
    onnx.checker.check_model(model)
    return model


def main(source: Path) -> None:
    model = dequantize(onnx.load(str(source)))
    onnx.save(model, str(OUT))
    print(OUT, OUT.stat().st_size, hashlib.sha256(OUT.read_bytes()).hexdigest())
    print(collections.Counter(n.op_type for n in model.graph.node))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
