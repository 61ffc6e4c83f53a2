;; WebAssembly SIMD kernels of the float32 accumulation of an orthogonal matrix
;; (src/structured/accumulate32.ts, `jsWorkspace32`), bit for bit. Assembled by
;; scripts/build-wasm.mjs (wabt) into qr32.generated.ts; qr32Engine.ts drives them.
;;
;; Rules: only IEEE f32 + - * (gram: f64 + *), no FMA, no relaxed SIMD. Every output element is
;; computed by one lane (or one scalar chain) with the operations and the order of the pure-JS
;; reference: a lane never adds terms of another lane's sum. Where a lane starts its sum a few terms before the
;; reference does (vtx: at the first row of its group of 8 reflectors; tw: at the first index of
;; its group of 4), the extra terms are products of an exact 0 of V or T with a finite number: +-0,
;; and a sum that starts from +0 is never -0, so adding them changes no bit. The data (Q's columns,
;; V, T) are finite: |Q| <= 1 up to rounding, |v| <= 1 and |T| <= 2 for reflectors.
;;
;; Memory is imported (qr32Engine.ts creates one per workspace). Pointers are byte offsets of f32
;; arrays (f64 for gram's g); strides (ld*, bp, len) count elements.
(module
  (import "qr" "memory" (memory 1))

  ;; vtx(x, ldx, len, ncols, vt, bp, w, start): W = V^T*X.
  ;;   w[j*bp + p] = sum_{i = max(p, start)}^{len-1} v_p[i] * x[j*ldx + i]   for p < bp, j < ncols
  ;; each sum in increasing i from +0 (lanes start at row max(8*floor(p/8), start): zeros of V
  ;; above p; the caller passes start > 0 only for columns that are zero in rows < start, whose
  ;; products there are signed zeros that leave a sum from +0 as it is). vt holds
  ;; V by groups of 4 reflectors, v_p[i] at vt + (4*floor(p/4)*len + 4*i + p mod 4)*4, zeros for
  ;; the padding reflectors up to bp (a multiple of 8). 8 reflectors x 4 columns per pass.
  (func (export "vtx")
    (param $x i32) (param $ldx i32) (param $len i32) (param $ncols i32)
    (param $vt i32) (param $bp i32) (param $w i32) (param $start i32)
    (local $j i32) (local $g i32) (local $i i32) (local $ga i32) (local $gb i32)
    (local $c0 i32) (local $c1 i32) (local $c2 i32) (local $c3 i32) (local $ldb i32) (local $x0 i32)
    (local $va v128) (local $vb v128) (local $s v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local $b0 v128) (local $b1 v128) (local $b2 v128) (local $b3 v128)
    (local.set $ldb (i32.shl (local.get $ldx) (i32.const 2)))
    ;; four columns at a time
    (block $quads_done
      (loop $quads
        (br_if $quads_done (i32.gt_s (i32.add (local.get $j) (i32.const 4)) (local.get $ncols)))
        (local.set $x0 (i32.add (local.get $x) (i32.mul (local.get $j) (local.get $ldb))))
        (local.set $g (i32.const 0))
        (block $groups_done
          (loop $groups
            (br_if $groups_done (i32.ge_s (local.get $g) (local.get $bp)))
            (local.set $a0 (v128.const f32x4 0 0 0 0))
            (local.set $a1 (v128.const f32x4 0 0 0 0))
            (local.set $a2 (v128.const f32x4 0 0 0 0))
            (local.set $a3 (v128.const f32x4 0 0 0 0))
            (local.set $b0 (v128.const f32x4 0 0 0 0))
            (local.set $b1 (v128.const f32x4 0 0 0 0))
            (local.set $b2 (v128.const f32x4 0 0 0 0))
            (local.set $b3 (v128.const f32x4 0 0 0 0))
            (local.set $i (select (local.get $g) (local.get $start) (i32.gt_s (local.get $g) (local.get $start))))
            ;; ga: group g's row i; gb: group g+4's row i
            (local.set $ga (i32.add (local.get $vt)
              (i32.shl (i32.add (i32.mul (local.get $g) (local.get $len)) (i32.shl (local.get $i) (i32.const 2))) (i32.const 2))))
            (local.set $gb (i32.add (local.get $ga) (i32.shl (local.get $len) (i32.const 4))))
            ;; c0 ... c3 advance with the rows (from row i = g), two rows per pass, then one
            (local.set $c0 (i32.add (local.get $x0) (i32.shl (local.get $i) (i32.const 2))))
            (local.set $c1 (i32.add (local.get $c0) (local.get $ldb)))
            (local.set $c2 (i32.add (local.get $c1) (local.get $ldb)))
            (local.set $c3 (i32.add (local.get $c2) (local.get $ldb)))
            (block $pairs_done
              (loop $pairs
                (br_if $pairs_done (i32.ge_s (i32.add (local.get $i) (i32.const 1)) (local.get $len)))
                (local.set $va (v128.load (local.get $ga)))
                (local.set $vb (v128.load (local.get $gb)))
                (local.set $s (v128.load32_splat (local.get $c0)))
                (local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (local.get $va) (local.get $s))))
                (local.set $b0 (f32x4.add (local.get $b0) (f32x4.mul (local.get $vb) (local.get $s))))
                (local.set $s (v128.load32_splat (local.get $c1)))
                (local.set $a1 (f32x4.add (local.get $a1) (f32x4.mul (local.get $va) (local.get $s))))
                (local.set $b1 (f32x4.add (local.get $b1) (f32x4.mul (local.get $vb) (local.get $s))))
                (local.set $s (v128.load32_splat (local.get $c2)))
                (local.set $a2 (f32x4.add (local.get $a2) (f32x4.mul (local.get $va) (local.get $s))))
                (local.set $b2 (f32x4.add (local.get $b2) (f32x4.mul (local.get $vb) (local.get $s))))
                (local.set $s (v128.load32_splat (local.get $c3)))
                (local.set $a3 (f32x4.add (local.get $a3) (f32x4.mul (local.get $va) (local.get $s))))
                (local.set $b3 (f32x4.add (local.get $b3) (f32x4.mul (local.get $vb) (local.get $s))))
                (local.set $va (v128.load offset=16 (local.get $ga)))
                (local.set $vb (v128.load offset=16 (local.get $gb)))
                (local.set $s (v128.load32_splat offset=4 (local.get $c0)))
                (local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (local.get $va) (local.get $s))))
                (local.set $b0 (f32x4.add (local.get $b0) (f32x4.mul (local.get $vb) (local.get $s))))
                (local.set $s (v128.load32_splat offset=4 (local.get $c1)))
                (local.set $a1 (f32x4.add (local.get $a1) (f32x4.mul (local.get $va) (local.get $s))))
                (local.set $b1 (f32x4.add (local.get $b1) (f32x4.mul (local.get $vb) (local.get $s))))
                (local.set $s (v128.load32_splat offset=4 (local.get $c2)))
                (local.set $a2 (f32x4.add (local.get $a2) (f32x4.mul (local.get $va) (local.get $s))))
                (local.set $b2 (f32x4.add (local.get $b2) (f32x4.mul (local.get $vb) (local.get $s))))
                (local.set $s (v128.load32_splat offset=4 (local.get $c3)))
                (local.set $a3 (f32x4.add (local.get $a3) (f32x4.mul (local.get $va) (local.get $s))))
                (local.set $b3 (f32x4.add (local.get $b3) (f32x4.mul (local.get $vb) (local.get $s))))
                (local.set $ga (i32.add (local.get $ga) (i32.const 32)))
                (local.set $gb (i32.add (local.get $gb) (i32.const 32)))
                (local.set $c0 (i32.add (local.get $c0) (i32.const 8)))
                (local.set $c1 (i32.add (local.get $c1) (i32.const 8)))
                (local.set $c2 (i32.add (local.get $c2) (i32.const 8)))
                (local.set $c3 (i32.add (local.get $c3) (i32.const 8)))
                (local.set $i (i32.add (local.get $i) (i32.const 2)))
                (br $pairs)))
            (if (i32.lt_s (local.get $i) (local.get $len))
              (then
                (local.set $va (v128.load (local.get $ga)))
                (local.set $vb (v128.load (local.get $gb)))
                (local.set $s (v128.load32_splat (local.get $c0)))
                (local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (local.get $va) (local.get $s))))
                (local.set $b0 (f32x4.add (local.get $b0) (f32x4.mul (local.get $vb) (local.get $s))))
                (local.set $s (v128.load32_splat (local.get $c1)))
                (local.set $a1 (f32x4.add (local.get $a1) (f32x4.mul (local.get $va) (local.get $s))))
                (local.set $b1 (f32x4.add (local.get $b1) (f32x4.mul (local.get $vb) (local.get $s))))
                (local.set $s (v128.load32_splat (local.get $c2)))
                (local.set $a2 (f32x4.add (local.get $a2) (f32x4.mul (local.get $va) (local.get $s))))
                (local.set $b2 (f32x4.add (local.get $b2) (f32x4.mul (local.get $vb) (local.get $s))))
                (local.set $s (v128.load32_splat (local.get $c3)))
                (local.set $a3 (f32x4.add (local.get $a3) (f32x4.mul (local.get $va) (local.get $s))))
                (local.set $b3 (f32x4.add (local.get $b3) (f32x4.mul (local.get $vb) (local.get $s))))
              ))
            ;; w[(j + c)*bp + g ...]
            (local.set $ga (i32.add (local.get $w)
              (i32.shl (i32.add (i32.mul (local.get $j) (local.get $bp)) (local.get $g)) (i32.const 2))))
            (local.set $gb (i32.shl (local.get $bp) (i32.const 2)))
            (v128.store (local.get $ga) (local.get $a0))
            (v128.store offset=16 (local.get $ga) (local.get $b0))
            (local.set $ga (i32.add (local.get $ga) (local.get $gb)))
            (v128.store (local.get $ga) (local.get $a1))
            (v128.store offset=16 (local.get $ga) (local.get $b1))
            (local.set $ga (i32.add (local.get $ga) (local.get $gb)))
            (v128.store (local.get $ga) (local.get $a2))
            (v128.store offset=16 (local.get $ga) (local.get $b2))
            (local.set $ga (i32.add (local.get $ga) (local.get $gb)))
            (v128.store (local.get $ga) (local.get $a3))
            (v128.store offset=16 (local.get $ga) (local.get $b3))
            (local.set $g (i32.add (local.get $g) (i32.const 8)))
            (br $groups)))
        (local.set $j (i32.add (local.get $j) (i32.const 4)))
        (br $quads)))
    ;; the remaining columns one at a time
    (block $cols_done
      (loop $cols
        (br_if $cols_done (i32.ge_s (local.get $j) (local.get $ncols)))
        (local.set $c0 (i32.add (local.get $x) (i32.mul (local.get $j) (local.get $ldb))))
        (local.set $g (i32.const 0))
        (block $groups_done
          (loop $groups
            (br_if $groups_done (i32.ge_s (local.get $g) (local.get $bp)))
            (local.set $a0 (v128.const f32x4 0 0 0 0))
            (local.set $b0 (v128.const f32x4 0 0 0 0))
            (local.set $i (select (local.get $g) (local.get $start) (i32.gt_s (local.get $g) (local.get $start))))
            (local.set $ga (i32.add (local.get $vt)
              (i32.shl (i32.add (i32.mul (local.get $g) (local.get $len)) (i32.shl (local.get $i) (i32.const 2))) (i32.const 2))))
            (local.set $gb (i32.add (local.get $ga) (i32.shl (local.get $len) (i32.const 4))))
            (block $rows_done
              (loop $rows
                (br_if $rows_done (i32.ge_s (local.get $i) (local.get $len)))
                (local.set $s (v128.load32_splat (i32.add (local.get $c0) (i32.shl (local.get $i) (i32.const 2)))))
                (local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (v128.load (local.get $ga)) (local.get $s))))
                (local.set $b0 (f32x4.add (local.get $b0) (f32x4.mul (v128.load (local.get $gb)) (local.get $s))))
                (local.set $ga (i32.add (local.get $ga) (i32.const 16)))
                (local.set $gb (i32.add (local.get $gb) (i32.const 16)))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br $rows)))
            (local.set $ga (i32.add (local.get $w)
              (i32.shl (i32.add (i32.mul (local.get $j) (local.get $bp)) (local.get $g)) (i32.const 2))))
            (v128.store (local.get $ga) (local.get $a0))
            (v128.store offset=16 (local.get $ga) (local.get $b0))
            (local.set $g (i32.add (local.get $g) (i32.const 8)))
            (br $groups)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $cols))))

  ;; gram(v, vt, len, b, g, bp): the inner products of the block's reflectors, in float64:
  ;;   g[i*bp + l] = sum_{r = i}^{len-1} v_l[r] * v_i[r]   for l < i < b
  ;; (products of float32 numbers, exact in float64), each sum in increasing r from +0; the lanes
  ;; l >= i of the last group of 8 are computed too and not meant to be read. v_i[r] at
  ;; v + (i*len + r)*4, v_l[r] in vt (see vtx).
  (func (export "gram")
    (param $v i32) (param $vt i32) (param $len i32) (param $b i32) (param $g i32) (param $bp i32)
    (local $i i32) (local $l i32) (local $r i32) (local $pi i32) (local $pa i32) (local $pb i32)
    (local $s v128) (local $va v128) (local $vb v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local.set $i (i32.const 1))
    (block $rows_done
      (loop $rows
        (br_if $rows_done (i32.ge_s (local.get $i) (local.get $b)))
        (local.set $l (i32.const 0))
        (block $groups_done
          (loop $groups
            (br_if $groups_done (i32.ge_s (local.get $l) (local.get $i)))
            (local.set $a0 (v128.const f64x2 0 0))
            (local.set $a1 (v128.const f64x2 0 0))
            (local.set $a2 (v128.const f64x2 0 0))
            (local.set $a3 (v128.const f64x2 0 0))
            (local.set $r (local.get $i))
            (local.set $pi (i32.add (local.get $v)
              (i32.shl (i32.add (i32.mul (local.get $i) (local.get $len)) (local.get $r)) (i32.const 2))))
            (local.set $pa (i32.add (local.get $vt)
              (i32.shl (i32.add (i32.mul (local.get $l) (local.get $len)) (i32.shl (local.get $r) (i32.const 2))) (i32.const 2))))
            (local.set $pb (i32.add (local.get $pa) (i32.shl (local.get $len) (i32.const 4))))
            (block $terms_done
              (loop $terms
                (br_if $terms_done (i32.ge_s (local.get $r) (local.get $len)))
                (local.set $s (f64x2.splat (f64.promote_f32 (f32.load (local.get $pi)))))
                (local.set $va (v128.load (local.get $pa)))
                (local.set $vb (v128.load (local.get $pb)))
                (local.set $a0 (f64x2.add (local.get $a0) (f64x2.mul (f64x2.promote_low_f32x4 (local.get $va)) (local.get $s))))
                (local.set $a1 (f64x2.add (local.get $a1) (f64x2.mul (f64x2.promote_low_f32x4
                  (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $va) (local.get $va))) (local.get $s))))
                (local.set $a2 (f64x2.add (local.get $a2) (f64x2.mul (f64x2.promote_low_f32x4 (local.get $vb)) (local.get $s))))
                (local.set $a3 (f64x2.add (local.get $a3) (f64x2.mul (f64x2.promote_low_f32x4
                  (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $vb) (local.get $vb))) (local.get $s))))
                (local.set $pi (i32.add (local.get $pi) (i32.const 4)))
                (local.set $pa (i32.add (local.get $pa) (i32.const 16)))
                (local.set $pb (i32.add (local.get $pb) (i32.const 16)))
                (local.set $r (i32.add (local.get $r) (i32.const 1)))
                (br $terms)))
            (local.set $pa (i32.add (local.get $g)
              (i32.shl (i32.add (i32.mul (local.get $i) (local.get $bp)) (local.get $l)) (i32.const 3))))
            (v128.store (local.get $pa) (local.get $a0))
            (v128.store offset=16 (local.get $pa) (local.get $a1))
            (v128.store offset=32 (local.get $pa) (local.get $a2))
            (v128.store offset=48 (local.get $pa) (local.get $a3))
            (local.set $l (i32.add (local.get $l) (i32.const 8)))
            (br $groups)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rows))))

  ;; tw(w, y, t, b, bp, ncols): Y = T*W, column by column (stride bp in w and y):
  ;;   y_p = sum_{l = p}^{b-1} T[p][l] * w_l, in increasing l from +0, T[p][l] at t + (l*bp + p)*4
  ;; (zero for l < p and outside b x b). Lanes p ... p+3 of a group start at its first index, or
  ;; (bp = 32) every lane at l = 0.
  (func (export "tw")
    (param $w i32) (param $y i32) (param $t i32) (param $b i32) (param $bp i32) (param $ncols i32)
    (local $j i32) (local $p i32) (local $l i32) (local $wj i32) (local $acc v128)
    (local $tl i32) (local $yj i32) (local $s v128) (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128) (local $a4 v128) (local $a5 v128) (local $a6 v128) (local $a7 v128)
    ;; bp = 32: the 8 groups together, every lane from l = 0 (so 8 sums run side by side instead
    ;; of one long chain at a time)
    (if (i32.eq (local.get $bp) (i32.const 32))
      (then
        (block $fcols_done
          (loop $fcols
            (br_if $fcols_done (i32.ge_s (local.get $j) (local.get $ncols)))
            (local.set $wj (i32.add (local.get $w) (i32.shl (local.get $j) (i32.const 7))))
            (local.set $a0 (v128.const f32x4 0 0 0 0))
            (local.set $a1 (v128.const f32x4 0 0 0 0))
            (local.set $a2 (v128.const f32x4 0 0 0 0))
            (local.set $a3 (v128.const f32x4 0 0 0 0))
            (local.set $a4 (v128.const f32x4 0 0 0 0))
            (local.set $a5 (v128.const f32x4 0 0 0 0))
            (local.set $a6 (v128.const f32x4 0 0 0 0))
            (local.set $a7 (v128.const f32x4 0 0 0 0))
            (local.set $tl (local.get $t))
            (local.set $l (i32.const 0))
            (block $fterms_done
              (loop $fterms
                (br_if $fterms_done (i32.ge_s (local.get $l) (local.get $b)))
                (local.set $s (v128.load32_splat (i32.add (local.get $wj) (i32.shl (local.get $l) (i32.const 2)))))
                (local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (v128.load offset=0 (local.get $tl)) (local.get $s))))
                (local.set $a1 (f32x4.add (local.get $a1) (f32x4.mul (v128.load offset=16 (local.get $tl)) (local.get $s))))
                (local.set $a2 (f32x4.add (local.get $a2) (f32x4.mul (v128.load offset=32 (local.get $tl)) (local.get $s))))
                (local.set $a3 (f32x4.add (local.get $a3) (f32x4.mul (v128.load offset=48 (local.get $tl)) (local.get $s))))
                (local.set $a4 (f32x4.add (local.get $a4) (f32x4.mul (v128.load offset=64 (local.get $tl)) (local.get $s))))
                (local.set $a5 (f32x4.add (local.get $a5) (f32x4.mul (v128.load offset=80 (local.get $tl)) (local.get $s))))
                (local.set $a6 (f32x4.add (local.get $a6) (f32x4.mul (v128.load offset=96 (local.get $tl)) (local.get $s))))
                (local.set $a7 (f32x4.add (local.get $a7) (f32x4.mul (v128.load offset=112 (local.get $tl)) (local.get $s))))
                (local.set $tl (i32.add (local.get $tl) (i32.const 128)))
                (local.set $l (i32.add (local.get $l) (i32.const 1)))
                (br $fterms)))
            (local.set $yj (i32.add (local.get $y) (i32.shl (local.get $j) (i32.const 7))))
            (v128.store offset=0 (local.get $yj) (local.get $a0))
            (v128.store offset=16 (local.get $yj) (local.get $a1))
            (v128.store offset=32 (local.get $yj) (local.get $a2))
            (v128.store offset=48 (local.get $yj) (local.get $a3))
            (v128.store offset=64 (local.get $yj) (local.get $a4))
            (v128.store offset=80 (local.get $yj) (local.get $a5))
            (v128.store offset=96 (local.get $yj) (local.get $a6))
            (v128.store offset=112 (local.get $yj) (local.get $a7))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $fcols)))
        (return)))
    (block $cols_done
      (loop $cols
        (br_if $cols_done (i32.ge_s (local.get $j) (local.get $ncols)))
        (local.set $wj (i32.add (local.get $w) (i32.shl (i32.mul (local.get $j) (local.get $bp)) (i32.const 2))))
        (local.set $p (i32.const 0))
        (block $groups_done
          (loop $groups
            (br_if $groups_done (i32.ge_s (local.get $p) (local.get $b)))
            (local.set $acc (v128.const f32x4 0 0 0 0))
            (local.set $l (local.get $p))
            (block $terms_done
              (loop $terms
                (br_if $terms_done (i32.ge_s (local.get $l) (local.get $b)))
                (local.set $acc (f32x4.add (local.get $acc)
                  (f32x4.mul
                    (v128.load (i32.add (local.get $t)
                      (i32.shl (i32.add (i32.mul (local.get $l) (local.get $bp)) (local.get $p)) (i32.const 2))))
                    (v128.load32_splat (i32.add (local.get $wj) (i32.shl (local.get $l) (i32.const 2)))))))
                (local.set $l (i32.add (local.get $l) (i32.const 1)))
                (br $terms)))
            (v128.store
              (i32.add (local.get $y) (i32.shl (i32.add (i32.mul (local.get $j) (local.get $bp)) (local.get $p)) (i32.const 2)))
              (local.get $acc))
            (local.set $p (i32.add (local.get $p) (i32.const 4)))
            (br $groups)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $cols))))

  ;; vy(x, ldx, len, ncols, v, b, y, bp): X <- X - V*Y, JS `jsWorkspace32().apply`'s last step.
  ;;   for p = 0, 4, 8, ... while p + 4 <= b, rows i >= p:
  ;;     x_j[i] <- x_j[i] - (((v_p[i]*y_jp + v_{p+1}[i]*y_j,p+1) + v_{p+2}[i]*y_j,p+2) + v_{p+3}[i]*y_j,p+3)
  ;;   then for the remaining p, rows i >= p: x_j[i] <- x_j[i] - v_p[i]*y_jp
  ;; with x_j[i] = x[j*ldx + i], v_p[i] = v[p*len + i], y_jp = y[j*bp + p]. Lanes run over rows
  ;; (each element is one lane, updated by the same expressions in the same order); the rows left
  ;; over at the end (fewer than 4) are updated by the scalar form of the same expression.
  ;; Columns go two at a time (the reflectors' loads shared), then the last one if ncols is odd.
  (func (export "vy")
    (param $x i32) (param $ldx i32) (param $len i32) (param $ncols i32)
    (param $v i32) (param $b i32) (param $y i32) (param $bp i32)
    (local $j i32) (local $p i32) (local $i i32) (local $xj i32) (local $yj i32) (local $lb i32)
    (local $r0 i32) (local $o i32) (local $end i32) (local $end4 i32)
    (local $q0 i32) (local $q1 i32) (local $q2 i32) (local $q3 i32) (local $px i32)
    (local $zj i32) (local $yk i32) (local $pz i32)
    (local $z0 v128) (local $z1 v128) (local $z2 v128) (local $z3 v128)
    (local $w0 v128) (local $w1 v128) (local $w2 v128) (local $w3 v128)
    (local $t0 f32) (local $t1 f32) (local $t2 f32) (local $t3 f32)
    (local $y0 v128) (local $y1 v128) (local $y2 v128) (local $y3 v128)
    (local $s0 f32) (local $s1 f32) (local $s2 f32) (local $s3 f32)
    (local.set $lb (i32.shl (local.get $len) (i32.const 2)))
    (local.set $end (local.get $lb))
    ;; two columns at a time (j, j+1: xj, zj; their y at yj, yk), the reflectors' loads shared
    (block $pairs_done
      (loop $pairs
        (br_if $pairs_done (i32.gt_s (i32.add (local.get $j) (i32.const 2)) (local.get $ncols)))
        (local.set $xj (i32.add (local.get $x) (i32.shl (i32.mul (local.get $j) (local.get $ldx)) (i32.const 2))))
        (local.set $zj (i32.add (local.get $xj) (i32.shl (local.get $ldx) (i32.const 2))))
        (local.set $yj (i32.add (local.get $y) (i32.shl (i32.mul (local.get $j) (local.get $bp)) (i32.const 2))))
        (local.set $yk (i32.add (local.get $yj) (i32.shl (local.get $bp) (i32.const 2))))
        (local.set $p (i32.const 0))
        (block $quads_done
          (loop $quads
            (br_if $quads_done (i32.gt_s (i32.add (local.get $p) (i32.const 4)) (local.get $b)))
            (local.set $q0 (i32.add (local.get $yj) (i32.shl (local.get $p) (i32.const 2))))
            (local.set $s0 (f32.load (local.get $q0)))
            (local.set $s1 (f32.load offset=4 (local.get $q0)))
            (local.set $s2 (f32.load offset=8 (local.get $q0)))
            (local.set $s3 (f32.load offset=12 (local.get $q0)))
            (local.set $q0 (i32.add (local.get $yk) (i32.shl (local.get $p) (i32.const 2))))
            (local.set $t0 (f32.load (local.get $q0)))
            (local.set $t1 (f32.load offset=4 (local.get $q0)))
            (local.set $t2 (f32.load offset=8 (local.get $q0)))
            (local.set $t3 (f32.load offset=12 (local.get $q0)))
            (local.set $y0 (f32x4.splat (local.get $s0)))
            (local.set $y1 (f32x4.splat (local.get $s1)))
            (local.set $y2 (f32x4.splat (local.get $s2)))
            (local.set $y3 (f32x4.splat (local.get $s3)))
            (local.set $z0 (f32x4.splat (local.get $t0)))
            (local.set $z1 (f32x4.splat (local.get $t1)))
            (local.set $z2 (f32x4.splat (local.get $t2)))
            (local.set $z3 (f32x4.splat (local.get $t3)))
            (local.set $o (i32.shl (local.get $p) (i32.const 2)))
            (local.set $q0 (i32.add (i32.add (local.get $v) (i32.mul (local.get $p) (local.get $lb))) (local.get $o)))
            (local.set $q1 (i32.add (local.get $q0) (local.get $lb)))
            (local.set $q2 (i32.add (local.get $q1) (local.get $lb)))
            (local.set $q3 (i32.add (local.get $q2) (local.get $lb)))
            (local.set $px (i32.add (local.get $xj) (local.get $o)))
            (local.set $pz (i32.add (local.get $zj) (local.get $o)))
            ;; 8 rows per pass (half the loop overhead per product), then 4, then one by one
            (local.set $end4 (i32.sub (local.get $end) (i32.const 28)))
            (block $rows_done
              (loop $rows
                (br_if $rows_done (i32.ge_s (local.get $o) (local.get $end4)))
                (local.set $w0 (v128.load (local.get $q0)))
                (local.set $w1 (v128.load (local.get $q1)))
                (local.set $w2 (v128.load (local.get $q2)))
                (local.set $w3 (v128.load (local.get $q3)))
                (v128.store (local.get $px)
                  (f32x4.sub (v128.load (local.get $px))
                      (f32x4.add
                        (f32x4.add
                          (f32x4.add
                            (f32x4.mul (local.get $w0) (local.get $y0))
                            (f32x4.mul (local.get $w1) (local.get $y1)))
                          (f32x4.mul (local.get $w2) (local.get $y2)))
                        (f32x4.mul (local.get $w3) (local.get $y3)))))
                (v128.store (local.get $pz)
                  (f32x4.sub (v128.load (local.get $pz))
                      (f32x4.add
                        (f32x4.add
                          (f32x4.add
                            (f32x4.mul (local.get $w0) (local.get $z0))
                            (f32x4.mul (local.get $w1) (local.get $z1)))
                          (f32x4.mul (local.get $w2) (local.get $z2)))
                        (f32x4.mul (local.get $w3) (local.get $z3)))))
                (local.set $w0 (v128.load offset=16 (local.get $q0)))
                (local.set $w1 (v128.load offset=16 (local.get $q1)))
                (local.set $w2 (v128.load offset=16 (local.get $q2)))
                (local.set $w3 (v128.load offset=16 (local.get $q3)))
                (v128.store offset=16 (local.get $px)
                  (f32x4.sub (v128.load offset=16 (local.get $px))
                      (f32x4.add
                        (f32x4.add
                          (f32x4.add
                            (f32x4.mul (local.get $w0) (local.get $y0))
                            (f32x4.mul (local.get $w1) (local.get $y1)))
                          (f32x4.mul (local.get $w2) (local.get $y2)))
                        (f32x4.mul (local.get $w3) (local.get $y3)))))
                (v128.store offset=16 (local.get $pz)
                  (f32x4.sub (v128.load offset=16 (local.get $pz))
                      (f32x4.add
                        (f32x4.add
                          (f32x4.add
                            (f32x4.mul (local.get $w0) (local.get $z0))
                            (f32x4.mul (local.get $w1) (local.get $z1)))
                          (f32x4.mul (local.get $w2) (local.get $z2)))
                        (f32x4.mul (local.get $w3) (local.get $z3)))))
                (local.set $q0 (i32.add (local.get $q0) (i32.const 32)))
                (local.set $q1 (i32.add (local.get $q1) (i32.const 32)))
                (local.set $q2 (i32.add (local.get $q2) (i32.const 32)))
                (local.set $q3 (i32.add (local.get $q3) (i32.const 32)))
                (local.set $px (i32.add (local.get $px) (i32.const 32)))
                (local.set $pz (i32.add (local.get $pz) (i32.const 32)))
                (local.set $o (i32.add (local.get $o) (i32.const 32)))
                (br $rows)))
            (if (i32.lt_s (local.get $o) (i32.sub (local.get $end) (i32.const 12)))
              (then
                  (local.set $w0 (v128.load (local.get $q0)))
                  (local.set $w1 (v128.load (local.get $q1)))
                  (local.set $w2 (v128.load (local.get $q2)))
                  (local.set $w3 (v128.load (local.get $q3)))
                  (v128.store (local.get $px)
                    (f32x4.sub (v128.load (local.get $px))
                        (f32x4.add
                          (f32x4.add
                            (f32x4.add
                              (f32x4.mul (local.get $w0) (local.get $y0))
                              (f32x4.mul (local.get $w1) (local.get $y1)))
                            (f32x4.mul (local.get $w2) (local.get $y2)))
                          (f32x4.mul (local.get $w3) (local.get $y3)))))
                  (v128.store (local.get $pz)
                    (f32x4.sub (v128.load (local.get $pz))
                        (f32x4.add
                          (f32x4.add
                            (f32x4.add
                              (f32x4.mul (local.get $w0) (local.get $z0))
                              (f32x4.mul (local.get $w1) (local.get $z1)))
                            (f32x4.mul (local.get $w2) (local.get $z2)))
                          (f32x4.mul (local.get $w3) (local.get $z3)))))
                  (local.set $q0 (i32.add (local.get $q0) (i32.const 16)))
                  (local.set $q1 (i32.add (local.get $q1) (i32.const 16)))
                  (local.set $q2 (i32.add (local.get $q2) (i32.const 16)))
                  (local.set $q3 (i32.add (local.get $q3) (i32.const 16)))
                  (local.set $px (i32.add (local.get $px) (i32.const 16)))
                  (local.set $pz (i32.add (local.get $pz) (i32.const 16)))
                  (local.set $o (i32.add (local.get $o) (i32.const 16)))
              ))
            (block $tail_done
              (loop $tail
                (br_if $tail_done (i32.ge_s (local.get $o) (local.get $end)))
                (f32.store (local.get $px)
                  (f32.sub (f32.load (local.get $px))
                      (f32.add
                        (f32.add
                          (f32.add
                            (f32.mul (f32.load (local.get $q0)) (local.get $s0))
                            (f32.mul (f32.load (local.get $q1)) (local.get $s1)))
                          (f32.mul (f32.load (local.get $q2)) (local.get $s2)))
                        (f32.mul (f32.load (local.get $q3)) (local.get $s3)))))
                (f32.store (local.get $pz)
                  (f32.sub (f32.load (local.get $pz))
                      (f32.add
                        (f32.add
                          (f32.add
                            (f32.mul (f32.load (local.get $q0)) (local.get $t0))
                            (f32.mul (f32.load (local.get $q1)) (local.get $t1)))
                          (f32.mul (f32.load (local.get $q2)) (local.get $t2)))
                        (f32.mul (f32.load (local.get $q3)) (local.get $t3)))))
                (local.set $q0 (i32.add (local.get $q0) (i32.const 4)))
                (local.set $q1 (i32.add (local.get $q1) (i32.const 4)))
                (local.set $q2 (i32.add (local.get $q2) (i32.const 4)))
                (local.set $q3 (i32.add (local.get $q3) (i32.const 4)))
                (local.set $px (i32.add (local.get $px) (i32.const 4)))
                (local.set $pz (i32.add (local.get $pz) (i32.const 4)))
                (local.set $o (i32.add (local.get $o) (i32.const 4)))
                (br $tail)))
            (local.set $p (i32.add (local.get $p) (i32.const 4)))
            (br $quads)))
        ;; the remaining reflectors one by one, in each of the two columns
        (block $singles_done
          (loop $singles
            (br_if $singles_done (i32.ge_s (local.get $p) (local.get $b)))
            (local.set $s0 (f32.load (i32.add (local.get $yj) (i32.shl (local.get $p) (i32.const 2)))))
            (local.set $t0 (f32.load (i32.add (local.get $yk) (i32.shl (local.get $p) (i32.const 2)))))
            (local.set $y0 (f32x4.splat (local.get $s0)))
            (local.set $z0 (f32x4.splat (local.get $t0)))
            (local.set $o (i32.shl (local.get $p) (i32.const 2)))
            (local.set $q0 (i32.add (i32.add (local.get $v) (i32.mul (local.get $p) (local.get $lb))) (local.get $o)))
            (local.set $px (i32.add (local.get $xj) (local.get $o)))
            (local.set $pz (i32.add (local.get $zj) (local.get $o)))
            (local.set $end4 (i32.sub (local.get $end) (i32.const 12)))
            (block $rows_done
              (loop $rows
                (br_if $rows_done (i32.ge_s (local.get $o) (local.get $end4)))
                (local.set $w0 (v128.load (local.get $q0)))
                (v128.store (local.get $px)
                  (f32x4.sub (v128.load (local.get $px)) (f32x4.mul (local.get $w0) (local.get $y0))))
                (v128.store (local.get $pz)
                  (f32x4.sub (v128.load (local.get $pz)) (f32x4.mul (local.get $w0) (local.get $z0))))
                (local.set $q0 (i32.add (local.get $q0) (i32.const 16)))
                (local.set $px (i32.add (local.get $px) (i32.const 16)))
                (local.set $pz (i32.add (local.get $pz) (i32.const 16)))
                (local.set $o (i32.add (local.get $o) (i32.const 16)))
                (br $rows)))
            (block $tail_done
              (loop $tail
                (br_if $tail_done (i32.ge_s (local.get $o) (local.get $end)))
                (f32.store (local.get $px)
                  (f32.sub (f32.load (local.get $px)) (f32.mul (f32.load (local.get $q0)) (local.get $s0))))
                (f32.store (local.get $pz)
                  (f32.sub (f32.load (local.get $pz)) (f32.mul (f32.load (local.get $q0)) (local.get $t0))))
                (local.set $q0 (i32.add (local.get $q0) (i32.const 4)))
                (local.set $px (i32.add (local.get $px) (i32.const 4)))
                (local.set $pz (i32.add (local.get $pz) (i32.const 4)))
                (local.set $o (i32.add (local.get $o) (i32.const 4)))
                (br $tail)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $singles)))
        (local.set $j (i32.add (local.get $j) (i32.const 2)))
        (br $pairs)))
    ;; the last column, if ncols is odd
    (block $cols_done
      (loop $cols
        (br_if $cols_done (i32.ge_s (local.get $j) (local.get $ncols)))
        (local.set $xj (i32.add (local.get $x) (i32.shl (i32.mul (local.get $j) (local.get $ldx)) (i32.const 2))))
        (local.set $yj (i32.add (local.get $y) (i32.shl (i32.mul (local.get $j) (local.get $bp)) (i32.const 2))))
        (local.set $p (i32.const 0))
        (block $quads_done
          (loop $quads
            (br_if $quads_done (i32.gt_s (i32.add (local.get $p) (i32.const 4)) (local.get $b)))
            (local.set $s0 (f32.load (i32.add (local.get $yj) (i32.shl (local.get $p) (i32.const 2)))))
            (local.set $s1 (f32.load offset=4 (i32.add (local.get $yj) (i32.shl (local.get $p) (i32.const 2)))))
            (local.set $s2 (f32.load offset=8 (i32.add (local.get $yj) (i32.shl (local.get $p) (i32.const 2)))))
            (local.set $s3 (f32.load offset=12 (i32.add (local.get $yj) (i32.shl (local.get $p) (i32.const 2)))))
            (local.set $y0 (f32x4.splat (local.get $s0)))
            (local.set $y1 (f32x4.splat (local.get $s1)))
            (local.set $y2 (f32x4.splat (local.get $s2)))
            (local.set $y3 (f32x4.splat (local.get $s3)))
            ;; r0: v_p[0] (byte offset); o: byte offset of row i
            (local.set $r0 (i32.add (local.get $v) (i32.mul (local.get $p) (local.get $lb))))
            (local.set $o (i32.shl (local.get $p) (i32.const 2)))
            ;; q0 ... q3: v_p[i] ... v_{p+3}[i]; px: x_j[i]; 8 rows per pass, then 4, then one by one
            (local.set $q0 (i32.add (local.get $r0) (local.get $o)))
            (local.set $q1 (i32.add (local.get $q0) (local.get $lb)))
            (local.set $q2 (i32.add (local.get $q1) (local.get $lb)))
            (local.set $q3 (i32.add (local.get $q2) (local.get $lb)))
            (local.set $px (i32.add (local.get $xj) (local.get $o)))
            (local.set $end4 (i32.sub (local.get $end) (i32.const 28)))
            (block $rows_done
              (loop $rows
                (br_if $rows_done (i32.ge_s (local.get $o) (local.get $end4)))
                (v128.store (local.get $px)
                  (f32x4.sub
                    (v128.load (local.get $px))
                    (f32x4.add
                      (f32x4.add
                        (f32x4.add
                          (f32x4.mul (v128.load (local.get $q0)) (local.get $y0))
                          (f32x4.mul (v128.load (local.get $q1)) (local.get $y1)))
                        (f32x4.mul (v128.load (local.get $q2)) (local.get $y2)))
                      (f32x4.mul (v128.load (local.get $q3)) (local.get $y3)))))
                (v128.store offset=16 (local.get $px)
                  (f32x4.sub
                    (v128.load offset=16 (local.get $px))
                    (f32x4.add
                      (f32x4.add
                        (f32x4.add
                          (f32x4.mul (v128.load offset=16 (local.get $q0)) (local.get $y0))
                          (f32x4.mul (v128.load offset=16 (local.get $q1)) (local.get $y1)))
                        (f32x4.mul (v128.load offset=16 (local.get $q2)) (local.get $y2)))
                      (f32x4.mul (v128.load offset=16 (local.get $q3)) (local.get $y3)))))
                (local.set $q0 (i32.add (local.get $q0) (i32.const 32)))
                (local.set $q1 (i32.add (local.get $q1) (i32.const 32)))
                (local.set $q2 (i32.add (local.get $q2) (i32.const 32)))
                (local.set $q3 (i32.add (local.get $q3) (i32.const 32)))
                (local.set $px (i32.add (local.get $px) (i32.const 32)))
                (local.set $o (i32.add (local.get $o) (i32.const 32)))
                (br $rows)))
            (if (i32.lt_s (local.get $o) (i32.sub (local.get $end) (i32.const 12)))
              (then
                (v128.store (local.get $px)
                  (f32x4.sub
                    (v128.load (local.get $px))
                    (f32x4.add
                      (f32x4.add
                        (f32x4.add
                          (f32x4.mul (v128.load (local.get $q0)) (local.get $y0))
                          (f32x4.mul (v128.load (local.get $q1)) (local.get $y1)))
                        (f32x4.mul (v128.load (local.get $q2)) (local.get $y2)))
                      (f32x4.mul (v128.load (local.get $q3)) (local.get $y3)))))
                (local.set $o (i32.add (local.get $o) (i32.const 16)))))
            (block $tail_done
              (loop $tail
                (br_if $tail_done (i32.ge_s (local.get $o) (local.get $end)))
                (f32.store (i32.add (local.get $xj) (local.get $o))
                  (f32.sub
                    (f32.load (i32.add (local.get $xj) (local.get $o)))
                    (f32.add
                      (f32.add
                        (f32.add
                          (f32.mul (f32.load (i32.add (local.get $r0) (local.get $o))) (local.get $s0))
                          (f32.mul (f32.load (i32.add (i32.add (local.get $r0) (local.get $lb)) (local.get $o))) (local.get $s1)))
                        (f32.mul (f32.load (i32.add (i32.add (local.get $r0) (i32.shl (local.get $lb) (i32.const 1))) (local.get $o))) (local.get $s2)))
                      (f32.mul (f32.load (i32.add (i32.add (local.get $r0) (i32.mul (local.get $lb) (i32.const 3))) (local.get $o))) (local.get $s3)))))
                (local.set $o (i32.add (local.get $o) (i32.const 4)))
                (br $tail)))
            (local.set $p (i32.add (local.get $p) (i32.const 4)))
            (br $quads)))
        ;; the remaining reflectors one by one
        (block $singles_done
          (loop $singles
            (br_if $singles_done (i32.ge_s (local.get $p) (local.get $b)))
            (local.set $s0 (f32.load (i32.add (local.get $yj) (i32.shl (local.get $p) (i32.const 2)))))
            (local.set $y0 (f32x4.splat (local.get $s0)))
            (local.set $r0 (i32.add (local.get $v) (i32.mul (local.get $p) (local.get $lb))))
            (local.set $o (i32.shl (local.get $p) (i32.const 2)))
            (local.set $end4 (i32.sub (local.get $end) (i32.const 12)))
            (block $rows_done
              (loop $rows
                (br_if $rows_done (i32.ge_s (local.get $o) (local.get $end4)))
                (v128.store (i32.add (local.get $xj) (local.get $o))
                  (f32x4.sub
                    (v128.load (i32.add (local.get $xj) (local.get $o)))
                    (f32x4.mul (v128.load (i32.add (local.get $r0) (local.get $o))) (local.get $y0))))
                (local.set $o (i32.add (local.get $o) (i32.const 16)))
                (br $rows)))
            (block $tail_done
              (loop $tail
                (br_if $tail_done (i32.ge_s (local.get $o) (local.get $end)))
                (f32.store (i32.add (local.get $xj) (local.get $o))
                  (f32.sub
                    (f32.load (i32.add (local.get $xj) (local.get $o)))
                    (f32.mul (f32.load (i32.add (local.get $r0) (local.get $o))) (local.get $s0))))
                (local.set $o (i32.add (local.get $o) (i32.const 4)))
                (br $tail)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $singles)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $cols))))
  ;; layout(x, m, n, out, gain, transpose): gain*Q row-major, the float32 output of
  ;; accumulate32.ts's `layoutColumns`, bit for bit: each entry f32(gain * x) with x promoted to
  ;; f64, one f64 product, rounded once to nearest even (what a Float32Array store of the JS
  ;; product does). x holds Q's n columns of m numbers (column-major).
  ;;   transpose = 1: out[i*n + j] = Q[i][j] = x[j*m + i]   (rows >= cols: Q itself)
  ;;   transpose = 0: out[k] = x[k]                         (rows < cols: Q^T)
  ;; Blocks of 16 rows (one cache line of each column) by 4 columns, 4x4 transposes by shuffles;
  ;; the rows and columns past the last multiple of 4 one by one.
  (func $scale4 (param $v v128) (param $g v128) (result v128)
    (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      (f32x4.demote_f64x2_zero (f64x2.mul (f64x2.promote_low_f32x4 (local.get $v)) (local.get $g)))
      (f32x4.demote_f64x2_zero (f64x2.mul (f64x2.promote_low_f32x4
        (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $v) (local.get $v)))
        (local.get $g)))))

  (func (export "layout") (param $x i32) (param $m i32) (param $n i32) (param $out i32)
    (param $gain f64) (param $transpose i32)
    (local $g v128) (local $i i32) (local $j i32) (local $i0 i32) (local $i1 i32) (local $m4 i32)
    (local $n4 i32) (local $k i32) (local $end i32) (local $p i32) (local $q i32)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128) (local $u v128) (local $unit i32)
    (local.set $g (f64x2.splat (local.get $gain)))
    ;; gain 1: f32(x * 1) = x for every finite x, so the vectors are stored as they are
    (local.set $unit (f64.eq (local.get $gain) (f64.const 1)))
    (if (i32.eqz (local.get $transpose))
      (then
        ;; a scaled copy, 4 at a time, then one by one
        (local.set $end (i32.mul (local.get $m) (local.get $n)))
        (block $done
          (loop $copy
            (br_if $done (i32.gt_s (i32.add (local.get $k) (i32.const 4)) (local.get $end)))
            (local.set $p (i32.shl (local.get $k) (i32.const 2)))
            (local.set $u (v128.load (i32.add (local.get $x) (local.get $p))))
            (v128.store (i32.add (local.get $out) (local.get $p)) (if (result v128) (local.get $unit) (then (local.get $u)) (else (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
                  (f32x4.demote_f64x2_zero (f64x2.mul (f64x2.promote_low_f32x4 (local.get $u)) (local.get $g)))
                  (f32x4.demote_f64x2_zero (f64x2.mul (f64x2.promote_low_f32x4
                    (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $u) (local.get $u)))
                    (local.get $g)))))))
            (local.set $k (i32.add (local.get $k) (i32.const 4)))
            (br $copy)))
        (block $done
          (loop $rest
            (br_if $done (i32.ge_s (local.get $k) (local.get $end)))
            (local.set $p (i32.shl (local.get $k) (i32.const 2)))
            (f32.store (i32.add (local.get $out) (local.get $p))
              (f32.demote_f64 (f64.mul (f64.promote_f32 (f32.load (i32.add (local.get $x) (local.get $p)))) (local.get $gain))))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $rest)))
        (return)))
    (local.set $m4 (i32.and (local.get $m) (i32.const -4)))
    (local.set $n4 (i32.and (local.get $n) (i32.const -4)))
    ;; 4x4 blocks: rows i0 ... i0+15 (a cache line of each column), every column quad
    (block $blocks_done
      (loop $blocks
        (br_if $blocks_done (i32.ge_s (local.get $i0) (local.get $m4)))
        (local.set $i1 (i32.add (local.get $i0) (i32.const 16)))
        (if (i32.gt_s (local.get $i1) (local.get $m4)) (then (local.set $i1 (local.get $m4))))
        (local.set $j (i32.const 0))
        (block $cols_done
          (loop $cols
            (br_if $cols_done (i32.ge_s (local.get $j) (local.get $n4)))
            (local.set $i (local.get $i0))
            (block $rows_done
              (loop $rows
                (br_if $rows_done (i32.ge_s (local.get $i) (local.get $i1)))
                ;; p: x[j*m + i]; q: out[i*n + j] (bytes)
                (local.set $p (i32.add (local.get $x)
                  (i32.shl (i32.add (i32.mul (local.get $j) (local.get $m)) (local.get $i)) (i32.const 2))))
                (local.set $a0 (v128.load (local.get $p)))
                (local.set $p (i32.add (local.get $p) (i32.shl (local.get $m) (i32.const 2))))
                (local.set $a1 (v128.load (local.get $p)))
                (local.set $p (i32.add (local.get $p) (i32.shl (local.get $m) (i32.const 2))))
                (local.set $a2 (v128.load (local.get $p)))
                (local.set $p (i32.add (local.get $p) (i32.shl (local.get $m) (i32.const 2))))
                (local.set $a3 (v128.load (local.get $p)))
                ;; t0 = (a0[0], a1[0], a0[1], a1[1]), t1 = (a0[2], a1[2], a0[3], a1[3]), t2, t3 of a2, a3
                (local.set $t0 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $a0) (local.get $a1)))
                (local.set $t1 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $a0) (local.get $a1)))
                (local.set $t2 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $a2) (local.get $a3)))
                (local.set $t3 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $a2) (local.get $a3)))
                (local.set $q (i32.add (local.get $out)
                  (i32.shl (i32.add (i32.mul (local.get $i) (local.get $n)) (local.get $j)) (i32.const 2))))
                (local.set $u (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t0) (local.get $t2)))
                (v128.store (local.get $q) (if (result v128) (local.get $unit) (then (local.get $u)) (else (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
                  (f32x4.demote_f64x2_zero (f64x2.mul (f64x2.promote_low_f32x4 (local.get $u)) (local.get $g)))
                  (f32x4.demote_f64x2_zero (f64x2.mul (f64x2.promote_low_f32x4
                    (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $u) (local.get $u)))
                    (local.get $g)))))))
                (local.set $q (i32.add (local.get $q) (i32.shl (local.get $n) (i32.const 2))))
                (local.set $u (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t0) (local.get $t2)))
                (v128.store (local.get $q) (if (result v128) (local.get $unit) (then (local.get $u)) (else (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
                  (f32x4.demote_f64x2_zero (f64x2.mul (f64x2.promote_low_f32x4 (local.get $u)) (local.get $g)))
                  (f32x4.demote_f64x2_zero (f64x2.mul (f64x2.promote_low_f32x4
                    (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $u) (local.get $u)))
                    (local.get $g)))))))
                (local.set $q (i32.add (local.get $q) (i32.shl (local.get $n) (i32.const 2))))
                (local.set $u (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t1) (local.get $t3)))
                (v128.store (local.get $q) (if (result v128) (local.get $unit) (then (local.get $u)) (else (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
                  (f32x4.demote_f64x2_zero (f64x2.mul (f64x2.promote_low_f32x4 (local.get $u)) (local.get $g)))
                  (f32x4.demote_f64x2_zero (f64x2.mul (f64x2.promote_low_f32x4
                    (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $u) (local.get $u)))
                    (local.get $g)))))))
                (local.set $q (i32.add (local.get $q) (i32.shl (local.get $n) (i32.const 2))))
                (local.set $u (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t1) (local.get $t3)))
                (v128.store (local.get $q) (if (result v128) (local.get $unit) (then (local.get $u)) (else (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
                  (f32x4.demote_f64x2_zero (f64x2.mul (f64x2.promote_low_f32x4 (local.get $u)) (local.get $g)))
                  (f32x4.demote_f64x2_zero (f64x2.mul (f64x2.promote_low_f32x4
                    (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $u) (local.get $u)))
                    (local.get $g)))))))
                (local.set $i (i32.add (local.get $i) (i32.const 4)))
                (br $rows)))
            (local.set $j (i32.add (local.get $j) (i32.const 4)))
            (br $cols)))
        (local.set $i0 (local.get $i1))
        (br $blocks)))
    ;; the columns past n4 for rows below m4, then the rows past m4 for every column
    (local.set $i (i32.const 0))
    (block $a_done
      (loop $a_rows
        (br_if $a_done (i32.ge_s (local.get $i) (local.get $m)))
        (local.set $j (select (local.get $n4) (i32.const 0) (i32.lt_s (local.get $i) (local.get $m4))))
        (block $b_done
          (loop $b_cols
            (br_if $b_done (i32.ge_s (local.get $j) (local.get $n)))
            (f32.store
              (i32.add (local.get $out) (i32.shl (i32.add (i32.mul (local.get $i) (local.get $n)) (local.get $j)) (i32.const 2)))
              (f32.demote_f64 (f64.mul
                (f64.promote_f32 (f32.load (i32.add (local.get $x)
                  (i32.shl (i32.add (i32.mul (local.get $j) (local.get $m)) (local.get $i)) (i32.const 2)))))
                (local.get $gain))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $b_cols)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $a_rows))))

  ;; negate(x, count): x[i] <- -x[i] for i < count (a sign flip, exact), 4 at a time, then one by one.
  (func (export "negate") (param $x i32) (param $count i32)
    (local $end i32)
    (local.set $end (i32.add (local.get $x) (i32.shl (local.get $count) (i32.const 2))))
    (block $done
      (loop $quads
        (br_if $done (i32.gt_u (i32.add (local.get $x) (i32.const 16)) (local.get $end)))
        (v128.store (local.get $x) (f32x4.neg (v128.load (local.get $x))))
        (local.set $x (i32.add (local.get $x) (i32.const 16)))
        (br $quads)))
    (block $done
      (loop $rest
        (br_if $done (i32.ge_u (local.get $x) (local.get $end)))
        (f32.store (local.get $x) (f32.neg (f32.load (local.get $x))))
        (local.set $x (i32.add (local.get $x) (i32.const 4)))
        (br $rest))))

  ;; sumsq(p, count): sum_{i=0}^{count-1} x_i^2 in float64, x_i = f32 at p + 4i promoted, increasing i
  ;; from +0 (products exact: a float32 squared fits a float64).
  (func $sumsq (param $p i32) (param $count i32) (result f64)
    (local $s f64) (local $end i32) (local $x f64)
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $count) (i32.const 2))))
    (block $done
      (loop $terms
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $x (f64.promote_f32 (f32.load (local.get $p))))
        (local.set $s (f64.add (local.get $s) (f64.mul (local.get $x) (local.get $x))))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (br $terms)))
    (local.get $s))

  ;; reflect(c, m, n, tau): the float32 reflectors of reflectInPlace32.ts, bit for bit, in place.
  ;; c holds the M*N column-major reflector array (f32) whose first M*N - N(N-1)/2 numbers are the
  ;; normals: reflector k's M-k of them, x_0 = alpha, x_1, ..., at a_k = k*M - k(k-1)/2. In
  ;; float64: sigma = sum_{i>=1} x_i^2 (increasing i, from 0); sigma = 0 gives tau_k = 0 and the
  ;; normals copied as they are; else norm = sqrt(alpha^2 + sigma), beta = alpha >= 0 ? -norm :
  ;; norm, tau_k = (beta - alpha)/beta, and rows k ... M-1 of column k become f32(beta),
  ;; f32(x_i * (1/(alpha - beta))). tau_k (f64) at tau + 8k. Reflectors from the last: column k
  ;; starts at or after the end of reflector k-1's normals, so it only overwrites normals already
  ;; used (its own ones from the last: it lies at or after them).
  (func (export "reflect") (param $c i32) (param $m i32) (param $n i32) (param $tau i32)
    (local $k i32) (local $len i32) (local $src i32) (local $dst i32) (local $i i32)
    (local $alpha f64) (local $sigma f64) (local $norm f64) (local $beta f64) (local $g v128)
    (local $scale f64) (local $t f64)
    (local.set $k (i32.sub (local.get $n) (i32.const 1)))
    (block $all_done
      (loop $reflectors
        (br_if $all_done (i32.lt_s (local.get $k) (i32.const 0)))
        (local.set $len (i32.sub (local.get $m) (local.get $k)))
        ;; src = c + 4*(k*M - k(k-1)/2), dst = c + 4*(k*M + k)
        (local.set $src (i32.add (local.get $c) (i32.shl
          (i32.sub (i32.mul (local.get $k) (local.get $m))
            (i32.shr_u (i32.mul (local.get $k) (i32.sub (local.get $k) (i32.const 1))) (i32.const 1)))
          (i32.const 2))))
        (local.set $dst (i32.add (local.get $c) (i32.shl
          (i32.add (i32.mul (local.get $k) (local.get $m)) (local.get $k)) (i32.const 2))))
        (local.set $alpha (f64.promote_f32 (f32.load (local.get $src))))
        (local.set $sigma (call $sumsq (i32.add (local.get $src) (i32.const 4))
          (i32.sub (local.get $len) (i32.const 1))))
        (if (f64.eq (local.get $sigma) (f64.const 0))
          (then
            (f64.store (i32.add (local.get $tau) (i32.shl (local.get $k) (i32.const 3))) (f64.const 0))
            (memory.copy (local.get $dst) (local.get $src) (i32.shl (local.get $len) (i32.const 2))))
          (else
            (local.set $norm (f64.sqrt (f64.add (f64.mul (local.get $alpha) (local.get $alpha)) (local.get $sigma))))
            (local.set $beta (select (f64.neg (local.get $norm)) (local.get $norm)
              (f64.ge (local.get $alpha) (f64.const 0))))
            (f64.store (i32.add (local.get $tau) (i32.shl (local.get $k) (i32.const 3)))
              (f64.div (f64.sub (local.get $beta) (local.get $alpha)) (local.get $beta)))
            (local.set $scale (f64.div (f64.const 1) (f64.sub (local.get $alpha) (local.get $beta))))
            (local.set $g (f64x2.splat (local.get $scale)))
            ;; rows len-1 down to 1: 4 at a time from the end (each group read before it is
            ;; written; dst >= src, so no later read meets a written number), then one by one
            (local.set $i (i32.sub (local.get $len) (i32.const 1)))
            (block $quads_done
              (loop $quads
                (br_if $quads_done (i32.lt_s (local.get $i) (i32.const 4)))
                (v128.store (i32.add (local.get $dst) (i32.shl (i32.sub (local.get $i) (i32.const 3)) (i32.const 2)))
                  (call $scale4
                    (v128.load (i32.add (local.get $src) (i32.shl (i32.sub (local.get $i) (i32.const 3)) (i32.const 2))))
                    (local.get $g)))
                (local.set $i (i32.sub (local.get $i) (i32.const 4)))
                (br $quads)))
            (block $rest_done
              (loop $rest
                (br_if $rest_done (i32.lt_s (local.get $i) (i32.const 1)))
                (local.set $t (f64.promote_f32 (f32.load (i32.add (local.get $src) (i32.shl (local.get $i) (i32.const 2))))))
                (f32.store (i32.add (local.get $dst) (i32.shl (local.get $i) (i32.const 2)))
                  (f32.demote_f64 (f64.mul (local.get $t) (local.get $scale))))
                (local.set $i (i32.sub (local.get $i) (i32.const 1)))
                (br $rest)))
            (f32.store (local.get $dst) (f32.demote_f64 (local.get $beta)))))
        (local.set $k (i32.sub (local.get $k) (i32.const 1)))
        (br $reflectors))))
)
