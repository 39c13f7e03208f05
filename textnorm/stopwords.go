package textnorm

// stopwords is a short English list: function words that say nothing of
// which event a report is about. Kept small on purpose: words like "said"
// or "police" are handled by IDF weighting in the stages, not here.
var stopwords = func() map[string]struct{} {
	m := make(map[string]struct{})
	for _, w := range []string{
		"a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
		"be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
		"can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further",
		"had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
		"i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself",
		"no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
		"same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
		"these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very",
		"was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
		"you", "your", "yours", "yourself", "yourselves", "s", "t", "ll", "re", "ve", "d", "m",
		"said", "says", "say", "told", "according", "one", "two", "new", "year", "years", "last", "first", "may", "like", "get", "us",
	} {
		m[w] = struct{}{}
		stopwordMaxLen = max(stopwordMaxLen, len(w))
	}
	return m
}()

// stopwordMaxLen is the longest stopword's length: longer words, a good
// part of a text, are answered without hashing.
var stopwordMaxLen int

// IsStopword reports whether the lower-case word w is an English stopword.
func IsStopword(w string) bool {
	if len(w) > stopwordMaxLen {
		return false
	}
	_, ok := stopwords[w]
	return ok
}

// IsStopwordBytes is IsStopword for a word in a buffer (EachWordBytes).
func IsStopwordBytes(w []byte) bool {
	if len(w) > stopwordMaxLen {
		return false
	}
	_, ok := stopwords[string(w)]
	return ok
}
