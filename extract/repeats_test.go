package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/textnorm"
)

// harbourParas returns n invented paragraphs of about 30 words each.
func harbourParas(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("Paragraph %d: the harbour master said the quay had been closed since the storm, and that the ferries would not sail until the engineers had checked every mooring along the eastern wall.", i)
	}
	return out
}

func TestDropRepeatedRuns(t *testing.T) {
	body := harbourParas(10)
	short := make([]string, 10)
	for i := range short {
		short[i] = fmt.Sprintf("Day %d. Rest", i)
	}
	join := func(parts ...[]string) string {
		var all []string
		for _, p := range parts {
			all = append(all, p...)
		}
		return strings.Join(all, "\n\n")
	}
	// a notice set as lines of one paragraph (a line break between them),
	// which a page repeated inside that paragraph
	notice := make([]string, 9)
	for i := range notice {
		notice[i] = fmt.Sprintf("Notice %d: the Keel Street office of the Harbourton Gazette is open from nine to five on weekdays, and the newsroom takes calls about the harbour works.", i)
	}
	tests := []struct {
		name, in, want string
	}{
		{"a second copy of the article goes", join(body, body), join(body)},
		{"a copy inside one paragraph goes", join(body[:2], []string{strings.Join(append(notice, notice...), "\n")}, []string{"Sign-off line."}),
			join(body[:2], []string{strings.Join(notice, "\n")}, []string{"Sign-off line."})},
		{"a copy between two paragraphs leaves them apart", join(body, []string{"Sign-off line."}, body, []string{"Tail line."}),
			join(body, []string{"Sign-off line.", "Tail line."})},
		{"a paragraph of lines repeated whole goes", join([]string{strings.Join(notice, "\n")}, []string{strings.Join(notice, "\n"), "Tail line."}),
			join([]string{strings.Join(notice, "\n"), "Tail line."})},
		{"a copy from a paragraph's second line leaves the paragraphs either side apart", join(body, []string{"Sign-off line."}, body[1:], []string{"Tail line."}),
			join(body, []string{"Sign-off line.", "Tail line."})},
		{"a paragraph that copies the start of one leaves one blank line", join([]string{strings.Join(append(notice[:9:9], "Sign-off line."), "\n")}, []string{strings.Join(notice, "\n"), "Tail line."}),
			join([]string{strings.Join(append(notice[:9:9], "Sign-off line."), "\n")}, []string{"Tail line."})},
		// the second copy follows the first after one line break, and a
		// third from the first's second paragraph starts on the blank
		// line the first copy's removal passed over (this panicked)
		{"a copy starting on the blank line after another goes", strings.Join(body, "\n\n") + "\n" + join(body, body[1:]), join(body)},
		{"a copy after other text goes, the text stays", join(body, []string{"Sign-off line."}, body), join(body, []string{"Sign-off line."})},
		{"a run under eight paragraphs stays", join(body, body[:7]), join(body, body[:7])},
		{"a run of few words stays", join(short, short), join(short, short)},
		{"a body without repeats is returned whole", join(body), join(body)},
		{"cards set twice side by side go", join([]string{"Mill Lane bakery", "Seed loaf wins", "Mill Lane bakery", "Seed loaf wins", "Choir at the lighthouse", "Choir at the lighthouse"}),
			join([]string{"Mill Lane bakery", "Seed loaf wins", "Choir at the lighthouse"})},
		{"a repeat further on stays", join([]string{"Mill Lane bakery", "Seed loaf wins", "Mill Lane bakery"}), join([]string{"Mill Lane bakery", "Seed loaf wins", "Mill Lane bakery"})},
	}
	// The text path's form reads in its page's scratch, here one scratch
	// for all the cases, each after a page's blocks were read into it (its
	// map and indexes hold that page's texts): the same bodies.
	sc := newTextScratch()
	for _, tt := range tests {
		if got := dropRepeatedRuns(tt.in); got != tt.want {
			t.Errorf("%s: got %d paragraphs and %d lines, want %d and %d", tt.name,
				strings.Count(got, "\n\n")+1, strings.Count(got, "\n")+1, strings.Count(tt.want, "\n\n")+1, strings.Count(tt.want, "\n")+1)
		}
		textSplitBlocksIn(join(body[3:], short, body[:2], body), sc)
		if got := dropRepeatedRunsIn(tt.in, sc); got != tt.want {
			t.Errorf("%s, in a used scratch: got %d paragraphs and %d lines, want %d and %d", tt.name,
				strings.Count(got, "\n\n")+1, strings.Count(got, "\n")+1, strings.Count(tt.want, "\n\n")+1, strings.Count(tt.want, "\n")+1)
		}
	}
}

