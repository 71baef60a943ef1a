"""Reference fixtures for org.neurobeam.preprocess.ephys, computed with MNE-Python 1.3 (Debian python3-mne).

Run: /usr/bin/python3 make_ephys_fixtures.py   (writes the JSON files next to this script)
Outputs of long filters are stored for channel 0 at every STRIDE-th sample to keep the fixtures small.
"""
import json
import os

import mne
import numpy as np
import scipy

mne.set_log_level("ERROR")
HERE = os.path.dirname(os.path.abspath(__file__))
SFREQ = 250.0
N_TIMES = 2500
STRIDE = 4


def signal():
    rng = np.random.default_rng(20260123)
    t = np.arange(N_TIMES) / SFREQ
    x = np.empty((2, N_TIMES))
    x[0] = 20 * np.sin(2 * np.pi * 10 * t) + 8 * np.sin(2 * np.pi * 50 * t) + 3 * np.sin(2 * np.pi * 100 * t)
    x[1] = 15 * np.sin(2 * np.pi * 6 * t + 0.3) + 5 * np.sin(2 * np.pi * 0.4 * t) + 4 * np.sin(2 * np.pi * 50 * t)
    x += rng.standard_normal(x.shape) * 5 + np.array([[30.0], [-12.0]])
    return x


def ch0(y):
    return y[0, ::STRIDE].tolist()


def write(name, payload):
    payload["versions"] = {"mne": mne.__version__, "scipy": scipy.__version__, "numpy": np.__version__}
    with open(os.path.join(HERE, name), "w") as f:
        json.dump(payload, f, separators=(",", ":"))


x = signal()
fir = []
# band-stop needs explicit transition bands: with 'auto' MNE 1.3 raises "Stop bands are not sufficiently separated"
for l_freq, h_freq, tb in [(None, 40.0, "auto"), (1.0, None, "auto"), (1.0, 40.0, "auto"), (55.0, 45.0, 2.0)]:
    h = mne.filter.create_filter(x, SFREQ, l_freq, h_freq, l_trans_bandwidth=tb, h_trans_bandwidth=tb,
                                 fir_design="firwin")
    y = mne.filter.filter_data(x, SFREQ, l_freq, h_freq, l_trans_bandwidth=tb, h_trans_bandwidth=tb, method="fir",
                               phase="zero", fir_window="hamming", fir_design="firwin", pad="reflect_limited")
    fir.append({"l_freq": l_freq, "h_freq": h_freq, "trans": None if tb == "auto" else tb, "h": h.tolist(),
                "y0": ch0(y)})
