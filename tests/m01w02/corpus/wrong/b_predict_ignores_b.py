# module: session_b.train
# check: session_b.predict
# pitfall: predict_ignores_b
# seeds: 20
def predict(X, w, b):
    return (X @ w >= 0).astype(int)  # b is never used