// TestExtractKeepsOneCopy checks that Extract drops a page's second copy
// of its article, from text as from HTML.
func TestExtractKeepsOneCopy(t *testing.T) {
	paras := harbourParas(9)
	text := "Quay closed after storm\n\n" + strings.Join(paras, "\n\n") + "\n\n" + strings.Join(paras, "\n\n")
	var html strings.Builder
	html.WriteString("<html><head><title>Quay closed after storm</title></head><body><article><h1>Quay closed after storm</h1>")
	for range 2 {
		html.WriteString("<div>")
		for _, p := range paras {
			html.WriteString("<p>" + p + "</p>")
		}
		html.WriteString("</div>")
	}
	html.WriteString("</article></body></html>")
	x := New(DefaultOptions())
	for _, p := range []news.Page{
		{URL: "https://example.org/quay", Format: news.FormatText, Content: []byte(text)},
		{URL: "https://example.org/quay", Format: news.FormatHTML, Content: []byte(html.String())},
	} {
		a, err := x.Extract(p)
		if err != nil {
			t.Fatalf("%s: %v", p.Format, err)
		}
		if n := strings.Count(a.Body, paras[3]); n != 1 {
			t.Errorf("%s: the fourth paragraph is in the body %d times, want once", p.Format, n)
		}
	}
}

// A flattened page's second copy of its article goes before the blocks
// are scored, and the first copy no longer reads as repeated; a list of
// courses the footer repeats, as long but not prose, keeps its repeats,
// which mark it as furniture.
func TestTextDropCopies(t *testing.T) {
	paras := harbourParas(9)
	courses := make([]string, 10)
	for i := range courses {
		courses[i] = fmt.Sprintf("Course %d in harbour pilotage and quay safety for ferry crews and harbour staff of the eastern region and the islands", i)
	}
	page := strings.Join(courses, "\n") + "\n" + strings.Join(paras, "\n") + "\n" + strings.Join(paras, "\n") + "\n" +
		"Fresh from the quay: the harbour board met on Tuesday.\n" + strings.Join(courses, "\n")
	blocks := textSplitBlocks(page)
	article, course := 0, 0
	for _, b := range blocks {
		switch b.text {
		case paras[4]:
			article++
			if b.dup != 0 {
				t.Errorf("the kept copy's paragraph reads as repeated (dup %d)", b.dup)
			}
		case courses[3]:
			course++
			if b.dup == 0 {
				t.Error("the repeated course list lost its repeats")
			}
		}
	}
	if article != 1 || course != 2 {
		t.Errorf("got the article's paragraph %d times and a course %d times, want 1 and 2", article, course)
	}
}

// TestRunHasWordsMatchesSum holds runHasWords, which stops counting at n,
// to the sum of every paragraph's words, at every n around the sum.
func TestRunHasWordsMatchesSum(t *testing.T) {
	paras := []string{"Keel Street reopens.", "", "Maren Solberg, 41, of Mill Lane", "—", "the ferry ran late"}
	for lo := range len(paras) {
		for hi := lo; hi <= len(paras); hi++ {
			sum := 0
			for _, p := range paras[lo:hi] {
				sum += textnorm.CountWords(p)
			}
			for n := 0; n <= sum+2; n++ {
				if got := runHasWords(paras[lo:hi], n); got != (sum >= n) {
					t.Fatalf("runHasWords(%q, %d) = %v, the paragraphs hold %d words", paras[lo:hi], n, got, sum)
				}
			}
		}
	}
}

// TestRepeatedRunsFromMatchesMap holds repeatedRunsFrom, given each
// paragraph's first index, to the search that filed the texts it read in
// a map as it went, on random sequences of a few texts, where runs and
// runs over runs are common.
func TestRepeatedRunsFromMatchesMap(t *testing.T) {
	plain := func(paras []string) []copyRun {
		var runs []copyRun
		first := map[string]int{}
		for i := 0; i < len(paras); {
			j, seen := first[paras[i]]
			if !seen {
				first[paras[i]] = i
				i++
				continue
			}
			if k := copyRunAt(paras, i, j); k > 0 {
				runs = append(runs, copyRun{i, i + k})
				i += k
			} else {
				i++
			}
		}
		return runs
	}
	texts := harbourParas(12)
	rng := fastRand(3, 4)
	found := 0
	for range 3000 {
		var paras []string
		for range rng.IntN(60) {
			if n := len(paras); n > 0 && rng.IntN(3) > 0 {
				paras = append(paras, paras[rng.IntN(n)]) // a repeat, often of a run
				continue
			}
			paras = append(paras, texts[rng.IntN(len(texts))])
		}
		got, want := repeatedRuns(paras), plain(paras)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("repeatedRuns = %v, the map search %v, for %d paragraphs", got, want, len(paras))
		}
		found += len(got)
	}
	if found == 0 {
		t.Error("no run found: the sequences test nothing")
	}
}

