# module: session_b.train
# check: session_b.make_blobs
# why: class 0 gets round(n / 2) rows instead of n // 2; Python rounds halves to even, so this is wrong for n = 3, 7, 11, … (n ≡ 3 mod 4)
def make_blobs(n=200, seed=0):
    rng = np.random.default_rng(seed)
    n0 = round(n / 2)
    X0 = rng.normal([-2.0, -2.0], 1.0, size=(n0, 2))
    X1 = rng.normal([2.0, 2.0], 1.0, size=(n - n0, 2))
    return np.vstack([X0, X1]), np.concatenate([np.zeros(n0), np.ones(n - n0)])
