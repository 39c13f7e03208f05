package claims

import (
	"bufio"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
)

// label is one hand-labelled sentence of $STORYFOLD_DATA/cluster; the
// sentence itself is not stored, only its place and a hash to detect drift.
type label struct {
	Set        string          `json:"set"`
	Doc        string          `json:"doc"`
	I          int             `json:"i"`
	Hash       string          `json:"hash"`
	Split      string          `json:"split"` // "tune": looked at while improving the extractor; "check": labelled after, kept for measuring
	Quantities []news.Quantity `json:"quantities"`
}

func sentenceHash(s string) string {
	sum := sha1.Sum([]byte(s))
	return hex.EncodeToString(sum[:4])
}

// dataDir is the shared evaluation data's folder, read from
// STORYFOLD_DATA alone, or skips the test when it is unset or holds no
// cluster data. The tests looked for ../../shared/data beside the
// repository when it was unset, so that "without the data" read it all
// the same on a machine that has it; extract's tests read the variable
// alone since the forty-eighth session, and .ci/run sets it when the
// data is beside the repository.
func dataDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("STORYFOLD_DATA")
	if dir == "" {
		t.Skip("STORYFOLD_DATA is unset: no evaluation data")
	}
	if _, err := os.Stat(filepath.Join(dir, "cluster")); err != nil {
		t.Skipf("evaluation data not found at %s: %v", dir, err)
	}
	return dir
}

func loadLabels(t *testing.T) []label {
	f, err := os.Open("../testdata/claims/labels.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []label
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var l label
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("labels.jsonl: %v", err)
		}
		out = append(out, l)
	}
	return out
}

// loadTexts reads the text of the wanted documents of one data set.
func loadTexts(t *testing.T, path string, want map[string]bool) map[string]string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var d struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if want[d.ID] {
			out[d.ID] = d.Text
		}
	}
	return out
}

// findSentence returns the labelled sentence, by index when its hash still
// matches, else by hash anywhere in the document.
func findSentence(sents []string, l label) (string, bool) {
	if l.I < len(sents) && sentenceHash(sents[l.I]) == l.Hash {
		return sents[l.I], true
	}
	for _, s := range sents {
		if sentenceHash(s) == l.Hash {
			return s, true
		}
	}
	return "", false
}

func sameNumbers(a, b news.Quantity) bool {
	eq := func(x, y float64) bool { return math.Abs(x-y) <= 1e-9*math.Max(1, math.Abs(y)) }
	return eq(a.Low, b.Low) && eq(a.High, b.High)
}

// TestQuantityLabels measures quantity precision and recall on the
// hand-labelled sentences. A predicted quantity is correct when its low
// and high bounds equal a labelled one's; unit and qualifier agreement is
// reported over the correct ones.
func TestQuantityLabels(t *testing.T) {
	dir := dataDir(t)
	labels := loadLabels(t)
	sp, err := NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]map[string]string{}
	for _, set := range []string{"ecbplus-dev", "gvc-dev"} {
		want := map[string]bool{}
		for _, l := range labels {
			want[l.Doc] = l.Set == set
		}
		texts[set] = loadTexts(t, filepath.Join(dir, "cluster", set+".jsonl"), want)
	}
	counts := map[string]*tally{"tune": {}, "check": {}, "check2": {}, "check3": {}, "check4": {}, "check5": {}, "all": {}}
	for _, l := range labels {
		s, ok := findSentence(sp.Sentences(texts[l.Set][l.Doc]), l)
		if !ok {
			t.Errorf("%s %s #%d: sentence %s not found; re-check the label", l.Set, l.Doc, l.I, l.Hash)
			continue
		}
		c := scoreSentence(t, l, s)
		counts[l.Split].add(c)
		counts["all"].add(c)
	}
	for _, split := range []string{"tune", "check", "check2", "check3", "check4", "check5", "all"} {
		c := counts[split]
		t.Logf("%-5s sentences %d, labelled quantities %d: precision %.3f recall %.3f (tp %d fp %d fn %d); unit agreement %.3f, qualifier agreement %.3f",
			split, c.sentences, c.tp+c.fn, c.precision(), c.recall(), c.tp, c.fp, c.fn, ratio(c.unitOK, c.tp), ratio(c.qualOK, c.tp))
	}
	if all := counts["all"]; all.precision() < 0.95 || all.recall() < 0.9 {
		t.Errorf("quantity precision %.3f / recall %.3f below the 0.95 / 0.90 target", all.precision(), all.recall())
	}
}

// tally counts matches over labelled sentences.
type tally struct{ sentences, tp, fp, fn, unitOK, qualOK int }

