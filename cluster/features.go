package cluster

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storyfold/storyfold/textnorm"
)

// vocab maps terms, entity keys and number keys to dense ids and keeps the
// document frequencies the online IDF is learned from.
type vocab struct {
	ids map[string]uint32
	// words caches the term id of each surface word (-1 for stopwords):
	// Snowball stemming is most of the cost of an article otherwise. It is
	// cleared when it reaches maxWords.
	words  map[uint64]int64 // by xxh3 hash of the lower-cased word
	hashes []uint64         // scratch
	df     []uint32
	idf    []float32
	n      int // documents counted
	// idfN is n when the idf table was last rebuilt; it is rebuilt when n
	// has grown by a tenth, and kept current per term in between, so the
	// cost per document stays flat.
	idfN int
}

func newVocab() *vocab {
	return &vocab{ids: make(map[string]uint32), words: make(map[uint64]int64)}
}

// id returns the id of key, adding it when new.
func (v *vocab) id(key string) uint32 {
	if id, ok := v.ids[key]; ok {
		return id
	}
	id := uint32(len(v.df))
	v.ids[strings.Clone(key)] = id
	v.df = append(v.df, 0)
	v.idf = append(v.idf, 0)
	return id
}

// count adds one document holding the given ids to the frequencies.
func (v *vocab) count(vs ...vec) {
	v.n++
	if v.n > v.idfN+v.idfN/10 || v.idfN == 0 {
		v.idfN = v.n
		for id := range v.df {
			v.idf[id] = v.weight(v.df[id])
		}
	}
	for _, x := range vs {
		for _, e := range x {
			v.df[e.id]++
			v.idf[e.id] = v.weight(v.df[e.id])
		}
	}
}

// weight is the smoothed IDF ln(1+N/df).
func (v *vocab) weight(df uint32) float32 {
	return float32(math.Log(1 + float64(v.idfN)/float64(df+1)))
}

// features are what the clusterer keeps of a document.
type features struct {
	body vec // content terms of title and body
	head vec // content terms of the title (or the lead when untitled)
	ents vec // capitalised names and their words
	nums vec // numbers and calendar dates
	date time.Time
}

// Key prefixes keep entity and number keys apart from content terms in the
// one vocabulary.
const (
	entPrefix = "\x01"
	numPrefix = "\x02"
)

// extract computes d's features, adding unseen keys to the vocabulary
// without counting them.
func (v *vocab) extract(d Doc, headChars int) features {
	title := headline(d.Title)
	text := title + "\n" + d.Body
	f := features{date: d.Published}
	f.body = v.termVec(text)
	head := title
	if strings.TrimSpace(head) == "" {
		head = lead(d.Body, headChars)
	}
	f.head = v.termVec(head)
	ents, nums := map[uint32]int{}, map[uint32]int{}
	scanNames(text, func(key string) { ents[v.id(entPrefix+key)]++ })
	scanNumbers(text, func(key string) { nums[v.id(numPrefix+key)]++ })
	f.ents, f.nums = vecFromCounts(ents), vecFromCounts(nums)
	return f
}

// maxWords bounds the word cache; a million words cost about 40 MB.
const maxWords = 1 << 20

// termVec returns the content terms of s (as textnorm.Terms finds them)
// with their counts. Words are looked up by hash, so known words cost no
// string building or stemming; only unknown words are stemmed.
func (v *vocab) termVec(s string) vec {
	v.hashes = textnorm.AppendWordHashes(v.hashes[:0], s)
	for _, h := range v.hashes {
		if _, ok := v.words[h]; !ok {
			v.learnWords(s)
			break
		}
	}
	counts := map[uint32]int{}
	for _, h := range v.hashes {
		if id := v.words[h]; id >= 0 {
			counts[uint32(id)]++
		}
	}
	return vecFromCounts(counts)
}

// learnWords stems the words of s missing from the word cache and adds
// them.
func (v *vocab) learnWords(s string) {
	if len(v.words)+len(v.hashes) >= maxWords {
		clear(v.words)
	}
	i := 0
	textnorm.EachWord(s, func(w string) {
		h := v.hashes[i]
		i++
		if _, ok := v.words[h]; ok {
			return
		}
		id := int64(-1)
		if len(w) >= 2 && !textnorm.IsStopword(w) {
			id = int64(v.id(textnorm.Stem(w)))
		}
		v.words[h] = id
	})
}

// headline returns title without the site names crawlers leave in it
// ("Girl shot in chest - WMC Action News 5 - Memphis, Tennessee"): each
// trailing segment after " - ", " | " or " :: " is cut when it has at most
// four words, or at most twelve with a word stations use in their names
// ("KSLA News 12 Shreveport, Louisiana News Weather & Sports").
// On gvc-dev such suffixes put reports of different shootings by one
// station in one story.
func headline(title string) string {
	for range 3 {
		cut := -1
		for _, sep := range []string{" - ", " | ", " – ", " — ", " :: "} {
			if i := strings.LastIndex(title, sep); i > cut {
				cut = i
			}
		}
		if cut <= 0 || !siteSuffix(title[cut:]) {
			return title
		}
		title = strings.TrimSpace(title[:cut])
	}
	return title
}

