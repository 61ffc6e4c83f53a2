;; WebAssembly SIMD kernels of @weightinit/core: the Philox4x32-10 stream and the samplers of
;; src/sample/SAMPLING.md, bit for bit. Assembled by scripts/build-wasm.mjs (wabt) into
;; kernel.generated.ts; wasmEngine.ts drives them.
;;
;; Rules (SAMPLING.md): only IEEE + - * / sqrt and bit operations, no FMA, no relaxed SIMD; every
;; formula evaluated with the same operations in the same order as the pure-JS reference (the
;; comments name the JS function each kernel follows). float32 constants are given as their bit
;; patterns (as in the JS sources' comments), float64 constants with the same decimal digits as in
;; the JS source (wabt parses them to the same doubles).
;;
;; Memory (3 pages): bytes 0..319 hold the Philox round keys of the current call (10 rounds x 2
;; splat keys); 512..767 the parameters of the current converter call as f64 (PARAMS in
;; loadKernels.ts); 768..875 the generator's constants (a data segment, below); 896..1023 its
;; scratch; 1024..17407 the chunk buffer (BUFFER, 4096 words); from 17408 the truncated normal's
;; tail list (TAIL, up to 4096 entries of 32 bytes). `philox`, `uniform32` and `normal32` write
;; words or samples of whole blocks; the other converters overwrite stream words with samples in
;; place. Element i of a sampler sits at the same bytes as its words (4 bytes per float32 element,
;; 8 per float64 element), so a chunk that starts on a block boundary converts in place. Word counts
;; are multiples of 32 (8 blocks).
;;
;; Speed (V8 on x64): a v128.const inside a loop is rebuilt from immediates at every use (3
;; instructions, 2 of them on the shuffle port), and a loop that tests at its top keeps everything
;; inside it; so the generator loads its constants once, into locals (spilled and reloaded: one
;; load each), and its loops test at their end.
(module
  (memory (export "memory") 3)
  ;; the truncated normal's tail list (see the header)
  (global $TAIL i32 (i32.const 17408))

  ;; The generator's constants, float32 and int32 lanes by their bit patterns:
  ;;    768  ONE_I   0x00000001  int 1
  ;;    772  IX_ADD  0x004afb0d  0x3f800000 - 0x3f3504f3
  ;;    776  BIAS    0x00000097  int 127 + 24
  ;;    780  MANT    0x007fffff  mantissa mask
  ;;    784  SQRTH   0x3f3504f3  sqrt(1/2), bits
  ;;    788  ONE_F   0x3f800000  1.0
  ;;    792  TWO_F   0x40000000  2.0
  ;;    796  MTWO_F  0xc0000000  -2.0
  ;;    800  A       0xbfb17218  f32(-2 ln 2)
  ;;    804  RL0     0x3faaaaad  L0 (normalRadius32.ts)
  ;;    808  RL1     0x3f4cbe5c  L1
  ;;    812  RL2     0x3f177463  L2
  ;;    816  Q29     0x20000000  int 2^29
  ;;    820  TWO_M24 0x33800000  2^-24
  ;;    824  S0      0x40c90fdb  sincosTurn32 S0
  ;;    828  S1      0xc2255e12  S1
  ;;    832  S2      0x42a3403a  S2
  ;;    836  S3      0xc299887c  S3
  ;;    840  C0      0xc19de9e6  C0
  ;;    844  C1      0x4281e0ef  C1
  ;;    848  C2      0xc2aae332  C2
  ;;    852  C3      0x426cfbde  C3
  ;;    856  SIGN    0x80000000  sign bit
  ;;    860  PM0     0xd2511f53  Philox M0
  ;;    864  PM1     0xcd9e8d57  Philox M1
  ;;    868  PW0     0x9e3779b9  Philox W0
  ;;    872  PW1     0xbb67ae85  Philox W1
  (data (i32.const 768) "\01\00\00\00\0d\fb\4a\00\97\00\00\00\ff\ff\7f\00\f3\04\35\3f\00\00\80\3f\00\00\00\40\00\00\00\c0\18\72\b1\bf\ad\aa\aa\3f\5c\be\4c\3f\63\74\17\3f\00\00\00\20\00\00\80\33\db\0f\c9\40\12\5e\25\c2\3a\40\a3\42\7c\88\99\c2\e6\e9\9d\c1\ef\e0\81\42\32\e3\aa\c2\de\fb\6c\42\00\00\00\80\53\1f\51\d2\57\8d\9e\cd\b9\79\37\9e\85\ae\67\bb")

  ;; generate(out, blocks, k0, k1, c0, c1, h0, h1, mode): the stream's blocks (c0 + c1*2^32)
  ;; onward, ceil(blocks / 8) * 8 of them (the last group of 8 is written whole), 8 per pass, and
  ;; in the same pass what `mode` makes of their words, at the words' bytes:
  ;;   0: the words themselves (`philox`, STREAM.md);
  ;;   1: float32 normals (`normal32`): pair k is words 2k, 2k+1, i.e. x0, x1 or x2, x3 of a block;
  ;;   2: float32 uniforms (`uniform32`): element i from word i;
  ;;   3: float32 normals of the words already at `out` (`normal32Words`, for tests on chosen
  ;;      words): as mode 1 without Philox.
  ;; Lane j of group g holds block b + 4g + j; a carry out of c0 goes into c1 (the stream's blocks
  ;; stay below 2^51, so never into h0). The samplers work on the lanes, then 4x4 transposes put lane
  ;; j's four words or samples at 16 consecutive bytes.
  (func $generate (param $out i32) (param $blocks i32) (param $key0 i32) (param $key1 i32)
    (param $c0 i32) (param $c1 i32) (param $h0 i32) (param $h1 i32) (param $mode i32)
    (local $kp i32) (local $n i32) (local $k0 v128) (local $k1 v128) (local $c0v v128)
    (local $kx v128) (local $ky v128) (local $M v128) (local $S v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local $b0 v128) (local $b1 v128) (local $b2 v128) (local $b3 v128)
    (local $ha v128) (local $la v128) (local $hb v128) (local $lb v128)
    (local $hc v128) (local $lc v128) (local $hd v128) (local $ld v128)
    (local $ix0 v128) (local $e0 v128) (local $f0 v128) (local $s0 v128) (local $z0 v128) (local $r0 v128) (local $q0 v128) (local $sn0 v128) (local $cs0 v128) (local $swap0 v128) (local $ix1 v128) (local $e1 v128) (local $f1 v128) (local $s1 v128) (local $z1 v128) (local $r1 v128) (local $q1 v128) (local $sn1 v128) (local $cs1 v128) (local $swap1 v128)
    (local $ONE_I v128) (local $IX_ADD v128) (local $BIAS v128) (local $MANT v128) (local $SQRTH v128) (local $ONE_F v128) (local $TWO_F v128) (local $MTWO_F v128) (local $A v128) (local $RL0 v128) (local $RL1 v128) (local $RL2 v128) (local $Q29 v128) (local $TWO_M24 v128) (local $S0 v128) (local $S1 v128) (local $S2 v128) (local $S3 v128) (local $C0 v128) (local $C1 v128) (local $C2 v128) (local $C3 v128) (local $SIGN v128) (local $PM0 v128) (local $PM1 v128) (local $PW0 v128) (local $PW1 v128)
    (local.set $ONE_I (v128.load32_splat offset=768 (i32.const 0)))
    (local.set $IX_ADD (v128.load32_splat offset=772 (i32.const 0)))
    (local.set $BIAS (v128.load32_splat offset=776 (i32.const 0)))
    (local.set $MANT (v128.load32_splat offset=780 (i32.const 0)))
    (local.set $SQRTH (v128.load32_splat offset=784 (i32.const 0)))
    (local.set $ONE_F (v128.load32_splat offset=788 (i32.const 0)))
    (local.set $TWO_F (v128.load32_splat offset=792 (i32.const 0)))
    (local.set $MTWO_F (v128.load32_splat offset=796 (i32.const 0)))
    (local.set $A (v128.load32_splat offset=800 (i32.const 0)))
    (local.set $RL0 (v128.load32_splat offset=804 (i32.const 0)))
    (local.set $RL1 (v128.load32_splat offset=808 (i32.const 0)))
    (local.set $RL2 (v128.load32_splat offset=812 (i32.const 0)))
    (local.set $Q29 (v128.load32_splat offset=816 (i32.const 0)))
    (local.set $TWO_M24 (v128.load32_splat offset=820 (i32.const 0)))
    (local.set $S0 (v128.load32_splat offset=824 (i32.const 0)))
    (local.set $S1 (v128.load32_splat offset=828 (i32.const 0)))
    (local.set $S2 (v128.load32_splat offset=832 (i32.const 0)))
    (local.set $S3 (v128.load32_splat offset=836 (i32.const 0)))
    (local.set $C0 (v128.load32_splat offset=840 (i32.const 0)))
    (local.set $C1 (v128.load32_splat offset=844 (i32.const 0)))
    (local.set $C2 (v128.load32_splat offset=848 (i32.const 0)))
    (local.set $C3 (v128.load32_splat offset=852 (i32.const 0)))
    (local.set $SIGN (v128.load32_splat offset=856 (i32.const 0)))
    (local.set $PM0 (v128.load32_splat offset=860 (i32.const 0)))
    (local.set $PM1 (v128.load32_splat offset=864 (i32.const 0)))
    (local.set $PW0 (v128.load32_splat offset=868 (i32.const 0)))
    (local.set $PW1 (v128.load32_splat offset=872 (i32.const 0)))
    ;; round keys: (k0 + r*W0, k1 + r*W1) splat, r = 0..9, at 32*r and 32*r + 16
    (local.set $k0 (i32x4.splat (local.get $key0)))
    (local.set $k1 (i32x4.splat (local.get $key1)))
    (loop $schedule
      (v128.store (local.get $kp) (local.get $k0))
      (v128.store offset=16 (local.get $kp) (local.get $k1))
      (local.set $k0 (i32x4.add (local.get $k0) (local.get $PW0)))
      (local.set $k1 (i32x4.add (local.get $k1) (local.get $PW1)))
      (br_if $schedule (i32.ne (local.tee $kp (i32.add (local.get $kp) (i32.const 32))) (i32.const 320))))
    ;; the samplers' parameters, stored as f64 (exact): normal M = f32(mean), S = f32(std);
    ;; uniform L = f32(low) (in M), W = f32(f32(high) - L) (in S)
    (local.set $M (f32x4.splat (f32.demote_f64 (f64.load offset=512 (i32.const 0)))))
    (local.set $S (f32x4.splat (f32.demote_f64 (f64.load offset=520 (i32.const 0)))))
    (block $done
      (br_if $done (i32.le_s (local.get $blocks) (i32.const 0)))
      (loop $step
        (if (i32.eq (local.get $mode) (i32.const 3))
          (then
            ;; words already at out (stream order), transposed into lanes: the 4x4 transpose is its
            ;; own inverse
            (local.set $ha (v128.load offset=0 (local.get $out)))
            (local.set $la (v128.load offset=16 (local.get $out)))
            (local.set $hb (v128.load offset=32 (local.get $out)))
            (local.set $lb (v128.load offset=48 (local.get $out)))
            (local.set $hc (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $ha) (local.get $la)))
            (local.set $lc (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $ha) (local.get $la)))
            (local.set $hd (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $hb) (local.get $lb)))
            (local.set $ld (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $hb) (local.get $lb)))
            (local.set $a0 (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $hc) (local.get $hd)))
            (local.set $a1 (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $hc) (local.get $hd)))
            (local.set $a2 (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $lc) (local.get $ld)))
            (local.set $a3 (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $lc) (local.get $ld)))
            (local.set $ha (v128.load offset=64 (local.get $out)))
            (local.set $la (v128.load offset=80 (local.get $out)))
            (local.set $hb (v128.load offset=96 (local.get $out)))
            (local.set $lb (v128.load offset=112 (local.get $out)))
            (local.set $hc (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $ha) (local.get $la)))
            (local.set $lc (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $ha) (local.get $la)))
            (local.set $hd (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $hb) (local.get $lb)))
            (local.set $ld (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $hb) (local.get $lb)))
            (local.set $b0 (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $hc) (local.get $hd)))
            (local.set $b1 (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $hc) (local.get $hd)))
            (local.set $b2 (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $lc) (local.get $ld)))
            (local.set $b3 (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $lc) (local.get $ld))))
          (else
            ;; counters of blocks b .. b+7; a lane whose c0 wrapped carries into c1
        (local.set $c0v (i32x4.add (i32x4.splat (local.get $c0)) (v128.const i32x4 0 1 2 3)))
        (local.set $a0 (local.get $c0v))
        (local.set $a1 (i32x4.sub (i32x4.splat (local.get $c1)) (i32x4.lt_u (local.get $c0v) (i32x4.splat (local.get $c0)))))
        (local.set $c0v (i32x4.add (i32x4.splat (local.get $c0)) (v128.const i32x4 4 5 6 7)))
        (local.set $b0 (local.get $c0v))
        (local.set $b1 (i32x4.sub (i32x4.splat (local.get $c1)) (i32x4.lt_u (local.get $c0v) (i32x4.splat (local.get $c0)))))
        (local.set $a2 (i32x4.splat (local.get $h0)))
        (local.set $a3 (local.tee $b3 (i32x4.splat (local.get $h1))))
        (local.set $b2 (local.get $a2))
        (local.set $kp (i32.const 0))
        (loop $round
          ;; M0*x0 and M1*x2 as exact 64-bit products (extmul), then their high and low halves
          (local.set $la (i64x2.extmul_low_i32x4_u (local.get $a0) (local.get $PM0)))
          (local.set $ha (i64x2.extmul_high_i32x4_u (local.get $a0) (local.get $PM0)))
          (local.set $lb (i64x2.extmul_low_i32x4_u (local.get $a2) (local.get $PM1)))
          (local.set $hb (i64x2.extmul_high_i32x4_u (local.get $a2) (local.get $PM1)))
          (local.set $lc (i64x2.extmul_low_i32x4_u (local.get $b0) (local.get $PM0)))
          (local.set $hc (i64x2.extmul_high_i32x4_u (local.get $b0) (local.get $PM0)))
          (local.set $ld (i64x2.extmul_low_i32x4_u (local.get $b2) (local.get $PM1)))
          (local.set $hd (i64x2.extmul_high_i32x4_u (local.get $b2) (local.get $PM1)))
          (local.set $kx (v128.load (local.get $kp)))
          (local.set $ky (v128.load offset=16 (local.get $kp)))
          ;; [x0, x1, x2, x3] <- [hi(M1 x2) ^ x1 ^ k0, lo(M1 x2), hi(M0 x0) ^ x3 ^ k1, lo(M0 x0)]
          (local.set $a0 (v128.xor (v128.xor (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $lb) (local.get $hb)) (local.get $a1)) (local.get $kx)))
          (local.set $a1 (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $lb) (local.get $hb)))
          (local.set $a2 (v128.xor (v128.xor (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $la) (local.get $ha)) (local.get $a3)) (local.get $ky)))
          (local.set $a3 (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $la) (local.get $ha)))
          (local.set $b0 (v128.xor (v128.xor (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $ld) (local.get $hd)) (local.get $b1)) (local.get $kx)))
          (local.set $b1 (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $ld) (local.get $hd)))
          (local.set $b2 (v128.xor (v128.xor (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $lc) (local.get $hc)) (local.get $b3)) (local.get $ky)))
          (local.set $b3 (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $lc) (local.get $hc)))
          (br_if $round (i32.ne (local.tee $kp (i32.add (local.get $kp) (i32.const 32))) (i32.const 320))))))
        (if (i32.and (local.get $mode) (i32.const 1))
          (then
            ;; normals (fillNormal.ts): the eight vectors go to the scratch at 896; in each of two
            ;; passes two groups of four pairs, the (u1, u2) words (a0, a1) and (a2, a3), then (b0,
            ;; b1) and (b2, b3), become their samples (x_2k, x_2k+1) in place, evaluated side by
            ;; side (independent chains for the out-of-order core)
            (v128.store offset=896 (i32.const 0) (local.get $a0))
            (v128.store offset=912 (i32.const 0) (local.get $a1))
            (v128.store offset=928 (i32.const 0) (local.get $a2))
            (v128.store offset=944 (i32.const 0) (local.get $a3))
            (v128.store offset=960 (i32.const 0) (local.get $b0))
            (v128.store offset=976 (i32.const 0) (local.get $b1))
            (v128.store offset=992 (i32.const 0) (local.get $b2))
            (v128.store offset=1008 (i32.const 0) (local.get $b3))
            (local.set $n (i32.const 0))
            (loop $pairs
              ;; radius r = sqrt(v), v = -2 ln u1, u1 = n 2^-24, n = (w >>> 8) | 1 (normalRadius32.ts):
              ;; ix = bits(f32(n)) + 0x004afb0d, e = (ix >>> 23) - 151, m = bits((ix & 0x7fffff) + 0x3f3504f3)
              (local.set $ix0 (i32x4.add (f32x4.convert_i32x4_s (v128.or (i32x4.shr_u (v128.load offset=896 (local.get $n)) (i32.const 8)) (local.get $ONE_I))) (local.get $IX_ADD)))
              (local.set $ix1 (i32x4.add (f32x4.convert_i32x4_s (v128.or (i32x4.shr_u (v128.load offset=928 (local.get $n)) (i32.const 8)) (local.get $ONE_I))) (local.get $IX_ADD)))
              (local.set $e0 (f32x4.convert_i32x4_s (i32x4.sub (i32x4.shr_u (local.get $ix0) (i32.const 23)) (local.get $BIAS))))
              (local.set $e1 (f32x4.convert_i32x4_s (i32x4.sub (i32x4.shr_u (local.get $ix1) (i32.const 23)) (local.get $BIAS))))
              ;; f = m - 1, s = f/(2 + f), z = s^2, F = -2 f
              (local.set $f0 (f32x4.sub (i32x4.add (v128.and (local.get $ix0) (local.get $MANT)) (local.get $SQRTH)) (local.get $ONE_F)))
              (local.set $f1 (f32x4.sub (i32x4.add (v128.and (local.get $ix1) (local.get $MANT)) (local.get $SQRTH)) (local.get $ONE_F)))
              (local.set $s0 (f32x4.div (local.get $f0) (f32x4.add (local.get $TWO_F) (local.get $f0))))
              (local.set $s1 (f32x4.div (local.get $f1) (f32x4.add (local.get $TWO_F) (local.get $f1))))
              (local.set $z0 (f32x4.mul (local.get $s0) (local.get $s0)))
              (local.set $z1 (f32x4.mul (local.get $s1) (local.get $s1)))
              (local.set $f0 (f32x4.mul (local.get $f0) (local.get $MTWO_F)))
              (local.set $f1 (f32x4.mul (local.get $f1) (local.get $MTWO_F)))
              ;; v = e A + (F - s (F + z (L0 + z (L1 + z L2)))); R = S sqrt(v)
              (local.set $r0 (f32x4.mul (local.get $S) (f32x4.sqrt (f32x4.add (f32x4.mul (local.get $e0) (local.get $A))
                (f32x4.sub (local.get $f0) (f32x4.mul (local.get $s0) (f32x4.add (local.get $f0) (f32x4.mul (local.get $z0)
                  (f32x4.add (local.get $RL0) (f32x4.mul (local.get $z0) (f32x4.add (local.get $RL1) (f32x4.mul (local.get $z0) (local.get $RL2)))))))))))))
              (local.set $r1 (f32x4.mul (local.get $S) (f32x4.sqrt (f32x4.add (f32x4.mul (local.get $e1) (local.get $A))
                (f32x4.sub (local.get $f1) (f32x4.mul (local.get $s1) (f32x4.add (local.get $f1) (f32x4.mul (local.get $z1)
                  (f32x4.add (local.get $RL0) (f32x4.mul (local.get $z1) (f32x4.add (local.get $RL1) (f32x4.mul (local.get $z1) (local.get $RL2)))))))))))))
              ;; sincosTurn32(u24(w)): t = w + 2^29 (mod 2^32) has the quadrant q = round(4 u) mod 4
              ;; in its top two bits; r = u - q/4 = ((w << 2) >> 10) 2^-24 (bits 29 ... 8 of w, signed)
              (local.set $q0 (i32x4.add (v128.load offset=912 (local.get $n)) (local.get $Q29)))
              (local.set $q1 (i32x4.add (v128.load offset=944 (local.get $n)) (local.get $Q29)))
              (local.set $s0 (f32x4.mul (f32x4.convert_i32x4_s (i32x4.shr_s (i32x4.shl (v128.load offset=912 (local.get $n)) (i32.const 2)) (i32.const 10))) (local.get $TWO_M24)))
              (local.set $s1 (f32x4.mul (f32x4.convert_i32x4_s (i32x4.shr_s (i32x4.shl (v128.load offset=944 (local.get $n)) (i32.const 2)) (i32.const 10))) (local.get $TWO_M24)))
              (local.set $z0 (f32x4.mul (local.get $s0) (local.get $s0)))
              (local.set $z1 (f32x4.mul (local.get $s1) (local.get $s1)))
              ;; sin(2 pi r) = r (S0 + z (S1 + z (S2 + z S3))); cos(2 pi r) = 1 + z (C0 + z (C1 + z (C2 + z C3)))
              (local.set $sn0 (f32x4.mul (local.get $s0) (f32x4.add (local.get $S0) (f32x4.mul (local.get $z0)
                (f32x4.add (local.get $S1) (f32x4.mul (local.get $z0) (f32x4.add (local.get $S2) (f32x4.mul (local.get $z0) (local.get $S3)))))))))
              (local.set $sn1 (f32x4.mul (local.get $s1) (f32x4.add (local.get $S0) (f32x4.mul (local.get $z1)
                (f32x4.add (local.get $S1) (f32x4.mul (local.get $z1) (f32x4.add (local.get $S2) (f32x4.mul (local.get $z1) (local.get $S3)))))))))
              (local.set $cs0 (f32x4.add (local.get $ONE_F) (f32x4.mul (local.get $z0) (f32x4.add (local.get $C0) (f32x4.mul (local.get $z0)
                (f32x4.add (local.get $C1) (f32x4.mul (local.get $z0) (f32x4.add (local.get $C2) (f32x4.mul (local.get $z0) (local.get $C3))))))))))
              (local.set $cs1 (f32x4.add (local.get $ONE_F) (f32x4.mul (local.get $z1) (f32x4.add (local.get $C0) (f32x4.mul (local.get $z1)
                (f32x4.add (local.get $C1) (f32x4.mul (local.get $z1) (f32x4.add (local.get $C2) (f32x4.mul (local.get $z1) (local.get $C3))))))))))
              ;; quadrant [s, c], [c, -s], [-s, -c], [-c, s]: swap when q is odd (bit 30 of t), negating
              ;; the new cosine; negate both when q & 2 (bit 31 of t)
              (local.set $swap0 (i32x4.shr_s (i32x4.shl (local.get $q0) (i32.const 1)) (i32.const 31)))
              (local.set $swap1 (i32x4.shr_s (i32x4.shl (local.get $q1) (i32.const 1)) (i32.const 31)))
              (local.set $q0 (v128.and (local.get $q0) (local.get $SIGN)))
              (local.set $q1 (v128.and (local.get $q1) (local.get $SIGN)))
              ;; sin, cos
              (local.set $s0 (v128.xor (local.get $q0) (v128.bitselect (local.get $cs0) (local.get $sn0) (local.get $swap0))))
              (local.set $s1 (v128.xor (local.get $q1) (v128.bitselect (local.get $cs1) (local.get $sn1) (local.get $swap1))))
              (local.set $cs0 (v128.xor (v128.xor (local.get $q0) (v128.and (local.get $swap0) (local.get $SIGN)))
                (v128.bitselect (local.get $sn0) (local.get $cs0) (local.get $swap0))))
              (local.set $cs1 (v128.xor (v128.xor (local.get $q1) (v128.and (local.get $swap1) (local.get $SIGN)))
                (v128.bitselect (local.get $sn1) (local.get $cs1) (local.get $swap1))))
              ;; elements 2k and 2k+1: M + R c and M + R s
              (local.set $cs0 (f32x4.add (local.get $M) (f32x4.mul (local.get $r0) (local.get $cs0))))
              (local.set $cs1 (f32x4.add (local.get $M) (f32x4.mul (local.get $r1) (local.get $cs1))))
              (local.set $sn0 (f32x4.add (local.get $M) (f32x4.mul (local.get $r0) (local.get $s0))))
              (local.set $sn1 (f32x4.add (local.get $M) (f32x4.mul (local.get $r1) (local.get $s1))))
              (v128.store offset=896 (local.get $n) (local.get $cs0))
              (v128.store offset=912 (local.get $n) (local.get $sn0))
              (v128.store offset=928 (local.get $n) (local.get $cs1))
              (v128.store offset=944 (local.get $n) (local.get $sn1))
              (br_if $pairs (i32.ne (local.tee $n (i32.add (local.get $n) (i32.const 64))) (i32.const 128))))
            (local.set $a0 (v128.load offset=896 (i32.const 0)))
            (local.set $a1 (v128.load offset=912 (i32.const 0)))
            (local.set $a2 (v128.load offset=928 (i32.const 0)))
            (local.set $a3 (v128.load offset=944 (i32.const 0)))
            (local.set $b0 (v128.load offset=960 (i32.const 0)))
            (local.set $b1 (v128.load offset=976 (i32.const 0)))
            (local.set $b2 (v128.load offset=992 (i32.const 0)))
            (local.set $b3 (v128.load offset=1008 (i32.const 0)))))
        (if (i32.eq (local.get $mode) (i32.const 2))
          (then
            ;; uniforms (fillUniform.ts): x = L + W u24(w), element by element
            (local.set $a0 (f32x4.add (local.get $M) (f32x4.mul (local.get $S) (f32x4.mul (f32x4.convert_i32x4_s (i32x4.shr_u (local.get $a0) (i32.const 8))) (local.get $TWO_M24)))))
            (local.set $a1 (f32x4.add (local.get $M) (f32x4.mul (local.get $S) (f32x4.mul (f32x4.convert_i32x4_s (i32x4.shr_u (local.get $a1) (i32.const 8))) (local.get $TWO_M24)))))
            (local.set $a2 (f32x4.add (local.get $M) (f32x4.mul (local.get $S) (f32x4.mul (f32x4.convert_i32x4_s (i32x4.shr_u (local.get $a2) (i32.const 8))) (local.get $TWO_M24)))))
            (local.set $a3 (f32x4.add (local.get $M) (f32x4.mul (local.get $S) (f32x4.mul (f32x4.convert_i32x4_s (i32x4.shr_u (local.get $a3) (i32.const 8))) (local.get $TWO_M24)))))
            (local.set $b0 (f32x4.add (local.get $M) (f32x4.mul (local.get $S) (f32x4.mul (f32x4.convert_i32x4_s (i32x4.shr_u (local.get $b0) (i32.const 8))) (local.get $TWO_M24)))))
            (local.set $b1 (f32x4.add (local.get $M) (f32x4.mul (local.get $S) (f32x4.mul (f32x4.convert_i32x4_s (i32x4.shr_u (local.get $b1) (i32.const 8))) (local.get $TWO_M24)))))
            (local.set $b2 (f32x4.add (local.get $M) (f32x4.mul (local.get $S) (f32x4.mul (f32x4.convert_i32x4_s (i32x4.shr_u (local.get $b2) (i32.const 8))) (local.get $TWO_M24)))))
            (local.set $b3 (f32x4.add (local.get $M) (f32x4.mul (local.get $S) (f32x4.mul (f32x4.convert_i32x4_s (i32x4.shr_u (local.get $b3) (i32.const 8))) (local.get $TWO_M24)))))))
        ;; 4x4 transposes: lane j's four words or samples become 16 consecutive bytes
        (local.set $ha (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $a0) (local.get $a1)))
        (local.set $la (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $a0) (local.get $a1)))
        (local.set $hb (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $a2) (local.get $a3)))
        (local.set $lb (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $a2) (local.get $a3)))
        (v128.store offset=0 (local.get $out) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $ha) (local.get $hb)))
        (v128.store offset=16 (local.get $out) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $ha) (local.get $hb)))
        (v128.store offset=32 (local.get $out) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $la) (local.get $lb)))
        (v128.store offset=48 (local.get $out) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $la) (local.get $lb)))
        (local.set $ha (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $b0) (local.get $b1)))
        (local.set $la (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $b0) (local.get $b1)))
        (local.set $hb (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $b2) (local.get $b3)))
        (local.set $lb (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $b2) (local.get $b3)))
        (v128.store offset=64 (local.get $out) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $ha) (local.get $hb)))
        (v128.store offset=80 (local.get $out) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $ha) (local.get $hb)))
        (v128.store offset=96 (local.get $out) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $la) (local.get $lb)))
        (v128.store offset=112 (local.get $out) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $la) (local.get $lb)))
        (local.set $out (i32.add (local.get $out) (i32.const 128)))
        ;; next 8 blocks: the 64-bit counter (c1, c0) plus 8
        (local.set $c0 (i32.add (local.get $c0) (i32.const 8)))
        (if (i32.lt_u (local.get $c0) (i32.const 8)) (then (local.set $c1 (i32.add (local.get $c1) (i32.const 1)))))
        (br_if $step (i32.gt_s (local.tee $blocks (i32.sub (local.get $blocks) (i32.const 8))) (i32.const 0))))))

  ;; philox(out, blocks, k0, k1, c0, c1, h0, h1): the stream words of blocks (c0 + c1*2^32)
  ;; onward, in stream order; see $generate.
  (func (export "philox") (param $out i32) (param $blocks i32) (param $k0 i32) (param $k1 i32)
    (param $c0 i32) (param $c1 i32) (param $h0 i32) (param $h1 i32)
    (call $generate (local.get $out) (local.get $blocks) (local.get $k0) (local.get $k1)
      (local.get $c0) (local.get $c1) (local.get $h0) (local.get $h1) (i32.const 0)))

  ;; normal32(out, blocks, k0, k1, c0, c1, h0, h1): the float32 normals of those blocks' words
  ;; (parameters M = f32(mean), S = f32(std)); see $generate. Pair k (words 2k, 2k+1):
  ;; R = S normalRadius32(word 2k), (s, c) = sincosTurn32(u24(word 2k+1)); element 2k = M + R c,
  ;; element 2k+1 = M + R s (SAMPLING.md, fillNormal.ts).
  (func (export "normal32") (param $out i32) (param $blocks i32) (param $k0 i32) (param $k1 i32)
    (param $c0 i32) (param $c1 i32) (param $h0 i32) (param $h1 i32)
    (call $generate (local.get $out) (local.get $blocks) (local.get $k0) (local.get $k1)
      (local.get $c0) (local.get $c1) (local.get $h0) (local.get $h1) (i32.const 1)))

  ;; normal32Words(p, words): the float32 normals of the stream words at p, in place (as normal32
  ;; makes them of the words it draws); for tests on chosen words.
  (func (export "normal32Words") (param $p i32) (param $words i32)
    (call $generate (local.get $p) (i32.shr_u (local.get $words) (i32.const 2)) (i32.const 0) (i32.const 0)
      (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 3)))

  ;; uniform32(out, blocks, k0, k1, c0, c1, h0, h1): x = L + W u24(word i) for those blocks' words
  ;; (parameters L = f32(low), W = f32(f32(high) - L)); see $generate.
  (func (export "uniform32") (param $out i32) (param $blocks i32) (param $k0 i32) (param $k1 i32)
    (param $c0 i32) (param $c1 i32) (param $h0 i32) (param $h1 i32)
    (call $generate (local.get $out) (local.get $blocks) (local.get $k0) (local.get $k1)
      (local.get $c0) (local.get $c1) (local.get $h0) (local.get $h1) (i32.const 2)))

  ;; uniform64(p, words): x = low + width * u53(word 2i, word 2i+1), in place.
  ;; Parameters: low, width = high - low.
  (func (export "uniform64") (param $p i32) (param $words i32)
    (local $end i32) (local $Lv v128) (local $Wv v128) (local $v v128)
    (local.set $Lv (f64x2.splat (f64.load offset=512 (i32.const 0))))
    (local.set $Wv (f64x2.splat (f64.load offset=520 (i32.const 0))))
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $words) (i32.const 2))))
    (block $done
      (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
      (loop $pass
        ;; v = lo | hi << 32 per i64 lane; a u32 n in an i64 lane becomes a double as
        ;; bits(2^52) | n minus 2^52 (exact): (hi >>> 5) = v >>> 37, (lo >>> 6) = (v << 32) >>> 38
        (local.set $v (v128.load (local.get $p)))
        (v128.store (local.get $p) (f64x2.add (local.get $Lv) (f64x2.mul (local.get $Wv) (f64x2.mul
          (f64x2.add
            (f64x2.mul
              (f64x2.sub (v128.or (i64x2.shr_u (local.get $v) (i32.const 37)) (v128.const i64x2 0x4330000000000000 0x4330000000000000))
                (v128.const f64x2 0x1p52 0x1p52))
              (v128.const f64x2 0x1p26 0x1p26))
            (f64x2.sub (v128.or (i64x2.shr_u (i64x2.shl (local.get $v) (i32.const 32)) (i32.const 38)) (v128.const i64x2 0x4330000000000000 0x4330000000000000))
              (v128.const f64x2 0x1p52 0x1p52)))
          (v128.const f64x2 0x1p-53 0x1p-53)))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br_if $pass (i32.lt_u (local.get $p) (local.get $end))))))


  ;; ---------------------------------------------------------------------------------------------
  ;; float64 helpers: two lanes each, the pure-JS functions of src/sample operation for operation.

  ;; log64(x) of src/sample/log64.ts (fdlibm e_log.c) for x > 0 finite, subnormals included (0,
  ;; negative, infinite and NaN inputs give unspecified values: callers never use them).
  ;; fdlibm's k = 0 and f = 0 shortcuts give the same bits as the general formulas (0 - y = -y,
  ;; y - 0 = y), so only three formulas remain: "hfsq" when hx is in (0x6147a, 0x6b851), the
  ;; plain one otherwise, and the |f| < 2^-20 one (rare: computed only when a lane needs it).
  ;; x > 0, so the high word hx is non-negative and the shifts can be logical (i64x2.shr_s has no
  ;; x64 instruction). The multiplications by k LN2_HI and k LN2_LO use k as a double.
  (func $log64 (param $x v128) (result v128)
    (local $hx v128) (local $k v128) (local $i v128) (local $f v128) (local $s v128) (local $z v128)
    (local $w v128) (local $r v128) (local $dk v128) (local $hfsq v128) (local $res v128) (local $m v128)
    ;; subnormal x (hx < 0x00100000): x * 2^54, k = -54
    (local.set $m (i64x2.lt_s (i64x2.shr_u (local.get $x) (i32.const 32)) (v128.const i64x2 0x00100000 0x00100000)))
    (local.set $x (v128.bitselect (f64x2.mul (local.get $x) (v128.const f64x2 0x1p54 0x1p54)) (local.get $x) (local.get $m)))
    (local.set $hx (i64x2.shr_u (local.get $x) (i32.const 32)))
    ;; k += (hx >> 20) - 1023; hx &= 0xfffff; i = (hx + 0x95f64) & 0x100000;
    ;; high word = hx | (i ^ 0x3ff00000) (x or x/2 into [sqrt(2)/2, sqrt(2))); k += i >> 20
    (local.set $k (i64x2.add (v128.and (local.get $m) (v128.const i64x2 -54 -54))
      (i64x2.sub (i64x2.shr_u (local.get $hx) (i32.const 20)) (v128.const i64x2 1023 1023))))
    (local.set $hx (v128.and (local.get $hx) (v128.const i64x2 0xfffff 0xfffff)))
    (local.set $i (v128.and (i64x2.add (local.get $hx) (v128.const i64x2 0x95f64 0x95f64)) (v128.const i64x2 0x100000 0x100000)))
    (local.set $k (i64x2.add (local.get $k) (i64x2.shr_u (local.get $i) (i32.const 20))))
    (local.set $f (f64x2.sub
      (v128.or (v128.and (local.get $x) (v128.const i64x2 0xffffffff 0xffffffff))
        (i64x2.shl (v128.or (local.get $hx) (v128.xor (local.get $i) (v128.const i64x2 0x3ff00000 0x3ff00000))) (i32.const 32)))
      (v128.const f64x2 1 1)))
    ;; k as a double (the low 32 bits of each i64 lane)
    (local.set $dk (f64x2.convert_low_i32x4_s (i8x16.shuffle 0 1 2 3 8 9 10 11 0 1 2 3 8 9 10 11 (local.get $k) (local.get $k))))
    ;; s = f/(2 + f), z = s^2, w = z^2; R = t2 + t1 with t1 = w (Lg2 + w (Lg4 + w Lg6)),
    ;; t2 = z (Lg1 + w (Lg3 + w (Lg5 + w Lg7)))
    (local.set $s (f64x2.div (local.get $f) (f64x2.add (v128.const f64x2 2 2) (local.get $f))))
    (local.set $z (f64x2.mul (local.get $s) (local.get $s)))
    (local.set $w (f64x2.mul (local.get $z) (local.get $z)))
    (local.set $r (f64x2.add
      (f64x2.mul (local.get $z) (f64x2.add (v128.const f64x2 0.6666666666666735 0.6666666666666735) (f64x2.mul (local.get $w)
        (f64x2.add (v128.const f64x2 0.2857142874366239 0.2857142874366239) (f64x2.mul (local.get $w)
          (f64x2.add (v128.const f64x2 0.1818357216161805 0.1818357216161805) (f64x2.mul (local.get $w) (v128.const f64x2 0.14798198605116586 0.14798198605116586))))))))
      (f64x2.mul (local.get $w) (f64x2.add (v128.const f64x2 0.3999999999940942 0.3999999999940942) (f64x2.mul (local.get $w)
        (f64x2.add (v128.const f64x2 0.22222198432149784 0.22222198432149784) (f64x2.mul (local.get $w) (v128.const f64x2 0.15313837699209373 0.15313837699209373))))))))
    (local.set $hfsq (f64x2.mul (f64x2.mul (v128.const f64x2 0.5 0.5) (local.get $f)) (local.get $f)))
    ;; hfsq form: k LN2_HI - ((hfsq - (s (hfsq + R) + k LN2_LO)) - f)
    ;; plain form: k LN2_HI - ((s (f - R) - k LN2_LO) - f)
    (local.set $res (v128.bitselect
      (f64x2.sub (f64x2.mul (local.get $dk) (v128.const f64x2 0.6931471803691238 0.6931471803691238))
        (f64x2.sub (f64x2.sub (local.get $hfsq)
          (f64x2.add (f64x2.mul (local.get $s) (f64x2.add (local.get $hfsq) (local.get $r))) (f64x2.mul (local.get $dk) (v128.const f64x2 1.9082149292705877e-10 1.9082149292705877e-10))))
          (local.get $f)))
      (f64x2.sub (f64x2.mul (local.get $dk) (v128.const f64x2 0.6931471803691238 0.6931471803691238))
        (f64x2.sub (f64x2.sub (f64x2.mul (local.get $s) (f64x2.sub (local.get $f) (local.get $r))) (f64x2.mul (local.get $dk) (v128.const f64x2 1.9082149292705877e-10 1.9082149292705877e-10)))
          (local.get $f)))
      (i64x2.gt_s (v128.or (i64x2.sub (local.get $hx) (v128.const i64x2 0x6147a 0x6147a)) (i64x2.sub (v128.const i64x2 0x6b851 0x6b851) (local.get $hx)))
        (v128.const i64x2 0 0))))
    ;; |f| < 2^-20 when (0xfffff & (2 + hx)) < 3: k LN2_HI - (((f f)(0.5 - f/3) - k LN2_LO) - f)
    (local.set $m (i64x2.lt_s (v128.and (i64x2.add (local.get $hx) (v128.const i64x2 2 2)) (v128.const i64x2 0xfffff 0xfffff)) (v128.const i64x2 3 3)))
    (if (v128.any_true (local.get $m))
      (then
        (local.set $res (v128.bitselect
          (f64x2.sub (f64x2.mul (local.get $dk) (v128.const f64x2 0.6931471803691238 0.6931471803691238))
            (f64x2.sub (f64x2.sub
              (f64x2.mul (f64x2.mul (local.get $f) (local.get $f))
                (f64x2.sub (v128.const f64x2 0.5 0.5) (f64x2.mul (v128.const f64x2 0.3333333333333333 0.3333333333333333) (local.get $f))))
              (f64x2.mul (local.get $dk) (v128.const f64x2 1.9082149292705877e-10 1.9082149292705877e-10)))
              (local.get $f)))
          (local.get $res) (local.get $m)))))
    (local.get $res))

  ;; u53o of the word pairs of v (i64 lanes lo | hi << 32):
  ;; ((hi >>> 6) 2^26 + (lo >>> 6) + 0.5) 2^-52. A u32 n in an i64 lane becomes a double as
  ;; bits(2^52) | n minus 2^52 (exact).
  (func $u53open (param $v v128) (result v128)
    (f64x2.mul
      (f64x2.add
        (f64x2.add
          (f64x2.mul
            (f64x2.sub (v128.or (i64x2.shr_u (local.get $v) (i32.const 38)) (v128.const i64x2 0x4330000000000000 0x4330000000000000)) (v128.const f64x2 0x1p52 0x1p52))
            (v128.const f64x2 0x1p26 0x1p26))
          (f64x2.sub (v128.or (i64x2.shr_u (i64x2.shl (local.get $v) (i32.const 32)) (i32.const 38)) (v128.const i64x2 0x4330000000000000 0x4330000000000000)) (v128.const f64x2 0x1p52 0x1p52)))
        (v128.const f64x2 0.5 0.5))
      (v128.const f64x2 0x1p-52 0x1p-52)))

  ;; ---------------------------------------------------------------------------------------------
  ;; float64 converters

  ;; normal64(p, words): float64 Box-Muller, in place, two pairs (two blocks) per pass. Parameters:
  ;; mean, std. Pair k (words 4k .. 4k+3): u1 = u53o(word 4k, word 4k+1), r = sqrt(-2 log64(u1));
  ;; (s, c) = sincosTurn64(u53(word 4k+2, word 4k+3)); elements 2k, 2k+1 = mean + std (r c),
  ;; mean + std (r s). src/sample/fillNormal.ts and sincosTurn64.ts, operation for operation.
  (func (export "normal64") (param $p i32) (param $words i32)
    (local $end i32) (local $mean v128) (local $std v128) (local $a v128) (local $b v128)
    (local $rad v128) (local $q v128) (local $r v128) (local $x v128) (local $y v128) (local $z v128)
    (local $w v128) (local $t v128) (local $sn v128) (local $cs v128) (local $swap v128) (local $sign v128)
    (local.set $mean (f64x2.splat (f64.load offset=512 (i32.const 0))))
    (local.set $std (f64x2.splat (f64.load offset=520 (i32.const 0))))
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $words) (i32.const 2))))
    (block $done
      (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
      (loop $pass
        ;; a = words (4k, 4k+1) of both blocks as i64 lanes, b = words (4k+2, 4k+3)
        (local.set $a (v128.load (local.get $p)))
        (local.set $b (v128.load offset=16 (local.get $p)))
        (local.set $t (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $a) (local.get $b)))
        (local.set $b (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $a) (local.get $b)))
        (local.set $rad (f64x2.sqrt (f64x2.mul (v128.const f64x2 -2 -2) (call $log64 (call $u53open (local.get $t))))))
        ;; u = N 2^-53 with N = a 2^26 + (lo >>> 6), a = hi >>> 5: q = (a + 2^24) >>> 25 = round(4u),
        ;; r = u - q/4 = ((a - q 2^25) 2^26 + (lo >>> 6)) 2^-53, an exact integer (|N'| < 2^51)
        ;; made a double as bits(1.5 2^52) + N' minus 1.5 2^52
        (local.set $a (i64x2.shr_u (local.get $b) (i32.const 37)))
        (local.set $q (i64x2.shr_u (i64x2.add (local.get $a) (v128.const i64x2 0x1000000 0x1000000)) (i32.const 25)))
        (local.set $r (f64x2.mul
          (f64x2.sub
            (i64x2.add (v128.const i64x2 0x4338000000000000 0x4338000000000000)
              (i64x2.add
                (i64x2.shl (i64x2.sub (local.get $a) (i64x2.shl (local.get $q) (i32.const 25))) (i32.const 26))
                (i64x2.shr_u (i64x2.shl (local.get $b) (i32.const 32)) (i32.const 38))))
            (v128.const f64x2 0x1.8p52 0x1.8p52))
          (v128.const f64x2 0x1p-53 0x1p-53)))
        ;; sincosReduced64(r): theta = 2 pi r as a double-double x + y (Dekker's product with
        ;; TWO_PI_HI pre-split, Veltkamp split of r), then FreeBSD __kernel_sin(x, y, 1), __kernel_cos(x, y)
        (local.set $t (f64x2.mul (local.get $r) (v128.const f64x2 134217729 134217729)))
        (local.set $t (f64x2.sub (local.get $t) (f64x2.sub (local.get $t) (local.get $r)))) ;; rh
        (local.set $x (f64x2.mul (local.get $r) (v128.const f64x2 6.283185307179586 6.283185307179586))) ;; p
        ;; lo = e + r TWO_PI_LO, e = rh HH - p + rh HL + rl HH + rl HL (rl = r - rh)
        (local.set $y (f64x2.add
          (f64x2.add
            (f64x2.add
              (f64x2.add
                (f64x2.sub (f64x2.mul (local.get $t) (v128.const f64x2 6.283185362815857 6.283185362815857)) (local.get $x))
                (f64x2.mul (local.get $t) (v128.const f64x2 -5.563627070159782e-8 -5.563627070159782e-8)))
              (f64x2.mul (f64x2.sub (local.get $r) (local.get $t)) (v128.const f64x2 6.283185362815857 6.283185362815857)))
            (f64x2.mul (f64x2.sub (local.get $r) (local.get $t)) (v128.const f64x2 -5.563627070159782e-8 -5.563627070159782e-8)))
          (f64x2.mul (local.get $r) (v128.const f64x2 2.4492935982947064e-16 2.4492935982947064e-16))))
        ;; x = p + lo, y = lo - (x - p)
        (local.set $t (local.get $x))
        (local.set $x (f64x2.add (local.get $t) (local.get $y)))
        (local.set $y (f64x2.sub (local.get $y) (f64x2.sub (local.get $x) (local.get $t))))
        (local.set $z (f64x2.mul (local.get $x) (local.get $x)))
        (local.set $w (f64x2.mul (local.get $z) (local.get $z)))
        ;; sin = x - ((z (0.5 y - v rs) - y) - v S1), v = z x,
        ;; rs = (S2 + z (S3 + z S4)) + (z w) (S5 + z S6)
        (local.set $t (f64x2.mul (local.get $z) (local.get $x))) ;; v
        (local.set $sn (f64x2.sub (local.get $x)
          (f64x2.sub
            (f64x2.sub
              (f64x2.mul (local.get $z)
                (f64x2.sub (f64x2.mul (v128.const f64x2 0.5 0.5) (local.get $y))
                  (f64x2.mul (local.get $t)
                    (f64x2.add
                      (f64x2.add (v128.const f64x2 0.00833333333332249 0.00833333333332249)
                        (f64x2.mul (local.get $z) (f64x2.add (v128.const f64x2 -0.0001984126982985795 -0.0001984126982985795) (f64x2.mul (local.get $z) (v128.const f64x2 2.7557313707070068e-6 2.7557313707070068e-6)))))
                      (f64x2.mul (f64x2.mul (local.get $z) (local.get $w))
                        (f64x2.add (v128.const f64x2 -2.5050760253406863e-8 -2.5050760253406863e-8) (f64x2.mul (local.get $z) (v128.const f64x2 1.58969099521155e-10 1.58969099521155e-10))))))))
              (local.get $y))
            (f64x2.mul (local.get $t) (v128.const f64x2 -0.16666666666666632 -0.16666666666666632)))))
        ;; cos = one + (((1 - one) - hz) + (z rc - x y)), hz = 0.5 z, one = 1 - hz,
        ;; rc = z (C1 + z (C2 + z C3)) + (w w) (C4 + z (C5 + z C6))
        (local.set $t (f64x2.mul (v128.const f64x2 0.5 0.5) (local.get $z))) ;; hz
        (local.set $r (f64x2.sub (v128.const f64x2 1 1) (local.get $t))) ;; one
        (local.set $cs (f64x2.add (local.get $r)
          (f64x2.add
            (f64x2.sub (f64x2.sub (v128.const f64x2 1 1) (local.get $r)) (local.get $t))
            (f64x2.sub
              (f64x2.mul (local.get $z)
                (f64x2.add
                  (f64x2.mul (local.get $z) (f64x2.add (v128.const f64x2 0.0416666666666666 0.0416666666666666) (f64x2.mul (local.get $z)
                    (f64x2.add (v128.const f64x2 -0.001388888888887411 -0.001388888888887411) (f64x2.mul (local.get $z) (v128.const f64x2 2.480158728947673e-5 2.480158728947673e-5))))))
                  (f64x2.mul (f64x2.mul (local.get $w) (local.get $w))
                    (f64x2.add (v128.const f64x2 -2.7557314351390663e-7 -2.7557314351390663e-7) (f64x2.mul (local.get $z)
                      (f64x2.add (v128.const f64x2 2.087572321298175e-9 2.087572321298175e-9) (f64x2.mul (local.get $z) (v128.const f64x2 -1.1359647557788195e-11 -1.1359647557788195e-11))))))))
              (f64x2.mul (local.get $x) (local.get $y))))))
        ;; quadrant q mod 4: [s, c], [c, -s], [-s, -c], [-c, s]
        (local.set $swap (i64x2.neg (v128.and (local.get $q) (v128.const i64x2 1 1))))
        (local.set $sign (i64x2.shl (local.get $q) (i32.const 62)))
        (local.set $sign (v128.and (local.get $sign) (v128.const i64x2 0x8000000000000000 0x8000000000000000)))
        (local.set $x (v128.xor (local.get $sign) (v128.bitselect (local.get $cs) (local.get $sn) (local.get $swap))))
        (local.set $y (v128.xor (v128.xor (local.get $sign) (v128.and (local.get $swap) (v128.const i64x2 0x8000000000000000 0x8000000000000000)))
          (v128.bitselect (local.get $sn) (local.get $cs) (local.get $swap))))
        ;; elements: mean + std (r cos), mean + std (r sin), back to pair order
        (local.set $y (f64x2.add (local.get $mean) (f64x2.mul (local.get $std) (f64x2.mul (local.get $rad) (local.get $y)))))
        (local.set $x (f64x2.add (local.get $mean) (f64x2.mul (local.get $std) (f64x2.mul (local.get $rad) (local.get $x)))))
        (v128.store (local.get $p) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $y) (local.get $x)))
        (v128.store offset=16 (local.get $p) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $y) (local.get $x)))
        (local.set $p (i32.add (local.get $p) (i32.const 32)))
        (br_if $pass (i32.lt_u (local.get $p) (local.get $end))))))

  ;; ---------------------------------------------------------------------------------------------
  ;; Truncated normal (src/sample/fillTruncatedNormal.ts): for a uniform u,
  ;; x = min(max(mu + sigma (sign quantile64(start + u step)), low), high). Parameters at 512: mu,
  ;; sigma, low, high, start, step (= -width on the upper side), sign (-1 on the upper side, else 1),
  ;; step 2^-32 (float32 only: the caller ensures |step| >= 2^-990, so that it is exact).
  ;;
  ;; Pass 1 takes every lane through the central branch of quantile64 (|p - 1/2| <= 0.425: about
  ;; nine lanes in ten for a +-2 sigma truncation), four vectors interleaved, no branch, and lists
  ;; the lanes outside the centre; $truncTails redoes those two at a time with the tail branch.
  ;; The clamp: x is never NaN (p is finite; quantile64 gives +-Infinity at worst), so pmax/pmin
  ;; (one instruction each) equal Math.max/Math.min but on zeros of opposite signs: pmax(-0, +0)
  ;; is -0 where Math.max gives +0, which needs low = +0, and then every exact result is >= +0, so
  ;; clearing the sign bit (`keep`) is exact; pmin(+0, -0) is +0 where Math.min gives -0, which
  ;; needs high = -0, and then every exact result is <= -0, so setting the sign bit (`neg`) is exact.
  ;; For other bounds `keep` is all ones and `neg` zero. The tail pass uses f64x2.min/max, which
  ;; have Math.min/max's semantics.
  ;;
  ;; Tail list: entries of 32 bytes from TAIL: p (f64), r (f64, stage 1's result), the address of
  ;; the element (i32).

  ;; $truncTails(end, bits): finishes the tail entries [TAIL, end) into float32 (bits 32) or float64
  ;; elements. Stage 1: r = sqrt(-log64(q < 0 ? p : 1 - p)); stage 2: z from r, x, clamp, store.
  ;; Two entries per pass (an odd last one is paired with a copy of itself).
  (func $truncTails (param $end i32) (param $bits i32)
    (local $hx v128) (local $k v128) (local $i v128) (local $f v128) (local $s v128) (local $z v128)
    (local $w v128) (local $dk v128) (local $hfsq v128) (local $res v128) (local $mm v128) (local $x v128)
    (local $rr v128) (local $e i32) (local $p v128) (local $q v128) (local $r v128) (local $t v128) (local $n v128)
    (local $d v128) (local $m v128)
    (local $mu v128) (local $sigma v128) (local $low v128) (local $high v128) (local $start v128)
    (local $step v128) (local $sign v128)
    (if (i32.eq (local.get $end) (global.get $TAIL)) (then (return)))
    ;; an odd count: repeat the last entry (the same element is written twice, with the same value)
    (if (i32.and (i32.sub (local.get $end) (global.get $TAIL)) (i32.const 32))
      (then
        (v128.store offset=32 (local.tee $end (i32.sub (local.get $end) (i32.const 32))) (v128.load (local.get $end)))
        (v128.store offset=48 (local.get $end) (v128.load offset=16 (local.get $end)))
        (local.set $end (i32.add (local.get $end) (i32.const 64)))))
    (local.set $mu (f64x2.splat (f64.load offset=512 (i32.const 0))))
    (local.set $sigma (f64x2.splat (f64.load offset=520 (i32.const 0))))
    (local.set $low (f64x2.splat (f64.load offset=528 (i32.const 0))))
    (local.set $high (f64x2.splat (f64.load offset=536 (i32.const 0))))
    (local.set $start (f64x2.splat (f64.load offset=544 (i32.const 0))))
    (local.set $step (f64x2.splat (f64.load offset=552 (i32.const 0))))
    (local.set $sign (f64x2.splat (f64.load offset=560 (i32.const 0))))
    (local.set $e (global.get $TAIL))
    (loop $stage1
      (local.set $p (v128.load64_lane offset=32 1 (local.get $e) (v128.load64_zero (local.get $e))))
      ;; x = q < 0 ? p : 1 - p with q = p - 1/2
      (local.set $x (v128.bitselect (local.get $p) (f64x2.sub (v128.const f64x2 1 1) (local.get $p))
        (f64x2.lt (f64x2.sub (local.get $p) (v128.const f64x2 0.5 0.5)) (v128.const f64x2 0 0))))
      ;; log64(x): the body of $log64, inlined (rr is its R, mm its masks)
      ;; subnormal x (hx < 0x00100000): x * 2^54, k = -54
      (local.set $mm (i64x2.lt_s (i64x2.shr_u (local.get $x) (i32.const 32)) (v128.const i64x2 0x00100000 0x00100000)))
      (local.set $x (v128.bitselect (f64x2.mul (local.get $x) (v128.const f64x2 0x1p54 0x1p54)) (local.get $x) (local.get $mm)))
      (local.set $hx (i64x2.shr_u (local.get $x) (i32.const 32)))
      ;; k += (hx >> 20) - 1023; hx &= 0xfffff; i = (hx + 0x95f64) & 0x100000;
      ;; high word = hx | (i ^ 0x3ff00000) (x or x/2 into [sqrt(2)/2, sqrt(2))); k += i >> 20
      (local.set $k (i64x2.add (v128.and (local.get $mm) (v128.const i64x2 -54 -54))
        (i64x2.sub (i64x2.shr_u (local.get $hx) (i32.const 20)) (v128.const i64x2 1023 1023))))
      (local.set $hx (v128.and (local.get $hx) (v128.const i64x2 0xfffff 0xfffff)))
      (local.set $i (v128.and (i64x2.add (local.get $hx) (v128.const i64x2 0x95f64 0x95f64)) (v128.const i64x2 0x100000 0x100000)))
      (local.set $k (i64x2.add (local.get $k) (i64x2.shr_u (local.get $i) (i32.const 20))))
      (local.set $f (f64x2.sub
        (v128.or (v128.and (local.get $x) (v128.const i64x2 0xffffffff 0xffffffff))
          (i64x2.shl (v128.or (local.get $hx) (v128.xor (local.get $i) (v128.const i64x2 0x3ff00000 0x3ff00000))) (i32.const 32)))
        (v128.const f64x2 1 1)))
      ;; k as a double (the low 32 bits of each i64 lane)
      (local.set $dk (f64x2.convert_low_i32x4_s (i8x16.shuffle 0 1 2 3 8 9 10 11 0 1 2 3 8 9 10 11 (local.get $k) (local.get $k))))
      ;; s = f/(2 + f), z = s^2, w = z^2; R = t2 + t1 with t1 = w (Lg2 + w (Lg4 + w Lg6)),
      ;; t2 = z (Lg1 + w (Lg3 + w (Lg5 + w Lg7)))
      (local.set $s (f64x2.div (local.get $f) (f64x2.add (v128.const f64x2 2 2) (local.get $f))))
      (local.set $z (f64x2.mul (local.get $s) (local.get $s)))
      (local.set $w (f64x2.mul (local.get $z) (local.get $z)))
      (local.set $rr (f64x2.add
        (f64x2.mul (local.get $z) (f64x2.add (v128.const f64x2 0.6666666666666735 0.6666666666666735) (f64x2.mul (local.get $w)
          (f64x2.add (v128.const f64x2 0.2857142874366239 0.2857142874366239) (f64x2.mul (local.get $w)
            (f64x2.add (v128.const f64x2 0.1818357216161805 0.1818357216161805) (f64x2.mul (local.get $w) (v128.const f64x2 0.14798198605116586 0.14798198605116586))))))))
        (f64x2.mul (local.get $w) (f64x2.add (v128.const f64x2 0.3999999999940942 0.3999999999940942) (f64x2.mul (local.get $w)
          (f64x2.add (v128.const f64x2 0.22222198432149784 0.22222198432149784) (f64x2.mul (local.get $w) (v128.const f64x2 0.15313837699209373 0.15313837699209373))))))))
      (local.set $hfsq (f64x2.mul (f64x2.mul (v128.const f64x2 0.5 0.5) (local.get $f)) (local.get $f)))
      ;; hfsq form: k LN2_HI - ((hfsq - (s (hfsq + R) + k LN2_LO)) - f)
      ;; plain form: k LN2_HI - ((s (f - R) - k LN2_LO) - f)
      (local.set $res (v128.bitselect
        (f64x2.sub (f64x2.mul (local.get $dk) (v128.const f64x2 0.6931471803691238 0.6931471803691238))
          (f64x2.sub (f64x2.sub (local.get $hfsq)
            (f64x2.add (f64x2.mul (local.get $s) (f64x2.add (local.get $hfsq) (local.get $rr))) (f64x2.mul (local.get $dk) (v128.const f64x2 1.9082149292705877e-10 1.9082149292705877e-10))))
            (local.get $f)))
        (f64x2.sub (f64x2.mul (local.get $dk) (v128.const f64x2 0.6931471803691238 0.6931471803691238))
          (f64x2.sub (f64x2.sub (f64x2.mul (local.get $s) (f64x2.sub (local.get $f) (local.get $rr))) (f64x2.mul (local.get $dk) (v128.const f64x2 1.9082149292705877e-10 1.9082149292705877e-10)))
            (local.get $f)))
        (i64x2.gt_s (v128.or (i64x2.sub (local.get $hx) (v128.const i64x2 0x6147a 0x6147a)) (i64x2.sub (v128.const i64x2 0x6b851 0x6b851) (local.get $hx)))
          (v128.const i64x2 0 0))))
      ;; |f| < 2^-20 when (0xfffff & (2 + hx)) < 3: k LN2_HI - (((f f)(0.5 - f/3) - k LN2_LO) - f)
      (local.set $mm (i64x2.lt_s (v128.and (i64x2.add (local.get $hx) (v128.const i64x2 2 2)) (v128.const i64x2 0xfffff 0xfffff)) (v128.const i64x2 3 3)))
      (if (v128.any_true (local.get $mm))
        (then
          (local.set $res (v128.bitselect
            (f64x2.sub (f64x2.mul (local.get $dk) (v128.const f64x2 0.6931471803691238 0.6931471803691238))
              (f64x2.sub (f64x2.sub
                (f64x2.mul (f64x2.mul (local.get $f) (local.get $f))
                  (f64x2.sub (v128.const f64x2 0.5 0.5) (f64x2.mul (v128.const f64x2 0.3333333333333333 0.3333333333333333) (local.get $f))))
                (f64x2.mul (local.get $dk) (v128.const f64x2 1.9082149292705877e-10 1.9082149292705877e-10)))
                (local.get $f)))
            (local.get $res) (local.get $mm)))))
      (local.set $r (f64x2.sqrt (f64x2.neg (local.get $res))))
      (v128.store64_lane offset=8 0 (local.get $e) (local.get $r))
      (v128.store64_lane offset=40 1 (local.get $e) (local.get $r))
      (br_if $stage1 (i32.lt_u (local.tee $e (i32.add (local.get $e) (i32.const 64))) (local.get $end))))
    (local.set $e (global.get $TAIL))
    (loop $stage2
      (local.set $p (v128.load64_lane offset=32 1 (local.get $e) (v128.load64_zero (local.get $e))))
      (local.set $t (v128.load64_lane offset=40 1 (local.get $e) (v128.load64_zero offset=8 (local.get $e))))
      ;; r <= 5: z = C(r - 1.6)/D(r - 1.6); else z = E(r - 5)/F(r - 5), computed when a lane needs it
      (local.set $m (f64x2.le (local.get $t) (v128.const f64x2 5 5)))
      (local.set $r (f64x2.sub (local.get $t) (v128.const f64x2 1.6 1.6)))
      (local.set $t (f64x2.sub (local.get $t) (v128.const f64x2 5 5)))
      (local.set $n (f64x2.mul (v128.const f64x2 7.745450142783414e-4 7.745450142783414e-4) (local.get $r)))
      (local.set $d (f64x2.mul (v128.const f64x2 1.0507500716444169e-9 1.0507500716444169e-9) (local.get $r)))
      (local.set $n (f64x2.mul (f64x2.add (local.get $n) (v128.const f64x2 0.022723844989269184 0.022723844989269184)) (local.get $r)))
      (local.set $d (f64x2.mul (f64x2.add (local.get $d) (v128.const f64x2 5.475938084995345e-4 5.475938084995345e-4)) (local.get $r)))
      (local.set $n (f64x2.mul (f64x2.add (local.get $n) (v128.const f64x2 0.2417807251774506 0.2417807251774506)) (local.get $r)))
      (local.set $d (f64x2.mul (f64x2.add (local.get $d) (v128.const f64x2 0.015198666563616457 0.015198666563616457)) (local.get $r)))
      (local.set $n (f64x2.mul (f64x2.add (local.get $n) (v128.const f64x2 1.2704582524523684 1.2704582524523684)) (local.get $r)))
      (local.set $d (f64x2.mul (f64x2.add (local.get $d) (v128.const f64x2 0.14810397642748008 0.14810397642748008)) (local.get $r)))
      (local.set $n (f64x2.mul (f64x2.add (local.get $n) (v128.const f64x2 3.6478483247632045 3.6478483247632045)) (local.get $r)))
      (local.set $d (f64x2.mul (f64x2.add (local.get $d) (v128.const f64x2 0.6897673349851 0.6897673349851)) (local.get $r)))
      (local.set $n (f64x2.mul (f64x2.add (local.get $n) (v128.const f64x2 5.769497221460691 5.769497221460691)) (local.get $r)))
      (local.set $d (f64x2.mul (f64x2.add (local.get $d) (v128.const f64x2 1.6763848301838038 1.6763848301838038)) (local.get $r)))
      (local.set $n (f64x2.mul (f64x2.add (local.get $n) (v128.const f64x2 4.630337846156546 4.630337846156546)) (local.get $r)))
      (local.set $d (f64x2.mul (f64x2.add (local.get $d) (v128.const f64x2 2.053191626637759 2.053191626637759)) (local.get $r)))
      (local.set $n (f64x2.add (local.get $n) (v128.const f64x2 1.4234371107496835 1.4234371107496835)))
      (local.set $d (f64x2.add (local.get $d) (v128.const f64x2 1 1)))
      (local.set $r (f64x2.div (local.get $n) (local.get $d)))
      (if (i32.eqz (i64x2.all_true (local.get $m)))
        (then
          (local.set $n (f64x2.mul (v128.const f64x2 2.0103343992922881e-7 2.0103343992922881e-7) (local.get $t)))
          (local.set $d (f64x2.mul (v128.const f64x2 2.0442631033899397e-15 2.0442631033899397e-15) (local.get $t)))
          (local.set $n (f64x2.mul (f64x2.add (local.get $n) (v128.const f64x2 2.7115555687434876e-5 2.7115555687434876e-5)) (local.get $t)))
          (local.set $d (f64x2.mul (f64x2.add (local.get $d) (v128.const f64x2 1.421511758316446e-7 1.421511758316446e-7)) (local.get $t)))
          (local.set $n (f64x2.mul (f64x2.add (local.get $n) (v128.const f64x2 0.0012426609473880784 0.0012426609473880784)) (local.get $t)))
          (local.set $d (f64x2.mul (f64x2.add (local.get $d) (v128.const f64x2 1.8463183175100548e-5 1.8463183175100548e-5)) (local.get $t)))
          (local.set $n (f64x2.mul (f64x2.add (local.get $n) (v128.const f64x2 0.026532189526576124 0.026532189526576124)) (local.get $t)))
          (local.set $d (f64x2.mul (f64x2.add (local.get $d) (v128.const f64x2 7.868691311456133e-4 7.868691311456133e-4)) (local.get $t)))
          (local.set $n (f64x2.mul (f64x2.add (local.get $n) (v128.const f64x2 0.29656057182850487 0.29656057182850487)) (local.get $t)))
          (local.set $d (f64x2.mul (f64x2.add (local.get $d) (v128.const f64x2 0.014875361290850615 0.014875361290850615)) (local.get $t)))
          (local.set $n (f64x2.mul (f64x2.add (local.get $n) (v128.const f64x2 1.7848265399172913 1.7848265399172913)) (local.get $t)))
          (local.set $d (f64x2.mul (f64x2.add (local.get $d) (v128.const f64x2 0.1369298809227358 0.1369298809227358)) (local.get $t)))
          (local.set $n (f64x2.mul (f64x2.add (local.get $n) (v128.const f64x2 5.463784911164114 5.463784911164114)) (local.get $t)))
          (local.set $d (f64x2.mul (f64x2.add (local.get $d) (v128.const f64x2 0.599832206555888 0.599832206555888)) (local.get $t)))
          (local.set $n (f64x2.add (local.get $n) (v128.const f64x2 6.657904643501103 6.657904643501103)))
          (local.set $d (f64x2.add (local.get $d) (v128.const f64x2 1 1)))
          (local.set $r (v128.bitselect (local.get $r) (f64x2.div (local.get $n) (local.get $d)) (local.get $m)))))
      ;; -z when q < 0; p not > 0: -Infinity (p itself when NaN); p not < 1: +Infinity
      (local.set $r (v128.xor (local.get $r)
        (v128.and (f64x2.lt (f64x2.sub (local.get $p) (v128.const f64x2 0.5 0.5)) (v128.const f64x2 0 0)) (v128.const i64x2 0x8000000000000000 0x8000000000000000))))
      (local.set $r (v128.bitselect (local.get $r) (v128.const f64x2 inf inf) (f64x2.lt (local.get $p) (v128.const f64x2 1 1))))
      (local.set $r (v128.bitselect (local.get $r)
        (v128.bitselect (v128.const f64x2 -inf -inf) (local.get $p) (f64x2.eq (local.get $p) (local.get $p)))
        (f64x2.gt (local.get $p) (v128.const f64x2 0 0))))
      (local.set $r (f64x2.min (f64x2.max
        (f64x2.add (local.get $mu) (f64x2.mul (local.get $sigma) (f64x2.mul (local.get $sign) (local.get $r))))
        (local.get $low)) (local.get $high)))
      (v128.store64_lane offset=8 0 (local.get $e) (local.get $r))
      (v128.store64_lane offset=40 1 (local.get $e) (local.get $r))
      (br_if $stage2 (i32.lt_u (local.tee $e (i32.add (local.get $e) (i32.const 64))) (local.get $end))))
    ;; stage 3: each sample to its element
    (local.set $e (global.get $TAIL))
    (if (i32.eq (local.get $bits) (i32.const 32))
      (then
        (loop $stage3
          (f32.store (i32.load offset=16 (local.get $e)) (f32.demote_f64 (f64.load offset=8 (local.get $e))))
          (br_if $stage3 (i32.lt_u (local.tee $e (i32.add (local.get $e) (i32.const 32))) (local.get $end)))))
      (else
        (loop $stage3
          (f64.store (i32.load offset=16 (local.get $e)) (f64.load offset=8 (local.get $e)))
          (br_if $stage3 (i32.lt_u (local.tee $e (i32.add (local.get $e) (i32.const 32))) (local.get $end)))))))

  ;; truncnormal32(p, words): float32 truncated normal, in place; u = u32o(word i) = (w + 0.5) 2^-32.
  ;; p and q = p - 1/2 in float64. Centre (|q| <= 0.425): centralQuantile32 of f32(q) in float32,
  ;; four lanes a vector (PPND7: A and B of degree 3), x = f32(M + f32(S z)) with M = f32(mu),
  ;; S = f32(sign sigma), clamped to [f32(low), f32(high)] with the pmax/pmin rules above (on the
  ;; float32 bounds). Tails: listed, then finished by $truncTails in float64 and rounded once.
  (func (export "truncnormal32") (param $x i32) (param $words i32)
    (local $end i32) (local $tail i32) (local $m i32) (local $w0 v128) (local $w1 v128)
    (local $start v128) (local $step v128)
    (local $mean v128) (local $scale v128) (local $low v128) (local $high v128) (local $keep v128) (local $neg v128)
    (local $p0 v128) (local $q0 v128) (local $p1 v128) (local $q1 v128)
    (local $p2 v128) (local $q2 v128) (local $p3 v128) (local $q3 v128)
    (local $qa v128) (local $ra v128) (local $na v128) (local $da v128)
    (local $qb v128) (local $rb v128) (local $nb v128) (local $db v128)
    (local.set $mean (f32x4.splat (f32.demote_f64 (f64.load offset=512 (i32.const 0)))))
    ;; sign sigma is exact (sign is +-1); rounded once, as Math.fround(sigma * sign)
    (local.set $scale (f32x4.splat (f32.demote_f64 (f64.mul (f64.load offset=520 (i32.const 0)) (f64.load offset=560 (i32.const 0))))))
    (local.set $low (f32x4.splat (f32.demote_f64 (f64.load offset=528 (i32.const 0)))))
    (local.set $high (f32x4.splat (f32.demote_f64 (f64.load offset=536 (i32.const 0)))))
    (local.set $start (f64x2.splat (f64.load offset=544 (i32.const 0))))
    (local.set $step (f64x2.splat (f64.load offset=568 (i32.const 0))))
    ;; keep = all bits but the sign when f32(low) is +0, else all bits; neg = the sign bit when
    ;; f32(high) is -0, else nothing (see above)
    (local.set $keep (v128.not (v128.and (i32x4.eq (local.get $low) (v128.const i32x4 0 0 0 0))
      (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000))))
    (local.set $neg (v128.and (i32x4.eq (local.get $high) (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000))
      (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000)))
    (local.set $end (i32.add (local.get $x) (i32.shl (local.get $words) (i32.const 2))))
    (local.set $tail (global.get $TAIL))
    (block $done
      (br_if $done (i32.ge_u (local.get $x) (local.get $end)))
      (loop $pass
        (local.set $w0 (v128.load offset=0 (local.get $x)))
        (local.set $w1 (v128.load offset=16 (local.get $x)))
        ;; p = start + u step with u = u32o(w) = (w + 0.5) 2^-32, as (w + 0.5) (step 2^-32): the
        ;; same real number rounded once (step 2^-32 is exact: the caller ensures |step| >= 2^-990);
        ;; w + 0.5 is bits(2^52 + w) - (2^52 - 1/2), exact
        (local.set $p0 (f64x2.add (local.get $start) (f64x2.mul (f64x2.sub (i8x16.shuffle 0 1 2 3 20 21 22 23 4 5 6 7 20 21 22 23
          (local.get $w0) (v128.const i32x4 0 0x43300000 0 0x43300000)) (v128.const f64x2 4503599627370495.5 4503599627370495.5)) (local.get $step))))
        (local.set $p1 (f64x2.add (local.get $start) (f64x2.mul (f64x2.sub (i8x16.shuffle 8 9 10 11 20 21 22 23 12 13 14 15 20 21 22 23
          (local.get $w0) (v128.const i32x4 0 0x43300000 0 0x43300000)) (v128.const f64x2 4503599627370495.5 4503599627370495.5)) (local.get $step))))
        (local.set $p2 (f64x2.add (local.get $start) (f64x2.mul (f64x2.sub (i8x16.shuffle 0 1 2 3 20 21 22 23 4 5 6 7 20 21 22 23
          (local.get $w1) (v128.const i32x4 0 0x43300000 0 0x43300000)) (v128.const f64x2 4503599627370495.5 4503599627370495.5)) (local.get $step))))
        (local.set $p3 (f64x2.add (local.get $start) (f64x2.mul (f64x2.sub (i8x16.shuffle 8 9 10 11 20 21 22 23 12 13 14 15 20 21 22 23
          (local.get $w1) (v128.const i32x4 0 0x43300000 0 0x43300000)) (v128.const f64x2 4503599627370495.5 4503599627370495.5)) (local.get $step))))
        (local.set $q0 (f64x2.sub (local.get $p0) (v128.const f64x2 0.5 0.5)))
        (local.set $q1 (f64x2.sub (local.get $p1) (v128.const f64x2 0.5 0.5)))
        (local.set $q2 (f64x2.sub (local.get $p2) (v128.const f64x2 0.5 0.5)))
        (local.set $q3 (f64x2.sub (local.get $p3) (v128.const f64x2 0.5 0.5)))
        ;; q in float32, lanes 0-3 and 4-7 (demote rounds to nearest even, as Math.fround)
        (local.set $qa (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
          (f32x4.demote_f64x2_zero (local.get $q0)) (f32x4.demote_f64x2_zero (local.get $q1))))
        (local.set $qb (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
          (f32x4.demote_f64x2_zero (local.get $q2)) (f32x4.demote_f64x2_zero (local.get $q3))))
        ;; centralQuantile32: r = K - q q; a = ((A3 r + A2) r + A1) r + A0; b likewise; z = q (a / b)
        (local.set $ra (f32x4.sub (v128.const f32x4 0.18062500655651093 0.18062500655651093 0.18062500655651093 0.18062500655651093) (f32x4.mul (local.get $qa) (local.get $qa))))
        (local.set $rb (f32x4.sub (v128.const f32x4 0.18062500655651093 0.18062500655651093 0.18062500655651093 0.18062500655651093) (f32x4.mul (local.get $qb) (local.get $qb))))
        (local.set $na (f32x4.mul (f32x4.add (f32x4.mul (v128.const f32x4 59.109375 59.109375 59.109375 59.109375) (local.get $ra)) (v128.const f32x4 159.2911376953125 159.2911376953125 159.2911376953125 159.2911376953125)) (local.get $ra)))
        (local.set $da (f32x4.mul (f32x4.add (f32x4.mul (v128.const f32x4 67.18756103515625 67.18756103515625 67.18756103515625 67.18756103515625) (local.get $ra)) (v128.const f32x4 78.75775909423828 78.75775909423828 78.75775909423828 78.75775909423828)) (local.get $ra)))
        (local.set $nb (f32x4.mul (f32x4.add (f32x4.mul (v128.const f32x4 59.109375 59.109375 59.109375 59.109375) (local.get $rb)) (v128.const f32x4 159.2911376953125 159.2911376953125 159.2911376953125 159.2911376953125)) (local.get $rb)))
        (local.set $db (f32x4.mul (f32x4.add (f32x4.mul (v128.const f32x4 67.18756103515625 67.18756103515625 67.18756103515625 67.18756103515625) (local.get $rb)) (v128.const f32x4 78.75775909423828 78.75775909423828 78.75775909423828 78.75775909423828)) (local.get $rb)))
        (local.set $na (f32x4.add (f32x4.mul (f32x4.add (local.get $na) (v128.const f32x4 50.43427276611328 50.43427276611328 50.43427276611328 50.43427276611328)) (local.get $ra)) (v128.const f32x4 3.3871326446533203 3.3871326446533203 3.3871326446533203 3.3871326446533203)))
        (local.set $da (f32x4.add (f32x4.mul (f32x4.add (local.get $da) (v128.const f32x4 17.895170211791992 17.895170211791992 17.895170211791992 17.895170211791992)) (local.get $ra)) (v128.const f32x4 1 1 1 1)))
        (local.set $nb (f32x4.add (f32x4.mul (f32x4.add (local.get $nb) (v128.const f32x4 50.43427276611328 50.43427276611328 50.43427276611328 50.43427276611328)) (local.get $rb)) (v128.const f32x4 3.3871326446533203 3.3871326446533203 3.3871326446533203 3.3871326446533203)))
        (local.set $db (f32x4.add (f32x4.mul (f32x4.add (local.get $db) (v128.const f32x4 17.895170211791992 17.895170211791992 17.895170211791992 17.895170211791992)) (local.get $rb)) (v128.const f32x4 1 1 1 1)))
        ;; x = f32(M + f32(S z)), clamped (see above), stored
        (v128.store offset=0 (local.get $x) (v128.or (f32x4.pmin (v128.and (f32x4.pmax
          (f32x4.add (local.get $mean) (f32x4.mul (local.get $scale)
            (f32x4.mul (local.get $qa) (f32x4.div (local.get $na) (local.get $da)))))
          (local.get $low)) (local.get $keep)) (local.get $high)) (local.get $neg)))
        (v128.store offset=16 (local.get $x) (v128.or (f32x4.pmin (v128.and (f32x4.pmax
          (f32x4.add (local.get $mean) (f32x4.mul (local.get $scale)
            (f32x4.mul (local.get $qb) (f32x4.div (local.get $nb) (local.get $db)))))
          (local.get $low)) (local.get $keep)) (local.get $high)) (local.get $neg)))
        ;; lanes outside the centre (|q| > 0.425; q is never NaN) go to the tail list, branch-free: every lane
        ;; is written as the next entry, and the list grows by one entry for each such lane
        (local.set $m (i64x2.bitmask (f64x2.gt (f64x2.abs (local.get $q0)) (v128.const f64x2 0.425 0.425))))
        (v128.store64_lane 0 (local.get $tail) (local.get $p0))
        (i32.store offset=16 (local.get $tail) (i32.add (local.get $x) (i32.const 0)))
        (local.set $tail (i32.add (local.get $tail) (i32.shl (i32.and (local.get $m) (i32.const 1)) (i32.const 5))))
        (v128.store64_lane 1 (local.get $tail) (local.get $p0))
        (i32.store offset=16 (local.get $tail) (i32.add (local.get $x) (i32.const 4)))
        (local.set $tail (i32.add (local.get $tail) (i32.shl (i32.shr_u (local.get $m) (i32.const 1)) (i32.const 5))))
        (local.set $m (i64x2.bitmask (f64x2.gt (f64x2.abs (local.get $q1)) (v128.const f64x2 0.425 0.425))))
        (v128.store64_lane 0 (local.get $tail) (local.get $p1))
        (i32.store offset=16 (local.get $tail) (i32.add (local.get $x) (i32.const 8)))
        (local.set $tail (i32.add (local.get $tail) (i32.shl (i32.and (local.get $m) (i32.const 1)) (i32.const 5))))
        (v128.store64_lane 1 (local.get $tail) (local.get $p1))
        (i32.store offset=16 (local.get $tail) (i32.add (local.get $x) (i32.const 12)))
        (local.set $tail (i32.add (local.get $tail) (i32.shl (i32.shr_u (local.get $m) (i32.const 1)) (i32.const 5))))
        (local.set $m (i64x2.bitmask (f64x2.gt (f64x2.abs (local.get $q2)) (v128.const f64x2 0.425 0.425))))
        (v128.store64_lane 0 (local.get $tail) (local.get $p2))
        (i32.store offset=16 (local.get $tail) (i32.add (local.get $x) (i32.const 16)))
        (local.set $tail (i32.add (local.get $tail) (i32.shl (i32.and (local.get $m) (i32.const 1)) (i32.const 5))))
        (v128.store64_lane 1 (local.get $tail) (local.get $p2))
        (i32.store offset=16 (local.get $tail) (i32.add (local.get $x) (i32.const 20)))
        (local.set $tail (i32.add (local.get $tail) (i32.shl (i32.shr_u (local.get $m) (i32.const 1)) (i32.const 5))))
        (local.set $m (i64x2.bitmask (f64x2.gt (f64x2.abs (local.get $q3)) (v128.const f64x2 0.425 0.425))))
        (v128.store64_lane 0 (local.get $tail) (local.get $p3))
        (i32.store offset=16 (local.get $tail) (i32.add (local.get $x) (i32.const 24)))
        (local.set $tail (i32.add (local.get $tail) (i32.shl (i32.and (local.get $m) (i32.const 1)) (i32.const 5))))
        (v128.store64_lane 1 (local.get $tail) (local.get $p3))
        (i32.store offset=16 (local.get $tail) (i32.add (local.get $x) (i32.const 28)))
        (local.set $tail (i32.add (local.get $tail) (i32.shl (i32.shr_u (local.get $m) (i32.const 1)) (i32.const 5))))
        (local.set $x (i32.add (local.get $x) (i32.const 32)))
        (br_if $pass (i32.lt_u (local.get $x) (local.get $end)))))
    (call $truncTails (local.get $tail) (i32.const 32)))

  ;; truncnormal64(p, words): float64 truncated normal, in place; u = u53o(word 2i, word 2i+1).
  (func (export "truncnormal64") (param $x i32) (param $words i32)
    (local $end i32) (local $tail i32) (local $m i32) 
    (local $mu v128) (local $sigma v128) (local $low v128) (local $high v128) (local $start v128)
    (local $step v128) (local $sign v128) (local $keep v128) (local $neg v128)
    (local $p0 v128) (local $q0 v128) (local $r0 v128) (local $n0 v128) (local $d0 v128)
    (local $p1 v128) (local $q1 v128) (local $r1 v128) (local $n1 v128) (local $d1 v128)
    (local $p2 v128) (local $q2 v128) (local $r2 v128) (local $n2 v128) (local $d2 v128)
    (local $p3 v128) (local $q3 v128) (local $r3 v128) (local $n3 v128) (local $d3 v128)
    (local.set $mu (f64x2.splat (f64.load offset=512 (i32.const 0))))
    (local.set $sigma (f64x2.splat (f64.load offset=520 (i32.const 0))))
    (local.set $low (f64x2.splat (f64.load offset=528 (i32.const 0))))
    (local.set $high (f64x2.splat (f64.load offset=536 (i32.const 0))))
    (local.set $start (f64x2.splat (f64.load offset=544 (i32.const 0))))
    (local.set $step (f64x2.splat (f64.load offset=552 (i32.const 0))))
    ;; sigma (sign z) = (sigma sign) z exactly: sign is +-1, and rounding is symmetric
    (local.set $sign (f64x2.mul (local.get $sigma) (f64x2.splat (f64.load offset=560 (i32.const 0)))))
    ;; keep = all bits but the sign when low is +0, else all bits; neg = the sign bit when high is
    ;; -0, else nothing (see above)
    (local.set $keep (v128.not (v128.and (i64x2.eq (local.get $low) (v128.const i64x2 0 0))
      (v128.const i64x2 0x8000000000000000 0x8000000000000000))))
    (local.set $neg (v128.and (i64x2.eq (local.get $high) (v128.const i64x2 0x8000000000000000 0x8000000000000000))
      (v128.const i64x2 0x8000000000000000 0x8000000000000000)))
    (local.set $end (i32.add (local.get $x) (i32.shl (local.get $words) (i32.const 2))))
    (local.set $tail (global.get $TAIL))
    (block $done
      (br_if $done (i32.ge_u (local.get $x) (local.get $end)))
      (loop $pass
        ;; p = start + u step, u = u53o(word 2i, word 2i+1) (see $u53open)
        (local.set $p0 (f64x2.add (local.get $start) (f64x2.mul (call $u53open (v128.load offset=0 (local.get $x))) (local.get $step))))
        (local.set $p1 (f64x2.add (local.get $start) (f64x2.mul (call $u53open (v128.load offset=16 (local.get $x))) (local.get $step))))
        (local.set $p2 (f64x2.add (local.get $start) (f64x2.mul (call $u53open (v128.load offset=32 (local.get $x))) (local.get $step))))
        (local.set $p3 (f64x2.add (local.get $start) (f64x2.mul (call $u53open (v128.load offset=48 (local.get $x))) (local.get $step))))
        ;; the central branch of quantile64 for every lane: q = p - 1/2, r = 0.180625 - q q,
        ;; z = q (A(r)/B(r)), A and B by Horner from the degree-7 coefficient, 4 vectors interleaved
        (local.set $q0 (f64x2.sub (local.get $p0) (v128.const f64x2 0.5 0.5)))
        (local.set $q1 (f64x2.sub (local.get $p1) (v128.const f64x2 0.5 0.5)))
        (local.set $q2 (f64x2.sub (local.get $p2) (v128.const f64x2 0.5 0.5)))
        (local.set $q3 (f64x2.sub (local.get $p3) (v128.const f64x2 0.5 0.5)))
        (local.set $r0 (f64x2.sub (v128.const f64x2 0.180625 0.180625) (f64x2.mul (local.get $q0) (local.get $q0))))
        (local.set $r1 (f64x2.sub (v128.const f64x2 0.180625 0.180625) (f64x2.mul (local.get $q1) (local.get $q1))))
        (local.set $r2 (f64x2.sub (v128.const f64x2 0.180625 0.180625) (f64x2.mul (local.get $q2) (local.get $q2))))
        (local.set $r3 (f64x2.sub (v128.const f64x2 0.180625 0.180625) (f64x2.mul (local.get $q3) (local.get $q3))))
        (local.set $n0 (f64x2.mul (v128.const f64x2 2509.0809287301227 2509.0809287301227) (local.get $r0)))
        (local.set $d0 (f64x2.mul (v128.const f64x2 5226.495278852854 5226.495278852854) (local.get $r0)))
        (local.set $n1 (f64x2.mul (v128.const f64x2 2509.0809287301227 2509.0809287301227) (local.get $r1)))
        (local.set $d1 (f64x2.mul (v128.const f64x2 5226.495278852854 5226.495278852854) (local.get $r1)))
        (local.set $n2 (f64x2.mul (v128.const f64x2 2509.0809287301227 2509.0809287301227) (local.get $r2)))
        (local.set $d2 (f64x2.mul (v128.const f64x2 5226.495278852854 5226.495278852854) (local.get $r2)))
        (local.set $n3 (f64x2.mul (v128.const f64x2 2509.0809287301227 2509.0809287301227) (local.get $r3)))
        (local.set $d3 (f64x2.mul (v128.const f64x2 5226.495278852854 5226.495278852854) (local.get $r3)))
        (local.set $n0 (f64x2.mul (f64x2.add (local.get $n0) (v128.const f64x2 33430.57558358813 33430.57558358813)) (local.get $r0)))
        (local.set $d0 (f64x2.mul (f64x2.add (local.get $d0) (v128.const f64x2 28729.085735721943 28729.085735721943)) (local.get $r0)))
        (local.set $n1 (f64x2.mul (f64x2.add (local.get $n1) (v128.const f64x2 33430.57558358813 33430.57558358813)) (local.get $r1)))
        (local.set $d1 (f64x2.mul (f64x2.add (local.get $d1) (v128.const f64x2 28729.085735721943 28729.085735721943)) (local.get $r1)))
        (local.set $n2 (f64x2.mul (f64x2.add (local.get $n2) (v128.const f64x2 33430.57558358813 33430.57558358813)) (local.get $r2)))
        (local.set $d2 (f64x2.mul (f64x2.add (local.get $d2) (v128.const f64x2 28729.085735721943 28729.085735721943)) (local.get $r2)))
        (local.set $n3 (f64x2.mul (f64x2.add (local.get $n3) (v128.const f64x2 33430.57558358813 33430.57558358813)) (local.get $r3)))
        (local.set $d3 (f64x2.mul (f64x2.add (local.get $d3) (v128.const f64x2 28729.085735721943 28729.085735721943)) (local.get $r3)))
        (local.set $n0 (f64x2.mul (f64x2.add (local.get $n0) (v128.const f64x2 67265.7709270087 67265.7709270087)) (local.get $r0)))
        (local.set $d0 (f64x2.mul (f64x2.add (local.get $d0) (v128.const f64x2 39307.89580009271 39307.89580009271)) (local.get $r0)))
        (local.set $n1 (f64x2.mul (f64x2.add (local.get $n1) (v128.const f64x2 67265.7709270087 67265.7709270087)) (local.get $r1)))
        (local.set $d1 (f64x2.mul (f64x2.add (local.get $d1) (v128.const f64x2 39307.89580009271 39307.89580009271)) (local.get $r1)))
        (local.set $n2 (f64x2.mul (f64x2.add (local.get $n2) (v128.const f64x2 67265.7709270087 67265.7709270087)) (local.get $r2)))
        (local.set $d2 (f64x2.mul (f64x2.add (local.get $d2) (v128.const f64x2 39307.89580009271 39307.89580009271)) (local.get $r2)))
        (local.set $n3 (f64x2.mul (f64x2.add (local.get $n3) (v128.const f64x2 67265.7709270087 67265.7709270087)) (local.get $r3)))
        (local.set $d3 (f64x2.mul (f64x2.add (local.get $d3) (v128.const f64x2 39307.89580009271 39307.89580009271)) (local.get $r3)))
        (local.set $n0 (f64x2.mul (f64x2.add (local.get $n0) (v128.const f64x2 45921.95393154987 45921.95393154987)) (local.get $r0)))
        (local.set $d0 (f64x2.mul (f64x2.add (local.get $d0) (v128.const f64x2 21213.794301586597 21213.794301586597)) (local.get $r0)))
        (local.set $n1 (f64x2.mul (f64x2.add (local.get $n1) (v128.const f64x2 45921.95393154987 45921.95393154987)) (local.get $r1)))
        (local.set $d1 (f64x2.mul (f64x2.add (local.get $d1) (v128.const f64x2 21213.794301586597 21213.794301586597)) (local.get $r1)))
        (local.set $n2 (f64x2.mul (f64x2.add (local.get $n2) (v128.const f64x2 45921.95393154987 45921.95393154987)) (local.get $r2)))
        (local.set $d2 (f64x2.mul (f64x2.add (local.get $d2) (v128.const f64x2 21213.794301586597 21213.794301586597)) (local.get $r2)))
        (local.set $n3 (f64x2.mul (f64x2.add (local.get $n3) (v128.const f64x2 45921.95393154987 45921.95393154987)) (local.get $r3)))
        (local.set $d3 (f64x2.mul (f64x2.add (local.get $d3) (v128.const f64x2 21213.794301586597 21213.794301586597)) (local.get $r3)))
        (local.set $n0 (f64x2.mul (f64x2.add (local.get $n0) (v128.const f64x2 13731.69376550946 13731.69376550946)) (local.get $r0)))
        (local.set $d0 (f64x2.mul (f64x2.add (local.get $d0) (v128.const f64x2 5394.196021424751 5394.196021424751)) (local.get $r0)))
        (local.set $n1 (f64x2.mul (f64x2.add (local.get $n1) (v128.const f64x2 13731.69376550946 13731.69376550946)) (local.get $r1)))
        (local.set $d1 (f64x2.mul (f64x2.add (local.get $d1) (v128.const f64x2 5394.196021424751 5394.196021424751)) (local.get $r1)))
        (local.set $n2 (f64x2.mul (f64x2.add (local.get $n2) (v128.const f64x2 13731.69376550946 13731.69376550946)) (local.get $r2)))
        (local.set $d2 (f64x2.mul (f64x2.add (local.get $d2) (v128.const f64x2 5394.196021424751 5394.196021424751)) (local.get $r2)))
        (local.set $n3 (f64x2.mul (f64x2.add (local.get $n3) (v128.const f64x2 13731.69376550946 13731.69376550946)) (local.get $r3)))
        (local.set $d3 (f64x2.mul (f64x2.add (local.get $d3) (v128.const f64x2 5394.196021424751 5394.196021424751)) (local.get $r3)))
        (local.set $n0 (f64x2.mul (f64x2.add (local.get $n0) (v128.const f64x2 1971.5909503065513 1971.5909503065513)) (local.get $r0)))
        (local.set $d0 (f64x2.mul (f64x2.add (local.get $d0) (v128.const f64x2 687.1870074920579 687.1870074920579)) (local.get $r0)))
        (local.set $n1 (f64x2.mul (f64x2.add (local.get $n1) (v128.const f64x2 1971.5909503065513 1971.5909503065513)) (local.get $r1)))
        (local.set $d1 (f64x2.mul (f64x2.add (local.get $d1) (v128.const f64x2 687.1870074920579 687.1870074920579)) (local.get $r1)))
        (local.set $n2 (f64x2.mul (f64x2.add (local.get $n2) (v128.const f64x2 1971.5909503065513 1971.5909503065513)) (local.get $r2)))
        (local.set $d2 (f64x2.mul (f64x2.add (local.get $d2) (v128.const f64x2 687.1870074920579 687.1870074920579)) (local.get $r2)))
        (local.set $n3 (f64x2.mul (f64x2.add (local.get $n3) (v128.const f64x2 1971.5909503065513 1971.5909503065513)) (local.get $r3)))
        (local.set $d3 (f64x2.mul (f64x2.add (local.get $d3) (v128.const f64x2 687.1870074920579 687.1870074920579)) (local.get $r3)))
        (local.set $n0 (f64x2.mul (f64x2.add (local.get $n0) (v128.const f64x2 133.14166789178438 133.14166789178438)) (local.get $r0)))
        (local.set $d0 (f64x2.mul (f64x2.add (local.get $d0) (v128.const f64x2 42.31333070160091 42.31333070160091)) (local.get $r0)))
        (local.set $n1 (f64x2.mul (f64x2.add (local.get $n1) (v128.const f64x2 133.14166789178438 133.14166789178438)) (local.get $r1)))
        (local.set $d1 (f64x2.mul (f64x2.add (local.get $d1) (v128.const f64x2 42.31333070160091 42.31333070160091)) (local.get $r1)))
        (local.set $n2 (f64x2.mul (f64x2.add (local.get $n2) (v128.const f64x2 133.14166789178438 133.14166789178438)) (local.get $r2)))
        (local.set $d2 (f64x2.mul (f64x2.add (local.get $d2) (v128.const f64x2 42.31333070160091 42.31333070160091)) (local.get $r2)))
        (local.set $n3 (f64x2.mul (f64x2.add (local.get $n3) (v128.const f64x2 133.14166789178438 133.14166789178438)) (local.get $r3)))
        (local.set $d3 (f64x2.mul (f64x2.add (local.get $d3) (v128.const f64x2 42.31333070160091 42.31333070160091)) (local.get $r3)))
        ;; x = mu + sigma (sign z), clamped (see above)
        (local.set $n0 (f64x2.add (local.get $mu) (f64x2.mul (local.get $sign)
          (f64x2.mul (local.get $q0) (f64x2.div (f64x2.add (local.get $n0) (v128.const f64x2 3.3871328727963665 3.3871328727963665)) (f64x2.add (local.get $d0) (v128.const f64x2 1 1)))))))
        (local.set $n1 (f64x2.add (local.get $mu) (f64x2.mul (local.get $sign)
          (f64x2.mul (local.get $q1) (f64x2.div (f64x2.add (local.get $n1) (v128.const f64x2 3.3871328727963665 3.3871328727963665)) (f64x2.add (local.get $d1) (v128.const f64x2 1 1)))))))
        (local.set $n2 (f64x2.add (local.get $mu) (f64x2.mul (local.get $sign)
          (f64x2.mul (local.get $q2) (f64x2.div (f64x2.add (local.get $n2) (v128.const f64x2 3.3871328727963665 3.3871328727963665)) (f64x2.add (local.get $d2) (v128.const f64x2 1 1)))))))
        (local.set $n3 (f64x2.add (local.get $mu) (f64x2.mul (local.get $sign)
          (f64x2.mul (local.get $q3) (f64x2.div (f64x2.add (local.get $n3) (v128.const f64x2 3.3871328727963665 3.3871328727963665)) (f64x2.add (local.get $d3) (v128.const f64x2 1 1)))))))
        (local.set $n0 (v128.or (f64x2.pmin (v128.and (f64x2.pmax (local.get $n0) (local.get $low)) (local.get $keep))
          (local.get $high)) (local.get $neg)))
        (local.set $n1 (v128.or (f64x2.pmin (v128.and (f64x2.pmax (local.get $n1) (local.get $low)) (local.get $keep))
          (local.get $high)) (local.get $neg)))
        (local.set $n2 (v128.or (f64x2.pmin (v128.and (f64x2.pmax (local.get $n2) (local.get $low)) (local.get $keep))
          (local.get $high)) (local.get $neg)))
        (local.set $n3 (v128.or (f64x2.pmin (v128.and (f64x2.pmax (local.get $n3) (local.get $low)) (local.get $keep))
          (local.get $high)) (local.get $neg)))
        (v128.store offset=0 (local.get $x) (local.get $n0))
        (v128.store offset=16 (local.get $x) (local.get $n1))
        (v128.store offset=32 (local.get $x) (local.get $n2))
        (v128.store offset=48 (local.get $x) (local.get $n3))
        ;; lanes outside the centre (|q| > 0.425; q is never NaN) go to the tail list, branch-free: every lane
        ;; is written as the next entry, and the list grows by one entry for each such lane
        (local.set $m (i64x2.bitmask (f64x2.gt (f64x2.abs (local.get $q0)) (v128.const f64x2 0.425 0.425))))
        (v128.store64_lane 0 (local.get $tail) (local.get $p0))
        (i32.store offset=16 (local.get $tail) (i32.add (local.get $x) (i32.const 0)))
        (local.set $tail (i32.add (local.get $tail) (i32.shl (i32.and (local.get $m) (i32.const 1)) (i32.const 5))))
        (v128.store64_lane 1 (local.get $tail) (local.get $p0))
        (i32.store offset=16 (local.get $tail) (i32.add (local.get $x) (i32.const 8)))
        (local.set $tail (i32.add (local.get $tail) (i32.shl (i32.shr_u (local.get $m) (i32.const 1)) (i32.const 5))))
        (local.set $m (i64x2.bitmask (f64x2.gt (f64x2.abs (local.get $q1)) (v128.const f64x2 0.425 0.425))))
        (v128.store64_lane 0 (local.get $tail) (local.get $p1))
        (i32.store offset=16 (local.get $tail) (i32.add (local.get $x) (i32.const 16)))
        (local.set $tail (i32.add (local.get $tail) (i32.shl (i32.and (local.get $m) (i32.const 1)) (i32.const 5))))
        (v128.store64_lane 1 (local.get $tail) (local.get $p1))
        (i32.store offset=16 (local.get $tail) (i32.add (local.get $x) (i32.const 24)))
        (local.set $tail (i32.add (local.get $tail) (i32.shl (i32.shr_u (local.get $m) (i32.const 1)) (i32.const 5))))
        (local.set $m (i64x2.bitmask (f64x2.gt (f64x2.abs (local.get $q2)) (v128.const f64x2 0.425 0.425))))
        (v128.store64_lane 0 (local.get $tail) (local.get $p2))
        (i32.store offset=16 (local.get $tail) (i32.add (local.get $x) (i32.const 32)))
        (local.set $tail (i32.add (local.get $tail) (i32.shl (i32.and (local.get $m) (i32.const 1)) (i32.const 5))))
        (v128.store64_lane 1 (local.get $tail) (local.get $p2))
        (i32.store offset=16 (local.get $tail) (i32.add (local.get $x) (i32.const 40)))
        (local.set $tail (i32.add (local.get $tail) (i32.shl (i32.shr_u (local.get $m) (i32.const 1)) (i32.const 5))))
        (local.set $m (i64x2.bitmask (f64x2.gt (f64x2.abs (local.get $q3)) (v128.const f64x2 0.425 0.425))))
        (v128.store64_lane 0 (local.get $tail) (local.get $p3))
        (i32.store offset=16 (local.get $tail) (i32.add (local.get $x) (i32.const 48)))
        (local.set $tail (i32.add (local.get $tail) (i32.shl (i32.and (local.get $m) (i32.const 1)) (i32.const 5))))
        (v128.store64_lane 1 (local.get $tail) (local.get $p3))
        (i32.store offset=16 (local.get $tail) (i32.add (local.get $x) (i32.const 56)))
        (local.set $tail (i32.add (local.get $tail) (i32.shl (i32.shr_u (local.get $m) (i32.const 1)) (i32.const 5))))
        (local.set $x (i32.add (local.get $x) (i32.const 64)))
        (br_if $pass (i32.lt_u (local.get $x) (local.get $end)))))
    (call $truncTails (local.get $tail) (i32.const 64)))

  ;; ---------------------------------------------------------------------------------------------
  ;; float16 and bfloat16 output: the float32 samples of a chunk rounded to nearest even, the bits
  ;; of src/dtype (encodeFloat16, encodeBfloat16 of a Float32Array) for every input, NaN included.
  ;; bfloat16(p, n), float16(p, n): n float32 values at p (n a multiple of 8) become n u16 bit
  ;; patterns at p (element i at p + 2i): in place, each pass reads 8 values before it writes
  ;; their 16 bytes, which lie below the next pass's reads. Magnitudes (sign cleared) are compared
  ;; as signed integers: both sides are below 2^31, and x64 has signed compares only.

  ;; bfloat16 of float32 bits f (bfloat16.ts, fromFloat32Bits): 0x7fc0 for a NaN, else
  ;; (f + 0x7fff + ((f >>> 16) & 1)) >>> 16 (mod 2^32: only NaNs would wrap).
  ;; float16 of float32 bits f (float16.ts, encodeFloat32Bits), a = f & 0x7fffffff:
  ;;   a < 0x38800000 (below 2^-14): the subnormal RNE(a 2^24), exact in float32 (a 2^24 < 2^10
  ;;     is a power-of-two scaling, f32x4.nearest rounds ties to even, and at most 1024 converts
  ;;     exactly): the JS integer shift RNE(significand / 2^(126 - exponent)) of the same value,
  ;;     0 for float32 subnormals;
  ;;   a < 0x47800000: (a - 0x38000000 + 0xfff + ((a >>> 13) & 1)) >>> 13 (65520 and up carry
  ;;     into 0x7c00);
  ;;   else 0x7c00 (infinity), or the NaN 0x7e00 without a sign when a > 0x7f800000.
  ;; The sign (f >>> 16) & 0x8000 is or-ed into every result but the NaN.
  ;; Each loop writes these formulas out for its 8 lanes (two i32x4 halves) rather than calling a
  ;; lane function: V8 does not inline WebAssembly calls, and a call per 4 lanes cost more than the
  ;; rounding itself.
  (func (export "bfloat16") (param $p i32) (param $n i32)
    (local $q i32) (local $end i32) (local $f v128) (local $g v128)
    (local $round v128) (local $one v128) (local $mag v128) (local $inf v128) (local $nan v128)
    (local.set $round (v128.const i32x4 0x7fff 0x7fff 0x7fff 0x7fff))
    (local.set $one (v128.const i32x4 1 1 1 1))
    (local.set $mag (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff))
    (local.set $inf (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000))
    (local.set $nan (v128.const i32x4 0x7fc0 0x7fc0 0x7fc0 0x7fc0))
    (local.set $q (local.get $p))
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $n) (i32.const 2))))
    (block $done
      (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
      (loop $pass
        (local.set $f (v128.load (local.get $p)))
        (local.set $g (v128.load offset=16 (local.get $p)))
        (v128.store (local.get $q)
          (i16x8.narrow_i32x4_u
            (v128.bitselect
              (local.get $nan)
              (i32x4.shr_u
                (i32x4.add (i32x4.add (local.get $f) (local.get $round))
                  (v128.and (i32x4.shr_u (local.get $f) (i32.const 16)) (local.get $one)))
                (i32.const 16))
              (i32x4.gt_s (v128.and (local.get $f) (local.get $mag)) (local.get $inf)))
            (v128.bitselect
              (local.get $nan)
              (i32x4.shr_u
                (i32x4.add (i32x4.add (local.get $g) (local.get $round))
                  (v128.and (i32x4.shr_u (local.get $g) (i32.const 16)) (local.get $one)))
                (i32.const 16))
              (i32x4.gt_s (v128.and (local.get $g) (local.get $mag)) (local.get $inf)))))
        (local.set $p (i32.add (local.get $p) (i32.const 32)))
        (local.set $q (i32.add (local.get $q) (i32.const 16)))
        (br_if $pass (i32.lt_u (local.get $p) (local.get $end))))))

  (func (export "float16") (param $p i32) (param $n i32)
    (local $q i32) (local $end i32) (local $f v128) (local $g v128) (local $a v128) (local $b v128)
    (local $h v128) (local $k v128)
    (local $mag v128) (local $scale v128) (local $rebias v128) (local $one v128) (local $low v128)
    (local $high v128) (local $inf v128) (local $max v128) (local $sign v128) (local $nan v128)
    (local.set $mag (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff))
    (local.set $scale (v128.const i32x4 0x4b800000 0x4b800000 0x4b800000 0x4b800000))
    (local.set $rebias (v128.const i32x4 0xc8000fff 0xc8000fff 0xc8000fff 0xc8000fff))
    (local.set $one (v128.const i32x4 1 1 1 1))
    (local.set $low (v128.const i32x4 0x38800000 0x38800000 0x38800000 0x38800000))
    (local.set $high (v128.const i32x4 0x47800000 0x47800000 0x47800000 0x47800000))
    (local.set $inf (v128.const i32x4 0x7c00 0x7c00 0x7c00 0x7c00))
    (local.set $max (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000))
    (local.set $sign (v128.const i32x4 0x8000 0x8000 0x8000 0x8000))
    (local.set $nan (v128.const i32x4 0x7e00 0x7e00 0x7e00 0x7e00))
    (local.set $q (local.get $p))
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $n) (i32.const 2))))
    (block $done
      (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
      (loop $pass
        (local.set $f (v128.load (local.get $p)))
        (local.set $g (v128.load offset=16 (local.get $p)))
        (local.set $a (v128.and (local.get $f) (local.get $mag)))
        (local.set $b (v128.and (local.get $g) (local.get $mag)))
        ;; h, k: the magnitudes' bits ($f16x4)
        (local.set $h
          (v128.bitselect
            (local.get $inf)
            (v128.bitselect
              (i32x4.trunc_sat_f32x4_s (f32x4.nearest (f32x4.mul (local.get $a) (local.get $scale))))
              (i32x4.shr_u
                (i32x4.add (i32x4.add (local.get $a) (local.get $rebias))
                  (v128.and (i32x4.shr_u (local.get $a) (i32.const 13)) (local.get $one)))
                (i32.const 13))
              (i32x4.lt_s (local.get $a) (local.get $low)))
            (i32x4.ge_s (local.get $a) (local.get $high))))
        (local.set $k
          (v128.bitselect
            (local.get $inf)
            (v128.bitselect
              (i32x4.trunc_sat_f32x4_s (f32x4.nearest (f32x4.mul (local.get $b) (local.get $scale))))
              (i32x4.shr_u
                (i32x4.add (i32x4.add (local.get $b) (local.get $rebias))
                  (v128.and (i32x4.shr_u (local.get $b) (i32.const 13)) (local.get $one)))
                (i32.const 13))
              (i32x4.lt_s (local.get $b) (local.get $low)))
            (i32x4.ge_s (local.get $b) (local.get $high))))
        (v128.store (local.get $q)
          (i16x8.narrow_i32x4_u
            (v128.bitselect
              (local.get $nan)
              (v128.or (local.get $h) (v128.and (i32x4.shr_u (local.get $f) (i32.const 16)) (local.get $sign)))
              (i32x4.gt_s (local.get $a) (local.get $max)))
            (v128.bitselect
              (local.get $nan)
              (v128.or (local.get $k) (v128.and (i32x4.shr_u (local.get $g) (i32.const 16)) (local.get $sign)))
              (i32x4.gt_s (local.get $b) (local.get $max)))))
        (local.set $p (i32.add (local.get $p) (i32.const 32)))
        (local.set $q (i32.add (local.get $q) (i32.const 16)))
        (br_if $pass (i32.lt_u (local.get $p) (local.get $end))))))
)
