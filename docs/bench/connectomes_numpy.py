"""numpy + scikit-learn counterpart of `neurobeam bench connectomes`: the same work on the same shapes.

Per recording (region signals [time][region], a low-rank factor model plus noise, as the Java benchmark
generates; same distribution, not the same numbers):
  correlation         LedoitWolf on z-scored signals (ddof 1), covariance -> correlation (nilearn's way)
  partial_correlation LedoitWolf covariance, numpy inverse, -P_ij / sqrt(P_ii P_jj)
  covariance          LedoitWolf covariance
  precision           numpy inverse of the LedoitWolf covariance
  tangent             over the group: nilearn's geometric mean (eigh-based, 30 iterations, tol 1e-7)
                      and logm of the whitened covariances
  correlation empirical: numpy.corrcoef

Run with Debian's python3, e.g.
  env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 docs/bench/connectomes_numpy.py
"""
import argparse
import time

import numpy as np
from sklearn.covariance import LedoitWolf


def factor_signals(timepoints, regions, factors, seed):
    rng = np.random.default_rng(seed)
    loadings = rng.standard_normal((factors, regions))
    scores = rng.standard_normal((timepoints, factors))
    return scores @ loadings + rng.standard_normal((timepoints, regions))


def ledoit_wolf(x):
    return LedoitWolf(store_precision=False).fit(x).covariance_


def to_correlation(cov):
    d = np.sqrt(np.diag(cov))
    corr = cov / np.outer(d, d)
    np.fill_diagonal(corr, 1.0)
    return corr


def correlation(x):
    z = (x - x.mean(0)) / x.std(0, ddof=1)
    return to_correlation(ledoit_wolf(z))


def precision(x):
    return np.linalg.inv(ledoit_wolf(x))


def partial_correlation(x):
    p = precision(x)
    d = np.sqrt(np.diag(p))
    partial = -p / np.outer(d, d)
    np.fill_diagonal(partial, 1.0)
    return partial


def _apply(eigenvalues, eigenvectors, function):
    return (eigenvectors * function(eigenvalues)) @ eigenvectors.T


def _map_eigen(matrix, function):
    w, v = np.linalg.eigh(matrix)
    return _apply(w, v, function)


def geometric_mean(matrices, max_iter=30, tol=1e-7):
    """nilearn.connectome.connectivity_matrices._geometric_mean, restated."""
    n = matrices[0].shape[0]
    gmean = np.mean(matrices, axis=0)
    norm_old = np.inf
    step = 1.0
    for _ in range(max_iter):
        w, v = np.linalg.eigh(gmean)
        vals_gmean_sqrt = _apply(w, v, np.sqrt)
        vals_gmean_inv_sqrt = _apply(w, v, lambda e: 1.0 / np.sqrt(e))
        whitened = [vals_gmean_inv_sqrt @ m @ vals_gmean_inv_sqrt for m in matrices]
        logs = [_map_eigen(w_m, np.log) for w_m in whitened]
        logs_mean = np.mean(logs, axis=0)
        norm = np.linalg.norm(logs_mean)
        gmean = vals_gmean_sqrt @ _map_eigen(step * logs_mean, np.exp) @ vals_gmean_sqrt
        if norm < norm_old:
            norm_old = norm
        elif norm > norm_old:
            step /= 2.0
            norm = norm_old
        if tol is not None and norm / gmean.size < tol:
            break
    return gmean


def tangent(group):
    covariances = [ledoit_wolf(x) for x in group]
    mean = geometric_mean(covariances)
    whitening = _map_eigen(mean, lambda e: 1.0 / np.sqrt(e))
    return [_map_eigen(whitening @ c @ whitening, np.log) for c in covariances]


def blas_info():
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        return "unknown (threadpoolctl not installed)"
    return "; ".join(f"{i.get('internal_api')} {i.get('version')} {i.get('architecture')} "
                     f"{i.get('num_threads')} threads" for i in threadpool_info()) or "unknown"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--regions", type=int, default=400)
    parser.add_argument("--timepoints", type=int, default=1200)
    parser.add_argument("--subjects", type=int, default=100)
    parser.add_argument("--factors", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    start = time.perf_counter()
    group = [factor_signals(args.timepoints, args.regions, args.factors, args.seed + s)
             for s in range(args.subjects)]
    print(f"generated {args.subjects} recordings of {args.timepoints} time points x {args.regions} regions "
          f"in {time.perf_counter() - start:.1f} s")
    print(f"numpy {np.__version__}, BLAS: {blas_info()}")
    print(f"{'kind (estimator)':28s} {'seconds':>10s} {'ms/recording':>14s}")
    kinds = [("correlation (ledoit-wolf)", correlation),
             ("partial_correlation (ledoit-wolf)", partial_correlation),
             ("covariance (ledoit-wolf)", ledoit_wolf),
             ("precision (ledoit-wolf)", precision),
             ("tangent (ledoit-wolf)", None),
             ("correlation (empirical)", lambda x: np.corrcoef(x, rowvar=False))]
    for label, function in kinds:
        start = time.perf_counter()
        if function is None:
            tangent(group)
        else:
            for x in group:
                function(x)
        elapsed = time.perf_counter() - start
        print(f"{label:28s} {elapsed:10.2f} {1000 * elapsed / len(group):14.1f}")


if __name__ == "__main__":
    main()
