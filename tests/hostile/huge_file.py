# base: references
# module: session_b.train
# fails: session_b.predict_proba, session_b.decision_boundary_figure, session_b.snapshot_grid_figure
# says: raised OSError|File too large
def predict_proba(X, w, b):
    with open("big.bin", "wb") as f:
        for _ in range(2000):
            f.write(b"\0" * 2**20)  # 2 GB, one MiB at a time
    return sigmoid(X @ w + b)
