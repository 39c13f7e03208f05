package extract

import (
	"math"
	"net/url"
	"path"
	"strings"
	"unicode"

	"github.com/storyfold/storyfold/textnorm"
)

// The <h1>/stated split: where the page's <h1> and its stated title (the
// JSON-LD headline, og:title or the <title> cut before its site part)
// word the headline otherwise, the gold took the stated one on about 45
// wcxb-dev articles that the <h1> rule misses. A small logistic model
// over the pair decides it (titleChoiceWeights, fitted by
// TestHTMLTitleChoiceTrain).

// titleChoiceFeatures is the length of a pair's feature vector, the
// bias first.
const titleChoiceFeatures = 16

// prefersStated reports whether the stated title st is to be taken over
// the <h1>'s title h: only where they differ once folded, and the model
// gives the stated one better odds.
func (m *pageMeta) prefersStated(h, st string, src headlineSources, pageURL string) bool {
	if st == "" || foldTitle(st) == foldTitle(h) {
		return false
	}
	f := m.titleChoiceVector(h, st, src, pageURL)
	return titleChoiceOdds(&f, &titleChoiceWeights) > 0
}

// titleChoiceOdds is the model's log-odds for the stated title.
func titleChoiceOdds(f, w *[titleChoiceFeatures]float64) float64 {
	z := 0.0
	for k := range f {
		z += f[k] * w[k]
	}
	return z
}

// titleChoiceVector describes the pair: which sources state each, how
// far they differ in words, length and case, whether the <title> had a
// site part, how the URL's slug and the page's headings side, quotes.
func (m *pageMeta) titleChoiceVector(h, st string, src headlineSources, pageURL string) [titleChoiceFeatures]float64 {
	var f [titleChoiceFeatures]float64
	fh, fs := foldTitle(h), foldTitle(st)
	heads := make([]string, 0, 3)
	for _, s := range []string{src.ld, src.og, src.tag} {
		if s != "" {
			heads = append(heads, foldTitle(headPart(s, src.site)))
		}
	}
	f[0] = 1
	f[1] = b2f(src.ld != "" && foldTitle(src.ld) == fs)
	f[2] = b2f(src.og != "" && foldTitle(headPart(src.og, src.site)) == fs)
	f[3] = b2f(src.tag != "" && foldTitle(headPart(src.tag, src.site)) == fs)
	for _, k := range heads {
		f[4] += b2f(k == fh)
	}
	f[5] = b2f(len(titleParts(src.tag)) > 1)
	wh, ws := textnorm.Words(h), textnorm.Words(st)
	f[6] = math.Log(float64(len(wh)+1) / float64(len(ws)+1))
	f[7] = jaccard(wordSet(h), wordSet(st))
	f[8] = b2f(strings.HasPrefix(fs, fh))
	f[9] = b2f(strings.HasPrefix(fh, fs))
	f[10] = capShare(h) - capShare(st)
	slug := slugWords(pageURL)
	f[11] = slugShare(wh, slug) - slugShare(ws, slug)
	f[12] = b2f(strings.ContainsAny(h, "\"“”‘’'")) - b2f(strings.ContainsAny(st, "\"“”‘’'"))
	f[13] = float64(min(len(m.h1), 4)) - 1
	for _, x := range m.heads {
		if foldTitle(cleanText(x)) == fs {
			f[14] = 1
		}
	}
	f[15] = b2f(strings.ContainsAny(st, ":?!")) - b2f(strings.ContainsAny(h, ":?!"))
	return f
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// capShare is the share of s's words that open with a capital.
func capShare(s string) float64 {
	n, c := 0, 0
	for _, w := range strings.Fields(s) {
		r := []rune(w)
		if len(r) == 0 || !unicode.IsLetter(r[0]) {
			continue
		}
		n++
		if unicode.IsUpper(r[0]) {
			c++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(c) / float64(n)
}

// slugWords are the folded words of the URL's last path segment.
func slugWords(pageURL string) map[string]bool {
	u, err := url.Parse(pageURL)
	if err != nil {
		return nil
	}
	seg := path.Base(strings.TrimSuffix(u.Path, "/"))
	return wordSet(strings.NewReplacer("-", " ", "_", " ").Replace(seg))
}

// slugShare is the share of words that the slug holds.
func slugShare(words []string, slug map[string]bool) float64 {
	if len(words) == 0 || len(slug) == 0 {
		return 0
	}
	n := 0
	for _, w := range words {
		if slug[w] {
			n++
		}
	}
	return float64(n) / float64(len(words))
}

// titleChoiceWeights are fitted on wcxb-dev articles by
// TestHTMLTitleChoiceTrain (all zero: the <h1> is kept).
var titleChoiceWeights = [titleChoiceFeatures]float64{}
