"""genforge.scratch.linalg against numpy.linalg (LAPACK).

Tolerances follow backward-error theory: a stable algorithm computes the exact answer for
an input perturbed by ~eps * ||A||, so singular values and eigenvalues agree with LAPACK to
about n * eps * ||A|| absolutely, solutions of A x = b to about cond(A) * eps relatively.
Vectors are compared up to sign (singular/eigen vectors are defined only up to sign).
"""

from __future__ import annotations

import numpy as np
import pytest

from genforge.scratch import linalg as la

EPS = np.finfo(np.float64).eps


def hilbert(n: int) -> np.ndarray:
    i = np.arange(n)
    return 1.0 / (i[:, None] + i[None, :] + 1.0)


def rank_deficient(rng, m: int, n: int, r: int) -> np.ndarray:
    return rng.standard_normal((m, r)) @ rng.standard_normal((r, n))


def assert_same_columns_up_to_sign(X: np.ndarray, Y: np.ndarray, atol: float) -> None:
    signs = np.sign((X * Y).sum(axis=0))
    signs[signs == 0] = 1
    np.testing.assert_allclose(X * signs, Y, atol=atol)


# --------------------------------------------------------------------------- matmul


@pytest.mark.parametrize(
    ("m", "k", "n", "block"), [(37, 53, 29, 8), (64, 64, 64, 64), (5, 130, 3, 16)]
)
def test_matmul_blocked_matches_numpy(m, k, n, block):
    rng = np.random.default_rng(m * k + n)
    A, B = rng.standard_normal((m, k)), rng.standard_normal((k, n))
    np.testing.assert_allclose(la.matmul_blocked(A, B, block=block), A @ B, rtol=1e-12, atol=1e-12)


def test_matmul_blocked_rejects_mismatched_shapes():
    with pytest.raises(la.LinAlgError, match=r"\(3, 4\).*\(5, 2\)"):
        la.matmul_blocked(np.ones((3, 4)), np.ones((5, 2)))


# --------------------------------------------------------------------------- LU / solve


@pytest.mark.parametrize("n", [1, 2, 7, 40])
def test_lu_reconstructs_and_solves(n):
    rng = np.random.default_rng(n)
    A = rng.standard_normal((n, n))
    LU, piv = la.lu_factor(A)
    L = np.tril(LU, -1) + np.eye(n)
    U = np.triu(LU)
    np.testing.assert_allclose(L @ U, A[piv], atol=1e-12 * n)
    assert np.abs(np.tril(LU, -1)).max(initial=0) <= 1.0  # partial pivoting bounds multipliers
    b = rng.standard_normal((n, 3))
    np.testing.assert_allclose(la.solve(A, b), np.linalg.solve(A, b), rtol=1e-9, atol=1e-10)
    np.testing.assert_allclose(
        la.solve(A, b[:, 0]), np.linalg.solve(A, b[:, 0]), rtol=1e-9, atol=1e-10
    )
    np.testing.assert_allclose(la.inv(A), np.linalg.inv(A), rtol=1e-8, atol=1e-9)
    assert la.det(A) == pytest.approx(np.linalg.det(A), rel=1e-10)


def test_solve_needs_pivoting():
    # Without row exchanges the zero pivot would divide by zero.
    A = np.array([[0.0, 1.0], [1.0, 1.0]])
    np.testing.assert_allclose(la.solve(A, [1.0, 2.0]), [1.0, 1.0])


@pytest.mark.parametrize("n", [6, 10])
def test_solve_ill_conditioned_hilbert_within_condition_bound(n):
    H = hilbert(n)
    x_true = np.ones(n)
    b = H @ x_true
    ours, ref = la.solve(H, b), np.linalg.solve(H, b)
    kappa = np.linalg.cond(H)
    # Forward error of a backward-stable solver: ~ kappa * eps, both ours and LAPACK's.
    bound = 10 * n * kappa * EPS
    assert np.abs(ours - x_true).max() <= bound
    assert np.abs(ours - ref).max() <= 2 * bound
    # The residual is small regardless of conditioning: that is backward stability.
    assert np.abs(H @ ours - b).max() <= 10 * n * EPS * np.abs(b).max()


