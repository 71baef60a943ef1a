#!/usr/bin/python3
"""h5py baseline of `neurobeam bench nwb`: the RoiResponseSeries data read in time chunks (float32 as
stored; the Java reader returns float64). Prints the Java bench's checksum (first value + last value of
each chunk). Run: env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/time -v /usr/bin/python3 nwb_h5py.py
FILE.nwb [chunk]"""
import sys
import time

import h5py

chunk = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
t0 = time.perf_counter()
with h5py.File(sys.argv[1], 'r') as f:
    d = f['/processing/ophys/Fluorescence/RoiResponseSeries/data']
    frames, rois = d.shape
    check = 0.0
    for t in range(0, frames, chunk):
        x = d[t:t + chunk]
        check += float(x[0, 0]) + float(x[-1, -1])
s = time.perf_counter() - t0
mb = frames * rois * 4 / 1e6
print(f'h5py {h5py.__version__}: {frames} frames x {rois} ROIs in {s:.2f} s: {mb / s:.1f} MB/s of float32 data'
      f' [checksum {check:.6g}]')
