# module: session_b.train
# check: session_b.predict
# why: applies the probability threshold 0.5 to the logit: X·w + b ≥ 0.5 instead of σ(X·w + b) ≥ 0.5
def predict(X, w, b):
    return (X @ w + b >= 0.5).astype(int)
