"""BrainMAE CPU cost in PyTorch, the same architecture as org.neurobeam.encoders.brainmae (a measurement, not a test).

Mirrors BrainMaeBenchmark (`neurobeam bench brainmae`): the notes' mini configuration (models.md section 1.7: 16-frame
segments, ROI embeddings 32, width 64, 2 graph blocks, 2 temporal layers, 4 heads, feed-forward 128, mask ratio
U(0, 0.8), loss 0.75 masked / 0.25 visible), planted-network data, AdamW 1e-3 with weight decay 0.01, and reports
the mean seconds per training step after a warm-up epoch and the recordings per second embedded one at a time
(z-score, segment, forward).

Run with Debian's interpreter: /usr/bin/python3 docs/bench/brainmae_torch.py REGIONS TIMEPOINTS RECORDINGS EPOCHS
BATCH THREADS  (e.g. 32 256 64 3 16 1).
"""
import math
import sys
import time

import numpy as np
import torch
from torch import nn

SEGMENT, EMBED, WIDTH, BLOCKS, LAYERS, HEADS, HIDDEN = 16, 32, 64, 2, 2, 4, 128


class GraphAttention(nn.Module):
    """Embedding-informed ROI attention: one softmax graph from the ROI embeddings, self-loops removed."""

    def __init__(self):
        super().__init__()
        self.query, self.key = nn.Linear(EMBED, EMBED), nn.Linear(EMBED, EMBED)
        self.value, self.output = nn.Linear(WIDTH, WIDTH), nn.Linear(WIDTH, WIDTH)
        self.norm = nn.LayerNorm(WIDTH)
        self.ff = nn.Sequential(nn.Linear(WIDTH, HIDDEN), nn.GELU(), nn.Linear(HIDDEN, WIDTH))

    def forward(self, tokens, embeddings):
        b, s, n, _ = tokens.shape
        eh, dh = EMBED // HEADS, WIDTH // HEADS
        q = self.query(embeddings).reshape(n, HEADS, eh).transpose(0, 1)
        k = self.key(embeddings).reshape(n, HEADS, eh).transpose(0, 1)
        logits = q @ k.transpose(1, 2) / math.sqrt(eh) - 1e4 * torch.eye(n)
        weights = logits.softmax(-1)
        values = self.value(tokens).reshape(b, s, n, HEADS, dh).permute(3, 2, 0, 1, 4).reshape(HEADS, n, b * s * dh)
        mixed = (weights @ values).reshape(HEADS, n, b, s, dh).permute(2, 3, 1, 0, 4).reshape(b, s, n, WIDTH)
        tokens = tokens + self.output(mixed)
        return tokens + self.ff(self.norm(tokens))


class BrainMae(nn.Module):
    def __init__(self, regions):
        super().__init__()
        self.roi_embeddings = nn.Parameter(torch.randn(regions, EMBED))
        self.mask_token = nn.Parameter(0.02 * torch.randn(WIDTH))
        self.signal, self.identity = nn.Linear(SEGMENT, WIDTH), nn.Linear(EMBED, WIDTH)
        self.graph = nn.ModuleList(GraphAttention() for _ in range(BLOCKS))
        self.temporal = nn.ModuleList(nn.TransformerEncoderLayer(WIDTH, HEADS, HIDDEN, dropout=0.0, activation="gelu",
                                                                 batch_first=True, norm_first=True)
                                      for _ in range(LAYERS))
        self.final_norm = nn.LayerNorm(WIDTH)
        self.context = nn.Linear(WIDTH, WIDTH)
        self.readout = nn.Sequential(nn.Linear(WIDTH, WIDTH), nn.GELU(), nn.Linear(WIDTH, SEGMENT))
        for module in self.modules():
            if isinstance(module, nn.Linear):
                nn.init.xavier_uniform_(module.weight)
                nn.init.zeros_(module.bias)

    def forward(self, segments, visible):
        shown = visible.unsqueeze(3)
        tokens = self.signal(segments) * shown + (1 - shown) * self.mask_token + self.identity(self.roi_embeddings)
        for block in self.graph:
            tokens = block(tokens, self.roi_embeddings)
        states = tokens.mean(2) + positions(segments.shape[1])
        for layer in self.temporal:
            states = layer(states)
        states = self.final_norm(states)
        return self.readout(tokens + self.context(states).unsqueeze(2)), states


