# module: session_b.train
# check: session_b.train.trajectory
# pitfall: grad_not_divided_by_n
# why: the update uses the summed gradient Xᵀ(p − y) (no 1/N): the step is N times too big
def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    w = np.zeros(X.shape[1])
    b = 0.0
    losses = np.empty(steps)
    snapshots = {0: (w.copy(), b)}
    for k in range(steps):
        p = sigmoid(X @ w + b)
        losses[k] = bce_loss(y, p)
        w = w - lr * (X.T @ (p - y))
        b = b - lr * np.sum(p - y)
        if (k + 1) % snapshot_every == 0 or k + 1 == steps:
            snapshots[k + 1] = (w.copy(), float(b))
    return w, b, losses, snapshots
