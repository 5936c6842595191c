# module: session_b.train
# check: session_b.train.contract
# says: timed out after \d+ s
def train(X, y, lr=0.1, steps=2000, snapshot_every=50):
    k = 0
    while k < steps:
        pass
