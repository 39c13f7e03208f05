package claims

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/zeebo/xxh3"
	"golang.org/x/text/unicode/norm"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/textnorm"
)

// sentence is one sentence of one article with what was read from it.
type sentence struct {
	article int    // index of the article in the story
	id      string // article ID
	pos     int    // index in the article; the title is 0 when present
	title   bool
	text    string
	source  string // canonical attribution, after resolving "it said"
	conf    *news.Confidence
	verify  string
	qty     []Match
	terms   []uint64 // distinct content terms, hashed and sorted (termSet)
}

// reading is what is read from one sentence text, whichever article
// carries it.
type reading struct {
	source  string // attribution as written; "" when none
	pronoun bool   // the source is one named earlier ("it said")
	conf    *news.Confidence
	verify  string
	qty     []Match
	terms   []uint64
}

// readArticle splits an article (title first) and reads each sentence.
// Readings are shared through memo, by sentence text: copies and wire
// rewrites repeat whole sentences, which are read once per story.
func (x *Extractor) readArticle(a news.Article, memo map[string]*reading) []readSentence {
	texts := x.split.Sentences(a.Body)
	hasTitle := a.Title != "" && (len(texts) == 0 || !strings.HasPrefix(textnorm.Fold(texts[0]), textnorm.Fold(a.Title)))
	if hasTitle {
		texts = append([]string{strings.TrimSpace(a.Title)}, texts...)
	}
	out := make([]readSentence, len(texts))
	last := ""
	for pos, t := range texts {
		r := memo[t]
		if r == nil {
			r = x.read(t)
			memo[t] = r
		}
		src := r.source
		if r.pronoun {
			src = last
		}
		if src != "" {
			last = src
		}
		out[pos] = readSentence{text: t, source: src, title: hasTitle && pos == 0, r: r}
	}
	return out
}

// read reads one sentence.
func (x *Extractor) read(t string) *reading {
	sc := x.scratch.Get(newScratch)
	defer x.scratch.Put(sc)
	s := replaceAbbreviations(t)
	lower, ascii := lowerASCIIOf(s)
	sc.toks = appendTokensLower(sc.toks[:0], s, lower)
	r := &reading{qty: quantitiesOf(t, s, sc.toks)}
	r.source, r.pronoun = attributionOf(sc.toks)
	c := sc.cuesFrom(t, s, lower, ascii)
	if c.any(estimativeCues) {
		r.conf = Estimative(t)
	}
	if c.any(verificationCues) {
		r.verify = Verification(t)
	}
	sc.hashes = sc.terms.appendTerms(sc.hashes[:0], t)
	r.terms = sortedSet(sc.hashes)
	return r
}

// cues answers "might this sentence contain that word?" cheaply, so the
// estimative and verification readers (a regular expression over the
// folded text) run only on sentences that could match.
type cues struct {
	lower  string // the sentence as strings.ToLower gives it
	normal bool   // already NFKC: folding adds no letters
}

// cuesOf lowers s into the scratch buffer, which the cues hold until the
// next sentence: as a string without a copy (unsafe.String), since
// nothing writes the buffer while the cues are read and nothing keeps
// them.
func (sc *scratch) cuesOf(s string) cues {
	sc.lower = appendLower(sc.lower[:0], s)
	return cues{lower: unsafe.String(unsafe.SliceData(sc.lower), len(sc.lower)), normal: norm.NFKC.IsNormalString(s)}
}

// cuesFrom is cuesOf(t) for a reader that has lowered s, t with its
// abbreviations rewritten, as lowerASCIIOf does. When s is t and ASCII,
// most of news, the tokens' lowered text is the cues' too: strings.ToLower
// of ASCII lowers A-Z alone, and ASCII is NFKC already; so the sentence is
// neither lowered again nor checked for NFKC (TestCuesFrom).
func (sc *scratch) cuesFrom(t, s, lower string, ascii bool) cues {
	if ascii && s == t {
		return cues{lower: lower, normal: true}
	}
	return sc.cuesOf(t)
}

// appendLower appends strings.ToLower(s) to dst without building a
// string: ASCII byte by byte, other runes through unicode.ToLower, and
// invalid UTF-8 as U+FFFD, as strings.ToLower does.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += size
	}
	return dst
}

