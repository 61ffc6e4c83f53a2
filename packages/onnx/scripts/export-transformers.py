#!/usr/bin/python3
"""Exports the small transformer fixtures of issue 12 and their ground truth.

Run with Debian's Python (PyTorch 1.13, onnx 1.12, numpy), from anywhere:

    /usr/bin/python3 packages/onnx/scripts/export-transformers.py

It writes into packages/onnx/src/fixtures/transformers/, for each model, `<name>.onnx` and
`<name>.truth.json`. The models are written here in plain torch (no `transformers`, no `timm`),
with the module structure, parameter names and forward code of the architectures they mimic:

- gpt2: Hugging Face `modeling_gpt2` (GPT2LMHeadModel: Conv1D [in, out] weights used through
  `torch.addmm`, gelu_new, a causal-mask buffer per layer, lm_head tied to wte);
- llama: Hugging Face `modeling_llama` (LlamaForCausalLM: RMSNorm, rotary embedding, grouped-query
  attention, SwiGLU MLP, bias-free projections, untied lm_head);
- vit: timm `vision_transformer` (VisionTransformer: Conv2d patch embedding, cls_token, pos_embed,
  packed qkv Linear, GELU (erf) MLP, class-token pooling, Linear head);
- torch_encoder: `nn.TransformerEncoder` of `nn.TransformerEncoderLayer(batch_first=True)` between
  a token embedding and a Linear head, exported right after construction, so that its deep-copied
  layers are identical and the exporter de-duplicates them.

Every parameter gets its own seeded values (weights N(0, 0.02) and so on) except the encoder's,
which keep their values as constructed (deep copies, zero biases, unit norms), and GPT-2's head,
which is wte itself. The truth is found by matching every ONNX initializer (and Constant node)
numerically against every parameter and buffer, as is or transposed, so it records what the
exporter actually did. The script is deterministic: running it again rewrites the same bytes.
"""

import io
import json
import math
import re
import sys
from pathlib import Path

import numpy as np
import onnx
import torch
from onnx import numpy_helper
from torch import nn

OPSET = 14
OUT = Path(__file__).resolve().parent.parent / 'src' / 'fixtures' / 'transformers'


# ---------------------------------------------------------------------------------------------
# GPT-2 (transformers/models/gpt2/modeling_gpt2.py)


class Conv1D(nn.Module):
    """HF's Conv1D: a Linear layer whose weight is stored transposed, [in, out]."""

    def __init__(self, nf, nx):
        super().__init__()
        self.nf = nf
        self.weight = nn.Parameter(torch.empty(nx, nf))
        self.bias = nn.Parameter(torch.zeros(nf))
        nn.init.normal_(self.weight, std=0.02)

    def forward(self, x):
        size_out = x.size()[:-1] + (self.nf,)
        x = torch.addmm(self.bias, x.view(-1, x.size(-1)), self.weight)
        x = x.view(size_out)
        return x


class NewGELUActivation(nn.Module):
    def forward(self, input):
        return 0.5 * input * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi) * (input + 0.044715 * torch.pow(input, 3.0))))


class GPT2Attention(nn.Module):
    def __init__(self, config):
        super().__init__()
        max_positions = config['n_positions']
        self.register_buffer(
            'bias',
            torch.tril(torch.ones((max_positions, max_positions), dtype=torch.bool)).view(
                1, 1, max_positions, max_positions
            ),
            persistent=False,
        )
        self.register_buffer('masked_bias', torch.tensor(-1e4), persistent=False)
        self.embed_dim = config['n_embd']
        self.num_heads = config['n_head']
        self.head_dim = self.embed_dim // self.num_heads
        self.split_size = self.embed_dim
        self.scale_attn_weights = True
        self.c_attn = Conv1D(3 * self.embed_dim, self.embed_dim)
        self.c_proj = Conv1D(self.embed_dim, self.embed_dim)
        self.attn_dropout = nn.Dropout(config['attn_pdrop'])
        self.resid_dropout = nn.Dropout(config['resid_pdrop'])

    def _attn(self, query, key, value):
        attn_weights = torch.matmul(query, key.transpose(-1, -2))
        if self.scale_attn_weights:
            attn_weights = attn_weights / torch.full(
                [], value.size(-1) ** 0.5, dtype=attn_weights.dtype, device=attn_weights.device
            )
        query_length, key_length = query.size(-2), key.size(-2)
        causal_mask = self.bias[:, :, key_length - query_length : key_length, :key_length]
        mask_value = torch.finfo(attn_weights.dtype).min
        mask_value = torch.full([], mask_value, dtype=attn_weights.dtype, device=attn_weights.device)
        attn_weights = torch.where(causal_mask, attn_weights.to(attn_weights.dtype), mask_value)
        attn_weights = nn.functional.softmax(attn_weights, dim=-1)
        attn_weights = attn_weights.type(value.dtype)
        attn_weights = self.attn_dropout(attn_weights)
        attn_output = torch.matmul(attn_weights, value)
        return attn_output

    def _split_heads(self, tensor, num_heads, attn_head_size):
        new_shape = tensor.size()[:-1] + (num_heads, attn_head_size)
        tensor = tensor.view(new_shape)
        return tensor.permute(0, 2, 1, 3)

    def _merge_heads(self, tensor, num_heads, attn_head_size):
        tensor = tensor.permute(0, 2, 1, 3).contiguous()
        new_shape = tensor.size()[:-2] + (num_heads * attn_head_size,)
        return tensor.view(new_shape)

    def forward(self, hidden_states):
        query, key, value = self.c_attn(hidden_states).split(self.split_size, dim=2)
        query = self._split_heads(query, self.num_heads, self.head_dim)
        key = self._split_heads(key, self.num_heads, self.head_dim)
        value = self._split_heads(value, self.num_heads, self.head_dim)
        attn_output = self._attn(query, key, value)
        attn_output = self._merge_heads(attn_output, self.num_heads, self.head_dim)
        attn_output = self.c_proj(attn_output)
        attn_output = self.resid_dropout(attn_output)
        return attn_output


