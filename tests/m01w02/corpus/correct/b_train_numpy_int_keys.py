# module: session_b.train
# why: snapshot keys are np.int32 (the step counter comes from np.arange(..., dtype=np.int32) and due steps from np.union1d)
def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    w = np.zeros(X.shape[1])
    b = 0.0
    losses = []
    due = set(np.union1d(np.arange(0, steps + 1, snapshot_every, dtype=np.int32), [steps]).astype(np.int32).tolist())
    snapshots = {}
    for k in np.arange(0, steps + 1, dtype=np.int32):
        if int(k) in due:
            snapshots[k] = (w.copy(), b)  # k is an np.int32 here
        if k == steps:
            break
        losses.append(bce_loss(y, predict_proba(X, w, b)))
        gw, gb = gradients(X, y, w, b)
        w = w - lr * gw
        b = b - lr * gb
    return w, b, np.array(losses), snapshots
