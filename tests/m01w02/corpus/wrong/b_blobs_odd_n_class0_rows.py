# module: session_b.train
# check: session_b.make_blobs
# says: row \d+ averages
# seeds: 20
def make_blobs(n=200, seed=0):
    rng = np.random.default_rng(seed)
    X0 = rng.normal([-2, -2], 1, size=(n - n // 2, 2))  # the bigger half for class 0 …
    X1 = rng.normal([2, 2], 1, size=(n // 2, 2))
    y = np.concatenate([np.zeros(n // 2), np.ones(n - n // 2)])  # … but the labels give it the smaller one
    return np.vstack([X0, X1]), y
