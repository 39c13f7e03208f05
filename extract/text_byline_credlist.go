package extract

import "strings"

// A list of names each with its credentials under the headline, the
// names parted by semicolons since commas part the credentials ("Ellen
// Lindell, VMD, DACVB; Monique Feyrecilde, BA, LVT, VTS (Behavior);
// Debra Horwitz, DVM, DACVB & Gary Landsberg, DVM, DACVB": a veterinary
// hospitals' pet-care page; clinics' and journals' pages set their
// authors so). textCredNameTwice reads one such name set twice; a list
// of them on one line is read by none. The gold keeps the line as the
// page writes it. Without a semicolon it is not read: "Elizabeth Ko, MD
// and Eve Glazier, MD" heads a syndicated column whose gold names the
// column (4580).

// textCredListWords is the most words the list is read in.
const textCredListWords = 40

// textCredNameList is the first of the two lines under the headline at
// (textLineUnder: the list, or a standfirst and then the list) that
// lists names with credentials (textCredNamesListed); or "".
func textCredNameList(blocks []textBlock, at int) string {
	return textTextAt(blocks, textLineUnder(blocks, at, false, func(i int) bool {
		b := &blocks[i]
		return b.words <= textCredListWords && strings.Contains(b.text, "; ") && textCredNamesListed(b.text, blocks)
	}))
}

// textCredNamesListed reports whether t is two or more names with
// credentials (textCredNameOf, a credential may name its specialty:
// textQualifiedCredential) parted by "; ", the last two of them joined
// by " & " or " and " if the page likes.
func textCredNamesListed(t string, blocks []textBlock) bool {
	parts := strings.Split(t, "; ")
	if len(parts) < 2 {
		return false
	}
	last := parts[len(parts)-1]
	for _, join := range [...]string{" & ", " and "} {
		if a, b, ok := strings.Cut(last, join); ok {
			parts = append(parts[:len(parts)-1], a, b)
			break
		}
	}
	for _, p := range parts {
		if !textCredNameOf(p, blocks, textQualifiedCredential) {
			return false
		}
	}
	return true
}

// textQualifiedCredential reports a credential (textCredential) with,
// if the page likes, its specialty in brackets after it: "VTS
// (Behavior)", a veterinary technician specialist's field.
func textQualifiedCredential(c string) bool {
	if cred, spec, ok := strings.Cut(c, " ("); ok {
		field, closed := strings.CutSuffix(spec, ")")
		return closed && textOneWordField(field) && textCredential(cred)
	}
	return textCredential(c)
}

// textOneWordField reports one capitalised word of letters: a
// credential's specialty.
func textOneWordField(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z' && !strings.ContainsFunc(w[1:], func(r rune) bool { return r < 'a' || r > 'z' })
}
