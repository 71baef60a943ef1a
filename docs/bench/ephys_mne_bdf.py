#!/usr/bin/python3
"""MNE baseline of `neurobeam bench ephys`: read_raw_bdf(preload=False).get_data() on the same BDF.
Run: env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/time -v /usr/bin/python3 ephys_mne_bdf.py FILE.bdf"""
import sys
import time

t0 = time.perf_counter()
import mne  # noqa: E402
t1 = time.perf_counter()
raw = mne.io.read_raw_bdf(sys.argv[1], preload=False, verbose='error')
data = raw.get_data()
t2 = time.perf_counter()
step = int(round(10 * raw.info['sfreq']))  # the samples of one 10 s window of the Java bench
print(f'mne {mne.__version__}: import {t1 - t0:.2f} s; read_raw_bdf + get_data {t2 - t1:.2f} s, shape {data.shape},'
      f' {data.nbytes / 1e6:.0f} MB float64 in memory; Java bench checksum (10 s windows)'
      f' {data[:, 0::step].sum() + data[:, step - 1::step].sum():.6g}')
