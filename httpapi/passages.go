package httpapi

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/store"
	"github.com/storyfold/storyfold/textnorm"
)

// SharedPassage is a run of words several of a story's articles carry
// word for word (after folding quotes, dashes and case): a quote they all
// took from one statement, or the text a copy took from its original.
type SharedPassage struct {
	Text     string   `json:"text"`
	Articles []string `json:"articles"`
}

const (
	// passageWords is the shingle length that makes a passage: eight words
	// in a row are rarely shared by chance, and on the seed story every run
	// of eight shared words is a quote of the MoD statement or a copied
	// paragraph, while seven let "the UK ministry of defence said" links in.
	passageWords = 8
	// maxPassageArticles bounds the articles read for one story view; a
	// story larger than this shows the passages of its first articles.
	maxPassageArticles = 50
	maxPassages        = 20
)

// passageText is one article's words with their byte spans in its body.
type passageText struct {
	id     string
	body   string
	words  []string
	spans  [][2]int
	hashes []uint64
}

// SharedPassages finds the runs of words (folded) that at least two of the
// story's articles share, most widely shared first.
func SharedPassages(ctx context.Context, r StoryReader, st news.Story) ([]SharedPassage, error) {
	texts, err := loadPassageTexts(ctx, r, st)
	if err != nil {
		return nil, err
	}
	holders := map[uint64][]int{} // shingle → indexes of texts holding it
	for i, t := range texts {
		for _, h := range t.hashes {
			if l := holders[h]; len(l) == 0 || l[len(l)-1] != i {
				holders[h] = append(l, i)
			}
		}
	}
	var found []SharedPassage
	keys := map[string]int{}
	for _, t := range texts {
		for _, run := range sharedRuns(t, holders) {
			key := strings.Join(t.words[run.from:run.to], " ")
			if k, ok := keys[key]; ok {
				found[k].Articles = union(found[k].Articles, run.articles(texts))
				continue
			}
			keys[key] = len(found)
			found = append(found, SharedPassage{
				Text: t.body[t.spans[run.from][0]:t.spans[run.to-1][1]], Articles: run.articles(texts)})
		}
	}
	return rankPassages(found), nil
}

func loadPassageTexts(ctx context.Context, r StoryReader, st news.Story) ([]passageText, error) {
	var texts []passageText
	for _, a := range st.Articles[:min(len(st.Articles), maxPassageArticles)] {
		rec, err := r.Article(ctx, a.ID)
		if errors.Is(err, store.ErrNotFound) {
			continue // moved or deleted since the story was read
		}
		if err != nil {
			return nil, fmt.Errorf("shared passages of story %s: %w", st.ID, err)
		}
		t := passageText{id: a.ID, body: rec.Body}
		textnorm.EachWordSpan(rec.Body, func(w string, start, end int) {
			t.words = append(t.words, w)
			t.spans = append(t.spans, [2]int{start, end})
		})
		if len(t.words) >= passageWords {
			t.hashes = textnorm.Shingles(t.words, passageWords)
		}
		texts = append(texts, t)
	}
	return texts, nil
}

// run is a stretch of words [from, to) of one text whose every shingle
// the same set of texts holds.
type run struct {
	from, to int
	holders  []int
}

func (r run) articles(texts []passageText) []string {
	out := make([]string, 0, len(r.holders))
	for _, i := range r.holders {
		out = append(out, texts[i].id)
	}
	sort.Strings(out)
	return out
}

// minRunWords drops the scraps left where one run ends and the next, held
// by other texts, begins: fewer words than this say nothing alone.
const minRunWords = 4

// sharedRuns cuts a text into runs of shingles that other texts share,
// starting a new run wherever the set of holders changes, so each run's
// articles all carry all of it.
func sharedRuns(t passageText, holders map[uint64][]int) []run {
	var out []run
	for p, h := range t.hashes {
		hs := holders[h]
		if len(hs) < 2 {
			continue
		}
		if n := len(out); n > 0 && out[n-1].to >= p && slices.Equal(out[n-1].holders, hs) {
			out[n-1].to = p + passageWords
			continue
		}
		from := p
		if n := len(out); n > 0 && out[n-1].to > p {
			from = out[n-1].to // do not repeat the previous run's words
		}
		out = append(out, run{from: from, to: p + passageWords, holders: hs})
	}
	return slices.DeleteFunc(out, func(r run) bool { return r.to-r.from < minRunWords })
}

func union(a, b []string) []string {
	for _, x := range b {
		if !slices.Contains(a, x) {
			a = append(a, x)
		}
	}
	sort.Strings(a)
	return a
}

// rankPassages orders passages by how many articles share them, then by
// length, and drops a passage contained in a kept one that the same
// articles share.
func rankPassages(ps []SharedPassage) []SharedPassage {
	sort.SliceStable(ps, func(i, j int) bool {
		if len(ps[i].Articles) != len(ps[j].Articles) {
			return len(ps[i].Articles) > len(ps[j].Articles)
		}
		return len(ps[i].Text) > len(ps[j].Text)
	})
	var out []SharedPassage
	for _, p := range ps {
		covered := false
		for _, k := range out {
			if strings.Contains(textnorm.Fold(k.Text), textnorm.Fold(p.Text)) && subset(p.Articles, k.Articles) {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, p)
		}
		if len(out) == maxPassages {
			break
		}
	}
	return nonNil(out)
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// Sentences splits text at full stops, question and exclamation marks that
// end a sentence (followed by a space, a capital or an opening quote, or
// the end), and at line breaks. It is a reader's splitter for display and
// matching, not a linguistic one: "U.K. officials" splits in two.
func Sentences(text string) []string {
	var out []string
	start := 0
	emit := func(end int) {
		if s := strings.TrimSpace(text[start:end]); s != "" {
			out = append(out, s)
		}
		start = end
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case r == '\n':
			emit(i)
		case r == '.' || r == '!' || r == '?':
			// Closing quotes belong to the sentence they end.
			for i < len(text) {
				q, qs := utf8.DecodeRuneInString(text[i:])
				if q != '"' && q != '\'' && q != '”' && q != '’' && q != ')' {
					break
				}
				i += qs
			}
			if next, _ := utf8.DecodeRuneInString(text[i:]); i == len(text) || unicode.IsSpace(next) ||
				unicode.IsUpper(next) || next == '“' || next == '‘' {
				emit(i)
			}
		}
	}
	emit(len(text))
	return out
}
