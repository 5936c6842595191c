# module: session_b.bce
# check: session_b.bce_grad_z
# why: dL/dp · dp/dz written out and never simplified: (−y/p + (1−y)/(1−p))·p(1−p) is σ(z) − y only while 0 < p < 1 in floats; for |z| ≳ 37, p rounds to 0 or 1 and bce_grad_z(40, 1) is nan (0/0), though σ(40) − 1 is a plain number
def bce_grad_z(z, y):
    z = np.asarray(z, dtype=float)
    y = np.asarray(y, dtype=float)
    p = sigmoid(z)
    dL_dp = -y / p + (1 - y) / (1 - p)
    dp_dz = p * (1 - p)
    return dL_dp * dp_dz
