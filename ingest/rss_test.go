package ingest

import (
	"bufio"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// TestPeakRSS reads the worst inputs, each in a child process, and
// reports the child's peak resident memory (VmHWM): a 100 MB page plain
// and gzipped, a 100 MB JSONL line, a 1 GiB gzip bomb as a page and as a
// WARC record, and 100,000-deep markup. It writes about 200 MB to a
// temporary directory, so it runs only when STORYFOLD_RSS=1:
//
//	STORYFOLD_RSS=1 go test ./ingest/ -run TestPeakRSS -v
//
// Each peak must stay under 4 MaxRecordBytes plus 64 MiB of runtime: a
// record under the cap is held at most three times at once (a JSONL line,
// its decoded string, the page's bytes), and the collector lets the heap
// grow past what is live before it runs.
func TestPeakRSS(t *testing.T) {
	if os.Getenv("STORYFOLD_RSS") != "1" {
		t.Skip("set STORYFOLD_RSS=1 to measure peak RSS (writes ~200 MB)")
	}
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skip("no /proc/self/status")
	}
	dir := t.TempDir()
	const page = 100 << 20
	cases := []struct {
		name string
		make func(io.Writer) error
	}{
		{"page-100MB.html", func(w io.Writer) error { return repeat(w, "<p>words words words</p>\n", page) }},
		{"page-100MB.html.gz", gzipOf(func(w io.Writer) error { return repeat(w, "<p>words words words</p>\n", page) })},
		{"line-100MB.jsonl", func(w io.Writer) error {
			fmt.Fprint(w, `{"id":"big","text":"`)
			if err := repeat(w, "words ", page); err != nil {
				return err
			}
			_, err := fmt.Fprint(w, "\"}\n{\"id\":\"small\",\"text\":\"fine\"}\n")
			return err
		}},
		{"line-30MB.jsonl", func(w io.Writer) error {
			fmt.Fprint(w, `{"id":"big","text":"`)
			if err := repeat(w, "words ", 30<<20); err != nil {
				return err
			}
			_, err := fmt.Fprint(w, "\"}\n")
			return err
		}},
		{"bomb-1GiB.html.gz", gzipOf(func(w io.Writer) error { return repeat(w, "\x00", 1<<30) })},
		{"bomb-1GiB.warc.gz", gzipOf(func(w io.Writer) error {
			fmt.Fprintf(w, "WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: %d\r\n\r\n", 1<<30)
			return repeat(w, "\x00", 1<<30)
		})},
		{"deep-100000.html", func(w io.Writer) error {
			if err := repeat(w, "<div>", 100_000*5); err != nil {
				return err
			}
			return repeat(w, "</div>", 100_000*6)
		}},
	}
	limit := 4*DefaultOptions().MaxRecordBytes + 64<<20
	for _, c := range cases {
		path := filepath.Join(dir, c.name)
		if err := writeWith(path, c.make); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(os.Args[0], "-test.run=^TestPeakRSSChild$", "-test.v")
		cmd.Env = append(os.Environ(), "STORYFOLD_RSS_INPUT="+path)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: child: %v\n%s", c.name, err, out)
		}
		peak, pages := childReport(string(out))
		os.Remove(path)
		t.Logf("%-20s peak RSS %4d MiB  %s", c.name, peak>>20, pages)
		if peak <= 0 || peak > limit {
			t.Errorf("%s: peak RSS %d bytes; want (0, %d]", c.name, peak, limit)
		}
	}
}

// TestPeakRSSChild is the child TestPeakRSS starts: it reads one input
// and prints its pages' reasons and its peak RSS.
func TestPeakRSSChild(t *testing.T) {
	path := os.Getenv("STORYFOLD_RSS_INPUT")
	if path == "" {
		t.Skip("run by TestPeakRSS")
	}
	var got []string
	err := Read(context.Background(), []string{path}, DefaultOptions(), func(p news.Page) error {
		got = append(got, reasons([]news.Page{p}))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(status), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			fmt.Printf("PAGES %s\nPEAK %s\n", strings.Join(got, ","), strings.TrimSpace(line[len("VmHWM:"):]))
		}
	}
}

// childReport reads the child's peak RSS in bytes and its page list.
func childReport(out string) (peak int64, pages string) {
	for _, line := range strings.Split(out, "\n") {
		if v, ok := strings.CutPrefix(line, "PEAK "); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(v, " kB"), 10, 64)
			peak = kb << 10
		}
		if v, ok := strings.CutPrefix(line, "PAGES "); ok {
			pages = v
		}
	}
	return peak, pages
}

// repeat writes s to w until n bytes are written.
func repeat(w io.Writer, s string, n int) error {
	block := []byte(strings.Repeat(s, max(1, (64<<10)/len(s))))
	for n > 0 {
		k := min(n, len(block))
		if _, err := w.Write(block[:k]); err != nil {
			return err
		}
		n -= k
	}
	return nil
}

// gzipOf wraps a writer function so that it writes gzip.
func gzipOf(f func(io.Writer) error) func(io.Writer) error {
	return func(w io.Writer) error {
		zw, err := gzip.NewWriterLevel(w, gzip.BestSpeed)
		if err != nil {
			return err
		}
		if err := f(zw); err != nil {
			return err
		}
		return zw.Close()
	}
}

// writeWith creates path and fills it with f, buffered.
func writeWith(path string, f func(io.Writer) error) error {
	file, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(file, 1<<20)
	if err := f(bw); err != nil {
		file.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		file.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return file.Close()
}
