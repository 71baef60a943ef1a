"""Independent references for the GLM tests (run with Debian's python3: numpy, scipy, statsmodels).

Writes glm_fixture.json:
* ols: a small design (intercept, linear trend, two pseudo-random regressors) and three responses;
  statsmodels OLS params, scale (residual variance), t values of contrast [0, 0, 1, -1] and its
  one-sided upper p-value (scipy t.sf);
* ar1: the same design and responses with AR(1) noise; OLS residuals -> lag-1 Yule-Walker
  coefficient as nilearn >= 0.9 (autocovariances over n - k):
  [sum(r[:-1] r[1:]) / (n - 1)] / [sum(r^2) / n] -> truncated to 1/100 -> rows 1.. replaced by
  x_t - rho x_{t-1} (row 0 kept, nilearn's ARModel.whiten) -> statsmodels OLS on the whitened data;
* ols.f / ols.f_p: statsmodels f_test of the rows [0, 0, 1, 0] and [0, 0, 0, 1];
* distributions: scipy.stats t / f / norm values at chosen points;
* hrf: nilearn's difference-of-gammas kernels written from its documented formula with
  scipy.stats.gamma.pdf(t, delay / dispersion, loc=dt, scale=dispersion) (t_r 2, oversampling 4);
* design: a numpy re-derivation of nilearn's event sampling (linspace grid from t0 + min_onset,
  searchsorted onsets/offsets, cumsum boxcar, np.convolve, scipy interp1d at frame times,
  Gram-Schmidt of the derivative) for a glover + derivative model, no drift.
"""
import json
import numpy as np
import scipy
import scipy.stats as st
import statsmodels
import statsmodels.api as sm

rng = np.random.default_rng(20261123)
n = 60
t = np.arange(n, dtype=float)
X = np.column_stack([np.ones(n), (t - t.mean()) / n, rng.standard_normal(n), rng.standard_normal(n)])
beta = np.array([[10.0, -3.0, 0.5], [2.0, 0.0, 1.0], [1.5, 0.2, -0.7], [0.3, 0.2, 0.4]])
white = rng.standard_normal((n, 3))
Y = X @ beta + white
contrast = np.array([0.0, 0.0, 1.0, -1.0])


def fit(Xd, Yd):
    out = {"params": [], "scale": [], "t": [], "p": [], "df_resid": None}
    for u in range(Yd.shape[1]):
        r = sm.OLS(Yd[:, u], Xd).fit()
        tt = r.t_test(contrast)
        out["params"].append(r.params.tolist())
        out["scale"].append(float(r.scale))
        tval = float(np.asarray(tt.tvalue).ravel()[0])
        out["t"].append(tval)
        out["p"].append(float(st.t.sf(tval, r.df_resid)))
        out["df_resid"] = float(r.df_resid)
        if Yd.shape[1] > 1:
            ft = r.f_test(np.array([[0, 0, 1.0, 0], [0, 0, 0, 1.0]]))
            out.setdefault("f", []).append(float(np.asarray(ft.fvalue).ravel()[0]))
            out.setdefault("f_p", []).append(float(ft.pvalue))
    return out


ols = fit(X, Y)

noise = np.zeros((n, 3))
e = rng.standard_normal((n, 3))
for i in range(n):
    noise[i] = e[i] if i == 0 else 0.4 * noise[i - 1] + e[i]
Y_ar = X @ beta + noise
res = Y_ar - X @ np.linalg.lstsq(X, Y_ar, rcond=None)[0]
res = res - res.mean()
rho_raw = ((res[:-1] * res[1:]).sum(0) / (n - 1)) / ((res ** 2).sum(0) / n)
rho = (rho_raw * 100).astype(int) / 100.0
ar = {"params": [], "scale": [], "t": [], "p": []}
for u in range(3):
    Xw = X.copy()
    Xw[1:] = X[1:] - rho[u] * X[:-1]
    yw = Y_ar[:, u].copy()
    yw[1:] = Y_ar[1:, u] - rho[u] * Y_ar[:-1, u]
    r = fit(Xw, yw[:, None])
    for k in ar:
        ar[k].append(r[k][0])
ar["rho_raw"] = rho_raw.tolist()
ar["rho"] = rho.tolist()

