package claims

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/textnorm"
)

var sentCorpus = flag.String("sentcorpus", "", "also check the splitter's fast path on every .txt, .jsonl and .json(.gz) file under this directory")

// punktOnly is the splitter without its fast path: every piece through the
// model, as Sentences worked before the fast path.
func punktOnly(s *Splitter, text string) []string {
	var out []string
	for _, para := range splitParagraphs(text) {
		for _, piece := range textnorm.Unglue(para) {
			for _, sent := range s.tok.Tokenize(piece) {
				if t := strings.TrimSpace(sent.Text); t != "" {
					out = append(out, t)
				}
			}
		}
	}
	return out
}

var fastPathCases = []string{
	"The vote was held today. Results come tomorrow. Dr. Smith said so.",
	"He met Gov. Newsom on Monday. It rained. J. Bach wrote music. No. 5 won.",
	"Prices rose 5.5 percent in the U.S. Economy watchers were surprised.",
	"He said \"no.\" Then he left. She asked why? Nobody knew! The end.",
	"The U.K. said it. Mr. Jones agreed... But later. The 3. Platz.",
	"ends with a mark.",
	"no mark at all",
	"Sept. Oct. etc. Inc. Corp. Jan. He left. A. B. Co. Ltd. The end.",
	"One (two. Three) four. Five.[1] Six.",
	"他说。 我们走。 Fine. Done？ OK.",
	"He said. “We will.” She said. \"No.\" They said. 'Yes.' It rose. (See below.) Then. [1] End. `Quoted'' too.",
	"The vote. “. Odd. \" . x. ( . y. ‘Mr. Smith’ said. “U.S. troops” left. “… more.",
	"Rates rose 1.5 percent to $2.75 (a record!) on www.example.com today. Next 3.0 is due in Q.1 or e.g. soon. Then",
	"It cost 6.5m?! Yes. web.archive.org/x.y shows a.b.c. d. See it. N°. 1026.253.553. is 1.) a list 2.) too",
	"Prices fell. “Jan. 5” was cited. The U.S. “ally” said. He. “J. Bach” wrote.",
	"Shares of U.S. I. Walter rose. Then the U.S. I. fell. In the U.S. A. Smith won. . . . and . . The.",
	"",
}

func TestSplitterFastPath(t *testing.T) {
	sp, err := NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	texts := splitterTexts(t)
	n := 0
	for _, text := range texts {
		want, got := punktOnly(sp, text), sp.Sentences(text)
		n += len(want)
		if !slices.Equal(got, want) {
			t.Errorf("Sentences(%.80q…):\n got  %q\n want %q", text, got, want)
		}
	}
	t.Logf("%d texts, %d sentences", len(texts), n)
}

// splitterTexts are the texts the splitter's fast paths are checked on:
// fastPathCases, the repository's test data and the -sentcorpus files.
func splitterTexts(t *testing.T) []string {
	texts := slices.Clone(fastPathCases)
	dirs := []string{"../testdata"}
	if *sentCorpus != "" {
		dirs = append(dirs, *sentCorpus)
	}
	for _, dir := range dirs {
		texts = append(texts, corpusTexts(t, dir)...)
	}
	return texts
}

// TestBreaksMatchModel holds the model's windows (breaks) to the model on
// whole pieces, safe periods included, with no way back: the windows
// must line up with the model's tokens (appendPunkt would otherwise fall
// back to the whole piece, hiding a wrong window).
func TestBreaksMatchModel(t *testing.T) {
	sp, err := NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, text := range splitterTexts(t) {
		for _, para := range splitParagraphs(text) {
			for _, piece := range textnorm.Unglue(para) {
				if strings.ContainsAny(piece, "。！？；") {
					continue
				}
				ends, ok := sp.breaks(piece)
				if !ok {
					t.Errorf("breaks(%q): windows do not line up with the model's tokens", piece)
					continue
				}
				var got []string
				start := 0
				for _, end := range append(ends, len(piece)) {
					got = appendTrimmed(got, piece[start:end])
					start = end
				}
				want := appendModel(nil, sp.tok.Tokenize(piece))
				n += len(want)
				if !slices.Equal(got, want) {
					t.Errorf("breaks(%.80q…):\n got  %q\n want %q", piece, got, want)
				}
			}
		}
	}
	t.Logf("%d sentences", n)
}

// corpusTexts reads the texts under dir: whole .txt files and every
// string field of .jsonl and .json files, gzipped or not.
func corpusTexts(t testing.TB, dir string) []string {
	var out []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		name := strings.TrimSuffix(path, ".gz")
		ext := filepath.Ext(name)
		if ext != ".txt" && ext != ".jsonl" && ext != ".json" {
			return nil
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		var r io.Reader = f
		if strings.HasSuffix(path, ".gz") {
			if r, err = gzip.NewReader(f); err != nil {
				return nil // not really gzip: skip
			}
		}
		if ext != ".jsonl" {
			b, err := io.ReadAll(r)
			if err != nil {
				return nil
			}
			var v any
			if ext == ".txt" {
				v = string(b)
			} else if json.Unmarshal(b, &v) != nil {
				return nil
			}
			out = appendStrings(out, v)
			return nil
		}
		sc := bufio.NewScanner(r)
		sc.Buffer(nil, 1<<26)
		for sc.Scan() {
			var v any
			if json.Unmarshal(sc.Bytes(), &v) == nil {
				out = appendStrings(out, v)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func appendStrings(out []string, v any) []string {
	switch v := v.(type) {
	case string:
		if len(v) > 20 {
			out = append(out, v)
		}
	case []any:
		for _, e := range v {
			out = appendStrings(out, e)
		}
	case map[string]any:
		for _, e := range v {
			out = appendStrings(out, e)
		}
	}
	return out
}

func FuzzSplitterFastPath(f *testing.F) {
	sp, err := NewSplitter()
	if err != nil {
		f.Fatal(err)
	}
	for _, c := range fastPathCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if want, got := punktOnly(sp, text), sp.Sentences(text); !slices.Equal(got, want) {
			t.Errorf("Sentences(%q):\n got  %q\n want %q", text, got, want)
		}
	})
}

// splitParagraphsByFields is splitParagraphs as it was: every paragraph
// rebuilt from its fields. It is the reference for the singleSpaced
// shortcut.
func splitParagraphsByFields(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var paras []string
	for _, p := range strings.Split(text, "\n\n") {
		p = strings.Join(strings.Fields(p), " ")
		if p != "" {
			paras = append(paras, p)
		}
	}
	return paras
}

var paragraphCases = []string{
	"", " ", "a", " a", "a ", "a  b", "a b", "a\tb", "a\nb\n\nc", "a\r\n\r\nb", "a\u00a0b", "a\u2003b",
	"a\u0085b", "\xff \xfe", "one. Two\n\n\n\nthree ", "x \n\n y", "a \u3000b",
}

func TestSplitParagraphsMatchesFields(t *testing.T) {
	texts := slices.Clone(paragraphCases)
	texts = append(texts, corpusTexts(t, "../testdata")...)
	texts = append(texts, clusterTexts(t)...)
	for _, text := range texts {
		if got, want := splitParagraphs(text), splitParagraphsByFields(text); !slices.Equal(got, want) {
			t.Fatalf("splitParagraphs(%q):\n got  %q\n want %q", text, got, want)
		}
	}
}

func FuzzSplitParagraphs(f *testing.F) {
	for _, c := range paragraphCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := splitParagraphs(text), splitParagraphsByFields(text); !slices.Equal(got, want) {
			t.Errorf("splitParagraphs(%q):\n got  %q\n want %q", text, got, want)
		}
	})
}
