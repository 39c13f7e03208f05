package extract

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestTextPrefixSetMatchesAnyPrefix holds every shipped prefix set
// (textShippedPrefixSets) to the plain form over a few lines of the
// first-person openings' and the "More on" label's cases, the
// test pages' lowered lines and
// 100,000 lines built of the prefixes, their first letters, bytes past
// ASCII and prose. It fails with a prefix's first byte left out of the
// set and with a byte's bit put in the wrong word (each tried).
func TestTextPrefixSetMatchesAnyPrefix(t *testing.T) {
	sets := textShippedPrefixSets()
	lines := []string{"", "s", "n", "no", "see", "m", "\xffmake", "é",
		"I'm a nurse", "I’m the editor", "I am ", "I'm", "I’", "In the", "More on HBS:", "More On", "More on "}
	for _, s := range textSpeedLines(t) {
		lines = append(lines, strings.ToLower(s))
	}
	rng := fastRand(46, 103)
	pieces := []string{"click", "tap", "add", "set", "make", "see ", "check ", "view", "compare ", "price ", "comparison ",
		"read on ", "no ", "nothing ", "there are no ", "n", "s", "c", "m", "r", " ", "é", "\x8d", "#", "the quay", "harbour"}
	lines = fastPieceLines(lines, rng, pieces, 100000, 1, 5)
	yes := 0
	for _, set := range sets {
		yes += checkSameAnswer(t, lines, fmt.Sprintf("the set of %q: opens", set.list), set.opens, func(s string) bool {
			return textHasAnyPrefixPlain(s, set.list...)
		}, 0)
	}
	if yes < 1000 {
		t.Errorf("only %d lines open with a prefix to the plain form, want 1000 or more", yes)
	}
}

// textShippedPrefixSets are the flat path's prefix sets
// (textShippedPrefixSetsByName), in their names' order.
func textShippedPrefixSets() []*textPrefixSet {
	var sets []*textPrefixSet
	for _, name := range slices.Sorted(maps.Keys(textShippedPrefixSetsByName)) {
		sets = append(sets, textShippedPrefixSetsByName[name])
	}
	return sets
}

// textShippedPrefixSetsByName names each shipped set by its variable, so
// that TestTextShippedPrefixSetsListed can tell one left out.
var textShippedPrefixSetsByName = map[string]*textPrefixSet{
	"textSourcePromptOpenings": &textSourcePromptOpenings, "textRetailerLinkOpenings": &textRetailerLinkOpenings,
	"textEmptyStateOpenings": &textEmptyStateOpenings, "textFirstPersonPrefixes": &textFirstPersonPrefixes,
	"textMoreOnOpenings": &textMoreOnOpenings, "textMoreAskOpeners": &textMoreAskOpeners,
	"textFormThanks": &textFormThanks,
}

// TestTextShippedPrefixSetsListed holds textShippedPrefixSetsByName to
// the package: every package-level variable a newTextPrefixSet call makes
// or declared a textPrefixSet, in the package's files but its tests, is
// listed, and nothing else is. A set made and not listed would be tested
// by neither TestTextPrefixSetMatchesAnyPrefix nor
// TestTextHasAnyPrefixMatchesPlain; the list was kept by hand until the
// forty-eighth session.
func TestTextShippedPrefixSetsListed(t *testing.T) {
	found := textPrefixSetVars(t, ".")
	for name := range found {
		if textShippedPrefixSetsByName[name] == nil {
			t.Errorf("prefix set %s (%s) is not in textShippedPrefixSetsByName", name, found[name])
		}
	}
	for name := range textShippedPrefixSetsByName {
		if found[name] == "" {
			t.Errorf("textShippedPrefixSetsByName lists %s, which no file of the package makes a prefix set", name)
		}
	}
	if len(found) < 5 {
		t.Fatalf("only %d prefix sets found in the package's files: the search reads too little", len(found))
	}
}

// textPrefixSetVars finds, in the Go files of dir but its tests, every
// package-level variable declared a textPrefixSet or given the value of a
// newTextPrefixSet call, with the file that declares it.
func textPrefixSetVars(t *testing.T, dir string) map[string]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]string{}
	fset := token.NewFileSet()
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatalf("parse %s: %v", path, err)
		}
		for _, decl := range f.Decls {
			gen, ok := decl.(*ast.GenDecl)
			if !ok || gen.Tok != token.VAR {
				continue
			}
			for _, spec := range gen.Specs {
				vs := spec.(*ast.ValueSpec)
				typed := false
				if id, ok := vs.Type.(*ast.Ident); ok && id.Name == "textPrefixSet" {
					typed = true
				}
				for i, name := range vs.Names {
					if typed || i < len(vs.Values) && textMakesPrefixSet(vs.Values[i]) {
						found[name.Name] = filepath.Base(path)
					}
				}
			}
		}
	}
	return found
}

// textMakesPrefixSet reports whether e is a call of newTextPrefixSet.
func textMakesPrefixSet(e ast.Expr) bool {
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return false
	}
	id, ok := call.Fun.(*ast.Ident)
	return ok && id.Name == "newTextPrefixSet"
}