// TestRepeatedRunsFromSkipsTails holds repeatedRunsFrom, which skips the
// tails of a run it found too short, to the search that asks copyRunAt
// at every repeat, on random sequences of blank lines and paragraphs of
// 1 to 70 words: runs near the bounds (repeatRunParas, repeatRunWords)
// are common, too short by their words, their paragraphs or both.
func TestRepeatedRunsFromSkipsTails(t *testing.T) {
	plain := func(paras []string, firsts []int) []copyRun {
		var runs []copyRun
		for i := 0; i < len(paras); {
			if j := firsts[i]; j < i {
				if k := copyRunAt(paras, i, j); k > 0 {
					runs = append(runs, copyRun{i, i + k})
					i += k
					continue
				}
			}
			i++
		}
		return runs
	}
	var texts []string
	texts = append(texts, "")
	for n := 1; n <= 70; n += 3 {
		texts = append(texts, strings.TrimSpace(strings.Repeat("Harbourton ", n))+fmt.Sprint(n))
	}
	rng := fastRand(5, 6)
	found, short := 0, 0
	for range 4000 {
		var paras []string
		for len(paras) < 80 && rng.IntN(40) > 0 {
			if n := len(paras); n > 4 && rng.IntN(2) == 0 {
				// a copy of an earlier stretch of 1 to 16 paragraphs, one of
				// them now and then another text
				at := rng.IntN(n)
				for k := range min(1+rng.IntN(16), n-at) {
					p := paras[at+k]
					if rng.IntN(10) == 0 {
						p = texts[rng.IntN(len(texts))]
					}
					paras = append(paras, p)
				}
				continue
			}
			paras = append(paras, texts[rng.IntN(len(texts))])
		}
		firsts := firstIndexes(paras)
		for i, f := range firsts {
			if f < i && copyRunAt(paras, i, f) == 0 {
				if k, _ := copyRunLen(paras, i, f); k >= 2 {
					short++
				}
			}
		}
		got, want := repeatedRunsFrom(paras, firsts), plain(paras, firsts)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("repeatedRunsFrom = %v, asking at every repeat %v, for %q", got, want, paras)
		}
		found += len(got)
	}
	if found < 100 || short < 100 {
		t.Errorf("%d runs found, %d too short of two paragraphs or more: the sequences test little", found, short)
	}
}

// TestFirstTableMatchesMap holds firstTable, which files texts by their
// hash, to a map of the texts: lists of the test pages' lines, of texts
// drawn from a few (empty ones among them, most repeated) and of texts
// that share a hash (firstHash), one
// table reused across lists longer and shorter than the last, as the
// page's scratch reuses it, and a new table for each as firstIndexes has.
func TestFirstTableMatchesMap(t *testing.T) {
	lines := textSpeedLines(t)
	words := []string{"", " ", "Share", "share", "Menu", "Read more", "a", "é", "Sports\nNews"}
	// Texts of 31 bytes that differ only where firstHash reads nothing
	// (bytes 8 to 10 and 20 to 22), so share a hash: the table must tell
	// them apart by their text.
	var alike []string
	for _, mid := range []string{"abc", "abd", "xbc", "   "} {
		for _, end := range []string{"klm", "klx", "   "} {
			alike = append(alike, "Read on "+mid+"the story"+end+" at home")
		}
	}
	if h := firstHash(alike[0]); firstHash(alike[len(alike)-1]) != h {
		t.Fatalf("the alike texts do not share a hash: %q", alike)
	}
	rng := fastRand(93, 94)
	var reused firstTable
	for round := range 3000 {
		texts := make([]string, rng.IntN(300))
		for i := range texts {
			switch round % 3 {
			case 0:
				texts[i] = lines[rng.IntN(len(lines))]
			case 1:
				texts[i] = words[rng.IntN(len(words))]
			default:
				texts[i] = alike[rng.IntN(len(alike))]
			}
		}
		want := make([]int, len(texts))
		seen := map[string]int{}
		for i, s := range texts {
			if _, ok := seen[s]; !ok {
				seen[s] = i
			}
			want[i] = seen[s]
		}
		got := make([]int, len(texts))
		reused.fill(got, func(i int) string { return texts[i] })
		if !slices.Equal(got, want) {
			t.Fatalf("round %d: the reused table gives %v, a map %v, for %q", round, got, want, texts)
		}
		if got := firstIndexes(texts); !slices.Equal(got, want) {
			t.Fatalf("round %d: a new table gives %v, a map %v, for %q", round, got, want, texts)
		}
	}
}
