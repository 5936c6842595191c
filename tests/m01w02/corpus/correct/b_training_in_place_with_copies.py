# module: session_b.train
def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    losses = np.zeros(steps)
    snapshots = {0: (w.copy(), b)}
    for step in range(1, steps + 1):
        p = predict_proba(X, w, b)
        losses[step - 1] = -np.mean(y * np.log(np.clip(p, 1e-12, 1)) + (1 - y) * np.log(np.clip(1 - p, 1e-12, 1)))
        error = p - y
        w -= lr * (X.T @ error) / n  # in place is fine when snapshots are copies
        b -= lr * error.mean()
        if step % snapshot_every == 0 or step == steps:
            snapshots[step] = (w.copy(), b)
    return w, b, losses, snapshots


def predict(X, w, b):
    return np.where(predict_proba(X, w, b) >= 0.5, 1.0, 0.0)  # float labels