tpts = [-40.0, -6.0, -2.5, -0.3, 0.0, 0.7, 1.96, 3.5, 8.0, 25.0]
tdofs = [1.0, 2.0, 5.0, 30.0, 200.0, 2000.0]
fpts = [0.05, 0.5, 1.0, 2.5, 7.0, 40.0]
fdofs = [[1, 10], [2, 30], [3, 100], [7, 250], [20, 20]]
ppts = [1e-300, 1e-100, 1e-20, 1e-8, 0.001, 0.025, 0.2, 0.5, 0.8, 0.975, 0.999999]
xpts = [-36.0, -10.0, -3.0, -1.0, 0.0, 0.5, 1.96, 5.0, 12.0, 37.0]
dist = {
    "t": [{"t": x, "dof": d, "sf": float(st.t.sf(x, d)), "cdf": float(st.t.cdf(x, d))} for d in tdofs for x in tpts],
    "f": [{"f": x, "d1": a, "d2": b, "sf": float(st.f.sf(x, a, b)), "cdf": float(st.f.cdf(x, a, b))}
          for a, b in fdofs for x in fpts],
    "norm_ppf": [{"p": p, "ppf": float(st.norm.ppf(p)), "isf": float(st.norm.isf(p))} for p in ppts],
    "norm_sf": [{"x": x, "sf": float(st.norm.sf(x)), "cdf": float(st.norm.cdf(x))} for x in xpts],
}

from scipy.interpolate import interp1d


def gamma_difference(tr, oversampling, onset=0.0, delay=6.0, undershoot=16.0, dispersion=1.0,
                     u_dispersion=1.0, ratio=0.167, time_length=32.0):
    dt = tr / oversampling
    ts = np.linspace(0, time_length, np.rint(time_length / dt).astype(int)) - onset
    h = (st.gamma.pdf(ts, delay / dispersion, loc=dt, scale=dispersion)
         - ratio * st.gamma.pdf(ts, undershoot / u_dispersion, loc=dt, scale=u_dispersion))
    return h / h.sum()


glover = dict(undershoot=12.0, dispersion=0.9, u_dispersion=0.9, ratio=0.48)
hrf = {
    "tr": 2.0, "oversampling": 4,
    "spm": gamma_difference(2.0, 4).tolist(),
    "glover": gamma_difference(2.0, 4, **glover).tolist(),
    "spm_time_derivative": ((gamma_difference(2.0, 4) - gamma_difference(2.0, 4, onset=0.1)) / 0.1).tolist(),
    "glover_dispersion_derivative": ((gamma_difference(2.0, 4, undershoot=12.0, ratio=0.48, dispersion=0.9)
                                      - gamma_difference(2.0, 4, undershoot=12.0, ratio=0.48, dispersion=0.91))
                                     / 0.01).tolist(),
}

tr, n_scans, over, min_onset = 2.0, 40, 50, -24.0
frame_times = np.linspace(0, (n_scans - 1) * tr, n_scans)
events = [("b", 12.0, 4.0, 1.0), ("a", 3.3, 0.0, 1.0), ("a", 41.0, 10.0, 2.0), ("b", 60.7, 1.5, -0.5)]
nf = frame_times.size
n_hr = (nf - 1) / (frame_times.max() - frame_times.min()) * (
    frame_times.max() * (1 + 1 / (nf - 1)) - frame_times.min() - min_onset) * over + 1
grid = np.linspace(frame_times.min() + min_onset, frame_times.max() * (1 + 1 / (nf - 1)), np.rint(n_hr).astype(int))
columns, names = [], []
for cond in sorted({e[0] for e in events}):
    ev = [e for e in events if e[0] == cond]
    ons = np.array([e[1] for e in ev]); dur = np.array([e[2] for e in ev]); amp = np.array([e[3] for e in ev])
    reg = np.zeros(grid.size)
    t_on = np.minimum(np.searchsorted(grid, ons), grid.size - 1)
    t_off = np.minimum(np.searchsorted(grid, ons + dur), grid.size - 1)
    t_off = np.where((t_off < grid.size - 1) & (t_off == t_on), t_off + 1, t_off)
    np.add.at(reg, t_on, amp)
    np.add.at(reg, t_off, -amp)
    reg = np.cumsum(reg)
    kernels = [gamma_difference(tr, over, **glover),
               (gamma_difference(tr, over, **glover) - gamma_difference(tr, over, onset=0.1, **glover)) / 0.1]
    cols = np.array([interp1d(grid, np.convolve(reg, k)[:reg.size])(frame_times) for k in kernels]).T
    cols[:, 1] -= cols[:, 0] * (cols[:, 0] @ cols[:, 1]) / (cols[:, 0] @ cols[:, 0])
    columns.append(cols)
    names += [cond, cond + "_derivative"]
design = {"tr": tr, "n_scans": n_scans, "oversampling": over, "min_onset": min_onset,
          "events": [{"trial_type": e[0], "onset": e[1], "duration": e[2], "modulation": e[3]} for e in events],
          "names": names, "matrix": np.hstack(columns).tolist()}

json.dump({
    "software": {"numpy": np.__version__, "scipy": scipy.__version__, "statsmodels": statsmodels.__version__},
    "X": X.tolist(), "Y_ols": Y.tolist(), "Y_ar1": Y_ar.tolist(), "contrast": contrast.tolist(),
    "ols": ols, "ar1": ar, "distributions": dist, "hrf": hrf, "design": design,
}, open("glm_fixture.json", "w"), indent=1)