def positions(count):
    p = torch.arange(count, dtype=torch.float32).unsqueeze(1)
    i = torch.arange(WIDTH)
    angle = p * torch.pow(10000.0, -(i - i % 2).float() / WIDTH)
    return torch.where(i % 2 == 0, torch.sin(angle), torch.cos(angle))


def masking(b, s, n, generator):
    ratio = 0.8 * torch.rand(b, 1, 1, generator=generator)
    hidden = torch.clamp(torch.round(ratio * n), max=n - 1)
    rank = torch.rand(b, s, n, generator=generator).argsort(-1).argsort(-1)
    return (rank >= hidden).float()


def loss(reconstruction, target, visible):
    squared = (reconstruction - target).square().mean(3)
    masked = (squared * (1 - visible)).sum() / (1 - visible).sum().clamp(min=1)
    shown = (squared * visible).sum() / visible.sum().clamp(min=1)
    return 0.75 * masked + 0.25 * shown


def planted(regions, timepoints, recordings, rng):
    """k = 4 AR(1) networks (phi 0.9), ROI = loading x signal + unit noise, as PlantedNetworkCohort."""
    membership = rng.permutation(np.arange(regions) % 4)
    loadings = 0.5 + rng.random(regions)
    out = []
    for _ in range(recordings):
        latent = np.zeros((timepoints, 4))
        latent[0] = rng.standard_normal(4)
        for t in range(1, timepoints):
            latent[t] = 0.9 * latent[t - 1] + math.sqrt(1 - 0.81) * rng.standard_normal(4)
        out.append(loadings * latent[:, membership] + rng.standard_normal((timepoints, regions)))
    return out


def segment(signals):
    z = (signals - signals.mean(0)) / signals.std(0, ddof=1)
    count = z.shape[0] // SEGMENT
    return torch.tensor(z[:count * SEGMENT].reshape(count, SEGMENT, -1).transpose(0, 2, 1), dtype=torch.float32)


def main():
    regions, timepoints, recordings, epochs, batch, threads = map(int, sys.argv[1:7])
    torch.set_num_threads(threads)
    torch.manual_seed(0)
    generator = torch.Generator().manual_seed(1)
    data = planted(regions, timepoints, recordings, np.random.default_rng(1))
    windows = torch.stack([segment(x) for x in data])
    model = BrainMae(regions)
    optimiser = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=0.01)
    print("parameters", sum(p.numel() for p in model.parameters()))
    timed, steps = 0.0, 0
    for epoch in range(epochs):
        start = time.perf_counter()
        order = torch.randperm(recordings, generator=generator)
        for first in range(0, recordings, batch):
            x = windows[order[first:first + batch]]
            visible = masking(x.shape[0], x.shape[1], regions, generator)
            optimiser.zero_grad()
            loss(model(x, visible)[0], x, visible).backward()
            optimiser.step()
            steps += epoch > 0
        timed += (time.perf_counter() - start) if epoch > 0 else 0.0
    model.eval()
    with torch.no_grad():
        model(segment(data[0]).unsqueeze(0), torch.ones(1, timepoints // SEGMENT, regions))
        start = time.perf_counter()
        for signals in data:
            x = segment(signals).unsqueeze(0)
            model(x, torch.ones(1, x.shape[1], regions))
        rate = recordings / (time.perf_counter() - start)
    print(f"seconds per step {timed / max(steps, 1):.4f} over {steps} steps; inference {rate:.1f} recordings/s")


if __name__ == "__main__":
    main()
