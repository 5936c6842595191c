# module: session_b.train
# check: session_b.train.contract
# why: stops as soon as the loss improves by less than 1e-6 and returns fewer than `steps` losses (and no snapshot at k = steps), against "loop steps times"; every run the checks make improves faster than that
def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    w = np.zeros(X.shape[1])
    b = 0.0
    losses = []
    snapshots = {0: (w.copy(), b)}
    for k in range(steps):
        loss = bce_loss(y, sigmoid(X @ w + b))
        if losses and losses[-1] - loss < 1e-6:
            break  # converged
        losses.append(loss)
        grad_w, grad_b = gradients(X, y, w, b)
        w = w - lr * grad_w
        b = b - lr * grad_b
        if (k + 1) % snapshot_every == 0 or k + 1 == steps:
            snapshots[k + 1] = (w.copy(), float(b))
    return w, b, np.array(losses), snapshots
