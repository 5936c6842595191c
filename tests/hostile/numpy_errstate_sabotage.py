# base: stubs
# module: session_b.bce
# fails: all
np.seterr(all="raise")
np.exp = lambda x: 0.5
