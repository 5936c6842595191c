# module: session_b.train
# check: session_b.train.contract
# why: starts from zero, but takes the snapshot after the update with key k (0-based), so snapshots[0] holds the weights after one update
def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    w, b = np.zeros(X.shape[1]), 0.0
    losses, snapshots = [], {}
    for k in range(steps):
        losses.append(bce_loss(y, sigmoid(X @ w + b)))
        grad_w, grad_b = gradients(X, y, w, b)
        w, b = w - lr * grad_w, b - lr * grad_b
        if k % snapshot_every == 0:
            snapshots[k] = (w.copy(), b)
    snapshots[steps] = (w.copy(), b)
    return w, b, np.array(losses), snapshots
