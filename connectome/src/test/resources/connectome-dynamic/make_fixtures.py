"""Generates the fixtures of the dynamic/community tests (run with /usr/bin/python3; numpy, scikit-learn).

windowed_correlation.json: tapered-window weighted Pearson (numpy.cov with aweights) on seeded signals,
window = ones(L) convolved with a Gaussian sampled at |d| <= ceil(3 sigma), scaled to sum 1.
agreement.json: sklearn adjusted_rand_score / normalized_mutual_info_score on seeded labelings.
hilbert.json: scipy.signal.hilbert on seeded signals of lengths 64, 100 and 37.
"""
import json
import math
import os

import numpy as np
from scipy.signal import hilbert
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20240101)

# windowed correlation
T, P, L, sigma, step = 60, 4, 10, 2.0, 3
x = rng.standard_normal((T, P)).cumsum(axis=0) + rng.standard_normal((T, P))
half = math.ceil(3 * sigma)
kernel = np.exp(-0.5 * (np.arange(-half, half + 1) / sigma) ** 2)
w = np.convolve(np.ones(L), kernel)
w = w / w.sum()
S = len(w)
edges = []
for start in range(0, T - S + 1, step):
    c = np.cov(x[start:start + S].T, aweights=w, bias=True)
    r = c / np.sqrt(np.outer(np.diag(c), np.diag(c)))
    edges.append(r[np.triu_indices(P, 1)].tolist())
with open(os.path.join(HERE, "windowed_correlation.json"), "w") as f:
    json.dump({"signals": x.tolist(), "length": L, "sigma": sigma, "step": step,
               "weights": w.tolist(), "edges": edges}, f)

# agreement scores
cases = []
for n, ka, kb in [(50, 3, 4), (200, 5, 5), (30, 2, 6)]:
    a = rng.integers(0, ka, n)
    b = np.where(rng.random(n) < 0.6, a, rng.integers(0, kb, n))
    cases.append({"a": a.tolist(), "b": b.tolist(), "ari": adjusted_rand_score(a, b),
                  "nmi": normalized_mutual_info_score(a, b)})
with open(os.path.join(HERE, "agreement.json"), "w") as f:
    json.dump(cases, f)

# Hilbert transform, a power-of-two, an even and an odd length
cases = []
for n in (64, 100, 37):
    s = rng.standard_normal(n)
    h = hilbert(s)
    cases.append({"signal": s.tolist(), "real": h.real.tolist(), "imag": h.imag.tolist()})
with open(os.path.join(HERE, "hilbert.json"), "w") as f:
    json.dump(cases, f)
