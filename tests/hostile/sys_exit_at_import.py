# base: references
# module: session_c.evaluate
# fails: session_c.train_test_split, session_c.evaluate, session_c.fraud_demo
# says: calls sys.exit\(\) while being imported
import sys

sys.exit(0)