def test_singular_matrix_raises_with_advice():
    A = np.array([[1.0, 2.0], [2.0, 4.0]])
    with pytest.raises(la.LinAlgError, match=r"singular.*lstsq or pinv"):
        la.solve(A, [1.0, 1.0])
    assert la.det(A) == 0.0


def test_input_validation_names_the_shape():
    with pytest.raises(la.LinAlgError, match=r"square, got shape \(2, 3\)"):
        la.lu_factor(np.ones((2, 3)))
    with pytest.raises(la.LinAlgError, match="NaN or inf"):
        la.solve(np.array([[1.0, np.nan], [0.0, 1.0]]), [1.0, 1.0])
    with pytest.raises(la.LinAlgError, match=r"right-hand side must have shape \(2,\)"):
        la.solve(np.eye(2), np.ones(3))
    with pytest.raises(ValueError):  # LinAlgError is also a ValueError, like numpy's
        la.qr(np.ones(3))


# --------------------------------------------------------------------------- QR / lstsq


@pytest.mark.parametrize("shape", [(6, 4), (4, 6), (5, 5), (30, 3)])
def test_qr_matches_numpy_up_to_row_signs(shape):
    rng = np.random.default_rng(sum(shape))
    A = rng.standard_normal(shape)
    Q, R = la.qr(A)
    _, Rn = np.linalg.qr(A)
    k = min(shape)
    assert Q.shape == (shape[0], k) and R.shape == (k, shape[1])
    np.testing.assert_allclose(Q @ R, A, atol=1e-13)
    np.testing.assert_allclose(Q.T @ Q, np.eye(k), atol=1e-14)
    np.testing.assert_allclose(np.triu(R), R)
    np.testing.assert_allclose(np.abs(R), np.abs(Rn), atol=1e-12)
    Qc, Rc = la.qr(A, mode="complete")
    np.testing.assert_allclose(Qc.T @ Qc, np.eye(shape[0]), atol=1e-14)
    np.testing.assert_allclose(Qc @ Rc, A, atol=1e-13)


def test_lstsq_full_rank_matches_numpy():
    rng = np.random.default_rng(1)
    A, b = rng.standard_normal((40, 6)), rng.standard_normal((40, 2))
    x, rank = la.lstsq(A, b)
    assert rank == 6
    np.testing.assert_allclose(x, np.linalg.lstsq(A, b)[0], rtol=1e-11, atol=1e-12)


@pytest.mark.parametrize(("m", "n", "r"), [(20, 8, 3), (6, 10, 4), (12, 12, 5)])
def test_lstsq_rank_deficient_gives_numpys_minimum_norm_solution(m, n, r):
    rng = np.random.default_rng(m + n + r)
    A, b = rank_deficient(rng, m, n, r), rng.standard_normal(m)
    x, rank = la.lstsq(A, b)
    ref, _, ref_rank, _ = np.linalg.lstsq(A, b)
    assert rank == ref_rank == r
    np.testing.assert_allclose(x, ref, rtol=1e-9, atol=1e-10)


def test_lstsq_ill_conditioned_polynomial_fit():
    # Vandermonde least squares: the classic ill-conditioned regression design.
    t = np.linspace(0, 1, 30)
    A = np.vander(t, 8)
    b = np.cos(4 * t)
    x, _ = la.lstsq(A, b)
    ref = np.linalg.lstsq(A, b)[0]
    kappa = np.linalg.cond(A)
    assert np.abs(x - ref).max() <= 100 * kappa * EPS * np.abs(ref).max()
    np.testing.assert_allclose(A @ x, A @ ref, atol=1e-10)


# --------------------------------------------------------------------------- eigh / power


@pytest.mark.parametrize("n", [1, 2, 5, 16, 33])
def test_eigh_matches_numpy(n):
    rng = np.random.default_rng(n)
    M = rng.standard_normal((n, n))
    S = M + M.T
    w, V = la.eigh(S)
    wn, Vn = np.linalg.eigh(S)
    scale = np.abs(wn).max()
    np.testing.assert_allclose(w, wn, atol=20 * n * EPS * scale)
    np.testing.assert_allclose(V.T @ V, np.eye(n), atol=1e-13)
    np.testing.assert_allclose(S @ V, V * w, atol=1e-12 * scale)
    # Eigenvalues of a random matrix are well separated, so vectors agree up to sign.
    assert_same_columns_up_to_sign(V, Vn, atol=1e-9)


