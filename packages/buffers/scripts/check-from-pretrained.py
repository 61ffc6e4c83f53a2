#!/usr/bin/env python3
"""Cross-check (not a test: the project's tests need no Python): checkpoints written by
`weightinit checkpoint` load with Hugging Face `from_pretrained`, for every family and head the
writer knows, with no missing, unexpected or mismatched key, every tensor loaded as written (tied
weights shared; a name the loader renames, such as GPT-NeoX's `embed_out` in transformers 5, found
by its values), a forward pass that gives finite numbers, and the default recipe (`hf`) drawing
every tensor as the family's own `_init_weights` does (constants equal, std within 5% of a model
transformers builds from the same config); first, the golden manifests of the published configs
in src/checkpoint/fixtures against the models transformers builds from them (names and shapes).

Needs torch and transformers (run with a Python that has them, e.g. a venv with torch's CPU wheel
and transformers 5.x):

    python3 packages/buffers/scripts/check-from-pretrained.py [path/to/weightinit.js]

It writes small configs of each family into a temporary folder, runs the CLI on each (float32 and
bfloat16, one and two shard files), loads each with the config's `architectures[0]` class and
prints one line per checkpoint; exit 1 if any check fails.
"""
import json
import os
import subprocess
import sys
import tempfile

import torch
import transformers
from safetensors.torch import load_file

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
CLI = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "packages/cli/bin/weightinit.js")

SMALL = dict(hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4,
             vocab_size=320, max_position_embeddings=64)

CONFIGS = {
    "llama": dict(model_type="llama", architectures=["LlamaForCausalLM"], num_key_value_heads=2,
                  rms_norm_eps=1e-6, tie_word_embeddings=False, **SMALL),
    "llama-tied-bias": dict(model_type="llama", architectures=["LlamaForCausalLM"],
                            num_key_value_heads=4, tie_word_embeddings=True, attention_bias=True,
                            mlp_bias=True, **SMALL),
    "llama-classifier": dict(model_type="llama", architectures=["LlamaForSequenceClassification"],
                             num_key_value_heads=2, num_labels=3, pad_token_id=0, **SMALL),
    "mistral": dict(model_type="mistral", architectures=["MistralForCausalLM"],
                    num_key_value_heads=2, sliding_window=32, **SMALL),
    "qwen2": dict(model_type="qwen2", architectures=["Qwen2ForCausalLM"], num_key_value_heads=2,
                  tie_word_embeddings=True, **SMALL),
    "gpt2": dict(model_type="gpt2", architectures=["GPT2LMHeadModel"], n_embd=64, n_layer=2,
                 n_head=4, n_positions=64, vocab_size=320),
    "gpt2-classifier": dict(model_type="gpt2", architectures=["GPT2ForSequenceClassification"],
                            n_embd=64, n_layer=2, n_head=4, n_positions=64, vocab_size=320,
                            num_labels=2, pad_token_id=0),
    "bert-mlm": dict(model_type="bert", architectures=["BertForMaskedLM"], type_vocab_size=2,
                     **SMALL),
    "bert-pretraining": dict(model_type="bert", architectures=["BertForPreTraining"],
                             type_vocab_size=2, **SMALL),
    "bert-qa": dict(model_type="bert", architectures=["BertForQuestionAnswering"],
                    type_vocab_size=2, **SMALL),
    "gpt_neox": dict(model_type="gpt_neox", architectures=["GPTNeoXForCausalLM"], rotary_pct=0.25,
                     use_parallel_residual=True, tie_word_embeddings=False, **SMALL),
}


