# module: session_b.train
# check: session_b.train.trajectory
# why: snapshots[0] is a fresh np.zeros, but w is then updated in place (w -= …) and stored uncopied, so every later snapshot is the final w
def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    snapshots = {0: (np.zeros(X.shape[1]), 0.0)}
    w, b = np.zeros(X.shape[1]), 0.0
    losses = []
    for k in range(steps):
        losses.append(bce_loss(y, sigmoid(X @ w + b)))
        grad_w, grad_b = gradients(X, y, w, b)
        w -= lr * grad_w
        b -= lr * grad_b
        if (k + 1) % snapshot_every == 0 or k + 1 == steps:
            snapshots[k + 1] = (w, b)
    return w, b, np.array(losses), snapshots
