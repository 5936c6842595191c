# module: session_b.train
# seeds: 20
def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    w, b = np.zeros(X.shape[1]), 0.0
    losses = np.empty(steps)
    snapshots = {np.int64(0): (w.copy(), b)}
    for k in np.arange(1, steps + 1):  # numpy integers as keys
        p = sigmoid(X @ w + b)
        losses[k - 1] = bce_loss(y, p)
        w = w - lr * X.T @ (p - y) / len(y)
        b = b - lr * np.mean(p - y)
        if k % snapshot_every == 0 or k == steps:
            snapshots[k] = (w.copy(), b)
    return w, b, losses, snapshots
