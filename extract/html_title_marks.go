package extract

// formatMarks are the invisible format characters, beyond zeroWidth, that
// pages leave in their titles and headings: the soft hyphen a CMS sets
// inside a long word ("Assis\u00adtance") and the bidirectional marks and
// embeddings a profile page wraps a name in. Readers see none of them,
// and no gold title of the 1,497 wcxb-dev pages holds one; a title that
// keeps them matches nothing. cleanText drops them with zeroWidth.
const formatMarks = "\u00ad\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
