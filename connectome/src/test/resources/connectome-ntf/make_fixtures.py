"""Fixtures of the ntf affinity tests (run with /usr/bin/python3; numpy, scipy, scikit-learn).

differential.json: scipy.ndimage.gaussian_filter1d(mode="reflect", truncate=4) then numpy.gradient then
d / (1.4826 * MAD(d)), on a seeded trace (sigma 3) and on a 5-sample trace (sigma 3, reflection wraps).
mutual_information.json: sklearn.metrics.mutual_info_score of equal-width bin labels
min(B - 1, floor(B (x - min) / (max - min))) per trace.
"""
import json
import os

import numpy as np
from scipy.ndimage import gaussian_filter1d
from sklearn.metrics import mutual_info_score

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(7)


def robust(x, sigma):
    d = np.gradient(gaussian_filter1d(x, sigma, mode="reflect", truncate=4.0))
    mad = np.median(np.abs(d - np.median(d)))
    return d / (1.4826 * mad)


long_trace = rng.standard_normal(120).cumsum()
short_trace = np.array([0.0, 1.0, 3.0, 2.0, 5.0])
with open(os.path.join(HERE, "differential.json"), "w") as f:
    json.dump({"long": long_trace.tolist(),
               "longSmooth": gaussian_filter1d(long_trace, 3.0, mode="reflect", truncate=4.0).tolist(),
               "longZ": robust(long_trace, 3.0).tolist(),
               "short": short_trace.tolist(),
               "shortSmooth": gaussian_filter1d(short_trace, 3.0, mode="reflect", truncate=4.0).tolist()}, f)


def labels(x, bins):
    lo, hi = x.min(), x.max()
    return np.minimum(bins - 1, np.floor(bins * (x - lo) / (hi - lo))).astype(int)


cases = []
for n, bins in [(50, 4), (200, 8), (30, 3)]:
    x = rng.standard_normal(n)
    y = 0.7 * x + rng.standard_normal(n)
    cases.append({"x": x.tolist(), "y": y.tolist(), "bins": bins,
                  "mi": mutual_info_score(labels(x, bins), labels(y, bins))})
with open(os.path.join(HERE, "mutual_information.json"), "w") as f:
    json.dump(cases, f)
