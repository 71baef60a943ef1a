"""Independent reference for the voxel GLM (run with Debian's python3: numpy, scipy, statsmodels).

Writes voxel_glm_fixture.json: a design X (n = 80: constant, linear trend, two pseudo-random
regressors "a", "b") and four voxel series Y (baseline ~1000, AR(1) noise), stored in float64 so the
Java test can write them losslessly as a 2 x 2 x 1 x 80 NIfTI. For the contrast a - b:
* ols: statsmodels OLS params, scale (residual variance), t, one-sided upper p (scipy t.sf) and
  z = norm.isf(p), or -norm.isf(t.cdf) where p >= 0.5 (nilearn's z_score keeps the lower tail);
* ar1: OLS residuals -> statsmodels yule_walker(order=1, method="adjusted") (autocovariances over
  n - k, demeaned: nilearn >= 0.9's _yule_walker) -> truncated to a multiple of 1/100 as nilearn's
  (ar1 * bins).astype(int) / bins -> rows 1.. replaced by x_t - rho x_{t-1}, row 0 kept (nilearn's
  ARModel.whiten) -> statsmodels OLS on the whitened design and data; same outputs plus rho;
* ar1_scaled: the same after nilearn's mean scaling, 100 * (y / max(mean, 1) - 1).
"""
import json

import numpy as np
import scipy.stats as st
import statsmodels.api as sm
from statsmodels.regression.linear_model import yule_walker

rng = np.random.default_rng(20261124)
n, bins = 80, 100
t = np.arange(n, dtype=float)
X = np.column_stack([np.ones(n), (t - t.mean()) / n, rng.standard_normal(n), rng.standard_normal(n)])
names = ["constant", "trend", "a", "b"]
contrast = np.array([0.0, 0.0, 1.0, -1.0])
beta = np.array([[1000.0, 850.0, 1200.0, 640.0], [2.0, 0.0, -5.0, 1.0],
                 [3.0, 0.0, 0.5, -1.0], [0.0, 0.0, -0.5, 2.0]])
noise = np.zeros((n, 4))
rhos = [0.4, -0.2, 0.6, 0.1]
for v in range(4):
    e = 0.0
    for i in range(n):
        e = rhos[v] * e + rng.standard_normal() * (1.0 + v)
        noise[i, v] = e
Y = X @ beta + noise


def ols(Xd, y):
    r = sm.OLS(y, Xd).fit()
    tt = r.t_test(contrast)
    tv = float(np.asarray(tt.tvalue).ravel()[0])
    p = float(st.t.sf(tv, r.df_resid))
    # nilearn's z_score(p, one_minus_p): the lower tail from 1 - p = t.cdf, keeping its precision
    z = float(st.norm.isf(p)) if p < 0.5 else -float(st.norm.isf(st.t.cdf(tv, r.df_resid)))
    return r, {"params": r.params.tolist(), "scale": float(r.scale), "t": tv,
               "effect": float(np.asarray(tt.effect).ravel()[0]), "p": p, "z": z}


def whiten(m, rho):
    w = m.copy()
    w[1:] = m[1:] - rho * m[:-1]
    return w


def ar1(Yd):
    out = []
    for v in range(Yd.shape[1]):
        fit, _ = ols(X, Yd[:, v])
        rho_hat, _ = yule_walker(fit.resid, order=1, method="adjusted", demean=True)
        rho = int(rho_hat[0] * bins) / bins
        _, ref = ols(whiten(X, rho), whiten(Yd[:, v], rho))
        ref["rho"] = rho
        ref["rho_estimate"] = float(rho_hat[0])
        out.append(ref)
    return out


scaled = 100 * (Y / np.maximum(Y.mean(axis=0), 1) - 1)
fixture = {
    "names": names,
    "contrast": contrast.tolist(),
    "X": X.tolist(),
    "Y": Y.tolist(),
    "ols": [ols(X, Y[:, v])[1] for v in range(4)],
    "ar1": ar1(Y),
    "ar1_scaled": ar1(scaled),
}
with open("voxel_glm_fixture.json", "w") as f:
    json.dump(fixture, f, indent=1)
    f.write("\n")