# design parameters only (length), at other rates
lengths = []
for sfreq, l_freq, h_freq in [(1000.0, 0.1, None), (1000.0, 0.5, 30.0), (512.0, 1.0, 100.0), (2048.0, None, 300.0),
                              (1000.0, 8.0, 12.0), (200.0, 1.0, 98.0)]:
    h = mne.filter.create_filter(None, sfreq, l_freq, h_freq)
    lengths.append({"sfreq": sfreq, "l_freq": l_freq, "h_freq": h_freq, "length": len(h),
                    "center": h[len(h) // 2], "sum": float(np.sum(h)), "sumsq": float(np.sum(h * h))})
short = x[:, :300]
short_h = mne.filter.filter_data(short, SFREQ, 1.0, None)
notch = mne.filter.notch_filter(x, SFREQ, np.array([50.0, 100.0]))
iir = []
for l_freq, h_freq in [(None, 40.0), (1.0, None), (1.0, 40.0)]:
    p = mne.filter.create_filter(x, SFREQ, l_freq, h_freq, method="iir")
    y = mne.filter.filter_data(x, SFREQ, l_freq, h_freq, method="iir")
    iir.append({"l_freq": l_freq, "h_freq": h_freq, "sos": p["sos"].tolist(), "padlen": int(p["padlen"]),
                "y0": ch0(y)})
short_iir = mne.filter.filter_data(short, SFREQ, 1.0, 40.0, method="iir")  # padlen 395 > 299 samples
write("filters.json", {"sfreq": SFREQ, "stride": STRIDE, "x": x.tolist(), "fir": fir, "lengths": lengths,
                       "short_highpass": short_h.tolist(),
                       "short_iir_bandpass": short_iir.tolist(), "notch": {"freqs": [50.0, 100.0], "y0": ch0(notch)},
                       "iir": iir})

resampled = []
for new_sfreq in [100.0, 500.0, 128.0]:
    for npad in ["auto", 100]:
        y = mne.filter.resample(x, new_sfreq, SFREQ, npad=npad)
        resampled.append({"new_sfreq": new_sfreq, "npad": npad, "n": y.shape[1], "y0": y[0, ::STRIDE].tolist(),
                          "y1_edges": y[1, :20].tolist() + y[1, -20:].tolist()})
tiny = mne.filter.resample(x[:, :50], 100.0, SFREQ, npad=100)  # pads longer than the signal: zero-filled
write("resample.json", {"sfreq": SFREQ, "stride": STRIDE, "cases": resampled, "tiny_npad100": tiny.tolist()})

info = mne.create_info(["Fz", "LA1"], SFREQ, ["eeg", "seeg"])
raw = mne.io.RawArray(x * 1e-6, info)
events = np.array([[30, 0, 1], [100, 0, 1], [600, 0, 2], [1200, 0, 1], [1900, 0, 2], [2450, 0, 1]])
reject = {"eeg": 75e-6, "seeg": 54.8e-6}
epochs = mne.Epochs(raw, events, tmin=-0.2, tmax=0.5, baseline=(None, 0), reject=reject, preload=True)
plain = mne.Epochs(raw, events, tmin=-0.2, tmax=0.5, baseline=None, preload=True)
odd = mne.Epochs(raw, events, tmin=-0.1, tmax=0.3, baseline=(-0.05, 0.02), preload=True)
ptp = [[float(np.ptp(e[c])) for c in range(2)] for e in plain.get_data()]
write("epochs.json", {"sfreq": SFREQ, "events": events.tolist(), "reject": reject,
                      "kept": epochs.selection.tolist(), "drop_log": [list(d) for d in epochs.drop_log],
                      "times": epochs.times.tolist(), "data": epochs.get_data().tolist(),
                      "plain_selection": plain.selection.tolist(), "plain_ptp": ptp,
                      "odd_times": odd.times.tolist(), "odd_data": odd.get_data()[:, :, :].tolist()})

welch = []
for kwargs in [{}, {"n_overlap": 128}, {"n_fft": 512, "n_per_seg": 200, "n_overlap": 50, "fmin": 1.0, "fmax": 45.0},
               {"n_fft": 300}]:
    psd, freqs = mne.time_frequency.psd_array_welch(x, SFREQ, **kwargs)
    welch.append({"kwargs": kwargs, "freqs": freqs.tolist(), "psd": psd.tolist()})
psd, freqs = mne.time_frequency.psd_array_welch(x, SFREQ)
bands = {"delta": (1, 4), "theta": (4, 8), "alpha": (8, 13), "beta": (13, 30), "gamma": (30, 45)}
df = freqs[1] - freqs[0]
absolute = {k: (psd[:, (freqs >= lo) & (freqs < hi)].sum(-1) * df).tolist() for k, (lo, hi) in bands.items()}
total = psd[:, (freqs >= 1) & (freqs < 45)].sum(-1) * df
relative = {k: (np.array(v) / total).tolist() for k, v in absolute.items()}
write("welch.json", {"sfreq": SFREQ, "cases": welch, "band_absolute": absolute, "band_relative": relative})

ref_names = ["LA1", "LA2", "LA3", "LB1", "LB2", "Cz"]
ref_data = np.round(np.random.default_rng(5).standard_normal((6, 8)), 3)
ref_info = mne.create_info(ref_names, 100.0, "eeg")
ref_info["bads"] = ["LB2"]
ref_raw = mne.io.RawArray(ref_data, ref_info)
avg = ref_raw.copy().set_eeg_reference("average", projection=False).get_data()
cz = ref_raw.copy().set_eeg_reference(["Cz"]).get_data()
two = ref_raw.copy().set_eeg_reference(["Cz", "LB1"]).get_data()
bip = mne.set_bipolar_reference(ref_raw.copy(), ["LA1", "LA2", "LB1"], ["LA2", "LA3", "LB2"], on_bad="ignore")
write("reference.json", {"names": ref_names, "bads": ["LB2"], "data": ref_data.tolist(), "average": avg.tolist(),
                         "cz": cz.tolist(), "cz_lb1": two.tolist(), "bipolar_names": bip.ch_names,
                         "bipolar": bip.get_data().tolist()})
