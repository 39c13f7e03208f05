package extract

import "strings"

// textMayOpenProvenance reports whether low opens as textProvenanceRE
// asks: "this " or "the ", then one of its nouns ending at an ASCII word
// boundary. The expression ran on every block opening with "this " or
// "the " that the closing notes reach, 274 runs on 100 wcxb-dev flat
// pages at some 2,600 instructions each, for a handful whose noun follows
// (docs/quality.md, text speed, round forty-seven). True of every start
// the expression matches (TestTextMayOpenProvenanceCoversRE).
func textMayOpenProvenance(low string) bool {
	rest, ok := strings.CutPrefix(low, "this ")
	if !ok {
		if rest, ok = strings.CutPrefix(low, "the "); !ok {
			return false
		}
	}
	for _, noun := range textProvenanceNouns {
		if strings.HasPrefix(rest, noun) && (len(rest) == len(noun) || !textIsWordByte(rest[len(noun)])) {
			return true
		}
	}
	return false
}

// textProvenanceNouns are textProvenanceRE's nouns after "this" or "the".
var textProvenanceNouns = [...]string{"article", "story", "post", "piece", "interview", "column", "essay"}
