package extract

import (
	"github.com/storyfold/storyfold/textnorm"
	"github.com/zeebo/xxh3"
)

// BlockCounts says on how many pages of a site a block was seen. A block
// that recurs across many pages of one site (a menu, a newsletter box, a
// footer) is furniture there, whatever it says. The store backs it; nil
// in Options turns the check off.
type BlockCounts interface {
	// Count returns how many distinct pages of site (news.Site of their
	// URLs) held the block with hash BlockHash(block).
	Count(site string, block uint64) int
}

// BlockCountsFunc adapts a function to BlockCounts.
type BlockCountsFunc func(site string, block uint64) int

// Count implements BlockCounts.
func (f BlockCountsFunc) Count(site string, block uint64) int { return f(site, block) }

// BlockHash is the key of a text block for BlockCounts: the xxh3 hash of
// its folded text, so typography changes do not make a new block.
func BlockHash(block string) uint64 {
	return xxh3.HashString(textnorm.Fold(block))
}

// TextBlocks returns the blocks the text classifier reads in text, in
// order, for whoever fills BlockCounts (count each distinct hash once per
// page).
func TextBlocks(text string) []string {
	blocks := textSplitBlocks(text)
	out := make([]string, len(blocks))
	for i, b := range blocks {
		out[i] = b.text
	}
	return out
}
