/** How many elements of a typed array an example's output shows. */
const SHOWN = 8

/** One value as an example's output prints it: typed arrays abbreviated, objects as JSON. */
function formatValue(value: unknown): string {
  if (typeof value === 'string') return value
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const array = value as unknown as ArrayLike<number | bigint> & { constructor: { name: string } }
    const head = Array.from({ length: Math.min(SHOWN, array.length) }, (_, i) => String(array[i]))
    const more = array.length > SHOWN ? ', …' : ''
    return `${array.constructor.name}(${array.length}) [${head.join(', ')}${more}]`
  }
  if (typeof value === 'object' && value !== null) {
    return JSON.stringify(
      value,
      (_key, inner: unknown) =>
        ArrayBuffer.isView(inner)
          ? formatValue(inner)
          : typeof inner === 'bigint'
            ? `${inner}n`
            : inner,
      2,
    )
  }
  return String(value)
}

/** A module loader, as `import.meta.glob` returns them. */
export type ExampleLoader = () => Promise<unknown>

/**
 * Runs an example module (its top level is the example) and returns what it printed with
 * `console.log`, one line per call. The module runs once: later calls return the first output.
 */
export async function captureExample(load: ExampleLoader): Promise<string> {
  const lines: string[] = []
  const original = console.log
  console.log = (...values: unknown[]) => {
    lines.push(values.map(formatValue).join(' '))
  }
  try {
    await load()
  } finally {
    console.log = original
  }
  return lines.join('\n')
}
