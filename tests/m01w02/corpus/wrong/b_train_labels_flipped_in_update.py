# module: session_b.train
# check: session_b.train.trajectory
# pitfall: none
# why: the error is taken against the flipped labels, p − (1 − y), so the model learns the opposite classes (the loss rises); the sign of σ(z) − y itself is right
def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    w = np.zeros(X.shape[1])
    b = 0.0
    losses = np.empty(steps)
    snapshots = {0: (w.copy(), b)}
    for k in range(steps):
        p = sigmoid(X @ w + b)
        losses[k] = bce_loss(y, p)
        error = p - (1 - y)
        w = w - lr * X.T @ error / len(y)
        b = b - lr * np.mean(error)
        if (k + 1) % snapshot_every == 0 or k + 1 == steps:
            snapshots[k + 1] = (w.copy(), float(b))
    return w, b, losses, snapshots
