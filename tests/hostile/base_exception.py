# base: references
# module: session_c.metrics
# fails: session_c.accuracy
# says: raised BaseException
def accuracy(y_true, y_pred):
    raise BaseException("not an Exception")
