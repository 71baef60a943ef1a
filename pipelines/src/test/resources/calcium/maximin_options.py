"""Reference dF/F of the shared suite2p plane with a non-default maximin baseline, for CalciumCommandTest.

suite2p's maximin (dcnv.preprocess): Flow = gaussian_filter(Fc, [0, sig_baseline]) then minimum_filter1d and
maximum_filter1d over win = int(win_baseline * fs) frames (scipy's default 'reflect' edges); dF/F = (Fc - Flow) /
Flow with Fc = F - 0.7 * Fneu. Run with Debian's python: /usr/bin/python3 maximin_options.py (numpy 1.24.2,
scipy 1.10.1) from this folder; writes maximin_options.json.
"""
import json

import numpy as np
from scipy.ndimage import gaussian_filter, maximum_filter1d, minimum_filter1d

PLANE = "/work/shared/data/calcium/suite2p/plane0/"
WIN_BASELINE = 20.0
SIG_BASELINE = 5.0

F = np.load(PLANE + "F.npy").astype(np.float64)
Fneu = np.load(PLANE + "Fneu.npy").astype(np.float64)
ops = np.load(PLANE + "ops.npy", allow_pickle=True).item()
fs = float(ops["fs"])
Fc = F - 0.7 * Fneu
win = int(WIN_BASELINE * fs)
Flow = gaussian_filter(Fc, [0.0, SIG_BASELINE])
Flow = minimum_filter1d(Flow, win)
Flow = maximum_filter1d(Flow, win)
dff = (Fc - Flow) / Flow
json.dump({"win_baseline": WIN_BASELINE, "sig_baseline": SIG_BASELINE, "fs": fs, "win_frames": win,
           "dff_first_10": dff[:, :10].tolist(), "dff_mean": dff.mean(axis=1).tolist()},
          open("maximin_options.json", "w"), indent=1)