def test_eigh_repeated_eigenvalues_and_rank_deficient():
    rng = np.random.default_rng(3)
    Q, _ = np.linalg.qr(rng.standard_normal((8, 8)))
    lam = np.array([0.0, 0.0, 0.0, 1.0, 1.0, 2.0, 5.0, 5.0])
    S = (Q * lam) @ Q.T
    w, V = la.eigh(S)
    np.testing.assert_allclose(w, lam, atol=1e-13)
    np.testing.assert_allclose(V.T @ V, np.eye(8), atol=1e-13)
    np.testing.assert_allclose(S @ V, V * w, atol=1e-13)
    # For a repeated eigenvalue only the subspace is unique: compare projectors.
    for value in (0.0, 1.0, 5.0):
        ours = V[:, np.isclose(w, value)]
        ref = Q[:, lam == value]
        np.testing.assert_allclose(ours @ ours.T, ref @ ref.T, atol=1e-12)


def test_eigh_hilbert_small_eigenvalues():
    H = hilbert(10)
    w, V = la.eigh(H)
    wn = np.linalg.eigvalsh(H)
    np.testing.assert_allclose(w, wn, atol=10 * 10 * EPS * wn.max())
    np.testing.assert_allclose(H @ V, V * w, atol=1e-14)


def test_eigh_rejects_non_symmetric():
    with pytest.raises(la.LinAlgError, match="symmetric"):
        la.eigh(np.array([[1.0, 2.0], [0.0, 1.0]]))


def test_power_iteration_finds_dominant_eigenpair():
    rng = np.random.default_rng(7)
    Q, _ = np.linalg.qr(rng.standard_normal((12, 12)))
    lam = np.linspace(1.0, 3.0, 12)
    lam[-1] = -6.0  # dominant in magnitude and negative
    S = (Q * lam) @ Q.T
    value, v = la.power_iteration(S)
    assert value == pytest.approx(-6.0, rel=1e-10)
    assert abs(v @ Q[:, -1]) == pytest.approx(1.0, abs=1e-10)


# --------------------------------------------------------------------------- SVD


def _check_svd(A: np.ndarray) -> None:
    U, s, Vt = la.svd(A)
    sn = np.linalg.svd(A, compute_uv=False)
    k = min(A.shape)
    assert U.shape == (A.shape[0], k) and s.shape == (k,) and Vt.shape == (k, A.shape[1])
    # Relative agreement for every singular value above the rounding floor eps * s_max,
    # absolute agreement at that floor below it (no algorithm resolves more from fp64 data).
    floor = 4 * max(A.shape) * EPS * sn[0]
    assert np.all(np.abs(s - sn) <= 1e-10 * sn + floor), np.abs(s - sn) / sn
    assert np.all(np.diff(s) <= 0)
    np.testing.assert_allclose(U.T @ U, np.eye(k), atol=1e-12)
    np.testing.assert_allclose(Vt @ Vt.T, np.eye(k), atol=1e-12)
    np.testing.assert_allclose((U * s) @ Vt, A, atol=1e-13 * max(sn[0], 1.0))


@pytest.mark.parametrize("shape", [(1, 1), (7, 7), (25, 9), (9, 25), (60, 40)])
def test_svd_random_matches_numpy(shape):
    rng = np.random.default_rng(shape[0] * 100 + shape[1])
    A = rng.standard_normal(shape)
    _check_svd(A)
    U, _, Vt = la.svd(A)
    Un, _, Vtn = np.linalg.svd(A, full_matrices=False)
    assert_same_columns_up_to_sign(U, Un, atol=1e-8)
    assert_same_columns_up_to_sign(Vt.T, Vtn.T, atol=1e-8)


@pytest.mark.parametrize("n", [8, 12, 14])
def test_svd_hilbert_ill_conditioned(n):
    H = hilbert(n)
    _check_svd(H)
    s = la.svd(H, compute_uv=False)
    sn = np.linalg.svd(H, compute_uv=False)
    # The well-resolved part of the spectrum agrees to 1e-10 relative.
    resolved = sn > 1e-6 * sn[0]
    np.testing.assert_allclose(s[resolved], sn[resolved], rtol=1e-10)