// any reports whether the sentence may hold one of words: it holds one
// in lower case, or folding could make one (the text is not in NFKC, where
// a ligature such as "ﬁ" becomes "fi").
func (c cues) any(words []string) bool {
	if !c.normal {
		return true
	}
	for _, w := range words {
		if strings.Contains(c.lower, w) {
			return true
		}
	}
	return false
}

// estimativeCues are in every yardstick term; verificationCues in every
// verification note the verification pattern matches. Where a cue word
// starts with a common letter, the cue is its tail from a rare one ("kely"
// for "likely", "babl" for "probabl", "vidence" for "evidence"): a
// substring search stops at each place the cue's first byte occurs, and
// the tail holds only where the word does, so few more sentences pass
// (TestCueTails).
var (
	estimativeCues   = []string{"kely", "certain", "chance", "possibility", "babl"}
	verificationCues = []string{"vidence", "verif", "confirm"}
)

// termSet returns the distinct terms as sorted 64-bit hashes, which dice
// intersects by merging rather than through a map per sentence.
func termSet(terms []string) []uint64 {
	h := make([]uint64, len(terms))
	for i, t := range terms {
		h[i] = xxh3.HashString(t)
	}
	return sortedSet(h)
}

// sortedSet returns the distinct values of h, sorted, in a new slice.
func sortedSet(h []uint64) []uint64 {
	if len(h) == 0 {
		return nil
	}
	out := slices.Clone(h)
	slices.Sort(out)
	return slices.Compact(out)
}

// dice is the Dice coefficient of two term sets.
func dice(a, b []uint64) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return 2 * float64(n) / float64(len(a)+len(b))
}

// genericRoles are vague sources: "UK officials" in a story where the UK
// Ministry of Defence speaks are taken to be the ministry.
var genericRoles = set("intelligence", "officials", "government", "sources")

// resolveSources fills in the story's context: a bare "Ministry of
// Defence" gets the country the story's other sentences give it, and a
// vague source ("the UK", "UK intelligence") becomes the one organisation
// of that country the story quotes most.
func resolveSources(sents []sentence) {
	byOrg := map[string]map[string]int{}     // org → full name → count
	byCountry := map[string]map[string]int{} // country → full name → count
	for _, s := range sents {
		if s.source == "" {
			continue
		}
		if c, org := splitSource(s.source); c != "" && isOrganisation(org) {
			bump(byOrg, org, s.source)
			bump(byCountry, c, s.source)
		}
	}
	for i := range sents {
		if sents[i].source == "" {
			continue // splitSource("") names no country, no organisation
		}
		c, rest := splitSource(sents[i].source)
		switch {
		case c == "" && isOrganisation(rest):
			if full := most(byOrg[rest]); full != "" {
				sents[i].source = full
			}
		case c != "" && (rest == "" || genericRoles[rest]):
			if full := most(byCountry[c]); full != "" {
				sents[i].source = full
			}
		}
	}
}

// splitSource splits a canonical source into its country and the rest.
func splitSource(src string) (country, rest string) {
	for _, c := range countryNames {
		if r, ok := strings.CutPrefix(src, c); ok && (r == "" || r[0] == ' ') {
			return c, strings.TrimSpace(r)
		}
	}
	return "", src
}

// countryNames are the canonical country names, each once: splitSource
// tried every key of countries, three to a name. No name is another's
// first words, so at most one matches and their order does not matter
// (TestCountryNamesApart).
var countryNames = func() []string {
	var names []string
	for _, c := range countries {
		names = append(names, c)
	}
	slices.Sort(names)
	return slices.Compact(names)
}()

func isOrganisation(name string) bool { return organisationNames[name] }

// organisationNames are the canonical organisation names.
var organisationNames = func() map[string]bool {
	m := make(map[string]bool)
	for _, o := range organisations {
		m[o] = true
	}
	return m
}()

func bump(m map[string]map[string]int, k, v string) {
	if m[k] == nil {
		m[k] = map[string]int{}
	}
	m[k][v]++
}

// most returns the key with the highest count, the smallest on ties.
func most(m map[string]int) string {
	best, n := "", 0
	for k, c := range m {
		if c > n || c == n && k < best {
			best, n = k, c
		}
	}
	return best
}
