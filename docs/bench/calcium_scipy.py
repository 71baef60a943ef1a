#!/usr/bin/python3
"""numpy/scipy baseline of `neurobeam bench calcium`: suite2p's dcnv.preprocess (neucoeff 0.7, maximin,
win_baseline 60 s, sig_baseline 10) then dF/F = (Fc - Flow) / Flow, on F.npy/Fneu.npy memory-mapped and
processed in blocks of rows. Prints the same checksum as the Java bench (sum of dF/F first + last frame).
Run: env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/time -v /usr/bin/python3 calcium_scipy.py DIR [fs] [block]"""
import sys
import time

import numpy as np
from scipy.ndimage import gaussian_filter1d, maximum_filter1d, minimum_filter1d

d = sys.argv[1]
fs = float(sys.argv[2]) if len(sys.argv) > 2 else 30.0
block = int(sys.argv[3]) if len(sys.argv) > 3 else 100
t0 = time.perf_counter()
F = np.load(f'{d}/F.npy', mmap_mode='r')
Fneu = np.load(f'{d}/Fneu.npy', mmap_mode='r')
win = int(60 * fs)
check = 0.0
for u0 in range(0, F.shape[0], block):
    Fc = F[u0:u0 + block].astype(np.float64) - 0.7 * Fneu[u0:u0 + block].astype(np.float64)
    Flow = gaussian_filter1d(Fc, 10, axis=1)  # suite2p: gaussian_filter(F, [0., sig_baseline])
    Flow = minimum_filter1d(Flow, win, axis=1)
    Flow = maximum_filter1d(Flow, win, axis=1)
    dff = (Fc - Flow) / Flow
    check += dff[:, 0].sum() + dff[:, -1].sum()
s = time.perf_counter() - t0
print(f'scipy: {F.shape[0]} units x {F.shape[1]} frames (block {block}) in {s:.2f} s: {F.shape[0] / s:.1f} units/s, '
      f'{F.shape[0] * F.shape[1] / s:.3g} frames/s [checksum {check:.6g}]')
