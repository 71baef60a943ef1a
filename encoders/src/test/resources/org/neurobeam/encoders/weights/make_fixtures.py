"""Writes the TorchScript / state-dict fixtures of WeightImportTest with Debian's PyTorch.

Run with Debian's interpreter from this folder:  /usr/bin/python3 make_fixtures.py
A 4 -> 8 -> ReLU -> 2 MLP (torch.manual_seed(7)) is saved three ways: traced TorchScript (mlp.pt), a
safetensors state dict (mlp.safetensors, written by hand after the format spec, with extra tensors of other
dtypes) and an npz state dict (mlp.npz). reference.json holds the inputs, the outputs torch computed and the
extra tensors' values.
"""
import json
import struct

import numpy as np
import torch

torch.manual_seed(7)
mlp = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.ReLU(), torch.nn.Linear(8, 2)).eval()
inputs = torch.randn(5, 4)
with torch.no_grad():
    outputs = mlp(inputs)
torch.jit.trace(mlp, inputs).save("mlp.pt")

state = {k: v.detach().numpy().astype(np.float32) for k, v in mlp.state_dict().items()}
np.savez("mlp.npz", **state)

extra_values = np.array([1.5, -2.25, 0.0001, 65504.0, -0.0], dtype=np.float64)
bf16 = torch.tensor(extra_values, dtype=torch.bfloat16)
extras = {
    "extra.f64": ("F64", extra_values.astype("<f8")),
    "extra.f16": ("F16", extra_values.astype("<f2")),
    "extra.bf16": ("BF16", bf16.view(torch.int16).numpy().astype("<i2")),
    "extra.i64": ("I64", np.array([3, -4, 5, 2**40, -1], dtype="<i8")),
}
entries = [(k, "F32", v.astype("<f4")) for k, v in state.items()] + [(k, d, v) for k, (d, v) in extras.items()]
header, blobs, offset = {"__metadata__": {"format": "pt"}}, [], 0
for key, dtype, array in entries:
    data = array.tobytes()
    header[key] = {"dtype": dtype, "shape": list(array.shape), "data_offsets": [offset, offset + len(data)]}
    blobs.append(data)
    offset += len(data)
header_bytes = json.dumps(header).encode()
header_bytes += b" " * (-len(header_bytes) % 8)
with open("mlp.safetensors", "wb") as f:
    f.write(struct.pack("<Q", len(header_bytes)))
    f.write(header_bytes)
    for blob in blobs:
        f.write(blob)

reference = {
    "torch": torch.__version__,
    "inputs": inputs.numpy().tolist(),
    "outputs": outputs.numpy().tolist(),
    "extras": {
        "extra.f64": extra_values.tolist(),
        "extra.f16": extra_values.astype(np.float16).astype(np.float64).tolist(),
        "extra.bf16": bf16.to(torch.float64).numpy().tolist(),
        "extra.i64": extras["extra.i64"][1].astype(np.float64).tolist(),
    },
}
with open("reference.json", "w") as f:
    json.dump(reference, f, indent=1)
print(json.dumps(reference))
