"""Fixture for CensoredVolumeInterpolationTest: what nilearn's _interpolate_volumes computes,
scipy.interpolate.CubicSpline(frame_times[kept], values[kept], bc_type='not-a-knot',
extrapolate=True) evaluated at every frame time, with censored rows replaced.
Run: python3 make_spline_fixture.py  (numpy/scipy from Debian bookworm)."""
import json
import numpy as np
from scipy.interpolate import CubicSpline

rng = np.random.default_rng(20261123)
n, columns, t_r = 40, 3, 2.0
values = rng.standard_normal((n, columns)).cumsum(axis=0)
keep = np.ones(n, dtype=bool)
keep[[0, 1, 7, 8, 9, 20, 33, 38, 39]] = False
frame_times = np.arange(n) * t_r
spline = CubicSpline(frame_times[keep], values[keep], extrapolate=True)
expected = values.copy()
expected[~keep] = spline(frame_times)[~keep]
with open("spline_interpolation.json", "w") as f:
    json.dump({"values": values.tolist(), "keep": keep.tolist(), "expected": expected.tolist(),
               "t_r": t_r, "software": "scipy " + __import__("scipy").__version__}, f)
