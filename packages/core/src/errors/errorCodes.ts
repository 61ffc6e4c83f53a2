/**
 * Every code a {@link WeightinitError} can carry, with what it means. Codes are stable: scripts may
 * branch on them, and a code is never reused for another meaning.
 *
 * @example
 * ```ts
 * import { errorCodes } from '@weightinit/core'
 * console.log(errorCodes.FAN_ZERO) // 'a fan of 0 …'
 * ```
 */
export const errorCodes = {
  INVALID_SHAPE: 'a shape must be a list of non-negative safe integers',
  SHAPE_TOO_LARGE: 'the element count is more than a typed array can hold',
  UNSUPPORTED_RANK: 'the initializer or layout does not accept a tensor of this rank',
  INVALID_LAYOUT: 'the layout is unknown or does not fit the shape',
  INVALID_GROUPS: 'groups must be a positive integer that divides the grouped channel axis',
  FAN_ZERO: 'a fan of 0 leaves the variance undefined',
  UNKNOWN_NAME: 'no initializer, nonlinearity or option value has this name',
  UNKNOWN_OPTION: 'the initializer does not take this option',
  INVALID_OPTION: 'the option value is outside what the initializer allows',
  INVALID_SPEC: 'the spec is not a plain object naming an initializer',
  INVALID_CONFIG: 'the Keras or tfjs initializer config cannot be read',
  INVALID_SEED: 'a seed must be an integer from 0 to 2^53 - 1, or a bigint from 0 to 2^64 - 1',
  INVALID_KEY: 'a stream key must be a string',
  INVALID_SLICE: 'the slice does not lie inside the tensor',
  INVALID_TARGET: 'the output array has the wrong type or length',
  INVALID_DTYPE: 'the dtype is not one of float32, float64, float16, bfloat16',
  INVALID_ARGUMENT: 'an argument has the wrong type or value',
  OUT_OF_DTYPE_RANGE:
    "the plan's parameters can give draws beyond the output dtype's finite range (they would be written as ±Infinity or NaN)",
  MEMORY_LIMIT:
    'a structured tensor (orthogonal, …) needs more working memory than the limit allows (maxBytes, --max-memory); raise the limit to allow it',
  ABORTED: 'the work was cancelled through its AbortSignal before it finished',
  INVALID_PATTERN:
    'a name glob or regular expression is malformed, or uses a construct the linear-time matcher refuses (backreferences, lookaround, flags)',
  INVALID_FILE: 'the bytes are not a valid .npy or .safetensors file (truncated or corrupt)',
  FILE_TOO_LARGE: 'a file header or tensor is larger than the format or weightinit allows',
  UNSUPPORTED_DTYPE: 'the file format or operation has no encoding for this dtype',
  PATH_NOT_FOUND: 'the file, or the folder a file is written into, does not exist',
  FILE_EXISTS: 'the destination exists and replacing it was refused (overwrite: false)',
  NOT_A_FILE:
    'the path is a folder, FIFO, device or socket: weightinit reads and replaces regular files only',
  READ_FAILED: 'the file system refused or failed a read',
  WRITE_FAILED:
    'the file system refused or failed a write (disk full, permission, I/O error); no partial file is left',
  WRITE_ABORTED: 'the write was cancelled before it finished; no partial file is left',
  OUT_OF_MEMORY:
    'an array could not be allocated: larger than the JavaScript engine allows, or more than the memory left to the process',
  INVALID_SHARD: 'a shard must be { index, count } with integers 0 ≤ index < count',
  WORKER_FAILED: 'a worker thread stopped or failed while generating',
  // ONNX models (@weightinit/onnx)
  INVALID_MODEL:
    'the bytes are not a valid ONNX model: not ONNX, truncated or corrupt protobuf, or nested too deeply',
  MODEL_TOO_LARGE:
    'the model holds more tensors, nodes or protobuf entries than weightinit handles (1,000,000 tensors, 1,000,000 nodes, 4,000,000 entries)',
  INVALID_TENSOR:
    "an ONNX tensor's dims, data type and data disagree, or its dims multiply past 2^53",
  UNSUPPORTED_TENSOR:
    'the ONNX tensor uses a storage feature weightinit does not handle (segments, a string or unknown data type)',
  UNSAFE_PATH:
    "an external data location is absolute, contains '..', or resolves (through links) outside the model's folder",
  EXTERNAL_DATA_MISSING:
    'an external data file is missing, or shorter than the offset and length a tensor gives',
  OUTPUT_IS_INPUT: 'the output path is the input model or one of its data files',
  INVALID_RECIPE: 'a recipe or one of its rules is not of the expected shape',
  TRANSFER_MISMATCH:
    'a tensor to copy from a pre-trained model is missing or differs in shape or data type',
  RESIZE_MISMATCH:
    'a resized tensor (heads, --head) no longer fits a tensor or declared shape that shares its size (its bias, the next layer, a normalization): resize that one too',
  RUNTIME_UNAVAILABLE:
    'onnxruntime-node is not installed (an optional peer dependency, needed for verify and LSUV)',
  RUNTIME_FAILED: 'onnxruntime-node failed to load or run the model',
  // Model-level schemes (roles, model context, --recipe-option)
  UNKNOWN_SCHEME: 'no model-level scheme has this name',
  UNKNOWN_ROLE: 'no tensor role has this name',
  ROLE_NOT_IN_SCHEME:
    'the scheme has no rule for this role: its home codebase has no such tensor or leaves it alone',
  MISSING_SCHEME_OPTION:
    'the scheme needs a model quantity that neither the model context nor a --recipe-option gives',
  UNKNOWN_SCHEME_OPTION: 'the scheme takes no option of this name',
  INVALID_SCHEME_OPTION: 'a scheme option or model-context value is not one the scheme allows',
  // Checkpoints from a Hugging Face config.json (@weightinit/buffers)
  UNKNOWN_ARCHITECTURE:
    "the config's model_type or architectures entry names a model weightinit has no manifest for",
  INVALID_MODEL_CONFIG:
    'a Hugging Face config.json lacks a field its model_type needs, or has a value the model does not allow',
} as const

/** A stable error code; see {@link errorCodes} for the meaning of each. */
export type ErrorCode = keyof typeof errorCodes
