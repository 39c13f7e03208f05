package httpapi

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyfold/storyfold/news"
	"github.com/storyfold/storyfold/textnorm"
)

// maxEntities bounds the entities kept per story; the seed story has seven
// that matter (North Korea, Kursk, Russia, Ukraine, UK, DPRK, Kim Jong Un)
// and the tail below them is noise from claim sentences.
const maxEntities = 8

// maxNameWords is the longest attribution taken as a name; longer ones
// ("US, South Korean and Ukraine intelligence officials") are phrases.
const maxNameWords = 5

// Entities returns the names a story mentions most: runs of capitalised
// words in its headline, sentence-case titles, claim sentences and claim
// attributions, most mentioned first. No named-entity model is involved, so
// this is a browsing aid (the trending bar, the entity filter, related
// stories), not a claim about who is in the story.
func Entities(st news.Story) []string {
	c := newEntityCounter()
	c.addText(st.Headline)
	for _, a := range st.Articles {
		c.addText(a.Title)
	}
	for _, cl := range st.Claims {
		c.addText(cl.Text)
		if a := strings.TrimSpace(cl.AttributedTo); isAttributionName(a) {
			c.add(a, true) // an attribution is a name as it stands
		}
	}
	return c.top(maxEntities)
}

// entityCounter counts the names of one story's texts.
type entityCounter struct {
	counts map[string]int
	names  map[string]string // folded key → first spelling seen
	// strong records names seen somewhere other than the start of a
	// sentence or headline: a single word capitalised only there
	// ("Firefighters said…", "Police: Man shot", "Teen killed…" — the GVC
	// trending bar was all such words) is no name.
	strong map[string]bool
}

func newEntityCounter() *entityCounter {
	return &entityCounter{counts: map[string]int{}, names: map[string]string{}, strong: map[string]bool{}}
}

func (c *entityCounter) addText(text string) {
	for _, n := range nameRuns(text) {
		c.add(n.text, !n.atStart)
	}
}

func (c *entityCounter) add(name string, strong bool) {
	k := textnorm.Fold(name)
	if _, ok := c.names[k]; !ok {
		c.names[k] = name
	}
	c.counts[k]++
	c.strong[k] = c.strong[k] || strong
}

