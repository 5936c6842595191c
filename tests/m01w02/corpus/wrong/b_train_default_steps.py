# module: session_b.train
# check: session_b.train.contract
# why: the signature's defaults are wrong (steps=200, snapshot_every=100 instead of 2000 and 50), so train(X, y) is not the run the exercise fixes
def train(X, y, lr=0.1, steps=200, snapshot_every=100):
    w, b = np.zeros(X.shape[1]), 0.0
    losses, snapshots = [], {0: (w.copy(), b)}
    for k in range(steps):
        losses.append(bce_loss(y, sigmoid(X @ w + b)))
        grad_w, grad_b = gradients(X, y, w, b)
        w, b = w - lr * grad_w, b - lr * grad_b
        if (k + 1) % snapshot_every == 0 or k + 1 == steps:
            snapshots[k + 1] = (w.copy(), b)
    return w, b, np.array(losses), snapshots
