"""Fixture for ButterworthDesignTest / ZeroPhaseFilterTest beyond the shared band-pass reference:
scipy.signal.butter designs of odd and even order (low/high/band-pass, output='sos' and 'ba') and
sosfiltfilt of a random walk with an odd-order low-pass (first-order last section: padlen 18).
Run: python3 make_butterworth_fixture.py  (numpy/scipy from Debian bookworm)."""
import json
import numpy as np
import scipy
from scipy import signal

designs = []
for order, wn, btype in [(5, [0.2], "lowpass"), (5, [0.2], "highpass"), (4, [0.05], "highpass"),
                         (3, [0.1, 0.4], "bandpass"), (2, [0.3], "lowpass")]:
    w = wn[0] if len(wn) == 1 else wn
    b, a = signal.butter(order, w, btype=btype, output="ba")
    sos = signal.butter(order, w, btype=btype, output="sos")
    designs.append({"order": order, "wn": wn, "btype": btype, "sos": sos.tolist(),
                    "b": b.tolist(), "a": a.tolist()})

rng = np.random.default_rng(7)
x = rng.standard_normal((60, 2)).cumsum(axis=0)
sos = signal.butter(5, 0.2, btype="lowpass", output="sos")
y = signal.sosfiltfilt(sos, x, axis=0)
with open("butterworth_designs.json", "w") as f:
    json.dump({"software": "scipy " + scipy.__version__, "designs": designs,
               "filtfilt_case": {"sos": sos.tolist(), "x": x.tolist(), "y": y.tolist(), "padlen": 18}}, f)
