"""Band power reference for EphysRunTest: scipy Welch with MNE 1.3 psd_array_welch defaults.

Reads the corpus's EDF+/BDF+ files with a minimal EDF parser (header, records, digital -> physical, units to
volts), computes scipy.signal.welch (periodic Hamming, nperseg = nfft = 256, no overlap, constant detrend,
density, mean) per EEG channel at its native rate, and sums the PSD over each classical band [low, high)
times the bin width; relative power divides by the sum over [1, 45).

    python3 make_band_power_reference.py ../../../../../shared/data > band_power_reference.json
"""
import json
import sys
from pathlib import Path

import numpy as np
import scipy
from scipy.signal import welch

BANDS = [("delta", 1, 4), ("theta", 4, 8), ("alpha", 8, 13), ("beta", 13, 30), ("gamma", 30, 45)]
VOLTS = {"uV": 1e-6, "mV": 1e-3, "V": 1.0}
EEG = {"sim_edfplus.edf": ["EEG Fp1", "EEG O2"], "sim_bdfplus.bdf": ["Fz", "Cz", "EXG1"]}


def read_edf(path):
    raw = path.read_bytes()
    bdf = raw[0] == 0xFF
    width = 3 if bdf else 2
    ns = int(raw[252:256])
    records = int(raw[236:244])
    duration = float(raw[244:252])

    def field(offset, size):
        return [raw[256 + offset * ns + i * size:256 + offset * ns + (i + 1) * size].decode("latin-1").strip()
                for i in range(ns)]

    labels = field(0, 16)
    dims = field(16 + 80, 8)
    pmin = [float(v) for v in field(16 + 80 + 8, 8)]
    pmax = [float(v) for v in field(16 + 80 + 16, 8)]
    dmin = [float(v) for v in field(16 + 80 + 24, 8)]
    dmax = [float(v) for v in field(16 + 80 + 32, 8)]
    spr = [int(v) for v in field(16 + 80 + 40 + 80, 8)]
    data = np.frombuffer(raw[256 * (ns + 1):], dtype=np.uint8)
    record_bytes = sum(spr) * width
    data = data[:records * record_bytes].reshape(records, record_bytes)
    signals = {}
    offset = 0
    for i in range(ns):
        chunk = data[:, offset:offset + spr[i] * width].reshape(-1, width).astype(np.int64)
        offset += spr[i] * width
        value = chunk[:, 0] | (chunk[:, 1] << 8)
        if width == 3:
            value |= chunk[:, 2] << 16
        sign = 1 << (8 * width - 1)
        value = np.where(value >= sign, value - 2 * sign, value)
        gain = (pmax[i] - pmin[i]) / (dmax[i] - dmin[i])
        physical = (value - dmin[i]) * gain + pmin[i]
        signals[labels[i]] = (physical * VOLTS.get(dims[i], 1.0), spr[i] / duration)
    return signals


def band_power(x, sfreq):
    f, psd = welch(x, fs=sfreq, window="hamming", nperseg=256, noverlap=0, nfft=256, detrend="constant",
                   scaling="density", average="mean")
    df = f[1] - f[0]
    total = psd[(f >= 1) & (f < 45)].sum() * df
    out = {}
    for name, low, high in BANDS:
        power = psd[(f >= low) & (f < high)].sum() * df
        out[name] = {"fmin": low, "fmax": high, "power": power, "relative_power": power / total}
    return out


def main(shared):
    result = {"software": {"numpy": np.__version__, "scipy": scipy.__version__}, "files": {}}
    for name, channels in EEG.items():
        signals = read_edf(Path(shared) / "eeg" / name)
        result["files"][name] = {ch: band_power(*signals[ch]) for ch in channels}
    json.dump(result, sys.stdout, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])
