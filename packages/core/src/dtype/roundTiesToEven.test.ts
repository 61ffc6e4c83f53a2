import { describe, expect, it } from 'vitest'
import { roundTiesToEven, shiftRightTiesToEven } from './roundTiesToEven'

describe('roundTiesToEven', () => {
  it('rounds to the nearest integer and halves to the even one', () => {
    expect([0, 0.49, 0.5, 1.5, 2.5, 2.51, 3.5].map(roundTiesToEven)).toEqual([0, 0, 0, 2, 2, 3, 4])
    expect(roundTiesToEven(2 ** 52 - 0.5)).toBe(2 ** 52)
    expect(roundTiesToEven(2 ** 51 + 0.5)).toBe(2 ** 51)
  })
})

describe('shiftRightTiesToEven', () => {
  it('drops the low bits, rounding to nearest and halves to even', () => {
    // 16ths: 23/16 = 1.4375 → 1; 24/16 = 1.5 → 2; 8/16 = 0.5 → 0; 40/16 = 2.5 → 2; 41/16 → 3
    expect([23, 24, 8, 40, 41].map((bits) => shiftRightTiesToEven(bits, 4))).toEqual([
      1, 2, 0, 2, 3,
    ])
  })

  it('agrees with rounding the quotient for every 12-bit value and every shift', () => {
    for (let shift = 1; shift <= 11; shift++) {
      for (let bits = 0; bits < 4096; bits++) {
        expect(shiftRightTiesToEven(bits, shift)).toBe(roundTiesToEven(bits / 2 ** shift))
      }
    }
  })

  it('works on full 32-bit patterns and shifts up to 31', () => {
    expect(shiftRightTiesToEven(0xff7f8000, 16)).toBe(0xff80) // odd kept part: the half carries
    expect(shiftRightTiesToEven(0x3f808000, 16)).toBe(0x3f80) // even kept part: the half drops
    expect(shiftRightTiesToEven(0x40000000, 31)).toBe(0) // exactly a half of 1, to even 0
    expect(shiftRightTiesToEven(0x40000001, 31)).toBe(1)
  })
})
