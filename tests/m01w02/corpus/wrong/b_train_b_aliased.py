# module: session_b.train
# check: session_b.train.contract
# pitfall: snapshot_aliasing
# says: every snapshot holds the final b
# seeds: 20
def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    w, b = np.zeros(X.shape[1]), np.zeros(1)  # b as an array, updated in place below
    losses = []
    snapshots = {0: (w.copy(), b)}
    for k in range(steps):
        losses.append(bce_loss(y, sigmoid(X @ w + b)))
        grad_w, grad_b = gradients(X, y, w, b)
        w = w - lr * grad_w
        b -= lr * grad_b
        if (k + 1) % snapshot_every == 0 or k + 1 == steps:
            snapshots[k + 1] = (w.copy(), b)  # the same b array every time
    return w, b, np.array(losses), snapshots
