# module: session_b.train
# check: session_b.train.contract
# pitfall: loss_after_update
def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    w, b = np.zeros(X.shape[1]), 0.0
    losses, snapshots = [], {0: (w.copy(), b)}
    for k in range(1, steps + 1):
        grad_w, grad_b = gradients(X, y, w, b)
        w, b = w - lr * grad_w, b - lr * grad_b
        losses.append(bce_loss(y, sigmoid(X @ w + b)))
        if k % snapshot_every == 0 or k == steps:
            snapshots[k] = (w.copy(), b)
    return w, b, np.array(losses), snapshots