@pytest.mark.parametrize(("m", "n", "r"), [(20, 10, 4), (10, 20, 1), (15, 15, 7)])
def test_svd_rank_deficient(m, n, r):
    rng = np.random.default_rng(m * n + r)
    A = rank_deficient(rng, m, n, r)
    _check_svd(A)
    s = la.svd(A, compute_uv=False)
    sn = np.linalg.svd(A, compute_uv=False)
    np.testing.assert_allclose(s[:r], sn[:r], rtol=1e-10)
    assert np.all(s[r:] <= 1e-13 * s[0])


def test_svd_exact_zero_columns_still_give_orthonormal_u():
    A = np.zeros((5, 3))
    A[:, 0] = [1.0, 2.0, 0.0, 0.0, 1.0]
    U, s, Vt = la.svd(A)
    np.testing.assert_allclose(s, [np.sqrt(6.0), 0.0, 0.0])
    np.testing.assert_allclose(U.T @ U, np.eye(3), atol=1e-14)
    np.testing.assert_allclose((U * s) @ Vt, A, atol=1e-14)
    Uf, _, Vtf = la.svd(A, full_matrices=True)
    assert Uf.shape == (5, 5) and Vtf.shape == (3, 3)
    np.testing.assert_allclose(Uf.T @ Uf, np.eye(5), atol=1e-14)


# --------------------------------------------------------------------------- pinv / cond


@pytest.mark.parametrize(
    "make",
    [
        lambda rng: rng.standard_normal((8, 5)),
        lambda rng: rng.standard_normal((5, 8)),
        lambda rng: rank_deficient(rng, 9, 7, 3),
        lambda rng: hilbert(8),
    ],
    ids=["tall", "wide", "rank3", "hilbert8"],
)
def test_pinv_matches_numpy_and_penrose_conditions(make):
    A = make(np.random.default_rng(11))
    P = la.pinv(A)
    Pn = np.linalg.pinv(A)
    kappa = np.linalg.cond(A) if np.linalg.matrix_rank(A) == min(A.shape) else 1.0
    np.testing.assert_allclose(P, Pn, rtol=1e-9, atol=1e-12 * kappa * np.abs(Pn).max())
    np.testing.assert_allclose(A @ P @ A, A, atol=1e-9 * np.abs(A).max())
    # A P is a projector; rounding in P is amplified by cond(A), for numpy's P as well.
    np.testing.assert_allclose((A @ P).T, A @ P, atol=1e-9 + 100 * kappa * EPS)


def test_pinv_rcond_drops_small_singular_values():
    A = np.diag([1.0, 1e-3, 1e-9])
    np.testing.assert_allclose(la.pinv(A, rcond=1e-6), np.linalg.pinv(A, rcond=1e-6))
    np.testing.assert_allclose(la.pinv(A, rcond=1e-6), np.diag([1.0, 1e3, 0.0]))


@pytest.mark.parametrize("p", [None, 2, -2, "fro", 1, -1, np.inf, -np.inf])
def test_cond_matches_numpy(p):
    rng = np.random.default_rng(5)
    A = rng.standard_normal((6, 6))
    assert la.cond(A, p) == pytest.approx(np.linalg.cond(A, p), rel=1e-9)


def test_cond_hilbert_and_singular():
    for n in (5, 9):
        assert la.cond(hilbert(n)) == pytest.approx(np.linalg.cond(hilbert(n)), rel=1e-6)
    assert la.cond(np.array([[1.0, 1.0], [1.0, 1.0]])) > 1e15
    assert la.cond(np.zeros((2, 2))) == float("inf")


def test_svd_column_graded_matrix_keeps_relative_accuracy():
    # Columns scaled over nine orders of magnitude: one-sided Jacobi's relative stopping
    # test resolves even the smallest singular value to full relative precision.
    rng = np.random.default_rng(4)
    M = rng.standard_normal((12, 10)) * 10.0 ** -np.arange(10)
    s = la.svd(M, compute_uv=False)
    np.testing.assert_allclose(s, np.linalg.svd(M, compute_uv=False), rtol=1e-10)
