"""Generates tangent_fixture.json: 3 random 4 x 4 SPD matrices, their geometric mean and tangent vectors.

Our own numpy replica of nilearn's ConnectivityMeasure(kind="tangent") written from the published
algorithm (Fletcher & Joshi 2007, Algorithm 3; Varoquaux et al. 2010), with nilearn's documented
settings: start at the arithmetic mean, step 1, at most 30 iterations, halve the step when the gradient
norm grows, stop when ||L||_F / p^2 < 1e-7; tangent_k = logm(G^-1/2 C_k G^-1/2).
Second part, "fmri_group": three segments of the shared nitime ROI signals (rows 0-69, 70-149, 150-239;
regions 3-8), each through scikit-learn's LedoitWolf (nilearn's default estimator), then the same tangent
replica: what ConnectivityMeasure(kind="tangent").fit_transform returns for them.
Run: /usr/bin/python3 tangent_fixture.py [SHARED_DATA_DIR]  (numpy + scikit-learn; default data dir
../shared/data beside the repository; rewrites the JSON next to this script).
"""
import json
import os
import sys

import numpy as np
from sklearn.covariance import LedoitWolf


def eig_map(f, a):
    w, v = np.linalg.eigh(a)
    return (v * f(w)) @ v.T


def geometric_mean(mats, max_iter=30, tol=1e-7):
    g = np.mean(mats, axis=0)
    best, step, it = np.inf, 1.0, 0
    for it in range(1, max_iter + 1):
        inv_root = eig_map(lambda w: 1 / np.sqrt(w), g)
        root = eig_map(np.sqrt, g)
        grad = np.mean([eig_map(np.log, inv_root @ m @ inv_root) for m in mats], axis=0)
        norm = np.linalg.norm(grad)
        g = root @ eig_map(lambda w: np.exp(step * w), grad) @ root
        if norm < best:
            best = norm
        elif norm > best:
            step /= 2
            norm = best
        if norm / g.size < tol:
            break
    return g, it, norm


rng = np.random.default_rng(20240611)
p = 4
mats = []
for _ in range(3):
    a = rng.standard_normal((p, 2 * p))
    mats.append(a @ a.T / (2 * p) + 0.1 * np.eye(p))
mats = np.array(mats)
g, iterations, norm = geometric_mean(mats)
w = eig_map(lambda x: 1 / np.sqrt(x), g)
tangents = [eig_map(np.log, w @ m @ w) for m in mats]
here = os.path.dirname(os.path.abspath(__file__))
data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, *[".."] * 8, "..", "shared", "data")
signals = np.loadtxt(os.path.join(data, "timeseries", "fmri_timeseries.csv"), delimiter=",", skiprows=1)
segments = [(0, 70), (70, 150), (150, 240)]
regions = list(range(3, 9))
fits = [LedoitWolf().fit(signals[a:b][:, regions]) for a, b in segments]
covs = np.array([f.covariance_ for f in fits])
group_mean, group_iterations, _ = geometric_mean(covs)
group_w = eig_map(lambda x: 1 / np.sqrt(x), group_mean)

out = {
    "how": "numpy replica of nilearn tangent (see tangent_fixture.py), seed 20240611; fmri_group: sklearn LedoitWolf then the same replica",
    "matrices": mats.tolist(),
    "geometric_mean": g.tolist(),
    "iterations": iterations,
    "gradient_norm": norm,
    "whitening": w.tolist(),
    "tangents": [t.tolist() for t in tangents],
    "fmri_group": {
        "rows": segments,
        "regions": regions,
        "shrinkages": [f.shrinkage_ for f in fits],
        "geometric_mean": group_mean.tolist(),
        "iterations": group_iterations,
        "tangents": [eig_map(np.log, group_w @ c @ group_w).tolist() for c in covs],
    },
}
with open(os.path.join(here, "tangent_fixture.json"), "w") as f:
    json.dump(out, f, indent=1)
print(iterations, norm)
