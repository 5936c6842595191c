# module: session_b.train
# why: a while loop, b kept as a 0-d numpy array, losses returned as a tuple, snapshots via setdefault with list values
def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    w = np.zeros(X.shape[1])
    b = np.array(0.0)
    losses = []
    snapshots = {}
    snapshots.setdefault(0, [w.copy(), b.copy()])
    k = 0
    while k < steps:
        p = predict_proba(X, w, b)
        losses.append(float(bce_loss(y, p)))
        err = p - y
        w = w - lr * (X.T @ err) / len(y)
        b = b - lr * err.mean()
        k += 1
        if k % snapshot_every == 0 or k == steps:
            snapshots.setdefault(k, [w.copy(), b.copy()])
    return w, b, tuple(losses), snapshots
