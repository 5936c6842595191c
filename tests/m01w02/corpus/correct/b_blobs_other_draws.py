# module: session_b.train
def make_blobs(n=200, seed=0):
    rng = np.random.default_rng(seed)
    half = n // 2
    X = rng.standard_normal((n, 2))
    X[:half] -= 2
    X[half:] += 2
    y = np.array([0] * half + [1] * (n - half))  # integer labels
    return X, y
