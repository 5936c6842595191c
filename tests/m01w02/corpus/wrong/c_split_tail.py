# module: session_c.evaluate
# check: session_c.train_test_split
# pitfall: split_not_shuffled
def train_test_split(X, y, test_fraction=0.25, seed=0):
    n_test = round(len(X) * test_fraction)
    return X[:-n_test], X[-n_test:], y[:-n_test], y[-n_test:]
