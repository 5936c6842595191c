# module: session_b.train
# check: session_b.train.accuracy
# why: the step goes uphill (w + lr·grad); losses is a Python list, to see what the accuracy message says about the trend
def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    w = np.zeros(X.shape[1])
    b = 0.0
    losses = []
    snapshots = {0: (w.copy(), b)}
    for k in range(steps):
        losses.append(float(bce_loss(y, sigmoid(X @ w + b))))
        grad_w, grad_b = gradients(X, y, w, b)
        w = w + lr * grad_w
        b = b + lr * grad_b
        if (k + 1) % snapshot_every == 0 or k + 1 == steps:
            snapshots[k + 1] = (w.copy(), float(b))
    return w, b, losses, snapshots
