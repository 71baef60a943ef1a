"""Reference fits of scikit-learn's Ridge and LogisticRegression for LinearModelsTest.

Run with Debian's interpreter from this folder:  /usr/bin/python3 make_fixtures.py
Data: 80 samples of 6 features (numpy seed 3); a continuous target, a binary and a 3-class label; 40 samples of
300 features (more features than samples) with a binary and a 3-class label. Fits use the
DemoVAE guidance settings (Ridge alpha=100 with more features than the dual branch needs and alpha=1; logistic
C=100 and C=0.5) with tight tolerances, and reference.json stores the data and the coefficients.
"""
import json

import numpy as np
import sklearn
from sklearn.linear_model import LogisticRegression, Ridge

rng = np.random.default_rng(3)
x = rng.normal(size=(80, 6))
y = x @ np.array([1.0, -2.0, 0.5, 0.0, 3.0, -1.0]) + 0.7 + rng.normal(scale=0.5, size=80)
binary = (x[:, 0] - x[:, 1] + rng.normal(scale=1.0, size=80) > 0).astype(int)
three = np.argmax(x[:, :3] + rng.normal(scale=1.0, size=(80, 3)), axis=1)
wide = rng.normal(size=(10, 30))
wide_y = wide @ rng.normal(size=30)
tall_wide = rng.normal(size=(40, 300))
wide_binary = (tall_wide[:, 0] + tall_wide[:, 1] + rng.normal(size=40) > 0).astype(int)
wide_three = np.argmax(tall_wide[:, :3] + rng.normal(size=(40, 3)), axis=1)

out = {"sklearn": sklearn.__version__, "x": x.tolist(), "y": y.tolist(), "binary": binary.tolist(),
       "three": three.tolist(), "wide": wide.tolist(), "wide_y": wide_y.tolist(),
       "tall_wide": tall_wide.tolist(), "wide_binary": wide_binary.tolist(), "wide_three": wide_three.tolist()}
for alpha in (1.0, 100.0):
    r = Ridge(alpha=alpha).fit(x, y)
    out[f"ridge_{alpha:g}"] = {"coef": r.coef_.tolist(), "intercept": float(r.intercept_)}
r = Ridge(alpha=1.0).fit(wide, wide_y)
out["ridge_wide"] = {"coef": r.coef_.tolist(), "intercept": float(r.intercept_)}
for c in (100.0, 0.5):
    for name, labels in (("binary", binary), ("three", three)):
        m = LogisticRegression(C=c, tol=1e-10, max_iter=10000).fit(x, labels)
        out[f"logistic_{name}_{c:g}"] = {"coef": m.coef_.tolist(), "intercept": m.intercept_.tolist()}
for name, labels in (("binary", wide_binary), ("three", wide_three)):
    m = LogisticRegression(C=100.0, tol=1e-10, max_iter=100000).fit(tall_wide, labels)
    out[f"logistic_wide_{name}"] = {"coef": m.coef_.tolist(), "intercept": m.intercept_.tolist()}
with open("reference.json", "w") as f:
    json.dump(out, f)
print({k: v for k, v in out.items() if k.startswith(("ridge", "logistic"))})
