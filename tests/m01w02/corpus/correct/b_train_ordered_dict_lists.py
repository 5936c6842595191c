# module: session_b.train
# why: collections.OrderedDict of snapshots whose values are (list, float) pairs; in-place updates with w.tolist() copies
from collections import OrderedDict


def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    w = np.zeros(X.shape[1])
    b = 0.0
    losses = np.empty(steps)
    snapshots = OrderedDict()
    snapshots[0] = (w.tolist(), b)
    for step in range(1, steps + 1):
        losses[step - 1] = bce_loss(y, sigmoid(X @ w + b))
        gw, gb = gradients(X, y, w, b)
        w -= lr * gw
        b -= lr * float(gb)
        if not step % snapshot_every or step == steps:
            snapshots[step] = (w.tolist(), b)
    return w, b, losses, snapshots
