# module: session_b.train
# check: session_b.train.trajectory
# why: updates w first and then takes b's gradient at the new w (two calls to gradients), so each step is not a gradient-descent step at the current (w, b)
def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    w = np.zeros(X.shape[1])
    b = 0.0
    losses = np.empty(steps)
    snapshots = {0: (w.copy(), b)}
    for k in range(steps):
        losses[k] = bce_loss(y, sigmoid(X @ w + b))
        grad_w, _ = gradients(X, y, w, b)
        w = w - lr * grad_w
        _, grad_b = gradients(X, y, w, b)
        b = b - lr * grad_b
        if (k + 1) % snapshot_every == 0 or k + 1 == steps:
            snapshots[k + 1] = (w.copy(), float(b))
    return w, b, losses, snapshots
