# Convenience targets; the scripts are the source of truth (they need no make on a fresh machine).
.PHONY: demo test sanitize
demo:
	scripts/demo
test:
	scripts/test
sanitize:
	scripts/test --sanitize
