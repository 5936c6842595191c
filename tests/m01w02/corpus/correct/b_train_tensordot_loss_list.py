# module: session_b.train
# why: the loss computed with np.tensordot (which returns 0-d ndarrays) and appended to a Python list of 0-d arrays
def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    losses, snapshots = [], {0: (w.copy(), b)}
    for k in range(1, steps + 1):
        p = sigmoid(X @ w + b)
        loss = -(np.tensordot(y, np.log(p + 1e-9), 1) + np.tensordot(1 - y, np.log(1 - p + 1e-9), 1)) / n
        losses.append(loss)  # a 0-d numpy array each time
        err = p - y
        w = w - lr * np.tensordot(X, err, axes=([0], [0])) / n
        b = b - lr * err.mean()
        if k % snapshot_every == 0 or k == steps:
            snapshots[k] = (w.copy(), b)
    return w, b, losses, snapshots
