import sys

from stack.run import main

sys.exit(main())
