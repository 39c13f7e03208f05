package extract

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"testing"
)

// writeGoSource formats src as Go and writes it to path; what names the
// source in errors.
func writeGoSource(path, what string, src []byte) error {
	formatted, err := format.Source(src)
	if err != nil {
		return fmt.Errorf("formatting %s: %w", what, err)
	}
	if err := os.WriteFile(path, formatted, 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", what, err)
	}
	return nil
}

// fprintWeights writes a regression's weights as the Go declaration
// "var name = [size]float64{...}", six to a line, to four decimals.
func fprintWeights(b *bytes.Buffer, name, size string, weights []float64) {
	fmt.Fprintf(b, "var %s = [%s]float64{\n", name, size)
	for k := 0; k < len(weights); k += 6 {
		b.WriteString("\t")
		for j := k; j < min(k+6, len(weights)); j++ {
			fmt.Fprintf(b, "%.4f, ", weights[j])
		}
		b.WriteString("\n")
	}
	b.WriteString("}\n")
}

// checkGenerated checks that write, given a path, writes the committed
// file name byte for byte: a refit then changes the file only where the
// fit does.
func checkGenerated(t *testing.T, name string, write func(path string) error) {
	t.Helper()
	want, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := write(path); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("wrote %d bytes unlike %s's %d", len(got), name, len(want))
	}
}
