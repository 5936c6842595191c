# module: session_b.train
# why: theta = [w, b] in one vector, full parameter history kept, snapshots built afterwards with a dict comprehension
def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    n, d = X.shape
    theta = np.zeros(d + 1)
    history = [theta.copy()]
    losses = np.zeros(steps)
    for k in range(steps):
        w, b = theta[:d], theta[d]
        losses[k] = bce_loss(y, sigmoid(X @ w + b))
        gw, gb = gradients(X, y, w, b)
        theta = theta - lr * np.append(gw, gb)
        history.append(theta.copy())
    keys = sorted(set(range(0, steps + 1, snapshot_every)) | {steps})
    snapshots = {k: (history[k][:d], float(history[k][d])) for k in keys}
    return theta[:d], float(theta[d]), losses, snapshots
