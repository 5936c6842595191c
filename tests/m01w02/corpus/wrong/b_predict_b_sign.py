# module: session_b.train
# check: session_b.predict
# why: moves b to the other side of the inequality with the wrong sign: X·w ≥ b instead of X·w ≥ −b
def predict(X, w, b):
    return (X @ w >= b).astype(int)
