/** One WebAssembly module of src/wasm/: its text, its generated file and what that file exports. */
export interface WasmModule {
  /** Absolute path of the WebAssembly text. */
  readonly source: string
  /** Absolute path of the generated TypeScript file. */
  readonly generated: string
  /** The name of the base64 constant the generated file exports. */
  readonly constant: string
  /** What the kernels are (the first line of the constant's TSDoc). */
  readonly title: string
  /** The file that instantiates them. */
  readonly user: string
}
/** The modules: kernels.wat (samplers), qr.wat (Householder QR), qr32.wat (float32 orthogonal accumulation). */
export declare const MODULES: readonly [WasmModule, WasmModule, WasmModule]
/** Absolute path of src/wasm/kernels.wat. */
export declare const SOURCE: string
/** Absolute path of src/wasm/kernel.generated.ts. */
export declare const GENERATED: string
/** Assembles WebAssembly text into validated module bytes. */
export declare function assemble(watText: string, fileName?: string): Promise<Uint8Array>
/** The text of a module's generated file (default: kernels.wat's) for the given module bytes. */
export declare function render(bytes: Uint8Array, module?: WasmModule): string
/** A module's generated file's expected text (default: kernels.wat's), built from its current source. */
export declare function expectedGenerated(module?: WasmModule): Promise<string>
