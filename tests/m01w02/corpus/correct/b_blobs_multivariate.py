# module: session_b.train
def make_blobs(n=200, seed=0):
    rng = np.random.default_rng(seed)
    X0 = rng.multivariate_normal([-2, -2], np.eye(2), size=n // 2)
    X1 = rng.multivariate_normal([2, 2], np.eye(2), size=n - n // 2)
    return np.concatenate([X0, X1]), np.r_[np.zeros(n // 2), np.ones(n - n // 2)]
