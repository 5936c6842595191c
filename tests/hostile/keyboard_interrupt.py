# base: references
# module: session_b.train
# fails: session_b.make_blobs
# says: raised KeyboardInterrupt
def make_blobs(n=200, seed=0):
    raise KeyboardInterrupt
