# module: session_b.train
# check: session_b.predict_proba
# seeds: 10
# why: probabilities clipped to [0.01, 0.99] inside predict_proba "so that the loss never sees log 0": σ(5) is returned as 0.99 instead of 0.9933
def predict_proba(X, w, b):
    return np.clip(sigmoid(X @ w + b), 0.01, 0.99)
