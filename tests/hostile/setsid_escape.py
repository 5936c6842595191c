# base: references
# module: session_c.metrics
# fails: none
import os
import time

if os.fork() == 0:
    os.setsid()
    while True:
        time.sleep(1)
