# module: session_b.train
# why: the whole training run in float32 (X, y, w, b cast down), a common GPU-habit choice
# (unsure: the contract does not fix the dtype; float32 rounding moves w by ~1e-7 relative)
def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    X = np.asarray(X, dtype=np.float32)
    y = np.asarray(y, dtype=np.float32)
    w = np.zeros(X.shape[1], dtype=np.float32)
    b = np.float32(0.0)
    lr = np.float32(lr)
    losses = np.zeros(steps, dtype=np.float32)
    snapshots = {0: (w.copy(), b)}
    for k in range(steps):
        p = sigmoid(X @ w + b).astype(np.float32)
        losses[k] = bce_loss(y, p)
        err = p - y
        w = w - lr * (X.T @ err) / np.float32(len(y))
        b = b - lr * err.mean()
        if (k + 1) % snapshot_every == 0 or k + 1 == steps:
            snapshots[k + 1] = (w.copy(), b)
    return w, b, losses, snapshots