class GPT2MLP(nn.Module):
    def __init__(self, intermediate_size, config):
        super().__init__()
        embed_dim = config['n_embd']
        self.c_fc = Conv1D(intermediate_size, embed_dim)
        self.c_proj = Conv1D(embed_dim, intermediate_size)
        self.act = NewGELUActivation()
        self.dropout = nn.Dropout(config['resid_pdrop'])

    def forward(self, hidden_states):
        hidden_states = self.c_fc(hidden_states)
        hidden_states = self.act(hidden_states)
        hidden_states = self.c_proj(hidden_states)
        hidden_states = self.dropout(hidden_states)
        return hidden_states


class GPT2Block(nn.Module):
    def __init__(self, config):
        super().__init__()
        hidden_size = config['n_embd']
        inner_dim = 4 * hidden_size
        self.ln_1 = nn.LayerNorm(hidden_size, eps=config['layer_norm_epsilon'])
        self.attn = GPT2Attention(config)
        self.ln_2 = nn.LayerNorm(hidden_size, eps=config['layer_norm_epsilon'])
        self.mlp = GPT2MLP(inner_dim, config)

    def forward(self, hidden_states):
        residual = hidden_states
        hidden_states = self.ln_1(hidden_states)
        attn_output = self.attn(hidden_states)
        hidden_states = attn_output + residual
        residual = hidden_states
        hidden_states = self.ln_2(hidden_states)
        feed_forward_hidden_states = self.mlp(hidden_states)
        hidden_states = residual + feed_forward_hidden_states
        return hidden_states


