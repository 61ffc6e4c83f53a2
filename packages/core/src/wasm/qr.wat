;; WebAssembly SIMD kernels of the blocked Householder QR (src/structured/householderSteps.ts), bit
;; for bit. Assembled by scripts/build-wasm.mjs (wabt) into qr.generated.ts; qrEngine.ts drives them.
;;
;; Rules: only IEEE f64 + - * / sqrt (no FMA, no relaxed SIMD). Every output element is computed
;; by one lane (or one scalar chain) with the operations and the order of the pure-JS reference: a
;; lane never adds terms of another lane's sum, so no sum is reassociated. Where a lane starts its sum a few rows before the
;; reference does (vtx: at the first row of its group of 8 reflectors; tw: one index early), the
;; extra terms are products with an exact 0 of V or T; with finite data they are +-0, and a sum that
;; starts from +0 is never -0, so adding them changes no bit. qrEngine.ts only runs these kernels on
;; finite matrices of moderate size (every entry below 2^256 in magnitude), where every
;; intermediate value is finite.
;;
;; Memory is imported (qrEngine.ts creates one per factorization, of the size it needs). Pointers
;; are byte offsets of f64 arrays; strides (ld*) count f64 elements. Rows are processed in chunks
;; of 512, as in the JS reference, so that the columns being updated stay in the L1 cache.
;; Columns are processed two at a time: a call on an odd number of columns also reads (vtx) or
;; writes (vy, tw) column `ncols`, which the caller provides as scratch.
(module
  (import "qr" "memory" (memory 1))

  ;; panel(a, m, k0, b, tau): JS `factorPanel`, the unblocked QR of columns k0 ... k0+b-1 from row
  ;; k0 down (LAPACK dgeqr2). a: the column-major matrix (stride m); tau[k] is written for the
  ;; panel's k. For each k: sigma = sum_{i>k} x_i^2 (in increasing i from +0); sigma = 0 gives
  ;; tau = 0 and nothing else; else norm = sqrt(alpha^2 + sigma), beta = -norm if alpha >= 0 else
  ;; norm, tau = (beta - alpha)/beta, x_i <- x_i * (1/(alpha - beta)) below the head, R_kk = beta;
  ;; then for each later column j of the panel: s = ((a_jk + v_{k+1} a_j,k+1) + ...) in
  ;; increasing row order, s <- s*tau, a_jk <- a_jk - s, a_ji <- a_ji - s*v_i below. Four columns'
  ;; dot products run as four scalar chains side by side (each in its own order); the updates and
  ;; the scaling run with lanes over rows (one expression per element).
  (func (export "panel") (param $a i32) (param $m i32) (param $k0 i32) (param $b i32) (param $tau i32)
    (local $col i32) (local $k i32) (local $kend i32) (local $pk i32) (local $end i32) (local $o i32)
    (local $n2 i32) (local $j i32) (local $c0 i32) (local $c1 i32) (local $c2 i32) (local $c3 i32)
    (local $alpha f64) (local $sigma f64) (local $x f64) (local $norm f64) (local $beta f64)
    (local $tk f64) (local $scale f64) (local $e f64)
    (local $s0 f64) (local $s1 f64) (local $s2 f64) (local $s3 f64)
    (local $v v128) (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128)
    (local.set $col (i32.shl (local.get $m) (i32.const 3)))
    (local.set $k (local.get $k0))
    (local.set $kend (i32.add (local.get $k0) (local.get $b)))
    (block $done
      (loop $reflectors
        (br_if $done (i32.ge_s (local.get $k) (local.get $kend)))
        ;; pk: entry (k, k); rows k+1 ... m-1 are at pk + 8 ... pk + end - 8
        (local.set $pk (i32.add (local.get $a)
          (i32.shl (i32.add (i32.mul (local.get $k) (local.get $m)) (local.get $k)) (i32.const 3))))
        (local.set $end (i32.shl (i32.sub (local.get $m) (local.get $k)) (i32.const 3)))
        ;; even byte span of rows k+1 ... for the pairs: 8 + 16*floor((m-k-1)/2)
        (local.set $n2 (i32.add (i32.const 8)
          (i32.shl (i32.shr_u (i32.sub (i32.sub (local.get $m) (local.get $k)) (i32.const 1)) (i32.const 1)) (i32.const 4))))
        (local.set $alpha (f64.load (local.get $pk)))
        (local.set $sigma (f64.const 0))
        (local.set $o (i32.const 8))
        (block $sum_done
          (loop $sum
            (br_if $sum_done (i32.ge_u (local.get $o) (local.get $end)))
            (local.set $x (f64.load (i32.add (local.get $pk) (local.get $o))))
            (local.set $sigma (f64.add (local.get $sigma) (f64.mul (local.get $x) (local.get $x))))
            (local.set $o (i32.add (local.get $o) (i32.const 8)))
            (br $sum)))
        (if (f64.eq (local.get $sigma) (f64.const 0))
          (then (f64.store (i32.add (local.get $tau) (i32.shl (local.get $k) (i32.const 3))) (f64.const 0)))
          (else
            (local.set $norm (f64.sqrt (f64.add (f64.mul (local.get $alpha) (local.get $alpha)) (local.get $sigma))))
            (local.set $beta (select (f64.neg (local.get $norm)) (local.get $norm)
              (f64.ge (local.get $alpha) (f64.const 0))))
            (local.set $tk (f64.div (f64.sub (local.get $beta) (local.get $alpha)) (local.get $beta)))
            (f64.store (i32.add (local.get $tau) (i32.shl (local.get $k) (i32.const 3))) (local.get $tk))
            (local.set $scale (f64.div (f64.const 1) (f64.sub (local.get $alpha) (local.get $beta))))
            ;; v = x * scale below the head
            (local.set $v (f64x2.splat (local.get $scale)))
            (local.set $o (i32.const 8))
            (block $scaled
              (loop $scaling
                (br_if $scaled (i32.ge_u (local.get $o) (local.get $n2)))
                (v128.store (i32.add (local.get $pk) (local.get $o))
                  (f64x2.mul (v128.load (i32.add (local.get $pk) (local.get $o))) (local.get $v)))
                (local.set $o (i32.add (local.get $o) (i32.const 16)))
                (br $scaling)))
            (if (i32.lt_u (local.get $o) (local.get $end))
              (then (f64.store (i32.add (local.get $pk) (local.get $o))
                (f64.mul (f64.load (i32.add (local.get $pk) (local.get $o))) (local.get $scale)))))
            (f64.store (local.get $pk) (local.get $beta))
            ;; the later columns of the panel, four at a time, then one at a time
            (local.set $j (i32.add (local.get $k) (i32.const 1)))
            (local.set $c0 (i32.add (local.get $pk) (local.get $col)))
            (block $quads_done
              (loop $quads
                (br_if $quads_done (i32.gt_s (i32.add (local.get $j) (i32.const 4)) (local.get $kend)))
                (local.set $c1 (i32.add (local.get $c0) (local.get $col)))
                (local.set $c2 (i32.add (local.get $c1) (local.get $col)))
                (local.set $c3 (i32.add (local.get $c2) (local.get $col)))
                (local.set $s0 (f64.load (local.get $c0)))
                (local.set $s1 (f64.load (local.get $c1)))
                (local.set $s2 (f64.load (local.get $c2)))
                (local.set $s3 (f64.load (local.get $c3)))
                (local.set $o (i32.const 8))
                (block $dots_done
                  (loop $dots
                    (br_if $dots_done (i32.ge_u (local.get $o) (local.get $end)))
                    (local.set $e (f64.load (i32.add (local.get $pk) (local.get $o))))
                    (local.set $s0 (f64.add (local.get $s0) (f64.mul (local.get $e) (f64.load (i32.add (local.get $c0) (local.get $o))))))
                    (local.set $s1 (f64.add (local.get $s1) (f64.mul (local.get $e) (f64.load (i32.add (local.get $c1) (local.get $o))))))
                    (local.set $s2 (f64.add (local.get $s2) (f64.mul (local.get $e) (f64.load (i32.add (local.get $c2) (local.get $o))))))
                    (local.set $s3 (f64.add (local.get $s3) (f64.mul (local.get $e) (f64.load (i32.add (local.get $c3) (local.get $o))))))
                    (local.set $o (i32.add (local.get $o) (i32.const 8)))
                    (br $dots)))
                (local.set $s0 (f64.mul (local.get $s0) (local.get $tk)))
                (local.set $s1 (f64.mul (local.get $s1) (local.get $tk)))
                (local.set $s2 (f64.mul (local.get $s2) (local.get $tk)))
                (local.set $s3 (f64.mul (local.get $s3) (local.get $tk)))
                (f64.store (local.get $c0) (f64.sub (f64.load (local.get $c0)) (local.get $s0)))
                (f64.store (local.get $c1) (f64.sub (f64.load (local.get $c1)) (local.get $s1)))
                (f64.store (local.get $c2) (f64.sub (f64.load (local.get $c2)) (local.get $s2)))
                (f64.store (local.get $c3) (f64.sub (f64.load (local.get $c3)) (local.get $s3)))
                (local.set $t0 (f64x2.splat (local.get $s0)))
                (local.set $t1 (f64x2.splat (local.get $s1)))
                (local.set $t2 (f64x2.splat (local.get $s2)))
                (local.set $t3 (f64x2.splat (local.get $s3)))
                (local.set $o (i32.const 8))
                (block $updated
                  (loop $updates
                    (br_if $updated (i32.ge_u (local.get $o) (local.get $n2)))
                    (local.set $v (v128.load (i32.add (local.get $pk) (local.get $o))))
                    (v128.store (i32.add (local.get $c0) (local.get $o))
                      (f64x2.sub (v128.load (i32.add (local.get $c0) (local.get $o))) (f64x2.mul (local.get $t0) (local.get $v))))
                    (v128.store (i32.add (local.get $c1) (local.get $o))
                      (f64x2.sub (v128.load (i32.add (local.get $c1) (local.get $o))) (f64x2.mul (local.get $t1) (local.get $v))))
                    (v128.store (i32.add (local.get $c2) (local.get $o))
                      (f64x2.sub (v128.load (i32.add (local.get $c2) (local.get $o))) (f64x2.mul (local.get $t2) (local.get $v))))
                    (v128.store (i32.add (local.get $c3) (local.get $o))
                      (f64x2.sub (v128.load (i32.add (local.get $c3) (local.get $o))) (f64x2.mul (local.get $t3) (local.get $v))))
                    (local.set $o (i32.add (local.get $o) (i32.const 16)))
                    (br $updates)))
                (if (i32.lt_u (local.get $o) (local.get $end))
                  (then
                    (local.set $e (f64.load (i32.add (local.get $pk) (local.get $o))))
                    (f64.store (i32.add (local.get $c0) (local.get $o))
                      (f64.sub (f64.load (i32.add (local.get $c0) (local.get $o))) (f64.mul (local.get $s0) (local.get $e))))
                    (f64.store (i32.add (local.get $c1) (local.get $o))
                      (f64.sub (f64.load (i32.add (local.get $c1) (local.get $o))) (f64.mul (local.get $s1) (local.get $e))))
                    (f64.store (i32.add (local.get $c2) (local.get $o))
                      (f64.sub (f64.load (i32.add (local.get $c2) (local.get $o))) (f64.mul (local.get $s2) (local.get $e))))
                    (f64.store (i32.add (local.get $c3) (local.get $o))
                      (f64.sub (f64.load (i32.add (local.get $c3) (local.get $o))) (f64.mul (local.get $s3) (local.get $e))))))
                (local.set $c0 (i32.add (local.get $c3) (local.get $col)))
                (local.set $j (i32.add (local.get $j) (i32.const 4)))
                (br $quads)))
            (block $singles_done
              (loop $singles
                (br_if $singles_done (i32.ge_s (local.get $j) (local.get $kend)))
                (local.set $s0 (f64.load (local.get $c0)))
                (local.set $o (i32.const 8))
                (block $dot_done
                  (loop $dot
                    (br_if $dot_done (i32.ge_u (local.get $o) (local.get $end)))
                    (local.set $s0 (f64.add (local.get $s0) (f64.mul
                      (f64.load (i32.add (local.get $pk) (local.get $o)))
                      (f64.load (i32.add (local.get $c0) (local.get $o))))))
                    (local.set $o (i32.add (local.get $o) (i32.const 8)))
                    (br $dot)))
                (local.set $s0 (f64.mul (local.get $s0) (local.get $tk)))
                (f64.store (local.get $c0) (f64.sub (f64.load (local.get $c0)) (local.get $s0)))
                (local.set $t0 (f64x2.splat (local.get $s0)))
                (local.set $o (i32.const 8))
                (block $updated
                  (loop $updates
                    (br_if $updated (i32.ge_u (local.get $o) (local.get $n2)))
                    (v128.store (i32.add (local.get $c0) (local.get $o))
                      (f64x2.sub (v128.load (i32.add (local.get $c0) (local.get $o)))
                        (f64x2.mul (local.get $t0) (v128.load (i32.add (local.get $pk) (local.get $o))))))
                    (local.set $o (i32.add (local.get $o) (i32.const 16)))
                    (br $updates)))
                (if (i32.lt_u (local.get $o) (local.get $end))
                  (then (f64.store (i32.add (local.get $c0) (local.get $o))
                    (f64.sub (f64.load (i32.add (local.get $c0) (local.get $o)))
                      (f64.mul (local.get $s0) (f64.load (i32.add (local.get $pk) (local.get $o))))))))
                (local.set $c0 (i32.add (local.get $c0) (local.get $col)))
                (local.set $j (i32.add (local.get $j) (i32.const 1)))
                (br $singles)))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $reflectors))))

  ;; load(a, m, k0, b, v, vt, bp): the b reflectors of the panel at k0 (after `panel`), over rows
  ;; k0 ... m-1 (len = m - k0 of them): into v, row p at v + p*m*8 (0 above row p, 1 at row p,
  ;; then the entries below the diagonal of column k0 + p), and into vt by groups of 8 reflectors:
  ;; v_p[i] at vt + (8*floor(p/8)*len + 8*i + p mod 8)*8, with 0 for the padding reflectors
  ;; b ... bp-1 (bp a multiple of 8).
  (func (export "load") (param $a i32) (param $m i32) (param $k0 i32) (param $b i32)
    (param $v i32) (param $vt i32) (param $bp i32)
    (local $len i32) (local $p i32) (local $row i32) (local $src i32) (local $o i32) (local $end i32)
    (local $g i32) (local $dst i32) (local $q i32) (local $i i32)
    (local.set $len (i32.sub (local.get $m) (local.get $k0)))
    (local.set $end (i32.shl (local.get $len) (i32.const 3)))
    (block $rows_done
      (loop $rows
        (br_if $rows_done (i32.ge_s (local.get $p) (local.get $b)))
        (local.set $row (i32.add (local.get $v) (i32.mul (local.get $p) (i32.shl (local.get $m) (i32.const 3)))))
        (local.set $src (i32.add (local.get $a)
          (i32.shl (i32.add (i32.mul (i32.add (local.get $k0) (local.get $p)) (local.get $m)) (local.get $k0)) (i32.const 3))))
        (local.set $o (i32.const 0))
        (block $zeros_done
          (loop $zeros
            (br_if $zeros_done (i32.ge_s (local.get $o) (i32.shl (local.get $p) (i32.const 3))))
            (f64.store (i32.add (local.get $row) (local.get $o)) (f64.const 0))
            (local.set $o (i32.add (local.get $o) (i32.const 8)))
            (br $zeros)))
        (f64.store (i32.add (local.get $row) (local.get $o)) (f64.const 1))
        (local.set $o (i32.add (local.get $o) (i32.const 8)))
        (block $copy_done
          (loop $copy
            (br_if $copy_done (i32.ge_u (local.get $o) (local.get $end)))
            (i64.store (i32.add (local.get $row) (local.get $o)) (i64.load (i32.add (local.get $src) (local.get $o))))
            (local.set $o (i32.add (local.get $o) (i32.const 8)))
            (br $copy)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $rows)))
    ;; vt, group by group: 8 lanes per row
    (local.set $g (i32.const 0))
    (block $groups_done
      (loop $groups
        (br_if $groups_done (i32.ge_s (local.get $g) (local.get $bp)))
        (local.set $dst (i32.add (local.get $vt) (i32.shl (i32.mul (local.get $g) (local.get $len)) (i32.const 3))))
        (local.set $q (i32.const 0))
        (loop $lanes
          (local.set $p (i32.add (local.get $g) (local.get $q)))
          (local.set $row (i32.add (local.get $v) (i32.mul (local.get $p) (i32.shl (local.get $m) (i32.const 3)))))
          (local.set $o (i32.add (local.get $dst) (i32.shl (local.get $q) (i32.const 3))))
          (local.set $i (i32.const 0))
          (if (i32.lt_s (local.get $p) (local.get $b))
            (then
              (block $done
                (loop $copy
                  (br_if $done (i32.ge_s (local.get $i) (local.get $len)))
                  (i64.store (local.get $o) (i64.load (i32.add (local.get $row) (i32.shl (local.get $i) (i32.const 3)))))
                  (local.set $o (i32.add (local.get $o) (i32.const 64)))
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  (br $copy))))
            (else
              (block $done
                (loop $zero
                  (br_if $done (i32.ge_s (local.get $i) (local.get $len)))
                  (i64.store (local.get $o) (i64.const 0))
                  (local.set $o (i32.add (local.get $o) (i32.const 64)))
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  (br $zero)))))
          (br_if $lanes (i32.lt_s (local.tee $q (i32.add (local.get $q) (i32.const 1))) (i32.const 8))))
        (local.set $g (i32.add (local.get $g) (i32.const 8)))
        (br $groups))))

  ;; vtx(x, ldx, len, ncols, vt, bp, w): W = V^T*X.
  ;;   w[j*bp + p] = sum_{i = g(p)}^{len-1} v_p[i] * x[j*ldx + i]   for p < bp, j < ncols
  ;; (rounded up to even), each sum in increasing i from +0, g(p) = 8*floor(p/8). V is stored
  ;; transposed by groups of 8 reflectors (see `load`: v_p[i] at vt + (8*floor(p/8)*len + 8*i +
  ;; p mod 8)*8, 0 above each reflector's unit head) so that lanes p, p+1 are adjacent and a group
  ;; is read sequentially; bp is a multiple of 8 (reflectors beyond the panel are padding).
  ;; 8 reflectors x 2 columns per pass over a chunk's rows. Needs len >= b.
  (func (export "vtx")
    (param $x i32) (param $ldx i32) (param $len i32) (param $ncols i32)
    (param $vt i32) (param $bp i32) (param $w i32)
    (local $j i32) (local $colx i32) (local $colw i32) (local $x0 i32) (local $x1 i32)
    (local $w0 i32) (local $i0 i32) (local $i1 i32) (local $p i32) (local $s i32) (local $q i32)
    (local $pv i32) (local $px0 i32) (local $px1 i32) (local $pend i32)
    (local $a00 v128) (local $a10 v128) (local $a20 v128) (local $a30 v128)
    (local $a01 v128) (local $a11 v128) (local $a21 v128) (local $a31 v128)
    (local $v0 v128) (local $v1 v128) (local $v2 v128) (local $v3 v128) (local $e v128)
    (local.set $colx (i32.shl (local.get $ldx) (i32.const 3)))
    (local.set $colw (i32.shl (local.get $bp) (i32.const 3)))
    (local.set $x0 (local.get $x))
    (local.set $w0 (local.get $w))
    (block $done
      (loop $columns
        (br_if $done (i32.ge_s (local.get $j) (local.get $ncols)))
        (local.set $x1 (i32.add (local.get $x0) (local.get $colx)))
        (local.set $i0 (i32.const 0))
        (loop $chunks
          (local.set $i1 (i32.add (local.get $i0) (i32.const 512)))
          (if (i32.gt_s (local.get $i1) (local.get $len)) (then (local.set $i1 (local.get $len))))
          (local.set $p (i32.const 0))
          (loop $groups
            ;; rows s ... i1-1 (s < i1: p < b <= len in the first chunk)
            (local.set $s (select (local.get $p) (local.get $i0) (i32.gt_s (local.get $p) (local.get $i0))))
            (local.set $q (i32.add (local.get $w0) (i32.shl (local.get $p) (i32.const 3))))
            (if (local.get $i0)
              (then
                (local.set $a00 (v128.load offset=0 (local.get $q)))
                (local.set $a10 (v128.load offset=16 (local.get $q)))
                (local.set $a20 (v128.load offset=32 (local.get $q)))
                (local.set $a30 (v128.load offset=48 (local.get $q)))
                (local.set $a01 (v128.load offset=0 (i32.add (local.get $q) (local.get $colw))))
                (local.set $a11 (v128.load offset=16 (i32.add (local.get $q) (local.get $colw))))
                (local.set $a21 (v128.load offset=32 (i32.add (local.get $q) (local.get $colw))))
                (local.set $a31 (v128.load offset=48 (i32.add (local.get $q) (local.get $colw)))))
              (else
                (local.set $a00 (v128.const f64x2 0 0))
                (local.set $a10 (v128.const f64x2 0 0))
                (local.set $a20 (v128.const f64x2 0 0))
                (local.set $a30 (v128.const f64x2 0 0))
                (local.set $a01 (v128.const f64x2 0 0))
                (local.set $a11 (v128.const f64x2 0 0))
                (local.set $a21 (v128.const f64x2 0 0))
                (local.set $a31 (v128.const f64x2 0 0))))
            (local.set $pv (i32.add (local.get $vt)
              (i32.add (i32.shl (i32.mul (local.get $p) (local.get $len)) (i32.const 3))
                (i32.shl (local.get $s) (i32.const 6)))))
            (local.set $px0 (i32.add (local.get $x0) (i32.shl (local.get $s) (i32.const 3))))
            (local.set $px1 (i32.add (local.get $x1) (i32.shl (local.get $s) (i32.const 3))))
            (local.set $pend (i32.add (local.get $x0) (i32.shl (local.get $i1) (i32.const 3))))
            (loop $rows
              (local.set $v0 (v128.load offset=0 (local.get $pv)))
              (local.set $v1 (v128.load offset=16 (local.get $pv)))
              (local.set $v2 (v128.load offset=32 (local.get $pv)))
              (local.set $v3 (v128.load offset=48 (local.get $pv)))
              (local.set $e (v128.load64_splat (local.get $px0)))
              (local.set $a00 (f64x2.add (local.get $a00) (f64x2.mul (local.get $v0) (local.get $e))))
              (local.set $a10 (f64x2.add (local.get $a10) (f64x2.mul (local.get $v1) (local.get $e))))
              (local.set $a20 (f64x2.add (local.get $a20) (f64x2.mul (local.get $v2) (local.get $e))))
              (local.set $a30 (f64x2.add (local.get $a30) (f64x2.mul (local.get $v3) (local.get $e))))
              (local.set $e (v128.load64_splat (local.get $px1)))
              (local.set $a01 (f64x2.add (local.get $a01) (f64x2.mul (local.get $v0) (local.get $e))))
              (local.set $a11 (f64x2.add (local.get $a11) (f64x2.mul (local.get $v1) (local.get $e))))
              (local.set $a21 (f64x2.add (local.get $a21) (f64x2.mul (local.get $v2) (local.get $e))))
              (local.set $a31 (f64x2.add (local.get $a31) (f64x2.mul (local.get $v3) (local.get $e))))
              (local.set $pv (i32.add (local.get $pv) (i32.const 64)))
              (local.set $px1 (i32.add (local.get $px1) (i32.const 8)))
              (br_if $rows (i32.lt_u (local.tee $px0 (i32.add (local.get $px0) (i32.const 8))) (local.get $pend))))
            (v128.store offset=0 (local.get $q) (local.get $a00))
            (v128.store offset=16 (local.get $q) (local.get $a10))
            (v128.store offset=32 (local.get $q) (local.get $a20))
            (v128.store offset=48 (local.get $q) (local.get $a30))
            (v128.store offset=0 (i32.add (local.get $q) (local.get $colw)) (local.get $a01))
            (v128.store offset=16 (i32.add (local.get $q) (local.get $colw)) (local.get $a11))
            (v128.store offset=32 (i32.add (local.get $q) (local.get $colw)) (local.get $a21))
            (v128.store offset=48 (i32.add (local.get $q) (local.get $colw)) (local.get $a31))
            (br_if $groups (i32.lt_s (local.tee $p (i32.add (local.get $p) (i32.const 8))) (local.get $bp))))
          (br_if $chunks (i32.lt_s (local.tee $i0 (i32.add (local.get $i0) (i32.const 512))) (local.get $len))))
        (local.set $x0 (i32.add (local.get $x1) (local.get $colx)))
        (local.set $w0 (i32.add (local.get $w0) (i32.shl (local.get $colw) (i32.const 1))))
        (local.set $j (i32.add (local.get $j) (i32.const 2)))
        (br $columns))))

  ;; tw(w, y, u, b, bp, ncols, upper): Y = op(T)*W, column by column (stride bp in w and y).
  ;;   upper = 1 (op(T) = T^T, u = T):  y_p = sum_{l = 0}^{p} u[l*bp + p] * w_l
  ;;   upper = 0 (op(T) = T,  u = T^T): y_p = sum_{l = p}^{b-1} u[l*bp + p] * w_l
  ;; each sum in increasing l from +0. u is bxbp with zeros below (upper) or above (lower) the
  ;; diagonal and in the padding lanes. Lanes p, p+1 run over l < min(p + 2, b) (upper) or l >= p
  ;; (lower): the one extra term of a lane multiplies a 0 of u. y_b (b odd) is scratch.
  (func (export "tw")
    (param $w i32) (param $y i32) (param $u i32) (param $b i32) (param $bp i32) (param $ncols i32)
    (param $upper i32)
    (local $j i32) (local $col i32) (local $w0 i32) (local $y0 i32) (local $p i32) (local $lo i32)
    (local $hi i32) (local $pu i32) (local $pw i32) (local $pend i32)
    (local $acc0 v128) (local $acc1 v128) (local $uu v128)
    (local.set $col (i32.shl (local.get $bp) (i32.const 3)))
    (local.set $w0 (local.get $w))
    (local.set $y0 (local.get $y))
    (block $done
      (loop $columns
        (br_if $done (i32.ge_s (local.get $j) (local.get $ncols)))
        (local.set $p (i32.const 0))
        (loop $lanes
          (if (local.get $upper)
            (then
              (local.set $lo (i32.const 0))
              (local.set $hi (i32.add (local.get $p) (i32.const 2)))
              (if (i32.gt_s (local.get $hi) (local.get $b)) (then (local.set $hi (local.get $b)))))
            (else
              (local.set $lo (local.get $p))
              (local.set $hi (local.get $b))))
          (local.set $acc0 (v128.const f64x2 0 0))
          (local.set $acc1 (v128.const f64x2 0 0))
          (local.set $pu (i32.add (local.get $u)
            (i32.shl (i32.add (i32.mul (local.get $lo) (local.get $bp)) (local.get $p)) (i32.const 3))))
          (local.set $pw (i32.add (local.get $w0) (i32.shl (local.get $lo) (i32.const 3))))
          (local.set $pend (i32.add (local.get $w0) (i32.shl (local.get $hi) (i32.const 3))))
          (loop $terms
            (local.set $uu (v128.load (local.get $pu)))
            (local.set $acc0 (f64x2.add (local.get $acc0)
              (f64x2.mul (local.get $uu) (v128.load64_splat (local.get $pw)))))
            (local.set $acc1 (f64x2.add (local.get $acc1)
              (f64x2.mul (local.get $uu) (v128.load64_splat (i32.add (local.get $pw) (local.get $col))))))
            (local.set $pu (i32.add (local.get $pu) (local.get $col)))
            (br_if $terms (i32.lt_u (local.tee $pw (i32.add (local.get $pw) (i32.const 8))) (local.get $pend))))
          (v128.store (i32.add (local.get $y0) (i32.shl (local.get $p) (i32.const 3))) (local.get $acc0))
          (v128.store (i32.add (i32.add (local.get $y0) (local.get $col)) (i32.shl (local.get $p) (i32.const 3)))
            (local.get $acc1))
          (br_if $lanes (i32.lt_s (local.tee $p (i32.add (local.get $p) (i32.const 2))) (local.get $b))))
        (local.set $w0 (i32.add (local.get $w0) (i32.shl (local.get $col) (i32.const 1))))
        (local.set $y0 (i32.add (local.get $y0) (i32.shl (local.get $col) (i32.const 1))))
        (local.set $j (i32.add (local.get $j) (i32.const 2)))
        (br $columns))))

  ;; vy(x, ldx, len, ncols, v, ldv, b, y, bp): X <- X - V*Y, JS `subtractVY`.
  ;;   for p = 0, 4, 8, ... while p + 4 <= b, rows i >= p:
  ;;     x_j[i] <- x_j[i] - (((v_p[i]*y_jp + v_{p+1}[i]*y_j,p+1) + v_{p+2}[i]*y_j,p+2) + v_{p+3}[i]*y_j,p+3)
  ;;   then for the remaining p, rows i >= p: x_j[i] <- x_j[i] - v_p[i]*y_jp
  ;; with x_j[i] = x[j*ldx + i], v_p[i] = v[p*ldv + i], y_jp = y[j*bp + p]. Lanes run over rows
  ;; (each element is one lane, updated by the same expressions in the same order); an odd row left
  ;; at the end of a chunk is updated by the scalar form of the same expression.
  (func (export "vy")
    (param $x i32) (param $ldx i32) (param $len i32) (param $ncols i32)
    (param $v i32) (param $ldv i32) (param $b i32) (param $y i32) (param $bp i32)
    (local $j i32) (local $colx i32) (local $rowv i32) (local $coly i32) (local $x0 i32) (local $x1 i32)
    (local $y0 i32) (local $y1 i32) (local $i0 i32) (local $i1 i32) (local $p i32) (local $s i32)
    (local $o i32) (local $end i32) (local $r0 i32) (local $r1 i32) (local $r2 i32) (local $r3 i32)
    (local $y00 v128) (local $y10 v128) (local $y20 v128) (local $y30 v128)
    (local $y01 v128) (local $y11 v128) (local $y21 v128) (local $y31 v128)
    (local $c0 v128) (local $c1 v128) (local $c2 v128) (local $c3 v128)
    (local.set $colx (i32.shl (local.get $ldx) (i32.const 3)))
    (local.set $rowv (i32.shl (local.get $ldv) (i32.const 3)))
    (local.set $coly (i32.shl (local.get $bp) (i32.const 3)))
    (local.set $x0 (local.get $x))
    (local.set $y0 (local.get $y))
    (block $done
      (loop $columns
        (br_if $done (i32.ge_s (local.get $j) (local.get $ncols)))
        (local.set $x1 (i32.add (local.get $x0) (local.get $colx)))
        (local.set $y1 (i32.add (local.get $y0) (local.get $coly)))
        (local.set $i0 (i32.const 0))
        (loop $chunks
          (local.set $i1 (i32.add (local.get $i0) (i32.const 512)))
          (if (i32.gt_s (local.get $i1) (local.get $len)) (then (local.set $i1 (local.get $len))))
          (local.set $p (i32.const 0))
          ;; groups of four reflectors
          (block $groups_done
            (loop $groups
              (br_if $groups_done (i32.gt_s (i32.add (local.get $p) (i32.const 4)) (local.get $b)))
              (local.set $s (select (local.get $p) (local.get $i0) (i32.gt_s (local.get $p) (local.get $i0))))
              (local.set $y00 (v128.load64_splat offset=0 (i32.add (local.get $y0) (i32.shl (local.get $p) (i32.const 3)))))
              (local.set $y10 (v128.load64_splat offset=8 (i32.add (local.get $y0) (i32.shl (local.get $p) (i32.const 3)))))
              (local.set $y20 (v128.load64_splat offset=16 (i32.add (local.get $y0) (i32.shl (local.get $p) (i32.const 3)))))
              (local.set $y30 (v128.load64_splat offset=24 (i32.add (local.get $y0) (i32.shl (local.get $p) (i32.const 3)))))
              (local.set $y01 (v128.load64_splat offset=0 (i32.add (local.get $y1) (i32.shl (local.get $p) (i32.const 3)))))
              (local.set $y11 (v128.load64_splat offset=8 (i32.add (local.get $y1) (i32.shl (local.get $p) (i32.const 3)))))
              (local.set $y21 (v128.load64_splat offset=16 (i32.add (local.get $y1) (i32.shl (local.get $p) (i32.const 3)))))
              (local.set $y31 (v128.load64_splat offset=24 (i32.add (local.get $y1) (i32.shl (local.get $p) (i32.const 3)))))
              (local.set $r0 (i32.add (local.get $v) (i32.mul (local.get $p) (local.get $rowv))))
              (local.set $r1 (i32.add (local.get $r0) (local.get $rowv)))
              (local.set $r2 (i32.add (local.get $r1) (local.get $rowv)))
              (local.set $r3 (i32.add (local.get $r2) (local.get $rowv)))
              (local.set $o (i32.shl (local.get $s) (i32.const 3)))
              (local.set $end (i32.add (local.get $o)
                (i32.shl (i32.and (i32.sub (local.get $i1) (local.get $s)) (i32.const -2)) (i32.const 3))))
              (block $pairs_done
                (loop $pairs
                  (br_if $pairs_done (i32.ge_u (local.get $o) (local.get $end)))
                  (local.set $c0 (v128.load (i32.add (local.get $r0) (local.get $o))))
                  (local.set $c1 (v128.load (i32.add (local.get $r1) (local.get $o))))
                  (local.set $c2 (v128.load (i32.add (local.get $r2) (local.get $o))))
                  (local.set $c3 (v128.load (i32.add (local.get $r3) (local.get $o))))
                  (v128.store (i32.add (local.get $x0) (local.get $o))
                    (f64x2.sub (v128.load (i32.add (local.get $x0) (local.get $o)))
                      (f64x2.add (f64x2.add (f64x2.add
                        (f64x2.mul (local.get $c0) (local.get $y00))
                        (f64x2.mul (local.get $c1) (local.get $y10)))
                        (f64x2.mul (local.get $c2) (local.get $y20)))
                        (f64x2.mul (local.get $c3) (local.get $y30)))))
                  (v128.store (i32.add (local.get $x1) (local.get $o))
                    (f64x2.sub (v128.load (i32.add (local.get $x1) (local.get $o)))
                      (f64x2.add (f64x2.add (f64x2.add
                        (f64x2.mul (local.get $c0) (local.get $y01))
                        (f64x2.mul (local.get $c1) (local.get $y11)))
                        (f64x2.mul (local.get $c2) (local.get $y21)))
                        (f64x2.mul (local.get $c3) (local.get $y31)))))
                  (local.set $o (i32.add (local.get $o) (i32.const 16)))
                  (br $pairs)))
              (if (i32.and (i32.sub (local.get $i1) (local.get $s)) (i32.const 1))
                (then
                  (f64.store (i32.add (local.get $x0) (local.get $o))
                    (f64.sub (f64.load (i32.add (local.get $x0) (local.get $o)))
                      (f64.add (f64.add (f64.add
                        (f64.mul (f64.load (i32.add (local.get $r0) (local.get $o))) (f64x2.extract_lane 0 (local.get $y00)))
                        (f64.mul (f64.load (i32.add (local.get $r1) (local.get $o))) (f64x2.extract_lane 0 (local.get $y10))))
                        (f64.mul (f64.load (i32.add (local.get $r2) (local.get $o))) (f64x2.extract_lane 0 (local.get $y20))))
                        (f64.mul (f64.load (i32.add (local.get $r3) (local.get $o))) (f64x2.extract_lane 0 (local.get $y30))))))
                  (f64.store (i32.add (local.get $x1) (local.get $o))
                    (f64.sub (f64.load (i32.add (local.get $x1) (local.get $o)))
                      (f64.add (f64.add (f64.add
                        (f64.mul (f64.load (i32.add (local.get $r0) (local.get $o))) (f64x2.extract_lane 0 (local.get $y01)))
                        (f64.mul (f64.load (i32.add (local.get $r1) (local.get $o))) (f64x2.extract_lane 0 (local.get $y11))))
                        (f64.mul (f64.load (i32.add (local.get $r2) (local.get $o))) (f64x2.extract_lane 0 (local.get $y21))))
                        (f64.mul (f64.load (i32.add (local.get $r3) (local.get $o))) (f64x2.extract_lane 0 (local.get $y31))))))))
              (local.set $p (i32.add (local.get $p) (i32.const 4)))
              (br $groups)))
          ;; the remaining reflectors one by one
          (block $singles_done
            (loop $singles
              (br_if $singles_done (i32.ge_s (local.get $p) (local.get $b)))
              (local.set $s (select (local.get $p) (local.get $i0) (i32.gt_s (local.get $p) (local.get $i0))))
              (local.set $y00 (v128.load64_splat (i32.add (local.get $y0) (i32.shl (local.get $p) (i32.const 3)))))
              (local.set $y01 (v128.load64_splat (i32.add (local.get $y1) (i32.shl (local.get $p) (i32.const 3)))))
              (local.set $r0 (i32.add (local.get $v) (i32.mul (local.get $p) (local.get $rowv))))
              (local.set $o (i32.shl (local.get $s) (i32.const 3)))
              (local.set $end (i32.add (local.get $o)
                (i32.shl (i32.and (i32.sub (local.get $i1) (local.get $s)) (i32.const -2)) (i32.const 3))))
              (block $pairs_done
                (loop $pairs
                  (br_if $pairs_done (i32.ge_u (local.get $o) (local.get $end)))
                  (local.set $c0 (v128.load (i32.add (local.get $r0) (local.get $o))))
                  (v128.store (i32.add (local.get $x0) (local.get $o))
                    (f64x2.sub (v128.load (i32.add (local.get $x0) (local.get $o)))
                      (f64x2.mul (local.get $c0) (local.get $y00))))
                  (v128.store (i32.add (local.get $x1) (local.get $o))
                    (f64x2.sub (v128.load (i32.add (local.get $x1) (local.get $o)))
                      (f64x2.mul (local.get $c0) (local.get $y01))))
                  (local.set $o (i32.add (local.get $o) (i32.const 16)))
                  (br $pairs)))
              (if (i32.and (i32.sub (local.get $i1) (local.get $s)) (i32.const 1))
                (then
                  (f64.store (i32.add (local.get $x0) (local.get $o))
                    (f64.sub (f64.load (i32.add (local.get $x0) (local.get $o)))
                      (f64.mul (f64.load (i32.add (local.get $r0) (local.get $o))) (f64x2.extract_lane 0 (local.get $y00)))))
                  (f64.store (i32.add (local.get $x1) (local.get $o))
                    (f64.sub (f64.load (i32.add (local.get $x1) (local.get $o)))
                      (f64.mul (f64.load (i32.add (local.get $r0) (local.get $o))) (f64x2.extract_lane 0 (local.get $y01)))))))
              (local.set $p (i32.add (local.get $p) (i32.const 1)))
              (br $singles)))
          (br_if $chunks (i32.lt_s (local.tee $i0 (i32.add (local.get $i0) (i32.const 512))) (local.get $len))))
        (local.set $x0 (i32.add (local.get $x1) (local.get $colx)))
        (local.set $y0 (i32.add (local.get $y1) (local.get $coly)))
        (local.set $j (i32.add (local.get $j) (i32.const 2)))
        (br $columns)))))
