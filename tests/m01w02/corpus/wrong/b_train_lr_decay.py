# module: session_b.train
# check: session_b.train.trajectory
# why: decays the learning rate as lr / (1 + k / 100) "to converge better": not the plain gradient descent the contract fixes
def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    w, b = np.zeros(X.shape[1]), 0.0
    losses, snapshots = [], {0: (w.copy(), b)}
    for k in range(steps):
        losses.append(bce_loss(y, sigmoid(X @ w + b)))
        grad_w, grad_b = gradients(X, y, w, b)
        step = lr / (1 + k / 100)
        w, b = w - step * grad_w, b - step * grad_b
        if (k + 1) % snapshot_every == 0 or k + 1 == steps:
            snapshots[k + 1] = (w.copy(), b)
    return w, b, np.array(losses), snapshots
