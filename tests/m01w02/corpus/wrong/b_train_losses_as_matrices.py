# module: session_b.train
# check: session_b.train.contract
# says: each of its \d+ entries is an array of shape \(1, 1\)
# seeds: 20
def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    Y = y.reshape(-1, 1)
    w, b = np.zeros((X.shape[1], 1)), 0.0
    losses, snapshots = [], {0: (w.ravel().copy(), b)}
    for k in range(steps):
        p = sigmoid(X @ w + b)
        losses.append(-(Y.T @ np.log(p + 1e-9) + (1 - Y).T @ np.log(1 - p + 1e-9)) / len(y))  # a (1, 1) array
        w = w - lr * X.T @ (p - Y) / len(y)
        b = b - lr * float(np.mean(p - Y))
        if (k + 1) % snapshot_every == 0 or k + 1 == steps:
            snapshots[k + 1] = (w.ravel().copy(), b)
    return w.ravel(), b, losses, snapshots
