# module: session_b.train
# check: session_b.make_blobs
# why: `if seed:` treats seed = 0 (the default) as "no seed", so make_blobs() gives different points on every call
def make_blobs(n=200, seed=0):
    rng = np.random.default_rng(seed) if seed else np.random.default_rng()
    X0 = rng.normal([-2.0, -2.0], 1.0, size=(n // 2, 2))
    X1 = rng.normal([2.0, 2.0], 1.0, size=(n - n // 2, 2))
    return np.vstack([X0, X1]), np.concatenate([np.zeros(n // 2), np.ones(n - n // 2)])
