# module: session_b.train
# why: one rng.normal call with a per-row loc array (centres[labels]); returns a list [X, y] with integer labels
def make_blobs(n=200, seed=0):
    rng = np.random.default_rng(seed)
    labels = (np.arange(n) >= n // 2).astype(int)
    centres = np.array([[-2.0, -2.0], [2.0, 2.0]])
    X = rng.normal(loc=centres[labels], scale=1.0)
    return [X, labels]