func siteSuffix(seg string) bool {
	n := len(strings.Fields(seg)) - 1 // the separator is a field
	if n <= 4 {
		return true
	}
	if n > 12 {
		return false
	}
	low := strings.ToLower(seg)
	for _, w := range []string{"news", "weather", "sports", ".com", "tv", "channel", "radio"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// lead returns about the first n bytes of body, cut at a word boundary:
// the lead carries the who, what and where an untitled report is about.
func lead(body string, n int) string {
	if len(body) <= n {
		return body
	}
	cut := strings.LastIndexByte(body[:n], ' ')
	if cut <= 0 {
		cut = n
	}
	return body[:cut]
}

// token is one \w+ run of the original text.
type token struct {
	text      string
	gap       string // the text between the previous token and this one
	sentStart bool   // first token of a sentence
	joined    bool   // separated from the previous token by one space only
}

// eachToken calls fn with the word tokens of s and where they stand.
func eachToken(s string, fn func(t token)) {
	start, sent, gapStart := -1, true, 0
	for i, r := range s {
		if isWord(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			gap := s[gapStart:start]
			fn(token{text: s[start:i], gap: gap, sentStart: sent, joined: gap == " "})
			start, sent, gapStart = -1, false, i
		}
		if strings.ContainsRune(".!?\n:;\"", r) {
			sent = true
		}
	}
	if start >= 0 {
		gap := s[gapStart:start]
		fn(token{text: s[start:], gap: gap, sentStart: sent, joined: gap == " "})
	}
}

func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// calendar words are capitalised but name no one; they are matched as
// dates (scanNumbers) instead.
var calendar = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
	"monday": 0, "tuesday": 0, "wednesday": 0, "thursday": 0, "friday": 0, "saturday": 0, "sunday": 0,
}

// scanNames calls fn with the keys of the names in s: runs of capitalised
// words, as a first approximation of people, places and organisations.
// Each word of a run is a key (so "Lohan" meets "Lindsay Lohan") and so is
// the whole run. A lone capitalised word opening a sentence is skipped:
// it is more often an ordinary word than a name.
func scanNames(s string, fn func(key string)) {
	var run []string
	runSent := false
	flush := func() {
		if len(run) == 1 && runSent {
			run = run[:0]
			return
		}
		for _, w := range run {
			fn(w)
		}
		if len(run) > 1 {
			fn(strings.Join(run, " "))
		}
		run = run[:0]
	}
	eachToken(s, func(t token) {
		if len(run) > 0 && !t.joined {
			flush()
		}
		w := strings.ToLower(t.text)
		_, cal := calendar[w]
		if !isCapitalised(t.text) || len(w) < 2 || cal || textnorm.IsStopword(w) || isNumber(w) {
			flush()
			return
		}
		if len(run) == 0 {
			runSent = t.sentStart
		}
		run = append(run, w)
	})
	flush()
}

func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			return true
		}
	}
	return false
}

// scanNumbers calls fn with the numbers of s (leading zeros dropped,
// "6,000" read as 6000 and "5.6" kept whole) and with calendar dates
// written "June 8" or "8 June", keyed "6/8".
func scanNumbers(s string, fn func(key string)) {
	var prev, num string
	grouped := false // num holds thousands groups: "6,000" so far
	flush := func() {
		if num == "" {
			return
		}
		n := strings.TrimLeft(num, "0")
		if n == "" || n[0] == '.' {
			n = "0" + n
		}
		fn(n)
		if m := calendar[prev]; m > 0 {
			if day, err := strconv.Atoi(n); err == nil && day >= 1 && day <= 31 {
				fn(strconv.Itoa(m) + "/" + n)
			}
		}
		prev, num = n, ""
	}
	eachToken(s, func(t token) {
		w := strings.ToLower(t.text)
		switch {
		case isNumber(w) && num != "" && t.gap == "," && len(w) == 3 && (grouped || len(num) <= 3):
			num, grouped = num+w, true
		case isNumber(w) && num != "" && t.gap == ".":
			num += "." + w
		case isNumber(w):
			flush()
			num, grouped = w, false
		default:
			flush()
			if m := calendar[w]; m > 0 {
				if day, err := strconv.Atoi(strings.TrimLeft(prev, "0")); err == nil && day >= 1 && day <= 31 {
					fn(strconv.Itoa(m) + "/" + strconv.Itoa(day))
				}
			}
			prev = w
		}
	})
	flush()
}
