package cluster

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storyfold/storyfold/internal/hashtab"
	"github.com/storyfold/storyfold/textnorm"
)

// vocab maps terms, entity keys and number keys to dense ids and keeps the
// document frequencies the online IDF is learned from.
type vocab struct {
	ids map[string]uint32
	// keyOf is the key of each live id, for uncount to forget it by. A
	// map of the live ids rather than a slice by id: ids are never
	// reused, so a slice grew by 16 bytes for every key ever read (2.8
	// an article of the bench, 45 MB a million articles) where the live
	// ones are the window's (about 5 MB).
	keyOf map[uint32]string
	// dead is by id: forgotten by uncount. keyOf answers it too, but dead
	// is read for every word looked up (a slice index against a map
	// probe), keyOf only when an id dies.
	dead []bool
	// words caches the term id of each surface word (-1 for stopwords):
	// Snowball stemming is most of the cost of an article otherwise. It is
	// cleared when it reaches maxWords.
	words   *hashtab.Map[int64] // by xxh3 hash of the lower-cased word
	termIDs []uint32            // scratch
	// tally and distinct are vecOf's scratch: counts by id, zero
	// between calls, and the ids counted.
	tally    []uint32
	distinct []uint32
	scan     textnorm.WordScanner // scratch, for learnWords
	df       []uint32
	idf      []float32
	n        int // documents counted
	// idfN is n when the idf table was last rebuilt; it is rebuilt when n
	// has grown by a tenth, and kept current per term in between, so the
	// cost per document stays flat.
	idfN int
	// byDF memoises weight for the small document frequencies, nearly
	// all of them, at idfN byDFN (0 where not yet computed): every count
	// and uncount sets the weight of each of a document's terms, and
	// math.Log was 0.8% of an ingest's instructions.
	byDF  [1024]float32
	byDFN int
}

func newVocab() *vocab {
	return &vocab{ids: make(map[string]uint32), keyOf: make(map[uint32]string), words: hashtab.New[int64]()}
}

// id returns the id of key, adding it when new.
func (v *vocab) id(key string) uint32 {
	if id, ok := v.ids[key]; ok {
		return id
	}
	id := uint32(len(v.df))
	key = strings.Clone(key)
	v.ids[key] = id
	v.keyOf[id] = key
	v.dead = append(v.dead, false)
	v.df = append(v.df, 0)
	v.idf = append(v.idf, 0)
	return id
}