// top returns up to n names, most counted first, leaving out single words
// seen only at sentence starts.
func (c *entityCounter) top(n int) []string {
	keys := make([]string, 0, len(c.counts))
	for k := range c.counts {
		if c.strong[k] || strings.Contains(k, " ") || isAcronym(c.names[k]) {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if c.counts[keys[i]] != c.counts[keys[j]] {
			return c.counts[keys[i]] > c.counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	out := make([]string, 0, min(len(keys), n))
	for _, k := range keys[:min(len(keys), n)] {
		out = append(out, c.names[k])
	}
	return out
}

// isAttributionName reports whether a claim's attribution reads as a name:
// capitalised, short, and not a lone label ("police", "Neighbors" are
// attributions on GVC dev, not names).
func isAttributionName(a string) bool {
	f := strings.Fields(a)
	switch {
	case len(f) == 0 || len(f) > maxNameWords:
		return false
	case len(f) == 1:
		return isName(a)
	}
	r, _ := utf8.DecodeRuneInString(a)
	return unicode.IsUpper(r)
}

// HasEntity reports whether a story's entities include name, compared folded.
func HasEntity(st news.Story, name string) bool {
	want := textnorm.Fold(name)
	for _, e := range Entities(st) {
		if textnorm.Fold(e) == want {
			return true
		}
	}
	return false
}

// nameRun is a run of capitalised words and whether a sentence starts with it.
type nameRun struct {
	text    string
	atStart bool
}

// nameRuns returns the runs of capitalised words in text. A title-case
// sentence or headline part ("More Than Half Of North Korean Troops…",
// "Dunhaven, Ohio News, Weather, Sports - 1 hurt…") capitalises every word
// and would yield all of it, so it gives only its all-caps acronyms.
func nameRuns(text string) []nameRun {
	words := splitWords(text)
	titleCase := false
	var (
		out                       []nameRun
		run                       []string
		sentenceStart, runAtStart = true, false
	)
	flush := func() {
		// A connector may not end a run: "Ministry of" → "Ministry".
		for len(run) > 0 && isConnector(run[len(run)-1]) {
			run = run[:len(run)-1]
		}
		// "More than 6,000…": a capital at a sentence start is no name.
		if len(run) == 1 && runAtStart && textnorm.IsStopword(strings.ToLower(run[0])) {
			run = nil
		}
		if len(run) > 0 {
			out = append(out, nameRun{strings.Join(run, " "), runAtStart})
		}
		run = nil
	}
	for i, w := range words {
		switch {
		case w == sentenceEnd || w == clauseEnd:
			flush()
			if sentenceStart = w == sentenceEnd; sentenceStart {
				titleCase = isTitleCase(words[i+1:])
			}
			continue
		case titleCase:
			if isAcronym(w) {
				out = append(out, nameRun{text: w})
			}
		case isName(w) || (len(run) > 0 && isConnector(w)):
			if len(run) == 0 {
				runAtStart = sentenceStart
			}
			run = append(run, w)
		default:
			flush()
		}
		sentenceStart = false
	}
	flush()
	return out
}

// Boundary marks splitWords puts between words; a name run ends at either.
const (
	sentenceEnd = "."
	clauseEnd   = ","
)

// splitWords splits text into words with possessives and punctuation
// dropped, and boundary marks where punctuation ended a sentence or clause.
func splitWords(text string) []string {
	out := []string{sentenceEnd}
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return unicode.IsSpace(r) || r == '/' }) {
		isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' }
		lead := strings.IndexFunc(f, isWord)
		if !strings.ContainsFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			// A field of punctuation alone: "|" and "-" separate a
			// headline's parts ("Man shot | Local News") like sentences.
			if strings.ContainsAny(f, "|-–—:") {
				out = append(out, sentenceEnd)
			} else {
				out = append(out, clauseEnd)
			}
			continue
		}
		if lead > 0 {
			out = append(out, clauseEnd) // an opening quote or bracket
		}
		end := strings.LastIndexFunc(f, isWord)
		w, tail := strings.Trim(f[lead:end+1], "-"), f[end+1:]
		for _, suffix := range []string{"'s", "’s"} {
			w = strings.TrimSuffix(w, suffix)
		}
		if w != "" {
			out = append(out, w)
		}
		switch {
		case strings.ContainsAny(tail, ".!?:|"):
			// A colon starts a new unit in headlines ("Police: Man shot").
			out = append(out, sentenceEnd)
		case tail != "":
			out = append(out, clauseEnd)
		}
	}
	return out
}

// isTitleCase reports whether the sentence that words start capitalises
// (nearly) every word.
func isTitleCase(words []string) bool {
	n, capital := 0, 0
	for _, w := range words {
		if w == sentenceEnd {
			break
		}
		if w == clauseEnd {
			continue
		}
		n++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			capital++
		}
	}
	// Sentence case capitalises names only; three in four capitalised words
	// is a title-case headline (the seeds: 002 and 003 are, 000 and 004 not).
	return n >= 4 && capital*4 >= n*3
}

func isName(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	lw := strings.ToLower(w)
	if utf8.RuneCountInString(w) < 2 || strings.HasPrefix(lw, "i'") || strings.HasPrefix(lw, "i’") {
		return false // an initial ("E! News" leaves "E") or "I'm", "I've"
	}
	if isCalendarWord(lw) || isMediaWord(lw) {
		return false
	}
	return isAcronym(w) || !textnorm.IsStopword(lw)
}

// isCalendarWord reports whether w names a weekday or month: capitalised
// in every news sentence ("on Sunday") but never what a story is about.
func isCalendarWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "june", "july", "august",
		"september", "october", "november", "december",
		"mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// isMediaWord reports whether w is a word news pages capitalise as labels
// (captions, section names, banners). The list is what topped the trending
// bar over the GVC dev stories before it: Photo, News, Update, Neighbors.
func isMediaWord(w string) bool {
	switch w {
	case "photo", "photos", "video", "videos", "watch", "read", "update", "updated", "advertisement",
		"related", "breaking", "news", "live", "exclusive", "opinion", "analysis", "editorial",
		"image", "images", "file", "neighbors", "neighbours", "comments", "share", "st":
		return true
	}
	return false
}

// isAcronym reports whether w is an all-capitals word of two to five
// letters (UK, US, DPRK, NATO): names even where "us" would be a stopword.
// Six letters let shouted words in (POLICE, UPDATE on the GVC dev set).
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func isConnector(w string) bool { return w == "of" || w == "de" || w == "for" }