class GPT2Model(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.embed_dim = config['n_embd']
        self.wte = nn.Embedding(config['vocab_size'], self.embed_dim)
        self.wpe = nn.Embedding(config['n_positions'], self.embed_dim)
        self.drop = nn.Dropout(config['embd_pdrop'])
        self.h = nn.ModuleList([GPT2Block(config) for _ in range(config['n_layer'])])
        self.ln_f = nn.LayerNorm(self.embed_dim, eps=config['layer_norm_epsilon'])

    def forward(self, input_ids):
        input_shape = input_ids.size()
        input_ids = input_ids.view(-1, input_shape[-1])
        position_ids = torch.arange(0, input_shape[-1], dtype=torch.long, device=input_ids.device)
        position_ids = position_ids.unsqueeze(0).view(-1, input_shape[-1])
        inputs_embeds = self.wte(input_ids)
        position_embeds = self.wpe(position_ids)
        hidden_states = inputs_embeds + position_embeds
        hidden_states = self.drop(hidden_states)
        output_shape = input_shape + (hidden_states.size(-1),)
        for block in self.h:
            hidden_states = block(hidden_states)
        hidden_states = self.ln_f(hidden_states)
        hidden_states = hidden_states.view(output_shape)
        return hidden_states


class GPT2LMHeadModel(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.transformer = GPT2Model(config)
        self.lm_head = nn.Linear(config['n_embd'], config['vocab_size'], bias=False)
        # tie_weights(): the head IS the token embedding (one Parameter under two names)
        self.lm_head.weight = self.transformer.wte.weight

    def forward(self, input_ids):
        hidden_states = self.transformer(input_ids)
        return self.lm_head(hidden_states)


# ---------------------------------------------------------------------------------------------
# Llama (transformers/models/llama/modeling_llama.py)


class LlamaRMSNorm(nn.Module):
    def __init__(self, hidden_size, eps=1e-6):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(hidden_size))
        self.variance_epsilon = eps

    def forward(self, hidden_states):
        input_dtype = hidden_states.dtype
        hidden_states = hidden_states.to(torch.float32)
        variance = hidden_states.pow(2).mean(-1, keepdim=True)
        hidden_states = hidden_states * torch.rsqrt(variance + self.variance_epsilon)
        return self.weight * hidden_states.to(input_dtype)


class LlamaRotaryEmbedding(nn.Module):
    def __init__(self, config):
        super().__init__()
        base = config['rope_theta']
        dim = config['hidden_size'] // config['num_attention_heads']
        inv_freq = 1.0 / (base ** (torch.arange(0, dim, 2, dtype=torch.int64).float() / dim))
        self.register_buffer('inv_freq', inv_freq, persistent=False)
        self.attention_scaling = 1.0

    def forward(self, x, position_ids):
        inv_freq_expanded = self.inv_freq[None, :, None].float().expand(position_ids.shape[0], -1, 1)
        position_ids_expanded = position_ids[:, None, :].float()
        freqs = (inv_freq_expanded.float() @ position_ids_expanded.float()).transpose(1, 2)
        emb = torch.cat((freqs, freqs), dim=-1)
        cos = emb.cos() * self.attention_scaling
        sin = emb.sin() * self.attention_scaling
        return cos.to(dtype=x.dtype), sin.to(dtype=x.dtype)


def rotate_half(x):
    x1 = x[..., : x.shape[-1] // 2]
    x2 = x[..., x.shape[-1] // 2 :]
    return torch.cat((-x2, x1), dim=-1)


def apply_rotary_pos_emb(q, k, cos, sin, unsqueeze_dim=1):
    cos = cos.unsqueeze(unsqueeze_dim)
    sin = sin.unsqueeze(unsqueeze_dim)
    q_embed = (q * cos) + (rotate_half(q) * sin)
    k_embed = (k * cos) + (rotate_half(k) * sin)
    return q_embed, k_embed


def repeat_kv(hidden_states, n_rep):
    batch, num_key_value_heads, slen, head_dim = hidden_states.shape
    if n_rep == 1:
        return hidden_states
    hidden_states = hidden_states[:, :, None, :, :].expand(batch, num_key_value_heads, n_rep, slen, head_dim)
    return hidden_states.reshape(batch, num_key_value_heads * n_rep, slen, head_dim)


class LlamaMLP(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.hidden_size = config['hidden_size']
        self.intermediate_size = config['intermediate_size']
        self.gate_proj = nn.Linear(self.hidden_size, self.intermediate_size, bias=False)
        self.up_proj = nn.Linear(self.hidden_size, self.intermediate_size, bias=False)
        self.down_proj = nn.Linear(self.intermediate_size, self.hidden_size, bias=False)
        self.act_fn = nn.SiLU()

    def forward(self, x):
        return self.down_proj(self.act_fn(self.gate_proj(x)) * self.up_proj(x))


class LlamaAttention(nn.Module):
    def __init__(self, config, layer_idx):
        super().__init__()
        self.layer_idx = layer_idx
        self.head_dim = config['hidden_size'] // config['num_attention_heads']
        self.num_key_value_groups = config['num_attention_heads'] // config['num_key_value_heads']
        self.scaling = self.head_dim**-0.5
        hidden = config['hidden_size']
        self.q_proj = nn.Linear(hidden, config['num_attention_heads'] * self.head_dim, bias=False)
        self.k_proj = nn.Linear(hidden, config['num_key_value_heads'] * self.head_dim, bias=False)
        self.v_proj = nn.Linear(hidden, config['num_key_value_heads'] * self.head_dim, bias=False)
        self.o_proj = nn.Linear(config['num_attention_heads'] * self.head_dim, hidden, bias=False)

    def forward(self, hidden_states, position_embeddings, attention_mask):
        input_shape = hidden_states.shape[:-1]
        hidden_shape = (*input_shape, -1, self.head_dim)
        query_states = self.q_proj(hidden_states).view(hidden_shape).transpose(1, 2)
        key_states = self.k_proj(hidden_states).view(hidden_shape).transpose(1, 2)
        value_states = self.v_proj(hidden_states).view(hidden_shape).transpose(1, 2)
        cos, sin = position_embeddings
        query_states, key_states = apply_rotary_pos_emb(query_states, key_states, cos, sin)
        # eager_attention_forward
        key_states = repeat_kv(key_states, self.num_key_value_groups)
        value_states = repeat_kv(value_states, self.num_key_value_groups)
        attn_weights = torch.matmul(query_states, key_states.transpose(2, 3)) * self.scaling
        causal_mask = attention_mask[:, :, :, : key_states.shape[-2]]
        attn_weights = attn_weights + causal_mask
        attn_weights = nn.functional.softmax(attn_weights, dim=-1, dtype=torch.float32).to(query_states.dtype)
        attn_output = torch.matmul(attn_weights, value_states)
        attn_output = attn_output.transpose(1, 2).contiguous()
        attn_output = attn_output.reshape(*input_shape, -1).contiguous()
        attn_output = self.o_proj(attn_output)
        return attn_output


class LlamaDecoderLayer(nn.Module):
    def __init__(self, config, layer_idx):
        super().__init__()
        self.hidden_size = config['hidden_size']
        self.self_attn = LlamaAttention(config, layer_idx)
        self.mlp = LlamaMLP(config)
        self.input_layernorm = LlamaRMSNorm(config['hidden_size'], eps=config['rms_norm_eps'])
        self.post_attention_layernorm = LlamaRMSNorm(config['hidden_size'], eps=config['rms_norm_eps'])

    def forward(self, hidden_states, attention_mask, position_embeddings):
        residual = hidden_states
        hidden_states = self.input_layernorm(hidden_states)
        hidden_states = self.self_attn(hidden_states, position_embeddings, attention_mask)
        hidden_states = residual + hidden_states
        residual = hidden_states
        hidden_states = self.post_attention_layernorm(hidden_states)
        hidden_states = self.mlp(hidden_states)
        hidden_states = residual + hidden_states
        return hidden_states


def make_causal_mask(input_ids, dtype):
    """transformers' `_make_causal_mask` (4.3x): 0 on and below the diagonal, min above."""
    bsz, tgt_len = input_ids.shape
    mask = torch.full((tgt_len, tgt_len), torch.finfo(dtype).min)
    mask_cond = torch.arange(mask.size(-1))
    mask.masked_fill_(mask_cond < (mask_cond + 1).view(mask.size(-1), 1), 0)
    mask = mask.to(dtype)
    return mask[None, None, :, :].expand(bsz, 1, tgt_len, tgt_len)


class LlamaModel(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.embed_tokens = nn.Embedding(config['vocab_size'], config['hidden_size'])
        self.layers = nn.ModuleList(
            [LlamaDecoderLayer(config, layer_idx) for layer_idx in range(config['num_hidden_layers'])]
        )
        self.norm = LlamaRMSNorm(config['hidden_size'], eps=config['rms_norm_eps'])
        self.rotary_emb = LlamaRotaryEmbedding(config)

    def forward(self, input_ids):
        inputs_embeds = self.embed_tokens(input_ids)
        position_ids = torch.arange(0, inputs_embeds.shape[1], device=inputs_embeds.device).unsqueeze(0)
        causal_mask = make_causal_mask(input_ids, inputs_embeds.dtype)
        hidden_states = inputs_embeds
        position_embeddings = self.rotary_emb(hidden_states, position_ids)
        for decoder_layer in self.layers:
            hidden_states = decoder_layer(hidden_states, causal_mask, position_embeddings)
        hidden_states = self.norm(hidden_states)
        return hidden_states


class LlamaForCausalLM(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.model = LlamaModel(config)
        self.lm_head = nn.Linear(config['hidden_size'], config['vocab_size'], bias=False)

    def forward(self, input_ids):
        return self.lm_head(self.model(input_ids))


# ---------------------------------------------------------------------------------------------
# ViT (timm/models/vision_transformer.py, timm/layers/patch_embed.py, timm/layers/mlp.py)


class PatchEmbed(nn.Module):
    def __init__(self, img_size, patch_size, in_chans, embed_dim):
        super().__init__()
        self.img_size = (img_size, img_size)
        self.patch_size = (patch_size, patch_size)
        self.grid_size = (img_size // patch_size, img_size // patch_size)
        self.num_patches = self.grid_size[0] * self.grid_size[1]
        self.flatten = True
        self.proj = nn.Conv2d(in_chans, embed_dim, kernel_size=patch_size, stride=patch_size, bias=True)
        self.norm = nn.Identity()

    def forward(self, x):
        x = self.proj(x)
        if self.flatten:
            x = x.flatten(2).transpose(1, 2)  # NCHW -> NLC
        x = self.norm(x)
        return x


class Attention(nn.Module):
    def __init__(self, dim, num_heads, qkv_bias=True):
        super().__init__()
        self.num_heads = num_heads
        self.head_dim = dim // num_heads
        self.scale = self.head_dim**-0.5
        self.fused_attn = False  # torch 1.13 has no F.scaled_dot_product_attention
        self.qkv = nn.Linear(dim, dim * 3, bias=qkv_bias)
        self.q_norm = nn.Identity()
        self.k_norm = nn.Identity()
        self.attn_drop = nn.Dropout(0.0)
        self.proj = nn.Linear(dim, dim)
        self.proj_drop = nn.Dropout(0.0)

    def forward(self, x):
        B, N, C = x.shape
        qkv = self.qkv(x).reshape(B, N, 3, self.num_heads, self.head_dim).permute(2, 0, 3, 1, 4)
        q, k, v = qkv.unbind(0)
        q, k = self.q_norm(q), self.k_norm(k)
        q = q * self.scale
        attn = q @ k.transpose(-2, -1)
        attn = attn.softmax(dim=-1)
        attn = self.attn_drop(attn)
        x = attn @ v
        x = x.transpose(1, 2).reshape(B, N, C)
        x = self.proj(x)
        x = self.proj_drop(x)
        return x


class Mlp(nn.Module):
    def __init__(self, in_features, hidden_features):
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden_features)
        self.act = nn.GELU()
        self.drop1 = nn.Dropout(0.0)
        self.norm = nn.Identity()
        self.fc2 = nn.Linear(hidden_features, in_features)
        self.drop2 = nn.Dropout(0.0)

    def forward(self, x):
        x = self.fc1(x)
        x = self.act(x)
        x = self.drop1(x)
        x = self.norm(x)
        x = self.fc2(x)
        x = self.drop2(x)
        return x


class Block(nn.Module):
    def __init__(self, dim, num_heads, mlp_ratio=4.0):
        super().__init__()
        self.norm1 = nn.LayerNorm(dim, eps=1e-6)
        self.attn = Attention(dim, num_heads)
        self.ls1 = nn.Identity()
        self.drop_path1 = nn.Identity()
        self.norm2 = nn.LayerNorm(dim, eps=1e-6)
        self.mlp = Mlp(dim, int(dim * mlp_ratio))
        self.ls2 = nn.Identity()
        self.drop_path2 = nn.Identity()

    def forward(self, x):
        x = x + self.drop_path1(self.ls1(self.attn(self.norm1(x))))
        x = x + self.drop_path2(self.ls2(self.mlp(self.norm2(x))))
        return x


class VisionTransformer(nn.Module):
    def __init__(self, img_size, patch_size, in_chans, num_classes, embed_dim, depth, num_heads):
        super().__init__()
        self.num_classes = num_classes
        self.global_pool = 'token'
        self.num_prefix_tokens = 1
        self.patch_embed = PatchEmbed(img_size, patch_size, in_chans, embed_dim)
        num_patches = self.patch_embed.num_patches
        self.cls_token = nn.Parameter(torch.zeros(1, 1, embed_dim))
        self.pos_embed = nn.Parameter(torch.randn(1, num_patches + self.num_prefix_tokens, embed_dim) * 0.02)
        self.pos_drop = nn.Dropout(0.0)
        self.patch_drop = nn.Identity()
        self.norm_pre = nn.Identity()
        self.blocks = nn.Sequential(*[Block(embed_dim, num_heads) for _ in range(depth)])
        self.norm = nn.LayerNorm(embed_dim, eps=1e-6)
        self.fc_norm = nn.Identity()
        self.head_drop = nn.Dropout(0.0)
        self.head = nn.Linear(embed_dim, num_classes)

    def _pos_embed(self, x):
        to_cat = [self.cls_token.expand(x.shape[0], -1, -1)]
        x = torch.cat(to_cat + [x], dim=1)
        x = x + self.pos_embed
        return self.pos_drop(x)

    def forward_features(self, x):
        x = self.patch_embed(x)
        x = self._pos_embed(x)
        x = self.patch_drop(x)
        x = self.norm_pre(x)
        x = self.blocks(x)
        x = self.norm(x)
        return x

    def forward_head(self, x):
        x = x[:, 0]  # global_pool == 'token'
        x = self.fc_norm(x)
        x = self.head_drop(x)
        return self.head(x)

    def forward(self, x):
        return self.forward_head(self.forward_features(x))


# ---------------------------------------------------------------------------------------------
# nn.TransformerEncoder between a token embedding and a Linear head


class TorchEncoder(nn.Module):
    def __init__(self, vocab, d_model, nhead, dim_feedforward, num_layers):
        super().__init__()
        self.embed = nn.Embedding(vocab, d_model)
        layer = nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward=dim_feedforward, batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, num_layers=num_layers)
        self.head = nn.Linear(d_model, vocab)

    def forward(self, input_ids):
        return self.head(self.encoder(self.embed(input_ids)))


# ---------------------------------------------------------------------------------------------
# Roles (the vocabulary of packages/core/src/schemes/roles.ts) of each parameter, by name.


def gpt2_role(name):
    """(role, block, extra) for a GPT2LMHeadModel parameter name."""
    parts = name.split('.')
    block = int(parts[2]) if parts[:2] == ['transformer', 'h'] else None
    tail = '.'.join(parts[3:]) if block is not None else name
    table = {
        'transformer.wte.weight': ('tied_embedding', {'use': 'token embedding (Gather)'}),
        'lm_head.weight': ('tied_embedding', {'use': 'readout (lm_head, tied to transformer.wte.weight)'}),
        'transformer.wpe.weight': ('position_embedding', {}),
        'transformer.ln_f.weight': ('norm_scale', {'norm': 'layer_norm'}),
        'transformer.ln_f.bias': ('norm_shift', {'norm': 'layer_norm'}),
        'ln_1.weight': ('norm_scale', {'norm': 'layer_norm'}),
        'ln_1.bias': ('norm_shift', {'norm': 'layer_norm'}),
        'ln_2.weight': ('norm_scale', {'norm': 'layer_norm'}),
        'ln_2.bias': ('norm_shift', {'norm': 'layer_norm'}),
        'attn.c_attn.weight': ('attention_qkv', {}),
        'attn.c_attn.bias': ('attention_qkv_bias', {}),
        'attn.c_proj.weight': ('attention_output', {}),
        'attn.c_proj.bias': ('attention_output_bias', {}),
        'mlp.c_fc.weight': ('mlp_input', {}),
        'mlp.c_fc.bias': ('mlp_input_bias', {}),
        'mlp.c_proj.weight': ('mlp_output', {}),
        'mlp.c_proj.bias': ('mlp_output_bias', {}),
        'attn.bias': (None, {'description': 'causal mask (bool buffer, persistent=False)'}),
        'attn.masked_bias': (None, {'description': 'masked_bias (buffer, unused by the forward)'}),
    }
    role, extra = table[tail]
    return role, block, extra


def llama_role(name):
    parts = name.split('.')
    block = int(parts[2]) if parts[:2] == ['model', 'layers'] else None
    tail = '.'.join(parts[3:]) if block is not None else name
    table = {
        'model.embed_tokens.weight': ('token_embedding', {}),
        'lm_head.weight': ('readout', {'tied': False}),
        'model.norm.weight': ('rms_norm_scale', {'norm': 'rms_norm'}),
        'input_layernorm.weight': ('rms_norm_scale', {'norm': 'rms_norm'}),
        'post_attention_layernorm.weight': ('rms_norm_scale', {'norm': 'rms_norm'}),
        'self_attn.q_proj.weight': ('attention_query', {}),
        'self_attn.k_proj.weight': ('attention_key', {}),
        'self_attn.v_proj.weight': ('attention_value', {}),
        'self_attn.o_proj.weight': ('attention_output', {}),
        'mlp.gate_proj.weight': ('mlp_gate', {}),
        'mlp.up_proj.weight': ('mlp_up', {}),
        'mlp.down_proj.weight': ('mlp_output', {}),
        'model.rotary_emb.inv_freq': (None, {'description': 'rotary inverse frequencies (buffer, persistent=False)'}),
    }
    role, extra = table[tail]
    return role, block, extra


def vit_role(name):
    parts = name.split('.')
    block = int(parts[1]) if parts[0] == 'blocks' else None
    tail = '.'.join(parts[2:]) if block is not None else name
    table = {
        'cls_token': ('class_token', {}),
        'pos_embed': ('position_embedding', {}),
        'patch_embed.proj.weight': ('patch_embedding', {}),
        'patch_embed.proj.bias': ('patch_embedding_bias', {}),
        'norm.weight': ('norm_scale', {'norm': 'layer_norm'}),
        'norm.bias': ('norm_shift', {'norm': 'layer_norm'}),
        'head.weight': ('readout', {'tied': False}),
        'head.bias': ('readout_bias', {}),
        'norm1.weight': ('norm_scale', {'norm': 'layer_norm'}),
        'norm1.bias': ('norm_shift', {'norm': 'layer_norm'}),
        'norm2.weight': ('norm_scale', {'norm': 'layer_norm'}),
        'norm2.bias': ('norm_shift', {'norm': 'layer_norm'}),
        'attn.qkv.weight': ('attention_qkv', {}),
        'attn.qkv.bias': ('attention_qkv_bias', {}),
        'attn.proj.weight': ('attention_output', {}),
        'attn.proj.bias': ('attention_output_bias', {}),
        'mlp.fc1.weight': ('mlp_input', {}),
        'mlp.fc1.bias': ('mlp_input_bias', {}),
        'mlp.fc2.weight': ('mlp_output', {}),
        'mlp.fc2.bias': ('mlp_output_bias', {}),
    }
    role, extra = table[tail]
    return role, block, extra


def encoder_role(name):
    parts = name.split('.')
    block = int(parts[2]) if parts[:2] == ['encoder', 'layers'] else None
    tail = '.'.join(parts[3:]) if block is not None else name
    table = {
        'embed.weight': ('token_embedding', {}),
        'head.weight': ('readout', {'tied': False}),
        'head.bias': ('readout_bias', {}),
        'self_attn.in_proj_weight': ('attention_qkv', {}),
        'self_attn.in_proj_bias': ('attention_qkv_bias', {}),
        'self_attn.out_proj.weight': ('attention_output', {}),
        'self_attn.out_proj.bias': ('attention_output_bias', {}),
        'linear1.weight': ('mlp_input', {}),
        'linear1.bias': ('mlp_input_bias', {}),
        'linear2.weight': ('mlp_output', {}),
        'linear2.bias': ('mlp_output_bias', {}),
        'norm1.weight': ('norm_scale', {'norm': 'layer_norm'}),
        'norm1.bias': ('norm_shift', {'norm': 'layer_norm'}),
        'norm2.weight': ('norm_scale', {'norm': 'layer_norm'}),
        'norm2.bias': ('norm_shift', {'norm': 'layer_norm'}),
    }
    role, extra = table[tail]
    return role, block, extra


# ---------------------------------------------------------------------------------------------
# Filling, exporting, matching


def fill_distinct(model, seed):
    """Gives every parameter its own seeded values: weights, embeddings, tokens N(0, 0.02), biases
    N(0, 0.02), norm scales 1 + N(0, 0.1). Shared parameters (a tied head) are filled once."""
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in model.named_parameters():  # remove_duplicate=True: the tied head once
            noise = torch.randn(p.shape, generator=gen)
            is_norm_scale = name.endswith('.weight') and p.dim() == 1
            p.copy_(1.0 + 0.1 * noise if is_norm_scale else 0.02 * noise)


def export(model, args, path, input_names, output_names, dynamic_axes):
    model.eval()
    buffer = io.BytesIO()
    # As users call it: grad enabled, parameters requiring grad, eval mode.
    torch.onnx.export(
        model,
        args,
        buffer,
        opset_version=OPSET,
        do_constant_folding=True,
        input_names=input_names,
        output_names=output_names,
        dynamic_axes=dynamic_axes,
    )
    data = buffer.getvalue()
    path.write_bytes(data)
    return onnx.load_from_string(data)


def onnx_dtype_name(data_type):
    """numpy's (and onnxruntime's) name of an ONNX data type: float32, int64, bool."""
    return onnx.mapping.TENSOR_TYPE_TO_NP_TYPE[data_type].name


def match(array, reference):
    """How `array` (an ONNX tensor) holds `reference` (a torch tensor as numpy): 'identity',
    'transpose' (2-D, reversed axes) or 'reshape' (same values in row-major order), else None."""
    if array.dtype != reference.dtype or array.size != reference.size or array.size == 0:
        return None
    if array.shape == reference.shape and np.array_equal(array, reference):
        return 'identity'
    if reference.ndim == 2 and array.shape == reference.T.shape and np.array_equal(array, reference.T):
        return 'transpose'
    if np.array_equal(array.reshape(-1), reference.reshape(-1)):
        return 'reshape'
    return None


def onnx_tensors(proto):
    """Every initializer, and every Constant node's tensor, of the main graph (these fixtures have
    no subgraphs; the script checks that)."""
    for node in proto.graph.node:
        for attribute in node.attribute:
            if attribute.type in (onnx.AttributeProto.GRAPH, onnx.AttributeProto.GRAPHS):
                raise SystemExit(f'unexpected subgraph in {node.name}')
    for tensor in proto.graph.initializer:
        yield 'initializer', None, tensor
    for node in proto.graph.node:
        if node.op_type == 'Constant':
            for attribute in node.attribute:
                if attribute.name == 'value':
                    yield 'constant_node', node.name, attribute.t


def uses_of(proto, name):
    """The nodes that read the value `name`; an Identity (the exporter's de-duplication reads the
    kept tensor through one per dropped parameter, its output named after that parameter) is
    followed to the nodes that read its output."""
    uses = []
    for node in proto.graph.node:
        for index, value in enumerate(node.input):
            if value != name:
                continue
            use = {'node': node.name, 'op': node.op_type, 'input': index}
            if node.op_type == 'Identity':
                use['output'] = node.output[0]
                use['then'] = uses_of(proto, node.output[0])
            uses.append(use)
    return uses


def packed_split(role, shape, transform, parameter_shape, sizes):
    """The Q/K/V split of a packed tensor: along which axis of the ONNX tensor (and of the
    parameter), with which sizes."""
    if role == 'attention_qkv':
        # the parameter's output axis: 1 for HF Conv1D [in, out], 0 for nn.Linear [out, in]
        parameter_axis = 1 if sizes['layout'] == 'conv1d' else 0
    else:
        parameter_axis = 0
    axis = parameter_axis
    if transform == 'transpose':
        axis = 1 - parameter_axis
    assert shape[axis] == sum(sizes['sizes']), (shape, axis, sizes)
    return {
        'axis': axis,
        'parameter_axis': parameter_axis,
        'sizes': sizes['sizes'],
        'roles': (
            ['attention_query', 'attention_key', 'attention_value']
            if role == 'attention_qkv'
            else ['attention_query_bias', 'attention_key_bias', 'attention_value_bias']
        ),
    }


def all_named(model, attribute):
    """Every (name, tensor) of `_parameters` or `_buffers`, under every name (torch 1.13's
    named_parameters has no remove_duplicate=False: a tied Parameter would appear once)."""
    for module_name, module in model.named_modules(remove_duplicate=False):
        for name, value in getattr(module, attribute).items():
            if value is not None:
                yield (f'{module_name}.{name}' if module_name else name), value


def build_truth(name, model, proto, role_of, architecture, packed_sizes, notes):
    named_parameters = dict(all_named(model, '_parameters'))
    references = []
    for pname, p in named_parameters.items():
        references.append(('parameter', pname, p.detach().numpy()))
    named_buffers = dict(all_named(model, '_buffers'))
    for bname, b in named_buffers.items():
        references.append(('buffer', bname, b.detach().numpy()))
    tensors_by_name = {**named_parameters, **named_buffers}

    tensors = []
    matched_parameters = {}
    for where, node_name, tensor in onnx_tensors(proto):
        array = numpy_helper.to_array(tensor)
        sources = []
        for kind, rname, value in references:
            transform = match(array, value)
            if transform is None:
                continue
            role, block, extra = role_of(rname)
            source = {'parameter' if kind == 'parameter' else 'buffer': rname, 'transform': transform}
            source['shape'] = list(value.shape)
            source['role'] = role
            source['block'] = block
            source.update(extra)
            sources.append(source)
            if kind == 'parameter':
                matched_parameters.setdefault(rname, []).append(tensor.name if where == 'initializer' else node_name)
        if where == 'constant_node' and not sources:
            continue  # a Constant node that holds no parameter: not listed
        entry = {
            'name': tensor.name if where == 'initializer' else node_name,
            'where': where,
            'shape': list(tensor.dims),
            'dtype': onnx_dtype_name(tensor.data_type),
            'data_type': tensor.data_type,
        }
        if where == 'constant_node':
            entry['node'] = node_name
        parameter_sources = [s for s in sources if 'parameter' in s]
        if parameter_sources:
            entry['kind'] = 'parameter'
        elif sources:
            entry['kind'] = 'buffer'
        else:
            entry['kind'] = 'constant'
        roles = sorted({s['role'] for s in sources if s['role'] is not None})
        blocks = sorted({s['block'] for s in sources if s['block'] is not None})
        entry['role'] = roles[0] if len(roles) == 1 else None
        entry['roles'] = roles
        in_blocks = {s['block'] is not None for s in sources}
        entry['block'] = blocks[0] if len(blocks) == 1 and in_blocks == {True} else None
        entry['blocks'] = blocks
        transforms = sorted({s['transform'] for s in sources})
        entry['transform'] = transforms[0] if len(transforms) == 1 else None
        # several distinct Parameters (not one tied Parameter under two names) in one tensor
        distinct = {id(tensors_by_name[s.get('parameter', s.get('buffer'))]) for s in sources}
        entry['deduplicated'] = len(distinct) > 1
        entry['sources'] = sources
        if entry['role'] in ('attention_qkv', 'attention_qkv_bias'):
            source = parameter_sources[0]
            entry['packed'] = packed_split(
                entry['role'], entry['shape'], source['transform'], source['shape'], packed_sizes
            )
        if where == 'initializer':
            entry['uses'] = uses_of(proto, tensor.name)
        else:
            node = next(n for n in proto.graph.node if n.name == node_name)
            entry['output'] = node.output[0]
            entry['uses'] = uses_of(proto, node.output[0])
        tensors.append(entry)

    parameters = {}
    for pname, p in named_parameters.items():
        role, block, extra = role_of(pname)
        parameters[pname] = {
            'shape': list(p.shape),
            'role': role,
            'block': block,
            'onnx': matched_parameters.get(pname, []),
        }
    missing = [p for p, v in parameters.items() if not v['onnx']]
    if missing:
        raise SystemExit(f'{name}: parameters not found in the ONNX file: {missing}')

    return {
        'model': name,
        'file': f'{name}.onnx',
        'made_by': 'packages/onnx/scripts/export-transformers.py',
        'exporter': {
            'torch': torch.__version__,
            'onnx': onnx.__version__,
            'opset': OPSET,
            'do_constant_folding': True,
            'ir_version': proto.ir_version,
            'producer': f'{proto.producer_name} {proto.producer_version}',
        },
        'architecture': architecture,
        'inputs': [io_info(v) for v in proto.graph.input],
        'outputs': [io_info(v) for v in proto.graph.output],
        'counts': {
            'initializers': len(proto.graph.initializer),
            'parameter_tensors': sum(1 for t in tensors if t['kind'] == 'parameter'),
            'buffer_tensors': sum(1 for t in tensors if t['kind'] == 'buffer'),
            'constant_tensors': sum(1 for t in tensors if t['kind'] == 'constant'),
            'constant_nodes': sum(1 for n in proto.graph.node if n.op_type == 'Constant'),
            'nodes': len(proto.graph.node),
            'torch_parameters': len(parameters),
        },
        'notes': notes,
        'tensors': tensors,
        'parameters': parameters,
    }


def io_info(value):
    tensor_type = value.type.tensor_type
    return {
        'name': value.name,
        'dtype': onnx_dtype_name(tensor_type.elem_type),
        'shape': [d.dim_param if d.dim_param else d.dim_value for d in tensor_type.shape.dim],
    }


def reference_inputs(kind, shape, vocab=None):
    """Inputs any language can rebuild from a formula: token i (row-major) is (37·i + 11) mod vocab;
    pixel i is sin(0.1·i) rounded to float32."""
    count = int(np.prod(shape))
    index = np.arange(count)
    if kind == 'tokens':
        return torch.from_numpy(((37 * index + 11) % vocab).astype(np.int64).reshape(shape))
    return torch.from_numpy(np.sin(0.1 * index).astype(np.float32).reshape(shape))


def reference_of(model, input_name, kind, shape, vocab=None):
    """torch's own output for the formula inputs, for the TS test to compare onnxruntime against."""
    inputs = reference_inputs(kind, shape, vocab)
    with torch.no_grad():
        output = model(inputs).numpy()
    return {
        'inputs': {
            input_name: {
                'shape': list(shape),
                'dtype': 'int64' if kind == 'tokens' else 'float32',
                'formula': '(37*i + 11) % vocab' if kind == 'tokens' else 'float32(sin(0.1*i))',
                **({'vocab': vocab} if kind == 'tokens' else {}),
            }
        },
        'outputs': {
            'logits': {
                'shape': list(output.shape),
                'data': [float(f'{x:.7g}') for x in output.reshape(-1).tolist()],
            }
        },
    }


def write_truth(reference, truth):
    path = OUT / f"{truth['model']}.truth.json"
    truth = {**{k: v for k, v in truth.items() if k not in ('tensors', 'parameters')},
             'reference': reference, 'tensors': truth['tensors'], 'parameters': truth['parameters']}
    text = json.dumps(truth, indent=2)
    # lists of numbers and strings (shapes, roles, blocks) on one line
    text = re.sub(r'\[\s*([^\[\]{}]*?)\s*\]', lambda m: '[' + re.sub(r',\s+', ', ', m.group(1)) + ']', text)
    path.write_text(text + '\n')


# ---------------------------------------------------------------------------------------------


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    torch.set_num_threads(1)

    # GPT-2
    torch.manual_seed(12)
    config = {
        'vocab_size': 100,
        'n_positions': 64,
        'n_embd': 32,
        'n_layer': 2,
        'n_head': 4,
        'layer_norm_epsilon': 1e-5,
        'attn_pdrop': 0.1,
        'resid_pdrop': 0.1,
        'embd_pdrop': 0.1,
    }
    gpt2 = GPT2LMHeadModel(config)
    fill_distinct(gpt2, 1201)
    ids = torch.randint(0, config['vocab_size'], (2, 7), generator=torch.Generator().manual_seed(0))
    proto = export(
        gpt2,
        (ids,),
        OUT / 'gpt2.onnx',
        ['input_ids'],
        ['logits'],
        {'input_ids': {0: 'batch', 1: 'sequence'}, 'logits': {0: 'batch', 1: 'sequence'}},
    )
    onnx.checker.check_model(proto)
    d = config['n_embd']
    write_truth(
        reference_of(gpt2, 'input_ids', 'tokens', (2, 5), 100),
        build_truth(
            'gpt2',
            gpt2,
            proto,
            gpt2_role,
            {
                'family': 'gpt2',
                'mimics': 'transformers GPT2LMHeadModel (modeling_gpt2)',
                'layers': config['n_layer'],
                'width': d,
                'heads': config['n_head'],
                'kv_heads': config['n_head'],
                'head_dim': d // config['n_head'],
                'mlp_width': 4 * d,
                'vocab': config['vocab_size'],
                'positions': config['n_positions'],
                'tied_head': True,
                'norm': 'layer_norm',
                'norm_eps': config['layer_norm_epsilon'],
                'activation': 'gelu_tanh (gelu_new)',
                'weight_layout': 'Conv1D [in, out], applied with torch.addmm',
                'max_sequence': config['n_positions'],
            },
            {'layout': 'conv1d', 'sizes': [d, d, d]},
            [
                'lm_head.weight is transformer.wte.weight (one Parameter): both names are listed as sources of every tensor holding it, with role tied_embedding.',
                'The causal mask is a bool buffer per layer (h.{i}.attn.bias, persistent=False); the exporter keeps one copy for both layers.',
                'Sequence length must not exceed positions (64): wpe and the causal mask are sliced to it.',
            ],
        )
    )

    # Llama
    torch.manual_seed(13)
    config = {
        'vocab_size': 100,
        'hidden_size': 48,
        'intermediate_size': 128,
        'num_hidden_layers': 2,
        'num_attention_heads': 4,
        'num_key_value_heads': 2,
        'rms_norm_eps': 1e-6,
        'rope_theta': 10000.0,
    }
    llama = LlamaForCausalLM(config)
    fill_distinct(llama, 1301)
    ids = torch.randint(0, config['vocab_size'], (2, 7), generator=torch.Generator().manual_seed(0))
    proto = export(
        llama,
        (ids,),
        OUT / 'llama.onnx',
        ['input_ids'],
        ['logits'],
        {'input_ids': {0: 'batch', 1: 'sequence'}, 'logits': {0: 'batch', 1: 'sequence'}},
    )
    onnx.checker.check_model(proto)
    d = config['hidden_size']
    head_dim = d // config['num_attention_heads']
    write_truth(
        reference_of(llama, 'input_ids', 'tokens', (2, 5), 100),
        build_truth(
            'llama',
            llama,
            proto,
            llama_role,
            {
                'family': 'llama',
                'mimics': 'transformers LlamaForCausalLM (modeling_llama)',
                'layers': config['num_hidden_layers'],
                'width': d,
                'heads': config['num_attention_heads'],
                'kv_heads': config['num_key_value_heads'],
                'head_dim': head_dim,
                'mlp_width': config['intermediate_size'],
                'vocab': config['vocab_size'],
                'tied_head': False,
                'norm': 'rms_norm',
                'norm_eps': config['rms_norm_eps'],
                'activation': 'silu (SwiGLU: down(silu(gate(x)) * up(x)))',
                'rope_theta': config['rope_theta'],
                'bias': False,
            },
            None,
            [
                'Grouped-query attention: q_proj is heads*head_dim = 48 wide, k_proj and v_proj kv_heads*head_dim = 24.',
                'inv_freq (model.rotary_emb.inv_freq) is a non-persistent buffer, not a parameter.',
            ],
        )
    )

    # ViT
    torch.manual_seed(14)
    vit = VisionTransformer(img_size=32, patch_size=8, in_chans=3, num_classes=10, embed_dim=48, depth=2, num_heads=4)
    fill_distinct(vit, 1401)
    images = torch.randn(2, 3, 32, 32, generator=torch.Generator().manual_seed(0))
    proto = export(
        vit,
        (images,),
        OUT / 'vit.onnx',
        ['pixel_values'],
        ['logits'],
        {'pixel_values': {0: 'batch'}, 'logits': {0: 'batch'}},
    )
    onnx.checker.check_model(proto)
    d = 48
    write_truth(
        reference_of(vit, 'pixel_values', 'image', (2, 3, 32, 32)),
        build_truth(
            'vit',
            vit,
            proto,
            vit_role,
            {
                'family': 'vit',
                'mimics': 'timm VisionTransformer (vision_transformer.py), class-token pooling',
                'layers': 2,
                'width': d,
                'heads': 4,
                'kv_heads': 4,
                'head_dim': d // 4,
                'mlp_width': 4 * d,
                'vocab': None,
                'classes': 10,
                'image_size': 32,
                'patch_size': 8,
                'in_chans': 3,
                'tokens': (32 // 8) ** 2 + 1,
                'tied_head': False,
                'norm': 'layer_norm',
                'norm_eps': 1e-6,
                'activation': 'gelu (erf)',
            },
            {'layout': 'linear', 'sizes': [d, d, d]},
            ['Images are fixed at 3x32x32 (patch 8: 16 patches + 1 class token); only the batch is dynamic.'],
        )
    )

    # nn.TransformerEncoder, exported right after construction: its deep-copied layers are identical.
    torch.manual_seed(15)
    encoder = TorchEncoder(vocab=100, d_model=64, nhead=4, dim_feedforward=256, num_layers=2)
    ids = torch.randint(0, 100, (2, 7), generator=torch.Generator().manual_seed(0))
    proto = export(
        encoder,
        (ids,),
        OUT / 'torch_encoder.onnx',
        ['input_ids'],
        ['logits'],
        {'input_ids': {0: 'batch', 1: 'sequence'}, 'logits': {0: 'batch', 1: 'sequence'}},
    )
    onnx.checker.check_model(proto)
    ops = sorted({n.op_type for n in proto.graph.node})
    fused = [n.op_type for n in proto.graph.node if 'transformer' in n.op_type.lower() or n.domain not in ('', 'ai.onnx')]
    write_truth(
        reference_of(encoder, 'input_ids', 'tokens', (2, 5), 100),
        build_truth(
            'torch_encoder',
            encoder,
            proto,
            encoder_role,
            {
                'family': 'torch_encoder',
                'mimics': 'nn.TransformerEncoder(nn.TransformerEncoderLayer(64, 4, dim_feedforward=256, batch_first=True), num_layers=2), post-norm, ReLU',
                'layers': 2,
                'width': 64,
                'heads': 4,
                'kv_heads': 4,
                'head_dim': 16,
                'mlp_width': 256,
                'vocab': 100,
                'tied_head': False,
                'norm': 'layer_norm',
                'norm_first': False,
                'norm_eps': 1e-5,
                'activation': 'relu',
                'fast_path': bool(fused),
                'ops': ops,
            },
            {'layout': 'linear', 'sizes': [64, 64, 64]},
            [
                'Exported right after construction: nn.TransformerEncoder deep-copies its layer, so encoder.layers.0 and encoder.layers.1 hold equal values and the exporter keeps one tensor for both (sources list every parameter a tensor holds; deduplicated: true).',
                'Values are as constructed (not refilled): in_proj_bias, out_proj.bias and the norm biases are zeros, norm weights ones, so equal-shaped zero/one vectors also collapse across roles (role: null, roles: [...]).',
                'dim_feedforward is 256 (4d) instead of the default 2048, to keep the file small.',
                'Exported as users call torch.onnx.export (grad enabled, parameters requiring grad), so each layer takes the slow path (plain ops, in_proj_weight used whole by one MatMul, the Q/K/V split on its output). Under torch.no_grad() torch 1.13 takes the fused fast path (aten::_transformer_encoder_layer_fwd), which it cannot export to opset 14.',
                "The exporter's de-duplication keeps one initializer (named after the first parameter) and reads it through an Identity node per dropped parameter, whose output carries that parameter's name (or a fresh onnx::MatMul_N name for folded transposes): see each tensor's uses.",
            ],
        )
    )


if __name__ == '__main__':
    sys.exit(main())
