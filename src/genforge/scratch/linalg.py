"""Dense linear algebra from first principles, NumPy arrays only as storage.

Nothing here calls ``numpy.linalg`` or BLAS-backed products (``@``, ``dot``) for the heavy
lifting: matrix products are built from elementwise multiply-and-sum, factorizations are
written out column by column. The point is to read the algorithms; the tests hold them to
``numpy.linalg`` (LAPACK) on well-, ill-conditioned and rank-deficient inputs.

Contents, in the order a course teaches them:

- ``matmul_blocked``: cache-blocked matrix product.
- ``lu_factor`` / ``lu_solve`` / ``solve`` / ``inv`` / ``det``: Gaussian elimination with
  partial pivoting.
- ``qr``: Householder QR; ``qr_pivoted``: the rank-revealing, column-pivoted variant.
- ``lstsq``: least squares via (pivoted) QR, minimum-norm when rank-deficient.
- ``eigh``: symmetric eigen-decomposition by cyclic Jacobi rotations.
- ``power_iteration``: the dominant eigenpair.
- ``svd``: one-sided (Hestenes) Jacobi SVD, accurate for ill-conditioned matrices.
- ``pinv`` and ``cond`` on top of ``svd``.

Both Jacobi methods use the round-robin ("tournament") ordering: in each round the n
indices are split into n/2 disjoint pairs, so the n/2 rotations touch different rows and
columns and can be applied at once with vectorized NumPy. A sweep is n-1 such rounds.
"""

from __future__ import annotations

import numpy as np

from genforge.errors import GenforgeError

_EPS = np.finfo(np.float64).eps


class LinAlgError(GenforgeError, ValueError):
    """A linear-algebra input the algorithm cannot handle (singular, not square, ...)."""


# --------------------------------------------------------------------------- validation


def _as_matrix(A, name: str = "A", square: bool = False) -> np.ndarray:
    A = np.asarray(A, dtype=np.float64)
    if A.ndim != 2:
        raise LinAlgError(f"{name} must be a 2-d matrix, got shape {A.shape}; reshape it first")
    if square and A.shape[0] != A.shape[1]:
        raise LinAlgError(
            f"{name} must be square, got shape {A.shape}; use lstsq for rectangular systems"
        )
    if not np.all(np.isfinite(A)):
        raise LinAlgError(f"{name} contains NaN or inf; clean the input before factorizing")
    return A


def _as_rhs(b, n: int) -> tuple[np.ndarray, bool]:
    """Return b as an (n, k) matrix and whether it was a vector."""
    b = np.asarray(b, dtype=np.float64)
    if b.ndim not in (1, 2) or b.shape[0] != n:
        raise LinAlgError(
            f"right-hand side must have shape ({n},) or ({n}, k) to match the matrix, got {b.shape}"
        )
    if not np.all(np.isfinite(b)):
        raise LinAlgError("right-hand side contains NaN or inf")
    return (b[:, None], True) if b.ndim == 1 else (b, False)


# --------------------------------------------------------------------------- matmul


def matmul_blocked(A, B, block: int = 64) -> np.ndarray:
    """Matrix product C = A B computed tile by tile, without BLAS.

    A: (m, k), B: (k, n) -> C: (m, n). Each (block x block) tile of C accumulates the products
    of a row-panel tile of A and a column-panel tile of B; the tile product itself is a
    broadcast multiply and a sum over the shared axis, so no BLAS routine is involved.
    Tiling keeps the three tiles in cache while they are reused ``block`` times each.
    """
    A = _as_matrix(A, "A")
    B = _as_matrix(B, "B")
    if A.shape[1] != B.shape[0]:
        raise LinAlgError(
            f"inner dimensions differ: A is {A.shape}, B is {B.shape}; A.shape[1] must equal "
            "B.shape[0]"
        )
    if int(block) < 1:
        raise LinAlgError(f"block must be a positive integer, got {block}")
    block = int(block)
    m, k = A.shape
    n = B.shape[1]
    C = np.zeros((m, n))
    for i0 in range(0, m, block):
        i1 = min(i0 + block, m)
        for j0 in range(0, n, block):
            j1 = min(j0 + block, n)
            acc = C[i0:i1, j0:j1]
            for p0 in range(0, k, block):
                p1 = min(p0 + block, k)
                # (bi, bk, 1) * (1, bk, bj) summed over bk: the textbook triple loop, with the
                # innermost two loops vectorized.
                acc += (A[i0:i1, p0:p1, None] * B[None, p0:p1, j0:j1]).sum(axis=1)
    return C


