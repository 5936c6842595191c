# module: session_b.train
# why: losses recorded with the exact, overflow-free BCE of the logits, mean(log(1 + e^z) − y·z) via np.logaddexp, instead of bce_loss with its eps
def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    w = np.zeros(X.shape[1])
    b = 0.0
    losses = np.empty(steps)
    snapshots = {0: (w.copy(), b)}
    for k in range(steps):
        z = X @ w + b
        losses[k] = np.mean(np.logaddexp(0.0, z) - y * z)
        grad_w, grad_b = gradients(X, y, w, b)
        w = w - lr * grad_w
        b = b - lr * grad_b
        if (k + 1) % snapshot_every == 0 or k + 1 == steps:
            snapshots[k + 1] = (w.copy(), float(b))
    return w, b, losses, snapshots
