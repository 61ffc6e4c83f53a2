/**
 * Whether this host stores multi-byte numbers little-endian (every current browser and Node
 * platform does), detected once when the module loads.
 *
 * @remarks
 * {@link toBytes} and {@link fromBytes} return views instead of copies when this is `true`; on a
 * big-endian host they byte-swap copies instead, so files are little-endian everywhere.
 *
 * @example
 * ```ts
 * import { hostIsLittleEndian } from '@weightinit/buffers'
 * console.log(hostIsLittleEndian ? 'views, no copies' : 'byte-swapped copies')
 * ```
 */
export const hostIsLittleEndian: boolean = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
