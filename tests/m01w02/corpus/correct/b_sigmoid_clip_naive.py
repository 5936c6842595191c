# module: session_b.bce
# why: the naive formula made safe by np.clip(z, -500, 500) first (e^500 fits in a float64; sigma is 0/1 to double precision beyond)
def sigmoid(z):
    z = np.clip(z, -500, 500)
    return 1.0 / (1.0 + np.exp(-z))
