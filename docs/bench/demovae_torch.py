"""DemoVAE training-step time and inference throughput in PyTorch, for comparison with DemoVaeBenchmark (Java/DJL).

Usage (Debian's PyTorch):  /usr/bin/python3 docs/bench/demovae_torch.py small|power264 EPOCHS THREADS
Same architecture (Linear F->hidden, ReLU, Linear->latent; decoder on [z, demographics]) and the same five
losses with the reference weights (Orlichenko et al. 2024: reconstruction 100, covariance 1, mean 1,
decorrelation 10, guidance 0.001 on 100 generated samples) as NeuroBeam's DemoVaeObjective. The guidance read-outs
are fixed random linear maps here (their fitting is outside the timed steps on both sides). Sizes as in
DemoVaeBenchMain: small = 20 regions (190 edges), hidden 64, latent 6, 1000 subjects, batch 200, age + sex;
power264 = 34716 edges, hidden 1000, latent 60, 500 subjects, batch 100, age only.
"""
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

size, epochs, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
torch.set_num_threads(threads)
torch.manual_seed(1)
full = size == "power264"
features, hidden, latent = (34716, 1000, 60) if full else (190, 64, 6)
subjects, batch = (500, 100) if full else (1000, 200)
widths = [1] if full else [1, 2]  # age (z-scored), then sex one-hot
demo_width = sum(widths)

x = 0.3 * torch.randn(subjects, features)
age = torch.randn(subjects, 1)
demo = age if full else torch.cat([age, F.one_hot(torch.randint(0, 2, (subjects,)), 2).float()], 1)
guide_w = 0.01 * torch.randn(features, demo_width)
guide_b = torch.zeros(demo_width)

enc1, enc2 = torch.nn.Linear(features, hidden), torch.nn.Linear(hidden, latent)
dec1, dec2 = torch.nn.Linear(latent + demo_width, hidden), torch.nn.Linear(hidden, features)
params = [p for m in (enc1, enc2, dec1, dec2) for p in m.parameters()]
optim = torch.optim.Adam(params, lr=1e-4)


def encode(v):
    return enc2(F.relu(enc1(v)))


def decode(z, d):
    return dec2(F.relu(dec1(torch.cat([z, d], 1))))


def rmse(a):
    return a.pow(2).mean().sqrt()


def loss(xb, db):
    z = encode(xb)
    y = decode(z, db)
    n = len(xb)
    cov = rmse(z.T @ z - n * torch.eye(latent))
    mean = rmse(z.mean(0))
    centred = db - db.mean(0, keepdim=True)
    sd = centred.pow(2).mean(0).sqrt()
    coef = (centred.T @ z) / (sd[:, None] * z.pow(2).sum(0)[None, :] + 1e-8)
    decor = coef.pow(2).mean(1).sqrt().sum()
    gen_demo = torch.randn(100, 1) if full else torch.cat(
        [torch.randn(100, 1), F.one_hot(torch.full((100,), np.random.randint(2)), 2).float()], 1)
    scores = decode(torch.randn(100, latent), gen_demo) @ guide_w + guide_b
    guide = rmse(scores[:, 0] - gen_demo[:, 0])
    for k in range(1, demo_width):
        sign = -2.0 if gen_demo[0, k] == 1 else 2.0
        guide = guide + F.softplus(sign * scores[:, k]).mean()
    return 100 * rmse(xb - y) + cov + mean + 10 * decor + 0.001 * guide


step_times = []
for epoch in range(epochs):
    order = torch.randperm(subjects)
    start = time.perf_counter()
    steps = 0
    for b in range(0, subjects, batch):
        idx = order[b:b + batch]
        optim.zero_grad()
        loss(x[idx], demo[idx]).backward()
        optim.step()
        steps += 1
    if epoch > 0:
        step_times.append((time.perf_counter() - start) / steps)

with torch.no_grad():
    encode(x)
    start = time.perf_counter()
    encode(x)
    batched = subjects / (time.perf_counter() - start)
    single = min(subjects, 200)
    rows, cols = np.triu_indices(264 if full else 20, 1)
    mats = []
    for i in range(single):
        m = np.eye(264 if full else 20)
        m[rows, cols] = x[i].numpy()
        mats.append(m + np.triu(m, 1).T)
    start = time.perf_counter()
    for m in mats:
        encode(torch.from_numpy(m[rows, cols]).float()[None, :])
    per_recording = single / (time.perf_counter() - start)

print(f"torch {torch.__version__} {size} threads={threads}: {np.mean(step_times):.5f} s/step over "
      f"{len(step_times)} epochs, {batched:.0f} recordings/s batched, {per_recording:.0f} recordings/s one by one")
