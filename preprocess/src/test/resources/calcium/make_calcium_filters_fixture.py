"""Fixture for the calcium filter tests: scipy.ndimage gaussian_filter1d / minimum_filter1d /
maximum_filter1d (mode 'reflect') on short random traces with even/odd sizes and windows longer than the
trace (also longer than twice the trace), numpy.percentile (linear) edge cases, a sliding percentile
built from numpy.percentile over np.pad(mode='symmetric') windows (checked against the scipy min/max/median
filters), numpy.interp, scipy.stats.zscore, and the full suite2p maximin baseline of two ROIs of the shared
suite2p plane. Run from this folder: python3 make_calcium_filters_fixture.py (numpy/scipy from Debian)."""
import json
from pathlib import Path
import numpy as np
import scipy
from scipy import ndimage, stats

rng = np.random.default_rng(11)
traces = {n: rng.standard_normal(n).cumsum().tolist() for n in (1, 2, 5, 17, 50)}
traces[12] = [3.0, 1.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0, 5.0, 3.0, 5.0]  # ties

gauss = []
for n, x in traces.items():
    for sigma, truncate in [(0.5, 4.0), (1.0, 4.0), (2.5, 4.0), (10.0, 4.0), (30.0, 4.0), (3.0, 2.0)]:
        y = ndimage.gaussian_filter1d(np.array(x), sigma, truncate=truncate, mode="reflect")
        gauss.append({"n": n, "sigma": sigma, "truncate": truncate, "y": y.tolist()})

extrema = []
for n, x in traces.items():
    for size in (1, 2, 3, 4, 7, 10, 16, 17, 49, 50, 51, 120, 301):
        a = np.array(x)
        extrema.append({"n": n, "size": size,
                        "min": ndimage.minimum_filter1d(a, size, mode="reflect").tolist(),
                        "max": ndimage.maximum_filter1d(a, size, mode="reflect").tolist()})


def sliding_percentile(a, size, q):
    padded = np.pad(a, (size // 2, size - size // 2 - 1), mode="symmetric")
    return np.percentile(np.lib.stride_tricks.sliding_window_view(padded, size), q, axis=1)


sliding = []
for n, x in traces.items():
    a = np.array(x)
    for size in (1, 2, 3, 4, 7, 10, 17, 50, 120):
        assert np.array_equal(sliding_percentile(a, size, 0), ndimage.minimum_filter1d(a, size))
        assert np.array_equal(sliding_percentile(a, size, 100), ndimage.maximum_filter1d(a, size))
        if size % 2:
            assert np.array_equal(sliding_percentile(a, size, 50), ndimage.median_filter(a, size))
        for q in (0.0, 8.0, 37.5, 50.0, 100.0):
            sliding.append({"n": n, "size": size, "q": q, "y": sliding_percentile(a, size, q).tolist()})

percentiles = []
for values in ([5.0], [2.0, 1.0], [1.0, 2.0, 3.0, 4.0], [3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0],
               rng.standard_normal(900).tolist(), rng.standard_normal(37).tolist()):
    for q in (0.0, 8.0, 12.5, 25.0, 33.0, 50.0, 99.9, 100.0):
        percentiles.append({"values": values, "q": q, "p": float(np.percentile(values, q))})

x = np.array(traces[50])
interp = {"trace": x.tolist(), "fs": 30.0, "t0": 0.0,
          "times": np.linspace(0, 49 / 30, 77).tolist()}
interp["y"] = np.interp(interp["times"], np.arange(50) / 30.0, x).tolist()
zscore = {"trace": x.tolist(), "ddof0": stats.zscore(x).tolist(), "ddof1": stats.zscore(x, ddof=1).tolist()}

plane = Path("../../../../../../shared/data/calcium/suite2p/plane0")
F = np.load(plane / "F.npy").astype(np.float64)
Fneu = np.load(plane / "Fneu.npy").astype(np.float64)
Fc = F - 0.7 * Fneu
maximin = {}
for roi in (0, 5):
    flow = ndimage.gaussian_filter(Fc[roi:roi + 1], [0.0, 10.0])
    flow = ndimage.maximum_filter1d(ndimage.minimum_filter1d(flow, 300), 300)[0]
    maximin[str(roi)] = flow.tolist()

with open("calcium_filters.json", "w") as f:
    json.dump({"software": {"numpy": np.__version__, "scipy": scipy.__version__},
               "traces": {str(n): x for n, x in traces.items()}, "gaussian": gauss, "extrema": extrema,
               "sliding_percentile": sliding, "percentile": percentiles, "interp": interp,
               "zscore": zscore, "maximin_win300_sig10": maximin}, f)