def _mm(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    # Small products inside the factorizations: the same multiply-and-sum, no BLAS.
    return (A[:, :, None] * B[None, :, :]).sum(axis=1)


# --------------------------------------------------------------------------- LU


def lu_factor(A) -> tuple[np.ndarray, np.ndarray]:
    """LU factorization with partial pivoting: P A = L U.

    Returns ``(LU, piv)``: LU holds U on and above the diagonal and the multipliers of L
    (unit diagonal implied) below it; ``piv`` is the row permutation, so ``A[piv] = L @ U``.
    Raises ``LinAlgError`` when a pivot is zero to working precision (singular matrix).
    """
    LU = _as_matrix(A, "A", square=True).copy()
    n = LU.shape[0]
    piv = np.arange(n)
    scale = np.abs(LU).max() if n else 0.0
    tol = n * _EPS * scale
    for j in range(n):
        # Choosing the largest pivot bounds every multiplier by 1, which is what keeps
        # elimination backward stable in practice.
        p = j + int(np.argmax(np.abs(LU[j:, j])))
        if abs(LU[p, j]) <= tol:
            raise LinAlgError(
                f"matrix is singular to working precision (pivot {j} is {LU[p, j]:.3g}); "
                "use lstsq or pinv for singular or rank-deficient systems"
            )
        if p != j:
            LU[[j, p]] = LU[[p, j]]
            piv[[j, p]] = piv[[p, j]]
        LU[j + 1 :, j] /= LU[j, j]
        LU[j + 1 :, j + 1 :] -= LU[j + 1 :, j, None] * LU[None, j, j + 1 :]
    return LU, piv


def _forward_sub_unit(L: np.ndarray, b: np.ndarray) -> np.ndarray:
    y = b.copy()
    for i in range(1, L.shape[0]):
        y[i] -= (L[i, :i, None] * y[:i]).sum(axis=0)
    return y


def _back_sub(U: np.ndarray, y: np.ndarray) -> np.ndarray:
    n = U.shape[0]
    x = y.copy()
    for i in range(n - 1, -1, -1):
        x[i] = (x[i] - (U[i, i + 1 :, None] * x[i + 1 :]).sum(axis=0)) / U[i, i]
    return x


def lu_solve(lu_and_piv: tuple[np.ndarray, np.ndarray], b) -> np.ndarray:
    """Solve A x = b from ``lu_factor(A)``; b is (n,) or (n, k), x has b's shape."""
    LU, piv = lu_and_piv
    B, was_vector = _as_rhs(b, LU.shape[0])
    x = _back_sub(LU, _forward_sub_unit(LU, B[piv]))
    return x[:, 0] if was_vector else x


def solve(A, b) -> np.ndarray:
    """Solve the square system A x = b by LU with partial pivoting (like numpy.linalg.solve)."""
    return lu_solve(lu_factor(A), b)


def inv(A) -> np.ndarray:
    """Inverse of a square non-singular matrix, by solving A X = I."""
    A = _as_matrix(A, "A", square=True)
    return solve(A, np.eye(A.shape[0]))


def det(A) -> float:
    """Determinant from the LU factors: product of pivots times the permutation's sign."""
    A = _as_matrix(A, "A", square=True)
    try:
        LU, piv = lu_factor(A)
    except LinAlgError:
        return 0.0
    # Parity of the permutation = parity of (n - number of cycles).
    seen = np.zeros(len(piv), dtype=bool)
    swaps = 0
    for start in range(len(piv)):
        length = 0
        i = start
        while not seen[i]:
            seen[i] = True
            i = piv[i]
            length += 1
        swaps += max(length - 1, 0)
    return float((-1) ** swaps * np.prod(np.diag(LU)))


# --------------------------------------------------------------------------- QR


def _householder(x: np.ndarray) -> tuple[np.ndarray, float, float]:
    """Reflector H = I - beta v v^T with H x = alpha e1; returns (v, beta, alpha)."""
    sigma = float(np.sqrt((x * x).sum()))
    v = x.copy()
    if sigma == 0.0:
        return v, 0.0, 0.0
    # Adding sign(x0) * |x| (not subtracting) avoids cancellation in v[0].
    alpha = -sigma if x[0] >= 0 else sigma
    v[0] -= alpha
    vnorm2 = float((v * v).sum())
    return v, 2.0 / vnorm2, alpha


def _apply_reflector_left(M: np.ndarray, v: np.ndarray, beta: float) -> None:
    if beta:
        M -= beta * v[:, None] * (v[:, None] * M).sum(axis=0)[None, :]


def _householder_qr(A: np.ndarray, pivot: bool):
    """Shared Householder loop; returns (R, reflector vectors, betas, column permutation)."""
    R = A.copy()
    m, n = R.shape
    k = min(m, n)
    perm = np.arange(n)
    vs: list[np.ndarray] = []
    betas: list[float] = []
    colnorm2 = (R * R).sum(axis=0)
    for j in range(k):
        if pivot:
            # Bring the column with the largest remaining norm forward (Businger-Golub).
            # Recomputing the trailing norms is O(mn) per step and avoids the downdating
            # cancellation that the classic norm-update formula suffers.
            colnorm2 = (R[j:, j:] * R[j:, j:]).sum(axis=0)
            p = j + int(np.argmax(colnorm2))
            if p != j:
                R[:, [j, p]] = R[:, [p, j]]
                perm[[j, p]] = perm[[p, j]]
        v, beta, alpha = _householder(R[j:, j])
        _apply_reflector_left(R[j:, j:], v, beta)
        if beta:
            R[j, j] = alpha
            R[j + 1 :, j] = 0.0
        vs.append(v)
        betas.append(beta)
    return R, vs, betas, perm


def _form_q(m: int, ncols: int, vs: list[np.ndarray], betas: list[float]) -> np.ndarray:
    # Q = H_0 H_1 ... H_{k-1}; applying the reflectors in reverse to I builds it in place.
    Q = np.eye(m, ncols)
    for j in range(len(vs) - 1, -1, -1):
        _apply_reflector_left(Q[j:, :], vs[j], betas[j])
    return Q


def _apply_qt(b: np.ndarray, vs: list[np.ndarray], betas: list[float]) -> np.ndarray:
    y = b.copy()
    for j, (v, beta) in enumerate(zip(vs, betas)):
        _apply_reflector_left(y[j:, :], v, beta)
    return y


def qr(A, mode: str = "reduced") -> tuple[np.ndarray, np.ndarray]:
    """Householder QR: A = Q R with Q orthonormal and R upper triangular.

    A: (m, n), k = min(m, n). ``mode="reduced"`` gives Q (m, k), R (k, n); ``"complete"``
    gives Q (m, m), R (m, n). Signs follow LAPACK's convention (R's diagonal may be negative).
    """
    if mode not in ("reduced", "complete"):
        raise LinAlgError(f"mode must be 'reduced' or 'complete', got {mode!r}")
    A = _as_matrix(A, "A")
    m, n = A.shape
    R, vs, betas, _ = _householder_qr(A, pivot=False)
    if mode == "complete":
        return _form_q(m, m, vs, betas), np.triu(R)
    k = min(m, n)
    return _form_q(m, k, vs, betas), np.triu(R[:k])


def qr_pivoted(A) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Column-pivoted Householder QR: A[:, perm] = Q R, with |R[0,0]| >= |R[1,1]| >= ...

    Returns (Q (m, k), R (k, n), perm (n,)). The decreasing diagonal of R reveals the
    numerical rank, which is what ``lstsq`` uses on rank-deficient inputs.
    """
    A = _as_matrix(A, "A")
    m, n = A.shape
    R, vs, betas, perm = _householder_qr(A, pivot=True)
    k = min(m, n)
    return _form_q(m, k, vs, betas), np.triu(R[:k]), perm


def lstsq(A, b, rcond: float | None = None) -> tuple[np.ndarray, int]:
    """Minimum-norm least-squares solution of min ||A x - b||_2 via pivoted QR.

    A: (m, n), b: (m,) or (m, k). Returns ``(x, rank)``: x has shape (n,) or (n, k). Columns
    whose pivot |R[i,i]| <= rcond * |R[0,0]| are treated as dependent (default rcond is
    ``eps * max(m, n)``, numpy's default). With full column rank this is the plain QR
    solution; with lower rank a second QR (complete orthogonal decomposition) removes the
    free directions so x is the minimum-norm solution, the one numpy.linalg.lstsq returns.
    """
    A = _as_matrix(A, "A")
    m, n = A.shape
    B, was_vector = _as_rhs(b, m)
    if rcond is None:
        rcond = _EPS * max(m, n)
    R_full, vs, betas, perm = _householder_qr(A, pivot=True)
    k = min(m, n)
    R = np.triu(R_full[:k])
    diag = np.abs(np.diag(R))
    rank = int((diag > rcond * diag[0]).sum()) if k and diag[0] > 0 else 0
    x = np.zeros((n, B.shape[1]))
    if rank:
        c = _apply_qt(B, vs, betas)[:rank]
        R1 = R[:rank]  # (rank, n): [R11 R12]
        if rank == n:
            z = _back_sub(R1, c)
        else:
            # R1^T = Z T (QR of the n x rank matrix) turns A P = Q [T^T Z^T; 0], so the
            # minimum-norm solution is z = Z T^{-T} c: forward-substitute T^T, then map by Z.
            Z, T = qr(R1.T)
            w = c.copy()
            for i in range(rank):
                w[i] = (w[i] - (T[:i, i, None] * w[:i]).sum(axis=0)) / T[i, i]
            z = _mm(Z, w)
        x[perm] = z
    return (x[:, 0] if was_vector else x), rank


# --------------------------------------------------------------------------- Jacobi helpers


def _round_robin(n: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """n-1 rounds of disjoint index pairs (p < q) that together cover every pair once."""
    m = n + (n % 2)  # pad with a dummy player when n is odd
    players = list(range(m))
    rounds = []
    for _ in range(m - 1):
        ps, qs = [], []
        for i in range(m // 2):
            a, b = players[i], players[m - 1 - i]
            if a < n and b < n:
                ps.append(min(a, b))
                qs.append(max(a, b))
        rounds.append((np.array(ps, dtype=int), np.array(qs, dtype=int)))
        # Keep player 0 fixed and rotate the rest: the circle method.
        players = [players[0], players[-1], *players[1:-1]]
    return rounds


def _jacobi_rotation(app, aqq, apq):
    """cos/sin that zero the (p, q) entry of the 2x2 symmetric block [[app, apq], [apq, aqq]]."""
    safe = np.where(apq == 0.0, 1.0, apq)
    tau = (aqq - app) / (2.0 * safe)
    # The smaller root t = tan(theta) keeps |theta| <= pi/4, which is what makes the method
    # converge quadratically and keeps rotations close to the identity.
    t = np.sign(tau) / (np.abs(tau) + np.sqrt(1.0 + tau * tau))
    t = np.where(tau == 0.0, 1.0, t)
    c = 1.0 / np.sqrt(1.0 + t * t)
    s = t * c
    c = np.where(apq == 0.0, 1.0, c)
    s = np.where(apq == 0.0, 0.0, s)
    return c, s


def _rotate_columns(M: np.ndarray, p: np.ndarray, q: np.ndarray, c, s) -> None:
    """Givens-rotate column pairs in place: (M_p, M_q) <- (c M_p - s M_q, s M_p + c M_q).

    p, q, c, s: (k,) column indices and cos/sin, one rotation per pair; no index repeats.
    """
    Mp, Mq = M[:, p].copy(), M[:, q].copy()
    M[:, p] = c * Mp - s * Mq
    M[:, q] = s * Mp + c * Mq


# --------------------------------------------------------------------------- eigh


def eigh(A, max_sweeps: int = 60) -> tuple[np.ndarray, np.ndarray]:
    """Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations.

    A: (n, n) symmetric. Returns (w, V): eigenvalues w (n,) in ascending order (like
    numpy.linalg.eigh) and orthonormal eigenvectors as the columns of V, A V = V diag(w).
    Each rotation zeroes one off-diagonal pair; a sweep over all pairs shrinks the
    off-diagonal mass quadratically once it is small. Stops when a sweep finds every
    |a_pq| <= eps * sqrt(|a_pp a_qq|), i.e. nothing left that could change the result.
    """
    A = _as_matrix(A, "A", square=True)
    if not np.allclose(A, A.T, rtol=1e-10, atol=1e-12 * max(np.abs(A).max(), 1e-300)):
        raise LinAlgError("eigh needs a symmetric matrix; A differs from A.T")
    n = A.shape[0]
    A = 0.5 * (A + A.T)
    V = np.eye(n)
    rounds = _round_robin(n)
    tiny = np.finfo(np.float64).tiny
    for _ in range(max_sweeps):
        rotated = False
        for p, q in rounds:
            if p.size == 0:
                continue
            app, aqq, apq = A[p, p], A[q, q], A[p, q]
            active = np.abs(apq) > _EPS * np.sqrt(np.abs(app * aqq)) + tiny
            if not active.any():
                continue
            rotated = True
            p, q = p[active], q[active]
            c, s = _jacobi_rotation(app[active], aqq[active], apq[active])
            # A <- J^T A J, J = I except J[p,p]=J[q,q]=c, J[p,q]=s, J[q,p]=-s.
            _rotate_columns(A, p, q, c, s)
            _rotate_columns(A.T, p, q, c, s)  # A.T is a view: this rotates the rows of A
            A[p, q] = 0.0
            A[q, p] = 0.0
            _rotate_columns(V, p, q, c, s)
        if not rotated:
            break
    w = np.diag(A).copy()
    order = np.argsort(w, kind="stable")
    return w[order], V[:, order]


# --------------------------------------------------------------------------- power iteration


def power_iteration(
    A, num_iters: int = 10_000, tol: float = 1e-12, seed: int = 0
) -> tuple[float, np.ndarray]:
    """Dominant eigenpair (largest |lambda|) of a square matrix by repeated multiplication.

    Returns (lambda, v) with ||v|| = 1 and A v ~= lambda v. Converges at the rate
    |lambda_2 / lambda_1| per step, so it is slow when the top two eigenvalues are close;
    stops when the residual ||A v - lambda v|| <= tol * ||A||_F.
    """
    A = _as_matrix(A, "A", square=True)
    n = A.shape[0]
    v = np.random.default_rng(seed).standard_normal(n)
    v /= np.sqrt((v * v).sum())
    scale = float(np.sqrt((A * A).sum())) or 1.0
    lam = 0.0
    for _ in range(num_iters):
        w = (A * v[None, :]).sum(axis=1)
        lam = float((v * w).sum())  # Rayleigh quotient: the best eigenvalue estimate for v
        if np.sqrt(((w - lam * v) ** 2).sum()) <= tol * scale:
            break
        norm = float(np.sqrt((w * w).sum()))
        if norm == 0.0:
            return 0.0, v
        v = w / norm
    return lam, v


# --------------------------------------------------------------------------- SVD


def _one_sided_jacobi(U: np.ndarray, max_sweeps: int) -> tuple[np.ndarray, np.ndarray]:
    """Rotate column pairs of U (m, n) until they are mutually orthogonal; returns (U, V)."""
    n = U.shape[1]
    V = np.eye(n)
    rounds = _round_robin(n)
    for _ in range(max_sweeps):
        rotated = False
        for p, q in rounds:
            if p.size == 0:
                continue
            Up, Uq = U[:, p], U[:, q]
            alpha = (Up * Up).sum(axis=0)
            beta = (Uq * Uq).sum(axis=0)
            gamma = (Up * Uq).sum(axis=0)
            # Columns already orthogonal to working precision stay put; this relative test is
            # what gives one-sided Jacobi its high relative accuracy on small singular values.
            active = np.abs(gamma) > _EPS * np.sqrt(alpha * beta)
            if not active.any():
                continue
            rotated = True
            p, q = p[active], q[active]
            # Same 2x2 problem as eigh, on the Gram matrix [[alpha, gamma], [gamma, beta]].
            c, s = _jacobi_rotation(alpha[active], beta[active], gamma[active])
            _rotate_columns(U, p, q, c, s)
            _rotate_columns(V, p, q, c, s)
        if not rotated:
            break
    return U, V


def _orthonormal_complement(Q: np.ndarray, count: int) -> np.ndarray:
    """``count`` orthonormal columns orthogonal to the orthonormal columns of Q (m, r)."""
    m, r = Q.shape
    Qc, _ = qr(Q, mode="complete") if r else (np.eye(m), None)
    return Qc[:, r : r + count]


def svd(A, full_matrices: bool = False, compute_uv: bool = True, max_sweeps: int = 60):
    """Singular value decomposition A = U diag(s) Vt by one-sided Jacobi.

    A: (m, n), k = min(m, n). Returns (U (m, k), s (k,), Vt (k, n)) with s descending, or
    just s when ``compute_uv=False``; ``full_matrices=True`` makes U (m, m) and Vt (n, n).
    A tall input is first reduced by Householder QR (A = Q R) so Jacobi works on the small
    square R. Unlike eig(AᵀA), which squares the condition number and loses every singular
    value below sqrt(eps) * s_max, the rotations act on A itself, so singular values are
    accurate to about eps * s_max even for Hilbert-like and rank-deficient matrices.
    """
    A = _as_matrix(A, "A")
    m, n = A.shape
    if m < n:
        res = svd(A.T, full_matrices=full_matrices, compute_uv=compute_uv, max_sweeps=max_sweeps)
        if not compute_uv:
            return res
        U, s, Vt = res
        return Vt.T, s, U.T
    if n == 0:
        s = np.zeros(0)
        if not compute_uv:
            return s
        return np.eye(m, m if full_matrices else 0), s, np.zeros((0, 0))
    Q, R = qr(A)  # Q (m, n), R (n, n)
    W, V = _one_sided_jacobi(R.copy(), max_sweeps)
    s = np.sqrt((W * W).sum(axis=0))
    order = np.argsort(-s, kind="stable")
    s, W, V = s[order], W[:, order], V[:, order]
    if not compute_uv:
        return s
    # Exactly-zero columns carry no direction; fill those with an orthonormal completion.
    nonzero = s > np.finfo(np.float64).tiny
    Ur = np.zeros_like(W)
    Ur[:, nonzero] = W[:, nonzero] / s[nonzero]
    if not nonzero.all():
        Ur[:, ~nonzero] = _orthonormal_complement(Ur[:, nonzero], int((~nonzero).sum()))
    U = _mm(Q, Ur)
    if full_matrices and m > n:
        U = np.concatenate([U, _orthonormal_complement(U, m - n)], axis=1)
    return U, s, V.T


def pinv(A, rcond: float = 1e-15) -> np.ndarray:
    """Moore-Penrose pseudo-inverse V diag(1/s) Uᵀ, dropping s <= rcond * s_max.

    A: (m, n) -> (n, m). The default rcond matches numpy.linalg.pinv's.
    """
    A = _as_matrix(A, "A")
    U, s, Vt = svd(A)
    if s.size == 0:
        return np.zeros((A.shape[1], A.shape[0]))
    keep = s > rcond * s[0]
    s_inv = np.zeros_like(s)
    s_inv[keep] = 1.0 / s[keep]
    return _mm(Vt.T * s_inv[None, :], U.T)


def cond(A, p=None) -> float:
    """Condition number ||A|| ||A^-1|| (numpy.linalg.cond semantics).

    ``p`` None or 2: s_max / s_min (any shape; inf for a singular matrix); -2: s_min / s_max;
    'fro', 1, -1, inf, -inf: the product of norms of A and its inverse (square only).
    """
    A = _as_matrix(A, "A")
    if p in (None, 2, -2):
        s = svd(A, compute_uv=False)
        if s.size == 0:
            raise LinAlgError("cond of an empty matrix is undefined")
        if p == -2:
            return float(s[-1] / s[0]) if s[0] > 0 else float("nan")
        return float(s[0] / s[-1]) if s[-1] > 0 else float("inf")
    if p not in ("fro", 1, -1, np.inf, -np.inf):
        raise LinAlgError(f"unsupported norm p={p!r}; use None, 2, -2, 'fro', 1, -1, inf, -inf")
    A = _as_matrix(A, "A", square=True)
    try:
        Ainv = inv(A)
    except LinAlgError:
        return float("inf")
    return _norm(A, p) * _norm(Ainv, p)


def _norm(A: np.ndarray, p) -> float:
    if p == "fro":
        return float(np.sqrt((A * A).sum()))
    if p in (1, -1):
        col = np.abs(A).sum(axis=0)
        return float(col.max() if p == 1 else col.min())
    row = np.abs(A).sum(axis=1)
    return float(row.max() if p == np.inf else row.min())
