# module: session_b.train
# why: each coordinate of each blob drawn separately (four 1-D normal draws) and joined with np.column_stack; float32 labels
def make_blobs(n=200, seed=0):
    rng = np.random.default_rng(seed)
    n0, n1 = n // 2, n - n // 2
    x0 = np.column_stack([rng.normal(-2, 1, n0), rng.normal(-2, 1, n0)])
    x1 = np.column_stack([rng.normal(2, 1, n1), rng.normal(2, 1, n1)])
    y = np.array([0] * n0 + [1] * n1, dtype=np.float32)
    return np.concatenate((x0, x1), axis=0), y
