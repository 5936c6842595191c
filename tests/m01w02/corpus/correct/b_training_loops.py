# module: session_b.train
def gradients(X, y, w, b):
    n, d = X.shape
    grad_w = [0.0] * d
    grad_b = 0.0
    for i in range(n):
        error = sigmoid(sum(X[i, j] * w[j] for j in range(d)) + b) - y[i]
        for j in range(d):
            grad_w[j] += error * X[i, j] / n
        grad_b += error / n
    return grad_w, grad_b  # a list and a numpy float


def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    w = np.zeros(X.shape[1])
    b = 0
    losses = []
    snapshots = {}
    for k in range(steps + 1):
        if k % snapshot_every == 0 or k == steps:
            snapshots[k] = [list(w), b]  # lists instead of a tuple and an array
        if k == steps:
            break
        losses.append(bce_loss(y, predict_proba(X, w, b)))
        grad_w, grad_b = gradients(X, y, w, b)
        w = w - lr * np.asarray(grad_w)
        b = b - lr * grad_b
    return w, b, losses, snapshots