// uncount removes a retired document's ids from the frequencies, so the
// IDF follows the documents still held. A key no live document holds is
// forgotten: its id is dead and never handed out again (a new id is made
// if the key comes back), which keeps the dictionary the size of the
// live window rather than of everything ever read.
func (v *vocab) uncount(vs ...vec) {
	v.n--
	for _, x := range vs {
		for _, e := range x {
			if v.df[e.id] > 0 {
				v.df[e.id]--
			}
			v.idf[e.id] = v.weight(v.df[e.id])
			if v.df[e.id] == 0 && !v.dead[e.id] {
				delete(v.ids, v.keyOf[e.id])
				delete(v.keyOf, e.id)
				v.dead[e.id] = true
			}
		}
	}
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

// weight is the smoothed IDF ln(1+N/df), N being idfN; from byDF when
// df is small. TestWeightMemo holds it to weightOf.
func (v *vocab) weight(df uint32) float32 {
	if df >= uint32(len(v.byDF)) {
		return weightOf(v.idfN, df)
	}
	if v.byDFN != v.idfN {
		v.byDF, v.byDFN = [len(v.byDF)]float32{}, v.idfN
	}
	w := v.byDF[df]
	if w == 0 {
		w = weightOf(v.idfN, df)
		v.byDF[df] = w
	}
	return w
}

// weightOf is the smoothed IDF ln(1+n/(df+1)).
func weightOf(n int, df uint32) float32 {
	return float32(math.Log(1 + float64(n)/float64(df+1)))
}

// features are what the clusterer keeps of a document.
type features struct {
	body vec     // content terms of title and body
	head vec     // content terms of the title (or the lead when untitled)
	ents vec     // capitalised names and their words
	nums vec     // numbers and calendar dates
	ages []uint8 // ages stated (ages.go), in order, then the sexes named (sexes.go)
	// agent is who the lead says acted (agents.go), "" when unknown.
	agent string
	date  time.Time
}

// Key prefixes keep entity and number keys apart from content terms in the
// one vocabulary.
const (
	entPrefix = "\x01"
	numPrefix = "\x02"
)

// Prepared is a document with what its features need that the text alone
// gives: its words hashed, its name and number keys and its ages.
// Preparing is most of a document's feature cost and reads no clusterer
// state, so it can run on other goroutines (the pipeline's extraction
// workers, a restart's reader) while the clusterer, which one goroutine
// owns, turns prepared documents into term ids in order.
type Prepared struct {
	Doc
	text, head string   // title and body; the title or else the lead
	textWords  []uint64 // hashes of text's words (textnorm.AppendWordHashes)
	headWords  []uint64 // and of head's
	bodyAt     int      // where the body's words start in textWords
	keys       []string // name and number keys, prefixed, in text order
	ages       []uint8  // ageSet of the ages stated and the sexes named
	agent      string   // who the lead says acted (agents.go)
	agentScan  agentScanner
}

// Prepare reads what d's features need from its text alone; o gives the
// lead's length (HeadChars). It is safe for concurrent use.
func Prepare(d Doc, o Options) *Prepared {
	p := new(Prepared)
	p.Reset(d, o)
	return p
}

// Reset prepares d in p, reusing the buffers of the document p held,
// which the clusterer must be done with. A restart prepares its whole
// tail, a hundred thousand articles: with new buffers for each, the
// collector let the heap grow by a hundred megabytes more.
func (p *Prepared) Reset(d Doc, o Options) {
	title := headline(d.Title)
	p.Doc, p.text, p.head = d, title+"\n"+d.Body, title
	if strings.TrimSpace(p.head) == "" {
		p.head = lead(d.Body, o.HeadChars)
	}
	p.textWords = textnorm.AppendWordHashes(p.textWords[:0], p.text)
	p.headWords = textnorm.AppendWordHashes(p.headWords[:0], p.head)
	// The line break ends the title's last word, so text's words are the
	// title's and then the body's; head is the title whenever it has words.
	p.bodyAt = 0
	if p.head == title {
		p.bodyAt = len(p.headWords)
	}
	p.keys, p.ages = p.keys[:0], nil // the ages stay in the features made of them
	addAge := func(age int) { p.ages = append(p.ages, uint8(age)) }
	p.agentScan = agentScanner{}
	scanKeys(p.text, func(key string) { p.keys = append(p.keys, entPrefix+key) },
		func(key string) { p.keys = append(p.keys, numPrefix+key) }, addAge, addAge, &p.agentScan)
	p.ages = ageSet(p.ages)
	p.agent = namedAgent(p.agentScan.agent, p.keys)
}

// BodyWords returns the hashes of the body's words, as
// textnorm.AppendWordHashes gives them, so that copy detection signs the
// body without hashing it again. They are p's own: valid until p is Reset.
func (p *Prepared) BodyWords() []uint64 { return p.textWords[p.bodyAt:] }

// featuresOf turns a prepared document into features, adding unseen keys
// to the vocabulary without counting them. Ids are handed out in the order
// the keys come (body terms, title terms, then names and numbers as the
// text gives them), so a document gets the same ids however it was
// prepared.
func (v *vocab) featuresOf(p *Prepared) features {
	f := features{date: p.Published, ages: p.ages, agent: p.agent}
	f.body = v.termVec(p.text, p.textWords)
	f.head = v.termVec(p.head, p.headWords)
	var ents, nums []uint32
	for _, k := range p.keys {
		if k[0] == entPrefix[0] {
			ents = append(ents, v.id(k))
		} else {
			nums = append(nums, v.id(k))
		}
	}
	f.ents, f.nums = v.vecOf(ents), v.vecOf(nums)
	return f
}

// maxWords bounds the word cache; a million words cost about 40 MB.
const maxWords = 1 << 20

// termVec returns the content terms of s (as textnorm.Terms finds them)
// with their counts, given the hashes of s's words. Words are looked up by
// hash, so known words cost no string building or stemming; only unknown
// words are stemmed.
//
// The ids are gathered in the same pass that checks every word is known,
// one map lookup a word; a text with an unknown word is learned and then
// looked up again.
//
// When the cache is not about to be cleared, the ids from the first
// unknown word on are gathered while the missing words are learned
// (learnFrom): learning every word and then looking every word up again
// cost two lookups a word more, and a text with a new word, a name most
// often, is most texts (knows was 1.4% of a 10k ingest's CPU).
// TestLearnFromMatchesTwoPasses holds it to learnWords and appendTermIDs.
func (v *vocab) termVec(s string, words []uint64) vec {
	if k := v.appendTermIDs(words); k < len(words) {
		if v.words.Len()+len(words) >= maxWords {
			v.learnWords(s, words) // clears the cache: every word is learned again
			v.appendTermIDs(words)
		} else {
			v.learnFrom(s, words, k)
		}
	}
	return v.vecOf(v.termIDs)
}

// vecOf is vecFromIDs(ids) counting by id rather than by sorting every
// id: the ids are the vocabulary's, dense, so each is tallied in a
// scratch array by id and only the distinct ones are sorted (a body's
// words repeat, and sorting them all was about 1% of an ingest's
// instructions). The tallies are cleared again before it returns.
// TestVecOfMatchesVecFromIDs holds it to vecFromIDs.
func (v *vocab) vecOf(ids []uint32) vec {
	if n := len(v.df); len(v.tally) < n {
		v.tally = append(v.tally, make([]uint32, n-len(v.tally))...)
	}
	distinct := v.distinct[:0]
	for _, id := range ids {
		if v.tally[id] == 0 {
			distinct = append(distinct, id)
		}
		v.tally[id]++
	}
	slices.Sort(distinct)
	out := make(vec, len(distinct))
	for i, id := range distinct {
		out[i] = entry{id: id, w: tfWeight(int(v.tally[id]))}
		v.tally[id] = 0
	}
	v.distinct = distinct
	return out
}

// appendTermIDs sets termIDs to the term ids of the words hashed, in
// order, and returns the index of the first word without a live entry in
// the word cache, len(words) when every word has one; termIDs then holds
// the ids of the words before it.
func (v *vocab) appendTermIDs(words []uint64) int {
	v.termIDs = v.termIDs[:0]
	for i, h := range words {
		id, ok := v.words.Get(h)
		switch {
		case !ok || id >= 0 && v.dead[id]:
			return i
		case id >= 0:
			v.termIDs = append(v.termIDs, uint32(id))
		}
	}
	return len(words)
}

// learnFrom is learnWords and appendTermIDs for a text whose words before
// k have live entries, whose ids termIDs holds, when the cache is not to
// be cleared: from word k on, each word is looked up once, learned when
// it has no live entry, and its id appended. Words are learned in text
// order and nothing learned kills an id, so the ids and the cache are
// those of the two passes.
func (v *vocab) learnFrom(s string, words []uint64, k int) {
	v.scan.Reset(s)
	for i := 0; v.scan.Next(); i++ {
		if i < k {
			continue
		}
		h := words[i]
		id, ok := v.words.Get(h)
		if !ok || id >= 0 && v.dead[id] {
			id = -1
			if w := string(v.scan.Word()); len(w) >= 2 && !textnorm.IsStopword(w) {
				id = int64(v.id(textnorm.Stem(w)))
			}
			v.words.Put(h, id)
		}
		if id >= 0 {
			v.termIDs = append(v.termIDs, uint32(id))
		}
	}
}

// knows reports whether the word with hash h has a live entry in the word
// cache.
func (v *vocab) knows(h uint64) bool {
	id, ok := v.words.Get(h)
	return ok && (id < 0 || !v.dead[id])
}

// learnWords stems the words of s (hashed in words) missing from the word
// cache and adds them. The scanner gives the words as the hashes were
// made, lowered into its own buffer: a known word, most of them, costs no
// string.
func (v *vocab) learnWords(s string, words []uint64) {
	if v.words.Len()+len(words) >= maxWords {
		v.words.Clear()
	}
	v.scan.Reset(s)
	for i := 0; v.scan.Next(); i++ {
		h := words[i]
		if v.knows(h) {
			continue
		}
		id := int64(-1)
		if w := string(v.scan.Word()); len(w) >= 2 && !textnorm.IsStopword(w) {
			id = int64(v.id(textnorm.Stem(w)))
		}
		v.words.Put(h, id)
	}
}

// headline returns title without the site names crawlers leave in it
// ("Teen hurt in crash - WKDT Action News 9 - Dunhaven, Ohio"): each
// trailing segment after " - ", " | " or " :: " is cut when it has at most
// four words, or at most twelve with a word stations use in their names
// ("KRVX News 9 Dunhaven, Ohio News Weather & Sports").
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
			break
		}
		title = strings.TrimSpace(title[:cut])
	}
	// A flat page whose headline line is missing gives its dateline as
	// the title ("Story Created: Aug 7, 2012 at 9: 56 AM AKDT"). Such a
	// head tells nothing of what happened and matches every report stamped
	// the same day, so the report is headed by its lead, as an untitled
	// one is.
	if textnorm.IsTimeStamp(title) {
		return ""
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

// isSentenceMark reports a character after which the next token starts a
// sentence, as eachToken reads them: the stops, a line break, a colon or
// semicolon, a quote.
func isSentenceMark(r rune) bool {
	switch r {
	case '.', '!', '?', '\n', ':', ';', '"':
		return true
	}
	return false
}

// eachToken calls fn with the word tokens of s and where they stand. It
// steps over ASCII bytes by table and decodes only longer UTF-8 sequences:
// this scan reads every byte of every article.
func eachToken(s string, fn func(t token)) {
	start, sent, gapStart := -1, true, 0
	for i := 0; i < len(s); {
		c, size := s[i], 1
		word := false
		if c < utf8.RuneSelf {
			word = asciiWord[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			word = isWord(r)
		}
		if word {
			if start < 0 {
				start = i
			}
			i += size
			continue
		}
		if start >= 0 {
			gap := s[gapStart:start]
			fn(token{text: s[start:i], gap: gap, sentStart: sent, joined: gap == " "})
			start, sent, gapStart = -1, false, i
		}
		if isSentenceMark(rune(c)) { // a longer UTF-8 sequence's first byte is none
			sent = true
		}
		i += size
	}
	if start >= 0 {
		gap := s[gapStart:start]
		fn(token{text: s[start:], gap: gap, sentStart: sent, joined: gap == " "})
	}
}

func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// asciiWord says which ASCII characters isWord takes: most of a text is
// ASCII, and the table spares it the Unicode range lookups.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// calendar reports whether the lower-case word w names a month or a
// weekday, and the month's number (0 for a weekday). Calendar words are
// capitalised but name no one; they are matched as dates (scanNumbers)
// instead. A switch, not a map: every word of every article is looked up,
// and most are no calendar word, which the length test settles.
func calendar(w string) (month int, ok bool) {
	if len(w) < 3 || len(w) > 9 {
		return 0, false
	}
	switch w {
	case "january", "jan":
		return 1, true
	case "february", "feb":
		return 2, true
	case "march", "mar":
		return 3, true
	case "april", "apr":
		return 4, true
	case "may":
		return 5, true
	case "june", "jun":
		return 6, true
	case "july", "jul":
		return 7, true
	case "august", "aug":
		return 8, true
	case "september", "sep", "sept":
		return 9, true
	case "october", "oct":
		return 10, true
	case "november", "nov":
		return 11, true
	case "december", "dec":
		return 12, true
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return 0, true
	}
	return 0, false
}

// scanKeys calls names with the keys of the names in s, numbers with its
// numbers and dates, ages with the ages it states and sexes, when not nil,
// with ageBoy or ageGirl for each word naming a boy or a girl (sexes.go),
// and, when agent is not nil, the tokens agent reads (agents.go), in one
// pass over the tokens.
func scanKeys(s string, names, numbers func(key string), ages, sexes func(age int), agent *agentScanner) {
	n, m, a := nameScanner{fn: names}, numberScanner{fn: numbers}, ageScanner{fn: ages, sex: sexes}
	eachToken(s, func(t token) {
		w := strings.ToLower(t.text)
		n.token(t, w)
		m.token(t, w)
		a.token(t, w)
		if agent != nil {
			agent.token(t, w)
		}
	})
	n.flush()
	m.flush()
	a.flush()
	if agent != nil {
		agent.flush()
	}
}

// scanNames calls fn with the keys of the names in s (see nameScanner).
func scanNames(s string, fn func(key string)) {
	scanKeys(s, fn, func(string) {}, func(int) {}, nil, nil)
}

// scanNumbers calls fn with the numbers and dates of s (see numberScanner).
func scanNumbers(s string, fn func(key string)) {
	scanKeys(s, func(string) {}, fn, func(int) {}, nil, nil)
}

// scanAges calls fn with the ages s states (see ageScanner).
func scanAges(s string, fn func(age int)) {
	scanKeys(s, func(string) {}, func(string) {}, fn, nil, nil)
}

// nameScanner finds names: runs of capitalised words, as a first
// approximation of people, places and organisations. Each word of a run
// is a key (so "Ashgrove" meets "Declan Ashgrove") and so is the whole run. A
// lone capitalised word opening a sentence is skipped: it is more often an
// ordinary word than a name.
type nameScanner struct {
	fn      func(string)
	run     []string
	runSent bool
}

func (n *nameScanner) token(t token, w string) {
	if len(n.run) > 0 && !t.joined {
		n.flush()
	}
	if !isCapitalised(t.text) || len(w) < 2 || isNumber(w) || textnorm.IsStopword(w) {
		n.flush()
		return
	}
	if _, cal := calendar(w); cal {
		n.flush()
		return
	}
	if len(n.run) == 0 {
		n.runSent = t.sentStart
	}
	n.run = append(n.run, w)
}

func (n *nameScanner) flush() {
	if len(n.run) == 1 && n.runSent {
		n.run = n.run[:0]
		return
	}
	for _, w := range n.run {
		n.fn(w)
	}
	if len(n.run) > 1 {
		n.fn(strings.Join(n.run, " "))
	}
	n.run = n.run[:0]
}

func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			return true
		}
	}
	return false
}

