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

  ;; vtx(x, ldx, len, ncols, vt, bp, w): W = V^T*X.
  ;;   w[j*bp + p] = sum_{i = p}^{len-1} v_p[i] * x[j*ldx + i]   for p < bp, j < ncols
  ;; each sum in increasing i from +0 (lanes start at row 8*floor(p/8): zeros of V above). vt holds
  ;; V by groups of 4 reflectors, v_p[i] at vt + (4*floor(p/4)*len + 4*i + p mod 4)*4, zeros for
  ;; the padding reflectors up to bp (a multiple of 8). 8 reflectors x 4 columns per pass.
  (func (export "vtx")
    (param $x i32) (param $ldx i32) (param $len i32) (param $ncols i32)
    (param $vt i32) (param $bp i32) (param $w i32)
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
            (local.set $i (local.get $g))
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
            (local.set $i (local.get $g))
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
  ;; (zero for l < p and outside b x b). Lanes p ... p+3 of a group start at its first index.
  (func (export "tw")
    (param $w i32) (param $y i32) (param $t i32) (param $b i32) (param $bp i32) (param $ncols i32)
    (local $j i32) (local $p i32) (local $l i32) (local $wj i32) (local $acc v128)
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
            (local.set $end4 (i32.sub (local.get $end) (i32.const 12)))
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
                (local.set $q0 (i32.add (local.get $q0) (i32.const 16)))
                (local.set $q1 (i32.add (local.get $q1) (i32.const 16)))
                (local.set $q2 (i32.add (local.get $q2) (i32.const 16)))
                (local.set $q3 (i32.add (local.get $q3) (i32.const 16)))
                (local.set $px (i32.add (local.get $px) (i32.const 16)))
                (local.set $pz (i32.add (local.get $pz) (i32.const 16)))
                (local.set $o (i32.add (local.get $o) (i32.const 16)))
                (br $rows)))
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
        (br $cols)))))
