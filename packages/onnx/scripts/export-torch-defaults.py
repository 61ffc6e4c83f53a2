#!/usr/bin/python3
"""Exports a small network exactly as PyTorch initializes it: the fixture of issue 15 for
`inspect`'s default comparison (a model whose producer is pytorch is compared with the `torch`
recipe) and for resizing a head (`patch --head`).

Run with Debian's Python (PyTorch 1.13, onnx 1.12), from anywhere:

    /usr/bin/python3 packages/onnx/scripts/export-torch-defaults.py

It writes packages/onnx/src/fixtures/torch/small_cnn.onnx: an nn.Sequential of Conv2d(3, 16, 3),
ReLU, Conv2d(16, 32, 3), ReLU, AdaptiveAvgPool2d(1), Flatten, Linear(32, 64), ReLU, Linear(64, 10),
with PyTorch's default initialization (kaiming_uniform(a=√5) weights, U(±1/√fan_in) biases) after
torch.manual_seed(0), never trained. Exported by torch.onnx.export (opset 14,
do_constant_folding=True, eval mode, a dynamic batch axis), as users call it: the Linear layers
become Gemm (transB=1) and keep their parameter names. The script is deterministic: running it
again writes the same bytes.
"""

from collections import OrderedDict
from pathlib import Path

import onnx
import torch
from torch import nn

OUT = Path(__file__).resolve().parent.parent / 'src' / 'fixtures' / 'torch'


def main():
    torch.manual_seed(0)
    torch.set_num_threads(1)
    model = nn.Sequential(
        OrderedDict(
            [
                ('conv1', nn.Conv2d(3, 16, 3, padding=1)),
                ('relu1', nn.ReLU()),
                ('conv2', nn.Conv2d(16, 32, 3, padding=1)),
                ('relu2', nn.ReLU()),
                ('pool', nn.AdaptiveAvgPool2d(1)),
                ('flatten', nn.Flatten()),
                ('fc1', nn.Linear(32, 64)),
                ('relu3', nn.ReLU()),
                ('fc', nn.Linear(64, 10)),
            ]
        )
    ).eval()
    path = OUT / 'small_cnn.onnx'
    OUT.mkdir(parents=True, exist_ok=True)
    torch.onnx.export(
        model,
        torch.zeros(1, 3, 16, 16),
        str(path),
        opset_version=14,
        input_names=['pixels'],
        output_names=['logits'],
        dynamic_axes={'pixels': {0: 'batch'}, 'logits': {0: 'batch'}},
    )
    exported = onnx.load(str(path))
    onnx.checker.check_model(exported)
    names = [t.name for t in exported.graph.initializer]
    print(f'{path}: producer {exported.producer_name} {exported.producer_version}, {names}')


if __name__ == '__main__':
    main()
