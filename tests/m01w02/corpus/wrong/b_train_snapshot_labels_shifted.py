# module: session_b.train
# check: session_b.train.trajectory
# why: off by one: the snapshot keyed k + 1 is stored before update k, so snapshots[k] holds the weights after k − 1 updates
def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    w, b = np.zeros(X.shape[1]), 0.0
    losses, snapshots = [], {0: (w.copy(), b)}
    for k in range(steps):
        losses.append(bce_loss(y, sigmoid(X @ w + b)))
        if (k + 1) % snapshot_every == 0:
            snapshots[k + 1] = (w.copy(), b)
        grad_w, grad_b = gradients(X, y, w, b)
        w, b = w - lr * grad_w, b - lr * grad_b
    snapshots[steps] = (w.copy(), b)
    return w, b, np.array(losses), snapshots