// numberScanner finds numbers (leading zeros dropped, "6,000" read as
// 6000 and "5.6" kept whole) and calendar dates written "June 8" or
// "8 June", keyed "6/8".
type numberScanner struct {
	fn        func(string)
	prev, num string
	grouped   bool // num holds thousands groups: "6,000" so far
}

func (m *numberScanner) token(t token, w string) {
	switch {
	case !isNumber(w):
		m.flush()
		if mon, _ := calendar(w); mon > 0 {
			if day, err := strconv.Atoi(strings.TrimLeft(m.prev, "0")); err == nil && day >= 1 && day <= 31 {
				m.fn(strconv.Itoa(mon) + "/" + strconv.Itoa(day))
			}
		}
		m.prev = w
	case m.num != "" && t.gap == "," && len(w) == 3 && (m.grouped || len(m.num) <= 3):
		m.num, m.grouped = m.num+w, true
	case m.num != "" && t.gap == ".":
		m.num += "." + w
	default:
		m.flush()
		m.num, m.grouped = w, false
	}
}

func (m *numberScanner) flush() {
	if m.num == "" {
		return
	}
	n := strings.TrimLeft(m.num, "0")
	if n == "" || n[0] == '.' {
		n = "0" + n
	}
	m.fn(n)
	if mon, _ := calendar(m.prev); mon > 0 {
		if day, err := strconv.Atoi(n); err == nil && day >= 1 && day <= 31 {
			m.fn(strconv.Itoa(mon) + "/" + n)
		}
	}
	m.prev, m.num = n, ""
}
