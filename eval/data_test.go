package eval

import (
	"os"
	"testing"
)

// dataRoot is the shared evaluation data's folder, read from
// STORYFOLD_DATA alone; a test that needs the data skips when it is
// unset. The tests looked for ../../shared/data beside the repository
// when it was unset, so that "without the data" read it all the same on
// a machine that has it, and a clone elsewhere found another folder or
// none; extract's tests read the variable alone since the forty-eighth
// session (extract/text_test.go, sharedDataRoot), and .ci/run sets it
// when the data is beside the repository.
func dataRoot(t testing.TB) string {
	t.Helper()
	root := os.Getenv("STORYFOLD_DATA")
	if root == "" {
		t.Skip("STORYFOLD_DATA is unset: no evaluation data")
	}
	return root
}
