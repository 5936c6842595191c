# module: session_c.evaluate
# why: shuffles with the standard library: random.Random(seed).sample(range(n), n), then fancy-indexes X and y
import random


def train_test_split(X, y, test_fraction=0.25, seed=0):
    X, y = np.asarray(X), np.asarray(y)
    n = len(X)
    order = random.Random(seed).sample(range(n), n)
    n_test = round(n * test_fraction)
    test, train = order[:n_test], order[n_test:]
    return X[train], X[test], y[train], y[test]
