package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/textnorm"
)

// TestTextIsWriterBioMatchesPlain holds textIsWriterBio, whose pronoun is
// read word by word (textHasBioPronoun), to its plain form with
// textBioPronounRE: the test pages' lines, and bios built of names, verbs,
// trades, sentences' ends and pronouns in every case, glued to letters
// and with ſ, which (?i) folds to s.
func TestTextIsWriterBioMatchesPlain(t *testing.T) {
	plain := func(s string) bool {
		if !textMayOpenBio(s) {
			return false
		}
		first, _, _ := strings.Cut(s, " ")
		if textnorm.IsStopword(strings.ToLower(first)) || !textBioOpenRE.MatchString(s) {
			return false
		}
		sentence := s
		if i := strings.Index(s[min(len(s), 8):], ". "); i >= 0 {
			sentence = s[:i+8]
		}
		return textNamesTrade(sentence) && textBioPronounRE.MatchString(s)
	}
	pieces := []string{"Maren Solberg", "Ivo Lindqvist", "(Ivo", "J. Roe,", " is", " was", " has been", " joined",
		" a", " harbour", " writer", " editor", " reporter", " coach", ". ", " He", " he", " she", " SHE", " ſhe",
		" his", " Her", " him", " hers", " the", " ferry", "x", ",", " ", "é", "_"}
	lines := append(slices.Clip(textSpeedLines(t)), "Maren Solberg is a harbour writer. Hiſx sails.",
		"Maren Solberg is a harbour writer. Shelves of hers.", "Ivo Lindqvist was a reporter; xhe_ HIM")
	lines = fastPieceLines(lines, fastRand(63, 39), pieces, 200000, 1, 9)
	checkSameAnswer(t, lines, "textIsWriterBio", textIsWriterBio, plain, 500)
}

// TestTextOpensBioVerbMatchesList holds textOpensBioVerb, which seeks a
// verb by the token's first byte, to textBioVerbs tried in turn: every
// verb and its prefixes, with letters and capitals after them, and the
// test pages' lines' tokens.
func TestTextOpensBioVerbMatchesList(t *testing.T) {
	textNeedsData(t)
	plain := func(tok string) bool {
		for _, v := range textBioVerbs {
			if strings.HasPrefix(tok, v) {
				return true
			}
		}
		return false
	}
	var toks []string
	for _, v := range textBioVerbs {
		for n := range len(v) + 1 {
			toks = append(toks, v[:n], v[:n]+"s", v[:n]+"X", strings.ToUpper(v[:n]), "x"+v[:n])
		}
	}
	for _, s := range textSpeedLines(t) {
		toks = append(toks, strings.Split(s, " ")...)
	}
	checkSameAnswer(t, toks, "textOpensBioVerb", textOpensBioVerb, plain, 1000)
}