def check(name, config, dtype, shards, root):
    folder = os.path.join(root, f"{name}-{dtype}-{shards}")
    path = os.path.join(root, f"{name}.config.json")
    with open(path, "w") as f:
        json.dump(config, f)
    args = ["node", CLI, "checkpoint", path, "-o", folder, "--seed", "7", "--dtype", dtype, "-q"]
    if shards > 1:
        args += ["--max-shard-size", "100KB"]
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    written = {}
    for file in sorted(os.listdir(folder)):
        if file.endswith(".safetensors"):
            written.update(load_file(os.path.join(folder, file)))
    cls = getattr(transformers, config["architectures"][0])
    model, info = cls.from_pretrained(folder, output_loading_info=True)
    problems = [f"{k}: {v}" for k, v in info.items() if v]
    state = model.state_dict()
    torch_dtype = {"float32": torch.float32, "bfloat16": torch.bfloat16}[dtype]
    for key, tensor in state.items():
        if key in written:
            if tensor.dtype != torch_dtype or not torch.equal(tensor, written[key]):
                problems.append(f"{key} differs from the file")
        elif not any(torch.equal(tensor, w) for w in written.values() if w.shape == tensor.shape):
            problems.append(f"{key} is not in the files and equals no written tensor")
    # a written name the model calls otherwise (transformers 5 renames GPT-NeoX's `embed_out` to
    # `lm_head` when it loads) must have been loaded: some model tensor holds exactly its values
    for key in sorted(set(written) - set(state)):
        if not any(torch.equal(written[key], t) for t in state.values() if t.shape == written[key].shape):
            problems.append(f"{key} was written but not loaded")
    # the default recipe (`hf`) against the family's own `_init_weights`: a model built from the
    # config by transformers itself; constant tensors equal, random ones of the same std (5%)
    if dtype == "float32":
        torch.manual_seed(0)
        reference = cls(cls.config_class(**config)).state_dict()
        for key, tensor in state.items():
            theirs = reference[key].float()
            ours = tensor.float()
            if theirs.std() == 0 or theirs.numel() < 1000:
                if theirs.std() == 0 and not torch.equal(ours, theirs):
                    problems.append(f"{key}: HF makes it constant {theirs.flatten()[0].item()}")
            elif abs(ours.std() / theirs.std() - 1) > 0.05:
                problems.append(f"{key}: std {ours.std():.4g}, HF's {theirs.std():.4g}")
    ids = torch.randint(1, 300, (2, 16))
    with torch.no_grad():
        out = model(input_ids=ids)
    first = out[0] if isinstance(out, tuple) else next(iter(out.values()))
    if not torch.isfinite(first.float()).all():
        problems.append("forward pass gave non-finite numbers")
    files = len([f for f in os.listdir(folder) if f.endswith(".safetensors")])
    status = "ok" if not problems else "FAIL: " + "; ".join(problems)
    print(f"{name:18} {dtype:8} {files} file(s) {len(written):3} tensors "
          f"{sum(t.numel() for t in written.values()):8} params  {status}")
    return not problems


FIXTURES = os.path.join(ROOT, "packages/buffers/src/checkpoint/fixtures")

# Names the writer keeps as the published checkpoints (and transformers 4) have them, which
# transformers 5 renames when it loads: GPT-NeoX's head is `embed_out` on the Hub, `lm_head` in 5.x.
RENAMED = {"embed_out.weight": "lm_head.weight"}


def manifest(file):
    """The golden manifest of a published config against the model transformers builds from it
    (on the meta device: no memory): the names and shapes `save_pretrained` would write (each
    parameter once, tied ones under their first name, and the persistent buffers)."""
    with open(os.path.join(FIXTURES, file)) as f:
        config = json.load(f)
    dry = subprocess.run(["node", CLI, "checkpoint", os.path.join(FIXTURES, file), "-o",
                          os.path.join(tempfile.gettempdir(), "unused"), "--dry-run", "--json"],
                         check=True, capture_output=True, text=True)
    ours = {t["name"]: tuple(t["shape"]) for t in json.loads(dry.stdout)["tensors"]}
    cls = getattr(transformers, config["architectures"][0])
    with torch.device("meta"):
        model = cls(cls.config_class(**config))
    theirs = {name: tuple(p.shape) for name, p in model.named_parameters()}
    persistent = {name for name, _ in model.named_buffers()
                  if name.rsplit(".", 1)[-1] not in model.get_submodule(name.rsplit(".", 1)[0])._non_persistent_buffers_set}
    theirs.update({name: tuple(b.shape) for name, b in model.named_buffers() if name in persistent})
    problems = []
    ours = {RENAMED.get(k, k) if RENAMED.get(k) in theirs and k not in theirs else k: v
            for k, v in ours.items()}
    if set(ours) != set(theirs):
        problems.append(f"only ours: {sorted(set(ours) - set(theirs))[:4]}; only theirs: {sorted(set(theirs) - set(ours))[:4]}")
    problems += [f"{k}: {ours[k]} vs {theirs[k]}" for k in ours if k in theirs and ours[k] != theirs[k]]
    count = sum(torch.Size(shape).numel() for shape in ours.values())
    print(f"{file:32} {len(ours):4} tensors {count:>13,} params  {'ok' if not problems else 'FAIL: ' + '; '.join(problems)}")
    return not problems


def main():
    print(f"torch {torch.__version__}, transformers {transformers.__version__}, CLI {CLI}")
    ok = True
    for file in sorted(f for f in os.listdir(FIXTURES) if f.endswith(".config.json")):
        ok = manifest(file) and ok
    with tempfile.TemporaryDirectory() as root:
        for name, config in CONFIGS.items():
            for dtype, shards in (("float32", 1), ("bfloat16", 2)):
                ok = check(name, config, dtype, shards, root) and ok
    sys.exit(0 if ok else 1)


main()
