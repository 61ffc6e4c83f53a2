/*
 * Test setup (not shipped): the pure-JS cpu backend in tfjs's test mode (kernel leak checks on,
 * the "install tfjs-node" banner off), and the chained tensor methods that
 * tfjs-layers' own Orthogonal initializer calls (`t.flatten()`, …). `@tensorflow/tfjs` registers
 * those for its users; `@tensorflow/tfjs-core` alone does not, so LSTM/GRU layers built with their
 * default recurrent initializer would throw here without them.
 */
import '@tensorflow/tfjs-backend-cpu'
import * as tf from '@tensorflow/tfjs-core'

type Method = (this: tf.Tensor, ...args: never[]) => tf.Tensor
const prototype = tf.Tensor.prototype as unknown as Record<string, Method | undefined>
const chained: Record<string, Method> = {
  flatten() {
    return tf.reshape(this, [this.size])
  },
  reshape(shape: never) {
    return tf.reshape(this, shape)
  },
  stridedSlice(begin: never, end: never, strides: never) {
    return tf.stridedSlice(this, begin, end, strides)
  },
  sign() {
    return tf.sign(this)
  },
  transpose(perm: never) {
    return tf.transpose(this, perm)
  },
}
for (const [name, method] of Object.entries(chained)) prototype[name] ??= method

tf.env().set('IS_TEST', true)
await tf.setBackend('cpu')