func (c *tally) add(o tally) {
	c.sentences += o.sentences
	c.tp, c.fp, c.fn = c.tp+o.tp, c.fp+o.fp, c.fn+o.fn
	c.unitOK, c.qualOK = c.unitOK+o.unitOK, c.qualOK+o.qualOK
}

func (c *tally) precision() float64 { return ratio(c.tp, c.tp+c.fp) }
func (c *tally) recall() float64    { return ratio(c.tp, c.tp+c.fn) }

func ratio(a, b int) float64 { return float64(a) / math.Max(1, float64(b)) }

// scoreSentence matches the extracted quantities of one sentence to its
// labels and logs every miss.
func scoreSentence(t *testing.T, l label, s string) tally {
	c := tally{sentences: 1}
	gold := append([]news.Quantity(nil), l.Quantities...)
	for _, m := range Quantities(s) {
		k := indexOf(gold, m.Quantity)
		if k < 0 {
			c.fp++
			t.Logf("FP %s #%d: %q in %q", l.Doc, l.I, m.Text, s)
			continue
		}
		c.tp++
		c.unitOK += boolInt(gold[k].Unit == m.Unit)
		if gold[k].Unit != m.Unit {
			t.Logf("UNIT %s #%d: %q read as %q, labelled %q", l.Doc, l.I, m.Text, m.Unit, gold[k].Unit)
		}
		c.qualOK += boolInt(gold[k].Qualifier == m.Qualifier)
		gold = append(gold[:k], gold[k+1:]...)
	}
	for _, g := range gold {
		c.fn++
		t.Logf("FN %s #%d: %s in %q", l.Doc, l.I, FormatQuantity(g), s)
	}
	return c
}

func indexOf(gold []news.Quantity, q news.Quantity) int {
	for i, g := range gold {
		if sameNumbers(g, q) {
			return i
		}
	}
	return -1
}

// attributionLabel is a hand-labelled source of a sentence: the name as
// written, "<ref>" when the sentence points back ("he said", "the
// sergeant said"), "" when it is attributed to nobody.
type attributionLabel struct {
	Set    string `json:"set"`
	Doc    string `json:"doc"`
	I      int    `json:"i"`
	Hash   string `json:"hash"`
	Split  string `json:"split"` // "tune": improved against; "check": labelled after, blind
	Source string `json:"source"`
}

// sameSource compares a source leniently: case-insensitive, and names
// match on their last word ("Sheriff Alma R. Tovey" and "Alma R. Tovey").
func sameSource(got, want string) bool {
	got, want = strings.Trim(strings.ToLower(got), ".,"), strings.Trim(strings.ToLower(want), ".,")
	if got == want {
		return true
	}
	g, w := strings.Fields(got), strings.Fields(want)
	return len(g) > 0 && len(w) > 0 && g[len(g)-1] == w[len(w)-1]
}

// TestAttributionLabels measures attribution accuracy on hand-labelled
// sentences of the cluster data that contain a speech verb.
func TestAttributionLabels(t *testing.T) {
	dir := dataDir(t)
	f, err := os.Open("../testdata/claims/attributions.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var labels []attributionLabel
	want := map[string]map[string]bool{"ecbplus-dev": {}, "gvc-dev": {}}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var l attributionLabel
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("attributions.jsonl: %v", err)
		}
		labels = append(labels, l)
		want[l.Set][l.Doc] = true
	}
	sp, err := NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]map[string]string{}
	for set, docs := range want {
		texts[set] = loadTexts(t, filepath.Join(dir, "cluster", set+".jsonl"), docs)
	}
	right, total := map[string]int{}, map[string]int{}
	for _, l := range labels {
		s, ok := findSentence(sp.Sentences(texts[l.Set][l.Doc]), label{I: l.I, Hash: l.Hash})
		if !ok {
			t.Errorf("%s #%d: sentence %s not found", l.Doc, l.I, l.Hash)
			continue
		}
		got, ref := attribution(s)
		if ref {
			got = "<ref>"
		}
		total[l.Split]++
		total["all"]++
		if sameSource(got, l.Source) {
			right[l.Split]++
			right["all"]++
			continue
		}
		t.Logf("MISS %s %s #%d: got %q, labelled %q in %q", l.Split, l.Doc, l.I, got, l.Source, s)
	}
	for _, split := range []string{"tune", "check", "all"} {
		t.Logf("%-5s attribution accuracy %.3f (%d of %d sentences)", split, ratio(right[split], total[split]), right[split], total[split])
	}
	acc := ratio(right["all"], total["all"])
	if acc < 0.8 {
		t.Errorf("attribution accuracy %.3f below 0.8", acc)
	}
}
