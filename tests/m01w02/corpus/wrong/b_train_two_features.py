# module: session_b.train
# check: session_b.train.contract
# why: starts from w = np.zeros(2) instead of np.zeros(X.shape[1]): right only for 2-feature data, it crashes for any other X
def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    w, b = np.zeros(2), 0.0
    losses, snapshots = [], {0: (w.copy(), b)}
    for k in range(steps):
        losses.append(bce_loss(y, sigmoid(X @ w + b)))
        grad_w, grad_b = gradients(X, y, w, b)
        w, b = w - lr * grad_w, b - lr * grad_b
        if (k + 1) % snapshot_every == 0 or k + 1 == steps:
            snapshots[k + 1] = (w.copy(), b)
    return w, b, np.array(losses), snapshots
