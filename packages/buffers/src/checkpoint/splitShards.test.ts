import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { assignShardFiles } from './assignShardFiles'
import { splitShards } from './splitShards'

/** huggingface_hub tests/test_serialization.py: `dummy_state_dict`, sizes 6, 10, 30, 2, 2. */
const dummy = [6, 10, 30, 2, 2].map((bytes, i) => ({ name: `layer_${i + 1}`, bytes }))
const split = (limit: number) =>
  Object.fromEntries(splitShards(dummy, limit).map((f) => [f.name, f.tensors]))

describe('splitShards: huggingface_hub’s rule, on its own test cases', () => {
  it('one file when everything fits (test_single_shard), named model.safetensors', () => {
    expect(split(100)).toEqual({
      'model.safetensors': ['layer_1', 'layer_2', 'layer_3', 'layer_4', 'layer_5'],
    })
  })

  it('greedy in order; a tensor over the limit alone, placed before the file being filled (test_multiple_shards)', () => {
    expect(split(10)).toEqual({
      'model-00001-of-00004.safetensors': ['layer_1'],
      'model-00002-of-00004.safetensors': ['layer_3'],
      'model-00003-of-00004.safetensors': ['layer_2'],
      'model-00004-of-00004.safetensors': ['layer_4', 'layer_5'],
    })
    expect(splitShards(dummy, 10).map((f) => f.bytes)).toEqual([6, 30, 10, 4])
  })

  it('the docstring’s example: [6, 6, 2, 6, 2, 2] GB under 10 GB → [6], [6 + 2], [6 + 2 + 2]', () => {
    const sizes = [6, 6, 2, 6, 2, 2].map((gb, i) => ({ name: `t${i}`, bytes: gb * 1e9 }))
    expect(splitShards(sizes, 10e9).map((f) => f.tensors)).toEqual([
      ['t0'],
      ['t1', 't2'],
      ['t3', 't4', 't5'],
    ])
  })

  it('a file exactly at the limit stays whole; Infinity gives one file; a bad limit is refused', () => {
    expect(
      splitShards(
        [
          { name: 'a', bytes: 5 },
          { name: 'b', bytes: 5 },
        ],
        10,
      ).length,
    ).toBe(1)
    expect(splitShards(dummy, Number.POSITIVE_INFINITY).length).toBe(1)
    expectError(() => splitShards(dummy, 0), 'INVALID_ARGUMENT')
    expectError(() => splitShards(dummy, Number.NaN), 'INVALID_ARGUMENT')
  })
})

describe('assignShardFiles', () => {
  it('gives file j to process j mod N: every file to exactly one process', () => {
    const files = Array.from({ length: 7 }, (_, j) => j)
    for (const count of [1, 2, 3, 7, 10]) {
      const shares = Array.from({ length: count }, (_, index) =>
        assignShardFiles(files, { index, count }),
      )
      expect(shares.flat().sort((a, b) => a - b)).toEqual(files)
    }
    expect(assignShardFiles(files, { index: 1, count: 3 })).toEqual([1, 4])
    expect(assignShardFiles(files, { index: 8, count: 10 })).toEqual([])
    expectError(() => assignShardFiles(files, { index: 3, count: 3 }), 'INVALID_SHARD')
  })
})
