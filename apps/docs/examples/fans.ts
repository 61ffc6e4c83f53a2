import { computeFans } from '@weightinit/core'

const show = (what: string, fans: ReturnType<typeof computeFans>) =>
  console.log(
    what.padEnd(34),
    `fan_in ${fans.derivation.fanIn}`.padEnd(40),
    `fan_out ${fans.derivation.fanOut}`,
  )

show('Conv2d 64→128 3×3 (oihw)', computeFans([128, 64, 3, 3], 'oihw'))
show('Conv2D 64→128 3×3 (hwio)', computeFans([3, 3, 64, 128], 'hwio'))
show('ConvTranspose2d 64→32 (iohw)', computeFans([64, 32, 4, 4], 'iohw'))
show('  as PyTorch reads it (oihw)', computeFans([64, 32, 4, 4], 'oihw'))
show('grouped, groups 4 (oihw)', computeFans([128, 16, 3, 3], 'oihw', { groups: 4 }))
show('depthwise 32 ch (hwim)', computeFans([3, 3, 32, 1], 'hwim'))
show('  as Keras reads it (hwio)', computeFans([3, 3, 32, 1], 'hwio'))
