package claims

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/textnorm"
)

// gluedPattern is the regular expression textnorm.Unglue replaced (it
// began here, as the sentence splitter's); unglueByPattern
// is it as it was, kept as the reference the scan must reproduce on the
// texts the claims read.
var gluedPattern = regexp.MustCompile(`([a-z0-9\)\]"”’]|\b[A-Z]{2,})([.!?]["”’']?)([“"‘]?[A-Z])`)

func unglueByPattern(p string) []string {
	if !gluedPattern.MatchString(p) {
		return []string{p}
	}
	var pieces []string
	var cur strings.Builder
	for i, f := range strings.Split(p, " ") {
		if i > 0 {
			cur.WriteByte(' ')
		}
		if strings.Contains(f, "://") || strings.Contains(f, "@") || strings.HasPrefix(f, "www.") {
			cur.WriteString(f)
			continue
		}
		last := 0
		for _, m := range gluedPattern.FindAllStringSubmatchIndex(f, -1) {
			cut := m[5] // end of the end mark and closing quotes
			cur.WriteString(f[last:cut])
			pieces = append(pieces, cur.String())
			cur.Reset()
			last = cut
		}
		cur.WriteString(f[last:])
	}
	return append(pieces, cur.String())
}

var unglueCases = []string{
	"region.More than", "said.”The", "said.\"The", "said.'The", "said.’The", "said.“The",
	"said.\"“The", "said.\"\"The", "said.\"'The", "said.”x", "U.S. Army", "U.S.Army",
	"the UK.North Korea", "the US.UK.North", "éUK.North", "1UK.North", "_UK.North", "(UK.North",
	"x.A.B.C", "x.AB.Cd", "a.ABC.Def", "2022.In", "done!Then?What.Now", "end.) Next", "(x).Y", "[1].Z",
	"see www.Example.Com or http://a.b/c.D or me@x.Yz, then.Go", "mail.Me@x.Com now.Yes",
	"wait...Then", "no.", ".A", "a.", "", " ", "a. B", "a.\u00a0B", "a.\tB", "\xe2\x80.A", "x\x9d.A",
	"\xff\xfe.A", "one.Two three.Four  five.Six", "ÉTAT.Non", "ENDS.\"Quote", "AB!C", "A.B",
}

func TestUnglueMatchesPattern(t *testing.T) {
	texts := slices.Clone(unglueCases)
	texts = append(texts, corpusTexts(t, "../testdata")...)
	texts = append(texts, clusterTexts(t)...)
	rng := rand.New(rand.NewPCG(3, 4))
	for range 200000 {
		texts = append(texts, randomGlued(rng))
	}
	cuts := 0
	for _, text := range texts {
		inputs := append([]string{text}, splitParagraphs(text)...)
		for _, p := range inputs {
			want, got := unglueByPattern(p), textnorm.Unglue(p)
			cuts += len(want) - 1
			if !slices.Equal(got, want) {
				t.Fatalf("textnorm.Unglue(%q):\n got  %q\n want %q", p, got, want)
			}
		}
	}
	if cuts < 1000 {
		t.Errorf("only %d cuts: the inputs hardly test cutting", cuts)
	}
	t.Logf("%d texts, %d cuts", len(texts), cuts)
}

// randomGlued draws short strings from the characters the pattern looks
// at, so boundaries, near misses and overlaps are common.
func randomGlued(rng *rand.Rand) string {
	alphabet := []string{"a", "z", "A", "B", "Z", "1", ".", "!", "?", " ", "\"", "'", "”", "’", "“", "‘",
		")", "]", "_", "é", "@", "://", "www.", "\xe2", "\x9d"}
	var b strings.Builder
	for range rng.IntN(24) {
		b.WriteString(alphabet[rng.IntN(len(alphabet))])
	}
	return b.String()
}

// clusterTexts returns the texts of the cluster evaluation data, or none
// when STORYFOLD_DATA is unset or holds none (read as dataDir reads it).
func clusterTexts(t testing.TB) []string {
	root := os.Getenv("STORYFOLD_DATA")
	if root == "" {
		t.Log("STORYFOLD_DATA is unset: checking without the cluster data")
		return nil
	}
	dir := filepath.Join(root, "cluster")
	if _, err := os.Stat(dir); err != nil {
		t.Logf("cluster data not found at %s: checking without it", dir)
		return nil
	}
	return corpusTexts(t, dir)
}

func FuzzUnglue(f *testing.F) {
	for _, c := range unglueCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, p string) {
		if want, got := unglueByPattern(p), textnorm.Unglue(p); !slices.Equal(got, want) {
			t.Errorf("textnorm.Unglue(%q):\n got  %q\n want %q", p, got, want)
		}
	})
}
