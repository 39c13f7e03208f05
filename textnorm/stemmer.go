package textnorm

// Stemmer stems words through a bounded memo. News vocabulary is Zipfian:
// a few thousand words make up most of every article, so the memo answers
// nearly every call and the Snowball stemmer runs for rare words only. It
// is not safe for concurrent use; each owner keeps its own.
type Stemmer struct {
	memo map[string]string
	max  int
}

// NewStemmer returns a Stemmer that remembers up to max words; when full
// it starts over, which keeps memory bounded without bookkeeping per word.
func NewStemmer(max int) *Stemmer {
	return &Stemmer{memo: make(map[string]string, min(max, 1<<16)), max: max}
}

// Stem returns Stem(w), from the memo when it can.
func (s *Stemmer) Stem(w string) string {
	if st, ok := s.memo[w]; ok {
		return st
	}
	st := Stem(w)
	if len(s.memo) >= s.max {
		clear(s.memo)
	}
	s.memo[w] = st
	return st
}

// AppendTerms appends the content terms of text to dst, as Terms does.
func (s *Stemmer) AppendTerms(dst []string, text string) []string {
	EachWord(text, func(w string) {
		if len(w) < 2 || IsStopword(w) {
			return
		}
		dst = append(dst, s.Stem(w))
	})
	return dst
}
